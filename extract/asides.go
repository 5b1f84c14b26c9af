package extract

import (
	"strings"

	"onrecord/attrib"
	"onrecord/text"
)

// asideExtent returns, when cue stands in an aside within one sentence ("The museum, Mr.
// Bush said, celebrated several of his heroes", "Lenox was a juggernaut, Mr. Clarke said,
// until it went bankrupt") and the content ext lies in that sentence on one side of it,
// the whole sentence as the content, aside and all, and the aside's source, which
// outweighs any the tagger found: what is reported runs on both sides.
func asideExtent(d *Document, cue attrib.Span, ext attrib.Span) (attrib.Span, attrib.Span, bool) {
	s := d.Sentences[d.SentenceOf(cue.From)]
	from := afterDateline(d, s.From, s.To)
	if ext.From < from || ext.To > s.To {
		return attrib.Span{}, attrib.Span{}, false
	}
	k := cue.From - 1 // the comma that opens the aside
	for k > from && cue.From-k <= 7 && d.Tok(k) != "," {
		k--
	}
	if k <= from || d.Tok(k) != "," {
		return attrib.Span{}, attrib.Span{}, false
	}
	c, src, r, ok := asideCue(d, k)
	end := withoutStops(d, r+1, s.To)
	switch w := strings.ToLower(d.Tok(c + 1)); {
	case !ok || c < cue.From || c >= cue.To || !sourcePhrase(d, src):
	case end-r < 3 || d.quoteMarkAt(r+1) || quoteMarkIn(d, from, k):
		// Little or a quotation after it, or a quotation before it that is its own.
	case namingVerb(d.Tok(c)):
		// "The program, called EB-5, allows ...".
	case isRelative(d, k-1):
		// "declarations, which, critics say, will add": the clause is what they say.
	case c == k+1 && !inverts(d.Tok(c)):
		// "Leading plaintiff, the University of California, announced the news, ...".
	case c == k+1 && !hasVerb(d, r+1, end) && (d.lex[r+1]&lexDeterminer != 0 || d.lex[r+1]&lexStop == 0):
		// "..., said Brian Baker, a longtime adviser to ...": what follows the source
		// says who it is.
	case c+1 < r && (w == "that" || w == "if" || w == "whether" || d.lex[c+1]&lexPronoun != 0 && d.lex[c+1]&lexPossessive == 0 && !objectPronoun(w)):
		// "However, he added that his side, who ...": the cue's own clause.
	case objectBefore(d, max(c+1, src.To), r):
		// "Trump repeatedly accused Rafael Cruz, who ...": an object, no aside.
	default:
		return attrib.Span{From: from, To: end}, src, true
	}
	return attrib.Span{}, attrib.Span{}, false
}

// objectPronoun reports whether w is a pronoun that stands only as an object: "told me".
func objectPronoun(w string) bool {
	switch w {
	case "me", "us", "him", "her", "them":
		return true
	}
	return false
}

// objectBefore reports whether tokens [from, to) after a cue hold a mark or a name: what
// was done to someone, not when or where it was said.
func objectBefore(d *Document, from, to int) bool {
	for j := from; j < to; j++ {
		if d.Tokens[j].Kind == text.Punct || d.quoteMarkAt(j) || d.MentionAt(j) >= 0 && d.Mentions[d.MentionAt(j)].Kind == NameMention {
			return true
		}
	}
	return false
}

// hasVerb reports whether tokens [from, to) hold an auxiliary or a verb of saying: a
// clause, not an apposition ("a longtime adviser to the family").
func hasVerb(d *Document, from, to int) bool {
	for k := from; k < to; k++ {
		if d.lex[k]&(lexVerbLike|lexCue) != 0 {
			return true
		}
	}
	return false
}

// inverts reports whether the cue word w comes before its source in news ("..., said Mr
// Milburn, ...", "says the report"): verbs of saying and thinking, not "announced the news".
func inverts(w string) bool {
	switch w {
	case "said", "says", "say", "added", "adds", "argued", "argues", "argue", "suggested", "suggests", "believes", "believed",
		"insisted", "insists", "warned", "warns", "explained", "explains", "claimed", "claims", "predicted",
		"predicts", "noted", "notes", "wrote", "writes", "thinks", "thought", "reckons", "reckoned":
		return true
	}
	return false
}

// asideCue reads the cue and source of an aside that opens with the comma at token k and
// closes with the next comma, within the sentence: "The museum, Mr. Bush said, celebrated
// ...", "X, said Mr Milburn, would ...". It returns the cue's token, the source's tokens
// and the closing comma.
func asideCue(d *Document, k int) (int, attrib.Span, int, bool) {
	if k >= len(d.Tokens) || d.Tok(k) != "," {
		return 0, attrib.Span{}, 0, false
	}
	s := d.Sentences[d.SentenceOf(k)]
	for r := k + 2; r < s.To && r-k <= 10; r++ {
		if d.Tok(r) != "," {
			continue
		}
		c, src, ok := cueClause(d, k, r)
		return c, src, r, ok
	}
	return 0, attrib.Span{}, 0, false
}
