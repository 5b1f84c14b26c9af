package extract

import (
	"sort"
	"strings"

	"onrecord/names"
	"onrecord/text"
)

// groupEntities turns names into mentions grouped by the entity they name: "Shaun
// Wright", "Wright" and "Mr Wright" are one person; "Labour", "Labour Party" and "the
// Labour party" one organisation; "BNP" and "British National Party" too.
func (x *Extractor) groupEntities(d *Document) {
	names := d.Names
	// Each name's type is the one it is most often tagged with in the article.
	votes := map[string]*[4]int{}
	keys := make([]string, len(names))
	for i, n := range names {
		keys[i] = normName(d.Slice(d.TokenSpan(n.From+n.Title, n.To)))
		v := votes[keys[i]]
		if v == nil {
			v = new([4]int)
			votes[keys[i]] = v
		}
		w := 2
		if n.Title > 0 && n.Type == Person {
			w = 3 // an honorific is strong evidence of a person
		}
		v[n.Type] += w
	}
	for i := range names {
		v := votes[keys[i]]
		best := names[i].Type
		for t := range v {
			if v[t] > v[best] {
				best = EntityType(t)
			}
		}
		names[i].Type = best
	}
	retypeByHonorific(d, names, keys)
	retypeSurnames(d, names, keys)
	retypeDetermined(d, names, keys)
	retypeWorks(d, names, keys)
	retypePlural(d, names, keys)
	retypeBodies(d, names, keys)
	entityOf := make([]int, len(names))
	for i := range entityOf {
		entityOf[i] = -1
	}
	byKey := map[string]int{}
	newEntity := func(i int) int {
		d.Entities = append(d.Entities, Entity{Type: names[i].Type})
		e := len(d.Entities) - 1
		byKey[typedKey(names[i].Type, keys[i])] = e
		return e
	}
	// Full names first: a person's name of two words or more, any other name. firsts
	// holds the first name of each key, all that sameOrganization need compare.
	var firsts []int
	for i, n := range names {
		if keys[i] == "" {
			continue
		}
		if n.Type == Person && n.To-n.From-n.Title < 2 {
			continue
		}
		if e, ok := byKey[typedKey(n.Type, keys[i])]; ok {
			entityOf[i] = e
			continue
		}
		if e := x.sameOrganization(d, n, keys[i], names, keys, entityOf, firsts); e >= 0 {
			entityOf[i] = e
			byKey[typedKey(n.Type, keys[i])] = e
		} else {
			entityOf[i] = newEntity(i)
		}
		firsts = append(firsts, i)
	}
	// Then short names of people: a surname or first name of a full name.
	full := indexFullNames(names, keys, entityOf)
	for i, n := range names {
		if entityOf[i] >= 0 || keys[i] == "" {
			continue
		}
		if e, ok := byKey[typedKey(n.Type, keys[i])]; ok {
			entityOf[i] = e
			continue
		}
		if e := personBySurname(names, keys, entityOf, full, i); e >= 0 && !royallyTitled(d, n) {
			// Not "Prince Charles" for Charles Kennedy: a royal is known by one name.
			entityOf[i] = e
			continue
		}
		entityOf[i] = newEntity(i)
	}
	// Mentions in text order, and each entity's fullest name.
	d.mentionAt = make([]int32, len(d.Tokens))
	for i, n := range names {
		e := entityOf[i]
		if e < 0 {
			continue
		}
		from := n.From + n.Title
		for from > n.From && d.lex[from-1]&lexHonorific != 0 {
			from-- // the honorific is part of the mention
		}
		m := Mention{Span: d.TokenSpan(from, n.To), From: from, To: n.To, Kind: NameMention, Entity: e}
		if from > n.From {
			m.Title = d.TokenSpan(n.From, from) // a post before the name, not an honorific
		}
		d.Mentions = append(d.Mentions, m)
		mi := len(d.Mentions) - 1
		ent := &d.Entities[e]
		ent.Mentions = append(ent.Mentions, mi)
		for t := n.From; t < n.To; t++ {
			d.mentionAt[t] = int32(mi + 1)
		}
		name := d.TokenSpan(n.From+n.Title, n.To)
		if !ent.Name.Valid() || fuller(d, name, ent.Name) {
			ent.Name = name
		}
		if ent.Gender == UnknownGender {
			for t := n.From; t < n.From+n.Title || t < from+1 && t < n.To; t++ {
				if g := honorificOf(d, t); g != UnknownGender {
					ent.Gender = g
				}
			}
		}
		if ent.Gender == UnknownGender {
			ent.Gender = royalGender(d.Tok(n.From + n.Title - 1)) // "Prince William", "Queen Elizabeth"
		}
		if ent.Gender == UnknownGender && n.To-(n.From+n.Title) >= 2 {
			ent.Gender = x.lex.given[d.Tok(n.From+n.Title)] // "Margaret Thatcher"
		}
	}
	// A person the article names by a given name alone: "his wife Sarah".
	for e := range d.Entities {
		ent := &d.Entities[e]
		if ent.Type == Person && ent.Gender == UnknownGender && d.TokenAt(ent.Name.End-1) == d.TokenAt(ent.Name.Start) {
			ent.Gender = x.lex.given[d.Slice(ent.Name)]
		}
	}
}

