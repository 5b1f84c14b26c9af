package extract

import (
	"slices"
	"sort"
	"strings"

	"onrecord/text"
)

// resolvePronouns adds personal pronouns ("he", "her") as mentions of the person they
// most likely mean.
func (x *Extractor) resolvePronouns(d *Document) {
	x.pronouns(d)
	x.speakingIt(d)
	renumberMentions(d)
}

// speakingIt ties an "it" that says something ("It said", "it has warned") to the body
// it stands for: one named earlier in the sentence, or the subject of the nearest
// sentence before, in the paragraph or the one before, when that is a body and not a
// person ("Wimpey said the market was "challenging". "...," it added.").
func (x *Extractor) speakingIt(d *Document) {
	for k := range d.Tokens {
		if w := d.Tok(k); w != "it" && w != "It" || d.MentionAt(k) >= 0 {
			continue
		}
		j := k + 1
		passive := false
		for j < len(d.Tokens) && j-k <= 3 && d.lex[j]&lexCue == 0 && d.auxiliary(j) {
			switch strings.ToLower(d.Tok(j)) {
			case "is", "was", "were", "are", "be", "been", "being":
				passive = true // "it was denied": no one says it
			}
			j++ // "it has also warned"
		}
		if j >= len(d.Tokens) || d.lex[j]&lexCue == 0 || d.SentenceOf(j) != d.SentenceOf(k) || passive {
			continue
		}
		if e := bodyBefore(d, k); e >= 0 {
			x.addMention(d, e, k, k+1, PronounMention)
		}
	}
}

// bodyBefore returns the body an "it" at token k stands for (see speakingIt), or -1.
func bodyBefore(d *Document, k int) int {
	si := d.SentenceOf(k)
	para := d.Sentences[si].Para
	// body returns the first actor of tokens [from, to) if it is a body, -1 if it is a
	// person, and ok false if there is none.
	body := func(from, to int) (e int, ok bool) {
		e = firstActor(d, from, to, Person, Organization)
		if e < 0 {
			return -1, false
		}
		if d.Entities[e].Type != Organization {
			return -1, true
		}
		return e, true
	}
	if e, ok := body(d.Sentences[si].From, k); ok {
		return e
	}
	for s := si - 1; s >= 0 && si-s <= 3; s-- {
		if d.Sentences[s].Para < para-1 || d.Sentences[s].Headline {
			break
		}
		if e, ok := body(d.Sentences[s].From, d.Sentences[s].To); ok {
			return e
		}
	}
	return -1
}

// resolveNominals adds titles used as references ("the home secretary", "the party") as
// mentions of the entity they mean; it runs after roles, which tell who holds what.
func (x *Extractor) resolveNominals(d *Document) {
	x.nominals(d)
	renumberMentions(d)
}

// renumberMentions puts the mentions in text order and rebuilds what indexes them.
func renumberMentions(d *Document) {
	sort.SliceStable(d.Mentions, func(i, j int) bool { return d.Mentions[i].From < d.Mentions[j].From })
	// Renumber: entities list their mentions in text order, and mentionAt follows.
	for e := range d.Entities {
		d.Entities[e].Mentions = d.Entities[e].Mentions[:0]
	}
	clear(d.mentionAt)
	for mi, m := range d.Mentions {
		d.Entities[m.Entity].Mentions = append(d.Entities[m.Entity].Mentions, mi)
		for t := m.From; t < m.To; t++ {
			if d.mentionAt[t] == 0 {
				d.mentionAt[t] = int32(mi + 1)
			}
		}
	}
}

