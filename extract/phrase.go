package extract

import (
	"strings"

	"onrecord/text"
)

// Helpers that read short phrases around a token without a parser: title phrases such as
// "shadow policing minister" or "Trade and Industry Secretary", and the entity a mention
// stands for.

// isHead reports whether token i is a noun that names a post.
func (d *Document) isHead(i int) bool {
	if i < 0 || i >= len(d.Tokens) {
		return false
	}
	if d.lex[i]&lexTitleHead != 0 {
		return true
	}
	w := d.Tok(i)
	// Post acronyms: PCC, PM, QC, DPP, CEO.
	switch w {
	case "PCC", "PM", "QC", "DPP", "CEO", "MP", "MSP", "MEP", "AM", "MLA", "CFO", "source", "sources":
		return true
	}
	// "ex-home secretary" is cut as "ex-home" "secretary"; "vice-chairman" is one word.
	if k := strings.LastIndexByte(w, '-'); k > 0 {
		var buf [40]byte
		if len(w)-k-1 <= len(buf) {
			return d.lexOf(string(lowerASCII(buf[:0], w[k+1:])))&lexTitleHead != 0
		}
	}
	return false
}

func (d *Document) lexOf(w string) lex { return d.lexicon.class(w) }

// isTitleWord reports whether token i may stand inside a title phrase: a title word, a
// capitalised word that is no function word, or a hyphenated or possessive part.
func (d *Document) isTitleWord(i int) bool {
	if i < 0 || i >= len(d.Tokens) {
		return false
	}
	c := d.lex[i]
	if c&(lexTitleHead|lexTitleMod|lexFormer) != 0 || d.isHead(i) {
		return true
	}
	if c&(lexStop|lexVerbLike|lexPronoun|lexMonth|lexWeekday) != 0 {
		return false
	}
	w := d.Tok(i)
	if isCapitalised(w) {
		return !isOpeningAdverb(w) || d.Sentences[d.SentenceOf(i)].From != i // not "Like" of "Like President Obama"
	}
	if strings.HasPrefix(w, "ex-") || strings.HasPrefix(w, "Ex-") {
		return true
	}
	return false
}

// lexNoEx returns the word classes of token i, read without an "ex-" before it.
func (d *Document) lexNoEx(i int) lex {
	w := d.Tok(i)
	if len(w) > 3 && (strings.HasPrefix(w, "ex-") || strings.HasPrefix(w, "Ex-")) {
		return d.lexOf(w[3:])
	}
	return d.lex[i]
}

// isPlainWord reports whether token i is a lower-case word that is not a function word
// and does not look like a verb or adverb: it may modify a title ("policing minister").
func (d *Document) isPlainWord(i int) bool {
	if i < 0 || i >= len(d.Tokens) || d.Tokens[i].Kind != text.Word {
		return false
	}
	c := d.lex[i]
	if c&(lexStop|lexVerbLike|lexPronoun|lexCue|lexNumberWord) != 0 {
		return false
	}
	w := d.Tok(i)
	if !isLowerWord(w) {
		return false
	}
	for _, suf := range []string{"ly", "ed", "ing"} {
		if strings.HasSuffix(w, suf) && c&lexTitleMod == 0 {
			return false
		}
	}
	return true
}

func isLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !('a' <= c && c <= 'z' || c == '-' || c == '\'') {
			return false
		}
	}
	return true
}

// mentionEntity returns the entity of the mention covering token i, or -1.
func (d *Document) mentionEntity(i int) int {
	if m := d.MentionAt(i); m >= 0 {
		return d.Mentions[m].Entity
	}
	return -1
}

// entityType returns the type of the entity of the mention at token i, and whether there is one.
func (d *Document) entityTypeAt(i int) (EntityType, bool) {
	e := d.mentionEntity(i)
	if e < 0 {
		return 0, false
	}
	return d.Entities[e].Type, true
}

