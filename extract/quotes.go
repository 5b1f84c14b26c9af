package extract

import (
	"sort"
	"strings"

	"onrecord/attrib"
	"onrecord/text"
)

// findQuotes finds direct quotations (between quotation marks, fragments included, over
// several paragraphs, or broken by their cue; titles left out) and reported speech ("Mann said he would
// refer Wright to the police"), and who spoke each: the speaker is read from the cue next
// to the quotation ("he said", "said Mr Blair", "Mr Howard told BBC News:"), from a verb of
// saying earlier in the sentence, or carried over from the quotation before when a quoted
// paragraph follows another with no new cue.
func (x *Extractor) findQuotes(d *Document) {
	x.directQuotes(d)
	x.attributeQuotes(d)
	dropTitles(d)
	x.taggedSpeech(d)
	headlineSpeech(d)
	definiteSources(d)
	x.firstPersonMentions(d)
}

// definiteSources gives a quotation whose source is "the source", "the spokesman" or "the
// statement", and who that is unsaid, the speaker of the quotation before it whose source
// was "a Labour source", "a Downing Street spokesman" or "an IAAF statement": the definite
// phrase refers back to it. So does a "he" or "she" that is no one's after such a source:
// "A spokeswoman for Human Rights Watch said ... She added: ...".
func definiteSources(d *Document) {
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Speaker >= 0 || !q.Source.Valid() {
			continue
		}
		from, to := d.TokenAt(q.Source.Start), d.TokenAt(q.Source.End-1)+1
		if w := strings.ToLower(d.Tok(from)); to-from == 1 && (w == "he" || w == "she") {
			if j := quoteBefore(d, i); j >= 0 && d.Quotes[j].Speaker >= 0 && spokenFor(d, d.Quotes[j].Source) {
				q.Speaker = d.Quotes[j].Speaker
			}
			continue
		}
		if e := possessorOfSpokesman(d, from, to); e >= 0 {
			q.Speaker = e // "Mr Blair's official spokesman said"
			continue
		}
		if to-from != 2 || !strings.EqualFold(d.Tok(from), "the") || !speaksFor(d.Tok(to-1)) && !isUtterance(d.Tok(to-1)) {
			continue
		}
		// "The statement continued" after "An IAAF statement said": the one named with it.
		head := d.Tok(to - 1)
		for j := i - 1; j >= 0 && q.Start-d.Quotes[j].End < 2000; j-- {
			p := d.Quotes[j]
			if p.Speaker < 0 || !p.Source.Valid() || p.Start > q.Start {
				continue
			}
			if last := d.TokenAt(p.Source.End - 1); strings.EqualFold(d.Tok(last), head) || strings.EqualFold(d.Tok(last+1), head) {
				q.Speaker = p.Speaker
				break
			}
		}
	}
}

// possessorOfSpokesman returns whose spokesman the source tokens [from, to) name, when
// they end in "spokesman" or the like after a name's "'s": "Mr Blair's official
// spokesman", "the council's spokesperson"; else -1.
func possessorOfSpokesman(d *Document, from, to int) int {
	if !strings.HasPrefix(strings.ToLower(d.Tok(to-1)), "spokes") {
		return -1
	}
	// whose returns the entity named right before the "'s" at token k, or -1.
	whose := func(k int) int {
		if m := d.MentionAt(k - 1); m >= 0 && d.Mentions[m].To == k {
			return d.Mentions[m].Entity
		}
		return -1
	}
	for k := from; k < to && k-from <= 3; k++ {
		if possessiveS(d.Tok(k)) {
			return whose(k)
		}
	}
	if k := from - 1; k > 0 && possessiveS(d.Tok(k)) {
		return whose(k)
	}
	return -1
}

// quoteBefore returns the quotation that ends last before quotation i starts, within
// 2,000 bytes, or -1.
func quoteBefore(d *Document, i int) int {
	best := -1
	for j, p := range d.Quotes {
		if j != i && p.End <= d.Quotes[i].Start && d.Quotes[i].Start-p.End < 2000 && (best < 0 || p.End > d.Quotes[best].End) {
			best = j
		}
	}
	return best
}

// spokenFor reports whether the source span names someone who speaks for a body: "a
// spokeswoman for Human Rights Watch", "a Downing Street spokesman".
func spokenFor(d *Document, src Span) bool {
	if !src.Valid() {
		return false
	}
	for k := d.TokenAt(src.Start); k < len(d.Tokens) && d.Tokens[k].Start < src.End; k++ {
		if speaksFor(d.Tok(k)) {
			return true
		}
	}
	return false
}

// taggedSpeech adds the reported speech the attribution tagger finds: each attribution
// that has a cue and a source (tagged, or found beside the cue) and whose content is not
// mostly one direct quotation, which the record holds already.
func (x *Extractor) taggedSpeech(d *Document) {
	ad := &x.attrDoc
	ad.Text, ad.Tokens, ad.Sentences = d.Text, d.Tokens, d.Sentences
	ad.SetEntities(x.spans)
	ad.SetClasses(x.model)
	defer func() {
		// Keep the scratch space, not the document.
		ad.Text, ad.Tokens, ad.Sentences = "", nil, nil
		if len(d.Tokens) > 1<<16 {
			ad.Entity, ad.Class = nil, nil
		}
	}()
	direct := d.Quotes[:len(d.Quotes):len(d.Quotes)] // all direct so far, in text order
	for _, a := range x.attrib.Tag(ad) {
		if a.Cue.Valid() && quotingCue(d, a.Cue) {
			continue // "Reuters quoted an official as saying": the official's words, not Reuters'
		}
		x.speakerFromAttribution(d, len(direct), a)
		if !a.Cue.Valid() {
			continue // words the tagger took for reported speech, with nothing that reports them
		}
		ext := sideOfCue(d, a)
		if e, src, ok := asideExtent(d, a.Cue, ext); ok {
			ext, a.Source = e, src
		}
		if k := participleCut(d, a.Cue, ext); k > 0 {
			// "... Putin as a "strong leader," comparing him favorably to Obama": two
			// things said, the second with the participle as its cue.
			x.reportedSpeech(d, direct, a, attrib.Span{From: ext.From, To: k})
			a.Cue, ext = attrib.Span{From: k + 1, To: k + 2}, attrib.Span{From: k + 2, To: ext.To}
		}
		x.reportedSpeech(d, direct, a, ext)
	}
	x.untaggedSpeech(d, direct)
	sort.SliceStable(d.Quotes, func(i, j int) bool { return d.Quotes[i].Start < d.Quotes[j].Start })
}