// nominals finds "the TITLE" phrases that refer to someone the article has given that
// post, and "the party" or "the council" for the last party or council named.
func (x *Extractor) nominals(d *Document) {
	force := -2 // the one police force the article names, found when first needed
	names := nameOrder(d)
	for _, s := range d.Sentences {
		for k := s.From; k < s.To; k++ {
			if barePolice(d, k) && !s.Headline {
				if force == -2 {
					force = policeForce(d)
				}
				if force >= 0 {
					x.addMention(d, force, k, k+1, NominalMention) // "Police are investigating", "contacted police"
				}
				continue
			}
			if possessiveMark(d.Tok(k)) {
				if e, end := bodyPostHolder(d, k, s.To); e >= 0 {
					x.addMention(d, e, k+1, end, NominalMention) // "the Conservatives' campaign director"
					k = end - 1
				}
				continue
			}
			if !strings.EqualFold(d.Tok(k), "the") {
				continue
			}
			named := d.MentionAt(k+1) >= 0
			if e, _ := bodyPersonAt(d, k); named && d.lex[k+1]&lexNationality == 0 && e < 0 {
				continue
			}
			if !named {
				if e, end := x.orgNominal(d, names, k); e >= 0 {
					x.addMention(d, e, k, end, NominalMention)
					k = end - 1
					continue
				}
			}
			if e, end := describedPerson(d, k); e >= 0 { // also "the Welsh winger", the tagger's "Welsh" a name
				x.addMention(d, e, k, end, NominalMention)
				k = end - 1
				continue
			}
			if named {
				continue
			}
			from, headEnd, end, ok := d.titleAfter(k, s.To)
			if !ok || from != k+1 && d.lex[from-1]&lexFormer == 0 {
				continue
			}
			if d.MentionAt(headEnd) >= 0 || d.MentionAt(end) >= 0 || end < s.To && d.Tok(end) == "," && d.MentionAt(end+1) >= 0 && d.Entities[d.mentionEntity(end+1)].Type == Person {
				continue // a title before a name, or an apposition: the roles stage read it
			}
			for from < headEnd-1 && timeOfPost(d.Tok(from)) {
				from++ // "the new Scotland manager" is the manager named before
			}
			title := d.Slice(d.TokenSpan(from, headEnd))
			qualified := false // "the prime minister", "the health secretary": words that make the post
			for j := from; j < headEnd-1; j++ {
				qualified = qualified || d.lex[j]&(lexTitleMod|lexTitleHead) != 0 && d.MentionAt(j) < 0
			}
			e := holderOf(d, title, k, qualified)
			if e < 0 && k == s.From && isLead(d, s) && !namesPerson(d, s) {
				// "The police commissioner accused of ...", opening the story: its main person,
				// unless a post of another rank is theirs ("the prime minister" is not the
				// deputy prime minister).
				e = topicPerson(d)
				for _, r := range d.Roles {
					if e >= 0 && r.Holder == e && strings.EqualFold(lastWord(r.TitleText), lastWord(title)) && !sameRank(r.TitleText, title) {
						e = -1
					}
				}
			}
			if e >= 0 {
				x.addMention(d, e, k, headEnd, NominalMention)
				k = headEnd - 1
			}
		}
	}
}

// bodyPostHolder reads a post of a body after the body's possessive at token k ("the
// Conservatives' campaign director", "Labour's general secretary") and returns who holds
// that post of that body in the article, with the post's end; or -1. A name after it
// ("..., Matt Carter,") is the roles stage's to read.
func bodyPostHolder(d *Document, k, to int) (int, int) {
	m := d.MentionAt(k - 1)
	if k == 0 || m < 0 || d.Entities[d.Mentions[m].Entity].Type != Organization {
		return -1, 0
	}
	from, headEnd, end, ok := d.titleAfter(k+1, to)
	if !ok || from != k+1 || d.MentionAt(headEnd) >= 0 || d.MentionAt(end) >= 0 || end < to && d.Tok(end) == "," && d.MentionAt(end+1) >= 0 {
		return -1, 0
	}
	e := holderOf(d, d.Slice(d.TokenSpan(from, headEnd)), k, true)
	body := d.Mentions[m].Entity
	for _, r := range d.Roles {
		if r.Holder == e && (r.Organization == body || r.Party == body) {
			return e, headEnd // the post is that body's: not another firm's chief executive
		}
	}
	return -1, 0
}

// describedPerson reads a phrase at token k ("the") that describes a person without
// naming a post, right beside a verb of saying ("said the 22-year-old", "the Irishman
// added", "said the giant winger"), and returns whom it describes: the first person
// named earlier in the sentence, else the subject of the nearest sentence before that
// names a person, in the paragraph or the one before; and the phrase's end. Else -1.
func describedPerson(d *Document, k int) (int, int) {
	si := d.SentenceOf(k)
	s := d.Sentences[si]
	head := k + 1
	body := -1 // the body whose person the phrase names: "Arsenal" of "the Arsenal boss"
	if e, h := bodyPersonAt(d, k); e >= 0 {
		body, head = e, h
	}
	for plain := 0; body < 0 && head+1 < s.To && head-k <= 2 && !describes(d.Tok(head)); head++ {
		// "the giant winger", "the Welsh winger", "the double Olympic champion", "the
		// French international defender", "the Tottenham striker": two words before the
		// head at most, one of them a plain word ("the heavy metal star" may be anyone's).
		switch {
		case d.lex[head]&lexNationality != 0 || isCapitalised(d.Tok(head)) && d.MentionAt(head) >= 0 && d.Entities[d.Mentions[d.MentionAt(head)].Entity].Type == Other,
			bodyQualifies(d, head):
		case d.isPlainWord(head) && plain == 0:
			plain++
		default:
			return -1, 0
		}
	}
	if head >= s.To || body < 0 && !describes(d.Tok(head)) {
		return -1, 0
	}
	if !(k > s.From && d.lex[k-1]&lexCue != 0 || head+1 < s.To && d.lex[head+1]&lexCue != 0) ||
		head+1 < s.To && (d.MentionAt(head+1) >= 0 || isCapitalised(d.Tok(head+1))) {
		return -1, 0 // "admitted the 28-year-old Morientes": the name follows
	}
	first := func(from, to int) int {
		e := firstActor(d, from, to, Person)
		if body < 0 || e < 0 {
			return e
		}
		for _, r := range d.Roles {
			if r.Holder == e && r.Organization >= 0 && r.Organization != body {
				return -1 // "Ferguson attacked Wenger. The Arsenal boss said": not the United manager
			}
		}
		return e
	}
	if e := first(s.From, k); e >= 0 {
		return e, head + 1
	}
	for p := si - 1; p >= 0 && si-p <= 4; p-- {
		if d.Sentences[p].Para < s.Para-1 || d.Sentences[p].Headline {
			break
		}
		if w := d.Tok(d.Sentences[p].From); w == "He" || w == "She" {
			continue // "He then beat Tom Bell": its subject is someone named before
		}
		if e := first(d.Sentences[p].From, d.Sentences[p].To); e >= 0 {
			return e, head + 1
		}
	}
	return -1, 0
}

