// Package resolve decides which entities of different articles are the same person,
// organisation or place: "Tony Blair", "Mr Blair" and "Blair" in hundreds of articles
// become one person, while "Gordon Brown" stays apart from "Nick Brown", and a "Mr Davies"
// is given to a Davies only when the evidence points to one.
package resolve

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"onrecord/names"
)

// Entity is an entity of one article, with what its article says of it.
type Entity struct {
	Type     string // person, organization, place or other
	Name     string
	Aliases  []string
	Article  int64
	Mentions int
	Titles   []string // the posts its article gives it
	Parties  []string // the parties of those posts
}

// Cluster is an entity across articles.
type Cluster struct {
	Type     string
	Name     string // the form most of its articles use
	Articles int
	Mentions int
}

// Result is the outcome of resolving: the clusters, the cluster of each entity, and why
// each entity joined its cluster.
type Result struct {
	Clusters []Cluster
	Of       []int
	Why      []string
}

// person is what resolving knows of a person's name.
type person struct {
	words  []string // the name, normalised, without honorifics
	gender byte     // 'm', 'f' or 0, from honorifics
}

func parsePerson(e *Entity) person {
	p := person{words: strings.Fields(names.Norm(e.Name, true))}
	for _, a := range append([]string{e.Name}, e.Aliases...) {
		w := strings.Fields(strings.ToLower(a))
		if len(w) == 0 {
			continue
		}
		switch strings.TrimSuffix(w[0], ".") {
		case "mr", "sir", "lord", "baron":
			p.gender = 'm'
		case "mrs", "ms", "miss", "lady", "dame", "baroness":
			p.gender = 'f'
		}
	}
	return p
}

// Resolve groups entities into clusters. It is deterministic: the same entities in the
// same order give the same result.
func Resolve(ents []Entity) Result {
	r := Result{Of: make([]int, len(ents)), Why: make([]string, len(ents))}
	keyed := map[string]int{}
	add := func(i int, key, why string) {
		c, ok := keyed[key]
		if !ok {
			r.Clusters = append(r.Clusters, Cluster{Type: ents[i].Type})
			c = len(r.Clusters) - 1
			keyed[key] = c
		}
		r.Of[i], r.Why[i] = c, why
	}
	parties := names.NewParties()
	people := make([]person, len(ents))
	// Full names first: people named by first and last name, and all other entities.
	for i := range ents {
		e := &ents[i]
		if e.Type != "person" {
			key := names.Norm(e.Name, true)
			why := fmt.Sprintf("name %q", e.Name)
			if full, ok := parties.Party(e.Name); ok && e.Type == "organization" {
				key, why = names.Norm(full, true), fmt.Sprintf("%q is a name of the %s", e.Name, full)
			} else if e.Type == "organization" {
				key = strings.TrimSuffix(key, " party")
			}
			add(i, e.Type+"\x00"+key, why)
			continue
		}
		people[i] = parsePerson(e)
		if w := people[i].words; len(w) >= 2 {
			add(i, "person\x00"+w[0]+" "+w[len(w)-1], fmt.Sprintf("full name %q", e.Name))
		}
	}
	// Then people named by one name: given to the person of that surname the evidence
	// points to, or kept apart.
	bySurname := map[string][]int{} // surname -> clusters of full names
	evidence := map[int]*clusterEvidence{}
	for i := range ents {
		if ents[i].Type != "person" || len(people[i].words) < 2 {
			continue
		}
		c := r.Of[i]
		w := people[i].words
		ev := evidence[c]
		if ev == nil {
			ev = &clusterEvidence{titles: map[string]int{}, parties: map[string]int{}, articles: map[int64]bool{}}
			evidence[c] = ev
			bySurname[w[len(w)-1]] = append(bySurname[w[len(w)-1]], c)
		}
		ev.add(&ents[i], people[i].gender, parties)
	}
	for i := range ents {
		e := &ents[i]
		if e.Type != "person" || len(people[i].words) >= 2 {
			continue
		}
		if len(people[i].words) == 0 {
			add(i, "person\x00"+strings.ToLower(e.Name), fmt.Sprintf("name %q", e.Name))
			continue
		}
		word := people[i].words[0]
		if c, why := choose(e, people[i], bySurname[word], evidence, parties); c >= 0 {
			r.Of[i], r.Why[i] = c, why
			continue
		} else {
			add(i, "person\x00surname "+word, why)
		}
	}
	// Names and counts.
	forms := make([]map[string]int, len(r.Clusters))
	seen := make([]map[int64]bool, len(r.Clusters))
	for i, c := range r.Of {
		if forms[c] == nil {
			forms[c], seen[c] = map[string]int{}, map[int64]bool{}
		}
		forms[c][ents[i].Name]++
		if !seen[c][ents[i].Article] {
			seen[c][ents[i].Article] = true
			r.Clusters[c].Articles++
		}
		r.Clusters[c].Mentions += ents[i].Mentions
	}
	for c := range r.Clusters {
		r.Clusters[c].Name = mostCommon(forms[c], r.Clusters[c].Type == "person")
	}
	return r
}

