package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"onrecord/text"
)

// findNames runs the tagger over the document and turns its spans into names: titles
// and honorifics at the start of a person's name are marked as such, titles at the end of
// an organisation's name are cut off ("Liberal Democrat MP"), a name stops at a common
// word the tagger ran on into, a place followed by a word such as Council or Police
// becomes an organisation, known parties are organisations, a capitalised word after an
// honorific or a common given name is a person the tagger missed, and a body's head word
// takes in the capitalised words the tagger left before it.
func (x *Extractor) findNames(d *Document) {
	x.spans = x.tagger.Tag(x.spans[:0], d.Text, d.Tokens, d.Sentences)
	types := x.model.Types
	for _, s := range x.spans {
		n := Name{From: s.From, To: s.To, Type: Other}
		switch types[s.Type] {
		case "PER":
			n.Type = Person
		case "ORG":
			n.Type = Organization
		case "LOC":
			n.Type = Place
		}
		x.addName(d, n)
	}
	x.namesAfterHonorifics(d)
	namesAfterQuotes(d)
	x.namesAfterGivenNames(d)
	joinAdjacentPeople(d)
	x.surnamesAlone(d)
	widenBodies(d)
	x.markInstitutions(d)
}

// joinAdjacentPeople joins a person's name that the tagger cut in two: "MP Tom" and
// "Ashby" side by side are Tom Ashby; and takes into a name a capitalised word just
// before it that the tagger left out ("Tom" of "Liberal Democrat MP Tom Ashby").
func joinAdjacentPeople(d *Document) {
	for i := range d.Names {
		n := &d.Names[i]
		if n.Type != Person || n.Title > 0 {
			continue
		}
		k := n.From - 1
		if k <= d.Sentences[d.SentenceOf(n.From)].From || d.Tokens[k].Kind != text.Word || !isCapitalised(d.Tok(k)) ||
			d.Text[d.Tokens[k].End:d.Tokens[k+1].Start] != " " || strings.HasSuffix(d.Tok(k), "ing") || d.Tokens[k-1].Kind == text.Quote ||
			d.lex[k]&(lexStop|lexHonorific|lexTitleHead|lexTitleMod|lexMonth|lexWeekday|lexNationality|lexOrgHead) != 0 || d.isHead(k) || isThingInitialism(d.Tok(k)) ||
			i > 0 && d.Names[i-1].To > k {
			continue
		}
		n.From = k
	}
	for i := range d.Names {
		// "Kim Jong Un", "Pope John Paul II", "Martin Luther King Jr": a short last part the
		// tagger left out.
		n := &d.Names[i]
		if n.Type != Person || n.To-n.From-n.Title < 2 || n.To >= len(d.Tokens) || i+1 < len(d.Names) && d.Names[i+1].From <= n.To ||
			d.Text[d.Tokens[n.To-1].End:d.Tokens[n.To].Start] != " " || d.SentenceOf(n.To) != d.SentenceOf(n.From) {
			continue
		}
		if w := d.Tok(n.To); nameSuffix(w) && d.lex[n.To]&(lexStop|lexHonorific|lexTitleHead|lexMonth|lexWeekday) == 0 && !isPostAcronym(w) {
			n.To++
		}
	}
	out := d.Names[:0]
	for _, n := range d.Names {
		if k := len(out) - 1; k >= 0 && out[k].Type == Person && n.Type == Person && out[k].To == n.From &&
			n.Title == 0 && d.Text[d.Tokens[n.From-1].End:d.Tokens[n.From].Start] == " " && d.SentenceOf(n.From) == d.SentenceOf(out[k].From) {
			out[k].To = n.To
			continue
		}
		out = append(out, n)
	}
	d.Names = out
}

// widenBodies gives a body's name that is only a word such as Party or Council the
// capitalised words the tagger left out before it ("Scottish Conservative Party", of which
// it took "Scottish" for a name of its own and "Party" for the body): the names they
// were are taken in.
func widenBodies(d *Document) {
	out := d.Names[:0]
	for _, n := range d.Names {
		if n.Type == Organization && n.To-n.From == 1 && isCapitalisedOrgHead(d, n.From) {
			start := d.Sentences[d.SentenceOf(n.From)].From
			k := n.From
			// Words of a name before it, or capitalised words not at the sentence's start.
			named := func(j int) bool { return len(out) > 0 && out[len(out)-1].From <= j && j < out[len(out)-1].To }
			for k > start && isCapitalised(d.Tok(k-1)) && d.Tokens[k-1].Kind == text.Word &&
				d.lex[k-1]&(lexStop|lexHonorific|lexTitleHead|lexTitleMod|lexMonth|lexWeekday) == 0 &&
				(k-1 > start || named(k-1)) {
				k--
			}
			if k < n.From {
				for len(out) > 0 && out[len(out)-1].From >= k {
					out = out[:len(out)-1] // "Scottish", now part of the name
				}
				n.From = k
			}
		}
		out = append(out, n)
	}
	d.Names = out
}

