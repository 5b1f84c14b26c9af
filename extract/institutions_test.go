package extract

import (
	"strings"
	"testing"
)

func TestInstitutions(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text string
		want []string // organisations, each as its mentions' names joined by "|"
	}{
		{"The House of Commons voted on Monday. Later the Commons rose.", []string{"House of Commons|Commons"}},
		{"Downing Street said the plan stood. Number 10 later agreed.", []string{"Downing Street|Number 10"}},
		{"The House of Commons and the House of Lords met.", []string{"House of Commons", "House of Lords"}},
		{"The minister told Parliament the Treasury had agreed.", []string{"Parliament", "Treasury"}},
		{"He walked along the commons in the rain.", nil},
		{"The Government said the PCC would stay.", nil},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.text)
		var got []string
		for _, e := range d.Entities {
			if e.Type == Organization {
				var ms []string
				for _, mi := range e.Mentions {
					ms = append(ms, d.Slice(d.Mentions[mi].Span))
				}
				got = append(got, strings.Join(ms, "|"))
			}
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%q: organisations %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestNameTypes(t *testing.T) {
	x := newExtractor(t)
	for _, tt := range []struct{ text, name, want string }{
		{"Peter Gray was knighted in the New Year Honours list.", "New Year Honours", "other"},
		{"Clients paid Gray Access Limited for access.", "Gray Access Limited", "organization"},
		{"Tory Peter Gray said the plan was sound.", "Peter Gray", "person"},
		{"Lord Fisher led it, and the Fisher inquiry cleared the minister.", "Fisher inquiry", "organization"},
		{"The minister resigned. Florence, a lobbyist for the charity, welcomed the news.", "Florence", "person"},
		{"He met Baroness Gray of Florence, a former aide to the leader.", "Florence", "place"},
		{"He died at his home in Malibu, California, a spokesman said.", "California", "place"},
		{"The Low Pay Commission said the rise was fair.", "Low Pay Commission", "organization"},
		{"Protesters gathered in George Street on Friday.", "George Street", "place"},
		{"The actor Peter Lane opened the show.", "Peter Lane", "person"},
		{"Liberal Democrat Joan Fisher said the plan was sound.", "Joan Fisher", "person"},
		// A person's name stops at a common word: two people, and no "Edna shot in Cape".
		{"Princes William and Harry met the troops.", "William", "person"},
		{"Princes William and Harry met the troops.", "Harry", "person"},
		{"Dame Edna shot in Cape Town last year.", "Edna", "person"},
		// So does a body's, but for the words that join one ("Bank of England").
		{"Ministers hope to get the Transport Bill through Parliament before May.", "Parliament", "organization"},
		{"The show was made by the BBC reporting Freeview figures.", "BBC", "organization"},
		// A word capitalised only for opening the sentence is no part of the name.
		{"Despite Fisher's efforts the plan failed.", "Fisher", "person"},
		{"However, Peter Gray said the plan was sound.", "However", "none"},
		{"\"Although Wal-Mart has suspended gun sales, it will reopen,\" said Mr Lockyer.", "Although Wal-Mart", "none"},
		{"Of course, Peter Gray said the plan was sound.", "Of", "none"},
		// A common given name and the capitalised word after it are a person, though the
		// word be a month's name.
		{"Theresa May, the shadow secretary, said the plan was sound.", "Theresa May", "person"},
		{"Prices rose in May 2005.", "May", "none"},
		// A title that also opens firms' names, with one word after it, is a firm's name.
		{"Shares in General Motors fell on Monday.", "General Motors", "organization"},
		// The words the tagger left out before a body's head word are the body's.
		{"Scottish Conservative Party leader Peter Gray claims he has been cleared.", "Scottish Conservative Party", "organization"},
		// A body named for a person is a body; a person named like a body is a person.
		{"The money came from the John Coltrane Foundation, the museum said.", "John Coltrane Foundation", "organization"},
		{"Margaret Court won the title in 1970.", "Margaret Court", "person"},
		{"The Traveller Law Reform Coalition said the plan was unfair.", "Traveller Law Reform Coalition", "organization"},
		// Initials the tagger took for a place are a body's, but for a few places'.
		{"NASA celebrated the launch of the first space shuttle.", "NASA", "organization"},
		{"He flew to the USA on Monday.", "USA", "place"},
		// "Lord" before a post names the post, not a person; "Mr" before a word that may
		// be a post is a surname.
		{"He said the Lord Chancellor, Lord Falconer, agreed with the judges.", "Chancellor", "none"},
		{"Paul King said the attack was new. Mr King said it would spread.", "Paul King", "person"},
		// A law is no person called Bill, nor a body.
		{"Peter Gray introduced them late in the Criminal Justice Bill.", "Criminal Justice Bill", "other"},
		{"He was arrested under the Terrorism Act on Friday.", "Terrorism Act", "other"},
		// A number after Radio or Channel is part of the name.
		{"He told BBC Radio 4 that the plan was sound.", "BBC Radio 4", "organization"},
		// Two bodies joined by "and the" are two; a title that reads so is one.
		{"He taught at the University of Northbridge and the Royal College of Music.", "Royal College of Music", "organization"},
		{"The deal was cleared by the Takeover Panel and the Office of Fair Trading.", "Takeover Panel", "organization"},
		// A function word is no name, alone or at the end of one in capitals.
		{"Of these, 83% were happy with the service.", "Of", "none"},
		{"Of Joan Fisher, she said: \"She is the best.\"", "Of Joan Fisher", "none"},
		{"Sales of THE LEGEND OF ZELDA rose.", "LEGEND OF", "none"},
		// A "person" whose name opens or ends with a number word is a work or a group, not
		// one whose name holds one ("Henk Ten Cate").
		{"The boxing drama Million Dollar Baby won the top award on Sunday.", "Million Dollar Baby", "other"},
		{"Peter Ten Cate, the coach, said the team was ready.", "Peter Ten Cate", "person"},
		// A suffix ends a name, and the surname before it still names the person alone.
		{"North Korean leader Kim Jong Un visited the site.", "Kim Jong Un", "person"},
		{"Producer Charles Evans Jr said he had the idea. Evans was later left out.", "Charles Evans Jr", "person"},
		{"Producer Charles Evans Jr said he had the idea. Evans was later left out.", "Evans", "none"},
		// A building named for someone is no person.
		{"The show opens at the Prince Edward Theatre in May.", "Prince Edward Theatre", "place"},
		{"The musical moved to the Ethel Barrymore Theatre in New York.", "Ethel Barrymore Theatre", "place"},
		// The initials of a kind of thing name no one thing, nor are part of a name.
		{"Sales of DVD players and PCs rose by 10%, the firm said.", "DVD", "none"},
		{"Sales of DVD players and PCs rose by 10%, the firm said.", "PCs", "none"},
		{"The shuttle was launched at 1200 GMT on Monday.", "GMT", "none"},
		{"Controversial DJ Howard Stern has been dropped by four stations.", "Howard Stern", "person"},
	} {
		d := extractText(t, x, tt.text)
		got := "none"
		for _, e := range d.Entities {
			if d.Slice(e.Name) == tt.name {
				got = e.Type.String()
			}
		}
		if got != tt.want {
			var all []string
			for _, e := range d.Entities {
				all = append(all, e.Type.String()+":"+d.Slice(e.Name))
			}
			t.Errorf("%q: %s is %s, want %s (entities %q)", tt.text, tt.name, got, tt.want, all)
		}
	}
}

func TestGivenNameGender(t *testing.T) {
	x := newExtractor(t)
	// Names of sportsmen and sportswomen from abroad tell "he" from "she" too.
	d0 := extractText(t, x, "Tennis\n\nGuillermo Ortez lost to Daniela Marsh on Monday. Later she said the win was her best.\n")
	if mi := d0.MentionAt(d0.TokenAt(strings.Index(d0.Text, " she ") + 1)); mi < 0 || name(d0, d0.Mentions[mi].Entity) != "Daniela Marsh" {
		t.Errorf("\"she\" is not Daniela Marsh")
	}
	// A royal title gives the sex where the one name after it would not.
	d1 := extractText(t, x, "Palace\n\nPrince Alaric met Queen Brunhild on Monday. Later she said the visit was a success.\n")
	for _, e := range d1.Entities {
		if want := map[string]Gender{"Alaric": Male, "Brunhild": Female}[d1.Slice(e.Name)]; e.Type == Person && e.Gender != want {
			t.Errorf("%s: gender %v, want %v", d1.Slice(e.Name), e.Gender, want)
		}
	}
	// A given name alone gives the sex too: "he" is not "his wife Sarah".
	d3 := extractText(t, x, "Campaign\n\nTom Bell spoke about the baby on Monday. The baby and his wife Sarah would come first, he said.\n")
	if mi := d3.MentionAt(d3.TokenAt(strings.Index(d3.Text, " he said") + 1)); mi < 0 || name(d3, d3.Mentions[mi].Entity) != "Tom Bell" {
		t.Errorf("\"he\" is not Tom Bell")
	}
	// A name borne by men and women gives no sex: "Ashley Cole" is no woman.
	d2 := extractText(t, x, "Football\n\nAshley Cole met Courtney Ames on Monday.\n")
	for _, e := range d2.Entities {
		if e.Type == Person && e.Gender != UnknownGender {
			t.Errorf("%s: gender %v, want none", d2.Slice(e.Name), e.Gender)
		}
	}
	d := extractText(t, x, "Peter Hale met Margaret Gray on Monday. Later she said the plan was sound.")
	for _, e := range d.Entities {
		if e.Type != Person {
			continue
		}
		want := map[string]Gender{"Peter Hale": Male, "Margaret Gray": Female}[d.Slice(e.Name)]
		if e.Gender != want {
			t.Errorf("%s: gender %v, want %v", d.Slice(e.Name), e.Gender, want)
		}
	}
	for _, m := range d.Mentions {
		if m.Kind == PronounMention && name(d, m.Entity) != "Margaret Gray" {
			t.Errorf("%q stands for %s, want Margaret Gray", d.Slice(m.Span), name(d, m.Entity))
		}
	}
}

func TestBodyThenPerson(t *testing.T) {
	// The tagger sometimes runs a body's name into the person named after it: "the Pension
	// Support Agency Greg Lane". A common given name after the body's head word starts the
	// person.
	x := newExtractor(t)
	d := extractText(t, x, "The head of the Pension Support Agency Greg Lane also earns an honour.")
	from, to := d.TokenAt(strings.Index(d.Text, "Pension")), d.TokenAt(strings.Index(d.Text, " also"))
	d.Names = d.Names[:0]
	x.addName(d, Name{From: from, To: to, Type: Organization})
	var got []string
	for _, n := range d.Names {
		got = append(got, n.Type.String()+":"+d.Slice(d.TokenSpan(n.From, n.To)))
	}
	if want := "organization:Pension Support Agency|person:Greg Lane"; strings.Join(got, "|") != want {
		t.Errorf("names %q, want %q", got, want)
	}
}

func TestRetypeSurnames(t *testing.T) {
	// Each name is given as its words and the type the tagger gave it; after the full
	// name, the lone surname is a person unless the text used it alone before or it
	// follows a preposition.
	checkRetype(t, retypeSurnames, []retypeCase{
		{"Valeska Paris, a former member, said she was held. Paris was born in Geneva.",
			[]string{"Valeska Paris/person", "Paris/place"}, "person person"},
		{"Valeska Paris said she had never been to Paris before.",
			[]string{"Valeska Paris/person", "Paris/place"}, "person place"},
		{"Ford, the car maker, made a profit, chairman Bill Ford said. Ford also cut jobs.",
			[]string{"Ford/organization", "Bill Ford/person", "Ford/organization"}, "organization person organization"},
		{"Holmes feted again\n\nKelly Holmes won the title. Holmes said she was thrilled.",
			[]string{"Holmes/organization", "Kelly Holmes/person", "Holmes/organization"}, "person person person"},
		{"Andy Warhol died in 1987. Interest in Warhol's photographs grew.",
			[]string{"Andy Warhol/person", "Warhol/organization"}, "person person"},
		{"Pervez Musharraf of Pakistan spoke. It came after Pakistan's envoy left.",
			[]string{"Pervez Musharraf of Pakistan/person", "Pakistan/place"}, "person place"},
		{"Results\n\nThe market is robust, said housebuilder George Wimpey. Wimpey reported a rise in profits.",
			[]string{"George Wimpey/person", "Wimpey/organization"}, "person organization"},
		{"Perhaps Pipex is slow, critics said. Pipex denied it.",
			[]string{"Perhaps Pipex/person", "Pipex/organization"}, "person organization"},
	})
}

func TestRetypeWorks(t *testing.T) {
	// A "person" named right after a noun for a kind of work is a work, after "band" a
	// body; a word of a person's full name stays a person.
	checkRetype(t, retypeWorks, []retypeCase{
		{"The comedy Sideways won the prize. Sideways stars Paul Giamatti.",
			[]string{"Sideways/person", "Sideways/person", "Paul Giamatti/person"}, "other other person"},
		{"The Scottish-based band Snow Patrol came 14th.", []string{"Snow Patrol/person"}, "organization"},
		{"Ray Charles died in 2004. The biopic Ray has done well.", []string{"Ray Charles/person", "Ray/person"}, "person person"},
		{"He will play Sam Ames in the film.", []string{"Sam Ames/person"}, "person"},
	})
}

func TestRetypeDetermined(t *testing.T) {
	// A one-word "person" that heads a noun phrase with a determiner is a thing; one that
	// qualifies the noun after it, or is part of a full name, or follows an initial, is not.
	checkRetype(t, retypeDetermined, []retypeCase{
		{"Swank won the Oscar for best actress. Oscar night was long.",
			[]string{"Oscar/person", "Oscar/person"}, "other other"},
		{"His Oscar, his second, came late.", []string{"Oscar/person"}, "other"},
		{"- Philip French, The Observer: a fine film.", []string{"Philip French/person", "Observer/person"}, "person other"},
		{"Critics of the Blair government spoke.", []string{"Blair/person"}, "person"},
		{"Stefan Pakeerah was killed. Police investigating the Stefan's murder said so.",
			[]string{"Stefan Pakeerah/person", "Stefan/person"}, "person person"},
		{"M Blair (Edinburgh), A Craig (Glasgow) start.", []string{"Blair/person", "Craig/person"}, "person person"},
		{"Officials told her Brown had left.", []string{"Brown/person"}, "person"},
		{"It is said that Brown was angry.", []string{"Brown/person"}, "person"},
	})
}

// retypeCase is a text, the names the tagger found in it and the types they should have
// after a retyping step.
type retypeCase struct {
	text  string
	names []string // "words/type", in text order, each word group's first occurrence after the last
	want  string   // the types after, in the same order
}

// checkRetype runs retype over each case's names and checks their types.
func checkRetype(t *testing.T, retype func(*Document, []Name, []string), cases []retypeCase) {
	t.Helper()
	x := newExtractor(t)
	for _, tt := range cases {
		d := extractText(t, x, tt.text)
		var names []Name
		var keys []string
		at := 0
		for _, spec := range tt.names {
			words, typ, _ := strings.Cut(spec, "/")
			i := strings.Index(d.Text[at:], words) + at
			from, to := d.TokenAt(i), d.TokenAt(i+len(words))
			at = i + len(words)
			n := Name{From: from, To: to}
			for ty := Person; ty <= Other; ty++ {
				if ty.String() == typ {
					n.Type = ty
				}
			}
			names = append(names, n)
			keys = append(keys, normName(words))
		}
		retype(d, names, keys)
		var got []string
		for _, n := range names {
			got = append(got, n.Type.String())
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: types %s, want %s", tt.text, strings.Join(got, " "), tt.want)
		}
	}
}

func TestHeadWordAlias(t *testing.T) {
	// "the Bank" after "the Bank of England" is the same body.
	x := newExtractor(t)
	d := extractText(t, x, "Rates\n\nThe Bank of England held rates on Thursday. Later the Bank said inflation was low.\n")
	var got []string
	for _, m := range d.Mentions {
		if m.Kind == NameMention {
			got = append(got, d.Slice(m.Span)+"="+name(d, m.Entity))
		}
	}
	if want := "Bank of England=Bank of England|Bank=Bank of England"; strings.Join(got, "|") != want {
		t.Errorf("mentions %q, want %q", got, want)
	}
}

func TestLastWordAlias(t *testing.T) {
	// A name's last word alone is another name of it ("Britain" of "Great Britain"), but
	// not of a region ("South Australia") nor of a broadcaster's station ("BBC Newcastle").
	x := newExtractor(t)
	for _, tt := range []struct {
		src, long, short string
		same             bool
	}{
		{"Weather\n\nHeavy rain fell across South Australia on Monday. Australia has had a dry year.\n", "South Australia", "Australia", false},
		{"Sport\n\nGreat Britain won the final in Sydney. Britain had not won it since 1936.\n", "Great Britain", "Britain", true},
		{"Derby\n\nNewcastle manager Ann Lee told BBC Newcastle he was pleased. Newcastle won 2-0.\n", "BBC Newcastle", "Newcastle", false},
	} {
		d := extractText(t, x, tt.src)
		ents := map[string]int{}
		for _, m := range d.Mentions {
			if m.Kind == NameMention {
				ents[d.Slice(m.Span)] = m.Entity
			}
		}
		long, ok1 := ents[tt.long]
		short, ok2 := ents[tt.short]
		if !ok1 || !ok2 || (long == short) != tt.same {
			t.Errorf("%q: %s and %s one entity: %v, want %v (mentions %v)", tt.src, tt.long, tt.short, long == short, tt.same, ents)
		}
	}
}

func TestRoyalIsOwnPerson(t *testing.T) {
	// A royal is known by one name: "Prince Charles" is not Charles Okafor, though a lone
	// "Charles" would be.
	x := newExtractor(t)
	d := extractText(t, x, "Visit\n\nParty leader Charles Okafor said the visit was private. On Thursday Prince Charles hosted a dinner. Mr Okafor did not attend.\n")
	leader := d.Mentions[d.MentionAt(d.TokenAt(strings.Index(d.Text, "Charles Okafor")))].Entity
	prince := d.MentionAt(d.TokenAt(strings.Index(d.Text, "Charles hosted")))
	if prince < 0 || d.Mentions[prince].Entity == leader {
		t.Errorf("Prince Charles is mention %d, of Charles Okafor's entity %d", prince, leader)
	}
}

func TestPluralBodies(t *testing.T) {
	// A one-word name with a plural verb of its own is a team or a firm; not after "and",
	// not a given name.
	x := newExtractor(t)
	tests := []struct {
		src, name string
		want      EntityType
	}{
		{"Football\n\nMorton have sacked their coach after a poor run of results.\n", "Morton", Organization},
		{"Retail\n\nShares in Hartley fell on Monday. Hartley were hit by poor sales over Christmas.\n", "Hartley", Organization},
		{"Tennis\n\nSerena Ames says she and sister Venus are not a declining force.\n", "Venus", Person},
		{"Talks\n\nTom Bell met Ann Lee on Monday. Bell and Morton have agreed to meet again.\n", "Morton", Person},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.src)
		e := entityNamed(d, tt.name)
		if e < 0 {
			t.Errorf("%q: no entity %s", tt.src, tt.name)
			continue
		}
		if got := d.Entities[e].Type; got != tt.want {
			t.Errorf("%q: %s is %v, want %v", tt.src, tt.name, got, tt.want)
		}
	}
}

