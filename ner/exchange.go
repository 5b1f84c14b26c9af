package ner

import (
	"context"
	"math"
	"sort"
)

// An edge is a bigram count from one item to another.
type edge struct {
	to    int32
	count int32
}

// bigrams holds the counts of adjacent items both ways: right[i] lists the items that
// follow i, left[i] the items that precede it, each with its count.
type bigrams struct {
	right, left [][]edge
}

// newBigrams builds the adjacency lists of n items from a map of (from<<32 | to) to count.
func newBigrams(n int, counts map[uint64]int32) *bigrams {
	b := &bigrams{right: make([][]edge, n), left: make([][]edge, n)}
	keys := make([]uint64, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		from, to, c := int32(k>>32), int32(uint32(k)), counts[k]
		b.right[from] = append(b.right[from], edge{to, c})
		b.left[to] = append(b.left[to], edge{from, c})
	}
	return b
}

// exchange partitions n items into k classes so as to maximise the likelihood of a class
// bigram model of the counts, as in the exchange algorithm of Kneser and Ney (1993) and
// Martin, Liermann and Ney (1998): each item in turn moves to the class that gains most,
// until few move. Items are visited in the order given, and item order[i] starts in
// class i mod k, so the result is deterministic.
func exchange(ctx context.Context, b *bigrams, order []int32, k, passes int) ([]int32, error) {
	n := len(b.right)
	class := make([]int32, n)
	for i, it := range order {
		class[it] = int32(i % k)
	}
	cc := make([]int64, k*k) // cc[c1*k+c2]: count of class c1 followed by class c2
	ct := make([]int64, k*k) // transpose: ct[c2*k+c1]
	nl := make([]int64, k)   // count of class as the left item
	nr := make([]int64, k)   // count of class as the right item
	for i := 0; i < n; i++ {
		for _, e := range b.right[i] {
			c1, c2 := class[i], class[e.to]
			cc[int(c1)*k+int(c2)] += int64(e.count)
			ct[int(c2)*k+int(c1)] += int64(e.count)
			nl[c1] += int64(e.count)
			nr[c2] += int64(e.count)
		}
	}
	f := func(x int64) float64 {
		if x <= 0 {
			return 0
		}
		v := float64(x)
		return v * math.Log(v)
	}
	const tableSize = 1 << 16
	table := make([]float64, tableSize)
	for i := range table {
		table[i] = f(int64(i))
	}
	xlogx := func(x int64) float64 {
		if x < tableSize && x >= 0 {
			return table[x]
		}
		return f(x)
	}
	lw := make([]int64, k) // counts of each class just before the item
	rw := make([]int64, k) // counts of each class just after it
	var touchedL, touchedR []int32
	move := func(it int32, c int32, sign int64, self, lt, rt int64) {
		for _, x := range touchedL {
			cc[int(x)*k+int(c)] += sign * lw[x]
			ct[int(c)*k+int(x)] += sign * lw[x]
		}
		for _, x := range touchedR {
			cc[int(c)*k+int(x)] += sign * rw[x]
			ct[int(x)*k+int(c)] += sign * rw[x]
		}
		cc[int(c)*k+int(c)] += sign * self
		ct[int(c)*k+int(c)] += sign * self
		nl[c] += sign * rt
		nr[c] += sign * lt
		class[it] = c
	}
	for pass := 0; pass < passes; pass++ {
		moved := 0
		for _, it := range order {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			touchedL, touchedR = touchedL[:0], touchedR[:0]
			var self, lt, rt int64
			for _, e := range b.left[it] {
				lt += int64(e.count)
				if e.to == it {
					self += int64(e.count)
					continue
				}
				c := class[e.to]
				if lw[c] == 0 {
					touchedL = append(touchedL, c)
				}
				lw[c] += int64(e.count)
			}
			for _, e := range b.right[it] {
				rt += int64(e.count)
				if e.to == it {
					continue
				}
				c := class[e.to]
				if rw[c] == 0 {
					touchedR = append(touchedR, c)
				}
				rw[c] += int64(e.count)
			}
			from := class[it]
			move(it, from, -1, self, lt, rt)
			bestC, bestGain := from, math.Inf(-1)
			for c := int32(0); c < int32(k); c++ {
				gain := 0.0
				row := cc[int(c)*k : int(c)*k+k]
				col := ct[int(c)*k : int(c)*k+k]
				for _, x := range touchedL {
					if x != c {
						gain += xlogx(col[x]+lw[x]) - xlogx(col[x])
					}
				}
				for _, x := range touchedR {
					if x != c {
						gain += xlogx(row[x]+rw[x]) - xlogx(row[x])
					}
				}
				gain += xlogx(row[c]+lw[c]+rw[c]+self) - xlogx(row[c])
				gain -= xlogx(nl[c]+rt) - xlogx(nl[c])
				gain -= xlogx(nr[c]+lt) - xlogx(nr[c])
				if gain > bestGain+1e-9 || gain >= bestGain-1e-9 && c == from {
					bestC, bestGain = c, gain
				}
			}
			move(it, bestC, 1, self, lt, rt)
			if bestC != from {
				moved++
			}
			for _, x := range touchedL {
				lw[x] = 0
			}
			for _, x := range touchedR {
				rw[x] = 0
			}
		}
		if moved*1000 < len(order) {
			break
		}
	}
	return class, nil
}