// reportedSpeech adds the reported speech of attribution a whose content is tokens ext;
// direct holds the direct quotations, in text order.
func (x *Extractor) reportedSpeech(d *Document, direct []Quote, a attrib.Attribution, ext attrib.Span) {
	if a.Source.Valid() && a.Source.To-a.Source.From == 1 {
		switch strings.ToLower(d.Tok(a.Source.From)) {
		case "the", "a", "an", "this", "that":
			a.Source = attrib.Span{} // a lone "the" names no one; "some", "those" may
		}
	}
	if a.Source.Valid() && d.lex[a.Source.From]&lexHonorific != 0 && (a.Source.To-a.Source.From == 1 || a.Source.To-a.Source.From == 2 && d.Tok(a.Source.From+1) == ".") {
		// "Mr." of "Mr. Obama's highest ideals - critics would call them ...": an honorific
		// alone before a possessor names whose the thing is, not who speaks.
		if m := d.MentionAt(a.Source.To); m >= 0 && possessiveMark(d.Tok(d.Mentions[m].To)) {
			a.Source = attrib.Span{}
		}
	}
	if a.Source.Valid() {
		if s := d.Sentences[d.SentenceOf(a.Source.From)]; a.Source.To <= afterDateline(d, s.From, s.To) {
			a.Source = attrib.Span{} // "(CNN) -- Police said": the dateline is no source
		} else if a.Source.To-a.Source.From == 1 && possessiveMark(d.Tok(a.Source.From)) && a.Source.From > s.From {
			// The tagger took "'s" of "North Korea's claims", "the alliance's target"
			// for the source: the source is whose it is.
			a.Source.From--
			if m := d.MentionAt(a.Source.From); m >= 0 {
				a.Source.From = d.Mentions[m].From
			}
		}
	}
	from, to := ext.From, ext.To
	for from < to && (d.Tokens[from].Kind == text.Punct || d.quoteMarkAt(from) || conjunction(d.Tok(from))) {
		from++
	}
	for to > from && (d.Tokens[to-1].Kind == text.Punct || d.quoteMarkAt(to-1) || dangling(d.Tok(to-1))) {
		to--
	}
	if to-from < 3 {
		return
	}
	to = subordinateEnd(d, a.Cue, from, to)
	from, to = wholeNames(d, from, to)
	from, to = balanceMarks(d, from, to)
	if from >= to {
		return // nothing left once a name cut in two is left out
	}
	q := Quote{Span: d.TokenSpan(from, to), Speaker: -1, Cue: d.TokenSpan(a.Cue.From, a.Cue.To)}
	if heldDirect(direct, q.Span) {
		return // a direct quotation, found already
	}
	c, src, final := finalCue(d, to)
	for k := to - 1; !final && k > from+2 && to-k <= 8; k-- {
		// The comma that opens the sentence's own cue and source, which the tagger ran
		// the content into.
		if d.Tok(k) != "," {
			continue
		}
		switch c2, src2, ok := finalCue(d, k); {
		case ok && c2 == a.Cue.From && to-k <= 3:
			// "..., one West Virginia official said.": the tagger's cue; the comma
			// before the source ends the content.
			to, c, src, final = k, c2, src2, true
			q.Span = d.TokenSpan(from, to)
		case ok && a.Cue.To <= from && c2 < to && speechVerb(d, c2) && sourcePhrase(d, src2) && !quoteMarkIn(d, k, d.Sentences[d.SentenceOf(k)].To):
			// "Clinton had told police officials that she didn't want the escort, the
			// source added.": another cue; what the tagger's cue reports ends there.
			to = k
			q.Span = d.TokenSpan(from, to)
		}
		break
	}
	if !final && a.Cue.From > from+2 && a.Cue.To < to && d.Tok(a.Cue.To) == "," {
		// "CONTENT, labor-policy experts say, including ...": the cue and its source are an
		// aside inside what is reported; the source is what stands between the comma and
		// the cue.
		for k := a.Cue.From - 1; k > from && a.Cue.From-k <= 6; k-- {
			if d.Tok(k) == "," {
				if k+1 < a.Cue.From {
					c, src, final = a.Cue.From, attrib.Span{From: k + 1, To: a.Cue.From}, true
				}
				break
			}
			if d.Tokens[k].Kind == text.Punct || d.quoteMarkAt(k) {
				break
			}
		}
	}
	ownFinal := final && c == a.Cue.From && a.Cue.To == c+1 // the tagger's cue ends the sentence
	final = final && (c != a.Cue.From || ownFinal)
	if !final && idleCue(d, a.Cue, from, to) {
		return // "Actor Bruce Willis is suing", "Federer added the Dubai trophy": nothing said
	}
	if targetCue(d, a.Cue) {
		// "He has been criticised for X", "she has faced questions about X": the
		// sentence's subject is the target, not the source, and who the source is the
		// sentence does not say.
		return
	}
	if final {
		// "CONTENT, one official said.": the sentence's own cue and source, whatever
		// the tagger made of them.
		q.Cue, q.Source, q.Speaker = d.TokenSpan(c, c+1), d.TokenSpan(src.From, src.To), speakerIn(d, src.From, src.To)
	} else if e, m := besideCue(d, a.Cue); e >= 0 && (!a.Source.Valid() || a.Source.To != a.Cue.From && a.Source.From != a.Cue.To) &&
		m.Start != q.Start { // not "saying she was reckless": that "she" begins what is said
		// "X said", ", said X": who is named beside the cue outweighs a source tagged
		// farther off.
		q.Speaker, q.Source = e, m
	} else if span, ok := pluralSubject(d, a.Cue.From, d.Sentences[d.SentenceOf(a.Cue.From)].From); ok && a.Source.Valid() && d.TokenAt(span.Start) > a.Source.To {
		// "Although Scott lacks ..., elected officials from both parties say": the subject
		// right before the cue, though it names no one, outweighs a name farther off.
		q.Source = span
	} else if a.Source.Valid() {
		q.Source = d.TokenSpan(a.Source.From, a.Source.To)
		q.Speaker = speakerIn(d, a.Source.From, a.Source.To)
		if q.Speaker < 0 && isRelative(d, a.Source.From) {
			// "who", "who in 2010": whom the relative pronoun stands for.
			q.Speaker = antecedent(d, d.Sentences[d.SentenceOf(a.Source.From)].From, a.Source.From)
			if st := d.Sentences[d.SentenceOf(a.Source.From)].From; q.Speaker < 0 && a.Source.To-a.Source.From > 1 && a.Source.From-st >= 2 && a.Source.From-st <= 5 &&
				plainPhrase(d, st, a.Source.From) {
				q.Source = d.TokenSpan(st, a.Source.From) // "One of the docs who sent the letter called Oz a quack": the ones who
			}
		}
		if j := a.Source.From - 1; (q.Speaker < 0 || d.Entities[q.Speaker].Type == Organization) && j > 0 && d.Tok(j) == "," && d.lex[a.Source.From]&lexPronoun == 0 &&
			(isLowerWord(d.Tok(a.Source.From)) || d.isTitleWord(a.Source.From)) {
			// "Theresa May, shadow secretary for the family, told", "Steve Radley, chief
			// economist at EEF, said": the tagger took the apposition for the source; whom
			// it describes speaks, not the body it names. A body only when the
			// apposition closes before the cue ("Doubleclick, one of the leading
			// providers, warned"; not "... at 4 GHz, the firm said").
			if m := d.MentionAt(j - 1); m >= 0 && d.Mentions[m].Kind == NameMention && !afterPreposition(d, d.Mentions[m].From) {
				if t := d.Entities[d.Mentions[m].Entity].Type; t == Person || t == Organization && d.Tok(a.Cue.From-1) == "," {
					q.Speaker, q.Source = d.Mentions[m].Entity, d.Mentions[m].Span
				}
			}
		}
	} else {
		// No source tagged: the subject of the cue, or who is named after it when what
		// is reported comes before ("..., said Mr Blair", not "told police that ...").
		s := d.Sentences[d.SentenceOf(a.Cue.From)]
		if q.Speaker, q.Source = x.subjectOf(d, a.Cue.From, s.From); q.Speaker < 0 && !q.Source.Valid() && ext.To <= a.Cue.From {
			q.Speaker, q.Source = x.speakerAt(d, a.Cue.To, s.To)
		}
	}
	if q.Speaker < 0 && !q.Source.Valid() {
		return // reported speech of no one the article names
	}
	if q.Source.Valid() && q.Source.Start <= q.Start && q.End <= q.Source.End {
		return // "..., said Mr Tom Bell, a longtime adviser": the source is not what it says
	}
	d.Quotes = append(d.Quotes, q)
}

// dangling reports whether w cannot end what someone said: an article, a conjunction or
// a relative pronoun with nothing after it ("the firm's accounts, which").
func dangling(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "and", "or", "but", "which", "who", "whom", "whose":
		return true
	}
	return false
}

// balanceMarks widens tokens [from, to) by the quotation marks they leave unpaired: the
// closing mark after them of a quotation they open ("he was not "gloating""), the
// opening mark before them of one they close.
func balanceMarks(d *Document, from, to int) (int, int) {
	open, closed := false, false
	for k := from; k < to; k++ {
		if mark, opening := d.quoteMark(k, false); mark {
			if opening {
				open = true
			} else if open {
				open = false
			} else {
				closed = true
			}
		}
	}
	if open && to < len(d.Tokens) {
		if mark, opening := d.quoteMark(to, false); mark && !opening {
			to++
		}
	}
	if closed && from > 0 {
		if mark, opening := d.quoteMark(from-1, false); mark && opening {
			from--
		}
	}
	return from, to
}

// conjunction reports whether w joins what comes before it to what follows, so that
// reported speech does not begin with it: "and down from 47.1% in the third quarter".
func conjunction(w string) bool {
	switch strings.ToLower(w) {
	case "and", "or", "but":
		return true
	}
	return false
}

// wholeNames mends tokens [from, to) where they cut a name, for a name is one unit: a
// possessive ending that begins them takes its possessor ("Gordon Brown's decision"); at
// the end it takes the whole name ("Hillary Clinton, Bill" reports Bill Clinton); at the
// start, too ("Explorer was used by 95%" is Internet Explorer's share), save the name of
// whom the speaker told, after "told" or "to" ("told BBC Sport he would stay"): what is
// reported begins after it.
func wholeNames(d *Document, from, to int) (int, int) {
	if possessiveS(d.Tok(from)) && from > 0 {
		// "'s decision to announce the date": whose decision.
		from--
		if m := d.MentionAt(from); m >= 0 {
			from = d.Mentions[m].From
		}
		return from, to
	}
	if m := d.MentionAt(from); m >= 0 && d.Mentions[m].From < from && d.Mentions[m].Kind == NameMention {
		j := d.Mentions[m].From - 1
		for j > 0 && d.lex[j]&lexDeterminer != 0 {
			j--
		}
		if w := d.Tok(j); j >= 0 && (addressesObject(w) || strings.EqualFold(w, "to")) {
			from = d.Mentions[m].To
		} else {
			from = d.Mentions[m].From
		}
	}
	if m := d.MentionAt(to - 1); m >= 0 && d.Mentions[m].To > to && d.Mentions[m].Kind == NameMention {
		to = d.Mentions[m].To
	}
	return from, to
}

// idleCue reports whether cue reports nothing said of the content, tokens [from, to): a
// cue of auxiliary verbs or "to" alone ("Actor Bruce Willis is suing", "Bates has no
// plans", "had to settle"), a verb of doing ("Elvis knocked Brookstein into second place",
// "Mr Blair signed the constitution"), or "added" with an object, not a clause ("O'Gara
// added the conversion", "US firms added 146,000 jobs"; not "he added the reforms would
// help"). Any reports speech when what follows opens with "that" ("The union is that ...",
// "He added that").
func idleCue(d *Document, cue attrib.Span, from, to int) bool {
	if strings.EqualFold(d.Tok(from), "that") {
		return false
	}
	auxiliary := true
	for k := cue.From; k < cue.To; k++ {
		auxiliary = auxiliary && (d.lex[k]&(lexVerbLike|lexStop) == lexVerbLike|lexStop && d.lex[k]&lexCue == 0 || strings.EqualFold(d.Tok(k), "to"))
	}
	if auxiliary {
		return true
	}
	switch strings.ToLower(d.Tok(cue.To - 1)) {
	case "added", "adds", "add", "adding":
	case "took", "takes", "taking", "laid", "passed", "spent", "began", "established", "won", "beat", "scored",
		"reached", "played", "knocked", "finished", "joined", "bought", "sold", "signed", "led":
		return true // a verb of doing, not of saying: "Clive Owen took best supporting actor", "Mr Blair signed the constitution"
	default:
		return false
	}
	if from < cue.To {
		return false // "..., he added": what comes before the verb is no object of it
	}
	for k := from; k < to; k++ {
		if w := d.Tok(k); d.lex[k]&(lexVerbLike|lexCue) != 0 || isLowerWord(w) && strings.HasSuffix(w, "ed") {
			return false // a verb: a clause, said
		}
	}
	return true
}