// royallyTitled reports whether a royal or noble title stands right before the name
// proper of n ("Prince Charles", "King Hussein").
func royallyTitled(d *Document, n Name) bool {
	return royalGender(d.Tok(n.From+n.Title-1)) != UnknownGender
}

// royalGender returns the sex a royal or noble title before a name goes with ("Prince",
// "Duchess"), or UnknownGender.
func royalGender(w string) Gender {
	switch w {
	case "Prince", "King", "Duke", "Emperor", "Earl", "Archduke", "Sultan", "Sheikh":
		return Male
	case "Princess", "Queen", "Duchess", "Empress", "Countess", "Archduchess":
		return Female
	}
	return UnknownGender
}

// retypeByHonorific makes a person of a name tagged as something else when the article
// calls someone by its last word with an honorific: "Sunita Rao", tagged an organisation,
// is a person if the article also says "Ms Rao".
func retypeByHonorific(d *Document, names []Name, keys []string) {
	surnames := map[string]bool{}
	for i, n := range names {
		if n.Type == Person && n.Title > 0 && !strings.Contains(keys[i], " ") && d.lex[n.From]&lexHonorific != 0 {
			surnames[keys[i]] = true
		}
	}
	if len(surnames) == 0 {
		return
	}
	for i := range names {
		n := &names[i]
		words := strings.Fields(keys[i])
		if n.Type == Person || len(words) < 2 || len(words) > 3 || !surnames[surname(keys[i])] {
			continue
		}
		ok := true
		for t := n.From + n.Title; t < n.To; t++ {
			if d.lex[t]&(lexOrgHead|lexTitleHead|lexTitleMod|lexStop|lexNationality) != 0 || !isCapitalised(d.Tok(t)) {
				ok = false
			}
		}
		if ok && d.lexicon.party(d.Slice(d.TokenSpan(n.From, n.To))) < 0 {
			n.Type = Person
		}
	}
}

