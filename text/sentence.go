package text

import "strings"

// Sentence is one sentence of a text: tokens [From, To) of the token list it was split from
// and the byte range [Start, End) they cover.
type Sentence struct {
	From, To   int  // token indexes, half-open
	Start, End int  // byte offsets, half-open
	Para       int  // paragraph number, counting from 0
	Headline   bool // the headline: a first line followed by a blank line
}

// Split appends the sentences of src, already cut into toks, to dst and returns the
// extended slice. Sentences end at terminal punctuation followed by a likely sentence start,
// at closing quotation marks after such punctuation, and at every paragraph break; never
// after a title such as "Mr." or an initial. Paragraphs are separated by blank lines, or by
// line breaks when the text has no blank lines at all. A first line followed by a blank line
// is a headline and stays one sentence. No sentence is longer than MaxSentence tokens.
func Split(dst []Sentence, src string, toks []Token) []Sentence {
	if len(toks) == 0 {
		return dst
	}
	blank := hasBlankLine(src)
	para := 0
	from := 0
	headline := blank && isHeadline(src, toks)
	var emit func(to int)
	emit = func(to int) {
		for to-from > MaxSentence {
			emit(cut(src, toks, from, from+MaxSentence))
		}
		if to > from {
			dst = append(dst, Sentence{From: from, To: to, Start: toks[from].Start, End: toks[to-1].End,
				Para: para, Headline: headline && para == 0})
		}
		from = to
	}
	for k := 0; k < len(toks); k++ {
		if k > 0 && paragraphBreak(src[toks[k-1].End:toks[k].Start], blank) {
			emit(k)
			para++
			continue
		}
		if k-from >= MaxSentence {
			emit(cut(src, toks, from, k))
		}
		if headline && para == 0 {
			continue
		}
		end := sentenceEnd(src, toks, k, blank)
		if end > k {
			emit(end)
			k = end - 1
		}
	}
	emit(len(toks))
	return dst
}

// MaxSentence is the most tokens a sentence has. A longer run without a sentence end, a
// list or a text without punctuation, is cut after a comma, semicolon, colon or dash near
// the limit, or at the limit, so that no later stage sees an unbounded sentence.
const MaxSentence = 256

// cut returns where to end a sentence of tokens [from, k) that has reached MaxSentence: after
// the last clause punctuation in its final quarter, or at k.
func cut(src string, toks []Token, from, k int) int {
	for j := k - 1; j > k-MaxSentence/4 && j > from; j-- {
		switch src[toks[j].Start:toks[j].End] {
		case ",", ";", ":":
			return j + 1
		}
		if toks[j].Kind == Dash {
			return j + 1
		}
	}
	return k
}

// sentenceEnd returns the index of the token after the sentence that token k ends, or k
// if token k does not end one.
func sentenceEnd(src string, toks []Token, k int, blank bool) int {
	t := toks[k]
	w := src[t.Start:t.End]
	abbrev := false // only a likely sentence start ends the sentence
	switch {
	case t.Kind == Punct && (w == "." || w == "!" || w == "?"):
	case t.Kind == Punct && (w[0] == '.' || w == "\u2026"):
		abbrev = true // an ellipsis
	case t.Kind == Word && len(w) > 1 && w[len(w)-1] == '.':
		stem := w[:len(w)-1]
		if titles[stem] || isInitial(stem) {
			return k
		}
		abbrev = true
	default:
		return k
	}
	m := k + 1
	for m < len(toks) && !paragraphBreak(src[toks[m-1].End:toks[m].Start], blank) {
		u := toks[m]
		x := src[u.Start:u.End]
		if u.Kind == Punct && (x == "!" || x == "?" || x[0] == '.' || x == ")" || x == "]") ||
			u.Kind == Quote && ClosesQuote(src, u) {
			m++
			continue
		}
		break
	}
	if m == len(toks) || paragraphBreak(src[toks[m-1].End:toks[m].Start], blank) {
		return m
	}
	next := toks[m]
	x := src[next.Start:next.End]
	if abbrev {
		if starters[x] || next.Kind == Quote && !ClosesQuote(src, next) {
			return m
		}
		return k
	}
	r, _ := decode(x, 0)
	if isUpper(r) || isDigit(r) || next.Kind == Quote && !ClosesQuote(src, next) ||
		x == "(" || x == "[" || next.Kind == Dash || r == '\u2022' {
		return m
	}
	return k
}