// addName fixes a tagged span and appends it to the document's names. A span is cut at
// punctuation and before an honorific inside it; a span that starts with an honorific
// names a person and ends with the capitalised words after it ("Mr Blunkett's ex-lover's"
// is Mr Blunkett).
func (x *Extractor) addName(d *Document, n Name) {
	for k := n.From; k < n.To; k++ {
		cut := false
		switch d.Tokens[k].Kind {
		case text.Punct, text.Quote, text.Dash, text.Symbol:
			cut = d.Tok(k) != "." && d.Tok(k) != "&"
		}
		if k > n.From && d.lex[k]&lexHonorific != 0 && isCapitalised(d.Tok(k)) && d.lex[k-1]&lexHonorific == 0 {
			x.addName(d, Name{From: n.From, To: k, Type: n.Type})
			x.addName(d, Name{From: k, To: n.To, Type: Person})
			return
		}
		if cut {
			x.addName(d, Name{From: n.From, To: k, Type: n.Type})
			x.addName(d, Name{From: k + 1, To: n.To, Type: n.Type})
			return
		}
		if k-n.From >= 2 && n.To-(k+2) >= 2 && d.Tok(k) == "and" && d.Tok(k+1) == "the" && isCapitalised(d.Tok(k+2)) && d.Tok(n.From) != "The" {
			// "the New University of Ulster and the Ulster Polytechnic": two bodies; not a
			// title such as "Sex and the City" or "The Squid and the Whale".
			x.addName(d, Name{From: n.From, To: k, Type: n.Type})
			x.addName(d, Name{From: k + 2, To: n.To, Type: n.Type})
			return
		}
		if w := d.Tok(k); k > n.From && d.Tokens[k].Kind == text.Word && isCommonWord(w) && !isNameParticle(w) &&
			(n.Type == Person || !isNameConnector(w)) && d.lex[k]&(lexTitleHead|lexTitleMod) == 0 && !d.isHead(k) {
			// A name holds no common word but a title's ("Tory co-chairman Liam Fox") or,
			// a body's, a connector's ("Friends of the Earth"): "William and Harry" are two
			// people; in "Mary visited New York" or "Bill through Parliament" the tagger
			// ran on past the name.
			x.addName(d, Name{From: n.From, To: k, Type: n.Type})
			if w := d.Tok(k); w == "and" || w == "or" {
				x.addName(d, Name{From: k + 1, To: n.To, Type: n.Type})
			}
			return
		}
	}
	for {
		for n.To > n.From && (!isCapitalised(d.Tok(n.To-1)) && !isNumberToken(d, n.To-1) || isCapsConnector(d.Tok(n.To-1))) {
			n.To-- // "Blunkett 's", "of the", "LEGEND OF"
		}
		if n.To-n.From <= 2 || !isNumberToken(d, n.To-1) || !isNameConnector(d.Tok(n.To-2)) {
			break
		}
		n.To -= 2 // "Clear Channel in 2004", "the BBC in 1991": a date after the name
	}
	if n.To <= n.From {
		return // "Fox.'.''" at the end of the text: punctuation only
	}
	if w := d.Tok(n.To - 1); (w == "Radio" || w == "Channel") && n.To < len(d.Tokens) && isNumberToken(d, n.To) && d.SentenceOf(n.To) == d.SentenceOf(n.From) {
		n.To++ // "BBC Radio 4", "Channel 4": the number is part of the name
	}
	if opensSentence(d, n.From) && (isOpeningAdverb(d.Tok(n.From)) || d.Tok(n.From) == "Of" && strings.EqualFold(d.Tok(n.From+1), "course") ||
		n.To-n.From > 1 && d.lex[n.From]&lexDeterminer == 0 && d.functionWord(n.From) &&
			d.Tok(n.From) != "All" && d.Tok(n.From) != "Do") { // not "All Blacks", "Do They Know It's Christmas"
		n.From++ // "Meanwhile Angelina Jolie", "Despite Kelly's efforts", "Of Hepburn, she said": capitalised for the sentence
		if n.From == n.To {
			return // "However, Mr Hayman said": no name at all
		}
	}
	for n.From < n.To && !isCapitalised(d.Tok(n.From)) && !isNumberToken(d, n.From) {
		n.From++
	}
	if n.From >= n.To {
		return
	}
	if d.lex[n.From]&lexHonorific != 0 && isCapitalised(d.Tok(n.From)) && n.To-n.From > 1 {
		end := n.From + 1
		for end < n.To && isCapitalised(d.Tok(end)) && d.lex[end]&lexStop == 0 {
			end++
		}
		if end > n.From+1 {
			n.To, n.Type = end, Person
		}
	}
	// A title at the end is not part of the name: "Liberal Democrat MP", "Labour leader";
	// but a person's name stays whole unless what comes before the title is a party or a
	// nationality ("Charlie King", "Rick General").
	for n.To-n.From > 1 && d.lex[n.To-1]&lexTitleHead != 0 && !isCapitalisedOrgHead(d, n.To-1) &&
		(n.Type != Person || x.isPartyTokens(d, n.From, n.To-1) || d.lex[n.To-2]&lexNationality != 0) {
		n.To--
		if n.Type == Person {
			n.Type = Organization
		}
	}
	if n.Type == Person && n.To-n.From > 1 && isPostAcronym(d.Tok(n.To-1)) {
		n.To-- // "Guy Mansfield QC", "Andrew Tyrie MP": the post follows the name
	}
	if n.To-n.From == 1 && (d.lex[n.From]&(lexTitleHead|lexHonorific) != 0 || d.isHead(n.From)) && !x.isPartyTokens(d, n.From, n.To) {
		return // a title alone is no name: "PCC"
	}
	if n.To-n.From == 1 && d.functionWord(n.From) {
		return // "Of these, 83% were happy": a word that opens a phrase, no name
	}
	if n.To-n.From == 1 && isThingInitialism(d.Tok(n.From)) {
		return // "DVDs", "GMT": the initials of a kind of thing, not a name
	}
	if n.To-n.From == 1 && n.Type != Person && d.lex[n.From]&lexGenericOrg != 0 && x.lex.inst.at(d, n.From) == n.From {
		return // "the Government", "the Party": a kind of body, not a name, unless one of the institutions
	}
	// "Victoria, a lobbyist for disabled rights,": one word the tagger took for a place or
	// a body, described as someone who holds a post, is a person; not after "of" and the
	// like ("Baroness Royall of Blaisdon, a former aide").
	if n.Type != Person && n.To-n.From == 1 && n.To+3 < len(d.Tokens) && d.Tok(n.To) == "," && (n.From == 0 || d.lex[n.From-1]&lexStop == 0 && d.Tok(n.From-1) != ",") &&
		(strings.EqualFold(d.Tok(n.To+1), "a") || strings.EqualFold(d.Tok(n.To+1), "an")) && d.SentenceOf(n.To+3) == d.SentenceOf(n.From) {
		for j := n.To + 2; j < n.To+5 && j < len(d.Tokens) && (d.lex[j]&lexTitleHead != 0 || d.isTitleWord(j) || d.isPlainWord(j)); j++ {
			if d.lex[j]&lexTitleHead != 0 {
				if j+1 < len(d.Tokens) && d.lex[j+1]&lexCue == 0 {
					n.Type = Person // not "in Malibu, California, a spokesman said"
				}
				break
			}
		}
	}
	// "the Hutton inquiry", "the Butler inquiry": an inquiry named for who leads it.
	if n.To-n.From <= 2 && n.To < len(d.Tokens) && (d.Tok(n.To) == "inquiry" || d.Tok(n.To) == "Inquiry") && d.SentenceOf(n.To) == d.SentenceOf(n.From) &&
		(n.From == 0 || d.Tok(n.From-1) == "the" || d.Tok(n.From-1) == "The") {
		n.To++
		n.Type, n.Title = Organization, 0
	}
	// A place followed by Council, Police, Party and the like is an organisation.
	for n.To < len(d.Tokens) && d.lex[n.To]&lexOrgHead != 0 && isCapitalised(d.Tok(n.To)) && d.SentenceOf(n.To) == d.SentenceOf(n.From) {
		n.To++
		n.Type = Organization
	}
	// "Child Support Agency Doug Smith" tagged as one organisation: the body, then a person
	// whose given name is a common one.
	if n.Type == Organization {
		for h := max(n.From+1, n.To-3); h <= n.To-2; h++ {
			if isCapitalisedOrgHead(d, h-1) && x.lex.given[d.Tok(h)] != UnknownGender && isCapitalised(d.Tok(n.To-1)) && d.lex[n.To-1]&lexOrgHead == 0 {
				x.addName(d, Name{From: n.From, To: h, Type: Organization})
				x.addName(d, Name{From: h, To: n.To, Type: Person})
				return
			}
		}
	}
	// "Tory MP Jonathan Sayeed" tagged as one organisation: a person with a title; not
	// "the Criminal Justice Bill" nor "the Prince Edward Theatre".
	if n.Type != Person && !isLawWord(d.Tok(n.To-1)) && !isVenue(d.Tok(n.To-1)) {
		for h := n.From; h < n.To-1; h++ {
			if d.isHead(h) && d.lex[h]&lexOrgHead == 0 && isCapitalised(d.Tok(h+1)) && d.lex[h+1]&(lexStop|lexTitleHead|lexTitleMod|lexOrgHead) == 0 &&
				(n.To-h > 2 || x.lex.given[d.Tok(h+1)] != UnknownGender || !namesThings(d.Tok(h))) { // not "General Motors", "King Kong"
				n.Type = Person
				n.Title = h + 1 - n.From
				d.Names = append(d.Names, n)
				return
			}
		}
	}
	if w := d.Tok(n.To - 1); n.To-n.From > 1 && isStreet(w) && (n.Type != Person || w != "Lane" && w != "Place" && w != "Drive") {
		n.Type, n.Title = Place, 0 // "St Helen's Road", "George Street"; not Nathan Lane
	}
	if w := d.Tok(n.To - 1); n.To-n.From > 1 && n.Type == Person && isVenue(w) {
		n.Type, n.Title = Place, 0 // "Prince Edward Theatre", "Ethel Barrymore Theatre": named for someone
		if w == "Centre" || w == "Center" {
			n.Type = Organization // "Simon Wiesenthal Center"
		}
	}
	if isCapitalisedOrgHead(d, n.To-1) && (n.Type == Place || n.Type == Other && !isCompetition(d.Tok(n.To-1)) ||
		n.Type == Person && n.To-n.From >= 3 && d.Tok(n.To-1) != "Court") {
		n.Type = Organization // "Northbridge City Council", "Andy Warhol Foundation"; not "Margaret Court"
	}
	switch d.Tok(n.To - 1) {
	case "Limited", "Ltd", "Ltd.", "plc", "Plc", "PLC", "Inc", "Inc.", "LLP", "LLC", "Corp", "Corp.":
		n.Type, n.Title = Organization, 0 // a company, whatever the tagger made of the words before
	}
	if n.Type == Place && n.To-n.From == 1 && isBodyAcronym(d.Tok(n.From)) {
		n.Type = Organization // "NASA", "IAAF": places seldom go by their initials
	}
	if x.isPartyTokens(d, n.From, n.To) {
		n.Type = Organization
	}
	// A party before a name: "Liberal Democrat Sarah Teather", "Tory Liam Fox", tagged as
	// one organisation or person.
	party := x.partyAt(d, n.From, n.To)
	if party > n.From && n.Type != Place && nameWords(d, party, n.To) {
		n.Type = Person
	} else {
		party = n.From
	}
	// Titles and honorifics at the start of a person's name.
	if n.Type == Person || n.Type == Other {
		t := party
		for t < n.To-1 {
			if d.lex[t]&(lexHonorific|lexTitleHead|lexTitleMod|lexFormer) != 0 || d.isHead(t) {
				t++
				continue
			}
			// A party before a title: "Tory MP Jonathan Sayeed".
			if p := x.partyAt(d, t, n.To-1); p > t && p < n.To-1 && d.isHead(p) {
				t = p
				continue
			}
			break
		}
		titled := party > n.From
		for k := n.From; k < t; k++ {
			titled = titled || d.lex[k]&(lexHonorific|lexTitleHead|lexFormer) != 0 || d.isHead(k)
		}
		if !titled {
			t = n.From // "New Year Honours": words that may qualify a title, but no title
		}
		if t > n.From && n.Type == Other {
			n.Type = Person
		}
		n.Title = t - n.From
	}
	if n.Type == Person && n.To-n.From-n.Title > 1 && (d.lex[n.From+n.Title]&lexNumberWord != 0 || d.lex[n.To-1]&lexNumberWord != 0) {
		n.Type, n.Title = Other, 0 // "Million Dollar Baby", "Deep Space Nine", "the Maguire Seven": a work or a group; not "Henk Ten Cate"
	}
	if n.Type == Person && allTitleWords(d, n.From+n.Title, n.To) {
		return // "Lord Chancellor" names a post, not a person
	}
	if isLawWord(d.Tok(n.To - 1)) {
		// "the Criminal Justice Bill", "the Terrorism Act": a law, not a person called Bill,
		// with the capitalised words before it the tagger left out.
		from := n.To - 1
		for from > 0 && n.To-from < 6 && isCapitalised(d.Tok(from-1)) && d.lex[from-1]&(lexHonorific|lexDeterminer) == 0 &&
			x.lex.given[d.Tok(from-1)] == UnknownGender && d.SentenceOf(from-1) == d.SentenceOf(from) && !opensSentence(d, from) {
			from--
		}
		if from < n.To-1 {
			n.From, n.Type, n.Title = min(n.From, from), Other, 0
		}
	}
	// Honorifics just before a person's name belong to its title.
	if n.Type == Person && n.Title == 0 {
		for n.From > 0 && d.lex[n.From-1]&lexHonorific != 0 && isCapitalised(d.Tok(n.From-1)) && d.SentenceOf(n.From-1) == d.SentenceOf(n.From) {
			n.From--
			n.Title++
		}
	}
	d.Names = append(d.Names, n)
}