// targetCue reports whether cue, with the words just before it, says what was done to
// the sentence's subject rather than what it said: a passive verb ("has been criticised
// for", "was accused of", "was asked") or "faced" and "came under" ("has faced questions
// about", "came under criticism for"), or "attracted" and "received" before it ("has
// attracted media criticism for"). "Was quoted as saying" and "are concerned that" are no
// such cues.
func targetCue(d *Document, cue attrib.Span) bool {
	for k := max(cue.From-2, 0); k < cue.To; k++ {
		switch w := strings.ToLower(d.Tok(k)); w {
		case "faced", "faces", "facing", "face", "under":
			return k >= cue.From || k+1 == cue.From
		case "attracted", "attracting", "attracts", "received", "receiving":
			if k < cue.To-1 {
				return true // "has attracted media criticism for", "receiving special praise for"
			}
		case "was", "were", "been", "being", "is", "are", "be":
			j := k + 1
			for j < cue.To && (strings.HasSuffix(d.Tok(j), "ly") || d.Tok(j) == "once" || d.Tok(j) == "also") {
				j++
			}
			if v := strings.ToLower(d.Tok(j)); j >= cue.From && j < cue.To && strings.HasSuffix(v, "ed") && v != "quoted" && v != "reported" && !feelingWord(v) {
				return true
			}
		}
	}
	return false
}

// feelingWord reports whether w, though it ends like a passive verb, says what its
// subject feels or holds: "advocates are concerned that", "he was convinced".
func feelingWord(w string) bool {
	switch w {
	case "concerned", "worried", "convinced", "determined", "pleased", "disappointed", "surprised", "alarmed",
		"delighted", "satisfied", "prepared", "committed", "interested", "frustrated", "shocked", "dismayed",
		"encouraged", "relieved", "opposed", "agreed", "annoyed", "angered", "troubled", "puzzled":
		return true
	}
	return false
}

// sideOfCue returns the extent of a's content in d, or, when the content lies on both
// sides of the cue and the cue is no aside within one sentence ("X, it says, Y"), of one
// side: the nearer to the cue, or if both are as near, the one with more tokens. "X,
// according to the union. Y" reports X; "Z, who said Y" reports Y.
func sideOfCue(d *Document, a attrib.Attribution) attrib.Span {
	var before, after attrib.Span
	n, m := 0, 0
	for _, c := range a.Content {
		switch {
		case c.To <= a.Cue.From:
			if !before.Valid() {
				before.From = c.From
			}
			before.To, n = c.To, n+c.To-c.From
		case c.From >= a.Cue.To:
			if !after.Valid() {
				after.From = c.From
			}
			after.To, m = c.To, m+c.To-c.From
		default:
			return a.Extent()
		}
	}
	switch gb, ga := a.Cue.From-before.To, after.From-a.Cue.To; {
	case !before.Valid() || !after.Valid():
		return a.Extent()
	case d.SentenceOf(after.From) > d.SentenceOf(a.Cue.To-1) && d.SentenceOf(before.To-1) == d.SentenceOf(a.Cue.From):
		return before // "CONTENT, the Tax Foundation said. The ...": the next sentence is not what it said
	case d.SentenceOf(before.From) == d.SentenceOf(after.To-1) && d.Tokens[before.To].Kind == text.Punct && d.Tokens[after.From-1].Kind == text.Punct:
		return a.Extent()
	case gb < ga, gb == ga && n >= m:
		return before
	}
	return after
}

// quoteMarkIn reports whether tokens [from, to) hold a quotation mark.
func quoteMarkIn(d *Document, from, to int) bool {
	for k := from; k < to; k++ {
		if d.quoteMarkAt(k) {
			return true
		}
	}
	return false
}

// heldDirect tells whether span is reported speech the direct quotations (in text order)
// hold already or cut: one of them holds at least half of its bytes, or it begins inside
// one. Speech that takes up a quoted phrase or two ("he was "totally against the war"
// because ...") is reported speech of its own.
func heldDirect(direct []Quote, span Span) bool {
	i := sort.Search(len(direct), func(i int) bool { return direct[i].End > span.Start })
	for ; i < len(direct) && direct[i].Start < span.End; i++ {
		if q := direct[i]; 2*(min(q.End, span.End)-max(q.Start, span.Start)) >= span.End-span.Start || q.Start < span.Start {
			return true
		}
	}
	return false
}

// speakerFromAttribution gives the direct quotations inside an attribution that have no
// speaker the attribution's source; the first n quotations of d are the direct ones, in
// text order.
func (x *Extractor) speakerFromAttribution(d *Document, n int, a attrib.Attribution) {
	if !a.Source.Valid() {
		return
	}
	ext := a.Extent()
	span := d.TokenSpan(ext.From, ext.To)
	for i := sort.Search(n, func(i int) bool { return d.Quotes[i].End > span.Start }); i < n && d.Quotes[i].Start < span.End; i++ {
		q := &d.Quotes[i]
		if !q.Direct || q.Speaker >= 0 || q.Source.Valid() || q.Start < span.Start || q.End > span.End {
			continue
		}
		q.Source = d.TokenSpan(a.Source.From, a.Source.To)
		q.Speaker = speakerIn(d, a.Source.From, a.Source.To)
		if a.Cue.Valid() {
			q.Cue = d.TokenSpan(a.Cue.From, a.Cue.To)
		}
	}
}

// speakerIn returns the person mentioned in tokens [from, to), else the organisation: one
// that a noun for a kind of body names ("City consultancy Deloitte", "Supporters' group
// Shareholders United"), else the first not named after "with" or the like ("In a
// filing with the SEC, Sina said"), else the first.
func speakerIn(d *Document, from, to int) int {
	org, named, free := -1, -1, -1
	for k := from; k < to; k++ {
		m := d.MentionAt(k)
		if m < 0 {
			continue
		}
		mm := d.Mentions[m]
		e := mm.Entity
		switch d.Entities[e].Type {
		case Person:
			if w := d.Tok(mm.To); (possessiveS(w) || possessiveMark(w) && strings.HasSuffix(d.Tok(mm.To-1), "s")) && mm.To+1 < to {
				if p := speakerIn(d, mm.To+1, to); p >= 0 && d.Entities[p].Type == Person {
					return p // "Sylvester Stallone's ex-wife Brigitte Nielsen", "Jaynes' lawyer David Oblon"
				}
			}
			return e
		case Organization:
			if mm.From > 0 && strings.EqualFold(d.Tok(mm.From-1), "the") && mm.To < len(d.Tokens) && personOfBody(d.Tok(mm.To)) {
				continue // "the Tory leader", "the Tottenham striker" is a person, not the party or club
			}
			if org < 0 {
				org = e
			}
			j := mm.From - 1 // the word before "the US" of "with the US SEC"
			for j >= 0 && (d.lex[j]&(lexDeterminer|lexNationality) != 0 || d.MentionAt(j) >= 0 && d.Entities[d.mentionEntity(j)].Type == Place) {
				j--
			}
			switch {
			case j < 0:
				if free < 0 {
					free = e
				}
			case named < 0 && j >= from && isFirmNoun(d.Tok(j)):
				named = e
			case free < 0 && !objectPreposition(d, j):
				free = e
			}
		}
		k = max(k, mm.To-1)
	}
	switch {
	case named >= 0:
		return named
	case free >= 0:
		return free
	}
	return org
}

// afterPreposition reports whether the word before token k is a preposition, so that a
// name at k is the object of a phrase ("After her meeting with Obama, the White House
// announced": Obama is no one the apposition after the comma describes).
func afterPreposition(d *Document, k int) bool {
	if k == 0 {
		return false
	}
	switch strings.ToLower(d.Tok(k - 1)) {
	case "with", "after", "before", "by", "for", "from", "of", "to", "at", "in", "on", "about", "against", "since", "during", "over", "under", "like":
		return true
	}
	return false
}

// objectPreposition reports whether token j, before a name, makes it the object of a
// phrase that seldom holds a speaker ("in a filing with the SEC", "a letter to Ofcom";
// not "according to").
func objectPreposition(d *Document, j int) bool {
	switch strings.ToLower(d.Tok(j)) {
	case "with", "against":
		return true
	case "to":
		return j == 0 || !strings.EqualFold(d.Tok(j-1), "according")
	}
	return false
}

// quoteMark tells whether token i is a quotation mark, and whether it opens one. Single
// marks count only when single is set.
func (d *Document) quoteMark(i int, single bool) (mark, opening bool) {
	t := d.Tokens[i]
	if t.Kind != text.Quote {
		return false, false
	}
	if !single && !text.IsDoubleQuote(d.Text, t) {
		return false, false
	}
	if w := d.Text[t.Start:t.End]; w == "`" {
		return false, false
	}
	return true, !text.ClosesQuote(d.Text, t)
}