// ClosesQuote reports whether the quotation mark t closes a quotation: curly and angle
// closing marks do, save a closing double mark that begins a line, which has nothing to
// close and so was typed for an opening one (”Yes,” she said); a straight mark closes
// when it follows a non-space character other than an opening bracket or a dash, looking
// past the marks right before it (`,'"` closes, `"'` after a space opens).
func ClosesQuote(src string, t Token) bool {
	r, _ := decode(src, t.Start)
	switch r {
	case '\u201d':
		return !startsLine(src, t.Start)
	case '\u2019', '\u00bb', '\u203a':
		return true
	case '"', '\'':
		for i := t.Start; i > 0; {
			p, n := decodeLast(src, i)
			if !isQuote(p) {
				return !isSpace(p) && p != '(' && p != '[' && !isDash(p)
			}
			i -= n
		}
	}
	return false
}

// startsLine reports whether only spaces stand between the start of src's line holding
// byte i and i.
func startsLine(src string, i int) bool {
	for i > 0 {
		p, n := decodeLast(src, i)
		if p == '\n' || p == '\r' {
			return true
		}
		if !isSpace(p) {
			return false
		}
		i -= n
	}
	return true
}

// IsDoubleQuote reports whether the quotation mark t is a double one: straight, curly,
// angle, or typeset as “ and ”.
func IsDoubleQuote(src string, t Token) bool {
	switch src[t.Start:t.End] {
	case "\"", "\u201c", "\u201d", "``", "''", "\u201e", "\u201f", "\u00ab", "\u00bb":
		return true
	}
	return false
}

// paragraphBreak reports whether the space between two tokens separates paragraphs.
func paragraphBreak(space string, blank bool) bool {
	nl := strings.Count(space, "\n")
	if blank {
		return nl >= 2
	}
	return nl >= 1
}

func hasBlankLine(src string) bool {
	for i := strings.IndexByte(src, '\n'); i >= 0; {
		j := i + 1
		for j < len(src) && (src[j] == ' ' || src[j] == '\t' || src[j] == '\r') {
			j++
		}
		if j < len(src) && src[j] == '\n' {
			return true
		}
		k := strings.IndexByte(src[j:], '\n')
		if k < 0 {
			return false
		}
		i = j + k
	}
	return false
}

// isHeadline reports whether the text opens with a single line followed by a blank line
// and more text.
func isHeadline(src string, toks []Token) bool {
	for k := 1; k < len(toks); k++ {
		space := src[toks[k-1].End:toks[k].Start]
		if nl := strings.Count(space, "\n"); nl >= 2 {
			return true
		} else if nl == 1 {
			return false
		}
	}
	return false
}

// titles are abbreviations that stand before a name and so never end a sentence.
var titles = toSet(`Mr Mrs Ms Messrs Mme Mlle Dr Prof St Rev Fr Gen Sen Rep Reps Gov Lt Col Capt Cmdr Cdr
	Maj Sgt Cpl Pte Adm Brig Hon Insp Supt Det Const Pres Amb Mt Ft`)

// starters are words that often begin a sentence; after an abbreviation such as "U.S." or
// "Inc." they mark the start of a new one.
var starters = toSet(`The A An This That These Those There Then Their They He She It Its His Her Him We Our
	I You Your My But And Or So Yet In On At For From With By As Of To If When While After Before
	Since Although Though However Meanwhile Now Some Many Most All Both Each Other Another Such
	What Which Who Why How Where Mr Mrs Ms Dr Prof Sir Lord Lady Last Next One Two Three No Not
	Also Instead Even Still Under Over During Despite According`)
