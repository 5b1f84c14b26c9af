package attrib

import (
	"onrecord/perceptron"
	"onrecord/text"
)

// Feature templates.
const (
	tBias uint64 = iota + 1
	tWord
	tWordL1
	tWordR1
	tWordL2
	tWordR2
	tBigramL
	tBigramR
	tSuffix
	tShape
	tKind
	tKindL1
	tKindR1
	tCue
	tCueL1
	tCueR1
	tCueL2
	tEntity
	tEntityL1
	tEntityR1
	tQuote
	tFirst
	tLast
	tCueRight
	tCueLeft
	tCueLeftWord
	tSentence
	tQuoteCueLeft
	tPrev1
	tPrev2
	tPrevWord
	tPrevQuote
	tPrevFirst
	tPrevCueLeft
	tCueRightWord
	tThatLeft
	tSentEnd
	tCueSide
	tWordCueSide
	tShapeL1
	tShapeR1
	tSuffixL1
	tClass
	tClassL1
	tClassR1
	tClassCue
)

// attr is what the features need to know of a token.
type attr struct {
	word, suffix, shape uint64
	kind                uint64 // text.Kind, and for quotation marks whether it opens one
	cue                 bool
	entity              uint64
	class               uint64
	quote               uint64 // 0 outside quotation marks, 1 inside, 2 an opening mark, 3 a closing one
	first, last         bool   // first or last token of its sentence (before its stop)
	cueRight, cueLeft   uint64 // distance to the nearest cue word in the sentence, as a bucket
	cueLeftWord         uint64 // that cue's word
	cueRightWord        uint64
	thatLeft            bool   // "that" stands between the cue on the left and the token
	toEnd               uint64 // distance to the sentence's end, as a bucket
	sentence            uint64 // whether the sentence has quotation marks and cues
}

var hashThat = perceptron.HashNorm("that")

var boundary = attr{word: 0x5bd1e9955bd1e995, suffix: 1, shape: 1, kind: 99, entity: 99}

// bucket groups a distance: 1, 2, 3, 4-5, 6-10, 11-20, more, and 0 for none.
func bucket(d int) uint64 {
	switch {
	case d <= 0:
		return 0
	case d <= 3:
		return uint64(d)
	case d <= 5:
		return 4
	case d <= 10:
		return 5
	case d <= 20:
		return 6
	}
	return 7
}

// attrs computes the attributes of every token of a document.
func (m *Model) attrs(dst []attr, d *Doc) []attr {
	dst = dst[:0]
	for i, t := range d.Tokens {
		w := d.Text[t.Start:t.End]
		a := attr{word: perceptron.HashNorm(w), suffix: perceptron.HashAffix(w, -3), kind: uint64(t.Kind)}
		_, a.shape = perceptron.Shapes(w)
		a.cue = m.cues[a.word]
		if i < len(d.Entity) {
			a.entity = uint64(d.Entity[i])
		}
		if i < len(d.Class) {
			a.class = uint64(d.Class[i])
		}
		dst = append(dst, a)
	}
	// Quotation marks, paragraph by paragraph: inside or not, opening or closing.
	para := -1
	inside := false
	for _, s := range d.Sentences {
		if s.Para != para {
			para, inside = s.Para, false
		}
		hasQuote, hasCue := false, false
		last := s.To - 1
		for last > s.From && d.Tokens[last].Kind == text.Punct {
			last--
		}
		for i := s.From; i < s.To; i++ {
			a := &dst[i]
			a.first, a.last = i == s.From, i == last
			if d.Tokens[i].Kind == text.Quote && text.IsDoubleQuote(d.Text, d.Tokens[i]) {
				hasQuote = true
				if !text.ClosesQuote(d.Text, d.Tokens[i]) && !inside {
					a.quote, inside = 2, true
				} else if inside {
					a.quote, inside = 3, false
				} else {
					a.quote, inside = 2, true
				}
				a.kind = 100 + a.quote
				continue
			}
			if inside {
				a.quote = 1
			}
			hasCue = hasCue || a.cue
		}
		// The nearest cue either side, within the sentence.
		next := -1
		for i := s.To - 1; i >= s.From; i-- {
			dst[i].toEnd = bucket(s.To - i)
			if next >= 0 {
				dst[i].cueRight = bucket(next - i)
				dst[i].cueRightWord = dst[next].word
			}
			if dst[i].cue {
				next = i
			}
		}
		prev := -1
		that := false
		for i := s.From; i < s.To; i++ {
			if prev >= 0 {
				dst[i].cueLeft = bucket(i - prev)
				dst[i].cueLeftWord = dst[prev].word
				dst[i].thatLeft = that
			}
			if dst[i].cue {
				prev, that = i, false
			} else if prev >= 0 && dst[i].word == hashThat {
				that = true
			}
		}
		var sent uint64
		if hasQuote {
			sent |= 1
		}
		if hasCue {
			sent |= 2
		}
		for i := s.From; i < s.To; i++ {
			dst[i].sentence = sent
		}
	}
	return dst
}

