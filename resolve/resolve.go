// Package resolve decides which entities of different articles are the same person,
// organisation or place: "Tony Blair", "Mr Blair" and "Blair" in hundreds of articles
// become one person, while "Gordon Brown" stays apart from "Nick Brown", and a "Mr Davies"
// is given to a Davies only when the evidence points to one.
package resolve

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

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

// Resolver groups entities into clusters in two passes: first every entity with a full
// name, then the people named by one name, who are given to a person of that surname when
// the evidence points to one, and the things named by one word, given to the body named
// in full that the articles using both names mean by it. It keeps only what it knows of
// each cluster, not the entities, so its memory grows with the number of distinct people
// and bodies, not with the corpus. The same entities in the same order give the same
// clusters.
type Resolver struct {
	parties   *names.Parties
	keyed     map[string]int
	clusters  []Cluster
	forms     []map[string]int // the names each cluster goes by, counted
	evidence  map[int]*clusterEvidence
	bySurname map[string][]int             // surname -> clusters of people named in full
	aliases   map[string]map[int]*aliasUse // key of a thing's other name -> clusters of things so named
	shorts    map[string]int               // surname -> entities that go by it alone, as CountShort counted them
}

// New returns a resolver with no clusters.
func New() *Resolver {
	return &Resolver{parties: names.NewParties(), keyed: map[string]int{}, evidence: map[int]*clusterEvidence{}, bySurname: map[string][]int{}, aliases: map[string]map[int]*aliasUse{}, shorts: map[string]int{}}
}

func (r *Resolver) cluster(typ, key string) int {
	c, ok := r.keyed[key]
	if !ok {
		r.clusters = append(r.clusters, Cluster{Type: typ})
		r.forms = append(r.forms, map[string]int{})
		c = len(r.clusters) - 1
		r.keyed[key] = c
	}
	return c
}

// count notes that entity e is part of cluster c.
func (r *Resolver) count(c int, e *Entity) {
	r.forms[c][e.Name]++
	r.clusters[c].Mentions += e.Mentions
	r.clusters[c].Articles++ // an article's mentions of one referent are one entity
}

// Named places an entity with a full name and returns its cluster and why; ok is false for
// one that IsShort, which waits for Short.
func (r *Resolver) Named(e *Entity) (c int, why string, ok bool) {
	if IsShort(e) {
		return -1, "", false
	}
	if e.Type != "person" {
		key, why := r.thingKey(e)
		c = r.cluster(e.Type, key)
		r.count(c, e)
		for _, a := range e.Aliases {
			if k := thingKey(e.Type, names.Norm(a, true)); k != key {
				if r.aliases[k] == nil {
					r.aliases[k] = map[int]*aliasUse{}
				}
				u := r.aliases[k][c]
				if u == nil {
					u = &aliasUse{}
					r.aliases[k][c] = u
				}
				u.articles++
				u.acronym = u.acronym || names.IsAcronym(a, e.Name)
			}
		}
		return c, why, true
	}
	p := parsePerson(e)
	w := p.words
	last := names.Surname(w)
	c = r.cluster("person", "person\x00"+w[0]+" "+last)
	r.count(c, e)
	ev := r.evidence[c]
	if ev == nil {
		ev = &clusterEvidence{first: w[0], titles: map[string]int{}, parties: map[string]int{}}
		r.evidence[c] = ev
		r.bySurname[last] = append(r.bySurname[last], c)
	}
	ev.add(e, p.gender, r.parties)
	return c, fmt.Sprintf("full name %q", e.Name), true
}

// initialled reports whether the person is named by initials and a surname ("P
// O'Connell", "J K Rowling"), as team sheets name players.
func (p person) initialled() bool {
	if len(p.words) < 2 {
		return false
	}
	for _, w := range p.words[:len(p.words)-1] {
		if utf8.RuneCountInString(w) != 1 {
			return false
		}
	}
	return true
}