// singleMarks reports whether d quotes with single marks: it holds more quotations
// between them than opening double marks, for a text that quotes with double marks has
// single ones only inside them. A single mark counts only with its closing mark in the
// same paragraph, for either alone may be an apostrophe ("'bot nets", "Elvis' birthday").
func singleMarks(d *Document) bool {
	singles, doubles, open := 0, 0, -1
	for i, t := range d.Tokens {
		if t.Kind != text.Quote {
			continue
		}
		closes := text.ClosesQuote(d.Text, t)
		switch {
		case text.IsDoubleQuote(d.Text, t):
			if !closes {
				doubles++
			}
		case !closes:
			open = i
		case open >= 0 && d.Sentences[d.SentenceOf(open)].Para == d.Sentences[d.SentenceOf(i)].Para:
			singles++
			open = -1
		}
	}
	return singles > doubles
}

// directQuotes pairs quotation marks into quotations. An opening mark while a quotation
// is open ends the open one where the new one begins, as when paragraphs of one speech
// have been run together; a paragraph break ends an open quotation.
func (x *Extractor) directQuotes(d *Document) {
	single := singleMarks(d)
	open := -1
	emit := func(from, to int) { // content tokens [from, to)
		if to <= from {
			return
		}
		s := d.Sentences[d.SentenceOf(from)]
		if s.Headline {
			return
		}
		d.Quotes = append(d.Quotes, Quote{Span: d.TokenSpan(from, to), Direct: true, Speaker: -1})
	}
	para := -1
	inner := -1 // the closing mark of a quotation inside the open one
	for i := range d.Tokens {
		p := d.Sentences[d.SentenceOf(i)].Para
		if open >= 0 && p != para {
			emit(open+1, i) // the paragraph ended: so did the quotation
			open, inner = -1, -1
		}
		para = p
		mark, opening := d.quoteMark(i, single)
		if !mark || i == inner {
			continue
		}
		if opening {
			if open >= 0 {
				if c := innerQuote(d, i, single); c >= 0 {
					inner = c // "what he calls "hell" than live ...": words quoted inside the quotation
					continue
				}
				emit(open+1, i)
			}
			open = i
			continue
		}
		if open >= 0 {
			emit(open+1, i)
			open = -1
		}
	}
	if open >= 0 {
		emit(open+1, len(d.Tokens))
	}
}

// innerQuote returns the closing mark of a quotation that the opening mark at token i
// begins inside an open one, or -1: the next two marks of the paragraph both close, the
// inner quotation and then the outer ("I'd rather live in what he calls "hell" than live
// here"). An opening mark followed by one closing mark, or by a closing and an opening
// one, begins a quotation of its own, as when paragraphs have been run together.
func innerQuote(d *Document, i int, single bool) int {
	para := d.Sentences[d.SentenceOf(i)].Para
	first := -1
	for j := i + 1; j < len(d.Tokens) && d.Sentences[d.SentenceOf(j)].Para == para; j++ {
		mark, opening := d.quoteMark(j, single)
		switch {
		case !mark:
		case opening:
			return -1
		case first >= 0:
			return first
		default:
			first = j
		}
	}
	return -1
}

// nameThenCue reports whether tokens from k on are a name and a verb of saying, then a
// comma or the sentence's end: "Trump said, looking out on the crowd".
func nameThenCue(d *Document, k int) bool {
	m := d.MentionAt(k)
	if m < 0 || d.Mentions[m].From != k || d.Mentions[m].Kind != NameMention {
		return false
	}
	c := d.Mentions[m].To
	return c+1 < len(d.Tokens) && d.lex[c]&lexCue != 0 && (d.Tok(c+1) == "," || d.Tok(c+1) == ".")
}

// attributeQuotes finds the cue and speaker of each direct quotation.
func (x *Extractor) attributeQuotes(d *Document) {
	prevEnd := -1 // token after the previous quotation's closing mark
	prevSpeaker := -1
	// cued marks the quotations that have a cue of their own; before, those without one
	// that open a paragraph right before another quotation, which take its voice if it
	// has. (A quotation inside a paragraph goes on with the voice before it: texts whose
	// paragraphs were run together put one speaker's last words right before the next's.)
	cued := make([]bool, len(d.Quotes))
	var before []int
	for qi := range d.Quotes {
		q := &d.Quotes[qi]
		from, to := d.TokenAt(q.Start), d.TokenAt(q.End) // content tokens [from, to)
		open, close := from-1, to                        // the marks (close may be past the end)
		if transcriptSpeaker(d, q, from, to) {
			prevEnd = close + 1
			prevSpeaker = q.Speaker
			continue
		}
		if x.cueAfter(d, q, close) || x.cueBefore(d, q, open) {
			cued[qi] = true
		} else {
			si := d.SentenceOf(from)
			startsSentence := d.Sentences[si].From >= open
			switch {
			case startsSentence && x.cueLater(d, q, open, close):
				// `"..." of the plans, Mr Dale said.`: a cue of its own, further on.
				cued[qi] = true
			case startsSentence && prevEnd >= 0 && d.SentenceOf(prevEnd-1) >= si-1:
				// A quoted stretch that starts a sentence right after the last one: the same voice.
				q.Speaker = prevSpeaker
			case startsSentence && si > 0 && x.reportedSubject(d, si-1) >= 0:
				// After "X said the leaflet was ...": X goes on.
				q.Speaker = x.reportedSubject(d, si-1)
			case open == prevEnd && d.Sentences[d.SentenceOf(open)].Para == d.Sentences[d.SentenceOf(open-1)].Para:
				// `"... and respect his decision." "Looking to the future ...`: a quotation
				// that opens as the last one closes, in its paragraph, goes on in its voice.
				q.Speaker = prevSpeaker
			default:
				x.cueInSentence(d, q, open, close)
			}
			if !cued[qi] && qi+1 < len(d.Quotes) && d.Quotes[qi+1].Direct && d.TokenAt(d.Quotes[qi+1].Start)-1 == close+1 &&
				d.Sentences[d.SentenceOf(close+1)].Para == d.Sentences[si].Para && d.paragraphStart(open) {
				before = append(before, qi)
			}
		}
		if to-from <= 3 && d.Sentences[d.SentenceOf(from)].From < open && qi > 0 && d.Quotes[qi-1].Direct &&
			d.SentenceOf(d.TokenAt(d.Quotes[qi-1].Start)) == d.SentenceOf(from) {
			continue // a word quoted inside a quotation ("going to "fake" an injury") does not carry its voice on
		}
		prevEnd = close + 1
		prevSpeaker = q.Speaker
	}
	// ""I am sorry." "It will not happen again," she said.": hers, both.
	for i := len(before) - 1; i >= 0; i-- {
		if qi := before[i]; cued[qi+1] && d.Quotes[qi+1].Speaker >= 0 {
			d.Quotes[qi].Speaker = d.Quotes[qi+1].Speaker
			cued[qi] = true
		}
	}
}

