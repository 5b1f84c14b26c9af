package ner

import "onrecord/text"

// Tagger tags documents with a model. It keeps scratch space between calls, so a Tagger
// is not safe for concurrent use: give each goroutine its own.
type Tagger struct {
	m      *Model
	attrs  []attr
	feats  []uint64
	scores []int32
	labels []label
	mem    memory
	seen   map[uint64]uint8
}

// NewTagger returns a tagger for m.
func (m *Model) NewTagger() *Tagger {
	return &Tagger{m: m, scores: make([]int32, m.nl), seen: map[uint64]uint8{}}
}

// Tag finds the entities of a document given as its text, its tokens and its sentences,
// and appends them to dst as spans of token indexes.
func (t *Tagger) Tag(dst []Span, src string, toks []text.Token, sents []text.Sentence) []Span {
	m := t.m
	t.attrs = m.attrs(t.attrs, src, toks, sents, t.seen)
	t.labels = t.labels[:0]
	for range toks {
		t.labels = append(t.labels, outside)
	}
	t.mem.reset()
	for _, s := range sents {
		caps := isCapsSentence(t.attrs, s.From, s.To)
		p1, p2 := noLabel, noLabel
		for i := s.From; i < s.To; i++ {
			t.feats = m.static(t.feats[:0], t.attrs, i, s.From, s.To, caps)
			t.feats = m.dynamic(t.feats, t.attrs, i, p1, p2, &t.mem)
			m.weights.Score(t.scores, t.feats)
			l := best(t.scores, p1, i == s.To-1)
			t.labels[i] = l
			if !s.Headline {
				t.mem.record(&t.attrs[i], l) // headlines are tagged least reliably
			}
			p2, p1 = p1, l
		}
	}
	dst = spansOf(dst, t.labels)
	if len(toks) > keepTokens {
		t.attrs, t.labels = nil, nil // let the scratch space of a huge document go
	}
	return dst
}

// keepTokens is the most tokens a Tagger keeps scratch space for between documents.
const keepTokens = 1 << 16