// firstActor returns the entity of the first mention in tokens [from, to), names and
// nominals, of one of the types, that is not the object of a preposition nor inside
// quotation marks; or -1.
func firstActor(d *Document, from, to int, types ...EntityType) int {
	best, bestFrom := -1, to
	for _, m := range d.Mentions {
		if m.From < from || m.From >= bestFrom || m.Kind == PronounMention || !slices.Contains(types, d.Entities[m.Entity].Type) {
			continue
		}
		if !isObject(d, m) && !insideQuote(d, m.From) {
			best, bestFrom = m.Entity, m.From
		}
	}
	return best
}

// bodyQualifies reports whether token i is a one-word body's name that qualifies a word
// describing a person right after it: "Tottenham" of "the Tottenham striker".
func bodyQualifies(d *Document, i int) bool {
	m := d.MentionAt(i)
	if m < 0 || d.Mentions[m].To != i+1 || d.Entities[d.Mentions[m].Entity].Type != Organization || !isCapitalised(d.Tok(i)) {
		return false
	}
	return i+1 < len(d.Tokens) && (describes(d.Tok(i+1)) || clubPost(d.Tok(i+1)))
}

// bodyPersonAt reads, after "the" at token k, a body's name and a word for one of its
// people ("the Arsenal boss", "the Man Utd boss", "the Black Sabbath singer") and returns
// the body and the word's token; or -1.
func bodyPersonAt(d *Document, k int) (int, int) {
	m := d.MentionAt(k + 1)
	if m < 0 || d.Mentions[m].From != k+1 || d.Mentions[m].To >= len(d.Tokens) || !bodyQualifies(d, d.Mentions[m].To-1) {
		return -1, 0
	}
	return d.Mentions[m].Entity, d.Mentions[m].To
}

// clubPost reports whether w names the post of one who runs a club or firm, which the
// club's name before it makes a description of whoever the story is about when the
// article gives the post to no one ("the Arsenal boss", "the Chester chairman").
func clubPost(w string) bool {
	switch w {
	case "boss", "manager", "coach", "chairman":
		return true
	}
	return false
}

