package ner

import (
	"onrecord/perceptron"
	"onrecord/text"
)

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
	// scoreAll makes the tagger score every token, plain words too (for tests).
	scoreAll bool
}

// NewTagger returns a tagger for m.
func (m *Model) NewTagger() *Tagger {
	return &Tagger{m: m, scores: make([]int32, m.nl), seen: map[uint64]uint8{}}
}

// Tag finds the entities of a document given as its text, its tokens and its sentences,
// and appends them to dst as spans of token indexes.
func (t *Tagger) Tag(dst []Span, src string, toks []text.Token, sents []text.Sentence) []Span {
	m := t.m
	// A word in lower case that follows no name and comes before no capitalised word is
	// outside any name; not scoring such words saves most of the tagger's time and has not
	// changed a tag on CoNLL-2003 valid or in the news of ../shared/data.
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
			l := outside
			if t.scoreAll || !plainWord(t.attrs, i, s.To, p1) {
				t.feats = m.static(t.feats[:0], t.attrs, i, s.From, s.To, caps)
				t.feats = m.dynamic(t.feats, t.attrs, i, p1, p2, &t.mem)
				m.weights.Score(t.scores, t.feats)
				l = best(t.scores, p1, i == s.To-1)
			}
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

// plainWord reports whether token i, of a sentence ending before token to, is a word in
// lower case outside any name (the token before it ends none) and followed by no
// capitalised word: a token no name starts at, so the tagger need not score it.
func plainWord(a []attr, i, to int, prev label) bool {
	if prev != noLabel && prev != outside || a[i].cap != perceptron.CapLower {
		return false
	}
	if i+1 < to {
		switch a[i+1].cap {
		case perceptron.CapInit, perceptron.CapAll, perceptron.CapMixed:
			return false
		}
	}
	return true
}
