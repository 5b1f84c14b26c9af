package ner

import (
	"fmt"
	"io"
	"sort"
)

// Counts holds true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// Precision returns TP / (TP + FP), or 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall returns TP / (TP + FN), or 0 when nothing was expected.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score holds exact-span-match counts per entity type and overall, as conlleval reports.
type Score struct {
	Types  map[string]*Counts
	All    Counts
	Tokens int
}

// NewScore returns an empty score.
func NewScore() *Score { return &Score{Types: map[string]*Counts{}} }

// Add counts one sentence: gold and predicted spans over n tokens, their types indexes
// into gtypes and ptypes.
func (s *Score) Add(n int, gold []Span, gtypes []string, pred []Span, ptypes []string) {
	s.Tokens += n
	type key struct {
		from, to int
		typ      string
	}
	g := make(map[key]bool, len(gold))
	for _, x := range gold {
		g[key{x.From, x.To, gtypes[x.Type]}] = true
	}
	p := make(map[key]bool, len(pred))
	for _, x := range pred {
		p[key{x.From, x.To, ptypes[x.Type]}] = true
	}
	counts := func(t string) *Counts {
		c := s.Types[t]
		if c == nil {
			c = new(Counts)
			s.Types[t] = c
		}
		return c
	}
	for k := range p {
		if g[k] {
			counts(k.typ).TP++
			s.All.TP++
		} else {
			counts(k.typ).FP++
			s.All.FP++
		}
	}
	for k := range g {
		if !p[k] {
			counts(k.typ).FN++
			s.All.FN++
		}
	}
}

// Write prints the score as a table, one row per type and one for all, and a last line
// with the overall F1.
func (s *Score) Write(w io.Writer) error {
	types := make([]string, 0, len(s.Types))
	for t := range s.Types {
		types = append(types, t)
	}
	sort.Strings(types)
	row := func(label string, c Counts) string {
		return fmt.Sprintf("%-22s %6.3f %6.3f %6.3f   tp=%d fp=%d fn=%d\n", label, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
	}
	out := fmt.Sprintf("%-22s %6s %6s %6s\n", "", "P", "R", "F1")
	for _, t := range types {
		out += row(t, *s.Types[t])
	}
	out += row("all", s.All)
	out += fmt.Sprintf("NER F1 %.4f\n", s.All.F1())
	_, err := io.WriteString(w, out)
	return err
}
