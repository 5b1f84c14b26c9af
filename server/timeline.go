package server

import (
	"fmt"
	"sort"
	"strconv"

	"onrecord/store"
)

// timeline is the drawing of a person's posts over the years, bars from when each began
// to when it ended (open-ended while held), with their events as marks below.
type timeline struct {
	Width, Height, AxisY, LabelY int
	Years                        []tick
	Bars                         []bar
	Marks                        []mark
}

type tick struct{ X, Year int }

type bar struct {
	X, Y, W, TextX, TextY int
	Title, Status, Span   string
	Link                  string
	Open                  bool
}

type mark struct {
	X, Y              int
	Type, Label, Link string
}

// year reads the year a date or year begins with, or 0.
func year(s string) int {
	if len(s) < 4 {
		return 0
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil || y < 1800 || y > 2200 {
		return 0
	}
	return y
}

// newTimeline draws p's posts and events, or returns nil when no year is known of any.
func newTimeline(p *store.Person) *timeline {
	type span struct {
		r          store.Role
		from, to   int
		open       bool
		sourceYear int
	}
	var spans []span
	lo, hi := 0, 0
	see := func(y int) {
		if y == 0 {
			return
		}
		if lo == 0 || y < lo {
			lo = y
		}
		if y > hi {
			hi = y
		}
	}
	for _, r := range p.Roles {
		sp := span{r: r, from: year(r.Start), to: year(r.End)}
		for _, src := range r.Sources {
			if y := year(src.Published); y != 0 && (sp.sourceYear == 0 || y < sp.sourceYear) {
				sp.sourceYear = y
			}
		}
		see(sp.from)
		see(sp.to)
		see(sp.sourceYear)
		spans = append(spans, sp)
	}
	events := append(append([]store.Event(nil), p.Events...), p.EventsBy...)
	for _, e := range events {
		see(year(e.Date))
		see(year(e.Source.Published))
	}
	if lo == 0 {
		return nil
	}
	const width, left, right, row = 760, 10, 70, 24
	years := hi - lo + 1
	px := float64(width-left-right) / float64(years)
	x := func(y int) int { return left + int(float64(y-lo)*px) }
	t := &timeline{Width: width}
	y := 8
	for _, sp := range spans {
		from := sp.from
		if from == 0 {
			from = sp.sourceYear
		}
		if from == 0 {
			continue
		}
		to := sp.to
		open := false
		if to == 0 {
			if sp.r.Status == "current" {
				to, open = hi, true
			} else {
				to = max(from, lastSourceYear(sp.r)) // held at least until the last report of it
			}
		}
		b := bar{X: x(from), Y: y, W: max(x(to+1)-x(from), 6), Title: sp.r.Title, Status: sp.r.Status, Open: open}
		b.TextX, b.TextY = b.X+4, y+12
		b.Span = fmt.Sprintf("(%d to %s)", from, map[bool]string{true: "now", false: strconv.Itoa(to)}[open])
		if len(sp.r.Sources) > 0 {
			b.Link = sourceLink(sp.r.Sources[0])
		}
		t.Bars = append(t.Bars, b)
		y += row
	}
	// Events as marks on a track of their own, side by side within a year.
	sort.SliceStable(events, func(i, j int) bool { return eventYear(events[i]) < eventYear(events[j]) })
	track := y + 10
	inYear := map[int]int{}
	for _, e := range events {
		ey := eventYear(e)
		if ey == 0 {
			continue
		}
		n := inYear[ey]
		inYear[ey]++
		label := fmt.Sprintf("%s: %s %s", e.Source.Published, eventLabels[e.Type], e.Subject)
		if e.By != "" {
			label += " by " + e.By
		}
		t.Marks = append(t.Marks, mark{X: x(ey) + 8 + (n%8)*14, Y: track + (n/8)*16, Type: e.Type, Label: label, Link: sourceLink(e.Source)})
	}
	if len(t.Marks) > 0 {
		y = track + 16*((len(t.Marks)+7)/8) + 8
	}
	t.AxisY = y + 4
	t.LabelY = y + 18
	t.Height = y + 24
	for yr := lo; yr <= hi; yr++ {
		if years > 20 && (yr-lo)%5 != 0 {
			continue
		}
		t.Years = append(t.Years, tick{X: x(yr), Year: yr})
	}
	return t
}

// lastSourceYear returns the year of the latest article that states role r, or 0.
func lastSourceYear(r store.Role) int {
	last := 0
	for _, src := range r.Sources {
		last = max(last, year(src.Published))
	}
	return last
}

func eventYear(e store.Event) int {
	if y := year(e.Date); y != 0 {
		return y
	}
	return year(e.Source.Published)
}