func TestRetypeBodies(t *testing.T) {
	// A name written of as only a firm is written of is a body: after a noun for a kind
	// of firm, with a firm's officers or shares, as analysts' employer. A person's full
	// name, a place after "shares in", a headline and a trade that is a person's too stay.
	checkRetype(t, retypeBodies, []retypeCase{
		{"Growth will slow, City consultancy Hallworth has warned. Hallworth said so.",
			[]string{"Hallworth/person", "Hallworth/person"}, "organization organization"},
		{"Profits fell, said Carl Dunn, an analyst at Brennick.", []string{"Carl Dunn/person", "Brennick/person"}, "person organization"},
		{"Marrow's chief executive resigned on Monday.", []string{"Marrow/person"}, "organization"},
		{"Shares in Ostrava rose 4%.", []string{"Ostrava/other"}, "organization"},
		{"Shares in London rose 4%.", []string{"London/place"}, "place"},
		{"Italian bank Verani lent the money.", []string{"Verani/place"}, "organization"},
		{"Pop band Verani have split.", []string{"Verani/place"}, "organization"},
		{"The games maker Petra Lund spoke. Lund's shares rose.", []string{"Petra Lund/person", "Lund/person"}, "person person"},
		{"The film was made by publisher Lund.", []string{"Lund/person"}, "person"},
		{"Boeing wins giant Hallworth order\n\nThe deal was signed.", []string{"Hallworth/place"}, "place"},
		{"Marrow, the world's biggest spirits company, has agreed a deal.", []string{"Marrow/person"}, "organization"},
		{"Marrow, the head of the company, has agreed a deal.", []string{"Marrow/person"}, "person"},
	})
}

