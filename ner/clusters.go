package ner

import (
	"context"
	"fmt"
	"io"
	"onrecord/perceptron"
	"sort"
	"time"
)

// Clusters maps words to word classes learned from unlabelled text, at several levels from
// fine to coarse, each class of a level lying inside one class of the next.
type Clusters struct {
	Levels []int             // the number of classes at each level, finest first
	ids    map[string]uint64 // word -> its class at each level, 16 bits a level
	norm   map[uint64]uint64 // the HashNorm of a word -> the classes of its most frequent form
}

// maxClusterLevels bounds the levels, which must fit 16 bits each in a uint64.
const maxClusterLevels = 4

// Len returns the number of words with classes.
func (c *Clusters) Len() int { return len(c.ids) }

// lookup returns the classes of word, falling back on the classes of its most frequent
// form when the word itself was not seen ("BLAIR" takes those of "Blair").
func (c *Clusters) lookup(word string) (uint64, bool) {
	if v, ok := c.ids[word]; ok {
		return v, true
	}
	v, ok := c.norm[perceptron.HashNorm(word)]
	return v, ok
}

// ClusterOptions sets how clusters are learned.
type ClusterOptions struct {
	Levels   []int     // classes at each level, finest first; default 600, 120, 24
	MinCount int       // words seen fewer times share one class; default 3
	Passes   int       // most passes of the exchange algorithm at each level; default 12
	Log      io.Writer // progress; nil for none
}

// LearnClusters learns word classes from sentences of unlabelled text with the exchange
// algorithm, then learns coarser classes of those classes in turn. The same sentences and
// options give the same clusters.
func LearnClusters(ctx context.Context, sentences [][]string, opt ClusterOptions) (*Clusters, error) {
	if len(opt.Levels) == 0 {
		opt.Levels = []int{600, 120, 24}
	}
	if len(opt.Levels) > maxClusterLevels {
		return nil, fmt.Errorf("clusters: at most %d levels", maxClusterLevels)
	}
	for i, k := range opt.Levels {
		if k < 2 || k > 1<<16 || i > 0 && k >= opt.Levels[i-1] {
			return nil, fmt.Errorf("clusters: levels %v must fall from at most 65536 to at least 2", opt.Levels)
		}
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 3
	}
	if opt.Passes <= 0 {
		opt.Passes = 12
	}
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format+"\n", args...)
		}
	}
	count := map[string]int{}
	tokens := 0
	for _, s := range sentences {
		for _, w := range s {
			count[w]++
			tokens++
		}
	}
	words := make([]string, 0, len(count))
	for w, n := range count {
		if n >= opt.MinCount {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		if count[words[i]] != count[words[j]] {
			return count[words[i]] > count[words[j]]
		}
		return words[i] < words[j]
	})
	index := make(map[string]int32, len(words))
	for i, w := range words {
		index[w] = int32(i)
	}
	rare := int32(len(words)) // the item of all rare words
	item := func(w string) int32 {
		if i, ok := index[w]; ok {
			return i
		}
		return rare
	}
	pairs := map[uint64]int32{}
	for _, s := range sentences {
		for i := 1; i < len(s); i++ {
			pairs[uint64(item(s[i-1]))<<32|uint64(item(s[i]))]++
		}
	}
	logf("clusters: %d tokens, %d words seen %d times or more, %d bigrams", tokens, len(words), opt.MinCount, len(pairs))
	n := len(words) + 1
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	member := make([]int32, n) // the class of each item at the level just learned
	for i := range member {
		member[i] = int32(i)
	}
	ids := make([]uint64, n)
	for level, k := range opt.Levels {
		start := time.Now()
		classOf, err := exchange(ctx, newBigrams(len(order), pairs), order, k, opt.Passes)
		if err != nil {
			return nil, err
		}
		for i := range member {
			member[i] = classOf[member[i]]
			ids[i] |= uint64(member[i]) << (16 * level)
		}
		// The classes become the items of the next level, most frequent first.
		next := map[uint64]int32{}
		freq := make([]int64, k)
		for key, c := range pairs {
			a, b := classOf[key>>32], classOf[uint32(key)]
			next[uint64(a)<<32|uint64(b)] += c
			freq[a] += int64(c)
		}
		pairs = next
		order = order[:k]
		for i := range order {
			order[i] = int32(i)
		}
		sort.SliceStable(order, func(i, j int) bool { return freq[order[i]] > freq[order[j]] })
		logf("clusters: level %d, %d classes, %.1fs", level+1, k, time.Since(start).Seconds())
	}
	c := &Clusters{Levels: opt.Levels, ids: make(map[string]uint64, len(words)), norm: map[uint64]uint64{}}
	for i, w := range words {
		c.ids[w] = ids[i]
		if _, ok := c.norm[perceptron.HashNorm(w)]; !ok { // words are in order of frequency
			c.norm[perceptron.HashNorm(w)] = ids[i]
		}
	}
	return c, nil
}

// WordClass returns the class of word at a level of the model's clusters (0 the finest),
// and whether the model knows one.
func (m *Model) WordClass(word string, level int) (int, bool) {
	if m.clusters == nil || level < 0 || level >= len(m.clusters.Levels) {
		return 0, false
	}
	ids, ok := m.clusters.lookup(word)
	if !ok {
		return 0, false
	}
	return int(ids >> (16 * level) & 0xffff), true
}
