package ner

import "onrecord/perceptron"

// memory remembers, for each capitalised word of a document, how often each label type
// was given to it so far, so that a name is tagged alike throughout an article: "Blair"
// after "Tony Blair" was tagged a person.
type memory struct {
	counts map[uint64]*[maxMemoryTypes + 1]uint16
	spare  []*[maxMemoryTypes + 1]uint16
}

// maxMemoryTypes bounds the entity types that memory tells apart; later types share the
// last slot.
const maxMemoryTypes = 7

// reset forgets everything, keeping storage for the next document.
func (m *memory) reset() {
	if m.counts == nil {
		m.counts = make(map[uint64]*[maxMemoryTypes + 1]uint16)
	}
	for _, c := range m.counts {
		*c = [maxMemoryTypes + 1]uint16{}
		m.spare = append(m.spare, c)
	}
	clear(m.counts)
}

func remembered(a *attr) bool { return a.cap != perceptron.CapLower && a.cap != perceptron.CapNone }

// record notes that the token a was given label l.
func (m *memory) record(a *attr, l label) {
	if !remembered(a) {
		return
	}
	c := m.counts[a.norm]
	if c == nil {
		if n := len(m.spare); n > 0 {
			c = m.spare[n-1]
			m.spare = m.spare[:n-1]
		} else {
			c = new([maxMemoryTypes + 1]uint16)
		}
		m.counts[a.norm] = c
	}
	slot := 0
	if l != outside {
		slot = min(labelType(l)+1, maxMemoryTypes)
	}
	if c[slot] < 1<<15 {
		c[slot]++
	}
}

// features appends the memory features of token a: for each label type given to the same
// word before, whether it was given sometimes, mostly or always.
func (m *memory) features(dst []uint64, a *attr) []uint64 {
	if !remembered(a) {
		return dst
	}
	c := m.counts[a.norm]
	if c == nil {
		return dst
	}
	total := 0
	for _, n := range c {
		total += int(n)
	}
	for slot, n := range c {
		if n == 0 {
			continue
		}
		share := uint64(0) // sometimes
		switch {
		case int(n) == total:
			share = 2 // always
		case 2*int(n) > total:
			share = 1 // mostly
		}
		dst = append(dst, perceptron.Mix(tMemory, uint64(slot)*4+share), perceptron.Mix(perceptron.Mix(tMemoryCap, uint64(slot)*4+share), a.cap))
	}
	return dst
}