// cueAfter reads `"...," he said`, `"...," said Mr Blair` and `"...," according to X` after
// the closing mark at token close.
func (x *Extractor) cueAfter(d *Document, q *Quote, close int) bool {
	if close >= len(d.Tokens) || close > 0 && d.Sentences[d.SentenceOf(close)].Para != d.Sentences[d.SentenceOf(close-1)].Para {
		return false // ended by the paragraph, not a mark: what follows is the next paragraph's
	}
	if close+1 < len(d.Tokens) && d.quoteAt(d.Tokens[close+1].Start) >= 0 {
		// `'... so lovely. 'We thought ...`: the mark opens the next quotation too (run-
		// together paragraphs in the single-mark style), so what follows is no cue.
		return false
	}
	si := d.SentenceOf(close)
	end := d.Sentences[si].To
	k := close + 1
	if signedBy(d, q, k) {
		return true
	}
	for k < end && (d.Tok(k) == "," || d.Tok(k) == "\u2013" || d.Tok(k) == "\u2014" || d.Tok(k) == "-") {
		k++
	}
	if k >= end && k < len(d.Tokens) && k == close+1 && si+1 < len(d.Sentences) && d.Sentences[si+1].From == k &&
		d.Sentences[si+1].Para == d.Sentences[si].Para && (d.Sentences[si+1].To-k <= 8 || nameThenCue(d, k)) {
		// `"... too big to fail?" Vitter demanded.`, `"... votes?" Trump said, looking
		// out on the crowd.`: a question or exclamation ends the sentence before its cue.
		si++
		end = d.Sentences[si].To
	}
	if k >= end || d.SentenceOf(k) != si {
		return false
	}
	// The cue follows the closing mark at once, or after a comma inside or outside it:
	// `"...," he said`, `"..." said Mr Blair`; not `"deeply sorry" for the failures
	// described`.
	if k == close+1 {
		last := d.Tok(close - 1)
		if last != "," && last != "?" && last != "!" && last != "." && d.lex[k]&(lexCue|lexPronoun) == 0 && d.MentionAt(k) < 0 {
			return false
		}
	}
	for c := k; c < end && c-k <= 6; c++ {
		if d.quoteMarkAt(c) {
			return false
		}
		if strings.EqualFold(d.Tok(c), "according") && d.Tok(c+1) == "to" {
			if sp, src := x.speakerAt(d, c+2, end); sp >= 0 || src.Valid() {
				q.Speaker, q.Source, q.Cue = sp, src, d.TokenSpan(c, c+2)
				return true
			}
			if j := c + 2; j < end && d.lex[j]&lexDeterminer != 0 {
				// "..., according to a post-mortem": a document no one named stands behind.
				for j < end && j-c <= 7 && d.Tokens[j].Kind != text.Punct {
					j++
				}
				q.Speaker, q.Source, q.Cue = -1, d.TokenSpan(c+2, j), d.TokenSpan(c, c+2)
				return true
			}
		}
		if d.lex[c]&lexCue == 0 {
			continue
		}
		// "he said", "Mr Blair told MPs", "the minister said": the speaker before the cue.
		if c > k {
			if sp, src := x.speakerAt(d, k, c); sp >= 0 || src.Valid() {
				q.Speaker, q.Source, q.Cue = sp, src, d.TokenSpan(c, c+1)
				return true
			}
			if (d.lex[k]&lexDeterminer != 0 || isCapitalised(d.Tok(k))) && c-k <= 5 && plainPhrase(d, k, c) {
				// "the ad's narrator says", "Vitter demanded": someone the article does not
				// name, or a name the tagger missed.
				q.Speaker, q.Source, q.Cue = -1, d.TokenSpan(k, c), d.TokenSpan(c, c+1)
				return true
			}
		}
		// "said Mr Blair", "said the minister".
		if sp, src := x.speakerAt(d, c+1, end); sp >= 0 || src.Valid() {
			q.Speaker, q.Source, q.Cue = sp, src, d.TokenSpan(c, c+1)
			return true
		}
		return false
	}
	// `"...," Michael McFaul, a senior fellow at the Hoover Institution, said.`: a long
	// apposition between the speaker and the cue.
	if m := d.MentionAt(k); m >= 0 && d.Mentions[m].From == k && d.Entities[d.Mentions[m].Entity].Type == Person {
		mm := d.Mentions[m]
		if mm.To < end && d.Tok(mm.To) == "," {
			for c := mm.To + 1; c+1 < end && c-mm.To <= 30; c++ {
				if d.quoteMarkAt(c) {
					break
				}
				if d.Tok(c) == "," && d.lex[c+1]&lexCue != 0 {
					q.Speaker, q.Source, q.Cue = mm.Entity, mm.Span, d.TokenSpan(c+1, c+2)
					return true
				}
			}
		}
		// `"Promise mama you'll keep your hands in sight," Blige sings to Clinton`: a
		// verb right after the name that closes the quotation's sentence part is how it
		// was said.
		if k == close+1 && d.Tok(close-1) == "," && mm.Kind == NameMention && mm.To < end && inflectedVerb(d, mm.To) {
			q.Speaker, q.Source, q.Cue = mm.Entity, mm.Span, d.TokenSpan(mm.To, mm.To+1)
			return true
		}
	}
	return false
}

// cueBefore reads `Mr Howard said: "..."`, `He added: "..."` and `X told BBC News: "..."`
// before the opening mark at token open.
func (x *Extractor) cueBefore(d *Document, q *Quote, open int) bool {
	if open <= 0 {
		return false
	}
	si := d.SentenceOf(open)
	start := d.Sentences[si].From
	k := open - 1
	colonAbove := false
	if k < start && si > 0 && d.Tok(k) == ":" {
		// "Sanders made the following comment:" ending the paragraph above the quotation.
		si--
		start, colonAbove = d.Sentences[si].From, true
	}
	if k < start {
		return false
	}
	if w := d.Tok(k); (w == "--" || w == "\u2014" || w == "\u2013") && k-1 >= start {
		// "including the former candidate Mitt Romney -- 'It is disqualifying ...'": the
		// person named right before the dash.
		// Not one the clause before names as an object: "has recently seemed supportive
		// of Mr. Trump -- 'a completely different ...'" is not Trump's.
		if m := d.MentionAt(k - 1); m >= 0 && d.Mentions[m].To == k && d.Entities[d.Mentions[m].Entity].Type == Person && !isObject(d, d.Mentions[m]) {
			q.Speaker, q.Source = d.Mentions[m].Entity, d.Mentions[m].Span
			return true
		}
		return false
	}
	if w := d.Tok(k); w != ":" && w != "," {
		return false
	}
	for c := k - 1; c >= start && k-c <= 8; c-- {
		if d.quoteMarkAt(c) {
			return false
		}
		if d.lex[c]&lexCue == 0 {
			continue
		}
		q.Cue = d.TokenSpan(c, c+1)
		q.Speaker, q.Source = x.subjectOf(d, c, start)
		if q.Speaker < 0 && !q.Source.Valid() {
			// "As a phone rang, the announcer said, ...": someone the article does not name.
			for from := c - 1; from >= start && c-from <= 4; from-- {
				if d.lex[from]&lexDeterminer != 0 && plainPhrase(d, from, c) && (from == start || d.Tokens[from-1].Kind == text.Punct) {
					q.Source = d.TokenSpan(from, c)
					return true
				}
			}
		}
		if q.Speaker < 0 && !q.Source.Valid() {
			// `"...," the narrator says, "..."`: the same cue as the quotation before.
			for _, p := range d.Quotes {
				if p.Direct && p.Cue == q.Cue && p.Start < q.Start {
					q.Speaker, q.Source = p.Speaker, p.Source
					return true
				}
			}
			// "But told BBC News:" with no subject: who spoke in the sentence before.
			if si > 0 {
				q.Speaker = x.reportedSubject(d, si-1)
			}
			if q.Speaker < 0 {
				q.Speaker = x.lastSpeaker(d, len(d.Quotes))
			}
		}
		return true
	}
	// "According to X:".
	for c := k - 1; c >= start && k-c <= 8; c-- {
		if strings.EqualFold(d.Tok(c), "according") && d.Tok(c+1) == "to" {
			q.Cue = d.TokenSpan(c, c+2)
			q.Speaker, q.Source = x.speakerAt(d, c+2, k)
			return true
		}
	}
	if colonAbove {
		// No verb of saying: the subject of the sentence that announces the quotation.
		if e, span := firstSubject(d, start, k); e >= 0 {
			q.Speaker, q.Source = e, span
			return true
		}
	}
	return false
}

// cueInSentence attributes a quotation with no cue beside it, usually a fragment: the
// subject of a verb of saying earlier in its sentence, else of one after it, else the
// sentence's first person or organisation that is not the object of a preposition.
func (x *Extractor) cueInSentence(d *Document, q *Quote, open, close int) {
	si := d.SentenceOf(max(open, 0))
	s := d.Sentences[si]
	for c := open - 1; c >= s.From; c-- {
		if d.lex[c]&lexCue != 0 && !d.quoteMarkAt(c) {
			q.Cue = d.TokenSpan(c, c+1)
			if w := d.Tok(c + 1); w == "from" || w == "by" {
				// "claims from Conservative leader Michael Howard that ..."
				if sp, src := x.speakerAt(d, c+2, open); sp >= 0 {
					q.Speaker, q.Source = sp, src
					return
				}
			}
			q.Speaker, q.Source = x.subjectOf(d, c, s.From)
			if q.Speaker >= 0 || quotedAsAt(d, c, s.From) || unnamedSubject(d, c, s.From, q.Source) {
				return
			}
		}
	}
	if x.cueLater(d, q, open, close) {
		return
	}
	q.Cue = Span{}
	e, span := firstSubject(d, s.From, open)
	if e < 0 && !span.Valid() {
		e, span = firstSubject(d, close+1, s.To)
	}
	if e >= 0 {
		q.Speaker, q.Source = e, span
	}
}

// cueLater gives q, whose marks are at tokens open and close, the cue after the closing
// mark in the sentence of the opening one, and the cue's subject there, if it has one:
// `"..." of the plans, Mr Dale said`.
func (x *Extractor) cueLater(d *Document, q *Quote, open, close int) bool {
	s := d.Sentences[d.SentenceOf(max(open, 0))]
	for c := close + 1; c < s.To; c++ {
		if d.lex[c]&lexCue != 0 {
			if sp, src := x.subjectOf(d, c, close+1); sp >= 0 || quotedAsAt(d, c, close+1) {
				q.Speaker, q.Source, q.Cue = sp, src, d.TokenSpan(c, c+1)
				return true
			}
		}
	}
	return false
}

// bodySpokenFor returns the body that the word at token k, such as "spokesman", speaks
// for when "for" or "at" and the body's name follow it before token limit ("a spokesman
// for the Business Software Alliance"), and the end of that name; else -1.
func bodySpokenFor(d *Document, k, limit int) (int, int) {
	if !speaksFor(d.Tok(k)) || k+2 >= limit || d.Tok(k+1) != "for" && d.Tok(k+1) != "at" {
		return -1, 0
	}
	j := k + 2
	if d.lex[j]&lexDeterminer != 0 {
		j++
	}
	if m := d.MentionAt(j); j < limit && m >= 0 && d.Mentions[m].From == j && d.Mentions[m].To <= limit &&
		d.Entities[d.Mentions[m].Entity].Type == Organization {
		return d.Mentions[m].Entity, d.Mentions[m].To
	}
	return -1, 0
}

// quoteMarkAt reports whether token i is a double quotation mark.
func (d *Document) quoteMarkAt(i int) bool {
	mark, _ := d.quoteMark(i, false)
	return mark
}