func TestBodySpeakers(t *testing.T) {
	// The body a noun for a kind of firm names speaks, not the one that qualifies it; not
	// one named after "with"; a body speaks through an apposition that closes before the
	// cue, but not through "the firm" after a word it names.
	x := newExtractor(t)
	tests := []struct {
		src, quote, want string
	}{
		{"Rates\n\nHome owners were warned on Monday. The Thames Housing Trust and the fan-based group Owners United say they will fight the rise.\n",
			"they will fight", "Owners United"},
		{"Deal\n\nIn a filing with the US Securities and Exchange Commission, Brightline Holdings said it had bought shares worth $230m.\n",
			"it had bought", "Brightline Holdings"},
		// A body speaks through its spokesman, not through its leader, who is a person.
		{"Row\n\nThe plan was attacked on Monday. A Northbridge Party spokesman said the plan would fail.\n",
			"the plan would fail", "Northbridge Party"},
		{"Row\n\nThe plan was attacked on Monday. The Northbridge Party leader said the plan would fail.\n",
			"the plan would fail", "-"},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.src)
		found := false
		for _, q := range d.Quotes {
			if !strings.HasPrefix(d.Slice(q.Span), tt.quote) {
				continue
			}
			found = true
			if got := name(d, q.Speaker); got != tt.want {
				t.Errorf("%q: speaker %q, want %q", tt.quote, got, tt.want)
			}
		}
		if !found {
			t.Errorf("%q: no quotation", tt.quote)
		}
	}
}