// mostCommon returns the most frequent form, preferring, for people, names of two words
// or more; ties go to the longer, then the first in order.
func mostCommon(forms map[string]int, person bool) string {
	keys := make([]string, 0, len(forms))
	for k := range forms {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	best := ""
	score := func(k string) int {
		s := forms[k] * 4
		if person && strings.Contains(strings.TrimSpace(k), " ") {
			s += 1 << 20
		}
		return s
	}
	for _, k := range keys {
		if best == "" || score(k) > score(best) || score(k) == score(best) && len(k) > len(best) {
			best = k
		}
	}
	return best
}

// clusterEvidence is what the articles of a person named in full say of them.
type clusterEvidence struct {
	titles, parties map[string]int
	articles        map[int64]bool
	male, female    int
}

func (ev *clusterEvidence) add(e *Entity, gender byte, parties *names.Parties) {
	ev.articles[e.Article] = true
	for _, t := range e.Titles {
		ev.titles[titleHead(t)]++
	}
	for _, p := range e.Parties {
		ev.parties[partyKey(p, parties)]++
	}
	switch gender {
	case 'm':
		ev.male++
	case 'f':
		ev.female++
	}
}

func titleHead(t string) string {
	w := strings.Fields(strings.ToLower(t))
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

func partyKey(p string, parties *names.Parties) string {
	if full, ok := parties.Party(p); ok {
		return full
	}
	return names.Norm(p, true)
}

// choose picks the cluster a one-name person belongs to among the clusters of people with
// that surname, or -1, with the reason either way.
func choose(e *Entity, p person, candidates []int, evidence map[int]*clusterEvidence, parties *names.Parties) (int, string) {
	word := p.words[0]
	if len(candidates) == 0 {
		return -1, fmt.Sprintf("%q: nobody of that name is named in full", e.Name)
	}
	type scored struct {
		c                int
		share            float64
		titles, partyHit bool
	}
	total := 0
	for _, c := range candidates {
		total += len(evidence[c].articles)
	}
	var list []scored
	for _, c := range candidates {
		ev := evidence[c]
		if p.gender == 'm' && ev.female > ev.male || p.gender == 'f' && ev.male > ev.female {
			continue // "Mrs Brown" is not Gordon Brown
		}
		s := scored{c: c, share: float64(len(ev.articles)) / float64(total)}
		for _, t := range e.Titles {
			if ev.titles[titleHead(t)] > 0 {
				s.titles = true
			}
		}
		for _, pt := range e.Parties {
			if ev.parties[partyKey(pt, parties)] > 0 {
				s.partyHit = true
			}
		}
		list = append(list, s)
	}
	if len(list) == 0 {
		return -1, fmt.Sprintf("%q: the people named %s are of the other sex", e.Name, word)
	}
	if len(list) == 1 && len(candidates) == 1 {
		return list[0].c, fmt.Sprintf("surname %q: the only person of that name named in full", word)
	}
	// Posts or parties that only one candidate shares decide.
	for _, test := range []struct {
		what string
		hit  func(s scored) bool
	}{{"post", func(s scored) bool { return s.titles }}, {"party", func(s scored) bool { return s.partyHit }}} {
		n, pick := 0, -1
		for _, s := range list {
			if test.hit(s) {
				n++
				pick = s.c
			}
		}
		if n == 1 {
			return pick, fmt.Sprintf("surname %q: the only one of %d people of that name with the same %s", word, len(list), test.what)
		}
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].share > list[j].share })
	if list[0].share >= 0.8 {
		return list[0].c, fmt.Sprintf("surname %q: named in %.0f%% of the articles that name a %s in full", word, 100*list[0].share, capitalise(word))
	}
	return -1, fmt.Sprintf("surname %q: %d people of that name and nothing to choose between them", word, len(list))
}

// capitalise returns w with its first letter in upper case.
func capitalise(w string) string {
	if w == "" {
		return w
	}
	r := []rune(w)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}