// speakerAt returns who is named in the few tokens from from on: a person, else an
// organisation that is not part of a title ("Conservative" in "Conservative leader Michael
// Howard"); else, for a phrase such as "a spokesman", no entity but the phrase's span.
func (x *Extractor) speakerAt(d *Document, from, to int) (int, Span) {
	org := -1
	var orgSpan, nominal Span
	for k := from; k < to && k-from <= 7; k++ {
		if d.quoteMarkAt(k) {
			break
		}
		switch d.Tok(k) {
		case ",", ".", ";", ":":
			if d.Tok(k) == "," && nominal.Valid() {
				// "said the committee chairman, MP Edward Leigh.": the name in apposition.
				j := k + 1
				for j < to && j-k <= 3 && d.MentionAt(j) < 0 && (d.isTitleWord(j) || isPostAcronym(d.Tok(j))) {
					j++
				}
				if m := d.MentionAt(j); j < to && m >= 0 && d.Entities[d.Mentions[m].Entity].Type == Person && appositionEnds(d, d.Mentions[m].To, d.Sentences[d.SentenceOf(k)].To) {
					return d.Mentions[m].Entity, d.Mentions[m].Span
				}
			}
			k = to
			continue
		}
		if m := d.MentionAt(k); m >= 0 {
			mm := d.Mentions[m]
			stop := mm.To
			for stop < to && d.Tokens[stop].Kind == text.Word {
				stop++
			}
			if span, ok := possessedSubject(d, mm, stop); ok && !nominal.Valid() {
				// "her lawyer said", "said his agent.": someone unnamed, unless named in
				// apposition ("said her lawyer, Tom Smith").
				nominal, k = span, stop-1
				continue
			}
			switch d.Entities[mm.Entity].Type {
			case Person:
				return mm.Entity, mm.Span
			case Organization:
				// Not "Conservative" of "Conservative leader Michael Howard", but the body
				// of "a Downing Street spokesman".
				if org < 0 && !d.isHead(mm.To) {
					org, orgSpan = mm.Entity, mm.Span
				} else if org < 0 && speaksFor(d.Tok(mm.To)) {
					org, orgSpan = mm.Entity, d.TokenSpan(mm.From, mm.To+1)
				}
			}
			k = mm.To - 1
			continue
		}
		if !nominal.Valid() && (d.isHead(k) || d.lex[k]&lexPronoun != 0) {
			nominal = d.TokenSpan(from, k+1)
		}
	}
	if org >= 0 {
		return org, orgSpan
	}
	return -1, nominal
}

// subjectOf returns the subject of the verb at token c: the nearest person or organisation
// mentioned before it in the sentence that is not the object of a preposition ("in a
// letter to Mr Blair"), a possessor ("Sir Alan's announcement") or inside an apposition
// ("Taha Idris, director of the Race Equality Council, said"). A phrase such as "a
// spokesman" or an unresolved pronoun gives a span with no entity.
func (x *Extractor) subjectOf(d *Document, c, start int) (int, Span) {
	start = afterDateline(d, start, c)
	if c == start && strings.HasSuffix(d.Tok(c), "ing") && !strings.EqualFold(d.Tok(c), "according") {
		// "Citing an unfounded theory, Trump accused ...", "Claiming the criticism was
		// meant to pressure moderators, Trump told Fox": the participle's subject is the
		// main clause's, right after the comma that closes the participle's clause.
		return openingParticipleSubject(d, c)
	}
	if j := c - 1; j > start && (d.Tok(j) == "and" || d.Tok(j) == "but") {
		// "Clinton stressed her support of the raid that killed bin Laden and said":
		// the verbs share the sentence's subject.
		if e, span := firstSubject(d, start, j); e >= 0 {
			return e, span
		}
		// "Authorities announced on Friday an arrest and said": no one named, but who.
		for v := start + 1; v < j && v-start <= 5; v++ {
			if span, ok := pluralSubject(d, v, start); ok && d.TokenAt(span.Start) == start {
				return -1, span
			}
		}
	}
	if e, span, ok := quotedAs(d, c, start); ok {
		return e, span
	}
	if c > start && participle(d, c) {
		// "Trump attacked Clinton over Iraq, saying ...": the participle's subject is the
		// sentence's, named or not ("A New York judge has rejected ..., saying").
		if span, ok := leadNominal(d, start, c); ok {
			return -1, span
		}
		if e, span := firstSubject(d, start, c-1); e >= 0 {
			return e, span
		}
	}
	if span, ok := pluralSubject(d, c, start); ok {
		return -1, span // "Foreign policy analysts said": no one named, but who says it
	}
	fallback := -1
	var nominal Span
	for k := c - 1; k >= start; k-- {
		if d.Tok(k) == ";" {
			break
		}
		if d.Tok(k) == "," {
			// Skip a relative clause: ", who has led the council since 2017,".
			if j := relativeStart(d, start, k); j >= 0 {
				if span, ok := pluralSubject(d, j, start); ok && fallback < 0 && !nominal.Valid() {
					return -1, span // "Proponents, including the Conference of Mayors, want"
				}
				k = j
				continue
			}
		}
		if d.quoteMarkAt(k) {
			// A fragment quoted inside a sentence ("said he was "very sorry" for", "made an
			// "unreserved" apology") does not end the clause; a quotation that opens after a
			// colon does.
			open := k
			if _, opening := d.quoteMark(k, false); !opening {
				for open = k - 1; open >= start && !d.quoteMarkAt(open); open-- {
				}
			}
			if open <= start || d.Tokens[open-1].Kind != text.Word || k-open > 12 {
				break
			}
			k = open
			continue
		}
		if w := d.Tok(k); (w == "whose" || w == "Whose") && c-k <= 4 && !speaksFor(d.Tok(c-1)) && !isUtterance(d.Tok(c-1)) {
			return -1, d.TokenSpan(k, c) // "Mr Howard, whose grandmother died in Auschwitz": not Mr Howard
		}
		if isRelative(d, k) && k > start && c-k <= 4 {
			// "McConnell, now the majority leader, who in 2010 said": the relative
			// pronoun names the speaker, whom it stands for speaks.
			return antecedent(d, start, k), d.TokenSpan(k, k+1)
		}
		if w := d.Tok(k); (w == "I" || w == "we" || w == "We") && c-k <= 4 {
			// "I resigned", inside a quotation: its speaker.
			if q := d.quoteAt(d.Tokens[k].Start); q >= 0 && d.Quotes[q].Speaker >= 0 {
				return d.Quotes[q].Speaker, d.TokenSpan(k, k+1)
			}
			return -1, Span{}
		}
		if m := d.MentionAt(k); m >= 0 {
			mm := d.Mentions[m]
			if span, ok := possessedSubject(d, mm, c); ok {
				return -1, span // "her lawyer said", "his grandmother had died": not she, nor he
			}
			k = mm.From
			if t := d.Entities[mm.Entity].Type; t != Person && t != Organization {
				if t == Place && endsBefore(d, mm, c) && !isObject(d, mm) {
					return mm.Entity, mm.Span // "Russia insisted": a country speaks through its government
				}
				continue
			}
			if d.Entities[mm.Entity].Type == Organization && d.isHead(mm.To) {
				continue // "Tory MP", "Labour source": part of a title
			}
			if !isObject(d, mm) || endsBefore(d, mm, c) && afterConjunction(d, mm) {
				return mm.Entity, mm.Span
			}
			if fallback < 0 {
				fallback = m
			}
			continue
		}
		if isPostAcronym(d.Tok(k)) && k > start {
			if m := d.MentionAt(k - 1); m >= 0 && d.Entities[d.Mentions[m].Entity].Type == Person {
				return d.Mentions[m].Entity, d.Mentions[m].Span // "Andrew Tyrie MP demanded"
			}
		}
		if !nominal.Valid() && d.isHead(k) && !d.isHead(k+1) {
			from := k
			for from > start && (d.isTitleWord(from-1) || d.lex[from-1]&(lexDeterminer|lexFormer) != 0 || d.MentionAt(from-1) >= 0 && d.Entities[d.mentionEntity(from-1)].Type != Person ||
				d.Tok(from-1) == "and" && from-2 > start && d.isTitleWord(from-2)) { // "shadow work and pensions secretary"
				from--
			}
			if from > start && d.Tok(from-1) == "," {
				k = from // an apposition: "Mrs Okafor, a Labour councillor, said"
				continue
			}
			// "a Downing Street spokesman": the body speaks through him; not through "the
			// Tory leader", who speaks as himself.
			holder := personOfBody(d.Tok(k)) && strings.EqualFold(d.Tok(from), "the")
			for f := k - 1; f >= start && k-f <= 8 && !holder; f-- {
				if m := d.MentionAt(f); m >= 0 && d.Entities[d.Mentions[m].Entity].Type == Organization {
					return d.Mentions[m].Entity, d.TokenSpan(d.Mentions[m].From, k+1)
				}
				if !d.isTitleWord(f) && d.lex[f]&lexDeterminer == 0 && d.Tok(f) != "for" && d.Tok(f) != "of" && d.Tok(f) != "and" {
					break
				}
			}
			if strings.EqualFold(d.Tok(from), "a") || strings.EqualFold(d.Tok(from), "an") || fallback < 0 && k == c-1 {
				if e, to := bodySpokenFor(d, k, c); e >= 0 {
					return e, d.TokenSpan(from, to) // "a spokesman for the Business Software Alliance said"
				}
				if speaksFor(d.Tok(k)) {
					// "Downing Street defended the decision, with a spokesperson saying":
					// the body the sentence is about speaks through them.
					if e, _ := firstSubject(d, start, from); e >= 0 && d.Entities[e].Type == Organization {
						return e, d.TokenSpan(from, k+1)
					}
				}
				return -1, d.TokenSpan(from, k+1) // "a spokesman said"
			}
			nominal = d.TokenSpan(from, k+1)
		}
		if d.lex[k]&lexPronoun != 0 && d.lex[k]&lexPossessive == 0 && d.lex[k]&(lexMale|lexFemale|lexPlural) != 0 {
			return -1, d.TokenSpan(k, k+1) // "he said", unresolved
		}
	}
	if fallback >= 0 {
		return d.Mentions[fallback].Entity, d.Mentions[fallback].Span
	}
	return -1, nominal
}

