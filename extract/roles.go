package extract

import (
	"strings"
)

// findRoles finds the posts people hold or held: titles before names ("Labour MP John
// Mann"), appositions ("Jack Dromey, the shadow policing minister," and "the shadow
// policing minister, Jack Dromey,"), relative clauses ("Wright, who was head of children's
// services from 2005 to 2010"), "as" phrases ("quit as home secretary") and party
// membership ("resigned from the Labour party").
func (x *Extractor) findRoles(d *Document) {
	for mi := range d.Mentions {
		m := d.Mentions[mi]
		if m.Kind != NameMention || d.Entities[m.Entity].Type != Person {
			continue
		}
		si := d.SentenceOf(m.From)
		s := d.Sentences[si]
		if s.Headline {
			continue
		}
		// An honorific that is also a post: "Professor Alexis Jay".
		if d.lex[m.From]&lexHonorific != 0 && d.isHead(m.From) && m.To-m.From >= 2 {
			x.addRole(d, m.Entity, m.From, m.From+1, m.From+1, m.Span, Current, m.From)
		}
		// Title before the name, inside the tagged span or just before it.
		titleEnd := m.From
		for titleEnd > s.From && d.lex[titleEnd-1]&lexHonorific != 0 && !d.isHead(titleEnd-1) {
			titleEnd-- // "Labour MP Mr X" is rare; "Sir" and "Mr" are no posts
		}
		if titleEnd == m.From && m.Title.Valid() {
			titleEnd = d.TokenAt(m.Title.End)
		}
		if from := d.titleBefore(s.From, titleEnd); from < titleEnd {
			if m.Title.Valid() {
				// A title the tagger ran into the name reads back from its own start, not
				// from the name's: "of Solicitor General Harriet Harman".
				if t := d.TokenAt(m.Title.Start); t < from && titleWords(d, t, from) {
					from = t
				}
			}
			// Two posts run together: "vice presidential nominee Gov. Mike Pence",
			// "Committee Chairman Rep. Jason Chaffetz".
			for k := from + 1; k < titleEnd; k++ {
				if strings.HasSuffix(d.Tok(k), ".") && d.isHead(k) && d.isHead(k-1) && !strings.HasSuffix(d.Tok(k-1), ".") {
					x.addRole(d, m.Entity, from, k, k, d.TokenSpan(from, m.To), Current, from)
					from = k
					break
				}
			}
			x.addRole(d, m.Entity, from, titleEnd, titleEnd, d.TokenSpan(from, m.To), Current, from)
		}
		// Apposition after: "Jack Dromey, the shadow policing minister,".
		if m.To+1 < s.To && d.Tok(m.To) == "," {
			k := m.To + 1
			if d.Tok(k) == "who" || d.Tok(k) == "whose" {
				x.relativeRole(d, m, k+1, s.To)
			} else if from, headEnd, end, ok := d.titleAfter(k, s.To); ok && appositionEnds(d, end, s.To) && !objectThenSource(d, m, end, s.To) {
				x.addRole(d, m.Entity, from, headEnd, end, d.TokenSpan(m.From, end), Current, k)
			}
		}
		// Apposition before: "the shadow policing minister, Jack Dromey,".
		var listed []Mention // "three Labour councillors, A, B and C,"
		if m.From-1 > s.From && d.Tok(m.From-1) == "," {
			listed = listedAfter(d, m.To, s.To)
		}
		if m.From-1 > s.From && d.Tok(m.From-1) == "," && (m.To >= s.To || d.Tok(m.To) == "," || d.Tok(m.To) == "said" || d.Tok(m.To) == "and" && len(listed) > 0) {
			if from, headEnd := appositionBefore(d, s.From, m.From-1); from >= 0 {
				n := len(d.Roles)
				x.addRole(d, m.Entity, from, headEnd, m.From-1, d.TokenSpan(from, m.To), Current, from)
				if _, plural := d.pluralHead(headEnd - 1); plural && len(d.Roles) > n {
					// Each of the listed holds the post.
					for _, e := range listed {
						r := d.Roles[n]
						r.Holder, r.Evidence = e.Entity, d.TokenSpan(from, e.To)
						d.Roles = append(d.Roles, r)
					}
				}
			}
		}
		// A post written after the name: "Andrew Tyrie MP".
		if m.To < s.To && isPostAcronym(d.Tok(m.To)) {
			x.addRole(d, m.Entity, m.To, m.To+1, m.To+1, d.TokenSpan(m.From, m.To+1), Current, m.To)
		}
		// "as" phrases after the name in its clause: "quit as home secretary".
		x.asRoles(d, m, s.To)
	}
	x.predicateRoles(d, NameMention)
	x.membershipRoles(d)
	dedupeRoles(d)
}

