// Package attrib finds attributions in news text: who is reported to have said, written or
// thought what. A sequence tagger trained on PolNeAR labels each token as part of a source
// ("Mr Blair", "a spokesman"), a cue ("said", "according to") or a content (the words or
// thoughts attributed), in two stages (the second sees the first's labels on both sides),
// and the spans are then grouped, each content with its cue and source.
package attrib

import (
	"sort"

	"onrecord/ner"
	"onrecord/text"
)

// The token labels: O, and B (begins) and I (inside) for each part of an attribution.
const (
	lO = iota
	lBSrc
	lISrc
	lBCue
	lICue
	lBCon
	lICon
	numLabels
)

// noLabel stands for the labels before a paragraph.
const noLabel = numLabels

// part returns the attribution part of label l: 0 none, 1 source, 2 cue, 3 content.
func part(l int) int { return (l + 1) / 2 }

// isBegin reports whether l begins a span.
func isBegin(l int) bool { return l != lO && l%2 == 1 }

// allowed reports whether label cur may follow prev: an I label only continues a span of
// its own part.
func allowed(prev, cur int) bool {
	if cur == lO || isBegin(cur) {
		return true
	}
	return prev != noLabel && prev != lO && part(prev) == part(cur)
}

// Span is a range of tokens [From, To).
type Span struct{ From, To int }

// Valid reports whether the span holds tokens.
func (s Span) Valid() bool { return s.To > s.From }

// Attribution is one thing reported said or thought: its content (one or more runs of
// tokens), the cue that reports it, and the source it is attributed to. Cue and source
// may be empty spans.
type Attribution struct {
	Content []Span
	Cue     Span
	Source  Span
}

// Extent returns the tokens from the first content's start to the last content's end.
func (a Attribution) Extent() Span {
	s := a.Content[0]
	for _, c := range a.Content[1:] {
		s.From = min(s.From, c.From)
		s.To = max(s.To, c.To)
	}
	return s
}

// Doc is the input of the tagger: a text cut into tokens and sentences, and for each
// token the type of the named entity the NER tagger put it in (0 for none, else the
// type's index + 1).
type Doc struct {
	Text      string
	Tokens    []text.Token
	Sentences []text.Sentence
	Entity    []uint8
	Class     []uint16 // each token's word class + 1, 0 for none
}

// NewDoc cuts src into tokens and sentences and marks its entities and word classes with
// the named-entity model nm, whose tagger nt finds the entities.
func NewDoc(src string, nm *ner.Model, nt *ner.Tagger) *Doc {
	d := &Doc{Text: src, Tokens: text.Tokenize(nil, src)}
	d.Sentences = text.Split(nil, src, d.Tokens)
	d.SetEntities(nt.Tag(nil, src, d.Tokens, d.Sentences))
	d.SetClasses(nm)
	return d
}

// SetEntities marks the tokens of d that the named-entity spans cover with their types.
func (d *Doc) SetEntities(spans []ner.Span) {
	d.Entity = d.Entity[:0]
	for range d.Tokens {
		d.Entity = append(d.Entity, 0)
	}
	for _, s := range spans {
		for i := s.From; i < s.To && i < len(d.Entity); i++ {
			d.Entity[i] = uint8(min(s.Type+1, 255))
		}
	}
}

// SetClasses gives each token of d its word class in the named-entity model nm's clusters,
// at the middle level.
func (d *Doc) SetClasses(nm *ner.Model) {
	d.Class = d.Class[:0]
	for _, t := range d.Tokens {
		c, ok := nm.WordClass(d.Text[t.Start:t.End], 1)
		if !ok {
			d.Class = append(d.Class, 0)
			continue
		}
		d.Class = append(d.Class, uint16(c+1))
	}
}

// sentenceOf returns the index of the sentence holding token i.
func (d *Doc) sentenceOf(i int) int {
	return sort.Search(len(d.Sentences), func(k int) bool { return d.Sentences[k].To > i })
}