// openingParticipleSubject returns the person or body named right after the comma that
// closes the clause a participle at token c opens its sentence with, and its span; -1 if
// none is named there.
func openingParticipleSubject(d *Document, c int) (int, Span) {
	s := d.Sentences[d.SentenceOf(c)]
	for k := c + 1; k+1 < s.To && k-c <= 30; k++ {
		if d.quoteMarkAt(k) {
			break
		}
		if d.Tok(k) != "," {
			continue
		}
		// "Referring to the awards, Muse singer Matt Bellamy said": the person the body
		// qualifies; not "her mother" of "Fearing that she had flat feet, her mother".
		if e, span := firstSubject(d, k+1, s.To); e >= 0 && d.TokenAt(span.Start) <= k+8 && d.lex[d.TokenAt(span.Start)]&lexPossessive == 0 {
			if first := d.MentionAt(k + 1); first >= 0 && d.Mentions[first].From == k+1 || d.lex[k+1]&lexDeterminer != 0 {
				return e, span
			}
		}
		break
	}
	return -1, Span{}
}

// quotedAs reads "quoted X as saying" before the participle at token c: X speaks, not
// whoever quoted X ("Reuters quoted a central bank official as saying": the official,
// whom the article does not name). It returns who X is, -1 if no one named, and X's
// words; ok is false when the participle is not so introduced, or X is not there ("Mr
// Dixon was quoted as saying": the sentence's subject speaks).
func quotedAs(d *Document, c, start int) (int, Span, bool) {
	if c-2 <= start || !strings.EqualFold(d.Tok(c-1), "as") {
		return -1, Span{}, false
	}
	for k := c - 2; k >= start && c-k <= 10; k-- {
		switch strings.ToLower(d.Tok(k)) {
		case "quoted", "quotes", "quoting", "quote":
			if k+1 >= c-1 || d.Tok(k+1) == "by" || d.Tok(k+1) == "in" {
				return -1, Span{}, false // "was quoted by The Australian as saying": the subject speaks
			}
			return speakerIn(d, k+1, c-1), d.TokenSpan(k+1, c-1), true
		case ",", ";", ".":
			return -1, Span{}, false
		}
	}
	return -1, Span{}, false
}

// unnamedSubject reports whether span, the subject subjectOf found for the verb at token
// c, is one that names no one but says who speaks: "Some analysts", "several
// environmental groups", "A New York judge".
func unnamedSubject(d *Document, c, start int, span Span) bool {
	if !span.Valid() || c > start && d.Tok(c-1) == "," && !participle(d, c) {
		return false // ", said Junya Tanase": the subject comes after
	}
	if p, ok := pluralSubject(d, c, start); ok && p == span {
		return true
	}
	l, ok := leadNominal(d, start, c)
	return ok && l == span && participle(d, c) // "In August, several groups granted ..., saying"
}

// quotingCue reports whether cue is the verb of "X quoted Y as saying", which reports
// who reported the words, not who said them.
func quotingCue(d *Document, cue attrib.Span) bool {
	switch strings.ToLower(d.Tok(cue.To - 1)) {
	case "quoted", "quotes", "quoting":
	default:
		return false
	}
	s := d.Sentences[d.SentenceOf(cue.From)]
	for j := cue.To + 1; j+1 < s.To && j-cue.To <= 8; j++ {
		if strings.EqualFold(d.Tok(j), "as") && strings.EqualFold(d.Tok(j+1), "saying") {
			return d.Tok(cue.To) != "by" && d.Tok(cue.To) != "in"
		}
	}
	return false
}

// quotedAsAt reports whether the participle at token c is the "saying" of "quoted X as
// saying", X not the sentence's subject.
func quotedAsAt(d *Document, c, start int) bool {
	_, _, ok := quotedAs(d, c, start)
	return ok
}

// possessedSubject returns the noun phrase that possessive pronoun m opens, when it runs
// up to the verb at token c, with perhaps an auxiliary or an adverb between: "her lawyer
// said", "his late grandmother had died". It names someone else than the possessor, but
// for a spokesman, who speaks for them ("his spokesman said"), and what they wrote or
// said ("a statement on her website said", "his sales pitch adds").
func possessedSubject(d *Document, m Mention, c int) (Span, bool) {
	if !d.possessivePronoun(m) {
		return Span{}, false
	}
	h := c - 1
	for h > m.To && d.auxiliary(h) {
		h--
	}
	if h < m.To || h-m.To > 2 || speaksFor(d.Tok(h)) || isUtterance(d.Tok(h)) {
		return Span{}, false
	}
	for j := m.To; j <= h; j++ {
		if !isLowerWord(d.Tok(j)) || possessiveMark(d.Tok(j)) || d.lex[j]&(lexStop|lexCue) != 0 || d.MentionAt(j) >= 0 {
			return Span{}, false
		}
	}
	return d.TokenSpan(m.From, h+1), true
}

// isUtterance reports whether w names something written or said, which speaks for whoever
// wrote or said it: "statement", "website", "letter", "speech".
func isUtterance(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "statement", "website", "site", "blog", "letter", "book", "autobiography", "memoir", "diary", "column",
		"article", "message", "email", "e-mail", "note", "pitch", "speech", "manifesto", "report", "account",
		"tweet", "post", "interview", "comment", "remark", "word", "answer", "reply", "response", "evidence", "testimony":
		return true
	}
	return false
}

// pluralSubject returns the plural noun phrase right before the verb at token c, with
// perhaps an auxiliary or an adverb between, that is its subject and names no one: "Foreign
// policy analysts said", "Authorities have said", "..., but critics also argue". The phrase
// must open its sentence or clause ("the Times published portions" is no such subject), and
// hold no name.
func pluralSubject(d *Document, c, start int) (Span, bool) {
	h := c - 1
	for h > start && c-h <= 3 && d.auxiliary(h) {
		h--
	}
	w := d.Tok(h)
	if h < start || d.Tokens[h].Kind != text.Word || d.MentionAt(h) >= 0 || len(w) < 4 || !strings.HasSuffix(w, "s") ||
		strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "'s") ||
		d.lex[h]&(lexPronoun|lexStop|lexVerbLike|lexCue|lexDeterminer) != 0 || !isCommonWord(w) && h != start {
		return Span{}, false
	}
	end := h
	if !peopleNoun(strings.ToLower(w)) {
		// "elected officials from both parties say": the noun before a phrase that
		// qualifies it.
		for p := h - 1; p > start && h-p <= 5; p-- {
			if d.Tokens[p].Kind != text.Word || d.MentionAt(p) >= 0 && d.Entities[d.mentionEntity(p)].Type == Person {
				break
			}
			switch strings.ToLower(d.Tok(p)) {
			case "from", "of", "in", "at", "across", "on":
				if pw := d.Tok(p - 1); peopleNoun(strings.ToLower(pw)) && d.MentionAt(p-1) < 0 {
					h, w = p-1, pw
				}
			}
			if h < p {
				break
			}
		}
	}
	if strings.HasSuffix(d.Tok(c), "ing") || !peopleNoun(strings.ToLower(w)) {
		return Span{}, false // "Keeps saying": a verb, with its subject left out; "Regulations allow": no one
	}
	from := h
	for from > start && h-from < 4 {
		p := from - 1
		pw := d.Tok(p)
		if d.Tokens[p].Kind != text.Word || d.MentionAt(p) >= 0 || d.lex[p]&(lexPronoun|lexVerbLike|lexCue) != 0 ||
			d.lex[p]&lexStop != 0 && d.lex[p]&lexDeterminer == 0 || !isCommonWord(pw) && p != start ||
			strings.HasSuffix(pw, "ed") && !(p == start || d.Tok(p-1) == ",") || strings.HasSuffix(pw, "ing") && !(p == start || d.Tok(p-1) == "," || strings.EqualFold(d.Tok(p-1), "where")) ||
			strings.HasSuffix(pw, "s") && d.lex[p]&lexDeterminer == 0 ||
			connective(pw) {
			break // "Immigration law allows officials": a verb before the noun; "However local authorities"
		}
		from = p
		if d.lex[p]&lexDeterminer != 0 {
			break // "some analysts", "the authorities"
		}
	}
	if from > start {
		switch pw := strings.ToLower(d.Tok(from - 1)); {
		case pw == "," || pw == "-" || pw == "\u2013" || pw == "\u2014" || pw == "(" || pw == ";" ||
			pw == "while" || pw == "as" || pw == "because" || pw == "where" || pw == "although" || pw == "though" || pw == "when" ||
			connective(pw) && from-1 == start:
			// The phrase opens a clause: "..., critics say", "However local authorities say",
			// "- critics would call them messianic -".
		case pw == "and" || pw == "but":
			// "and analysts predict": a clause of its own, the noun being one for people;
			// not "Peter Gray and two other executives were fired", where the name shares it.
			if from-2 >= start && d.MentionAt(from-2) >= 0 {
				return Span{}, false
			}
		default:
			return Span{}, false // "the Times published portions", "the views of analysts"
		}
	}
	return d.TokenSpan(from, end+1), true
}