// findPronounRoles reads posts given by a verb to a pronoun: "he became a UK disability
// minister". It runs once pronouns are resolved.
func (x *Extractor) findPronounRoles(d *Document) {
	x.predicateRoles(d, PronounMention)
	dedupeRoles(d)
}

// predicateRoles reads posts given by a verb: "Sir John Gieve was Home Office permanent
// secretary", "Mr Sayeed has been MP for Mid-Bedfordshire since 1997", "he became a UK
// disability minister", "Mr Hague became an MP at 27 and Leader of the Opposition at 36",
// "Sir John was made permanent secretary in April 2001", and "As a Northern Ireland
// minister he dealt with ...".
func (x *Extractor) predicateRoles(d *Document, kind MentionKind) {
	for mi := range d.Mentions {
		m := d.Mentions[mi]
		if m.Kind != kind || d.Entities[m.Entity].Type != Person || d.possessivePronoun(m) {
			continue
		}
		s := d.Sentences[d.SentenceOf(m.From)]
		if s.Headline {
			continue
		}
		// "As a Northern Ireland minister he ...": the title before the subject.
		if m.From >= s.From+3 && d.Tok(m.From-1) == "," || m.From >= s.From+2 {
			if strings.EqualFold(d.Tok(s.From), "as") && m.From-s.From <= 8 {
				end := m.From
				if d.Tok(end-1) == "," {
					end--
				}
				if from, headEnd, tend, ok := d.titleAfter(s.From+1, end); ok && tend == end {
					x.addRole(d, m.Entity, from, headEnd, tend, d.TokenSpan(s.From, m.To), Current, s.From+1)
				}
			}
		}
		k := m.To
		status := Current
		switch strings.ToLower(d.Tok(k)) {
		case "is", "remains", "becomes", "became", "remained":
			k++
		case "was", "had":
			status = Former
			k++
			if d.Tok(k) == "been" {
				k++
			} else if d.Tok(k-1) == "had" {
				continue // "he had seen prime ministers come and go"
			}
		case "has":
			if d.Tok(k+1) != "been" {
				continue
			}
			k += 2
		default:
			continue
		}
		if w := strings.ToLower(d.Tok(k - 1)); w == "became" || w == "becomes" {
			status = Current
		}
		switch strings.ToLower(d.Tok(k)) {
		case "made", "appointed", "named", "elected", "promoted":
			status = Current
			k++
			if d.Tok(k) == "as" || d.Tok(k) == "to" {
				k++
			}
		case "also", "now", "already", "still", "once":
			k++
		}
		for {
			from, headEnd, end, ok := d.titleAfter(k, s.To)
			if _, plural := d.pluralHead(headEnd - 1); !ok || from-k > 2 || plural {
				break // "he was certain MPs would ...": one person holds no plural post
			}
			if j := indexWord(d, headEnd, min(s.To, headEnd+4), "Order"); j >= 0 && strings.EqualFold(d.Tok(j+1), "of") {
				break // "has been made an officer in the Order of Arts and Letters": an honour
			}
			// An article before the title: "was a good prime minister" is fine, "was the
			// first" is not a post; titleAfter has checked the head.
			x.addRole(d, m.Entity, from, headEnd, end, d.TokenSpan(m.From, clauseEnd(d, end, s.To)), status, k)
			// "an MP at 27 and Leader of the Opposition at 36"
			k = end
			for k < s.To && k-end < 4 && d.Tok(k) != "and" && d.Tok(k) != "," {
				k++
			}
			if k >= s.To || d.Tok(k) != "and" {
				break
			}
			k++
		}
	}
}

