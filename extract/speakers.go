package extract

import (
	"strings"
	"unicode"

	"onrecord/attrib"
	"onrecord/text"
)

// finalCue reads the cue and source that end a sentence after reported speech ending at
// token to: "CONTENT, one official said (on Friday)." or "CONTENT, said Mr Blair.". It
// returns the cue's token and the source's tokens.
func finalCue(d *Document, to int) (int, attrib.Span, bool) {
	if to >= len(d.Tokens) || d.Tok(to) != "," {
		return 0, attrib.Span{}, false
	}
	s := d.Sentences[d.SentenceOf(to)]
	return cueClause(d, to, withoutStops(d, to, s.To))
}

// cueClause reads the cue and source of the clause that the comma at token to opens and
// token end closes: ", one official said (on Friday)", ", said Mr Blair, the prime
// minister".
func cueClause(d *Document, to, end int) (int, attrib.Span, bool) {
	if end-to > 10 {
		return 0, attrib.Span{}, false
	}
	for c := to + 1; c < end; c++ {
		if d.Tokens[c].Kind == text.Punct || d.quoteMarkAt(c) {
			return 0, attrib.Span{}, false
		}
		if d.lex[c]&lexCue == 0 {
			continue
		}
		if c == to+1 { // ", said Mr Blair, the prime minister."
			k := c + 1
			for k < end && d.Tokens[k].Kind != text.Punct {
				k++
			}
			if k == c+1 || k-c > 7 {
				return 0, attrib.Span{}, false
			}
			return c, attrib.Span{From: c + 1, To: k}, true
		}
		if end-c > 5 {
			return 0, attrib.Span{}, false // more than "on Friday" or "in a statement" after it
		}
		return c, attrib.Span{From: to + 1, To: c}, true
	}
	return 0, attrib.Span{}, false
}

// participle reports whether the verb at token c is a participle after a comma: "...,
// saying", whose subject is its sentence's.
func participle(d *Document, c int) bool {
	return c > 0 && d.Tok(c-1) == "," && strings.HasSuffix(d.Tok(c), "ing")
}

// besideCue returns the person or organisation named right before the cue ("Mr Blair
// said") or, after a comma, right after it (", said Mr Blair"; not ", told the BBC"), or
// that a relative pronoun just before it stands for ("McConnell, who in 2010 said"), or,
// for a participle after a comma, its sentence's subject ("Trump attacked Clinton,
// accusing her"); with the span of the words that name it; -1 if none.
func besideCue(d *Document, cue attrib.Span) (int, Span) {
	named := func(m int) bool {
		t := d.Entities[d.Mentions[m].Entity].Type
		return t == Person || t == Organization
	}
	if cue.From > 0 {
		if m := d.MentionAt(cue.From - 1); m >= 0 && d.Mentions[m].To == cue.From && named(m) {
			return d.Mentions[m].Entity, d.Mentions[m].Span
		}
	}
	if cue.From == 0 {
		return -1, Span{}
	}
	start := d.Sentences[d.SentenceOf(cue.From)].From
	if d.Tok(cue.From-1) == "," {
		if cue.To < len(d.Tokens) && !addressesObject(d.Tok(cue.To-1)) {
			if m := d.MentionAt(cue.To); m >= 0 && d.Mentions[m].From == cue.To && named(m) {
				return d.Mentions[m].Entity, d.Mentions[m].Span
			}
		}
		if participle(d, cue.From) {
			if _, ok := leadNominal(d, start, cue.From); ok {
				return -1, Span{} // "A New York judge has rejected ..., saying": no one named
			}
			if e, span := firstSubject(d, start, cue.From-1); e >= 0 {
				return e, span
			}
		}
	}
	for k := cue.From - 1; k >= start && cue.From-k <= 4 && d.Tok(k) != ","; k-- {
		if isRelative(d, k) {
			if e := antecedent(d, start, k); e >= 0 {
				return e, d.TokenSpan(k, k+1)
			}
			break
		}
	}
	return -1, Span{}
}