// thingKey returns the cluster key of an organisation, place or other thing, and why: its
// name, or the party's full name for a name of a party.
func (r *Resolver) thingKey(e *Entity) (key, why string) {
	key, why = names.Norm(e.Name, true), fmt.Sprintf("name %q", e.Name)
	if full, ok := r.parties.Party(e.Name); ok && e.Type == "organization" {
		key, why = names.Norm(full, true), fmt.Sprintf("%q is a name of the %s", e.Name, full)
	} else if e.Type == "organization" {
		key = strings.TrimSuffix(key, " party")
	}
	return thingKey(e.Type, key), why
}

// thingKey returns the cluster key of a thing of type typ with normalised name key.
func thingKey(typ, key string) string { return typ + "\x00" + key }

// IsShort reports whether Named leaves e for Short: a person named by one name, or by
// initials and a surname, or anything else named by one word ("EU", "Commons"), which may
// be what other articles call a body named in full.
func IsShort(e *Entity) bool {
	w := strings.Fields(names.Norm(e.Name, true))
	if e.Type != "person" {
		return len(w) == 1
	}
	return len(w) < 2 || (person{words: w}).initialled()
}

// aliasUse is how the articles that name a thing in full use one other name for it.
type aliasUse struct {
	articles int  // articles that use it for the thing
	acronym  bool // it is the initials of the full name ("EU" of "European Union")
}

// minAliasArticles is how many articles must use a word that is not an acronym for a
// thing named in full before the word alone stands for it elsewhere: one article's "Nazi
// Germany ... Germany" does not make every Germany Nazi Germany, while "the Commons" in
// many articles on the House of Commons does.
const minAliasArticles = 5

// shortThing places an organisation, place or other thing named by one word: with the
// thing named in full in the articles that use the word for it, when at least four in
// five of those articles mean the same one and the word is its acronym ("EU" in articles
// that name the "European Union") or used so in at least minAliasArticles articles ("the
// Commons"); or else by its name, as Named would.
func (r *Resolver) shortThing(e *Entity) (int, string) {
	key, why := r.thingKey(e)
	uses := r.aliases[key]
	best, total := -1, 0
	for _, c := range sortedKeys(uses) {
		total += uses[c].articles
		if best < 0 || uses[c].articles > uses[best].articles {
			best = c
		}
	}
	if best >= 0 && 5*uses[best].articles >= 4*total && (uses[best].acronym || uses[best].articles >= minAliasArticles) {
		why = fmt.Sprintf("%q: so named in %d of the %d articles that use it for a thing named in full", e.Name, uses[best].articles, total)
		r.count(best, e)
		return best, why
	}
	c := r.cluster(e.Type, key)
	r.count(c, e)
	return c, why
}

// sortedKeys returns the keys of m in increasing order.
func sortedKeys(m map[int]*aliasUse) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}

// CountShort notes a person named by one name before the Short calls, so that a person
// named in full in one article is not given the same word used alone, with no honorific
// or post to tell, in many more: a headline's "Passion Oscar" is not the Oscar of twenty
// other articles, while "Lord Goldsmith" is the only Goldsmith named in full.
func (r *Resolver) CountShort(e *Entity) {
	if p := parsePerson(e); e.Type == "person" && len(p.words) == 1 {
		r.shorts[p.words[0]]++
	}
}

// Short places an entity that IsShort, after every Named call: a thing as shortThing
// does, a person named by one name, or by initials and a surname, among the people named
// in full with that surname. Initials narrow those to the ones whose first name they
// begin: "P O'Connell" may be Paul O'Connell, not Donncha O'Connell.
func (r *Resolver) Short(e *Entity) (int, string) {
	if e.Type != "person" {
		return r.shortThing(e)
	}
	p := parsePerson(e)
	if len(p.words) == 0 {
		c := r.cluster("person", "person\x00"+strings.ToLower(e.Name))
		r.count(c, e)
		return c, fmt.Sprintf("name %q", e.Name)
	}
	initialled := p.initialled()
	word, candidates, key := p.words[0], r.bySurname[p.words[0]], "person\x00surname "+p.words[0]
	if initialled {
		word, candidates, key = names.Surname(p.words), nil, "person\x00"+strings.Join(p.words, " ")
		for _, c := range r.bySurname[word] {
			if strings.HasPrefix(r.evidence[c].first, p.words[0]) {
				candidates = append(candidates, c)
			}
		}
	}
	c, why := choose(e, p, word, candidates, r.evidence, r.parties, r.shorts[word])
	if initialled {
		why = fmt.Sprintf("initial %q and %s", p.words[0], why)
	}
	if c < 0 {
		c = r.cluster("person", key)
	}
	r.count(c, e)
	return c, why
}