func TestNamesAfterQuotes(t *testing.T) {
	// Who is named right after a quotation and its cue is a person, the tagger or not;
	// a weekday or a title is no one.
	x := newExtractor(t)
	tests := []struct{ src, want string }{
		{"Race\n\n\"We will win,\" said Kiprono. \"It is a good day.\"\n", "Kiprono"},
		{"Race\n\n\"We will win,\" said Jomo Kiprono, who ran second.\n", "Jomo Kiprono"},
		{"Race\n\n\"We will win,\" said Friday.\n", ""},
		{"Race\n\n\"We will win,\" said Police.\n", ""},
		{"Race\n\nHe said Kiprono was right.\n", ""},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.src)
		d.Names = d.Names[:0]
		namesAfterQuotes(d)
		var got []string
		for _, n := range d.Names {
			got = append(got, d.Slice(d.TokenSpan(n.From, n.To)))
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%q: names %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestSurnamesAlone(t *testing.T) {
	// The last word of a person's full name that opens with a common given name names
	// them wherever it stands alone; not after "the" or a number, not before a noun it
	// qualifies, not in a headline.
	x := newExtractor(t)
	tests := []struct{ src, full, want string }{
		{"Cup\n\nPeter Pellow scored twice. Later Pellow raced in to head home.\n", "Peter Pellow", "Pellow"},
		{"Pellow double\n\nPeter Pellow scored twice. The Pellow brothers were there.\n", "Peter Pellow", ""},
		{"Cup\n\nPeter Pellow scored twice against 20 Pellow fans.\n", "Peter Pellow", ""},
		{"Cup\n\nAmerica Pellow scored twice. Later Pellow raced in.\n", "America Pellow", ""},
		// A surname that is also a title's word, only when an apposition says who it is.
		{"Debate\n\nHoward Dean spoke first.\n\nDean, a medical doctor, then appeared on television.\n", "Howard Dean", "Dean"},
		{"Debate\n\nHoward Dean spoke first. The Dean of the college disagreed.\n", "Howard Dean", ""},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.src)
		i := strings.Index(d.Text, tt.full)
		d.Names = append(d.Names[:0], Name{From: d.TokenAt(i), To: d.TokenAt(i+len(tt.full)-1) + 1, Type: Person})
		x.surnamesAlone(d)
		var got []string
		for _, n := range d.Names[1:] {
			got = append(got, d.Slice(d.TokenSpan(n.From, n.To)))
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%q: names added %q, want %q", tt.src, got, tt.want)
		}
	}
}