// describes reports whether w is a word that describes a person without naming a post
// of theirs: an age ("22-year-old"), a nationality ("Irishman", "Scot") or what someone
// does in sport or the arts ("winger", "singer").
func describes(w string) bool {
	if n := strings.Index(w, "-year-old"); n > 0 && n+len("-year-old") == len(w) {
		for _, c := range w[:n] {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	switch w {
	case "Irishman", "Scot", "Frenchman", "Welshman", "Englishman", "Dutchman", "Briton", "Spaniard", "Swede", "Dane",
		"Russian", "American", "Australian", "Belgian", "German", "Italian", "Brazilian", "Argentine", "Argentinian",
		"Frenchwoman", "Irishwoman", "Welshwoman", "Englishwoman", "Kenyan", "Ethiopian", "Jamaican", "Croat", "Serb", "Swiss":
		return true
	}
	switch w {
	case "player", "striker", "defender", "midfielder", "winger", "goalkeeper", "keeper", "forward", "full-back", "fly-half",
		"scrum-half", "centre", "prop", "hooker", "flanker", "batsman", "bowler", "sprinter", "athlete", "runner", "swimmer",
		"golfer", "jockey", "boxer", "youngster", "veteran", "teenager", "star", "actor", "actress", "singer", "rapper",
		"musician", "comedian", "novelist", "songwriter", "guitarist", "drummer", "frontman", "film-maker", "filmmaker",
		"seed", "title-holder", "finalist", "semi-finalist", "skipper", "all-rounder", "debutant", "newcomer",
		"champion", "medallist", "medalist", "runner-up":
		return true
	}
	return false
}

// namesPerson reports whether sentence s names a person.
func namesPerson(d *Document, s text.Sentence) bool {
	for k := s.From; k < s.To; k++ {
		if m := d.MentionAt(k); m >= 0 && d.Mentions[m].Kind == NameMention && d.Entities[d.Mentions[m].Entity].Type == Person {
			return true
		}
	}
	return false
}

// isLead reports whether s is the first sentence of the article's body.
func isLead(d *Document, s text.Sentence) bool {
	for _, t := range d.Sentences {
		if !t.Headline && t.Para == s.Para {
			return t.From == s.From && isBodyStart(d, t)
		}
	}
	return false
}

// isBodyStart reports whether sentence s ends with a stop, as body text does, rather than
// being a line of headline or byline.
func isBodyStart(d *Document, s text.Sentence) bool {
	w := d.Tok(s.To - 1)
	return w == "." || w == "!" || w == "?" || w == "\""
}

// orgNominal reads "the party", "the council", "the firm" and the like at token k ("the")
// and returns the organisation meant, the last one of that kind named before among the
// maxOrganizations names before it (names: the name mentions in text order), with the
// phrase's end.
func (x *Extractor) orgNominal(d *Document, names []int, k int) (int, int) {
	w := strings.ToLower(d.Tok(k + 1))
	if d.isHead(k+2) || d.isPlainWord(k+2) || d.isTitleWord(k+2) {
		return -1, 0 // "the police commissioner", "the party leader"
	}
	var want func(name string) bool
	last := false // only the last name of a body, place or thing before k will do
	switch w {
	case "party":
		want = func(name string) bool { return x.lex.party(name) >= 0 }
	case "council", "committee", "commission", "inquiry", "police", "force", "agency", "department":
		want = func(name string) bool { return strings.HasSuffix(strings.ToLower(name), w) }
	case "newspaper", "paper":
		want = publication
	case "firm", "company", "bank", "ministry", "union", "club", "charity", "airline", "broadcaster", "retailer", "carmaker", "organisation", "organization":
		// The body named last, outside quotation marks, when no place or other name came
		// after it, but a party or a place after a preposition.
		want = func(name string) bool { return x.lex.party(name) < 0 }
		last = true
	default:
		return -1, 0
	}
	i := sort.Search(len(names), func(i int) bool { return d.Mentions[names[i]].From >= k })
	for j := i - 1; j >= 0 && i-j <= maxOrganizations; j-- {
		m := d.Mentions[names[j]]
		if last && insideQuote(d, m.From) {
			continue
		}
		if e := d.Entities[m.Entity]; e.Type == Organization && want(d.Slice(e.Name)) {
			return m.Entity, k + 2
		} else if last && e.Type != Person && !(e.Type == Place && m.From > 0 && placePreposition(d.Tok(m.From-1))) {
			return -1, 0 // not "flights to Jeddah", "a presence in Egypt"
		}
	}
	return -1, 0
}

// nameOrder returns the indices of d's name mentions in text order.
func nameOrder(d *Document) []int {
	var names []int
	for mi, m := range d.Mentions {
		if m.Kind == NameMention {
			names = append(names, mi)
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return d.Mentions[names[i]].From < d.Mentions[names[j]].From })
	return names
}

// publication reports whether name is a newspaper's by its words: "Daily Telegraph",
// "Sunday Times", "The Washington Post", "Observer".
func publication(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 {
		return false
	}
	switch words[0] {
	case "Daily", "Sunday", "Weekly":
		return true
	}
	switch words[len(words)-1] {
	case "Times", "Post", "Telegraph", "Journal", "Guardian", "Herald", "Mail", "Express", "Mirror", "Observer",
		"Tribune", "Gazette", "Chronicle", "Newspaper", "newspaper", "Standard", "Independent":
		return true
	}
	return false
}

// holderOf returns the person whose post the title names, the one mentioned last before
// token k when several hold such posts, or -1. A title matches a post with the same
// wording and of the same rank (no "deputy" or "shadow" on one side only), or, when only
// one person holds such a post, one ending in the same word; a title qualified by words
// that make the post ("the prime minister") only one of the same wording, not a plainer
// one ("a minister").
func holderOf(d *Document, title string, k int, qualified bool) int {
	exact, byHead := -1, -1
	heads := 0
	head := lastWord(title)
	seen := map[int]bool{}
	for _, r := range d.Roles {
		plainer := qualified && len(r.TitleText) < len(title) // "minister" for "the prime minister"
		if sameTitle(r.TitleText, title) && sameRank(r.TitleText, title) && !plainer {
			if exact < 0 || lastMentionBefore(d, r.Holder, k) > lastMentionBefore(d, exact, k) {
				exact = r.Holder
			}
		}
		if strings.EqualFold(lastWord(r.TitleText), head) && !seen[r.Holder] && sameRank(r.TitleText, title) &&
			(!qualified || sameTitle(r.TitleText, title) && !plainer) { // "the minister" is any minister; "the prime minister" not the welfare minister
			seen[r.Holder] = true
			heads++
			byHead = r.Holder
		}
	}
	if exact >= 0 {
		return exact
	}
	if heads == 1 && strings.ToLower(head) != "leader" && strings.ToLower(head) != "mp" {
		return byHead
	}
	return -1
}

// sameRank reports whether two titles with the same head word name posts of one rank: not
// "deputy prime minister" and "prime minister", nor "shadow chancellor" and "chancellor".
func sameRank(a, b string) bool {
	for _, w := range []string{"deputy", "vice", "assistant", "shadow", "junior", "under", "acting", "former"} {
		if containsWord(a, w) != containsWord(b, w) {
			return false
		}
	}
	return true
}

// containsWord reports whether s holds the word w, in any case, as a word of its own or
// before a hyphen ("vice-president").
func containsWord(s, w string) bool {
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' }) {
		if f == w {
			return true
		}
	}
	return false
}

func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " -"); i >= 0 {
		s = s[i+1:]
	}
	// "Sen. Elizabeth Warren" is the senator.
	switch strings.ToLower(s) {
	case "sen.":
		return "senator"
	case "rep.":
		return "representative"
	case "gov.":
		return "governor"
	case "pres.":
		return "president"
	}
	return s
}

