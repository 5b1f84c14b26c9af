package extract

import (
	"strings"

	"onrecord/text"
)

// Who an event is about and who acts in it, read from the words around its trigger.

// postActor returns who holds, takes or leaves a post by the verb at token k: its actor,
// though not a body that only qualifies the post ("a previous Labour chancellor
// resigned").
func (x *Extractor) postActor(d *Document, k, start int) int {
	if genericSubject(d, start, k) {
		return -1
	}
	e, span := x.subjectOf(d, k, start)
	if e < 0 {
		return quotedSpeaker(d, k, start)
	}
	m := d.MentionAt(d.TokenAt(span.Start))
	if m < 0 || d.Mentions[m].Entity != e {
		return e
	}
	head := -1 // the noun the name qualifies: "a previous Labour chancellor", "the Conservatives' campaign director", "Gordon Brown's closest ally", "his grandmother"
	if span.End > d.Tokens[d.Mentions[m].To-1].End {
		head = d.TokenAt(span.End - 1)
	} else if w := d.Tok(d.Mentions[m].To); possessiveMark(w) || d.possessivePronoun(d.Mentions[m]) {
		head = k - 1
		for head > d.Mentions[m].To && (d.lex[head]&lexVerbLike != 0 || strings.HasSuffix(d.Tok(head), "ly") || d.Tok(head) == "not") {
			head--
		}
	}
	if head >= 0 && !speaksFor(d.Tok(head)) {
		return -1 // the post's holder, not the body, acts
	}
	return e
}

// speaksFor reports whether w names someone who speaks for a body rather than a post
// of their own: "spokesman", "source".
func speaksFor(w string) bool {
	switch strings.ToLower(w) {
	case "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "source", "sources",
		"official", "officials", "aide", "aides", "insider", "insiders", "representative", "representatives":
		return true
	}
	return false
}

// genericSubject reports whether the verb at token k follows a plural common noun or a
// pronoun such as "someone", with perhaps an auxiliary, "not" or an adverb between:
// "chancellors had resigned", "judges will be appointed". Such a subject is no one in
// particular.
func genericSubject(d *Document, start, k int) bool {
	j := k - 1
	for j >= start && k-j <= 4 && (d.lex[j]&lexVerbLike != 0 || strings.HasSuffix(d.Tok(j), "ly") || d.Tok(j) == "not") {
		j--
	}
	if j < start || d.Tokens[j].Kind != text.Word || d.MentionAt(j) >= 0 {
		return pluralRelativeSubject(d, start, k)
	}
	w := d.Tok(j)
	switch strings.ToLower(w) {
	case "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody":
		return true // "when someone dies in custody"
	}
	if !pluralNoun(d, j) {
		return pluralRelativeSubject(d, start, k)
	}
	// "Frank Dunn and two other executives were fired": a named one among them.
	for i := j - 1; i > start && j-i <= 4; i-- {
		if d.Tok(i) == "and" {
			m := d.MentionAt(i - 1)
			return m < 0 || d.Entities[d.Mentions[m].Entity].Type != Person
		}
		if d.MentionAt(i) >= 0 || d.Tokens[i].Kind == text.Punct {
			break
		}
	}
	return true
}

// pluralNoun reports whether token j is a common noun in the plural: "chancellors",
// "protesters".
func pluralNoun(d *Document, j int) bool {
	w := d.Tok(j)
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || d.lex[j]&(lexStop|lexVerbLike|lexPronoun|lexCue|lexNumberWord) != 0 {
		return false
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// pluralRelativeSubject reports whether the verb at token k has for its subject a plural
// noun that a relative clause follows: "Eight protesters who stormed the House of Commons
// chamber during a debate on the Hunting Bill have been charged". The names inside the
// clause are not the subject.
func pluralRelativeSubject(d *Document, start, k int) bool {
	found := false
	for j := start + 1; j < k; j++ {
		switch strings.ToLower(d.Tok(j)) {
		case ",", ";", ":", "but", "and", "when", "while", "as", "because", "after", "before", "if":
			found = false // a clause of its own between: "..., but Pullman has denied"
		case "who", "which": // not "that", as often "rumours that he was to resign"
			found = found || pluralNoun(d, j-1) && d.MentionAt(j-1) < 0
		}
	}
	return found
}

// titledPersonAfter returns the mention of the person whose title holds mention m, as
// "Conservative" in "Conservative leader Michael Howard", if the name comes before token
// end; else -1.
func titledPersonAfter(d *Document, m Mention, end int) int {
	for j := m.To; j < end && j-m.To <= 4; j++ {
		if e := d.mentionEntity(j); e >= 0 {
			if d.Entities[e].Type == Person && d.titleBefore(m.From, d.Mentions[d.MentionAt(j)].From) <= m.From && j > m.To {
				return d.MentionAt(j)
			}
			if e != m.Entity {
				return -1
			}
		}
		if !d.isTitleWord(j) && d.mentionEntity(j) < 0 {
			return -1
		}
	}
	return -1
}

// objectEnd returns where the object of a verb that starts at token from ends, at the
// latest end: before a comma, a word that opens a clause of time or cause
// ("interviewed 401 people before David Blunkett's resignation") or the verb of the
// clause the object is part of ("the appointment of a director was one of the
// recommendations in Sir Andrew Foster's review").
func objectEnd(d *Document, from, end int) int {
	for j := from; j < end; j++ {
		switch strings.ToLower(d.Tok(j)) {
		case ",", "before", "after", "since", "when", "while", "because", "until", "amid":
			return j
		}
		if j > from && d.lex[j]&lexVerbLike != 0 && d.lex[j]&lexCue == 0 {
			return j
		}
	}
	return end
}

// helpedTo reports whether the verb at token k follows "helped X": "helped John Howard
// win four elections".
func helpedTo(d *Document, start, k int) bool {
	j := k - 1
	if j > start && d.Tok(j) == "," {
		j-- // "helped Australia's PM, John Howard, win"
	}
	m := d.MentionAt(j)
	if j < start || m < 0 {
		return false
	}
	from := d.titleBefore(start, d.Mentions[m].From)
	for j := from - 1; j >= start && from-j <= 6; j-- {
		switch strings.ToLower(d.Tok(j)) {
		case "helped", "helps", "help", "helping":
			return true
		}
	}
	return false
}

// actorOf returns who does the verb at token k: its subject in the sentence, persons and
// organisations only, or, in a quotation, its speaker for "I" and "we".
func (x *Extractor) actorOf(d *Document, k, start int) int {
	if genericSubject(d, start, k) {
		return -1 // "chancellors had resigned": no one in particular
	}
	if e, _ := x.subjectOf(d, k, start); e >= 0 {
		return e
	}
	return quotedSpeaker(d, k, start)
}

// quotedSpeaker returns the speaker of the quotation that holds an "I" or "we" just before
// the verb at token k ("I resigned"), or -1.
func quotedSpeaker(d *Document, k, start int) int {
	for j := k - 1; j >= start && k-j <= 6; j-- {
		if w := d.Tok(j); w == "I" || w == "we" || w == "We" {
			if q := d.quoteAt(d.Tokens[j].Start); q >= 0 {
				return d.Quotes[q].Speaker
			}
		}
	}
	return -1
}