// isBodyAcronym reports whether w is a word of three to six capital letters that is not
// one of the few places known by their initials ("USA", "UAE").
func isBodyAcronym(w string) bool {
	if len(w) < 3 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	switch w {
	case "USA", "UAE", "USSR", "DRC", "NYC", "PRC", "ROK", "DPRK":
		return false
	}
	return true
}

// isThingInitialism reports whether w, or w without a plural "s", is the initials of a
// kind of thing, a measure or a trade, written in capitals as a name is but naming no one
// thing: "TV", "PCs", "DVD", "GMT", "GDP", "CEO".
func isThingInitialism(w string) bool {
	if len(w) > 2 && w[len(w)-1] == 's' {
		w = w[:len(w)-1]
	}
	switch w {
	case "TV", "HDTV", "IPTV", "PC", "DVD", "CD", "VHS", "VCR", "PVR", "DVR", "LCD", "LED", "HD", "USB", "CPU", "RAM",
		"MP3", "ID", "PIN", "SIM", "SMS", "MMS", "GSM", "GPRS", "3G", "ADSL", "DSL", "ISP", "RSS", "URL", "GPS", "DRM",
		"P2P", "VoIP", "PDA", "AI", "IT", "PR", "HR", "DIY", "SUV", "ATM", "CCTV", "DNA", "HIV", "AIDS", "IVF", "MRI",
		"IQ", "GMT", "BST", "GDP", "GNP", "FDI", "VAT", "IPO", "AGM", "CEO", "CFO", "COO", "GCSE", "GP", "DJ", "MC":
		return true
	}
	return false
}

