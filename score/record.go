package score

import (
	"fmt"
	"io"
	"strings"

	"onrecord/record"
)

// Gold is a hand-made gold record (../shared/eval/GOLD.md).
type Gold struct {
	Doc           string      `json:"doc"`
	Published     *string     `json:"published"`
	People        []GoldName  `json:"people"`
	Organizations []GoldName  `json:"organizations"`
	Places        []GoldName  `json:"places"`
	Quotes        []GoldQuote `json:"quotes"`
	Roles         []GoldRole  `json:"roles"`
	Events        []GoldEvent `json:"events"`
}

// GoldName is a named entity of a gold record.
type GoldName struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

// GoldQuote is a quotation of a gold record.
type GoldQuote struct {
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
}

// GoldRole is a post of a gold record.
type GoldRole struct {
	Person string   `json:"person"`
	Title  []string `json:"title"`
	Status string   `json:"status"`
}

// GoldEvent is an event of a gold record.
type GoldEvent struct {
	Type     string  `json:"type"`
	Subject  *string `json:"subject"`
	By       *string `json:"by"`
	Modality string  `json:"modality"`
}

// RecordScore holds the measures of records against gold records.
type RecordScore struct {
	Articles                 int
	Person, Organization     PRF
	Place, Quote, QuoteSpeak PRF
	Role, Event              PRF
	SpeakerOK, SpeakerN      int
	StatusOK, StatusN        int
	Missing                  []string
}

// RecordF1 returns the mean F1 of person, organization, quote+speaker, role and event.
func (s *RecordScore) RecordF1() float64 {
	return (s.Person.F1() + s.Organization.F1() + s.QuoteSpeak.F1() + s.Role.F1() + s.Event.F1()) / 5
}

