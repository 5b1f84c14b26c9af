package attrib

import (
	"sort"

	"onrecord/perceptron"
)

// Model is a trained attribution tagger. It is read-only and safe for concurrent use;
// each goroutine tags with its own Tagger.
type Model struct {
	weights *perceptron.Weights // the first stage
	second  *perceptron.Weights // the second stage (stack.go), or nil for one stage
	learned []string            // cue words learned from the training data (learnedcues.go)
	cues    map[uint64]bool     // HashNorm of each cue word: CueWords and learned
}

func newModel(first, second *perceptron.Weights, learned []string) *Model {
	m := &Model{weights: first, second: second, learned: learned, cues: map[uint64]bool{}}
	for w := range newCueSet() {
		m.cues[perceptron.HashNorm(w)] = true
	}
	for _, w := range learned {
		m.cues[perceptron.HashNorm(w)] = true
	}
	return m
}

// Tagger tags documents with a model, keeping scratch space between calls.
type Tagger struct {
	m      *Model
	attrs  []attr
	stack  []stackAttr
	feats  []uint64
	scores []int32
	first  []int // the first stage's labels
	labels []int
}

// NewTagger returns a tagger for m.
func (m *Model) NewTagger() *Tagger { return &Tagger{m: m, scores: make([]int32, numLabels)} }

// paragraphs calls f with the token range [from, to) of each paragraph of d.
func paragraphs(d *Doc, f func(from, to int)) {
	for i := 0; i < len(d.Sentences); {
		j := i
		for j < len(d.Sentences) && d.Sentences[j].Para == d.Sentences[i].Para {
			j++
		}
		f(d.Sentences[i].From, d.Sentences[j-1].To)
		i = j
	}
}

// labelsOf tags every token of d, paragraph by paragraph, greedily from left to right,
// and again with the second stage when the model has one.
func (t *Tagger) labelsOf(d *Doc) []int {
	t.attrs = t.m.attrs(t.attrs, d)
	t.labels = t.pass(t.labels, d, t.m.weights, nil, func(dst []uint64, i, from, to int) []uint64 {
		return static(dst, t.attrs, i, from, to)
	})
	if t.m.second == nil {
		return t.labels
	}
	t.first = append(t.first[:0], t.labels...)
	t.stack = stackAttrs(t.stack, d, t.attrs, t.first)
	t.labels = t.pass(t.labels, d, t.m.second, t.first, func(dst []uint64, i, from, to int) []uint64 {
		return stacked(dst, t.attrs, t.stack, t.first, i, from, to)
	})
	return t.labels
}

// pass labels the tokens of d with weights w, the features of each token those of feats
// and those of the labels before it. Given first-stage labels first, it tags only the
// paragraphs in which they found something, and leaves the others without attributions.
func (t *Tagger) pass(labels []int, d *Doc, w *perceptron.Weights, first []int, feats func(dst []uint64, i, from, to int) []uint64) []int {
	labels = labels[:0]
	for range d.Tokens {
		labels = append(labels, lO)
	}
	paragraphs(d, func(from, to int) {
		if first != nil && !found(first[from:to]) {
			return
		}
		p1, p2 := noLabel, noLabel
		for i := from; i < to; i++ {
			t.feats = feats(t.feats[:0], i, from, to)
			t.feats = dynamic(t.feats, t.attrs, i, p1, p2)
			w.Score(t.scores, t.feats)
			prev := p1
			l := perceptron.Best(t.scores, func(l int) bool { return allowed(prev, l) })
			labels[i] = l
			p2, p1 = p1, l
		}
	})
	return labels
}

// found reports whether labels hold any part of an attribution.
func found(labels []int) bool {
	for _, l := range labels {
		if l != lO {
			return true
		}
	}
	return false
}

// Tag finds the attributions of a document.
func (t *Tagger) Tag(d *Doc) []Attribution {
	labels := t.labelsOf(d)
	var out []Attribution
	paragraphs(d, func(from, to int) {
		out = group(out, labels, from, to, d.sentenceOf)
	})
	if len(d.Tokens) > keepTokens {
		t.attrs, t.labels, t.first, t.stack = nil, nil, nil, nil // let the scratch space of a huge document go
	}
	return out
}

// keepTokens is the most tokens a Tagger keeps scratch space for between documents.
const keepTokens = 1 << 16

// maxGap is the most tokens between a content or source and the cue it is grouped with.
const maxGap = 40

// group turns the labels of a paragraph, tokens [from, to), into attributions: each cue
// with the contents and sources nearest to it, though not those that end before the
// cue's sentence (what a sentence says is not reported by the next one's verb); a content
// with no cue near stands alone. sentence gives the sentence of a token (nil: all one).
func group(dst []Attribution, labels []int, from, to int, sentence func(i int) int) []Attribution {
	var spans [4][]Span
	for i := from; i < to; {
		p := part(labels[i])
		if p == 0 {
			i++
			continue
		}
		j := i + 1
		for j < to && part(labels[j]) == p && !isBegin(labels[j]) {
			j++
		}
		spans[p] = append(spans[p], Span{i, j})
		i = j
	}
	cues := spans[2]
	start := len(dst)
	for _, c := range cues {
		dst = append(dst, Attribution{Cue: c})
	}
	// nearest returns the cue nearest to s within maxGap, the earlier on a tie, or -1.
	// Cues are in text order and apart from s, so only the two beside s can be nearest.
	nearest := func(s Span) int {
		i := sort.Search(len(cues), func(i int) bool { return cues[i].From >= s.To })
		best, bestGap := -1, maxGap+1
		if i > 0 && s.From-cues[i-1].To < bestGap {
			best, bestGap = i-1, s.From-cues[i-1].To
		}
		if i < len(cues) && cues[i].From-s.To < bestGap && (sentence == nil || sentence(cues[i].From) == sentence(s.To-1)) {
			best = i
		}
		return best
	}
	for _, s := range spans[3] {
		if k := nearest(s); k >= 0 {
			dst[start+k].Content = append(dst[start+k].Content, s)
		} else {
			dst = append(dst, Attribution{Content: []Span{s}})
		}
	}
	for _, s := range spans[1] {
		if k := nearest(s); k >= 0 && !dst[start+k].Source.Valid() {
			dst[start+k].Source = s
		}
	}
	// Drop cues that found no content.
	out := dst[:start]
	for _, a := range dst[start:] {
		if len(a.Content) > 0 {
			out = append(out, a)
		}
	}
	return out
}
