package ner

import (
	"fmt"
	"math/bits"
	"onrecord/perceptron"

	"onrecord/text"
)

// Gazetteer is a set of name lists ("PER", "ORG", ...): sequences of words, matched
// without regard to case, that mark the tokens they cover with the list and the position
// within the name.
type Gazetteer struct {
	Lists   []string
	entries map[uint64]uint64 // name hash -> gazetteer bits (see gazPrefix)
	maxLen  int
}

// An entry's bits: bit 4*list+position marks a name of that list at that BILOU position
// (as mark sets them on tokens); gazFirst<<list and gazLast<<list mark a word that begins
// or ends some longer name of the list; gazPrefix marks a hash that begins a longer entry.
const (
	gazFirst  = 1 << 32
	gazLast   = 1 << 40
	gazPrefix = 1 << 63
)

// maxGazetteerLists bounds the lists: four positions each must fit in 32 bits.
const maxGazetteerLists = 7

const gazSeed = 0x2545f4914f6cdd1d

// NewGazetteer returns an empty gazetteer with the given lists.
func NewGazetteer(lists ...string) *Gazetteer {
	return &Gazetteer{Lists: lists, entries: map[uint64]uint64{}}
}

// Clone returns a copy of g that can be added to without changing g.
func (g *Gazetteer) Clone() *Gazetteer {
	c := &Gazetteer{Lists: append([]string(nil), g.Lists...), entries: make(map[uint64]uint64, len(g.entries)), maxLen: g.maxLen}
	for k, v := range g.entries {
		c.entries[k] = v
	}
	return c
}

// Len returns the number of entries, prefixes of longer entries included.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Add puts the name made of words on list number list.
func (g *Gazetteer) Add(list int, words []string) {
	if len(words) == 0 || list >= maxGazetteerLists || len(words) > 8 {
		return
	}
	h := uint64(gazSeed)
	for i, w := range words {
		h = perceptron.Mix(h, perceptron.HashNorm(w))
		if i < len(words)-1 {
			g.entries[h] |= gazPrefix
		}
	}
	g.entries[h] |= 1 << list
	if n := len(words); n > 1 {
		g.entries[perceptron.Mix(gazSeed, perceptron.HashNorm(words[0]))] |= gazFirst << list
		g.entries[perceptron.Mix(gazSeed, perceptron.HashNorm(words[n-1]))] |= gazLast << list
	}
	g.maxLen = max(g.maxLen, len(words))
}

// mark sets the gazetteer bits of the attributes of every token that a listed name
// covers, within sentences.
func (g *Gazetteer) mark(a []attr, sents []text.Sentence) {
	for _, s := range sents {
		for i := s.From; i < s.To; i++ {
			if a[i].cap == perceptron.CapLower || a[i].cap == perceptron.CapNone {
				continue
			}
			h := uint64(gazSeed)
			for n := 1; n <= g.maxLen && i+n <= s.To; n++ {
				h = perceptron.Mix(h, a[i+n-1].norm)
				v := g.entries[h]
				if n == 1 {
					a[i].gaz |= v & (0xff*gazFirst | 0xff*gazLast)
				}
				if lists := v & (1<<maxGazetteerLists - 1); lists != 0 && a[i+n-1].cap != perceptron.CapLower {
					for l := lists; l != 0; l &= l - 1 {
						list := bits.TrailingZeros64(l)
						if n == 1 {
							a[i].gaz |= 1 << (4*list + posU)
							continue
						}
						a[i].gaz |= 1 << (4*list + posB)
						for k := i + 1; k < i+n-1; k++ {
							a[k].gaz |= 1 << (4*list + posI)
						}
						a[i+n-1].gaz |= 1 << (4*list + posL)
					}
				}
				if v&gazPrefix == 0 {
					break
				}
			}
		}
	}
}

// AddTagged puts every entity tagged in docs on the list named by prefix and its type,
// adding lists as new types appear. A language prefix such as WikiANN's "en:" is taken off
// each word.
func (g *Gazetteer) AddTagged(docs []Document, prefix string) error {
	for d := range docs {
		for si, s := range docs[d].Sentences {
			if len(s.Tags) != len(s.Words) {
				continue
			}
			var types []string
			spans, err := spansOfIOB(s.Tags, &types)
			if err != nil {
				return fmt.Errorf("document %d sentence %d: %w", d+1, si+1, err)
			}
			for _, sp := range spans {
				name := prefix + types[sp.Type]
				list := -1
				for i, l := range g.Lists {
					if l == name {
						list = i
					}
				}
				if list < 0 {
					if len(g.Lists) == maxGazetteerLists {
						return fmt.Errorf("more than %d name lists", maxGazetteerLists)
					}
					g.Lists = append(g.Lists, name)
					list = len(g.Lists) - 1
				}
				words := make([]string, 0, sp.To-sp.From)
				for _, w := range s.Words[sp.From:sp.To] {
					words = append(words, stripLanguage(w))
				}
				g.Add(list, words)
			}
		}
	}
	return nil
}

// stripLanguage removes a language prefix such as "en:" from a word.
func stripLanguage(w string) string {
	if len(w) > 3 && w[2] == ':' && 'a' <= w[0] && w[0] <= 'z' && 'a' <= w[1] && w[1] <= 'z' {
		return w[3:]
	}
	return w
}