// retypeSurnames makes a person of a one-word name tagged as something else when it is the
// last word of a person's full name in the article and stands where a place seldom does:
// "Paris" after "Valeska Paris" ("Paris claims she ..."), "Warhol's" after "Andy Warhol".
// The word keeps its type where the text used it alone before the full name (outside a
// headline, which names people by surname first): "Ford, the US car company" before
// "chairman Bill Ford". It keeps it after a preposition ("flew to Paris"), but for a
// possessive ("interest in Warhol's work"). A full name that opens a sentence with a word
// that opens sentences ("Often Pipex") or ends "of" and a place ("Musharraf of Pakistan")
// gives no surname.
func retypeSurnames(d *Document, names []Name, keys []string) {
	first := map[string]int{} // each surname's first full name, by its first token
	for i, n := range names {
		from := n.From + n.Title
		if n.Type != Person || n.To-from < 2 {
			continue
		}
		if d.Sentences[d.SentenceOf(from)].From == from && (isOpeningAdverb(d.Tok(from)) || d.lex[from] != 0) {
			continue
		}
		if d.Tok(n.To-2) == "of" {
			continue // "Baroness Royall of Blaisdon": the last word is a place
		}
		if n.From > 0 && isBodyNoun(d.Tok(n.From-1)) {
			continue // "housebuilder George Wimpey": a firm named for a person
		}
		w := surname(keys[i])
		if _, ok := first[w]; !ok {
			first[w] = from
		}
	}
	for i, n := range names {
		// A word used alone first, not as a person, is not a surname here.
		if f, ok := first[keys[i]]; ok && n.To-n.From-n.Title == 1 && n.Type != Person && n.From < f && !d.Sentences[d.SentenceOf(n.From)].Headline {
			delete(first, keys[i])
		}
	}
	for i := range names {
		n := &names[i]
		t := n.From + n.Title
		if _, ok := first[keys[i]]; !ok || n.Type == Person || n.To-t != 1 {
			continue
		}
		if d.lex[t]&(lexOrgHead|lexGenericOrg|lexTitleHead|lexTitleMod|lexNationality|lexStop) != 0 {
			continue
		}
		if t > 0 && d.lex[t-1]&(lexStop|lexDeterminer) != 0 && !possessiveS(d.Tok(t+1)) {
			continue // "flew to Paris"; but "an interest in Warhol's work"
		}
		n.Type = Person
	}
}

// retypeDetermined makes a thing of a one-word name tagged as a person that the article
// uses as a noun with a determiner: "losing the Oscar in that category", "his Oscar for Ray",
// "The Observer:". People are named without one; where "the" or "his" goes with a
// person's name, the name qualifies the noun after it ("the Blair government", "the
// Tomlinson report"), which this leaves alone, as it leaves a word of a person's full name in
// the article, or one that follows an honorific.
func retypeDetermined(d *Document, names []Name, keys []string) {
	var things map[string]EntityType
	for i, n := range names {
		t := n.From + n.Title
		if n.Type != Person || n.Title > 0 || n.To-t != 1 {
			continue
		}
		if t == 0 || !determinesNoun(d.Tok(t-1)) {
			continue // "his wife Sheila": a noun between makes it a name again
		}
		if n.To < len(d.Tokens) && d.Tokens[n.To].Kind != text.Punct && d.lex[n.To]&lexStop == 0 && !possessiveS(d.Tok(n.To)) {
			continue // "the Blair government"
		}
		if things == nil {
			things = map[string]EntityType{}
		}
		things[keys[i]] = Other
	}
	retypeSpared(things, names, keys, true) // "Mr Oscar", "Oscar Wilde", "the Stefan's murder" after "Stefan Pakeerah"
}