// appositionEnds reports whether an apposition ending at token end closes there: at a
// comma, a stop, a bracket or the sentence's end.
func appositionEnds(d *Document, end, sentEnd int) bool {
	// A date may close it: "a Labour councillor since 2009,".
	for k := end; k < sentEnd && k-end < 5; k++ {
		w := strings.ToLower(d.Tok(k))
		if w != "since" && w != "from" && w != "until" && w != "in" && w != "to" && w != "between" && w != "and" && !isYear(d.Tok(k)) {
			if k > end && isYear(d.Tok(k-1)) {
				end = k
			}
			break
		}
	}
	if end >= sentEnd {
		return true
	}
	switch d.Tok(end) {
	case ",", ".", ";", ")", ":", "\u2013", "\u2014", "-", "and":
		return true
	}
	return d.lex[end]&(lexCue|lexVerbLike) != 0
}

// objectThenSource reports whether the phrase after name m and a comma, ending at token
// end, is the source of what the sentence reports rather than m's post: m is the object of
// a preposition and a verb of saying follows the phrase ("a letter has been sent to Feroz
// Abbasi, the men's solicitor says").
func objectThenSource(d *Document, m Mention, end, sentEnd int) bool {
	if end >= sentEnd || d.lex[end]&lexCue == 0 || m.From == 0 {
		return false
	}
	switch strings.ToLower(d.Tok(m.From - 1)) {
	case "to", "for", "by", "with", "from", "against", "on", "at":
		return true
	}
	return false
}

// appositionBefore reads "the shadow policing minister" ending at the comma at token
// comma: it returns the title's first token and the end of its head, or -1.
func appositionBefore(d *Document, start, comma int) (int, int) {
	// The head is at most a short complement away from the comma.
	for h := comma - 1; h >= start && comma-h <= 8; h-- {
		if !d.isHead(h) {
			w := d.Tok(h)
			if !(w == "of" || w == "for" || w == "the" || d.isTitleWord(h) || d.MentionAt(h) >= 0 && d.Entities[d.mentionEntity(h)].Type != Person) {
				return -1, -1
			}
			continue
		}
		from := d.titleBefore(start, h+1)
		if from > start && d.lex[from-1]&lexDeterminer == 0 && d.lex[from-1]&lexFormer == 0 {
			return -1, -1 // "... said the minister, X" reads otherwise; want "the TITLE, NAME"
		}
		end := comma
		return from, end
	}
	return -1, -1
}

// relativeRole reads "who was head of children's services from 2005 to 2010" and "who is
// the party's leader" after a name.
func (x *Extractor) relativeRole(d *Document, m Mention, k, sentEnd int) {
	status := Current
	switch d.Tok(k) {
	case "is":
		k++
	case "was", "had":
		status = Former
		k++
		if d.Tok(k-1) == "had" && d.Tok(k) == "been" {
			k++
		}
	case "has":
		if d.Tok(k+1) != "been" {
			return
		}
		k += 2
	case "became", "becomes":
		k++
	default:
		return
	}
	switch d.Tok(k) {
	case "elected", "appointed", "named", "made":
		status = Current
		k++
		if d.Tok(k) == "as" {
			k++
		}
	}
	if from, headEnd, end, ok := d.titleAfter(k, sentEnd); ok {
		x.addRole(d, m.Entity, from, headEnd, end, d.TokenSpan(m.From, clauseEnd(d, end, sentEnd)), status, k)
		// "... from 2012 to 2016 before becoming chief executive in 2017"
		for j := end; j < sentEnd && j-end <= 8; j++ {
			w := strings.ToLower(d.Tok(j))
			next := j + 1
			if w == "being" {
				// "before being elected South Yorkshire PCC in 2012"
				switch strings.ToLower(d.Tok(j + 1)) {
				case "elected", "appointed", "named", "made":
					w, next = "becoming", j+2
				}
			}
			if w == "becoming" || w == "became" {
				if from, headEnd, end2, ok := d.titleAfter(next, sentEnd); ok {
					x.addRole(d, m.Entity, from, headEnd, end2, d.TokenSpan(j, clauseEnd(d, end2, sentEnd)), Current, j)
				}
				break
			}
			if d.Tok(j) == "," {
				break
			}
		}
	}
}

