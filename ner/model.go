package ner

import (
	"fmt"

	"onrecord/perceptron"
)

// Model is a trained tagger: entity types, the feature groups it uses, its weights, and
// the word clusters and gazetteer it was trained with. A Model is read-only once made and
// safe for concurrent use; each goroutine tags with its own Tagger.
type Model struct {
	Types     []string // entity types, such as PER, ORG, LOC, MISC
	Features  Features
	bits      uint // the weight table has 1<<bits rows
	nl        int  // labels, one weight a row each
	weights   *perceptron.Weights
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

// noLabel is the label of the positions before a sentence.
const noLabel label = 255

// best returns the highest-scoring label that may follow prev, and that may end a sentence
// if last.
func best[S int32 | float32](scores []S, prev label, last bool) label {
	if prev == noLabel {
		prev = outside
	}
	return label(perceptron.Best(scores, func(l int) bool {
		return allowed(prev, label(l)) && (!last || allowedLast(label(l)))
	}))
}