// connective reports whether w links its clause to what came before ("However",
// "Meanwhile") rather than being part of a noun phrase.
func connective(w string) bool {
	switch strings.ToLower(w) {
	case "however", "meanwhile", "nevertheless", "nonetheless", "moreover", "furthermore", "instead", "now", "still", "yet", "also":
		return true
	}
	return false
}

// peopleNoun reports whether w, in lower case, is a plural noun for people who may speak:
// "analysts", "critics", "officials".
func peopleNoun(w string) bool {
	switch w {
	case "analysts", "experts", "critics", "officials", "economists", "campaigners", "residents", "protesters",
		"lawyers", "attorneys", "scientists", "researchers", "observers", "investors", "supporters", "opponents",
		"authorities", "regulators", "proponents", "advocates", "activists", "voters", "doctors", "teachers",
		"parents", "leaders", "lawmakers", "legislators", "diplomats", "prosecutors", "investigators", "police",
		"unions", "groups", "organisers", "organizers", "executives", "shareholders", "traders", "dealers",
		"commentators", "historians", "strategists", "pollsters", "democrats", "republicans", "conservatives",
		"liberals", "ministers", "mps", "senators", "members", "aides", "allies", "rivals", "witnesses", "neighbours",
		"neighbors", "fans", "users", "consumers", "customers", "workers", "employees", "staff", "insiders", "sources":
		return true
	}
	return false
}

// endsBefore reports whether mention m ends just before the verb at token c, perhaps with
// an adverb or auxiliary between: then it is the verb's subject even after "after" or
// "before" ("three weeks after Margaret Okafor resigned").
func endsBefore(d *Document, m Mention, c int) bool {
	k := m.To
	for k < c && c-k <= 2 && (d.lex[k]&lexVerbLike != 0 || strings.HasSuffix(d.Tok(k), "ly") || d.Tok(k) == "not") {
		k++
	}
	return k == c
}

// afterConjunction reports whether mention m follows a word that can open a clause as
// well as a phrase: "after", "before", "since", "until".
func afterConjunction(d *Document, m Mention) bool {
	switch strings.ToLower(d.Tok(m.From - 1)) {
	case "after", "before", "since", "until", "till", "as", "because", "while", "when", "once":
		return true
	}
	return false
}

// relativeStart returns where the relative or participial clause that the comma at token
// k closes begins (its opening comma: ", who ...,", ", dedicating ...,"), or -1 when the
// comma closes none.
func relativeStart(d *Document, start, k int) int {
	for j := k - 1; j > start && k-j <= 30; j-- {
		switch d.Tok(j) {
		case ",":
			switch w := d.Tok(j + 1); strings.ToLower(w) {
			case "who", "which", "whose", "whom":
				return j
			default:
				if strings.HasSuffix(w, "ing") && isLowerWord(w) && len(w) > 4 {
					return j // "President Obama, dedicating the museum on Saturday, said"
				}
				if m := d.MentionAt(j - 1); (w == "the" || w == "a" || w == "an") && m >= 0 && d.Mentions[m].Kind == NameMention &&
					d.Entities[d.Mentions[m].Entity].Type == Person && indexWord(d, j+2, k, "who") >= 0 {
					return j // "Sir Anthony Meyer, the backbencher who challenged Margaret Thatcher, has died"
				}
			}
			return -1
		case ".", ";", ":", "-", "--", "—", "–":
			return -1 // "... - Brentley Vinson, who was placed on leave - was not wearing ...": closed before the comma
		}
		if d.quoteMarkAt(j) {
			return -1
		}
	}
	return -1
}

// afterDateline returns the first token after a dateline that opens the sentence at
// token start, "(CNN) --", which names who publishes the story, not who acts in it; start
// if there is none before token end.
func afterDateline(d *Document, start, end int) int {
	if start >= end || d.Tok(start) != "(" {
		return start
	}
	for k := start + 1; k < end && k-start <= 6; k++ {
		if d.Tok(k) == ")" {
			if k+1 < end && d.Tokens[k+1].Kind == text.Dash {
				return k + 2
			}
			break
		}
	}
	return start
}

// paragraphStart reports whether token i is the first of its paragraph.
func (d *Document) paragraphStart(i int) bool {
	si := d.SentenceOf(i)
	return d.Sentences[si].From == i && (si == 0 || d.Sentences[si-1].Para != d.Sentences[si].Para)
}

// possessivePronoun reports whether mention m is a possessive pronoun: "his", "their".
func (d *Document) possessivePronoun(m Mention) bool {
	return m.Kind == PronounMention && d.lex[m.From]&lexPossessive != 0
}

// auxiliary reports whether token j may stand between a verb's subject and the verb: an
// auxiliary or common verb ("has", "will"), an adverb in -ly, "also" or "not".
func (d *Document) auxiliary(j int) bool {
	return d.lex[j]&lexVerbLike != 0 || strings.HasSuffix(d.Tok(j), "ly") || d.Tok(j) == "also" || d.Tok(j) == "not"
}

// isObject reports whether mention m is unlikely to be a subject: after a preposition,
// before a possessive 's, or a pronoun such as "his".
func isObject(d *Document, m Mention) bool {
	if d.possessivePronoun(m) {
		return true
	}
	if possessiveMark(d.Tok(m.To)) {
		return true
	}
	k := m.From - 1
	for k >= 0 && (d.lex[k]&lexDeterminer != 0 || isCapitalised(d.Tok(k)) && d.lex[k]&lexStop == 0 && m.From-k <= 3) {
		k-- // "of Swansea UAF": the preposition before the whole name
	}
	// In a list, "for Kensington and Chelsea": as the first of the list is.
	if w := d.Tok(k); (w == "and" || w == "&" || w == "or") && k > 0 {
		if prev := d.MentionAt(k - 1); prev >= 0 && d.Mentions[prev].From < m.From {
			return isObject(d, d.Mentions[prev])
		}
	}
	switch strings.ToLower(d.Tok(k)) {
	case "to", "by", "of", "from", "with", "for", "since", "at", "in", "on", "about", "against", "into", "than", "like", "over", "under", "between", "among", "through", "during", "after", "before", "toward", "towards", "via":
		return true
	}
	return false
}

// reportedSubject returns the person who speaks in sentence si outside quotation marks:
// the subject of its first verb of saying, the person an apposition before it describes
// ("Ian Harris, deputy editor of Mac Format, said"), or the person named after it when it
// ends the sentence ("..., says Mr Pearson."); or -1.
func (x *Extractor) reportedSubject(d *Document, si int) int {
	s := d.Sentences[si]
	person := func(e int) bool { return e >= 0 && d.Entities[e].Type == Person }
	for c := s.From + 1; c < s.To; c++ {
		if d.quoteMarkAt(c) {
			return -1
		}
		if d.lex[c]&lexCue == 0 && !judgingVerb(d.Tok(c)) {
			continue
		}
		if sp, _ := x.subjectOf(d, c, s.From); person(sp) {
			return sp
		}
		if d.Tok(c-1) != "," {
			continue
		}
		if e, m := firstSubject(d, s.From, c); person(e) && m.End < d.Tokens[c-1].Start && d.Tok(d.TokenAt(m.End)) == "," {
			return e // an apposition between the name and the verb
		}
		if end := s.To - 1; d.Tok(end) == "." {
			// "..., says Mr Pearson." and "Then, says Mr Kotamaraja, the world found out."
			if e, m := x.speakerAt(d, c+1, end); person(e) && (d.TokenAt(m.End) == end || d.Tok(d.TokenAt(m.End)) == ",") {
				return e
			}
		}
	}
	return -1
}

// judgingVerb reports whether w says that its subject judged something aloud, so that a
// quotation right after the sentence gives the judgement's words: "X criticised the
// system. "There is no logic to it."", "X hailed Giggs and Keane. "Roy came on ..."".
func judgingVerb(w string) bool {
	switch w {
	case "criticised", "criticized", "hailed", "praised", "attacked", "condemned", "welcomed", "defended",
		"slammed", "blasted", "dismissed", "questioned", "backed", "rejected", "branded":
		return true
	}
	return false
}

// lastSpeaker returns the speaker of the last attributed quotation before quotation n.
func (x *Extractor) lastSpeaker(d *Document, n int) int {
	for i := min(n, len(d.Quotes)) - 1; i >= 0; i-- {
		if d.Quotes[i].Speaker >= 0 {
			return d.Quotes[i].Speaker
		}
	}
	return -1
}

// personOfBody reports whether w, after a body's name, makes a phrase that means one
// person: a post one person holds in it ("the Tory leader") or what someone does for it
// ("the Tottenham striker"); the body does not speak through them as through a
// spokesman.
func personOfBody(w string) bool {
	switch strings.ToLower(w) {
	case "leader", "chairman", "chairwoman", "chair", "president", "secretary", "chancellor", "chief", "boss", "manager", "coach", "premier":
		return true
	}
	return describes(w)
}