// addressesObject reports whether the cue word w takes whom it addresses as its object:
// in "Schiff, 56, told USA Today", the paper is told, not telling.
func addressesObject(w string) bool {
	switch strings.ToLower(w) {
	case "told", "tells", "tell", "telling", "asked", "asks", "asking", "urged", "urges", "urging", "assured",
		"reminded", "informed", "advised", "warned", "warns", "warning":
		return true
	}
	return false
}

// transcriptSpeaker reads the speaker of a quoted line of a transcript, tokens [from, to):
// `"WALLACE: Governor, ...`, the name in capitals before a colon, which it leaves out of
// the quotation. The name is a person's the article names in full ("PENCE" is Mike Pence)
// when no entity is mentioned in it.
func transcriptSpeaker(d *Document, q *Quote, from, to int) bool {
	k := from
	for k < to && k-from < 3 && isAllCaps(d.Tok(k)) {
		k++
	}
	if k == from || k+1 >= to || d.Tok(k) != ":" {
		return false
	}
	q.Speaker, q.Source = speakerIn(d, from, k), d.TokenSpan(from, k)
	q.Start = d.Tokens[k+1].Start // the words, not who says them
	if q.Speaker < 0 {
		q.Speaker = personNamedLike(d, d.Slice(q.Source))
	}
	return true
}

// personNamedLike returns the one person of d whose name, or its last word, is label in
// other capitals ("PENCE" is Mike Pence), or -1 if none or several are.
func personNamedLike(d *Document, label string) int {
	found := -1
	for e := range d.Entities {
		if d.Entities[e].Type != Person {
			continue
		}
		name := d.Slice(d.Entities[e].Name)
		last := name[strings.LastIndexByte(name, ' ')+1:]
		if strings.EqualFold(name, label) || strings.EqualFold(last, label) {
			if found >= 0 {
				return -1
			}
			found = e
		}
	}
	return found
}