// lastMentionBefore returns the start of entity e's last mention before token k, or -1.
func lastMentionBefore(d *Document, e, k int) int {
	ms := d.Entities[e].Mentions // in text order
	i := sort.Search(len(ms), func(i int) bool { return d.Mentions[ms[i]].From >= k })
	if i == 0 {
		return -1
	}
	return d.Mentions[ms[i-1]].From
}

// addMention adds a mention of entity e over tokens [from, to).
func (x *Extractor) addMention(d *Document, e, from, to int, kind MentionKind) {
	d.Mentions = append(d.Mentions, Mention{Span: d.TokenSpan(from, to), From: from, To: to, Kind: kind, Entity: e})
	for t := from; t < to; t++ {
		if d.mentionAt[t] == 0 {
			d.mentionAt[t] = int32(len(d.Mentions))
		}
	}
}

// pronouns ties "he", "she", "his", "her" and the like to the person they most likely
// mean: a person named earlier in the same sentence, the first named in it (the subject)
// if several; else the subject of the nearest sentence before that names a person, within
// the paragraph or the one before, where a "he" or "she" that is a main clause's subject
// counts as the person it stands for. A pronoun's gender must not contradict the person's.
// The reporters a byline names are no one's antecedent.
func (x *Extractor) pronouns(d *Document) {
	var persons []int // mention indexes of people, in text order, names and nominals
	byline := bylineEnd(d)
	for mi, m := range d.Mentions {
		if d.Entities[m.Entity].Type == Person && m.From >= byline {
			persons = append(persons, mi)
		}
	}
	sort.Slice(persons, func(i, j int) bool { return d.Mentions[persons[i]].From < d.Mentions[persons[j]].From })
	for k := range d.Tokens {
		c := d.lex[k]
		if c&lexPronoun == 0 || c&lexPlural != 0 || c&(lexMale|lexFemale) == 0 || d.MentionAt(k) >= 0 {
			continue
		}
		if w := d.Tok(k); w == "It" || w == "it" || w == "its" {
			continue
		}
		gender := Male
		if c&lexFemale != 0 {
			gender = Female
		}
		exclude := -1
		if insideQuote(d, k) {
			// ""No one has met her yet," he said.": "her" is not whom "he" stands for, the
			// one who speaks.
			if p, g := speakerPronounAfter(d, k); p >= 0 && g != gender {
				exclude = resolvePronoun(d, persons, p, g, -1)
			}
		}
		if e := resolvePronoun(d, persons, k, gender, exclude); e >= 0 {
			if d.Entities[e].Gender == UnknownGender {
				d.Entities[e].Gender = gender
			}
			x.addMention(d, e, k, k+1, PronounMention)
			if mainSubject(d, k) {
				// A subject pronoun carries its person on: "However, he could not explain
				// why X mentioned it. "...," he said." is still about the first "he".
				i := sort.Search(len(persons), func(i int) bool { return d.Mentions[persons[i]].From > k })
				persons = slices.Insert(persons, i, len(d.Mentions)-1)
			}
		}
	}
}