// retypePlural makes a body of a one-word name tagged as a person that takes a plural
// verb on its own, as British English writes of teams and firms ("Chelsea have sacked
// their coach", "Jarvis were"), not a word or two after "and" or a comma ("Blair and
// Brown have", "she and sister Venus are") nor in a question ("did Smith have"), not a
// given name, and not a word of a person's full name in the article or one after an
// honorific.
func retypePlural(d *Document, names []Name, keys []string) {
	var bodies map[string]EntityType
	for i, n := range names {
		t := n.From + n.Title
		if n.Type != Person || n.Title > 0 || n.To-t != 1 || n.To >= len(d.Tokens) {
			continue
		}
		switch strings.ToLower(d.Tok(n.To)) {
		case "have", "are", "were", "'ve", "'re":
		default:
			continue
		}
		if d.lexicon.given[d.Tok(t)] != UnknownGender {
			continue // "she and sister Venus are"
		}
		joined := false
		for k := t - 1; k >= 0 && k >= t-2; k-- {
			switch strings.ToLower(d.Tok(k)) {
			case "and", "&", ",", "or", "nor", "did", "do", "does", "will", "would", "could", "should", "can", "may", "might", "must", "where", "why", "how", "what", "when":
				joined = true
			}
		}
		if joined {
			continue
		}
		if bodies == nil {
			bodies = map[string]EntityType{}
		}
		bodies[keys[i]] = Organization
	}
	retypeSpared(bodies, names, keys, true)
}

// retypeBodies makes a body of a name tagged as a person, place or thing that the article
// writes of as only a firm or organisation is written of, in the same sentence and not in
// a headline: after a noun for a kind of firm ("consultancy Deloitte", "Italian bank
// Mediobanca"), as the owner of a firm's officers or shares ("Deloitte's chief
// economist", "Fiat's shares"), as the employer of analysts ("an analyst at Numis"), in
// "shares in Diageo" and before an apposition that says what kind of firm it is
// ("Diageo, the world's biggest spirits company,"). A person's name of more than one
// word, a nationality and a word of a person's full name in the article stay as they
// are, as does a place but after a noun for a firm ("shares in London rose"); so does a
// person after a noun that is someone's trade as well ("publisher Jason Lee",
// "broadcaster Fletcher").
func retypeBodies(d *Document, names []Name, keys []string) {
	var bodies map[string]EntityType
	for i, n := range names {
		t := n.From + n.Title
		if n.Type == Organization || n.Title > 0 || d.lex[t]&lexNationality != 0 || d.Sentences[d.SentenceOf(t)].Headline {
			continue
		}
		if n.Type == Person && n.To-t > 1 || !bodyContext(d, t, n.To, n.Type) {
			continue
		}
		if bodies == nil {
			bodies = map[string]EntityType{}
		}
		bodies[keys[i]] = Organization
	}
	spare(bodies, names, keys, true) // whatever the tagger made of the name: not only people
	for i := range names {
		if t, ok := bodies[keys[i]]; ok {
			names[i].Type = t
		}
	}
}

// bodyContext reports whether a name of type typ at tokens [from, to) stands where only
// a firm or organisation does (see retypeBodies).
func bodyContext(d *Document, from, to int, typ EntityType) bool {
	s := d.Sentences[d.SentenceOf(from)]
	before := func(k int) string {
		if from-k < s.From {
			return ""
		}
		return d.Tok(from - k)
	}
	if strings.HasSuffix(d.Tok(to-1), "-based") {
		return false // "shares in Ireland-based Elan"
	}
	if w := before(1); isFirmNoun(w) { // not "Group E"
		return typ != Person || !isTrade(w)
	}
	if typ == Place {
		return false
	}
	if before(1) == "in" && strings.EqualFold(before(2), "shares") || before(1) == "at" && isAnalystNoun(strings.ToLower(before(2))) {
		return true
	}
	if bodyApposition(d, to, s.To) {
		return true
	}
	if to+1 < s.To && possessiveS(d.Tok(to)) {
		switch strings.ToLower(d.Tok(to + 1)) {
		case "shares", "shareholders", "profits", "profit", "revenues", "revenue", "turnover", "chairman", "chairwoman",
			"subsidiary", "subsidiaries", "workforce":
			return true
		case "chief":
			return to+2 < s.To && (strings.EqualFold(d.Tok(to+2), "executive") || strings.EqualFold(d.Tok(to+2), "economist"))
		}
	}
	return false
}

