package extract

import (
	"slices"
	"strings"

	"onrecord/attrib"
	"onrecord/text"
)

// untaggedSpeech adds the reported speech of sentences that open with their source and
// cue ("Mr Clarke said he expected to sell its coal for at least $50 a ton."), end with
// them ("Recent shipments have sold for just above $40 a ton, he said.") or hold them in
// an aside among their first words ("The museum, Mr. Bush said, celebrated ...") where
// neither the tagger nor the quotation marks found any, or where the tagger found only
// reported speech of another cue inside ("West Virginia officials felt comfortable with
// this arrangement ..., said Mr. Barrett."); and of relative clauses that a verb of saying
// opens ("listeners who said they had misgivings"). direct holds the direct quotations, in
// text order.
func (x *Extractor) untaggedSpeech(d *Document, direct []Quote) {
	quoted := make([]bool, len(d.Sentences))   // sentences a direct quotation touches
	reported := make([]bool, len(d.Sentences)) // sentences reported speech touches
	touching := make([][]Span, len(d.Sentences))
	cues := cuedSpans{}
	for _, q := range d.Quotes {
		for t := d.TokenAt(q.Cue.Start); q.Cue.Valid() && t < len(d.Tokens) && d.Tokens[t].Start < q.Cue.End; t++ {
			cues[t] = append(cues[t], q.Span)
		}
		for si := d.SentenceOf(d.TokenAt(q.Start)); si < len(d.Sentences) && d.Tokens[d.Sentences[si].From].Start < q.End; si++ {
			touching[si] = append(touching[si], q.Span)
			if q.Direct {
				quoted[si] = true
			} else {
				reported[si] = true
			}
		}
	}
	for si, s := range d.Sentences {
		if s.Headline || s.To-s.From < 6 {
			continue
		}
		x.relativeSpeech(d, direct, s, touching[si])
		if quoted[si] {
			continue
		}
		from := afterDateline(d, s.From, s.To)
		if x.asideSpeech(d, direct, cues, s, from) {
			continue
		}
		if reported[si] || !x.openingCueSpeech(d, direct, s, from) {
			x.endingCueSpeech(d, direct, cues, s, from, reported[si])
		}
	}
}

// asideSpeech adds the reported speech of sentence s, from token from, when a verb of
// saying and its source stand in an aside among its first words ("The museum, Mr. Bush
// said, celebrated several of his heroes"), unless a quotation has that cue already, and
// reports whether it did.
func (x *Extractor) asideSpeech(d *Document, direct []Quote, cues cuedSpans, s text.Sentence, from int) bool {
	for c := from + 2; c < s.To-3 && c-from <= 12; c++ {
		if !speechVerb(d, c) {
			continue
		}
		cue := attrib.Span{From: c, To: c + 1}
		ext, src, ok := asideExtent(d, cue, attrib.Span{From: from, To: c})
		r := c + 1
		for r < s.To && d.Tok(r) != "," {
			r++
		}
		if w := strings.ToLower(d.Tok(r + 1)); !ok || cues.taken(c, d.TokenSpan(ext.From, ext.To)) || w == "as" || w == "but" || speechParticiple(w) {
			return false // not "Costs will rise, the firm said on Friday, as it cut its forecast"
		}
		a := attrib.Attribution{Content: []attrib.Span{ext}, Cue: cue, Source: src}
		x.reportedSpeech(d, direct, a, ext)
		return true
	}
	return false
}

// relativeSpeech adds the reported speech of a relative clause in sentence s that a verb
// of saying opens ("... listeners who said they had misgivings about Mrs. Clinton.",
// "..., who said they were facing redundancy, could barely ..."), whoever it stands for,
// where none of the quotations found already that touch s does: to the sentence's end, or
// to the comma that closes a clause set off by commas.
func (x *Extractor) relativeSpeech(d *Document, direct []Quote, s text.Sentence, touching []Span) {
	for k := s.From + 1; k+4 < s.To; k++ {
		if !isRelative(d, k) || !speechVerb(d, k+1) || strings.HasSuffix(d.Tok(k+1), "ing") {
			continue
		}
		from := k + 2
		if !inverts(d.Tok(k+1)) || d.Tok(from) != "that" && !newClause(d, from) {
			continue // not "who wrote the authorised biography", "who told his subordinates": a clause said
		}
		end := withoutStops(d, from, s.To)
		if d.Tok(k-1) == "," {
			for j := from; j < end; j++ {
				if d.Tok(j) == "," {
					end = j
					break
				}
			}
		}
		span := d.TokenSpan(from, end)
		if end-from < 4 || quoteMarkIn(d, from, end) || slices.ContainsFunc(touching, span.Overlaps) {
			continue
		}
		a := attrib.Attribution{Content: []attrib.Span{{From: from, To: end}}, Cue: attrib.Span{From: k + 1, To: k + 2}, Source: attrib.Span{From: k, To: k + 1}}
		x.reportedSpeech(d, direct, a, attrib.Span{From: from, To: end})
	}
}