// unnamedSpeaker reports whether sentence s reports the words of one it names by no name,
// a spokesman or an official ("..., the spokesman said.", "A spokeswoman said ..."): a
// "he" after it is most likely that one.
func unnamedSpeaker(d *Document, s text.Sentence) bool {
	for j := s.From + 1; j < s.To; j++ {
		if !speaksFor(d.Tok(j)) || d.MentionAt(j) >= 0 || insideQuote(d, j) {
			continue
		}
		if j+1 < s.To && d.lex[j+1]&lexCue != 0 || j >= s.From+2 && d.lex[j-1]&lexDeterminer != 0 && d.lex[j-2]&lexCue != 0 {
			return true
		}
	}
	return false
}

// speakerPronounAfter returns the "he" or "she" that says the quotation holding token k,
// right after it in the sentence (""...," he said"), and its gender; -1 if none.
func speakerPronounAfter(d *Document, k int) (int, Gender) {
	s := d.Sentences[d.SentenceOf(k)]
	for j := k + 1; j+1 < s.To; j++ {
		if !d.quoteMarkAt(j) {
			continue
		}
		p := j + 1
		if d.Tok(p) == "," {
			p++
		}
		if p+1 < s.To && d.lex[p+1]&lexCue != 0 && d.lex[p]&lexPronoun != 0 && d.lex[p]&lexPlural == 0 {
			switch {
			case d.lex[p]&lexMale != 0:
				return p, Male
			case d.lex[p]&lexFemale != 0:
				return p, Female
			}
		}
		return -1, UnknownGender
	}
	return -1, UnknownGender
}

// honorificOf returns the gender token k gives the name after it when it is an
// honorific of a man or a woman ("Mr", "Mrs", "Ms"), else UnknownGender.
func honorificOf(d *Document, k int) Gender {
	switch {
	case d.lex[k]&(lexHonorific|lexMale) == lexHonorific|lexMale:
		return Male
	case d.lex[k]&(lexHonorific|lexFemale) == lexHonorific|lexFemale:
		return Female
	}
	return UnknownGender
}

// mainSubject reports whether token k, a pronoun, is "he" or "she" as the subject of its
// sentence's main clause: not in a clause that opens the sentence ("Asked if he would
// ...,") nor right after a word that begins a clause of its own ("although she", "after
// he").
func mainSubject(d *Document, k int) bool {
	if !mainSubjectWord(d.Tok(k)) {
		return false
	}
	si := d.SentenceOf(k)
	s := d.Sentences[si]
	if inOpeningClause(d, si, k, s.To) && !strings.Contains(d.Text[d.Tokens[s.From].Start:d.Tokens[k].Start], ",") {
		return false
	}
	if k > s.From {
		switch w := strings.ToLower(d.Tok(k - 1)); w {
		case "until", "that", "where", "whereas":
			return false
		default:
			return !subordinator(w)
		}
	}
	return true
}

