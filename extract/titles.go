package extract

import (
	"strings"

	"onrecord/text"
)

// dropTitles removes the quotations that read as titles or scare quotes, not as anyone's
// words: a few words, each capitalised but the function words, that no cue attributes
// ("Face the Nation", "Make Your Kid a Millionaire"), and single words in a sentence with
// no verb of saying (police treated as a "charity"); not those signed with a dash.
func dropTitles(d *Document) {
	out := d.Quotes[:0]
	for _, q := range d.Quotes {
		from, to := d.TokenAt(q.Start), d.TokenAt(q.End)
		signed := to+1 < len(d.Tokens) && d.Tokens[to+1].Kind == text.Dash
		if q.Direct && !q.Cue.Valid() && !signed && (isTitle(d, from, to) || words(d, from, to) == 1 && !d.hasCue(d.SentenceOf(from))) {
			continue
		}
		out = append(out, q)
	}
	d.Quotes = out
}

// words returns the number of word tokens in [from, to).
func words(d *Document, from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if d.Tokens[k].Kind == text.Word {
			n++
		}
	}
	return n
}

// hasCue reports whether sentence si holds a verb of saying or "according".
func (d *Document) hasCue(si int) bool {
	s := d.Sentences[si]
	for k := s.From; k < s.To; k++ {
		if d.lex[k]&lexCue != 0 || strings.EqualFold(d.Tok(k), "according") {
			return true
		}
	}
	return false
}

// isTitle reports whether tokens [from, to) are two to ten words in title case, ending
// at most in a comma or stop.
func isTitle(d *Document, from, to int) bool {
	for to > from && (d.Tok(to-1) == "," || d.Tok(to-1) == ".") {
		to--
	}
	if to-from < 2 || to-from > 10 {
		return false
	}
	caps := 0
	for k := from; k < to; k++ {
		switch w := d.Tok(k); {
		case isCapitalised(w):
			caps++
		case d.lex[k]&lexStop != 0 && k > from:
		default:
			return false
		}
	}
	return caps >= 2
}
