package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
		title := q.Direct && isTitle(d, from, to)
		if q.Direct && !q.Cue.Valid() && !signed && (title || words(d, from, to) == 1 && !d.hasCue(d.SentenceOf(from))) {
			continue
		}
		if title && namesWork(d, from-1) {
			continue // "MSNBC's "Morning Joe"", "nicknamed "King James"", "his book, "Make Your Kid a Millionaire""
		}
		if q.Direct && (workBefore(d, from-1) && words(d, from, to) <= 3 || title && workAfter(d, to+1) || nickname(d, from, to)) {
			continue // "the documentary "13th"", "his "Keep It Real" radio show", "Marcia "Cia" Price"
		}
		out = append(out, q)
	}
	d.Quotes = out
}

// namesWork reports whether the quotation mark at token open follows words that
// introduce a name or a title rather than anyone's words: a possessive ("MSNBC's"), a verb
// of naming ("nicknamed", "dubbed", "called"), or a word for a work or a name ("book",
// "show", "nickname"), perhaps with "of", "on" or a comma between.
func namesWork(d *Document, open int) bool {
	j := open - 1
	if j >= 0 && (d.Tok(j) == "," || d.Tok(j) == "of" || d.Tok(j) == "on") && j > 0 && workWord(d.Tok(j-1)) {
		return true
	}
	return j >= 0 && (possessiveMark(d.Tok(j)) || workWord(d.Tok(j)))
}

// workBefore reports whether the quotation mark at token open follows a word for a work
// or a name, perhaps with a comma between, so that a short quotation after it is a name
// or a title: after a verb of naming whose subject is not right before it ("a phenomenon
// called "knocking"", not "what she called "bullying""), or after a word for a work when
// it begins like a title ("the documentary "13th"", not "make the film "official"").
func workBefore(d *Document, open int) bool {
	j := open - 1
	if j > 0 && d.Tok(j) == "," {
		j--
	}
	if j < 0 || !workWord(d.Tok(j)) {
		return false
	}
	if namingVerb(d.Tok(j)) {
		return j == 0 || d.lex[j-1]&lexPronoun == 0 && d.mentionEntity(j-1) < 0
	}
	r, _ := utf8.DecodeRuneInString(d.Tok(open + 1))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// workAfter reports whether a word for a work follows token k or the one after it: the
// title before it names the work ("the "Keep It Real" radio show").
func workAfter(d *Document, k int) bool {
	for j := k; j < k+2 && j < len(d.Tokens); j++ {
		if d.Tokens[j].Kind != text.Word {
			return false
		}
		if w := d.Tok(j); workWord(w) && !namingVerb(w) {
			return true
		}
	}
	return false
}

// nickname reports whether the quotation of tokens [from, to), its marks at from-1 and
// to, is one capitalised word between two capitalised names: "Marcia "Cia" Price".
func nickname(d *Document, from, to int) bool {
	return to-from == 1 && isCapitalised(d.Tok(from)) && from >= 2 && to+1 < len(d.Tokens) &&
		isCapitalised(d.Tok(from-2)) && d.Tokens[from-2].Kind == text.Word &&
		isCapitalised(d.Tok(to+1)) && d.Tokens[to+1].Kind == text.Word && d.lex[to+1]&lexStop == 0
}

// namingVerb reports whether w is a verb that gives a name ("called", "dubbed"), among
// the words workWord knows.
func namingVerb(w string) bool {
	switch strings.ToLower(w) {
	case "called", "named", "dubbed", "nicknamed", "titled", "entitled":
		return true
	}
	return false
}

// workWord reports whether w introduces a name or a work's title.
func workWord(w string) bool {
	switch strings.ToLower(w) {
	case "nicknamed", "named", "titled", "entitled", "dubbed", "called", "nickname", "book", "show", "programme",
		"program", "film", "movie", "song", "album", "anthem", "series", "episode", "documentary", "novel", "play",
		"column", "magazine", "forum", "memoir", "single", "broadcast", "project":
		return true
	}
	return false
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