// Clusters returns the clusters, each named by the form most of its entities use.
func (r *Resolver) Clusters() []Cluster {
	out := append([]Cluster(nil), r.clusters...)
	for c := range out {
		out[c].Name = mostCommon(r.forms[c], out[c].Type == "person")
	}
	return out
}

// Result is the outcome of resolving a list: the clusters, the cluster of each entity,
// and why each entity joined its cluster.
type Result struct {
	Clusters []Cluster
	Of       []int
	Why      []string
}

// Resolve groups a list of entities into clusters, as a Resolver does.
func Resolve(ents []Entity) Result {
	r := New()
	res := Result{Of: make([]int, len(ents)), Why: make([]string, len(ents))}
	var short []int
	for i := range ents {
		c, why, ok := r.Named(&ents[i])
		if !ok {
			r.CountShort(&ents[i])
			short = append(short, i)
			continue
		}
		res.Of[i], res.Why[i] = c, why
	}
	for _, i := range short {
		res.Of[i], res.Why[i] = r.Short(&ents[i])
	}
	res.Clusters = r.Clusters()
	return res
}

// mostCommon returns the most frequent form, preferring names of two words or more ("United
// Nations" over "UN"), and, for people, of those the ones with a first name over those with
// initials ("Guy Easterby" over "G Easterby"); ties go to the longer, then the first in order.
func mostCommon(forms map[string]int, isPerson bool) string {
	keys := make([]string, 0, len(forms))
	for k := range forms {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	best, bestScore := "", 0
	for _, k := range keys {
		s := forms[k] * 4
		if w := strings.Fields(names.Norm(k, true)); len(w) > 1 {
			s += 1 << 20
			if isPerson && !(person{words: w}).initialled() {
				s += 1 << 21
			}
		}
		if best == "" || s > bestScore || s == bestScore && len(k) > len(best) {
			best, bestScore = k, s
		}
	}
	return best
}

// clusterEvidence is what the articles of a person named in full say of them.
type clusterEvidence struct {
	first           string // the first name, normalised
	titles, parties map[string]int
	articles        int // entities of it, one an article
	male, female    int
}

func (ev *clusterEvidence) add(e *Entity, gender byte, parties *names.Parties) {
	ev.articles++
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

// choose picks the cluster a person called by surname word belongs to among candidates,
// the clusters of people with that surname, or -1, with the reason either way; alone is
// how many entities go by the word alone.
func choose(e *Entity, p person, word string, candidates []int, evidence map[int]*clusterEvidence, parties *names.Parties, alone int) (int, string) {
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
		total += evidence[c].articles
	}
	var list []scored
	for _, c := range candidates {
		ev := evidence[c]
		if p.gender == 'm' && ev.female > ev.male || p.gender == 'f' && ev.male > ev.female {
			continue // "Mrs Brown" is not Gordon Brown
		}
		s := scored{c: c, share: float64(ev.articles) / float64(total)}
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
		if n := evidence[list[0].c].articles; 4*n < alone && p.gender == 0 && len(e.Titles) == 0 && !p.initialled() {
			return -1, fmt.Sprintf("surname %q: used alone %d times, but the only person of that name is named in full in %d articles", word, alone, n)
		}
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
		return list[0].c, fmt.Sprintf("surname %q: named in %.0f%% of the articles that name a %s in full", word, 100*list[0].share, names.Capitalise(word))
	}
	return -1, fmt.Sprintf("surname %q: %d people of that name and nothing to choose between them", word, len(list))
}