func resolvePronoun(d *Document, persons []int, k int, gender Gender, exclude int) int {
	si := d.SentenceOf(k)
	para := d.Sentences[si].Para
	ok := func(mi int) bool {
		g := d.Entities[d.Mentions[mi].Entity].Gender
		return (g == UnknownGender || g == gender) && d.Mentions[mi].Entity != exclude
	}
	// Same sentence, before the pronoun: the first such person, unless only an opening
	// clause names one ("Asked if Mr Blunkett could return, he replied"), or a later one
	// is the subject of the clause the pronoun's own clause hangs on ("Mr Peston said
	// Mr Blair had decided in 2003 he would quit").
	// from returns the place in persons of the first mention at token t or after.
	from := func(t int) int {
		return sort.Search(len(persons), func(i int) bool { return d.Mentions[persons[i]].From >= t })
	}
	first, speaker := -1, participleSpeaker(d, k)
	for _, mi := range persons[from(d.Sentences[si].From):] {
		m := d.Mentions[mi]
		if m.From >= k {
			break
		}
		if d.SentenceOf(m.From) == si && m.Kind != PronounMention && ok(mi) && !inOpeningClause(d, si, m.From, k) &&
			(!insideQuote(d, m.From) || sameQuotation(d, m.From, k)) && // a name quoted only for a pronoun in the same quotation: "for Dominik as he played"
			!introducesQuote(d, m, k) && m.Entity != speaker {
			if first < 0 {
				first = m.Entity
			} else if m.Entity != first && embeddingSubject(d, m, k) {
				return m.Entity
			}
		}
	}
	if first >= 0 {
		return first
	}
	// Earlier sentences: the first person of the nearest one that names one, unless one
	// nearer speaks through someone it does not name.
	for s := si - 1; s >= 0 && si-s <= 8; s-- {
		if d.Sentences[s].Para < para-3 || d.Sentences[s].Headline || unnamedSpeaker(d, d.Sentences[s]) {
			break
		}
		first, subject, known := -1, -1, -1
		for _, mi := range persons[from(d.Sentences[s].From):] {
			m := d.Mentions[mi]
			if m.From >= d.Sentences[s].To {
				break
			}
			if m.From >= d.Sentences[s].From && ok(mi) && !insideQuote(d, m.From) {
				if known < 0 && (honorificOf(d, m.From) == gender || m.From > 0 && honorificOf(d, m.From-1) == gender) {
					known = m.Entity // "Ms Blears", "Mr Hale": the sentence says it
				}
				if !isObject(d, m) && subject < 0 {
					subject = m.Entity // the subject, not "since Sir Alan's announcement"
				}
				if first < 0 {
					first = m.Entity
				}
			}
		}
		switch {
		case subject >= 0 && d.Entities[subject].Gender == UnknownGender && known >= 0:
			// "Massoud Shadjareh accused Ms Blears of ... "She is ..."": she whom the
			// sentence makes a woman, not the subject whom it does not say.
			return known
		case subject >= 0:
			return subject
		case first >= 0:
			return first
		}
	}
	return -1
}

// introducesQuote reports whether mention m, outside quotation marks, speaks the quotation
// that holds the pronoun at token k, by a verb of saying between them: in `Mr Clarke
// argued: "He has apologised"`, "He" is not Mr Clarke, who would say "I".
func introducesQuote(d *Document, m Mention, k int) bool {
	if !insideQuote(d, k) || insideQuote(d, m.From) {
		return false
	}
	for j := m.To; j < k; j++ {
		if d.quoteMarkAt(j) || d.MentionAt(j) >= 0 && d.Entities[d.mentionEntity(j)].Type == Person {
			return false // a quotation before, or someone nearer the verb: "Sotherton ..., and Kluft said: "I knew about her""
		}
		if d.lex[j]&lexCue != 0 {
			if sayingParticiple(d, j) {
				// `Davenport paid tribute to Williams, saying: "She's had ..."`: the
				// participle's subject is the sentence's, who is not the pronoun.
				return false
			}
			for j++; j < k && !d.quoteMarkAt(j); j++ {
			}
			return j < k && d.SentenceOf(j) == d.SentenceOf(k)
		}
	}
	return false
}

// participleSpeaker returns the subject of the sentence whose participle of saying after
// a comma opens the quotation holding token k (`Davenport paid tribute to Williams,
// saying: "She's had ..."`: Davenport), or -1.
func participleSpeaker(d *Document, k int) int {
	if !insideQuote(d, k) {
		return -1
	}
	s := d.Sentences[d.SentenceOf(k)]
	open := k - 1
	for open > s.From && !d.quoteMarkAt(open) {
		open--
	}
	for j := open - 1; j > s.From && open-j <= 3; j-- {
		if d.lex[j]&lexCue != 0 && sayingParticiple(d, j) {
			e, _ := firstSubject(d, s.From, j)
			return e
		}
	}
	return -1
}

// sayingParticiple reports whether token j, a verb of saying, is a participle after a
// comma, whose subject is its sentence's: "..., saying:", "..., adding".
func sayingParticiple(d *Document, j int) bool {
	return strings.HasSuffix(d.Tok(j), "ing") && d.Tok(j-1) == ","
}

// embeddingSubject reports whether mention m is the subject of a verb of thinking or
// saying whose clause the subject pronoun at token k opens: "Mr Blair had decided in 2003
// he would quit", "Brown believes that he", "the prime minister told Mr Brown he would".
// Words between are no names, but for whom one tells, and no stop.
func embeddingSubject(d *Document, m Mention, k int) bool {
	if !mainSubjectWord(d.Tok(k)) {
		return false
	}
	j := m.To
	for j < k && d.lex[j]&lexVerbLike != 0 && d.lex[j]&lexCue == 0 {
		j++ // "had", "has been"
	}
	if j >= k || !isLowerWord(d.Tok(j)) || d.lex[j]&lexCue == 0 && !thinkVerb(d.Tok(j)) {
		return false
	}
	if tellsSomeone(d.Tok(j)) {
		if m := d.MentionAt(j + 1); m >= 0 {
			j = d.Mentions[m].To - 1 // "the prime minister told Mr Brown he would stand down"
		}
	}
	for j++; j < k; j++ {
		if d.MentionAt(j) >= 0 || d.Tokens[j].Kind == text.Punct || d.lex[j]&lexCue != 0 {
			return false
		}
	}
	return true
}