// isStreet reports whether w ends the name of a street or square.
func isStreet(w string) bool {
	switch w {
	case "Street", "Road", "Avenue", "Lane", "Square", "Terrace", "Crescent", "Boulevard", "Place", "Drive":
		return true
	}
	return false
}

// isCapsConnector reports whether w is a word that joins the words of a name, written in
// capitals as a headline writes it ("LEGEND OF"), which no name ends with.
func isCapsConnector(w string) bool {
	switch w {
	case "OF", "AND", "THE", "FOR", "TO", "ON", "IN", "AT", "BY", "WITH", "OR":
		return true
	}
	return false
}

// functionWord reports whether token k is a function word, not written all in capitals
// ("US"), and not one that is a name too ("Will", "May").
func (d *Document) functionWord(k int) bool {
	return d.lex[k]&lexStop != 0 && !hasUpper(d.Tok(k)[1:]) && !stopNamesSomeone(d.Tok(k))
}

// stopNamesSomeone reports whether w, a function word, is also a name: "Will", "May",
// "Doctor Who".
func stopNamesSomeone(w string) bool {
	switch w {
	case "Will", "May", "Can", "Might", "Must", "Still", "Long", "Young", "Most", "More", "Even", "Just", "Such", "Who":
		return true
	}
	return false
}

