package ner

import (
	"fmt"
	"math/bits"
	"onrecord/perceptron"
	"strings"

	"onrecord/text"
)

// Features is a set of feature groups; a model records the groups it was trained with and
// uses the same ones when it tags.
type Features uint32

// The feature groups.
const (
	WordFeatures      Features = 1 << iota // the word and its neighbours two either side
	BigramFeatures                         // pairs of neighbouring words
	AffixFeatures                          // prefixes and suffixes of up to four letters
	ShapeFeatures                          // word shapes and capitalisation, with the neighbours'
	HistoryFeatures                        // the labels given to the previous two tokens
	ClusterFeatures                        // word clusters learned from unlabelled text
	GazetteerFeatures                      // lists of names
	MemoryFeatures                         // labels given to the same word earlier in the document
	CaseFeatures                           // how the same word is written elsewhere in the document

	AllFeatures = WordFeatures | BigramFeatures | AffixFeatures | ShapeFeatures | HistoryFeatures | ClusterFeatures | GazetteerFeatures | MemoryFeatures | CaseFeatures
)

var featureNames = []string{"words", "bigrams", "affixes", "shapes", "history", "clusters", "gazetteer", "memory", "case"}

// String returns the groups' names joined by commas.
func (f Features) String() string {
	var names []string
	for i, n := range featureNames {
		if f&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	return strings.Join(names, ",")
}

// ParseFeatures reads a comma-separated list of group names; "all" names every group, and
// a name after a minus sign is taken away ("all,-memory").
func ParseFeatures(s string) (Features, error) {
	var f Features
	for _, name := range strings.Split(s, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		minus := strings.HasPrefix(name, "-")
		name = strings.TrimPrefix(name, "-")
		var g Features
		if name == "all" {
			g = AllFeatures
		} else {
			for i, n := range featureNames {
				if n == name {
					g = 1 << i
				}
			}
		}
		if g == 0 {
			return 0, fmt.Errorf("unknown feature group %q (want %s or all)", name, strings.Join(featureNames, ", "))
		}
		if minus {
			f &^= g
		} else {
			f |= g
		}
	}
	return f, nil
}

// Feature templates: each feature's hash starts from one of these.
const (
	tBias uint64 = iota + 1
	tNorm
	tForm
	tNormL1
	tNormR1
	tNormL2
	tNormR2
	tBigramL
	tBigramR
	tPrefix
	tSuffix
	tShape
	tShort
	tShortL1
	tShortR1
	tShortPairL
	tShortPairR
	tCapFirst
	tCapSentence
	tPrev1
	tPrev2
	tPrev12
	tPrevNorm
	tPrevShort
	tCluster
	tClusterL1
	tClusterR1
	tGaz
	tGazL1
	tGazR1
	tMemory
	tMemoryCap
	tCase
)

// Hashes that stand for the words before the start and after the end of a sentence.
const (
	hashBOS = 0x5bd1e9955bd1e995
	hashEOS = 0x1b873593cc9e2d51
)

// attr holds what the features need to know of one token, computed once per document.
type attr struct {
	norm, form     uint64
	long, short    uint64
	cap            uint64
	prefix, suffix [4]uint64
	cluster        [maxClusterLevels]uint64 // a hash of each level's class, 0 if none
	seen           uint8                    // how the word is written elsewhere in the document (seenLower...)
	gaz            uint64                   // gazetteer bits of the names covering the token (see gazPrefix)
}

var boundaryAttr = attr{norm: hashBOS, form: hashBOS, long: hashBOS, short: hashBOS, cap: 99}

// How a word is written in a document.
const (
	seenLower   = 1 << iota // in lower case
	seenTitle               // capitalised, not first in its sentence
	seenInitial             // capitalised, first in its sentence
	seenCaps                // in capitals, in a sentence that is not all capitals
)

// attrs computes the attributes of every token of a document; seen is scratch space,
// emptied first.
func (m *Model) attrs(dst []attr, src string, toks []text.Token, sents []text.Sentence, seen map[uint64]uint8) []attr {
	dst = dst[:0]
	for _, t := range toks {
		w := src[t.Start:t.End]
		var a attr
		a.norm = perceptron.HashNorm(w)
		a.form = perceptron.HashString(w)
		a.long, a.short = perceptron.Shapes(w)
		a.cap = perceptron.CapClass(w)
		for k := 0; k < 4; k++ {
			a.prefix[k] = perceptron.HashAffix(w, k+1)
			a.suffix[k] = perceptron.HashAffix(w, -(k + 1))
		}
		if m.Features&ClusterFeatures != 0 && m.clusters != nil {
			if ids, ok := m.clusters.lookup(w); ok {
				for k := range m.clusters.Levels {
					a.cluster[k] = perceptron.Mix(uint64(k+1), ids>>(16*k)&0xffff)
				}
			}
		}
		dst = append(dst, a)
	}
	if m.Features&GazetteerFeatures != 0 && m.gazetteer != nil {
		m.gazetteer.mark(dst, sents)
	}
	if m.Features&CaseFeatures != 0 {
		clear(seen)
		for _, s := range sents {
			caps := isCapsSentence(dst, s.From, s.To)
			for i := s.From; i < s.To; i++ {
				var how uint8
				switch dst[i].cap {
				case perceptron.CapLower:
					how = seenLower
				case perceptron.CapInit, perceptron.CapMixed:
					how = seenTitle
					if i == s.From {
						how = seenInitial
					}
				case perceptron.CapAll:
					if !caps {
						how = seenCaps
					}
				}
				seen[dst[i].norm] |= how
			}
		}
		for i := range dst {
			dst[i].seen = seen[dst[i].norm]
		}
	}
	return dst
}

// static appends the hashes of the features of token i that do not depend on labels;
// the sentence holds tokens [from, to) and capsSentence tells whether it is all capitals.
func (m *Model) static(dst []uint64, a []attr, i, from, to int, capsSentence bool) []uint64 {
	f := m.Features
	at := func(k int) *attr {
		if k < from || k >= to {
			return &boundaryAttr
		}
		return &a[k]
	}
	w, l1, r1, l2, r2 := &a[i], at(i-1), at(i+1), at(i-2), at(i+2)
	dst = append(dst, tBias)
	if f&WordFeatures != 0 {
		dst = append(dst, perceptron.Mix(tNorm, w.norm), perceptron.Mix(tForm, w.form),
			perceptron.Mix(tNormL1, l1.norm), perceptron.Mix(tNormR1, r1.norm), perceptron.Mix(tNormL2, l2.norm), perceptron.Mix(tNormR2, r2.norm))
	}
	if f&BigramFeatures != 0 {
		dst = append(dst, perceptron.Mix(perceptron.Mix(tBigramL, l1.norm), w.norm), perceptron.Mix(perceptron.Mix(tBigramR, w.norm), r1.norm))
	}
	if f&AffixFeatures != 0 {
		for k := 0; k < 4; k++ {
			dst = append(dst, perceptron.Mix(tPrefix+uint64(k)<<8, w.prefix[k]), perceptron.Mix(tSuffix+uint64(k)<<8, w.suffix[k]))
		}
	}
	if f&ShapeFeatures != 0 {
		first := uint64(0)
		if i == from {
			first = 1
		}
		caps := uint64(0)
		if capsSentence {
			caps = 1
		}
		dst = append(dst, perceptron.Mix(tShape, w.long), perceptron.Mix(tShort, w.short),
			perceptron.Mix(tShortL1, l1.short), perceptron.Mix(tShortR1, r1.short),
			perceptron.Mix(perceptron.Mix(tShortPairL, l1.short), w.short), perceptron.Mix(perceptron.Mix(tShortPairR, w.short), r1.short),
			perceptron.Mix(perceptron.Mix(tCapFirst, first), w.cap), perceptron.Mix(perceptron.Mix(tCapSentence, caps), w.cap))
	}
	if f&ClusterFeatures != 0 {
		for k := range w.cluster {
			if w.cluster[k] != 0 {
				dst = append(dst, perceptron.Mix(tCluster, w.cluster[k]))
			}
			if l1.cluster[k] != 0 {
				dst = append(dst, perceptron.Mix(tClusterL1, l1.cluster[k]))
			}
			if r1.cluster[k] != 0 {
				dst = append(dst, perceptron.Mix(tClusterR1, r1.cluster[k]))
			}
		}
	}
	if f&CaseFeatures != 0 && w.cap != perceptron.CapNone {
		dst = append(dst, perceptron.Mix(perceptron.Mix(tCase, uint64(w.seen)), w.cap))
		if i == from {
			dst = append(dst, perceptron.Mix(perceptron.Mix(tCase+1<<8, uint64(w.seen)), w.cap))
		}
	}
	if f&GazetteerFeatures != 0 {
		for g := w.gaz; g != 0; g &= g - 1 {
			dst = append(dst, perceptron.Mix(tGaz, uint64(bits.TrailingZeros64(g))))
		}
		for g := l1.gaz; g != 0; g &= g - 1 {
			dst = append(dst, perceptron.Mix(tGazL1, uint64(bits.TrailingZeros64(g))))
		}
		for g := r1.gaz; g != 0; g &= g - 1 {
			dst = append(dst, perceptron.Mix(tGazR1, uint64(bits.TrailingZeros64(g))))
		}
	}
	return dst
}

// dynamic appends the hashes of the features of token i that depend on the labels given
// before it: p1 and p2 are the labels of the previous two tokens (noLabel before the
// sentence start), mem the memory of the document so far.
func (m *Model) dynamic(dst []uint64, a []attr, i int, p1, p2 label, mem *memory) []uint64 {
	if m.Features&HistoryFeatures != 0 {
		w := &a[i]
		dst = append(dst, perceptron.Mix(tPrev1, uint64(p1)), perceptron.Mix(tPrev2, uint64(p2)),
			perceptron.Mix(perceptron.Mix(tPrev12, uint64(p1)), uint64(p2)),
			perceptron.Mix(perceptron.Mix(tPrevNorm, uint64(p1)), w.norm), perceptron.Mix(perceptron.Mix(tPrevShort, uint64(p1)), w.short))
	}
	if m.Features&MemoryFeatures != 0 && mem != nil {
		dst = mem.features(dst, &a[i])
	}
	return dst
}

// isCapsSentence reports whether the tokens [from, to) have words of two or more capitals
// and no lower-case letters, as headlines in some news styles do.
func isCapsSentence(a []attr, from, to int) bool {
	caps := false
	for k := from; k < to; k++ {
		switch a[k].cap {
		case perceptron.CapLower, perceptron.CapInit, perceptron.CapMixed:
			return false
		case perceptron.CapAll:
			caps = true
		}
	}
	return caps
}
