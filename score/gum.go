package score

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"onrecord/record"
)

// GUMMention is one mention of an entity in a GUM article: its byte range in the article's
// text as GUMDoc rebuilds it, the entity it refers to (an id within the article), that
// entity's type ("person", "organization", "place", "event", ...) and its form: "name"
// (it holds a proper noun), "pronoun" (a personal pronoun alone) or "nominal".
type GUMMention struct {
	Start, End int
	Entity     string
	Type       string
	Form       string
	Proper     bool // it holds a proper noun of its own, in no smaller mention ("Pan-democrat Gary Fan of the Neo Democrats")
}

// GUMDoc is one article of the GUM corpus: its text, rebuilt from its CoNLL-U tokens
// (paragraphs apart by a blank line, the first one its headline), and its mentions.
type GUMDoc struct {
	Name     string
	Text     string
	Mentions []GUMMention
}

// GUMArticles returns the paths of the CoNLL-U files of a GUM folder: the dep/ folder in
// dir, or dir itself, in name order.
func GUMArticles(dir string) ([]string, error) {
	for _, d := range []string{filepath.Join(dir, "dep"), dir} {
		paths, err := filepath.Glob(filepath.Join(d, "*.conllu"))
		if err != nil {
			return nil, err
		}
		if len(paths) > 0 {
			sort.Strings(paths)
			return paths, nil
		}
	}
	return nil, fmt.Errorf("%s: no .conllu files in it or in its dep/ folder", dir)
}