// nameSuffix reports whether w may end a person's name after the given name and surname:
// a Roman numeral ("II", "VIII"), "Jr" or "Sr", or a syllable of two letters ("Un").
func nameSuffix(w string) bool {
	switch w {
	case "Jr", "Jr.", "Sr", "Sr.":
		return true
	}
	roman := w != ""
	for i := 0; i < len(w); i++ {
		roman = roman && strings.IndexByte("IVX", w[i]) >= 0
	}
	return roman || len(w) == 2 && isCapitalised(w) && w[1] >= 'a' && w[1] <= 'z'
}

// isVenue reports whether w ends the name of a building or ground, and never a person's:
// "Theatre", "Stadium", "Airport".
func isVenue(w string) bool {
	switch w {
	case "Theatre", "Theater", "Stadium", "Arena", "Airport", "Cathedral", "Museum", "Gallery", "Hotel", "Centre", "Center":
		return true
	}
	return false
}

// isCompetition reports whether w ends the name of a contest rather than a body: "Champions
// League", "FA Cup".
func isCompetition(w string) bool {
	switch w {
	case "League", "Cup", "Office", "Championship", "Championships", "Trophy":
		return true
	}
	return false
}

// nameWords reports whether tokens [from, to) look like a person's given name and
// surname: two or three capitalised words that are not words of the lexicon (titles, heads
// of organisations' names, function words).
func nameWords(d *Document, from, to int) bool {
	if to-from < 2 || to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		if d.Tokens[k].Kind != text.Word || !isCapitalised(d.Tok(k)) || d.lex[k] != 0 || d.isHead(k) {
			return false
		}
	}
	return true
}

