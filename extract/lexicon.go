package extract

import (
	"onrecord/attrib"
	"strings"
	"unicode"
	"unicode/utf8"

	"onrecord/names"
	"onrecord/perceptron"
)

// A small lexicon of English news: the words that mark titles, speech, pronouns and the
// accountability events of the record. It is written for the project from how news is
// written, not gathered from any article.

// lex is a set of word classes.
type lex uint64

const (
	lexHonorific   lex = 1 << iota // Mr, Mrs, Sir, Lord: stands before a name, not part of it
	lexMale                        // an honorific or pronoun of a man
	lexFemale                      // of a woman
	lexTitleHead                   // a noun that names a post: minister, secretary, MP
	lexTitleMod                    // a word that may stand inside a title: shadow, home, deputy
	lexFormer                      // former, ex-, then-
	lexCue                         // a verb of saying: said, told, added
	lexPronoun                     // he, she, they, it
	lexPossessive                  // his, her, their, its
	lexPlural                      // they, them, their
	lexStop                        // a function word
	lexDeterminer                  // the, a, an, this
	lexOrgHead                     // a word that ends an organisation's name: Council, Party, Police
	lexMonth                       // January ... December
	lexWeekday                     // Monday ... Sunday
	lexNumberWord                  // one, two, ... twenty, hundred, thousand
	lexVerbLike                    // auxiliaries and common verbs that end a title or a name phrase
	lexGenericOrg                  // a word that alone names no particular body: government, party
	lexNationality                 // British, American: an adjective of a place
)

// lexicon maps words to classes: lower-cased words, and capitalised ones where case
// matters.
type lexicon struct {
	words   map[string]lex
	cues    map[string]bool      // multi-word cues are found by their first word too
	events  map[string][]trigger // lower-cased trigger word -> what it may start
	parties *names.Parties
	inst    institutions
	given   givenNames
}

