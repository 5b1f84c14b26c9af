// Package score measures records against hand-made gold records and against PolNeAR's
// attributions, as ../shared/eval/score.py does, figure for figure.
package score

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"onrecord/counts"
	"onrecord/names"
)

// PRF counts true positives, false positives and false negatives.
type PRF = counts.Counts

func ratio(a, b int) float64 { return counts.Ratio(a, b) }

// row formats a line of the score table as score.py prints it.
func row(w io.Writer, label string, c PRF) {
	fmt.Fprintf(w, "%-22s %6.3f %6.3f %6.3f   tp=%d fp=%d fn=%d\n", label, c.P(), c.R(), c.F1(), c.TP, c.FP, c.FN)
}

// Norm normalises a name as the scorer compares names; see names.Norm.
func Norm(name string, strip bool) string { return names.Norm(name, strip) }

func isWordRune(r rune) bool { return names.IsWordRune(r) }

// Words returns the runs of word characters of text, case folded.
func Words(text string) []string {
	var out []string
	start := -1
	lower := strings.ToLower(text)
	for i, r := range lower {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, lower[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, lower[start:])
	}
	return out
}

// Overlap returns the multiset Jaccard overlap of two lists of words.
func Overlap(a, b []string) float64 {
	ca, cb := map[string]int{}, map[string]int{}
	for _, w := range a {
		ca[w]++
	}
	for _, w := range b {
		cb[w]++
	}
	inter, union := 0, 0
	for w, n := range ca {
		inter += min(n, cb[w])
		union += max(n, cb[w])
	}
	for w, n := range cb {
		if _, ok := ca[w]; !ok {
			union += n
		}
	}
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// greedy pairs gold items with system items by descending score above 0, each at most
// once, as score.py's greedy does (ties in gold-major order).
func greedy(ng, ns int, score func(g, s int) float64) [][2]int {
	type cand struct {
		score float64
		g, s  int
	}
	var cands []cand
	for g := 0; g < ng; g++ {
		for s := 0; s < ns; s++ {
			if v := score(g, s); v > 0 {
				cands = append(cands, cand{v, g, s})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	usedG, usedS := map[int]bool{}, map[int]bool{}
	var pairs [][2]int
	for _, c := range cands {
		if !usedG[c.g] && !usedS[c.s] {
			usedG[c.g], usedS[c.s] = true, true
			pairs = append(pairs, [2]int{c.g, c.s})
		}
	}
	return pairs
}

// containsWord reports whether needle occurs in hay with word boundaries around it, as the
// regular expression \bneedle\b finds it.
func containsWord(hay, needle string) bool {
	if needle == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(hay[i:], needle)
		if j < 0 {
			return false
		}
		at := i + j
		end := at + len(needle)
		if boundary(hay, at) && boundary(hay, end) {
			return true
		}
		i = at + 1
		if i > len(hay) {
			return false
		}
	}
}

// boundary reports whether byte offset i of s lies between a word character and a
// non-word character (or the string's edge), as \b does.
func boundary(s string, i int) bool {
	before, after := false, false
	if i > 0 {
		r := []rune(s[:i])
		before = isWordRune(r[len(r)-1])
	}
	if i < len(s) {
		for _, r := range s[i:] {
			after = isWordRune(r)
			break
		}
	}
	return before != after
}