// bodyApposition reports whether an apposition that says what a kind of firm the name is
// follows the name ending at token to: ", the world's biggest spirits company,", ", a
// US bank.". A post before the noun makes it someone's ("the head of the company").
func bodyApposition(d *Document, to, sentEnd int) bool {
	if to+2 >= sentEnd || d.Tok(to) != "," {
		return false
	}
	switch strings.ToLower(d.Tok(to + 1)) {
	case "the", "a", "an":
	default:
		return false
	}
	for k := to + 2; k < sentEnd && k-to <= 8; k++ {
		w := d.Tok(k)
		if isFirmNoun(w) {
			return k+1 >= sentEnd || d.Tok(k+1) == "," || d.Tok(k+1) == "." || d.Tok(k+1) == "that" || d.Tok(k+1) == "which"
		}
		if d.isHead(k) || d.Tok(k) == "," || d.quoteMarkAt(k) {
			return false
		}
	}
	return false
}

// isTrade reports whether w, a noun for a kind of firm, is someone's trade as well ("the
// publisher", "film maker").
func isTrade(w string) bool {
	switch w {
	case "publisher", "broadcaster", "maker", "builder", "housebuilder", "brewer", "label", "studio", "distributor", "operator", "bookmaker":
		return true
	}
	return false
}

// isFirmNoun reports whether w is a noun for a kind of firm, body or band: those isBodyNoun
// lists and more that seldom stand before a person's name.
func isFirmNoun(w string) bool {
	switch w {
	case "consultancy", "conglomerate", "manufacturer", "distributor", "wholesaler", "operator", "giant", "band",
		"multinational", "bookmaker", "watchdog", "regulator":
		return true
	}
	return isBodyNoun(w)
}

// isAnalystNoun reports whether w names someone who works at a firm and is named by it
// ("an analyst at Numis").
func isAnalystNoun(w string) bool {
	switch w {
	case "analyst", "analysts", "economist", "economists", "strategist", "strategists", "dealer", "dealers", "trader", "traders":
		return true
	}
	return false
}

// retypeWorks makes a work of a name tagged as a person that the article names right after
// a noun for a kind of work ("the comedy Sideways", "period drama Vera Drake"), and a body
// of one after "band" ("Scottish-based band Snow Patrol"), unless it is a word of a
// person's full name in the article ("the biopic Ray" beside "Ray Charles").
func retypeWorks(d *Document, names []Name, keys []string) {
	var works map[string]EntityType
	for i, n := range names {
		if n.Type != Person || n.Title > 0 || n.From == 0 || d.Sentences[d.SentenceOf(n.From)].Headline || d.SentenceOf(n.From-1) != d.SentenceOf(n.From) {
			continue
		}
		t := workKind(d.Tok(n.From - 1))
		if t == Person {
			continue
		}
		if works == nil {
			works = map[string]EntityType{}
		}
		works[keys[i]] = t
	}
	retypeSpared(works, names, keys, false)
}

// retypeSpared gives each name tagged as a person whose key m holds the type m gives it,
// save the keys that are words of a person's full name in the article, and, if titled,
// the one-word names that follow a title or honorific ("Mr Oscar"): those are people,
// whatever else the article does with the word.
func retypeSpared(m map[string]EntityType, names []Name, keys []string, titled bool) {
	spare(m, names, keys, titled)
	for i := range names {
		if t, ok := m[keys[i]]; ok && names[i].Type == Person {
			names[i].Type = t
		}
	}
}

// spare deletes from m the keys that are words of a person's full name in the article,
// and, if titled, those of the one-word names that follow a title or honorific.
func spare(m map[string]EntityType, names []Name, keys []string, titled bool) {
	if len(m) == 0 {
		return
	}
	for i, n := range names {
		if n.Type == Person && (titled && n.Title > 0 || n.To-n.From-n.Title > 1) {
			for _, w := range strings.Fields(keys[i]) {
				delete(m, w)
			}
		}
	}
}

