package server

import (
	"sort"
	"strings"

	"onrecord/store"
)

// graph is the drawing of who called on a person to go, suspended or investigated them
// (on the left, arrows in) and whom the person did that to (on the right, arrows out).
type graph struct {
	Width, Height int
	Nodes         []gnode
	Edges         []gedge
}

type gnode struct {
	ID           int64
	Name         string
	X, Y, TX, TY int
	Anchor       string
	Center       bool
}

type gedge struct {
	X1, Y1, X2, Y2, LX, LY int
	Type, Label            string
}

// acting are the event types drawn: one person doing something to another.
var acting = map[string]bool{"call_to_resign": true, "suspend": true, "investigate": true, "dismiss": true,
	"call_to_apologize": true, "appoint": true}

// newGraph draws p's links, or returns nil when there are none.
func newGraph(p *store.Person) *graph {
	type link struct {
		id    int64
		name  string
		types []string
	}
	collect := func(events []store.Event, other func(store.Event) (int64, string)) []link {
		byID := map[int64]*link{}
		var out []*link
		for _, e := range events {
			id, name := other(e)
			if !acting[e.Type] || id == 0 || id == p.ID {
				continue
			}
			l := byID[id]
			if l == nil {
				l = &link{id: id, name: name}
				byID[id] = l
				out = append(out, l)
			}
			label := eventLabels[e.Type]
			if !contains(l.types, label) {
				l.types = append(l.types, label)
			}
		}
		sort.SliceStable(out, func(i, j int) bool { return out[i].name < out[j].name })
		res := make([]link, len(out))
		for i, l := range out {
			res[i] = *l
		}
		return res
	}
	in := collect(p.Events, func(e store.Event) (int64, string) { return e.ByID, e.By })
	out := collect(p.EventsBy, func(e store.Event) (int64, string) { return e.SubjectID, e.Subject })
	if len(in) == 0 && len(out) == 0 {
		return nil
	}
	const width, row = 760, 44
	rows := max(len(in), len(out), 1)
	g := &graph{Width: width, Height: rows*row + 20}
	cx, cy := width/2, g.Height/2
	g.Nodes = append(g.Nodes, gnode{ID: p.ID, Name: p.Name, X: cx, Y: cy, TX: cx, TY: cy - 14, Anchor: "middle", Center: true})
	place := func(list []link, x int, anchor string, inward bool) {
		for i, l := range list {
			y := 10 + row/2 + i*row + (rows-len(list))*row/2
			tx := x - 14
			if anchor == "start" {
				tx = x + 14
			}
			g.Nodes = append(g.Nodes, gnode{ID: l.id, Name: l.name, X: x, Y: y, TX: tx, TY: y + 4, Anchor: anchor})
			e := gedge{Label: strings.Join(l.types, ", ")}
			if inward {
				e.X1, e.Y1, e.X2, e.Y2 = x+10, y, cx-10, cy
			} else {
				e.X1, e.Y1, e.X2, e.Y2 = cx+10, cy, x-10, y
			}
			e.LX, e.LY = (e.X1+e.X2)/2, (e.Y1+e.Y2)/2-4
			g.Edges = append(g.Edges, e)
		}
	}
	place(in, 190, "end", true)
	place(out, width-190, "start", false)
	return g
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