// isAllCaps reports whether w is a word of two or more letters, all capitals.
func isAllCaps(w string) bool {
	if len(w) < 2 {
		return false
	}
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// plainPhrase reports whether tokens [from, to) are words, possessive endings included,
// with no punctuation between them.
func plainPhrase(d *Document, from, to int) bool {
	for k := from; k < to; k++ {
		if d.Tokens[k].Kind != text.Word && !possessiveS(d.Tok(k)) {
			return false
		}
	}
	return true
}

// signedBy reads a quotation signed with a dash and a name that ends its line, as readers'
// and voters' words are set out: `"..." ― Jane Doe`. Token k follows the closing mark. A
// name the tagger missed is kept as the words that name the speaker.
func signedBy(d *Document, q *Quote, k int) bool {
	if k+1 >= len(d.Tokens) || d.Tokens[k].Kind != text.Dash || d.lineBreakBefore(k+1) {
		return false
	}
	end := k + 1
	for end < len(d.Tokens) && end-k <= 6 && !d.lineBreakBefore(end) && (isCapitalised(d.Tok(end)) || d.Tok(end) == ".") {
		end++
	}
	if end < len(d.Tokens) && !d.lineBreakBefore(end) {
		return false // more than a name follows on the line
	}
	for end > k+1 && d.Tok(end-1) == "." {
		end-- // "― Christina Lastra."
	}
	if end == k+1 {
		return false
	}
	if m := d.MentionAt(k + 1); m >= 0 && d.Entities[d.Mentions[m].Entity].Type == Person {
		q.Speaker, q.Source = d.Mentions[m].Entity, d.Mentions[m].Span
		return true
	}
	q.Speaker, q.Source = -1, d.TokenSpan(k+1, end)
	return true
}

// lineBreakBefore reports whether a line ends between token i and the one before it.
func (d *Document) lineBreakBefore(i int) bool {
	return i > 0 && strings.Contains(d.Text[d.Tokens[i-1].End:d.Tokens[i].Start], "\n")
}

// leadNominal returns the words that open the sentence at token start, before token end,
// when they are a subject that names no one: a determiner, perhaps a few qualifying words
// or a place, and a noun for a post or a kind of person ("A New York judge", "The
// spokesman", "An aide").
func leadNominal(d *Document, start, end int) (Span, bool) {
	start = afterDateline(d, start, end)
	if start < end && opensAdverbial(d.Tok(start)) {
		// "In August, several environmental groups granted ...": past the opening phrase.
		for k := start + 1; k < end && k-start <= 6; k++ {
			if d.Tok(k) == "," {
				start = k + 1
				break
			}
		}
	}
	if start >= end || d.lex[start]&(lexDeterminer|lexNumberWord) == 0 && !quantifier(d.Tok(start)) {
		return Span{}, false
	}
	for k := start + 1; k < end && k-start <= 5; k++ {
		if m := d.MentionAt(k); m >= 0 {
			if t := d.Entities[d.Mentions[m].Entity].Type; t == Person || t == Organization {
				return Span{}, false // "The Tory leader Michael Howard", "A Labour spokesman"
			}
			k = d.Mentions[m].To - 1
			continue
		}
		w := strings.ToLower(d.Tok(k))
		if d.isHead(k) || speaksFor(w) || peopleNoun(w) {
			if k+1 < end && (d.isHead(k+1) || d.MentionAt(k+1) >= 0) {
				continue // "the prime minister", "the shadow chancellor Oliver Letwin"
			}
			return d.TokenSpan(start, k+1), true
		}
		if !isLowerWord(d.Tok(k)) {
			return Span{}, false
		}
	}
	return Span{}, false
}

// quantifier reports whether w counts what follows as a determiner does: "several
// groups", "many analysts".
func quantifier(w string) bool {
	switch strings.ToLower(w) {
	case "several", "many", "most", "few", "both", "all", "other":
		return true
	}
	return false
}

// opensAdverbial reports whether w, opening a sentence, begins a phrase of time or
// place before the subject: "In August,", "On Friday,", "At the meeting,".
func opensAdverbial(w string) bool {
	switch strings.ToLower(w) {
	case "in", "on", "at", "after", "before", "during", "since", "last", "earlier", "later":
		return true
	}
	return false
}

// firstSubject returns the first person or organisation named in tokens [from, to) that
// is not the object of a preposition or a possessor, with its mention's span (the person
// for a body that only qualifies a person's title); -1 if none, with the words of one the
// body's name qualifies but no name follows ("the Tory leader").
func firstSubject(d *Document, from, to int) (int, Span) {
	from = afterDateline(d, from, to)
	for k := from; k < to; k++ {
		if m := d.MentionAt(k); m >= 0 {
			mm := d.Mentions[m]
			if t := d.Entities[mm.Entity].Type; (t == Person || t == Organization) && !isObject(d, mm) {
				if t == Organization && mm.From > 0 && strings.EqualFold(d.Tok(mm.From-1), "the") && mm.To < to && personOfBody(d.Tok(mm.To)) {
					return -1, d.TokenSpan(mm.From-1, mm.To+1) // "The Tory leader said": a person the sentence does not name
				}
				if pm := titledPersonAfter(d, mm, to); t == Organization && pm >= 0 {
					return d.Mentions[pm].Entity, d.Mentions[pm].Span // "Oxfam adviser Max Lawson": the person the body qualifies
				}
				return mm.Entity, mm.Span
			}
			k = mm.To - 1
		}
	}
	return -1, Span{}
}

// isRelative reports whether token k is a relative pronoun that can be a subject: "who" or
// "which".
func isRelative(d *Document, k int) bool {
	w := d.Tok(k)
	return w == "who" || w == "which"
}

// antecedent returns the person or organisation a relative pronoun at token k stands for:
// the one named right before it, or before an apposition ("McConnell, now the majority
// leader, who"); -1 if none.
func antecedent(d *Document, start, k int) int {
	if k-1 >= start && d.MentionAt(k-1) < 0 && d.isPlainWord(k-1) {
		return -1 // "a report which revealed": the noun before it
	}
	for j := k - 1; j >= start && k-j <= 10; j-- {
		switch d.Tok(j) {
		case ".", ";", ":":
			return -1
		}
		m := d.MentionAt(j)
		if m < 0 {
			continue
		}
		mm := d.Mentions[m]
		if t := d.Entities[mm.Entity].Type; (t == Person || t == Organization) && (mm.To == k || d.Tok(mm.To) == ",") {
			return mm.Entity
		}
		j = mm.From
	}
	return -1
}