// static appends the features of token i of a paragraph of tokens [from, to) that do not
// depend on labels.
func static(dst []uint64, a []attr, i, from, to int) []uint64 {
	at := func(k int) *attr {
		if k < from || k >= to {
			return &boundary
		}
		return &a[k]
	}
	mix := perceptron.Mix
	w, l1, r1, l2, r2 := &a[i], at(i-1), at(i+1), at(i-2), at(i+2)
	b := func(x bool) uint64 {
		if x {
			return 1
		}
		return 0
	}
	dst = append(dst, tBias,
		mix(tWord, w.word), mix(tWordL1, l1.word), mix(tWordR1, r1.word), mix(tWordL2, l2.word), mix(tWordR2, r2.word),
		mix(mix(tBigramL, l1.word), w.word), mix(mix(tBigramR, w.word), r1.word),
		mix(tSuffix, w.suffix), mix(tShape, w.shape),
		mix(tKind, w.kind), mix(tKindL1, l1.kind), mix(tKindR1, r1.kind),
		mix(tCue, b(w.cue)), mix(tCueL1, b(l1.cue)), mix(tCueR1, b(r1.cue)), mix(tCueL2, b(l2.cue)),
		mix(tEntity, w.entity), mix(tEntityL1, l1.entity), mix(tEntityR1, r1.entity),
		mix(tQuote, w.quote), mix(tFirst, b(w.first)), mix(tLast, b(w.last)),
		mix(tCueRight, w.cueRight), mix(tCueLeft, w.cueLeft), mix(mix(tCueLeftWord, w.cueLeft), w.cueLeftWord),
		mix(tSentence, w.sentence), mix(mix(tQuoteCueLeft, w.quote), w.cueLeft),
		mix(mix(tCueRightWord, w.cueRight), w.cueRightWord), mix(tThatLeft, b(w.thatLeft)), mix(tSentEnd, w.toEnd),
		mix(tCueSide, side(w)), mix(mix(tWordCueSide, side(w)), w.word),
		mix(tShapeL1, l1.shape), mix(tShapeR1, r1.shape), mix(tSuffixL1, l1.suffix),
		mix(tClass, w.class), mix(tClassL1, l1.class), mix(tClassR1, r1.class), mix(mix(tClassCue, w.class), side(w)),
	)
	return dst
}

// side tells where a token stands with respect to the cues of its sentence: 0 none, 1
// before the first, 2 after the last, 3 between two.
func side(a *attr) uint64 {
	var s uint64
	if a.cueRight != 0 {
		s |= 1
	}
	if a.cueLeft != 0 {
		s |= 2
	}
	return s
}

// dynamic appends the features of token i that depend on the labels of the two tokens
// before it (noLabel at a paragraph's start).
func dynamic(dst []uint64, a []attr, i int, p1, p2 int) []uint64 {
	mix := perceptron.Mix
	w := &a[i]
	first := uint64(0)
	if w.first {
		first = 1
	}
	return append(dst, mix(tPrev1, uint64(p1)), mix(mix(tPrev2, uint64(p1)), uint64(p2)),
		mix(mix(tPrevWord, uint64(p1)), w.word), mix(mix(tPrevQuote, uint64(p1)), w.quote),
		mix(mix(tPrevFirst, uint64(p1)), first), mix(mix(tPrevCueLeft, uint64(p1)), w.cueLeft))
}
