package extract

import (
	"strings"

	"onrecord/attrib"
	"onrecord/text"
)

// newClause reports whether token k opens a main clause, its subject and verb: "he is
// ready", "it is considered", "Clinton restricted", "his decision was overturned".
func newClause(d *Document, k int) bool {
	verb := func(j int) bool { return d.lex[j]&lexVerbLike != 0 || inflectedVerb(d, j) }
	switch strings.ToLower(d.Tok(k)) {
	case "he", "she", "it", "they", "we", "i", "it's", "there":
		return verb(k + 1)
	}
	j := k
	for j < k+2 && d.MentionAt(j) < 0 && d.isTitleWord(j) && isCapitalised(d.Tok(j)) {
		j++ // "President Obama is rolling out"
	}
	if m := d.MentionAt(j); m >= 0 && d.Mentions[m].From == j && d.Mentions[m].Kind == NameMention && d.Entities[d.Mentions[m].Entity].Type != Place {
		// "Clinton restricted comments about ...", "Clinton's campaigning generates ...".
		return verb(d.Mentions[m].To) || possessiveS(d.Tok(d.Mentions[m].To))
	}
	if d.lex[k]&(lexDeterminer|lexPossessive) != 0 && !strings.EqualFold(d.Tok(k), "that") {
		for j := k + 1; j < len(d.Tokens) && j <= k+3 && d.Tokens[j].Kind == text.Word; j++ {
			if d.lex[j]&lexVerbLike != 0 || j > k+1 && verb(j) {
				return j > k+1 // "his decision was overturned", "his government continues"
			}
			if d.lex[j]&lexStop != 0 {
				break // "a move which should": no subject of a clause
			}
		}
	}
	return false
}

// subordinateEnd returns where reported speech [from, to) that follows its cue ends when
// the cue stands in a clause that opens its sentence with a subordinator or "with", or is
// its opening participle ("Confronting a lack of passion ..., Obama is ..."): before the
// main clause ("Although Trump has admitted using the tax code, he does not defend it" reports
// "using the tax code"). Not inside a quotation, after a colon, or when the speech holds a
// clause of its own that a main clause completes ("that if people are offended, they
// should ...").
func subordinateEnd(d *Document, cue attrib.Span, from, to int) int {
	if cue.To > from || d.Tok(cue.To) == ":" || d.Tok(cue.To-1) == ":" || subordinator(d.Tok(from)) {
		return to
	}
	s := d.Sentences[d.SentenceOf(cue.From)]
	first := afterDateline(d, s.From, s.To)
	opens := cue.From == first && strings.HasSuffix(d.Tok(cue.From), "ing") && !strings.EqualFold(d.Tok(cue.From), "according") // "Confronting a lack of passion ..., Obama is ..."
	for k := first; k < cue.From && k <= s.From+2; k++ {
		opens = opens || subordinator(d.Tok(k)) || k == first && strings.EqualFold(d.Tok(k), "with") // "With Democratic leaders worried about ..., Obama is ..."
	}
	if !opens {
		return to
	}
	quoted := false
	for k := from; k < to-2; k++ {
		if d.quoteMarkAt(k) {
			quoted = !quoted
			continue
		}
		if subordinator(d.Tok(k)) || k > from && strings.EqualFold(d.Tok(k), "that") {
			break
		}
		if k >= from+3 && d.Tok(k) == "," && !quoted && newClause(d, k+1) {
			return k
		}
	}
	return to
}

// subordinator reports whether w opens a clause that the main clause after it completes:
// "if", "since", "when", "although".
func subordinator(w string) bool {
	switch strings.ToLower(w) {
	case "if", "since", "when", "while", "although", "though", "because", "as", "unless", "once", "after", "before", "whether":
		return true
	}
	return false
}

// participleCut returns the comma in reported speech ext that follows its cue where a
// participle of saying opens a second thing said ("..., comparing him favorably to",
// "..., warning that"), or 0.
func participleCut(d *Document, cue, ext attrib.Span) int {
	if cue.To > ext.From {
		return 0
	}
	quoted := false
	for k := ext.From + 2; k < ext.To-3; k++ {
		if d.quoteMarkAt(k) {
			quoted = !quoted
		}
		if d.Tok(k) != "," {
			continue
		}
		if !quoted && speechParticiple(d.Tok(k+1)) {
			return k
		}
		if quoted && d.quoteMarkAt(k+1) && speechParticiple(d.Tok(k+2)) {
			return k + 1 // `as a "strong leader," comparing him`
		}
	}
	return 0
}

// speechParticiple reports whether w is the participle of a verb of saying or judging
// aloud: "saying", "warning", "comparing", "urging".
func speechParticiple(w string) bool {
	switch w {
	case "saying", "adding", "warning", "arguing", "insisting", "claiming", "noting", "suggesting", "explaining",
		"comparing", "calling", "urging", "accusing", "praising", "criticizing", "criticising", "blaming",
		"describing", "asking", "telling", "encouraging", "vowing", "promising", "pledging", "declaring", "stressing",
		"daring", "answering", "acknowledging", "admitting", "denying", "citing", "complaining", "demanding":
		return true
	}
	return false
}

// inflectedVerb reports whether token j reads as a verb by its ending: a word in lower
// case, no function word, in -s or -ed ("sings", "restricted"; not "'s").
func inflectedVerb(d *Document, j int) bool {
	w := d.Tok(j)
	return j < len(d.Tokens) && d.Tokens[j].Kind == text.Word && isLowerWord(w) && d.lex[j]&lexStop == 0 && !possessiveS(w) &&
		(strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed"))
}