// clauseEnd returns the token where the clause that runs on from token i ends: a comma,
// a stop or the sentence's end.
func clauseEnd(d *Document, i, sentEnd int) int {
	for i < sentEnd {
		switch d.Tok(i) {
		case ",", ".", ";", ":", "\u2013", "\u2014":
			return i
		}
		i++
	}
	return sentEnd
}

// asRoles reads "as TITLE" in the clause after a person's mention: "quit as home
// secretary", "was elected as MP", "first as home secretary then as education secretary".
func (x *Extractor) asRoles(d *Document, m Mention, sentEnd int) {
	end := min(sentEnd, m.To+14)
	status := Current
	for k := m.To; k < end; k++ {
		w := d.Tok(k)
		if d.lex[k]&lexPronoun != 0 || d.MentionAt(k) >= 0 && d.Entities[d.mentionEntity(k)].Type == Person && k > m.To || w == "whose" ||
			w == "I" || strings.EqualFold(w, "we") || strings.EqualFold(w, "you") {
			return // another person: the clause is theirs ("whose father served as lord chancellor", "for Paddy, but I had to because as a manager")
		}
		if w == "," && k+1 < end {
			switch strings.ToLower(d.Tok(k + 1)) {
			case "but", "while", "although", "though", "because", "whereas":
				return // another clause
			}
		}
		switch strings.ToLower(w) {
		case "quit", "quits", "resigned", "resigns", "resign", "left", "leaves", "ousted", "sacked", "stood", "stepped", "served", "former":
			if !unrealised(d, m.To, k) {
				status = Former
			}
		case "elected", "appointed", "named", "became", "becomes", "made":
			status = Current
		case "as":
			if from, headEnd, tend, ok := d.titleAfter(k+1, sentEnd); ok {
				st := status
				if d.Tok(k-1) == "then" || strings.EqualFold(d.Tok(k-1), "first") {
					st = Former
				}
				x.addRole(d, m.Entity, from, headEnd, tend, d.TokenSpan(m.From, tend), st, k)
				k = tend - 1
			}
		}
	}
}

