package ner

import "fmt"

// Model is a trained tagger: entity types, the feature groups it uses, its weights, and
// the word clusters and gazetteer it was trained with. A Model is read-only once made and
// safe for concurrent use; each goroutine tags with its own Tagger.
type Model struct {
	Types     []string // entity types, such as PER, ORG, LOC, MISC
	Features  Features
	bits      uint    // the weight table has 1<<bits rows
	nl        int     // labels, one weight a row each
	weights   []int16 // rows × labels
	scale     float32 // weight = int16 / scale
	clusters  *Clusters
	gazetteer *Gazetteer
}

// String describes the model in one line.
func (m *Model) String() string {
	s := fmt.Sprintf("types %v, features %s, 2^%d rows", m.Types, m.Features, m.bits)
	if m.clusters != nil {
		s += fmt.Sprintf(", %d clustered words", m.clusters.Len())
	}
	if m.gazetteer != nil {
		s += fmt.Sprintf(", gazetteer of %d entries", m.gazetteer.Len())
	}
	return s
}

// row returns the offset in the weight table of the row of feature hash h.
func (m *Model) row(h uint64) int { return int(h>>(64-m.bits)) * m.nl }

// number is a weight or a score.
type number interface{ int16 | int32 | float32 }

// addRows adds the weight rows of feats to scores.
func addRows[W, S number](scores []S, weights []W, feats []uint64, bits uint, nl int) {
	for i := range scores {
		scores[i] = 0
	}
	for _, h := range feats {
		off := int(h>>(64-bits)) * nl
		row := weights[off : off+nl : off+nl]
		for l, w := range row {
			scores[l] += S(w)
		}
	}
}

// noLabel is the label of the positions before a sentence.
const noLabel label = 255

// best returns the highest-scoring label that may follow prev, and that may end a sentence
// if last.
func best[S number](scores []S, prev label, last bool) label {
	if prev == noLabel {
		prev = outside
	}
	bl := label(0)
	first := true
	for l := range scores {
		cur := label(l)
		if !allowed(prev, cur) || last && !allowedLast(cur) {
			continue
		}
		if first || scores[l] > scores[bl] {
			bl = cur
			first = false
		}
	}
	return bl
}