// openingCueSpeech adds the reported speech of sentence s, from token from, when it
// opens with who says it and a verb of saying followed by "that", a determiner or a
// pronoun, or with "According to" someone and a comma, and reports whether it did.
func (x *Extractor) openingCueSpeech(d *Document, direct []Quote, s text.Sentence, from int) bool {
	if strings.EqualFold(d.Tok(from), "according") && d.Tok(from+1) == "to" {
		// "According to the Nationwide, prices fell 0.4% in October."
		for k := from + 3; k < s.To-4 && k-from <= 9; k++ {
			if d.Tok(k) != "," {
				continue
			}
			if !sourcePhrase(d, attrib.Span{From: from + 2, To: k}) {
				return false
			}
			end := withoutStops(d, k+1, s.To)
			a := attrib.Attribution{Content: []attrib.Span{{From: k + 1, To: end}}, Cue: attrib.Span{From: from, To: from + 2}, Source: attrib.Span{From: from + 2, To: k}}
			x.reportedSpeech(d, direct, a, attrib.Span{From: k + 1, To: end})
			return true
		}
		return false
	}
	for c := from + 1; c < s.To-4 && c-from <= 6; c++ {
		if !speechVerb(d, c) || strings.HasSuffix(d.Tok(c), "ing") {
			continue
		}
		if !sourcePhrase(d, attrib.Span{From: from, To: c}) || d.lex[c+1]&(lexDeterminer|lexPronoun) == 0 && d.Tok(c+1) != "that" {
			return false
		}
		end := withoutStops(d, c+1, s.To)
		a := attrib.Attribution{Content: []attrib.Span{{From: c + 1, To: end}}, Cue: attrib.Span{From: c, To: c + 1}, Source: attrib.Span{From: from, To: c}}
		x.reportedSpeech(d, direct, a, attrib.Span{From: c + 1, To: end})
		return true
	}
	return false
}

// endingCueSpeech adds the reported speech of sentence s, from token from, when one of its
// last two commas is followed by who says it and a verb of saying ("CONTENT, he said.",
// "CONTENT, said Brian Baker, a longtime adviser ...") or stands before such an aside
// ("CONTENT, said Mr Milburn, CONTENT."), unless a quotation found already has that cue;
// inner tells that reported speech found already lies in s.
func (x *Extractor) endingCueSpeech(d *Document, direct []Quote, cues cuedSpans, s text.Sentence, from int, inner bool) {
	last := -1 // the last comma
	for k, commas := s.To-2, 0; k > from+2 && s.To-k <= 40 && commas < 2; k-- {
		if d.Tok(k) != "," {
			continue
		}
		commas++
		if last < 0 {
			last = k
		}
		if relativeStart(d, from, k) >= 0 {
			return // "Bruce Misamore, who had moved to the US, acknowledged": the comma closes a clause of the subject
		}
		c, src, ok := finalCue(d, k)
		if !ok && commas == 2 && d.lex[k+1]&lexCue != 0 {
			// "..., said Brian Baker, a longtime adviser to ...": the name between the
			// cue and the apposition that ends the sentence.
			if m := d.MentionAt(k + 2); m >= 0 && d.Mentions[m].From == k+2 && d.Tok(d.Mentions[m].To) == "," {
				c, src, ok = k+1, attrib.Span{From: k + 2, To: d.Mentions[m].To}, true
			}
		}
		if c2, src2, r, ok2 := asideCue(d, k); !ok && commas == 2 && ok2 && c2 > k+1 && r == last && opensAdjunct(d, r+1) && speechVerb(d, c2) && sourcePhrase(d, src2) && !cues.taken(c2, d.TokenSpan(from, k)) {
			// "..., top black lawmakers said Friday, as they bristled at ...": the cue's
			// clause closes before an adjunct of it.
			a := attrib.Attribution{Content: []attrib.Span{{From: from, To: k}}, Cue: attrib.Span{From: c2, To: c2 + 1}, Source: src2}
			x.reportedSpeech(d, direct, a, attrib.Span{From: from, To: k})
			return
		}
		if ok && commas == 2 && src.To < s.To && (d.Tok(src.To) != "," || d.lex[src.To+1]&lexDeterminer == 0 && !d.isTitleWord(src.To+1)) {
			// "The tone of the campaign, said Alan Milburn, would be positive.": an aside
			// in what is reported, which runs on to the sentence's end.
			end := withoutStops(d, src.To, s.To)
			if c == k+1 && d.Tok(src.To) == "," && end-src.To > 2 && speechVerb(d, c) && sourcePhrase(d, src) && !cues.taken(c, d.TokenSpan(from, end)) {
				a := attrib.Attribution{Content: []attrib.Span{{From: from, To: k}, {From: src.To + 1, To: end}}, Cue: attrib.Span{From: c, To: c + 1}, Source: src}
				x.reportedSpeech(d, direct, a, attrib.Span{From: from, To: end})
			}
			return
		}
		if ok && speechVerb(d, c) && sourcePhrase(d, src) && (commas == 1 || c == k+1) && !cues.taken(c, d.TokenSpan(from, k)) &&
			(c == k+1 && !namingVerb(d.Tok(c)) && (!inner || nounSource(d, src)) || c > k+1 && afterCueIdle(d, c, withoutStops(d, c+1, s.To))) {
			a := attrib.Attribution{Content: []attrib.Span{{From: from, To: k}}, Cue: attrib.Span{From: c, To: c + 1}}
			x.reportedSpeech(d, direct, a, attrib.Span{From: from, To: k})
			return
		}
	}
}