// unrealised reports whether the verb at token k, in a clause that starts at token
// start, is only called for, expected or refused: "should take heed and resign as PCC",
// "to resign as PCC", "will not quit".
func unrealised(d *Document, start, k int) bool {
	for j := k - 1; j >= start && k-j <= 8; j-- {
		switch strings.ToLower(d.Tok(j)) {
		case "to", "should", "would", "will", "must", "could", "might", "may", "not", "never", "refuses", "refused":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// membershipRoles reads party membership: "resigned from the Labour party" (a former
// member), "joined the party", "a Labour Party member".
func (x *Extractor) membershipRoles(d *Document) {
	for mi := range d.Mentions {
		m := d.Mentions[mi]
		if m.Kind == NameMention && d.Entities[m.Entity].Type == Person && m.Title.Valid() {
			// "Liberal Democrat David Laws" tagged as one name: the party is its title.
			if p := x.lex.party(d.Slice(m.Title)); p >= 0 {
				if org := x.partyEntity(d, p); org >= 0 {
					d.Roles = append(d.Roles, memberRole(m.Entity, org, Current, Span{Start: m.Title.Start, End: m.End}))
				}
				continue
			}
		}
		if m.Kind != NameMention || d.Entities[m.Entity].Type != Organization || x.lex.party(d.Slice(d.TokenSpan(m.From, m.To))) < 0 {
			continue
		}
		if holder, end := partyBeforeName(d, m); holder >= 0 {
			// "Labour's Yvette Cooper", "Tory Liam Fox" with the party a name of its own: a member.
			d.Roles = append(d.Roles, memberRole(holder, m.Entity, Current, d.TokenSpan(m.From, end)))
			continue
		}
		k := m.From - 1
		for k >= 0 && d.lex[k]&lexDeterminer != 0 {
			k--
		}
		if k < 1 {
			continue
		}
		var status Status
		switch strings.ToLower(d.Tok(k)) {
		case "from":
			switch strings.ToLower(d.Tok(k - 1)) {
			case "resigned", "resigns", "resign", "resigning", "quit", "quits", "expelled", "suspended", "defected":
				status = Former
			default:
				continue
			}
		case "joined", "joins", "join", "joining", "rejoined":
			status = Current
		default:
			continue
		}
		holder := x.subjectBefore(d, k, d.Sentences[d.SentenceOf(k)].From)
		if holder < 0 {
			continue
		}
		d.Roles = append(d.Roles, memberRole(holder, m.Entity, status, d.TokenSpan(max(k-1, 0), m.To)))
	}
}

// memberRole returns the role of plain membership of the party or body org.
func memberRole(holder, org int, status Status, evidence Span) Role {
	return Role{Holder: holder, TitleText: "member", Organization: org, Party: -1, Status: status, Evidence: evidence}
}

// partyEntity returns the organisation of the document that is the party p (a key of
// lexicon.party), or -1.
func (x *Extractor) partyEntity(d *Document, p int) int {
	for e, ent := range d.Entities {
		if ent.Type == Organization && x.lex.party(d.Slice(ent.Name)) == p {
			return e
		}
	}
	return -1
}

// partyBeforeName returns the person whose name follows the party mention m, directly or
// after "'s", and the end of the name; -1 if none does.
func partyBeforeName(d *Document, m Mention) (int, int) {
	j := m.To
	if possessiveS(d.Tok(j)) {
		j++
	}
	if j >= len(d.Tokens) || d.SentenceOf(j) != d.SentenceOf(m.From) {
		return -1, 0
	}
	n := personNameAt(d, j)
	if n < 0 {
		return -1, 0
	}
	return d.Mentions[n].Entity, d.Mentions[n].To
}

// subjectBefore returns the person who is most likely the subject of the verb before token
// k: the nearest person mention before it in the sentence, else -1.
func (x *Extractor) subjectBefore(d *Document, k, start int) int {
	for i := k - 1; i >= start; i-- {
		if e := d.mentionEntity(i); e >= 0 && d.Entities[e].Type == Person {
			return e
		}
	}
	return -1
}

// addRole records that entity holder holds the post named by tokens [from, end): the
// title proper is [from, headEnd) without organisations and parties before it, which
// become the role's party or organisation; evidence is the supporting span. Tokens before
// near (the determiner or "former" before the title) are checked for "former" and "then".
func (x *Extractor) addRole(d *Document, holder, from, headEnd, end int, evidence Span, status Status, near int) {
	r := Role{Holder: holder, Organization: -1, Party: -1, Status: status, Evidence: evidence}
	for k := max(near-2, 0); k < headEnd; k++ {
		w := strings.ToLower(d.Tok(k))
		if d.lex[k]&lexFormer != 0 && w != "late" && w != "outgoing" || strings.HasPrefix(w, "ex-") {
			r.Status = Former
		}
	}
	// Leading organisations and parties are not part of the title, nor is a number
	// ("three Labour councillors").
	t := from
	for t < headEnd && d.lex[t]&(lexDeterminer|lexNumberWord|lexFormer) != 0 && d.MentionAt(t) < 0 {
		t++ // "the", "three", "former Labour MP"
	}
	for t < headEnd {
		m := d.MentionAt(t)
		if m < 0 || d.Mentions[m].To >= headEnd || allTitleWords(d, d.Mentions[m].From, d.Mentions[m].To) {
			break // "Culture Secretary": a title word tagged as a name stays in the title
		}
		e := d.Mentions[m].Entity
		if x.lex.party(d.Slice(d.Mentions[m].Span)) >= 0 {
			r.Party = e
		} else if r.Organization < 0 {
			r.Organization = e
		}
		t = d.Mentions[m].To
		if possessiveS(d.Tok(t)) {
			t++
		}
	}
	if p := x.partyAt(d, t, headEnd); p > t && p < headEnd && r.Party < 0 && (d.mentionEntity(t) == holder || d.MentionAt(t) < 0) {
		// A party the tagger ran into the holder's name ("of Tory MP Michael Mates") or
		// left untagged ("Conservative leader Michael Howard"), when the article names
		// the party as a body too.
		if e := x.partyEntity(d, x.lex.party(d.Slice(d.TokenSpan(t, p)))); e >= 0 {
			r.Party, t = e, p
		}
	}
	for t < headEnd && d.lex[t]&(lexFormer|lexDeterminer) != 0 || t < headEnd-1 && strings.EqualFold(d.Tok(t), "new") && (isLowerWord(d.Tok(t+1)) || d.lex[t+1]&(lexTitleMod|lexTitleHead) != 0) {
		t++ // "New Home Secretary Charles Clarke" is the home secretary; not "New York"
	}
	if w := d.Tok(t); t > from && (w == "of" || w == "for") {
		// "State Administration of Taxation head": the rest of the body's name, which
		// the tagger left out, is no part of the title.
		j := t + 1
		for j < headEnd && isCapitalised(d.Tok(j)) && !d.isHead(j) { // "Taxation", though a title word
			j++
		}
		if j > t+1 {
			t = j
		}
	}
	if t >= headEnd || !titleReads(d, holder, t, headEnd) {
		return
	}
	// A complement after the head names the organisation: "of the Labour Party".
	for k := headEnd; k < end; k++ {
		if e := d.mentionEntity(k); e >= 0 && d.Entities[e].Type != Person {
			if x.lex.party(d.Slice(d.Mentions[d.MentionAt(k)].Span)) >= 0 && r.Party < 0 && d.Tok(k-1) != "of" {
				r.Party = e
			} else if r.Organization < 0 || d.Entities[r.Organization].Type == Place && d.Entities[e].Type == Organization {
				r.Organization = e // "UK economist for Capital Economics": the firm, not the country
			}
			break
		}
	}
	r.Title = d.TokenSpan(t, headEnd)
	r.TitleText = d.Slice(r.Title)
	if strings.HasPrefix(strings.ToLower(r.TitleText), "ex-") {
		r.TitleText = r.TitleText[3:]
		r.Title.Start += 3
	}
	if sing, ok := d.pluralHead(headEnd - 1); ok && !strings.Contains(r.TitleText, " of ") && !strings.Contains(r.TitleText, " for ") {
		// One of "the councillors" is a councillor.
		r.TitleText = r.TitleText[:len(r.TitleText)-(len(d.Tok(headEnd-1))-len(sing))]
		r.Title.End = r.Title.Start + len(r.TitleText)
	}
	r.Start, r.End = roleDates(d, d.TokenAt(evidence.Start), d.TokenAt(evidence.End))
	d.Roles = append(d.Roles, r)
}

// titleReads reports whether tokens [from, to) read as the title of holder: not with
// another person's name inside ("BBC's political editor Andrew Marr, Mr Blair"), not a verb after "to" ("to head
// Lampard's corner", "to partner Gudjohnsen"), and not one capitalised word in a list of
// names ("Hodgson, King, Lewsey").
func titleReads(d *Document, holder, from, to int) bool {
	for k := from; k < to; k++ {
		m := d.MentionAt(k)
		if m < 0 || d.Mentions[m].Kind != NameMention || d.Mentions[m].Entity == holder || d.Entities[d.Mentions[m].Entity].Type != Person {
			continue
		}
		mm := d.Mentions[m]
		name := mm.From
		for name < mm.To && d.lex[name]&lexHonorific != 0 {
			name++
		}
		if d.Tok(mm.From-1) != "of" && d.Tok(mm.From-1) != "to" && !allTitleWords(d, name, mm.To) {
			return false // but "manager of Johnny Cash", and "Lord Chancellor" taken for a name
		}
	}
	if to-from == 1 && from > 0 {
		switch d.Tok(from) {
		case "head", "chair", "lead", "coach", "captain", "partner", "host", "judge", "referee", "manage", "direct":
			if d.Tok(from-1) == "to" {
				return false
			}
		}
		if d.Tok(from-1) == "," && d.Tok(to) == "," && isCapitalised(d.Tok(from)) && isCapitalised(d.Tok(to+1)) {
			return false
		}
	}
	return true
}

// pluralHead reports whether token i is the plural of a word that names a post
// ("councillors", "MPs"), and returns that word.
func (d *Document) pluralHead(i int) (string, bool) {
	if i < 0 || i >= len(d.Tokens) {
		return "", false
	}
	w := d.Tok(i)
	if len(w) < 3 || w[len(w)-1] != 's' {
		return "", false
	}
	sing := w[:len(w)-1]
	var buf [40]byte
	if len(sing) > len(buf) {
		return "", false
	}
	if isPostAcronym(sing) || d.lexOf(string(lowerASCII(buf[:0], sing)))&lexTitleHead != 0 {
		return sing, true
	}
	return "", false
}

// isPostAcronym reports whether w is the short form of a post that may follow a name:
// "Andrew Tyrie MP".
func isPostAcronym(w string) bool {
	switch w {
	case "MP", "MSP", "MEP", "MLA", "AM", "QC", "KC":
		return true
	}
	return false
}

// personNameAt returns the mention of a person's name that starts at token j, or -1.
func personNameAt(d *Document, j int) int {
	m := d.MentionAt(j)
	if m < 0 || d.Mentions[m].From != j || d.Mentions[m].Kind != NameMention || d.Entities[d.Mentions[m].Entity].Type != Person {
		return -1
	}
	return m
}

// listedAfter returns the names of people listed after token k, up to token end:
// ", B and C", ", B, and C", ", director-general B and reporter C".
func listedAfter(d *Document, k, end int) []Mention {
	var out []Mention
	for k < end {
		j := k
		for j < end && (d.Tok(j) == "," || d.Tok(j) == "and") && j-k < 2 {
			j++
		}
		if j == k {
			break
		}
		for t := j; t < end && t-j < 4 && d.MentionAt(t) < 0 && d.isTitleWord(t); t++ {
			if d.MentionAt(t+1) >= 0 {
				j = t + 1
			}
		}
		mi := personNameAt(d, j)
		if mi < 0 {
			break
		}
		out = append(out, d.Mentions[mi])
		k = d.Mentions[mi].To
	}
	return out
}

// roleDates finds "from 2005 to 2010", "since 2012", "in 2012" and "until 2010" in tokens
// [from, to) and returns the start and end years they give.
func roleDates(d *Document, from, to int) (string, string) {
	var start, end string
	for k := from; k < to; k++ {
		w := strings.ToLower(d.Tok(k))
		y := d.Tok(k + 1)
		if !isYear(y) {
			continue
		}
		switch w {
		case "from", "since", "in":
			if start == "" {
				start = y
			}
		case "to", "until", "till":
			end = y
		}
	}
	return start, end
}

// isYear reports whether w is a four-digit year between 1800 and 2099.
func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w[:2] == "18" || w[:2] == "19" || w[:2] == "20"
}

// dedupeRoles merges roles of the same holder whose titles match and whose start years
// do not differ, keeping the first and filling its blanks from the others.
func dedupeRoles(d *Document) {
	out := d.Roles[:0]
	for _, r := range d.Roles {
		merged := false
		for i := range out {
			o := &out[i]
			if o.Holder != r.Holder || !sameTitle(o.TitleText, r.TitleText) {
				continue
			}
			if o.Start != "" && r.Start != "" && o.Start != r.Start {
				continue // "MP for Mid-Bedfordshire since 1997" and "MP for Bristol East from 1983": two seats
			}
			if o.Organization < 0 {
				o.Organization = r.Organization
			}
			if o.Party < 0 {
				o.Party = r.Party
			}
			if o.Start == "" {
				o.Start = r.Start
			}
			if o.End == "" {
				o.End = r.End
			}
			if r.Status == Former {
				o.Status = Former
			}
			merged = true
			break
		}
		if !merged {
			out = append(out, r)
		}
	}
	d.Roles = out
}

// sameTitle reports whether two wordings name the same post: equal without regard to case,
// or one ending the other ("leader" and "Conservative leader").
func sameTitle(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	return a == b || strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}

// titleWords reports whether tokens [from, to) may all stand in a title, none of them
// joining two ("Queen and Prince Philip").
func titleWords(d *Document, from, to int) bool {
	for k := from; k < to; k++ {
		if !d.isTitleWord(k) || d.Tok(k) == "and" || d.Tok(k) == "&" {
			return false
		}
	}
	return true
}

// allTitleWords reports whether tokens [from, to) are all words that stand in titles.
func allTitleWords(d *Document, from, to int) bool {
	for k := from; k < to; k++ {
		if d.lexNoEx(k)&(lexTitleMod|lexTitleHead) == 0 {
			return false
		}
	}
	return true
}
