package extract

import "onrecord/text"

// headlineSpeech adds the reported speech of a headline that names its source before a
// colon, as headlines attribute what they report: "Pence: Trump Was Mocking Clinton
// Camp", "NY Post: Kelly Is No Different". The name must be all that stands before the
// colon, titles aside ("Dr. Ann Lee:"), and a person's or a body's the article names;
// "Poll:" and "The Latest:" name no one. What follows must read as something said: a
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
	colon := -1
	for k := s.From + 1; k < end && k-s.From <= 6; k++ {
		if d.Tok(k) == ":" {
			colon = k
			break
		}
	}
	if colon < 0 {
		return
	}
	m := d.MentionAt(colon - 1)
	if m < 0 || d.Mentions[m].Kind != NameMention || d.Mentions[m].To != colon {
		return
	}
	if t := d.Entities[d.Mentions[m].Entity].Type; t != Person && t != Organization {
		return
	}
	for k := s.From; k < d.Mentions[m].From; k++ {
		if !d.isTitleWord(k) {
			return
		}
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
	for _, q := range d.Quotes {
		if q.Start < span.End && span.Start < q.End {
			return // the tagger read it already
		}
	}
	d.Quotes = append(d.Quotes, Quote{Span: span, Speaker: d.Mentions[m].Entity,
		Source: d.Mentions[m].Span, Cue: d.TokenSpan(colon, colon+1)})
}