// namesAfterHonorifics adds as people the capitalised words after an honorific that the
// tagger left out: "Mrs Okafor"; and makes people of names it typed otherwise after "Mr",
// "Mrs" or "Ms" ("Mr Irish" is no nationality).
func (x *Extractor) namesAfterHonorifics(d *Document) {
	for k := range d.Names {
		// "Mr Irish", "Mrs Green": a name the tagger typed otherwise is a person's after
		// "Mr", "Mrs" or "Ms".
		n := &d.Names[k]
		if i := n.From - 1; n.Type != Person && n.Title == 0 && i >= 0 && plainHonorific(d.Tok(i)) {
			n.Type, n.From, n.Title = Person, i, 1
		}
	}
	covered := namedTokens(d)
	for i := 0; i+1 < len(d.Tokens); i++ {
		if d.lex[i]&lexHonorific == 0 || !isCapitalised(d.Tok(i)) || covered[i] || covered[i+1] {
			continue
		}
		j := i + 1
		for j < len(d.Tokens) && isCapitalised(d.Tok(j)) && d.lex[j]&lexStop == 0 && !covered[j] && d.SentenceOf(j) == d.SentenceOf(i) {
			j++
		}
		post := allTitleWords(d, i+1, j) && (j-i > 2 || strings.EqualFold(d.Tok(i), "Lord")) // "Lord Chancellor", "Lord Chief Justice"; but "Mr King"
		if j > i+1 && !post {
			d.Names = append(d.Names, Name{From: i, To: j, Type: Person, Title: 1})
			i = j - 1
		}
	}
	sortNames(d.Names)
}

