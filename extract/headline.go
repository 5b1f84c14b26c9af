package extract

import (
	"strings"

	"onrecord/attrib"
	"onrecord/text"
)

// headlineSpeech adds the reported speech of a headline that names its source before a
// colon, as headlines attribute what they report: "Pence: Trump Was Mocking Clinton
// Camp", "NY Post: Kelly Is No Different" (headlineSource says which names do), or after
// a comma with a verb of saying that ends it ("Petrol duties frozen, Brown says"). The
// name must be a person's or a body's the article names; "Poll:" and "The Latest:" name
// no one. What follows must read as something said: a
// statement, with a verb such as "is" or "will", or words quoted; a profile's headline
// ("Jane Doe: Queen of the bestsellers") reports nothing said.
func headlineSpeech(d *Document) {
	if len(d.Sentences) == 0 || !d.Sentences[0].Headline {
		return
	}
	s := d.Sentences[0]
	end := s.To
	for i := 1; i < len(d.Sentences) && d.Sentences[i].Headline && d.Sentences[i].Para == s.Para; i++ {
		end = d.Sentences[i].To
	}
	if finalHeadlineCue(d, s.From, end) {
		return
	}
	colon := -1
	for k := s.From + 1; k < end && k-s.From <= 8; k++ {
		if d.Tok(k) == ":" {
			colon = k
			break
		}
	}
	if colon < 0 {
		return
	}
	m := headlineSource(d, s.From, colon)
	if m < 0 {
		return
	}
	from, to := colon+1, end
	to = withoutStops(d, from, to)
	if to-from > 2 && d.Tokens[from].Kind == text.Quote && d.Tokens[to-1].Kind == text.Quote {
		from, to = from+1, withoutStops(d, from+1, to-1) // quoted whole: the words without their marks
	}
	if to-from < 3 {
		return
	}
	said := false // a statement, or words quoted: not "Jane Doe: Queen of the bestsellers"
	for k := from; k < to && !said; k++ {
		said = d.lex[k]&lexVerbLike != 0 || d.Tokens[k].Kind == text.Quote
	}
	if !said {
		return
	}
	span := d.TokenSpan(from, to)
	if readAlready(d, span) {
		return
	}
	d.Quotes = append(d.Quotes, Quote{Span: span, Speaker: d.Mentions[m].Entity,
		Source: d.Mentions[m].Span, Cue: d.TokenSpan(colon, colon+1)})
}

// finalHeadlineCue adds the reported speech of a headline, tokens [from, end), that ends
// with its source and a verb of saying after a comma, as headlines put them in capitals:
// "Clinton Hid Past Health Problems From Public, Former White House Doctor Says". It
// reports whether it did.
func finalHeadlineCue(d *Document, from, end int) bool {
	end = withoutStops(d, from, end)
	c := end - 1
	if c-from < 5 || d.lex[c]&lexCue == 0 || !strings.HasSuffix(d.Tok(c), "s") {
		return false // "Says", "Warns"; not "UK urged", which the UK was
	}
	for k := c - 1; k > from+2 && c-k <= 6; k-- {
		if d.Tok(k) == "," {
			src := attrib.Span{From: k + 1, To: c}
			if src.To-src.From < 1 {
				return false
			}
			for j := src.From; j < src.To; j++ {
				if d.Tokens[j].Kind != text.Word || d.lex[j]&(lexVerbLike|lexCue) != 0 {
					return false
				}
			}
			span := d.TokenSpan(from, k)
			if readAlready(d, span) {
				return true
			}
			speaker := speakerIn(d, src.From, src.To)
			if d.MentionAt(c) >= 0 {
				speaker = -1 // "Doctor Says" taken for a name: no one the tagger named
			}
			d.Quotes = append(d.Quotes, Quote{Span: span, Speaker: speaker, Source: d.TokenSpan(src.From, src.To), Cue: d.TokenSpan(c, c+1)})
			return true
		}
	}
	return false
}

// readAlready reports whether reported speech of the tagger overlaps span, or a direct
// quotation holds half of it.
func readAlready(d *Document, span Span) bool {
	for _, q := range d.Quotes {
		if o := min(q.End, span.End) - max(q.Start, span.Start); o > 0 && (!q.Direct || 2*o >= span.End-span.Start) {
			return true
		}
	}
	return false
}

// headlineSource returns the mention of the person or body a headline that opens at
// token from names as its source before the colon at token colon: the name alone before
// it, titles aside ("Dr. Ann Lee:"), the name after "from" ("A lesson from Loretta
// Lynch:"), or the name that speaks on what the colon follows ("Obama on Climate
// Change:"); -1 if none.
func headlineSource(d *Document, from, colon int) int {
	speaks := func(m int) bool {
		t := d.Entities[d.Mentions[m].Entity].Type
		return d.Mentions[m].Kind == NameMention && (t == Person || t == Organization)
	}
	titles := func(m int) bool {
		for k := from; k < d.Mentions[m].From; k++ {
			if !d.isTitleWord(k) {
				return false
			}
		}
		return speaks(m)
	}
	if m := d.MentionAt(colon - 1); m >= 0 && d.Mentions[m].To == colon && (titles(m) || speaks(m) && strings.EqualFold(d.Tok(d.Mentions[m].From-1), "from")) {
		return m // "Dr. Ann Lee:", "A lesson from Loretta Lynch:"
	}
	for k := from; k < colon-2; k++ {
		if m := d.MentionAt(k); m >= 0 && d.Mentions[m].From == k {
			if strings.EqualFold(d.Tok(d.Mentions[m].To), "on") && titles(m) {
				return m
			}
			return -1
		}
		if !d.isTitleWord(k) {
			return -1
		}
	}
	return -1
}