// titleBefore reads the title phrase that ends just before token end, within the sentence
// starting at token start: "Labour MP" before "John Mann". It returns the phrase's first
// token, or end when there is none. The phrase must end with a post noun.
func (d *Document) titleBefore(start, end int) int {
	if end <= start || end < len(d.Tokens) && d.lineBreakBefore(end) {
		return end // a title on a line above is not this name's ("MPs" in a headline over "Tony Blair")
	}
	j := end - 1
	if !d.isHead(j) {
		// A head with a short complement: "chief inspector of schools Mr Tomlinson".
		of := j - 1
		for of > start && end-of <= 3 && d.Tok(of) != "of" {
			of--
		}
		if of <= start || d.Tok(of) != "of" || !d.isHead(of-1) {
			return end
		}
		for k := of + 1; k < end; k++ {
			if !d.isPlainWord(k) {
				return end
			}
		}
		j = of - 1
	}
	plain := 0
	for j > start {
		k := j - 1
		if d.lineBreakBefore(j) {
			return phraseStart(d, j, end)
		}
		if m := d.MentionAt(k); m >= 0 {
			mt := d.Entities[d.Mentions[m].Entity].Type
			if mt == Person {
				break
			}
			j = d.Mentions[m].From
			continue
		}
		w := d.Tok(k)
		switch {
		case d.isTitleWord(k) && !(k == start && d.lex[k]&lexDeterminer != 0):
			if d.lex[k]&lexHonorific != 0 && !d.isHead(k) {
				return phraseStart(d, j, end)
			}
		case (w == "and" || w == "of" || w == "for" || w == "&") && k > start && isCapitalised(d.Tok(k-1)) && isCapitalised(d.Tok(j)):
		case possessiveS(w):
			if k == start || !isCapitalised(d.Tok(k-1)) {
				return phraseStart(d, j, end)
			}
		case d.isPlainWord(k) && plain < 2 && d.lex[k]&lexTitleMod != 0:
			plain++
		default:
			return phraseStart(d, j, end)
		}
		j = k
	}
	return phraseStart(d, j, end)
}

// phraseStart trims glue words from the start of a phrase [j, end).
func phraseStart(d *Document, j, end int) int {
	for j < end {
		w := d.Tok(j)
		if w == "and" || w == "of" || w == "for" || w == "&" || possessiveS(w) || d.lex[j]&lexDeterminer != 0 {
			j++
			continue
		}
		break
	}
	return j
}

// titleAfter reads a title phrase that starts at token i: an optional determiner and
// "former", title words ending with a post noun, and a complement such as "of the British
// Chambers of Commerce" or "for Rotherham". It returns the end of the head (the title
// proper), the end of the whole phrase, and whether there is one.
func (d *Document) titleAfter(i, sentEnd int) (titleFrom, headEnd, end int, ok bool) {
	for i < sentEnd && (d.lex[i]&(lexDeterminer|lexFormer|lexPossessive) != 0) {
		i++
	}
	titleFrom = i
	j := i
	lastHead := -1
	plain := 0
	for j < sentEnd && j-i < 8 {
		if m := d.MentionAt(j); m >= 0 {
			if d.Entities[d.Mentions[m].Entity].Type == Person {
				break
			}
			j = d.Mentions[m].To
			continue
		}
		w := d.Tok(j)
		switch {
		case d.isHead(j):
			lastHead = j
		case d.isTitleWord(j):
		case possessiveS(w) && j > i:
		case (w == "and" || w == "&") && j > i && isCapitalised(d.Tok(j-1)) && isCapitalised(d.Tok(j+1)):
		case d.isPlainWord(j) && plain < 2:
			plain++
		default:
			goto done
		}
		j++
	}
done:
	if lastHead < 0 {
		return 0, 0, 0, false
	}
	headEnd = lastHead + 1
	end = headEnd
	// A complement: "of the Labour Party", "for Rotherham", "at the council".
	if end < sentEnd {
		switch d.Tok(end) {
		case "of", "for", "at", "in":
			k := end + 1
			for k < sentEnd && d.lex[k]&lexDeterminer != 0 {
				k++
			}
			if m := d.MentionAt(k); m >= 0 {
				end = d.Mentions[m].To // "of the Labour Party"; "lawyer for Mr Begg"
			} else if k < sentEnd && d.isTitleWord(k) && isCapitalised(d.Tok(k)) && d.lex[k]&lexHonorific == 0 {
				first, named := k, false
				for k < sentEnd && (d.isTitleWord(k) && isCapitalised(d.Tok(k)) && d.lex[k]&lexHonorific == 0 || d.Tok(k) == "of" || d.Tok(k) == "and") {
					named = named || d.MentionAt(k) >= 0
					k++
				}
				end = k
				if d.Tok(first-1) == "of" || d.lex[first-1]&lexDeterminer != 0 && d.Tok(first-2) == "of" {
					if !named {
						// "Leader of the Opposition", "Chancellor of the Exchequer": named
						// by no body, the complement is part of the title.
						headEnd = k
					}
				}
			} else if k < sentEnd && d.complementWord(k) && (d.Tok(end) == "of" || d.Tok(end) == "for") {
				// "head of children's services", "lobbyist for disabled rights": a lower-case
				// complement; not "at the next election"
				for k < sentEnd && (d.complementWord(k) || possessiveS(d.Tok(k))) && k-end < 4 {
					k++
				}
				headEnd, end = k, k
			}
		}
	}
	return titleFrom, headEnd, end, true
}

// complementWord reports whether token i may stand in a lower-case complement of a title:
// a plain word, or a participle before one ("disabled rights").
func (d *Document) complementWord(i int) bool {
	if d.isPlainWord(i) {
		return true
	}
	w := d.Tok(i)
	return strings.HasSuffix(w, "ed") && isLowerWord(w) && d.lex[i]&(lexStop|lexCue) == 0 && d.isPlainWord(i+1)
}
