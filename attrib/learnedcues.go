package attrib

import (
	"sort"
	"strings"
	"unicode"
)

// A word outside CueWords joins a model's cues when the training data labels it part of a
// cue at least minCueRate of the times it occurs, in at least minCueCount places: PolNeAR's
// cues are wider than speech ("endorsed", "praised", "declined", "appears").
const (
	minCueRate  = 0.3
	minCueCount = 5
)

// learnCues returns, in order, the words the labels of examples make cues often enough
// that are not in CueWords: lower-case words of letters only, three or more long.
func learnCues(examples []Example) []string {
	known := newCueSet()
	seen, cued := map[string]int{}, map[string]int{}
	for _, ex := range examples {
		for i, t := range ex.Doc.Tokens {
			w := strings.ToLower(ex.Doc.Text[t.Start:t.End])
			if len(w) < 3 || known[w] || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
				continue
			}
			seen[w]++
			if part(ex.Labels[i]) == 2 {
				cued[w]++
			}
		}
	}
	var out []string
	for w, n := range cued {
		if n >= minCueCount && float64(n) >= minCueRate*float64(seen[w]) {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}