// workKind returns the type of what a noun before a name says it is: Other for a kind of
// work ("comedy", "album"), Organization for "band", and Person, meaning no such noun,
// for any other word. Words that are verbs as often ("play", "show", "hit") are left out.
func workKind(w string) EntityType {
	switch w {
	case "comedy", "drama", "thriller", "musical", "epic", "biopic", "novel", "album", "single", "sitcom",
		"documentary", "movie", "film", "opera", "blockbuster", "cartoon", "soap":
		return Other
	case "band":
		return Organization
	}
	return Person
}

// determinesNoun reports whether w, before a word, makes a noun phrase of it: an article
// or a possessive ("the", "an", "his", "their"). "A" is left out, for it is as often an
// initial ("A Craig (Glasgow)"), and "that" and "her", which as often end a clause or
// stand for a person ("said that Brown had", "told her Brown had").
func determinesNoun(w string) bool {
	switch w {
	case "the", "The", "a", "an", "An", "this", "This", "these", "those", "another", "every", "each",
		"his", "His", "its", "their", "my", "our", "your":
		return true
	}
	return false
}

// surname returns the surname of a person's normalised name key.
func surname(key string) string { return names.Surname(strings.Fields(key)) }

// typedKey keys a normalised name by its type.
func typedKey(t EntityType, key string) string { return string(rune('0'+t)) + key }

// fuller reports whether name a is a fuller name than b: more words, or as many and longer.
func fuller(d *Document, a, b Span) bool {
	wa, wb := strings.Count(d.Slice(a), " "), strings.Count(d.Slice(b), " ")
	if wa != wb {
		return wa > wb
	}
	return false
}

// fullNames indexes the people's names of more than one word by their last word (ends) and
// their first word (starts), each list in text order.
type fullNames struct {
	ends, starts map[string][]int
}

func indexFullNames(names []Name, keys []string, entityOf []int) fullNames {
	ix := fullNames{ends: map[string][]int{}, starts: map[string][]int{}}
	for j, n := range names {
		if entityOf[j] < 0 || n.Type != Person || !strings.Contains(keys[j], " ") {
			continue
		}
		first, last := keys[j][:strings.IndexByte(keys[j], ' ')], surname(keys[j])
		ix.ends[last] = append(ix.ends[last], j)
		ix.starts[first] = append(ix.starts[first], j)
	}
	return ix
}

// personBySurname finds the person whose full name ends (or, failing that, starts) with the
// one-word name i, the nearest such mention before it, else the first after it.
func personBySurname(names []Name, keys []string, entityOf []int, ix fullNames, i int) int {
	if names[i].Type != Person || strings.Contains(keys[i], " ") {
		return -1
	}
	for _, list := range [2][]int{ix.ends[keys[i]], ix.starts[keys[i]]} {
		if len(list) == 0 {
			continue
		}
		// The last full name starting before name i, else the first after it.
		k := sort.Search(len(list), func(k int) bool { return names[list[k]].From >= names[i].From })
		if k > 0 {
			return entityOf[list[k-1]]
		}
		return entityOf[list[0]]
	}
	return -1
}

// maxOrganizations is the most earlier bodies and places a name is compared with when
// sameOrganization looks for another name of it; news articles name far fewer.
const maxOrganizations = 400