// namesAfterQuotes adds as a person a capitalised word or two the tagger left out that
// name who spoke right after a quotation and its cue, with the sentence ending or going
// on after a comma: "...," said Kiplagat. A weekday, a month, a title, a word for a body
// or a function word is no one ("...," said Friday; "...," said Police).
func namesAfterQuotes(d *Document) {
	covered := namedTokens(d)
	added := false
	for c := 1; c+2 < len(d.Tokens); c++ {
		switch strings.ToLower(d.Tok(c)) {
		case "said", "says", "added", "adds", "insisted", "explained", "continued", "admitted":
		default:
			continue
		}
		if !d.quoteMarkAt(c-1) && !(c > 1 && d.Tok(c-1) == "," && d.quoteMarkAt(c-2)) {
			continue
		}
		j := c + 1
		for j < len(d.Tokens) && j-c <= 2 && isCapitalised(d.Tok(j)) && !covered[j] &&
			d.lex[j]&(lexStop|lexWeekday|lexMonth|lexHonorific|lexTitleHead|lexTitleMod|lexPronoun|lexNationality|lexOrgHead|lexGenericOrg) == 0 {
			j++
		}
		if j == c+1 || j >= len(d.Tokens) || (d.Tok(j) != "." && d.Tok(j) != ",") {
			continue
		}
		d.Names = append(d.Names, Name{From: c + 1, To: j, Type: Person})
		added = true
	}
	if added {
		sortNames(d.Names)
	}
}

// namedTokens tells, for each token of d, whether one of its names holds it.
func namedTokens(d *Document) []bool {
	covered := make([]bool, len(d.Tokens))
	for _, n := range d.Names {
		for i := n.From; i < n.To; i++ {
			covered[i] = true
		}
	}
	return covered
}

// namesAfterGivenNames adds a person for a common given name and the capitalised word
// after it that the tagger left out, a month's name among them: "Theresa May said", not
// "in May 2005".
func (x *Extractor) namesAfterGivenNames(d *Document) {
	covered := namedTokens(d)
	for i := 0; i+1 < len(d.Tokens); i++ {
		if covered[i] || covered[i+1] || x.lex.given[d.Tok(i)] == UnknownGender || d.SentenceOf(i+1) != d.SentenceOf(i) ||
			!isCapitalised(d.Tok(i+1)) || d.Tokens[i+1].Kind != text.Word || d.lex[i+1]&(lexStop|lexTitleHead|lexHonorific|lexOrgHead|lexNationality|lexWeekday) != 0 ||
			isStreet(d.Tok(i+1)) ||
			i+2 < len(d.Tokens) && d.Tokens[i+2].Kind == text.Number {
			continue
		}
		d.Names = append(d.Names, Name{From: i, To: i + 2, Type: Person})
		i++
	}
	sortNames(d.Names)
}

// surnamesAlone adds as a person each capitalised word the tagger left out that is the
// last word of a person's full name in the article, one that opens with a common given
// name: "McAllister raced in" after "Jamie McAllister". Not in a headline, not after a
// word that makes it part of something else (see surnameMayFollow), not before a noun it
// qualifies ("Oil officials"), and not a word that is also a title, a body's word or a
// function word.
func (x *Extractor) surnamesAlone(d *Document) {
	var surnames map[string]bool
	for _, n := range d.Names {
		if n.Type == Person && n.To-(n.From+n.Title) >= 2 && d.Tokens[n.To-1].Kind == text.Word && len(d.Tok(n.To-1)) > 2 &&
			x.lex.given[d.Tok(n.From+n.Title)] != UnknownGender {
			if surnames == nil {
				surnames = map[string]bool{}
			}
			surnames[d.Tok(n.To-1)] = true
		}
	}
	if surnames == nil {
		return
	}
	covered := namedTokens(d)
	added := false
	for i, t := range d.Tokens {
		if covered[i] || t.Kind != text.Word || !surnames[d.Tok(i)] || d.Sentences[d.SentenceOf(i)].Headline ||
			d.lex[i]&(lexStop|lexTitleMod|lexHonorific|lexOrgHead|lexNationality|lexWeekday|lexMonth) != 0 ||
			d.lex[i]&lexTitleHead != 0 && !(d.Tok(i+1) == "," && d.lex[i+2]&lexDeterminer != 0) || // "Dean, a medical doctor,": a name, though a title's word
			i > 0 && !surnameMayFollow(d, i-1) || d.isHead(i+1) {
			continue
		}
		d.Names = append(d.Names, Name{From: i, To: i + 1, Type: Person})
		added = true
	}
	if added {
		sortNames(d.Names)
	}
}

// surnameMayFollow reports whether token j may stand right before a surname that names
// someone alone: not "the" or a number ("The Fisher King", "20 Emcees"), nor a
// capitalised word of the sentence, which makes the two another name, but for one that
// opens the sentence as an adverb or function word does ("Later Pellow").
func surnameMayFollow(d *Document, j int) bool {
	if d.lex[j]&lexDeterminer != 0 || d.Tokens[j].Kind == text.Number {
		return false
	}
	if d.Tokens[j].Kind != text.Word || !isCapitalised(d.Tok(j)) || d.SentenceOf(j) != d.SentenceOf(j+1) {
		return true
	}
	return d.Sentences[d.SentenceOf(j+1)].From == j && (isOpeningAdverb(d.Tok(j)) || d.lex[j]&lexStop != 0)
}