// AddArticle scores one article's record (nil if the system made none) against its gold.
func (s *RecordScore) AddArticle(name string, gold *Gold, rec *record.Record) {
	s.Articles++
	if rec == nil {
		s.Missing = append(s.Missing, name)
		rec = &record.Record{}
	}
	gnames := map[string]map[string]bool{}
	nameSet := func(name string, aliases []string) map[string]bool {
		set := map[string]bool{Norm(name, true): true}
		for _, a := range aliases {
			set[Norm(a, true)] = true
		}
		return set
	}
	for _, list := range [][]GoldName{gold.People, gold.Organizations, gold.Places} {
		for _, e := range list {
			gnames[e.Name] = nameSet(e.Name, e.Aliases)
		}
	}
	snames := map[string]map[string]bool{}
	for _, e := range rec.Entities {
		set := nameSet(e.Name, e.Aliases)
		delete(set, "")
		snames[e.ID] = set
	}
	same := func(gname string, sid *string) bool {
		if gname == "" || sid == nil || *sid == "" {
			return false
		}
		g, ok := gnames[gname]
		if !ok {
			g = map[string]bool{Norm(gname, true): true}
		}
		for n := range snames[*sid] {
			if g[n] {
				return true
			}
		}
		return false
	}
	for _, kind := range []struct {
		list []GoldName
		typ  string
		prf  *PRF
	}{{gold.People, "person", &s.Person}, {gold.Organizations, "organization", &s.Organization}, {gold.Places, "place", &s.Place}} {
		var g []map[string]bool
		for _, e := range kind.list {
			g = append(g, gnames[e.Name])
		}
		var sys []map[string]bool
		for _, e := range rec.Entities {
			if e.Type == kind.typ {
				sys = append(sys, snames[e.ID])
			}
		}
		pairs := greedy(len(g), len(sys), func(i, j int) float64 {
			n := 0
			for x := range g[i] {
				if sys[j][x] {
					n++
				}
			}
			return float64(n)
		})
		kind.prf.Add(len(pairs), len(sys)-len(pairs), len(g)-len(pairs))
	}
	// Quotes: direct ones only.
	var sq []record.Quote
	for _, q := range rec.Quotes {
		if q.Kind == "" || q.Kind == "direct" {
			sq = append(sq, q)
		}
	}
	gq := gold.Quotes
	pairs := greedy(len(gq), len(sq), func(i, j int) float64 {
		if o := Overlap(Words(gq[i].Text), Words(sq[j].Text)); o >= 0.5 {
			return o
		}
		return 0
	})
	s.Quote.Add(len(pairs), len(sq)-len(pairs), len(gq)-len(pairs))
	good := 0
	for _, p := range pairs {
		g, q := gq[p[0]], sq[p[1]]
		if g.Speaker != nil && *g.Speaker != "" {
			s.SpeakerN++
			if same(*g.Speaker, q.Speaker) {
				s.SpeakerOK++
				good++
			}
		} else if q.Speaker == nil || *q.Speaker == "" {
			good++
		}
	}
	s.QuoteSpeak.Add(good, len(sq)-good, len(gq)-good)
	// Roles: the person and any wording of the title.
	gr, sr := gold.Roles, rec.Roles
	pairs = greedy(len(gr), len(sr), func(i, j int) float64 {
		holder := sr[j].Holder
		if !same(gr[i].Person, &holder) {
			return 0
		}
		st := Norm(sr[j].Title, false)
		for _, alt := range gr[i].Title {
			at := Norm(alt, false)
			if at != "" && st != "" && (containsWord(st, at) || containsWord(at, st)) {
				return 1
			}
		}
		return 0
	})
	s.Role.Add(len(pairs), len(sr)-len(pairs), len(gr)-len(pairs))
	for _, p := range pairs {
		s.StatusN++
		if gr[p[0]].Status == sr[p[1]].Status {
			s.StatusOK++
		}
	}
	// Events: actual, planned and threatened ones; type, subject and, where gold names
	// one, the agent.
	scored := func(m string) bool { return m == "" || m == "actual" || m == "planned" || m == "threatened" }
	var ge []GoldEvent
	for _, e := range gold.Events {
		if scored(e.Modality) {
			ge = append(ge, e)
		}
	}
	var se []record.Event
	for _, e := range rec.Events {
		if scored(e.Modality) {
			se = append(se, e)
		}
	}
	pairs = greedy(len(ge), len(se), func(i, j int) float64 {
		g, e := ge[i], se[j]
		subject := ""
		if g.Subject != nil {
			subject = *g.Subject
		}
		if g.Type != e.Type || !same(subject, e.Subject) {
			return 0
		}
		if g.By != nil && *g.By != "" && !same(*g.By, e.By) {
			return 0
		}
		return 1
	})
	s.Event.Add(len(pairs), len(se)-len(pairs), len(ge)-len(pairs))
}

// Write prints the measures as score.py record prints them.
func (s *RecordScore) Write(w io.Writer) {
	fmt.Fprintf(w, "%-22s %6s %6s %6s   (%d articles)\n", "", "P", "R", "F1", s.Articles)
	row(w, "person", s.Person)
	row(w, "organization", s.Organization)
	row(w, "place", s.Place)
	row(w, "quote", s.Quote)
	row(w, "quote+speaker", s.QuoteSpeak)
	row(w, "role", s.Role)
	row(w, "event", s.Event)
	fmt.Fprintf(w, "speaker accuracy       %.3f   (%d/%d matched quotes with a gold speaker)\n", ratio(s.SpeakerOK, s.SpeakerN), s.SpeakerOK, s.SpeakerN)
	fmt.Fprintf(w, "role status accuracy   %.3f   (%d/%d)\n", ratio(s.StatusOK, s.StatusN), s.StatusOK, s.StatusN)
	if len(s.Missing) > 0 {
		fmt.Fprintf(w, "no system record for %d articles: %s\n", len(s.Missing), strings.Join(s.Missing[:min(10, len(s.Missing))], " "))
	}
	fmt.Fprintf(w, "record F1 %.3f  (mean F1 of person, organization, quote+speaker, role, event)\n", s.RecordF1())
}