func newLexicon() *lexicon {
	l := &lexicon{words: map[string]lex{}, cues: map[string]bool{}, inst: newInstitutions(), given: newGivenNames()}
	add := func(class lex, words string) {
		for _, w := range strings.Fields(words) {
			l.words[w] |= class
		}
	}
	add(lexHonorific|lexMale, "mr mr. sir lord baron messrs father fr")
	add(lexHonorific|lexFemale, "mrs mrs. ms ms. miss dame lady baroness sister")
	add(lexHonorific, "dr dr. prof prof. professor rev rev. reverend mx")
	add(lexTitleHead, `minister ministers secretary secretaries chancellor mp mps msp msps mep meps am mla
		councillor councillors mayor leader leaders chairman chairwoman chair chairperson chief director
		commissioner commissioners spokesman spokeswoman spokesperson president vice-president premier
		governor senator congressman congresswoman representative judge justice qc lawyer counsel
		attorney attorney-general solicitor solicitor-general prosecutor officer constable inspector superintendent
		sergeant editor correspondent reporter journalist executive manager head adviser advisor aide
		whip speaker ambassador envoy general colonel captain commander bishop archbishop pope king queen
		prince princess economist analyst campaigner strategist candidate nominee peer treasurer auditor
		ombudsman registrar regulator coroner magistrate sheriff clerk founder owner partner publisher
		lobbyist frontbencher backbencher deputy chiefs controller administrator commander-in-chief
		president-elect vice-chairman co-chairman convenor convener organiser coordinator researcher
		sen. rep. gov. lt. gen. sgt. col. capt. cmdr. adm. supt. insp. det.
		professor lecturer principal headteacher headmaster headmistress dean provost rector chancellor
		superintendent comptroller ceo cfo coo boss chief-executive diplomat consul adjutant marshal
		admiral brigadier lieutenant major corporal private trustee governor-general steward warden
		spokesmen spokeswomen officials official ministers`)
	add(lexTitleMod, `shadow deputy acting junior senior prime home foreign defence defense health
		education culture trade industry transport environment work pensions chief general permanent
		principal assistant vice interim new outgoing incoming party policing courts justice treasury
		economic finance business energy housing local government communities affairs international
		development european cabinet political media communications campaign election elections press
		executive managing national regional state city county district borough council police crime
		security intelligence armed forces immigration children's services social public opposition
		constitutional legal financial operating operations technical marketing commercial foreign-affairs home-affairs disability employment sport sports
		arts tourism agriculture fisheries rural food science technology digital culture heritage women
		equality equalities family families welfare schools universities skills enterprise
		innovation planning regeneration transport highways environmental climate veterans armed
		europe northern ireland scotland wales scottish welsh irish english british london metropolitan
		top private parliamentary select standards privileges committee commons lords house upper lower
		majority minority group backbench frontbench high supreme crown district circuit appeal
		associate executive founding honorary joint lead principal special senior chief
		communications strategy policy research operations marketing sales editorial political
		investigative legal medical clinical nursing fire ambulance constituency association
		inspector inspectors schools liaison relations cabinet-level first second third`)
	add(lexFormer, "former ex ex- then then- onetime one-time erstwhile late outgoing retired")
	add(lexCue, attrib.SpeechVerbs)
	add(lexPronoun|lexMale, "he him himself")
	add(lexPronoun|lexMale|lexPossessive, "his")
	add(lexPronoun|lexFemale, "she herself hers")
	add(lexPronoun|lexFemale|lexPossessive, "her")
	add(lexPronoun|lexPlural, "they them themselves")
	add(lexPronoun|lexPlural|lexPossessive, "their")
	add(lexPronoun, "it itself")
	add(lexPronoun|lexPossessive, "its")
	add(lexDeterminer|lexStop, "the a an this that these those every each any some no another")
	add(lexStop, `of in on at for to from by with about as into onto over under after before since
		during against between among through without within and or but nor so yet if than then when
		while because although though whether who whom whose which what where why how not also only
		just even still all both either neither more most less least many much such i me my we us our
		you your is are was were be been being am has have had having do does did will would shall
		should can could may might must there here it its it's he she they him her them his hers their
		i'm we're you're that's there's`)
	add(lexVerbLike, `is are was were be been being am has have had having do does did will would shall
		should can could may might must said says told added has faced faces refused refuses`)
	add(lexOrgHead, `Council Party Police Office Department Ministry Committee Commission Agency Authority
		Trust Union Association Board Service Services Court Parliament Assembly Executive Bank Group
		Institute University College School Hospital Foundation Corporation Company Ltd Plc Inc
		Society Federation Council's Cabinet Treasury Force Fund Alliance League Organisation
		Organization Club Chamber Chambers Bureau Inquiry Tribunal Congress Senate Limited LLP LLC Corp
		Programme Program Project Coalition Movement Network Consortium Partnership Institution`)
	add(lexMonth, `January February March April May June July August September October November December
		Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`)
	add(lexWeekday, "Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
	add(lexNumberWord, `one two three four five six seven eight nine ten eleven twelve thirteen fourteen
		fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
		ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions
		billions half`)
	add(lexGenericOrg, `government party council police committee commission inquiry court parliament
		opposition cabinet ministry department office agency authority board union house`)
	add(lexNationality, `British English Scottish Welsh Irish American European French German Italian
		Spanish Chinese Japanese Russian Indian Pakistani Asian African Australian Canadian Iraqi
		Iranian Israeli Palestinian Muslim Christian Jewish Catholic Protestant Western Arab`)
	for _, w := range strings.Fields("according") {
		l.cues[w] = true
	}
	l.parties = names.NewParties()
	l.events = eventTriggers()
	return l
}

// class returns the classes of word w: those of its exact form, else of its lower-case form.
func (l *lexicon) class(w string) lex {
	if c, ok := l.words[w]; ok {
		return c
	}
	if !hasUpper(w) {
		return 0
	}
	var buf [64]byte
	if len(w) > len(buf) {
		return l.words[strings.ToLower(w)]
	}
	return l.words[string(lowerASCII(buf[:0], w))]
}

// party returns a number for the party a name names, the same for all its names, or -1.
func (l *lexicon) party(name string) int {
	full, ok := l.parties.Party(name)
	if !ok {
		return -1
	}
	return int(perceptron.HashString(full) & 0x7fffffff)
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// lowerASCII appends s lower-cased to dst; letters outside ASCII are lower-cased too.
func lowerASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

// normName returns a name as the scorer compares names.
func normName(s string) string { return names.Norm(s, true) }

// possessiveS reports whether w is the possessive "'s", with a straight or a curly
// apostrophe.
func possessiveS(w string) bool { return w == "'s" || w == "\u2019s" }

// possessiveMark reports whether w marks a possessive: "'s", or an apostrophe alone
// ("the Conservatives' campaign").
func possessiveMark(w string) bool { return possessiveS(w) || w == "'" || w == "\u2019" }