func sortNames(names []Name) {
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && names[j].From < names[j-1].From; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
}

// partyAt returns the end of the longest known party name starting at token t and ending
// before token limit, or t if none does.
func (x *Extractor) partyAt(d *Document, t, limit int) int {
	for end := min(limit, t+4); end > t; end-- {
		if x.isPartyTokens(d, t, end) {
			return end
		}
	}
	return t
}

// isPartyTokens reports whether tokens [from, to) name a known party.
func (x *Extractor) isPartyTokens(d *Document, from, to int) bool {
	return x.lex.party(d.Slice(d.TokenSpan(from, to))) >= 0
}

func isCapitalisedOrgHead(d *Document, i int) bool {
	return d.lex[i]&lexOrgHead != 0 && isCapitalised(d.Tok(i))
}

// namesThings reports whether the title w also opens the names of firms, bands and works
// ("General Motors", "King Crimson", "Queen Vic"), so that one word after it is no sign
// of a person.
func namesThings(w string) bool {
	switch w {
	case "General", "King", "Queen", "Prince", "Princess", "Admiral", "Marshal", "Major", "Captain", "Cardinal":
		return true
	}
	return false
}

// isLawWord reports whether w ends the name of a law: "the Terrorism Act", "the
// Criminal Justice Bill".
func isLawWord(w string) bool { return w == "Bill" || w == "Act" }

// opensSentence reports whether token k opens its sentence, or follows only the
// quotation mark that does.
func opensSentence(d *Document, k int) bool {
	from := d.Sentences[d.SentenceOf(k)].From
	return k == from || k == from+1 && d.Tokens[from].Kind == text.Quote
}

// isOpeningAdverb reports whether w is a word that opens sentences, capitalised there,
// and opens no name: "Meanwhile", "However", "Despite".
func isOpeningAdverb(w string) bool {
	switch w {
	case "Meanwhile", "However", "Despite", "Even", "Overall", "Although", "Though", "Unlike", "Like", "Before",
		"After", "While", "Whilst", "When", "Since", "Moreover", "Furthermore", "Nevertheless", "Instead", "Indeed",
		"Whereas", "Because", "Unless", "Yesterday", "Today", "Also", "Still", "Later", "Earlier", "Separately",
		"Often", "Perhaps", "Sometimes", "Usually", "Already", "Recently", "Previously", "Eventually", "Initially":
		return true
	}
	return false
}

// isNameParticle reports whether w is a word in lower case that may stand inside a
// person's name: "de", "van", "bin", "of" (Baroness Royall of Blaisdon).
func isNameParticle(w string) bool {
	switch w {
	case "de", "da", "das", "do", "dos", "du", "del", "della", "der", "den", "di", "la", "le", "van", "von", "zu",
		"ten", "ter", "bin", "ibn", "al", "el", "ul", "y", "e", "of", "d'":
		return true
	}
	return false
}

// isCommonWord reports whether w is a word in lower case: it starts with a lower-case
// letter and holds no upper-case one nor an apostrophe ("'s", "n't").
func isCommonWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && !hasUpper(w) && !strings.ContainsAny(w, "'\u2019")
}

// isNameConnector reports whether w is a word in lower case that may join the words of
// a body's or a work's name: "Bank of England", "Stop the War Coalition", "Marks and
// Spencer plc".
func isNameConnector(w string) bool {
	switch w {
	case "of", "and", "for", "the", "on", "in", "at", "a", "an", "or", "to", "by", "with", "v", "vs",
		"des", "sans", "pour", "plc":
		return true
	}
	return false
}

// isCapitalised reports whether w starts with an upper-case letter.
func isCapitalised(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isNumberToken(d *Document, i int) bool { return d.Tokens[i].Kind == text.Number }

// plainHonorific reports whether w is "Mr", "Mrs" or "Ms", which stand only before a
// person's name ("Miss World" and "Lord Chancellor" are titles).
func plainHonorific(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Mr", "Mrs", "Ms", "MR", "MRS", "MS":
		return true
	}
	return false
}