// ReadGUMFile reads one GUM article from a CoNLL-U file with Entity annotations.
func ReadGUMFile(path string) (*GUMDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	d, err := ReadGUM(name, f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// gumToken is what the mentions' forms need to know of a token.
type gumToken struct {
	upos, feats, deprel string
	head                int // index of the token it depends on, -1 for the root
}

// gumOpen is a mention being read.
type gumOpen struct {
	entity, typ string
	from, to    int // its first and last tokens
	start, end  int // its bytes
}

// ReadGUM reads one GUM article in CoNLL-U from r, naming it name.
func ReadGUM(name string, r io.Reader) (*GUMDoc, error) {
	d := &GUMDoc{Name: name}
	var b strings.Builder
	var toks []gumToken
	var open, closed []*gumOpen
	sentStart := 0   // index of the first token of the sentence being read
	sep := ""        // what goes between the last token and the next
	para := false    // a paragraph begins at the next token
	mwtEnd := 0      // the last word of the multiword token being read
	mwtSpace := true // whether a space follows that token
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<22)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" {
			continue
		}
		if strings.HasPrefix(t, "#") {
			if t == "# newpar" || strings.HasPrefix(t, "# newpar ") {
				para = true
			}
			continue
		}
		cols := strings.Split(t, "\t")
		if len(cols) < 10 {
			return nil, fmt.Errorf("line %d: %d columns, want 10", line, len(cols))
		}
		if from, to, ok := strings.Cut(cols[0], "-"); ok {
			// A multiword token ("Trump's"): its words carry the text, without spaces.
			var a, z int
			if _, err := fmt.Sscanf(from+" "+to, "%d %d", &a, &z); err != nil {
				return nil, fmt.Errorf("line %d: bad token range %q", line, cols[0])
			}
			mwtEnd, mwtSpace = z, !strings.Contains(cols[9], "SpaceAfter=No")
			continue
		}
		if strings.Contains(cols[0], ".") {
			continue // an empty node
		}
		var id, head int
		if _, err := fmt.Sscanf(cols[0]+" "+cols[6], "%d %d", &id, &head); err != nil {
			return nil, fmt.Errorf("line %d: bad token id or head %q %q", line, cols[0], cols[6])
		}
		if id == 1 {
			sentStart = len(toks)
		}
		tk := gumToken{upos: cols[3], feats: cols[5], deprel: cols[7], head: -1}
		if head > 0 {
			tk.head = sentStart + head - 1
		}
		toks = append(toks, tk)
		if b.Len() > 0 {
			if para {
				b.WriteString("\n\n")
			} else {
				b.WriteString(sep)
			}
		}
		para = false
		start := b.Len()
		b.WriteString(cols[1])
		sep = " "
		switch {
		case id < mwtEnd:
			sep = ""
		case id == mwtEnd:
			if !mwtSpace {
				sep = ""
			}
			mwtEnd = 0
		}
		for _, kv := range strings.Split(cols[9], "|") {
			k, v, _ := strings.Cut(kv, "=")
			switch {
			case k == "SpaceAfter" && v == "No":
				sep = ""
			case k == "Entity":
				var err error
				open, closed, err = gumEntities(v, open, closed, len(toks)-1, start, b.Len())
				if err != nil {
					return nil, fmt.Errorf("line %d: %w", line, err)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(open) > 0 {
		return nil, fmt.Errorf("mention of entity %s never closed", open[0].entity)
	}
	d.Text = b.String()
	for _, o := range closed {
		m := GUMMention{Start: o.start, End: o.end, Entity: o.entity, Type: o.typ, Form: gumForm(toks, o.from, o.to)}
		for k := o.from; k <= o.to && !m.Proper; k++ {
			m.Proper = toks[k].upos == "PROPN" && !slices.ContainsFunc(closed, func(in *gumOpen) bool {
				return in != o && in.from >= o.from && in.to <= o.to && in.to-in.from < o.to-o.from && in.from <= k && k <= in.to
			})
		}
		d.Mentions = append(d.Mentions, m)
	}
	sort.SliceStable(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	return d, nil
}

// gumForm tells the form of a mention of tokens [from, to]: "pronoun" for a personal
// pronoun alone, "name" when its head (the token that depends on none inside it) is a
// proper noun in the singular with nothing joined to it by a conjunction ("Ben Chan and
// Leung Che-cheung" is a group), else "nominal".
func gumForm(toks []gumToken, from, to int) string {
	if from == to && toks[from].upos == "PRON" && strings.Contains(toks[from].feats, "PronType=Prs") {
		return "pronoun"
	}
	head := -1
	for k := from; k <= to; k++ {
		if h := toks[k].head; h < from || h > to {
			head = k
			break
		}
	}
	if head < 0 || toks[head].upos != "PROPN" || strings.Contains(toks[head].feats, "Number=Plur") {
		return "nominal"
	}
	for k := from; k <= to; k++ {
		if toks[k].head == head && toks[k].deprel == "conj" {
			return "nominal"
		}
	}
	return "name"
}

// gumEntities reads the Entity value v of token tok at bytes [start, end): "(" and an id
// open a mention, an id and ")" close one ("(7-person-new-...)" is a mention of one token).
func gumEntities(v string, open, closed []*gumOpen, tok, start, end int) ([]*gumOpen, []*gumOpen, error) {
	for i := 0; i < len(v); {
		if v[i] == '(' {
			j := i + 1
			for j < len(v) && v[j] != '(' && v[j] != ')' {
				j++
			}
			fields := strings.Split(v[i+1:j], "-")
			if len(fields) < 2 {
				return nil, nil, fmt.Errorf("bad mention %q", v[i:j])
			}
			o := &gumOpen{entity: fields[0], typ: fields[1], from: tok, start: start}
			if j < len(v) && v[j] == ')' {
				o.to, o.end = tok, end
				closed = append(closed, o)
				j++
			} else {
				open = append(open, o)
			}
			i = j
			continue
		}
		j := i
		for j < len(v) && v[j] != ')' && v[j] != '(' {
			j++
		}
		if j == len(v) || v[j] != ')' {
			return nil, nil, fmt.Errorf("bad entity annotation %q", v)
		}
		id := v[i:j]
		k := len(open) - 1
		for k >= 0 && open[k].entity != id {
			k--
		}
		if k < 0 {
			return nil, nil, fmt.Errorf("entity %s closed but not open", id)
		}
		o := open[k]
		open = append(open[:k], open[k+1:]...)
		o.to, o.end = tok, end
		closed = append(closed, o)
		i = j + 1
	}
	return open, closed, nil
}

// measured reports whether GUM's entity type t is one measured, a word the record uses
// too.
func measured(t string) bool { return t == "person" || t == "organization" || t == "place" }

// GUMScore holds the measures of records against GUM's entities: the name mentions of
// people, organisations and places, typed; which name mentions are grouped together into
// one entity, counted by pairs; and which pronouns are tied to the named entity they refer to.
type GUMScore struct {
	Articles int
	Missing  int
	Names    PRF // name mentions, span and type
	Links    PRF // pairs of found name mentions in one entity
	Pronouns PRF // pronouns tied to the right named person or organisation
	// Errors, if not nil, gets a line for each name missed or spurious and each pronoun
	// tied wrongly, or not at all.
	Errors io.Writer
}

// gumSysMention is a mention in a record: its byte range, its entity (an index into the
// record's entities) and the entity's type.
type gumSysMention struct {
	start, end int
	entity     int
	typ        string
}

// gumHolds reports whether GUM mention gm holds system mention sm and is of its type (GUM's
// mentions take in determiners, titles and modifiers: "US President Donald Trump").
func gumHolds(gm GUMMention, sm gumSysMention) bool {
	return gm.Type == sm.typ && sm.start >= gm.Start && sm.end <= gm.End && sm.end > sm.start
}

// AddArticle scores one article's record (nil if none) against its GUM mentions.
func (s *GUMScore) AddArticle(doc *GUMDoc, rec *record.Record) {
	s.Articles++
	if rec == nil {
		s.Missing++
		rec = &record.Record{}
	}
	var sysNames, sysPronouns []gumSysMention
	for k, e := range rec.Entities {
		for _, m := range e.Mentions {
			sm := gumSysMention{m.Start, m.End, k, e.Type}
			switch m.Kind {
			case "name":
				if measured(e.Type) {
					sysNames = append(sysNames, sm)
				}
			case "pronoun":
				sysPronouns = append(sysPronouns, sm)
			}
		}
	}
	goldNames, pairs := s.addNames(doc, sysNames)
	s.addLinks(goldNames, sysNames, pairs)
	s.addPronouns(doc, rec, sysNames, sysPronouns)
}

// addNames scores the name mentions of people, organisations and places, and returns
// GUM's and the pairs of indexes (GUM's, the record's) that match.
func (s *GUMScore) addNames(doc *GUMDoc, sysNames []gumSysMention) ([]GUMMention, [][2]int) {
	var goldNames []GUMMention
	for _, m := range doc.Mentions {
		if m.Form == "name" && measured(m.Type) {
			goldNames = append(goldNames, m)
		}
	}
	pairs := greedy(len(goldNames), len(sysNames), func(g, x int) float64 {
		gm, sm := goldNames[g], sysNames[x]
		if !gumHolds(gm, sm) {
			return 0
		}
		return float64(sm.end-sm.start) / float64(gm.End-gm.Start)
	})
	matched := map[int]bool{}
	for _, p := range pairs {
		matched[p[1]] = true
	}
	// A name left over inside a mention of its type that GUM heads by no proper noun
	// ("the State Department Spokesperson", "Ben Chan and Leung Che-cheung") counts
	// neither way.
	var spurious []int
	for x, sm := range sysNames {
		if matched[x] || slices.ContainsFunc(doc.Mentions, func(gm GUMMention) bool { return gm.Form != "name" && gumHolds(gm, sm) }) {
			continue
		}
		spurious = append(spurious, x)
	}
	s.Names.Add(len(pairs), len(spurious), len(goldNames)-len(pairs))
	if s.Errors != nil {
		mg := map[int]bool{}
		for _, p := range pairs {
			mg[p[0]] = true
		}
		for i, g := range goldNames {
			if !mg[i] {
				fmt.Fprintf(s.Errors, "%s\tmissed\t%s\t%q\n", doc.Name, g.Type, doc.Text[g.Start:g.End])
			}
		}
		for _, x := range spurious {
			fmt.Fprintf(s.Errors, "%s\tspurious\t%s\t%q\n", doc.Name, sysNames[x].typ, doc.Text[sysNames[x].start:sysNames[x].end])
		}
	}
	return goldNames, pairs
}

// addLinks scores, over the pairs of matched names, whether the record puts two in one
// entity where GUM does.
func (s *GUMScore) addLinks(goldNames []GUMMention, sysNames []gumSysMention, pairs [][2]int) {
	for i, p := range pairs {
		for _, q := range pairs[i+1:] {
			gold := goldNames[p[0]].Entity == goldNames[q[0]].Entity
			sys := sysNames[p[1]].entity == sysNames[q[1]].entity
			switch {
			case gold && sys:
				s.Links.TP++
			case sys:
				s.Links.FP++
			case gold:
				s.Links.FN++
			}
		}
	}
}

// addPronouns scores the personal pronouns that GUM ties to an entity some mention names
// with a proper noun: right when the record ties them to an entity whose names lie inside
// that entity's mentions.
func (s *GUMScore) addPronouns(doc *GUMDoc, rec *record.Record, sysNames, sysPronouns []gumSysMention) {
	// The GUM entities that a mention names, and the system entities found for each: those whose
	// names lie inside the entity's mentions, the innermost of the type that holds each
	// ("Gary Fan" is found for "Pan-democrat Gary Fan of the Neo Democrats").
	named := map[string]bool{}
	for _, gm := range doc.Mentions {
		if gm.Proper && measured(gm.Type) {
			named[gm.Entity] = true
		}
	}
	found := map[string]map[int]bool{}
	for _, sm := range sysNames {
		in := -1
		for g, gm := range doc.Mentions {
			if gumHolds(gm, sm) && (in < 0 || gm.End-gm.Start < doc.Mentions[in].End-doc.Mentions[in].Start) {
				in = g
			}
		}
		if in < 0 {
			continue
		}
		e := doc.Mentions[in].Entity
		if found[e] == nil {
			found[e] = map[int]bool{}
		}
		found[e][sm.entity] = true
	}
	at := map[[2]int]int{}
	for _, m := range sysPronouns {
		at[[2]int{m.start, m.end}] = m.entity
	}
	tied := map[[2]int]bool{}
	// pronounError reports a pronoun tied wrongly or not at all, with its sentence's start.
	pronounError := func(what string, start, end, k int) {
		if s.Errors == nil {
			return
		}
		to := "nothing"
		if k >= 0 {
			to = strconv.Quote(rec.Entities[k].Name)
		}
		from := max(0, strings.LastIndexAny(doc.Text[:start], ".\n")+1)
		fmt.Fprintf(s.Errors, "%s\t%s pronoun\t%q tied to %s\t%q\n", doc.Name, what, doc.Text[start:end], to, strings.TrimSpace(doc.Text[from:end]))
	}
	for _, m := range doc.Mentions {
		if m.Form != "pronoun" {
			continue
		}
		k, ok := at[[2]int{m.Start, m.End}]
		if ok {
			tied[[2]int{m.Start, m.End}] = true
		} else {
			k = -1
		}
		if !named[m.Entity] {
			if ok {
				s.Pronouns.FP++ // tied to a name where GUM's referent has none
				pronounError("spurious", m.Start, m.End, k)
			}
			continue
		}
		switch {
		case ok && found[m.Entity][k]:
			s.Pronouns.TP++
		case ok:
			s.Pronouns.FP++
			s.Pronouns.FN++
			pronounError("wrong", m.Start, m.End, k)
		default:
			s.Pronouns.FN++
			pronounError("missed", m.Start, m.End, k)
		}
	}
	for _, m := range sysPronouns {
		if !tied[[2]int{m.start, m.end}] {
			s.Pronouns.FP++ // a pronoun GUM ties to nothing (or not a mention of its own)
			pronounError("spurious", m.start, m.end, m.entity)
		}
	}
}

// Write prints the measures as a table.
func (s *GUMScore) Write(w io.Writer) {
	fmt.Fprintf(w, "%-22s %6s %6s %6s   (%d articles)\n", "", "P", "R", "F1", s.Articles)
	row(w, "names (span, type)", s.Names)
	row(w, "names grouped (pairs)", s.Links)
	row(w, "pronouns to the named", s.Pronouns)
	if s.Missing > 0 {
		fmt.Fprintf(w, "no system record for %d articles\n", s.Missing)
	}
}