// speechVerb reports whether token c is a verb of saying in lower case: "said", not
// "States" of "the United States".
func speechVerb(d *Document, c int) bool {
	return d.lex[c]&lexCue != 0 && isLowerWord(d.Tok(c))
}

// sourcePhrase reports whether tokens src read as who says something: a name, "he" or
// "they", or a short noun phrase that opens with a determiner or a capital or is a plural
// noun for people ("the Tax Foundation", "top black lawmakers", "analysts"); not a clause
// ("which Boeing", "although it didn't") nor a noun the cue word is one with ("our hopes").
func sourcePhrase(d *Document, src attrib.Span) bool {
	n := src.To - src.From
	if n < 1 || n > 8 {
		return false
	}
	first := src.From
	if n == 1 && d.lex[first]&lexPronoun != 0 && d.lex[first]&lexPossessive == 0 {
		return true // "he said", "they say"
	}
	named, head := false, src.To-1
	for k := src.From; k < src.To; k++ {
		if m := d.MentionAt(k); m >= 0 && d.Mentions[m].Kind == NameMention {
			named = true
			k = d.Mentions[m].To - 1
			continue
		}
		w := d.Tok(k)
		if k > src.From && ofSpeaker(d, k) && head == src.To-1 {
			head = k - 1 // "attorneys for the family", "officials from both parties"
			continue
		}
		if d.Tokens[k].Kind != text.Word && !possessiveMark(w) || d.lex[k]&(lexVerbLike|lexCue) != 0 || isRelative(d, k) || strings.HasSuffix(w, "ing") ||
			d.lex[k]&lexStop != 0 && d.lex[k]&lexDeterminer == 0 && !quantifier(w) {
			return false // "Multiplex will have to win legal", "which Boeing"
		}
	}
	last := strings.ToLower(d.Tok(head))
	return named || d.lex[first]&(lexDeterminer|lexNumberWord) != 0 || quantifier(d.Tok(first)) || peopleNoun(last) || speaksFor(last) || d.isHead(head)
}

// cuedSpans holds, by each token of their cue, the spans of the quotations found before
// untaggedSpeech.
type cuedSpans map[int][]Span

// taken reports whether a quotation of cues within span has token c in its cue.
func (cues cuedSpans) taken(c int, span Span) bool {
	for _, q := range cues[c] {
		if q.Overlaps(span) {
			return true
		}
	}
	return false
}

// afterCueIdle reports whether tokens (c, end) after a cue that ends a sentence say only
// when, where or to whom it was said ("he said on Friday", "they told reporters"), not
// what: "A year later, Mr. Obama called it a priority" reports nothing before the comma.
func afterCueIdle(d *Document, c, end int) bool {
	if c+1 >= end || addressesObject(d.Tok(c)) || d.lex[c+1]&lexCue != 0 {
		return true // "he told reporters", "UK media reports say"
	}
	w := strings.ToLower(d.Tok(c + 1))
	switch w {
	case "last", "this", "yesterday", "today", "tonight", "earlier", "later", "then", "recently", "previously", "now", "again":
		return true
	}
	return d.lex[c+1]&lexWeekday != 0 || d.lex[c+1]&lexStop != 0 && d.lex[c+1]&(lexDeterminer|lexPronoun) == 0 && w != "that"
}

// nounSource reports whether the source src, which follows its cue, reads as a noun phrase
// rather than a clause: no determiner after a name in it ("..., noted NBC's Dante
// Chinni.", "..., reported AP news agency."; not "..., though, believes Williams fits the
// bill perfectly.").
func nounSource(d *Document, src attrib.Span) bool {
	named := false
	for k := src.From; k < src.To; k++ {
		if m := d.MentionAt(k); m >= 0 && d.Mentions[m].Kind == NameMention {
			named, k = true, d.Mentions[m].To-1
		} else if named && d.lex[k]&lexDeterminer != 0 {
			return false
		}
	}
	return true
}

// ofSpeaker reports whether token k is a preposition that says whom the people named
// right before it speak for or come from: "attorneys for the family", "a spokesman for
// the council", "officials from both parties".
func ofSpeaker(d *Document, k int) bool {
	switch strings.ToLower(d.Tok(k)) {
	case "for", "from", "of", "at":
		w := strings.ToLower(d.Tok(k - 1))
		return peopleNoun(w) || speaksFor(w)
	}
	return false
}

// opensAdjunct reports whether token k opens a clause or phrase that hangs on the one before
// it: "as they bristled at ...", "adding that ...", "because ...".
func opensAdjunct(d *Document, k int) bool {
	switch w := d.Tok(k); strings.ToLower(w) {
	case "but", "despite", "with", "even":
		return true
	default:
		return subordinator(w) || isLowerWord(w) && strings.HasSuffix(w, "ing") && len(w) > 4
	}
}