// tellsSomeone reports whether w is a verb of saying that takes whom it is said to before
// what is said: "told Mr Brown he would", "assured them that".
func tellsSomeone(w string) bool {
	switch w {
	case "told", "tells", "tell", "assured", "assures", "warned", "warns", "promised", "promises", "reminded", "reminds", "informed", "informs":
		return true
	}
	return false
}

// thinkVerb reports whether w is a verb of deciding, knowing or feeling that takes a
// clause, which the verbs of saying do not list: "decided", "knew", "felt".
func thinkVerb(w string) bool {
	switch w {
	case "decided", "decides", "knew", "knows", "felt", "feels", "realised", "realized", "realises", "realizes",
		"expected", "expects", "hoped", "hopes", "accepted", "accepts", "understood", "understands", "learned", "learnt":
		return true
	}
	return false
}

// mainSubjectWord reports whether w is a pronoun that is a clause's subject.
func mainSubjectWord(w string) bool {
	switch strings.ToLower(w) {
	case "he", "she":
		return true
	}
	return false
}

// inOpeningClause reports whether token i lies in a subordinate clause that opens
// sentence si and ends with a comma before token k.
func inOpeningClause(d *Document, si, i, k int) bool {
	s := d.Sentences[si]
	switch strings.ToLower(d.Tok(s.From)) {
	case "asked", "if", "when", "while", "after", "although", "though", "as", "because", "since", "despite", "before", "following", "unless", "once", "until":
	default:
		return false
	}
	for t := i + 1; t < k; t++ {
		if d.Tok(t) == "," {
			return true
		}
	}
	return false
}

// sameQuotation reports whether tokens a and k, a before k, stand inside one quotation
// of a sentence.
func sameQuotation(d *Document, a, k int) bool {
	return insideQuote(d, a) && insideQuote(d, k) && doubleMarks(d, a, k) == 0
}

// insideQuote reports whether token k lies between quotation marks in its sentence: an
// odd number of double quotation marks before it.
func insideQuote(d *Document, k int) bool {
	return doubleMarks(d, d.Sentences[d.SentenceOf(k)].From, k)%2 == 1
}

// doubleMarks counts the double quotation marks among tokens [from, to).
func doubleMarks(d *Document, from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		switch d.Tok(i) {
		case "\"", "\u201c", "\u201d":
			n++
		}
	}
	return n
}

// placePreposition reports whether w, before a place's name, makes the place where
// something is or goes ("in Egypt", "flights to Jeddah"), not who acts.
func placePreposition(w string) bool {
	switch strings.ToLower(w) {
	case "in", "to", "from", "at", "across", "throughout", "into", "near", "outside", "inside", "around", "within":
		return true
	}
	return false
}

// timeOfPost reports whether w, before a title, says when its holder holds it rather than
// what the post is ("the new home secretary").
func timeOfPost(w string) bool {
	switch strings.ToLower(w) {
	case "new", "outgoing", "incoming", "current", "present":
		return true
	}
	return false
}

// barePolice reports whether token k is "police" standing alone for a force: no article
// before it, no name it is part of, and no noun after it ("police officers").
func barePolice(d *Document, k int) bool {
	if !strings.EqualFold(d.Tok(k), "police") || d.MentionAt(k) >= 0 {
		return false
	}
	if k > 0 && (d.lex[k-1]&(lexDeterminer|lexPossessive) != 0 || isCapitalised(d.Tok(k-1)) && d.lex[k-1]&(lexWeekday|lexMonth) == 0 && d.Sentences[d.SentenceOf(k)].From != k) {
		return false // "the police" is orgNominal's; "Thames Valley police", "his police"
	}
	return k+1 >= len(d.Tokens) || !d.isPlainWord(k+1) && !d.isHead(k+1)
}

// policeForce returns the one organisation named as a police force in the article
// ("South Wales Police", "Lancashire Constabulary"), or -1 if none or several are.
func policeForce(d *Document) int {
	force := -1
	for e, ent := range d.Entities {
		if ent.Type != Organization || !ent.Name.Valid() {
			continue
		}
		name := strings.ToLower(d.Slice(ent.Name))
		if !strings.HasSuffix(name, " police") && !strings.HasSuffix(name, " constabulary") && !strings.HasSuffix(name, " police service") {
			continue
		}
		if force >= 0 {
			return -1
		}
		force = e
	}
	return force
}