// sameOrganization finds an earlier organisation or place that name n, keyed key, is
// another name of: the same party, an acronym of it ("BNP"), its words shortened ("Lib
// Dems"), its last word alone ("the Commons" for "House of Commons"), or its head word
// alone ("the Bank" for "Bank of England").
func (x *Extractor) sameOrganization(d *Document, n Name, key string, all []Name, keys []string, entityOf []int, firsts []int) int {
	if n.Type != Organization && n.Type != Place {
		return -1
	}
	party := x.lex.party(key)
	if len(firsts) > maxOrganizations {
		firsts = firsts[len(firsts)-maxOrganizations:] // a text of thousands of names: the nearer ones only, so grouping stays linear
	}
	for _, j := range firsts {
		if entityOf[j] < 0 || all[j].Type != n.Type || keys[j] == key {
			continue
		}
		if party >= 0 && x.lex.party(keys[j]) == party {
			return entityOf[j]
		}
		if x.lex.party(keys[j]) >= 0 && party >= 0 {
			continue // different parties
		}
		if names.IsAcronym(d.Slice(d.TokenSpan(n.From+n.Title, n.To)), d.Slice(d.TokenSpan(all[j].From+all[j].Title, all[j].To))) ||
			names.IsAcronym(d.Slice(d.TokenSpan(all[j].From+all[j].Title, all[j].To)), d.Slice(d.TokenSpan(n.From+n.Title, n.To))) ||
			isShortening(key, keys[j]) || isShortening(keys[j], key) ||
			isLastWordOf(key, keys[j], x.lex) && !partOfName(d, all[j], keys[j], n.Type) ||
			isLastWordOf(keys[j], key, x.lex) && !partOfName(d, n, key, n.Type) ||
			isHeadWordOf(key, keys[j], x.lex) || isHeadWordOf(keys[j], key, x.lex) ||
			x.lex.inst.same(key, keys[j]) {
			return entityOf[j]
		}
	}
	return -1
}

// isShortening reports whether each word of short begins the matching word of long, as
// "lib dems" does "liberal democrats", with at least one shortened.
func isShortening(short, long string) bool {
	sw, lw := strings.Fields(short), strings.Fields(long)
	if len(sw) != len(lw) || len(sw) < 2 {
		return false
	}
	shorter := false
	for i := range sw {
		if !strings.HasPrefix(lw[i], strings.TrimSuffix(sw[i], "s")) {
			return false
		}
		if len(sw[i]) < len(lw[i]) {
			shorter = true
		}
	}
	return shorter
}

// isLastWordOf reports whether short is the last word of the longer name long, a word
// distinctive enough to stand for it: "commons" for "house of commons".
func isLastWordOf(short, long string, l *lexicon) bool {
	if strings.Contains(short, " ") || !strings.HasSuffix(long, " "+short) {
		return false
	}
	return l.class(short)&(lexOrgHead|lexGenericOrg|lexTitleHead|lexTitleMod) == 0
}

// partOfName reports whether the last word of the longer name long, keyed key, of type
// typ, names something else than long does: a place a region is part of ("South
// Australia"), or the place a broadcaster's station serves ("BBC Newcastle", "BBC Radio
// Leicester").
func partOfName(d *Document, long Name, key string, typ EntityType) bool {
	return typ == Place && isRegionOf(key) || isBodyAcronym(d.Tok(long.From+long.Title))
}

// isBodyNoun reports whether w is a common noun for a kind of firm or body, which names
// before them describe: "housebuilder George Wimpey", "carmaker Ford".
func isBodyNoun(w string) bool {
	switch w {
	case "firm", "company", "group", "housebuilder", "builder", "retailer", "carmaker", "airline", "bank",
		"lender", "insurer", "brewer", "chain", "supermarket", "publisher", "label", "studio", "broadcaster", "maker":
		return true
	}
	return false
}

// isRegionOf reports whether the place name key opens with a word that makes it a part
// of the place its last word names, another place: "south australia", "north america".
func isRegionOf(key string) bool {
	first, _, ok := strings.Cut(key, " ")
	if !ok {
		return false
	}
	switch first {
	case "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower":
		return true
	}
	return false
}

// isHeadWordOf reports whether short is the word for a body that heads the name long
// before "of": "bank" of "bank of england", "church" of "church of scientology".
func isHeadWordOf(short, long string, l *lexicon) bool {
	if strings.Contains(short, " ") || !strings.HasPrefix(long, short+" of ") {
		return false
	}
	return short == "church" || l.class(names.Capitalise(short))&lexOrgHead != 0
}
