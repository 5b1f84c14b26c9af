// Package ner finds named entities (people, organisations, places and other names) in
// text with a trained sequence tagger: an averaged perceptron over hashed features, decoded
// greedily left to right with BILOU labels, as in Ratinov and Roth (2009).
package ner

import "fmt"

// A label is a tag index: 0 is O (outside any entity); for the entity type t (counting
// from 0) the labels 1+4t, 2+4t, 3+4t and 4+4t are B (begins), I (inside), L (last) and U
// (unit, a one-token entity).
type label = uint8

const outside label = 0

// numLabels returns the number of BILOU labels for n entity types.
func numLabels(n int) int { return 1 + 4*n }

// Positions within an entity, as BILOU letters.
const (
	posB = iota
	posI
	posL
	posU
)

func makeLabel(typ, pos int) label { return label(1 + 4*typ + pos) }

// labelType returns the entity type of l, or -1 for O.
func labelType(l label) int { return (int(l) - 1) >> 2 }

// labelPos returns the position of l within its entity (posB, posI, posL or posU).
func labelPos(l label) int { return (int(l) - 1) & 3 }

// allowed reports whether label cur may follow label prev in a BILOU sequence.
func allowed(prev, cur label) bool {
	open := prev != outside && (labelPos(prev) == posB || labelPos(prev) == posI)
	if !open {
		return cur == outside || labelPos(cur) == posB || labelPos(cur) == posU
	}
	return cur != outside && labelType(cur) == labelType(prev) && (labelPos(cur) == posI || labelPos(cur) == posL)
}

// allowedLast reports whether a sentence may end with label l.
func allowedLast(l label) bool {
	return l == outside || labelPos(l) == posL || labelPos(l) == posU
}

// Span is an entity found in a sequence of tokens: tokens [From, To) of type Type, an
// index into the model's Types.
type Span struct {
	From, To int
	Type     int
}

// spansOf returns the entity spans of a BILOU label sequence, tolerating sequences that
// break the BILOU rules.
func spansOf(dst []Span, labels []label) []Span {
	start, typ := -1, -1
	for i, l := range labels {
		t := labelType(l)
		if start >= 0 && (l == outside || t != typ || labelPos(l) == posB || labelPos(l) == posU) {
			dst = append(dst, Span{start, i, typ})
			start = -1
		}
		if l == outside {
			continue
		}
		if start < 0 {
			start, typ = i, t
		}
		if p := labelPos(l); p == posL || p == posU {
			dst = append(dst, Span{start, i + 1, typ})
			start = -1
		}
	}
	if start >= 0 {
		dst = append(dst, Span{start, len(labels), typ})
	}
	return dst
}

// encodeBILOU writes the BILOU labels of spans over n tokens into dst.
func encodeBILOU(dst []label, n int, spans []Span) []label {
	dst = dst[:0]
	for i := 0; i < n; i++ {
		dst = append(dst, outside)
	}
	for _, s := range spans {
		if s.To-s.From == 1 {
			dst[s.From] = makeLabel(s.Type, posU)
			continue
		}
		dst[s.From] = makeLabel(s.Type, posB)
		for i := s.From + 1; i < s.To-1; i++ {
			dst[i] = makeLabel(s.Type, posI)
		}
		dst[s.To-1] = makeLabel(s.Type, posL)
	}
	return dst
}

// iob2 writes spans over n tokens as IOB2 tags ("B-PER", "I-PER", "O").
func iob2(dst []string, n int, spans []Span, types []string) []string {
	dst = dst[:0]
	for i := 0; i < n; i++ {
		dst = append(dst, "O")
	}
	for _, s := range spans {
		dst[s.From] = "B-" + types[s.Type]
		for i := s.From + 1; i < s.To; i++ {
			dst[i] = "I-" + types[s.Type]
		}
	}
	return dst
}

// spansOfIOB returns the entity spans of IOB1 or IOB2 tags, as conlleval reads them: a
// chunk starts at B-, or at I- after O or after another type. Types not yet in types are
// added to it.
func spansOfIOB(tags []string, types *[]string) ([]Span, error) {
	var spans []Span
	start, typ := -1, ""
	flush := func(i int) {
		if start >= 0 {
			spans = append(spans, Span{start, i, typeIndex(types, typ)})
			start = -1
		}
	}
	for i, tag := range tags {
		if tag == "O" {
			flush(i)
			continue
		}
		if len(tag) < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I') {
			return nil, fmt.Errorf("tag %q is not O, B-TYPE or I-TYPE", tag)
		}
		t := tag[2:]
		if tag[0] == 'B' || t != typ || start < 0 {
			flush(i)
			start, typ = i, t
		}
	}
	flush(len(tags))
	return spans, nil
}

func typeIndex(types *[]string, t string) int {
	for i, x := range *types {
		if x == t {
			return i
		}
	}
	*types = append(*types, t)
	return len(*types) - 1
}
