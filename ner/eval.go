package ner

import (
	"fmt"
	"io"
	"sort"

	"onrecord/counts"
)

// Score holds exact-span-match counts per entity type and overall, as conlleval reports.
type Score struct {
	Types  map[string]*counts.Counts
	All    counts.Counts
	Tokens int
}

// NewScore returns an empty score.
func NewScore() *Score { return &Score{Types: map[string]*counts.Counts{}} }

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
	typeCounts := func(t string) *counts.Counts {
		c := s.Types[t]
		if c == nil {
			c = new(counts.Counts)
			s.Types[t] = c
		}
		return c
	}
	for k := range p {
		if g[k] {
			typeCounts(k.typ).TP++
			s.All.TP++
		} else {
			typeCounts(k.typ).FP++
			s.All.FP++
		}
	}
	for k := range g {
		if !p[k] {
			typeCounts(k.typ).FN++
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
	row := func(label string, c counts.Counts) string {
		return fmt.Sprintf("%-22s %6.3f %6.3f %6.3f   tp=%d fp=%d fn=%d\n", label, c.P(), c.R(), c.F1(), c.TP, c.FP, c.FN)
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
