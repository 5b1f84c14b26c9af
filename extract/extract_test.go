package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"onrecord/attrib"
	"onrecord/ingest"
	"onrecord/internal/testdata"
	"onrecord/text"
)

// extractText extracts a plain-text article written for the test.
func extractText(t testing.TB, x *Extractor, src string) *Document {
	t.Helper()
	a, err := ingest.ParseText([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	d, err := x.Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func newExtractor(t testing.TB) *Extractor {
	t.Helper()
	ms, err := LoadModels()
	if err != nil {
		t.Fatal(err)
	}
	return New(ms)
}

// entityNamed returns the entity whose name or one of whose name mentions is name, or -1.
func entityNamed(d *Document, name string) int {
	for e, ent := range d.Entities {
		if d.Slice(ent.Name) == name {
			return e
		}
	}
	for _, m := range d.Mentions {
		if m.Kind == NameMention && d.Slice(m.Span) == name {
			return m.Entity
		}
	}
	return -1
}

func name(d *Document, e int) string {
	if e < 0 {
		return "-"
	}
	return d.Slice(d.Entities[e].Name)
}

func TestExampleEntities(t *testing.T) {
	d := extractText(t, newExtractor(t), testdata.Example(t))
	tests := []struct {
		name    string
		typ     EntityType
		aliases []string
	}{
		{"Margaret Okafor", Person, []string{"Mrs Okafor", "she"}},
		{"David Hale", Person, []string{"Mr Hale", "He", "the chief executive"}},
		{"Rachel Stone", Person, nil},
		{"Tom Ashby", Person, nil},
		{"Alan Pryce", Person, []string{"Professor Alan Pryce"}},
		{"Northbridge City Council", Organization, []string{"the council"}},
		{"Pennine Build Ltd", Organization, nil},
		{"Labour", Organization, nil},
	}
	for _, tt := range tests {
		e := entityNamed(d, tt.name)
		if e < 0 {
			t.Errorf("no entity %q", tt.name)
			continue
		}
		ent := d.Entities[e]
		if ent.Type != tt.typ {
			t.Errorf("%q is a %v, want %v", tt.name, ent.Type, tt.typ)
		}
		have := map[string]bool{}
		for _, mi := range ent.Mentions {
			have[d.Slice(d.Mentions[mi].Span)] = true
		}
		for _, a := range tt.aliases {
			if !have[a] {
				t.Errorf("%q has no mention %q (has %v)", tt.name, a, have)
			}
		}
	}
}

func TestExampleQuotes(t *testing.T) {
	d := extractText(t, newExtractor(t), testdata.Example(t))
	want := []struct{ text, speaker, cue string }{
		{"deeply sorry", "Margaret Okafor", "said"},
		{"I have always put the people of Northbridge first,", "Margaret Okafor", "said"},
		{"It is right that I take responsibility, and I will do so today.", "Margaret Okafor", ""},
		{"My job is to fix this, not to walk away from it.", "David Hale", "added"},
	}
	var direct []Quote
	for _, q := range d.Quotes {
		if q.Direct {
			direct = append(direct, q)
		}
	}
	if len(direct) != len(want) {
		t.Fatalf("%d direct quotes, want %d", len(direct), len(want))
	}
	for i, w := range want {
		q := direct[i]
		if got := d.Slice(q.Span); got != w.text {
			t.Errorf("quote %d is %q, want %q", i, got, w.text)
		}
		if got := name(d, q.Speaker); got != w.speaker {
			t.Errorf("quote %q spoken by %s, want %s", w.text, got, w.speaker)
		}
		if w.cue != "" && d.Slice(q.Cue) != w.cue {
			t.Errorf("quote %q has cue %q, want %q", w.text, d.Slice(q.Cue), w.cue)
		}
	}
	// Reported speech: "Chief executive David Hale said he would stay in his post."
	found := false
	for _, q := range d.Quotes {
		if !q.Direct && d.Slice(q.Span) == "he would stay in his post" && name(d, q.Speaker) == "David Hale" {
			found = true
		}
	}
	if !found {
		t.Error("the reported speech of David Hale was not found")
	}
}

func TestExampleRoles(t *testing.T) {
	d := extractText(t, newExtractor(t), testdata.Example(t))
	want := []struct {
		holder, title, org, party string
		status                    Status
		start, end                string
	}{
		{"Margaret Okafor", "leader of Northbridge City Council", "", "", Current, "", ""},
		{"Margaret Okafor", "councillor", "", "Labour", Current, "", ""},
		{"David Hale", "Chief executive", "", "", Current, "", ""},
		{"Rachel Stone", "housing minister", "", "", Current, "", ""},
		{"Tom Ashby", "MP", "", "Liberal Democrat", Current, "", ""},
		{"David Hale", "head of housing", "", "", Former, "2012", "2016"},
	}
	for _, w := range want {
		found := false
		for _, r := range d.Roles {
			if name(d, r.Holder) != w.holder || r.TitleText != w.title {
				continue
			}
			found = true
			if w.party != "" && name(d, r.Party) != w.party {
				t.Errorf("%s %s: party %s, want %s", w.holder, w.title, name(d, r.Party), w.party)
			}
			if r.Status != w.status || r.Start != w.start || r.End != w.end {
				t.Errorf("%s %s: %v %q-%q, want %v %q-%q", w.holder, w.title, r.Status, r.Start, r.End, w.status, w.start, w.end)
			}
			if !r.Evidence.Valid() || !strings.Contains(d.Slice(r.Evidence), d.Slice(r.Title)) {
				t.Errorf("%s %s: evidence %q does not hold the title", w.holder, w.title, d.Slice(r.Evidence))
			}
		}
		if !found {
			t.Errorf("no role %q for %s", w.title, w.holder)
		}
	}
}

func TestDenyClaimant(t *testing.T) {
	x := newExtractor(t)
	for _, tt := range []struct{ text, by string }{
		{"Peter Gray shrugged off claims from Labour leader Joan Fisher that he lied.", "Joan Fisher"},
		{"Peter Gray denied claims by the Northbridge Herald that he lied.", "Northbridge Herald"},
		// "The claims" are those the one body the article says alleged something made;
		// with two such bodies, no one's.
		{"Peter Gray has denied the claims. The inquiry began after the Northbridge Herald alleged he took bribes.", "Northbridge Herald"},
		{"Peter Gray has denied the claims. The Northbridge Herald alleged he took bribes, and the BBC reported that he lied.", "-"},
		{"Peter Gray has denied claims of bribery. The Northbridge Herald alleged he took bribes.", "-"},
	} {
		d := extractText(t, x, tt.text)
		var got []string
		for _, e := range d.Events {
			if e.Type == Deny {
				got = append(got, name(d, e.By))
			}
		}
		if strings.Join(got, "|") != tt.by {
			t.Errorf("%q: denials of claims by %v, want %q", tt.text, got, tt.by)
		}
	}
}

func TestAntecedent(t *testing.T) {
	x := newExtractor(t)
	for _, tt := range []struct{ text, want string }{
		{"Peter Gray, who chairs the board, spoke.", "Peter Gray"},
		{"Peter Gray, the mayor, who chairs the board, spoke.", "Peter Gray"},
		{"Joan Fisher cited a report which found fault.", "-"},
	} {
		d := extractText(t, x, tt.text)
		for k := range d.Tokens {
			if isRelative(d, k) {
				if got := name(d, antecedent(d, 0, k)); got != tt.want {
					t.Errorf("%q: %q stands for %s, want %s", tt.text, d.Tok(k), got, tt.want)
				}
			}
		}
	}
}

func TestRoleForms(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text   string
		holder string
		titles []string // the titles the holder gets, in order
	}{
		{"Tory frontbencher Peter Gray MP demanded a statement.", "Peter Gray", []string{"Tory frontbencher", "MP"}},
		// A party the tagger left untagged before the title is the role's party when the
		// article names the party as a body.
		{"The Conservatives met on Monday. Conservative leader Peter Gray said the plan was sound.", "Peter Gray", []string{"leader"}},
		{"Counsel Jane Doe QC said the ruling was wrong.", "Jane Doe", []string{"Counsel", "QC"}},
		{"Two Labour councillors, Peter Gray and Joan Fisher, deny the charges.", "Joan Fisher", []string{"councillor"}},
		{"Peter Gray said he was certain MPs would vote again.", "Peter Gray", nil},
		{"Ex-chief inspector of schools Mr Peter Gray, 62, backed the plan.", "Peter Gray", []string{"chief inspector of schools"}},
		{"Peter Gray became Leader of the Opposition in 2001.", "Peter Gray", []string{"Leader of the Opposition"}},
		{"Peter Gray, auto analyst at Northbridge Securities Bank, said sales fell.", "Peter Gray", []string{"auto analyst"}},
		{"Peter Gray became chief operating officer in 2002.", "Peter Gray", []string{"chief operating officer"}},
		// A title holds no one else's name; "to partner" is a verb; a list of names holds
		// no titles; "of" a person is part of a post.
		{"Speaking to the BBC's political editor Sam Ames, Peter Gray said the plan was sound.", "Peter Gray", nil},
		{"Chelsea brought Peter Gray on to partner Sam Ames up front.", "Sam Ames", nil},
		{"The squad: Jo Dorsey, Peter Gray, King, Sam Ames and Ann Lee.", "Peter Gray", nil},
		{"The former manager of Johnny Cash, Peter Gray, has died.", "Peter Gray", []string{"manager of Johnny Cash"}},
		{"Peter Gray has been MP for Northbridge since 1997. He was MP for Southbridge from 1983 to 1992.", "Peter Gray", []string{"MP", "MP"}},
		{"Peter Gray, lawyer for Mr Hale, said the ruling was wrong.", "Peter Gray", []string{"lawyer"}},
		{"Peter Gray, a lobbyist for disabled workers, backed the plan.", "Peter Gray", []string{"lobbyist for disabled workers"}},
		{"The report by Professor Joan Fisher found failings.", "Joan Fisher", []string{"Professor"}},
		{"The report by Dr Joan Fisher found failings.", "Joan Fisher", nil},
		{"Former minister Peter Gray, whose father served as lord chancellor, spoke.", "Peter Gray", []string{"minister"}},
		{"Peter Gray said he had seen prime ministers come and go.", "Peter Gray", nil},
		{"Gray\u2019s defence counsel Joan Fisher told the judge he was sorry.", "Joan Fisher", []string{"defence counsel"}},
		{"House Oversight Committee Chairman Rep. Peter Gray agreed.", "Peter Gray", []string{"Chairman", "Rep."}},
		{"Meanwhile chief constable Peter Gray said the law was clear.", "Peter Gray", []string{"chief constable"}},
		// After "former" too, a party or body before the title is not part of it.
		{"Former Labour MP Peter Gray said the law was clear.", "Peter Gray", []string{"MP"}},
		{"Sir Peter Gray has been made an officer in the Order of Arts and Letters.", "Peter Gray", nil},
		{"State Administration of Taxation head Peter Gray said the rules would change.", "Peter Gray", []string{"head"}},
		{"It is hard for me and for Peter, but I had to because as a manager, I must win.", "Peter", nil},
		// A title the tagger ran into the name is read whole, mid-sentence too; "new" is
		// no part of it, but for "New York".
		{"The answer was drafted with the involvement of Solicitor General Joan Fisher.", "Joan Fisher", []string{"Solicitor General"}},
		{"New Home Secretary Peter Gray vowed the men would stay.", "Peter Gray", []string{"Home Secretary"}},
		{"The case was brought by New York Attorney General Peter Gray.", "Peter Gray", []string{"Attorney General"}},
		{"On Monday the Queen and Prince Peter attended the service.", "Peter", []string{"Prince"}},
		// After a preposition, the phrase before a verb of saying is the source, not a post.
		{"An identical letter has been sent to Peter Gray, the men's solicitor says.", "Peter Gray", nil},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.text)
		var got []string
		for _, r := range d.Roles {
			if name(d, r.Holder) == tt.holder {
				got = append(got, r.TitleText)
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.titles, "|") {
			t.Errorf("%q: %s holds %q, want %q", tt.text, tt.holder, got, tt.titles)
		}
	}
}

func TestRoleStatus(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text, holder, title string
		status              Status
		start               string
	}{
		{"Peter Gray, who was treasurer from 2005 to 2010 before being elected mayor in 2012, spoke.", "Peter Gray", "mayor", Current, "2012"},
		{"Mayor Peter Gray spoke. Critics said Peter Gray should take heed and resign as mayor.", "Peter Gray", "mayor", Current, ""},
		{"Peter Gray quit as mayor in May.", "Peter Gray", "mayor", Former, ""},
		{"Retired Lt. Gen. Peter Gray backed the plan.", "Peter Gray", "Lt. Gen.", Former, ""},
		// The dead hold no post as of the article's date.
		{"Sir Tom Okafor, chairman of the Widget Society, has died aged 80.", "Tom Okafor", "chairman", Former, ""},
		{"Sir Tom Okafor, chairman of the Widget Society, said he would die for it.", "Tom Okafor", "chairman", Current, ""},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.text)
		found := false
		for _, r := range d.Roles {
			if name(d, r.Holder) == tt.holder && strings.EqualFold(r.TitleText, tt.title) {
				found = true
				if r.Status != tt.status || r.Start != tt.start {
					t.Errorf("%q: %s %s is %v from %q, want %v from %q", tt.text, tt.holder, tt.title, r.Status, r.Start, tt.status, tt.start)
				}
			}
		}
		if !found {
			t.Errorf("%q: no role %s for %s", tt.text, tt.title, tt.holder)
		}
	}
	// A title on the line above a name is not the name's: a headline over a paragraph.
	d := extractText(t, x, "Row over MPs\n\nPeter Gray spoke on Monday.")
	for _, r := range d.Roles {
		t.Errorf("headline title taken for a role: %s %q", name(d, r.Holder), r.TitleText)
	}
}

func TestPartyMembership(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text, holder, party string // party "" for no membership
	}{
		{"Labour's Rachel Stone said the plan was sound.", "Rachel Stone", "Labour"},
		{"Rachel Stone resigned from the Labour Party on Friday.", "Rachel Stone", "Labour Party"},
		{"Labour has chosen a leader. Rachel Stone said the plan was sound.", "Rachel Stone", ""},
		{"The Liberal Democrats met. Liberal Democrat Rachel Stone said the plan was sound.", "Rachel Stone", "Liberal Democrats"},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.text)
		var got []string
		for _, r := range d.Roles {
			if r.TitleText == "member" && name(d, r.Holder) == tt.holder {
				got = append(got, name(d, r.Organization))
			}
		}
		if tt.party == "" && len(got) > 0 || tt.party != "" && (len(got) != 1 || got[0] != tt.party) {
			t.Errorf("%q: %s a member of %v, want %q", tt.text, tt.holder, got, tt.party)
		}
	}
}

func TestRoleOrganization(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ text, holder, org string }{
		// The firm after the title, not the country before it.
		{"Peter Gray, UK economist for Capital Economics, said rates would rise.", "Peter Gray", "Capital Economics"},
		{"Peter Gray, chief economist at Northbridge Bank, said rates would rise.", "Peter Gray", "Northbridge Bank"},
		// A country alone is the post's.
		{"UK Chancellor Peter Gray said rates would rise.", "Peter Gray", "UK"},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.text)
		var got []string
		for _, r := range d.Roles {
			if name(d, r.Holder) == tt.holder {
				got = append(got, name(d, r.Organization))
			}
		}
		if len(got) != 1 || got[0] != tt.org {
			t.Errorf("%q: %s holds posts of %v, want %q", tt.text, tt.holder, got, tt.org)
		}
	}
}

func TestExampleEvents(t *testing.T) {
	d := extractText(t, newExtractor(t), testdata.Example(t))
	want := []struct {
		typ         EventType
		subject, by string
		modality    Modality
	}{
		{Resign, "Margaret Okafor", "-", Actual},
		{RefuseToResign, "David Hale", "-", Actual},
		{Apologize, "Margaret Okafor", "-", Actual},
		{PublishReport, "Alan Pryce", "-", Actual},
		{CallToResign, "David Hale", "Rachel Stone", Actual},
		{Deny, "David Hale", "-", Actual},
	}
	for _, w := range want {
		found := false
		for _, e := range d.Events {
			if e.Type == w.typ && name(d, e.Subject) == w.subject && name(d, e.By) == w.by && e.Modality == w.modality {
				found = true
			}
		}
		if !found {
			t.Errorf("no event %v %s by %s (%v)", w.typ, w.subject, w.by, w.modality)
		}
	}
}

func TestEventModality(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text     string
		typ      EventType
		modality Modality
	}{
		{"Mayor Joan Fisher will resign next month.", Resign, Planned},
		{"The party threatened to suspend councillor Peter Gray.", Suspend, Threatened},
		{"Councillor Peter Gray resigned on Monday.", Resign, Actual},
		{"Councillor Peter Gray said he would not resign.", RefuseToResign, Actual},
		{"Councillor Peter Gray refused to step down.", RefuseToResign, Actual},
		{"The Tories have called for an inquiry into councillor Peter Gray.", Investigate, Hypothetical},
		{"The Northbridge Society has campaigned for debates and has published reports on the issue.", PublishReport, Actual},
		{"Councillor Peter Gray has no plans to become a council leader.", Appoint, Denied},
		{"Councillor Peter Gray said: \"I will never apologise.\"", Apologize, Denied},
		{"Councillor Peter Gray said: \"I cannot deny that we made mistakes.\"", Deny, Denied},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.text)
		found := false
		for _, e := range d.Events {
			if e.Type == tt.typ && e.Modality == tt.modality {
				found = true
			}
		}
		if !found {
			var got []string
			for _, e := range d.Events {
				got = append(got, e.Type.String()+"/"+e.Modality.String())
			}
			t.Errorf("%q: want %v/%v, got %v", tt.text, tt.typ, tt.modality, got)
		}
	}
}

func TestEventSubjects(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text    string
		typ     EventType
		subject string // "" for no event of the type
	}{
		{"Councillor Peter Gray joined the Green Party in May.", Join, "Peter Gray"},
		{"Ann Lee, the treasurer, spoke. Mayor Peter Gray dismissed questions about the treasurer's advice.", Dismiss, ""},
		{"The club dismissed their new manager Peter Gray on Monday.", Dismiss, "Peter Gray"},
		{"Referee Tom Webb, who later dismissed Peter Gray, spoke to the press.", Dismiss, ""},
		{"Joan Fisher ousted fifth seed Ann Lee of France 6-1 6-2.", Dismiss, ""},
		{"The board ousted chairman Peter Gray in May.", Dismiss, "Peter Gray"},
		{"Peter Gray was once threatened with the sack by club boss Tom Webb.", Dismiss, "Peter Gray"},
		{"Councillor Peter Gray joined the calls for an inquiry.", Join, ""},
		{"Councillor Peter Gray joined the mayor on a visit to the school.", Join, ""},
		{"Peter Gray was joined by his wife at the count.", Join, ""},
		{"Peter Gray, the mayor, said treasurers had resigned over such leaks.", Resign, ""},
		{"Joan Fisher spoke. A previous Labour chancellor resigned after a leak.", Resign, ""},
		{"Joan Fisher's advisers have denied the claims.", Deny, ""},
		{"Joan Fisher left the show after learning that her grandmother had died.", Die, ""},
		{"Joan Fisher said her husband had resigned.", Resign, ""},
		{"Northbridge Council condemned the move, saying it would see a hundred jobs being axed.", Dismiss, ""},
		{"Northbridge Mining Plc shares jumped by 50% before being suspended.", Suspend, ""},
		{"The Northbridge Police have been investigating the case since May.", Investigate, ""},
		{"Northbridge Mining Plc said it is investigating what it called an attack on its computers.", Investigate, ""},
		{"Peter Gray's constituency party deselected him last year.", Dismiss, "Peter Gray"},
		{"Lord Gray's inquiry into the death of Dr Joan Fisher began on Monday.", Investigate, ""},
		{"Police investigating Joan Fisher's murder arrested a man.", Investigate, ""},
		{"The posters of Peter Gray prompted claims of bias, claims denied by Joan Fisher.", Deny, "Joan Fisher"},
		{"The appointment of a new director was one of the ideas in Sir Peter Gray's review.", Appoint, ""},
		{"Peter Gray died in May. The plan was rejected by the founding Gray family and Mr Ames resigned.", Resign, "Ames"},
		{"The ruling came a week after Peter Gray's resignation.", Resign, "Peter Gray"},
		{"Joan Fisher started her blog to get over her mother's death.", Die, ""},
		{"Joan Fisher quit. Joan Fisher denied lying. Ms Fisher left. Sir Peter Gray's inquiry found her account was wrong.", Investigate, "Joan Fisher"},
		{"Peter Gray resigned as mayor in May. Peter Gray's resignation shocked the town.", Resign, "Peter Gray"},
		{"Peter Gray, whose grandmother died in 1940, spoke.", Die, ""},
		{"The plans were set out in his pre-budget review, Peter Gray said.", Investigate, ""},
		{"Peter Gray had to retire with an ankle injury in the first set.", Resign, ""},
		{"Arrested Development star Peter Gray was named best actor.", Investigate, ""},
		{"Joan Fisher said it was a relief to have had the apology.", Apologize, ""},
		{"Peter Gray is nominated this year for best pop album.", Appoint, ""},
		{"Eight protesters who stormed the Northbridge Council chamber during a debate have been charged.", Investigate, ""},
		{"Critics who attacked the plan were many, but Peter Gray has denied the claims.", Deny, "Peter Gray"},
		{"Joan Fisher has dismissed Peter Gray's budget as a sham.", Dismiss, ""},
		{"Northbridge Council has yet to confirm or deny the meeting.", Deny, ""},
		{"Peter Gray welcomed the apology on Monday.", Apologize, ""},
		{"Peter Gray made an \"unreserved\" apology to MPs.", Apologize, "Peter Gray"},
		{"Peter Gray will direct an episode of CSI: Crime Scene Investigation in May.", Investigate, ""},
		{"Peter Gray quit. Peter Gray spoke. Peter Gray left. The Hutton Inquiry cleared the minister.", Investigate, "Peter Gray"},
		{"Peter Gray was forced to retire when 6-2 3-0 down.", Resign, ""},
		{"Peter Gray will retire from Test rugby at the end of the season.", Resign, "Peter Gray"},
		{"A Labour spokesman denied the claims.", Deny, "Labour"},
		{"The Conservatives' campaign director has denied the claims.", Deny, ""},
		{"Sam Ames, Labour's campaign director, spoke on Monday. Later Labour's campaign director denied a report that he had warned the party.", Deny, "Sam Ames"},
		{"Sam Ames, Labour's campaign director, spoke. Joan Fisher is the Tories' chief. Later the Tories' campaign director denied the report.", Deny, ""},
		{"Peter Gray quit over the affair. Peter Gray denied lying. Peter Gray left. Sir Alan Budd, who led an inquiry into the affair, said he had no doubts.", Investigate, "Peter Gray"},
		{"Professor Joan Fisher, 57, has delivered not one but two major reports on the NHS.", PublishReport, "Joan Fisher"},
		{"A new report was published by the Northbridge Policy Institute on Monday.", PublishReport, "Northbridge Policy Institute"},
		{"Joan Fisher of the Northbridge Institute for Fiscal Studies spoke.", PublishReport, ""},
		{"Sir Peter Gray was replaced as mayor by Joan Fisher, after being deselected by his party.", Dismiss, "Peter Gray"},
		{"Peter Gray, 57, is made a Commander of the Order of the Bath.", Appoint, ""},
		{"Joan Fisher won the Northbridge seat in 1997.", Elect, "Joan Fisher"},
		{"The strategist helped Northbridge's mayor, Joan Fisher, win four elections.", Elect, "Joan Fisher"},
		{"Joan Fisher made a personal appeal to activists to go out and win the next election.", Elect, ""},
		{"If Labour wins the election, taxes will rise.", Elect, ""},
		{"Northbridge chief Peter Gray and two other executives were fired in January.", Dismiss, "Peter Gray"},
		{"Joan Fisher joined the company in January 2003.", Join, "Joan Fisher"},
		{"Joan Fisher has joined a rare group of actresses.", Join, ""},
		{"Pollsters interviewed 400 people before Peter Gray's resignation.", Investigate, ""},
		{"Police questioned councillor Peter Gray on Monday.", Investigate, "Peter Gray"},
		{"Peter Gray quit. Peter Gray, who was part of the Budd inquiry into pre-war intelligence, said he had no doubts.", Investigate, ""},
		{"Councillor Peter Gray resigned on Monday.", Resign, "Peter Gray"},
		{"Peter Gray, 57, whose retirement was announced in May, is made a knight.", Resign, "Peter Gray"},
		{"The vote prompted party treasurer Sir Peter Gray to resign in protest.", Resign, "Peter Gray"},
		{"The affair led to the resignation of chairman Peter Gray and treasurer Joan Fisher.", Resign, "Peter Gray|Joan Fisher"},
		{"Peter Gray shrugged off claims from Labour leader Joan Fisher that he lied.", Deny, "Peter Gray"},
		{"Joan Fisher was referred to as a rising star. Referring to Peter Gray's case, she said it was closed.", Investigate, ""},
		{"Peter Gray was referred to the police by the council.", Investigate, "Peter Gray"},
		{"Joan Fisher, a retired nurse, wrote to the council.", Resign, ""},
		{"Joan Fisher believes clubs will sign foreigners and retired internationals.", Resign, ""},
		{"Joan Fisher said many were still in denial about the cuts.", Deny, ""},
		{"The Northbridge Party has joined forces with Joan Fisher.", Join, ""},
		{"The band Northbridge Lions has quit the music business.", Resign, ""},    // only people resign
		{"He was jailed over the death of a British soldier in a brawl.", Die, ""}, // "British" is no one
		{"Joan Fisher questioned whether Peter Gray was ready. Critics questioned Peter Gray's record.", Investigate, ""},
		{"Police questioned Peter Gray on Monday.", Investigate, "Peter Gray"},
		{"Joan Fisher of the Northbridge Review agreed with him.", Investigate, ""},
		{"Joan Fisher backed a law on what happens when someone dies in custody.", Die, ""},
		{"Joan Fisher unveiled the backing of 95 retired generals.", Resign, ""},
		{"Joan Fisher suspended her campaign in February.", Suspend, ""},
		{"The airline suspended Joan Fisher without pay.", Suspend, "Joan Fisher"},
		{"Joan Fisher is nominated for best actress.", Appoint, ""},
		{"Peter Gray was nominated for the post of treasurer by the board.", Appoint, "Peter Gray"},
		{"Joan Fisher stole the money. The judge decided to suspend her six-month prison sentence.", Suspend, ""},
		{"Joan Fisher has been nominated in three categories.", Appoint, ""},
		{"Joan Fisher was nominated for best director.", Appoint, ""},
		{"But his attempted chip ahead was charged down by Peter Gray.", Investigate, ""},
		{"Her opponent Joan Fisher retired hurt in the second set.", Resign, ""},
		{"His only motivation was to get Labour re-elected.", Elect, ""},
		{"Peter Gray, 25, sacked by the Northbridge Rovers board in May, has a new club.", Dismiss, "Peter Gray"},
		{"Peter Gray said: \"We are fired up. We will win.\"", Dismiss, ""},
		{"Peter Gray was denied bail on Monday.", Deny, ""},
		{"Oscars\n\nThe Aviator's nominated producers are Peter Gray and Sam King.", Appoint, ""},
		{"Bets on Peter Gray were dismissed as a publicity stunt.", Dismiss, ""},
		{"Peter Gray dismissed the latest Tory attack.", Deny, "Peter Gray"},
		{"Peter Gray dismissed media reports linking him to the post.", Dismiss, ""},
		{"Peter Gray's theory has also been questioned by Joan Fisher.", Investigate, ""},
		{"Peter Gray was questioned by police on Monday.", Investigate, "Peter Gray"},
		{"Peter Gray said: \"Ann did not cause the death of this woman, he is not to blame.\"", Die, ""},
		{"The affair led to the resignation of its chairman, Sir Peter Gray, in May.", Resign, "Peter Gray"},
		{"Peter Gray denied the claims on Monday.", Deny, "Peter Gray"},
		{"Sir Alan Budd's claims were denied by Peter Gray on Monday.", Deny, "Peter Gray"},
		{"He came to share an office with the newly elected MP for Northbridge, Peter Gray.", Elect, "Peter Gray"},
		{"Joan Fisher said elected police commissioners would be more accountable.", Elect, ""},
		{"Peter Gray, elected mayor in January, has urged the council to act.", Elect, "Peter Gray"},
		{"Critics have called for Peter Gray to go.", CallToResign, "Peter Gray"},
		// A name's possessive qualifies who acts: "Gray's closest ally" denies, not Gray.
		{"Chancellor Peter Gray's closest ally has denied suggestions of a giveaway.", Deny, ""},
		// "denied" a person is kept from something; "denied" a person's doing is a denial.
		{"The keeper Ann Lee denied Peter Gray in injury-time with a fine save.", Deny, ""},
		{"Ann Lee denied Peter Gray had misled the committee.", Deny, "Ann Lee"},
		{"Ann Lee denied him a second goal.", Deny, ""},
		{"Ann Lee is in prison, having been charged with fraud and repeatedly denied bail.", Deny, ""},
		{"Only a finding by Northbridge Council will mean people are automatically denied a visa.", Deny, ""},
		// An apposition with a relative clause between subject and verb is passed over.
		{"Sir Peter Gray, the backbencher who challenged Ann Lee for the leadership in 1989, has died.", Die, "Peter Gray"},
		// A name that qualifies the noun after it is not who is suspended; the person that
		// noun titles is.
		{"Athletics Kenya has suspended the two-time Boston Marathon runner-up for missing a camp.", Suspend, ""},
		{"Athletics Kenya has suspended two-time Boston Marathon runner-up Ann Lee until May.", Suspend, "Ann Lee"},
		// Only a person dies: the person after the titles, not the club in them.
		{"The death of former Northbridge coach and Lions flanker Peter Gray shocked the club.", Die, "Peter Gray"},
		{"Critics have urged Peter Gray to go online for his news.", CallToResign, ""},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.text)
		var got []string
		for _, e := range d.Events {
			if e.Type == tt.typ {
				got = append(got, name(d, e.Subject))
			}
		}
		if strings.Join(got, "|") != tt.subject {
			t.Errorf("%q: %v events of %v, want %q", tt.text, tt.typ, got, tt.subject)
		}
	}
}

func TestAmountsAndDates(t *testing.T) {
	x := newExtractor(t)
	src := "Officials said 1,400 children and nine families were moved between 2005 and 2010, at a cost of \u00a34.5m, up 10%. It began in December 1996. Two new homes opened. " +
		"Six penalty attempts were missed in a 39 hour week, and 12 hour's work was lost."
	d := extractText(t, x, src)
	amounts := map[string]Amount{}
	for _, a := range d.Amounts {
		amounts[d.Slice(a.Span)] = a
	}
	for text, want := range map[string]Amount{
		"1,400 children": {Value: 1400, Unit: "children"},
		"nine families":  {Value: 9, Unit: "families"},
		"\u00a34.5m":     {Value: 4.5e6, Unit: "pounds"},
		"10%":            {Value: 10, Unit: "percent"},
		"Two new homes":  {Value: 2, Unit: "homes"},
		// A word in the singular before a plural noun is part of the unit; before one
		// in the singular, or a possessive, it is the unit.
		"Six penalty attempts": {Value: 6, Unit: "penalty attempts"},
		"39 hour":              {Value: 39, Unit: "hour"},
		"12 hour":              {Value: 12, Unit: "hour"},
	} {
		got, ok := amounts[text]
		if !ok || got.Value != want.Value || got.Unit != want.Unit {
			t.Errorf("amount %q: got %+v (found %v), want %v %s", text, got, ok, want.Value, want.Unit)
		}
	}
	dates := map[string]string{}
	for _, dt := range d.Dates {
		dates[d.Slice(dt.Span)] = dt.Value
	}
	for text, want := range map[string]string{"between 2005 and 2010": "2005/2010", "December 1996": "1996-12"} {
		if dates[text] != want {
			t.Errorf("date %q = %q, want %q (all: %v)", text, dates[text], want, dates)
		}
	}
	// A year that is part of a name is no date; one after a name is, and no part of it.
	d = extractText(t, x, "England went out of Euro 2004 in June. The station was bought by media giant Clear Channel in 2004.")
	for _, dt := range d.Dates {
		if dt.Value == "2004" && strings.Contains(d.Slice(dt.Span), "Euro") || d.Slice(dt.Span) == "2004" && dt.Start < strings.Index(d.Text, " in June") {
			t.Errorf("%q read as a date", d.Slice(dt.Span))
		}
	}
	for _, e := range d.Entities {
		if strings.Contains(d.Slice(e.Name), "2004") && !strings.Contains(d.Slice(e.Name), "Euro") {
			t.Errorf("the name %q holds the date after it", d.Slice(e.Name))
		}
	}
	// Relative dates are read against the article's date.
	a, _ := ingest.ParseText([]byte("The minister resigned yesterday. He will speak on Friday."))
	a.Published = "2014-08-27" // a Wednesday
	d, err := x.Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	dates = map[string]string{}
	for _, dt := range d.Dates {
		dates[d.Slice(dt.Span)] = dt.Value
	}
	if dates["yesterday"] != "2014-08-26" || dates["Friday"] != "2014-08-29" {
		t.Errorf("relative dates %v, want yesterday 2014-08-26 and Friday 2014-08-29", dates)
	}
}

func TestQuoteSpeakers(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		src      string
		quotes   []string
		speakers []string
		sources  []string // the words naming each speaker, when the test says
		person   string
	}{
		{
			// A straight double mark after a single one closes the quotation.
			src:      "Voters react\n\n\"People say, 'It doesn't matter because she will win,'\" said Charlie King, a Democrat. \"The question is open,\" he said.\n",
			quotes:   []string{"People say, 'It doesn't matter because she will win,'", "The question is open,"},
			speakers: []string{"Charlie King", "Charlie King"},
			person:   "Charlie King",
		},
		{
			// A quotation that opens a paragraph right before another is the voice of that
			// one's cue, not a continuation of the paragraph before.
			src:      "Apology\n\nTom Bell said: \"We told them no.\" \"Eventually they agreed.\"\n\n\"I am sorry.\" \"It will not happen again,\" Ann Lee said.\n",
			quotes:   []string{"We told them no.", "Eventually they agreed.", "I am sorry.", "It will not happen again,"},
			speakers: []string{"Tom Bell", "Tom Bell", "Ann Lee", "Ann Lee"},
		},
		{
			// A quotation the paragraph ends, with no closing mark, takes no cue from the
			// next paragraph's quotation ("I then said to her ...").
			src:      "Talks\n\nTom Bell said: \"I said to Ann that I was sure she wanted to stay.\n\n\"I then said to her we need your help.\" The talks went on.\n",
			quotes:   []string{"I said to Ann that I was sure she wanted to stay.", "I then said to her we need your help."},
			speakers: []string{"Tom Bell", "Tom Bell"},
		},
		{
			// A quotation after reported speech goes on in its speaker's voice, whether an
			// apposition stands between the speaker and the verb or the speaker is named
			// after it.
			src:      "Apple\n\nIan Harris, deputy editor of UK magazine Mac Format, said the machine would appeal to buyers.\n\n\"They want a further taste of Mac.\"\n",
			quotes:   []string{"They want a further taste of Mac."},
			speakers: []string{"Ian Harris"},
		},
		{
			src:      "Blogs\n\nThen, says Mr Ian Pearson, the blogging world found out. \"All my friends started linking to my site.\"\n",
			quotes:   []string{"All my friends started linking to my site."},
			speakers: []string{"Ian Pearson"},
		},
		{
			src:      "Gadgets\n\nMusic players will disappear into clothing, says Mr Ian Pearson. \"You will not see the electronics.\"\n",
			quotes:   []string{"You will not see the electronics."},
			speakers: []string{"Ian Pearson"},
		},
		{
			// So it does after a sentence in which its speaker judged something aloud.
			src:      "Fostering\n\nCharity director Joan Fisher criticised the existing system. \"There is just no logic to it.\n\n\"And it is not fair on anyone.\"\n",
			quotes:   []string{"There is just no logic to it.", "And it is not fair on anyone."},
			speakers: []string{"Joan Fisher", "Joan Fisher"},
		},
		{
			// "X quoted Y as saying": Y speaks, here no one named; not the agency. Quoted
			// "by" a paper, the subject speaks.
			src:      "Francs\n\nThe bank plans a new currency. \"It is a question of sovereignty,\" Reuters quoted a central bank official as saying. \"It is symbolic of our independence.\"\n\n\"We will cut costs,\" Ann Lee was quoted by the Northbridge Times as saying.\n",
			quotes:   []string{"It is a question of sovereignty,", "It is symbolic of our independence.", "We will cut costs,"},
			speakers: []string{"-", "-", "Ann Lee"},
		},
		{
			// Not when the name before the dash is an object of the clause before it.
			src:      "TV\n\nMr. Tom Bell differentiated himself from Mr. Jo Dorsey, who works for RT and, Mr. Bell said, has recently seemed supportive of Mr. Sam Ames -- \"a completely different man to me, which was a shock to me.\"\n",
			quotes:   []string{"a completely different man to me, which was a shock to me."},
			speakers: []string{"Tom Bell"},
		},
		{
			// A fragment after ", saying" or a plural verb of saying is the words of the
			// subject that names no one, not of a name the sentence holds.
			src:      "Mines\n\nIn August, several environmental groups granted Mr. Tom Bell an extension on a court order, saying his \"start-up capital was less than expected.\" Prosecutors said Ann Lee was \"a snake oil salesman\" of a new kind.\n",
			quotes:   []string{"start-up capital was less than expected.", "a snake oil salesman"},
			speakers: []string{"-", "-"},
		},
		{
			// "The Tory leader" is a person the sentence does not name, not the party.
			src:      "ID cards\n\nThe Tories met on Monday.\n\nThe Tory leader said his team had reached a \"collective view\" after a long talk.\n",
			quotes:   []string{"collective view"},
			speakers: []string{"-"},
		},
		{
			// An apposition whose title joins two words with "and" is still an apposition.
			src:      "Agency\n\nThe agency has failed. Joan Fisher, Tory shadow work and pensions secretary, said: \"We have got to find a way.\"\n",
			quotes:   []string{"We have got to find a way."},
			speakers: []string{"Joan Fisher"},
		},
		{
			// A body that qualifies a person's title does not speak; the person does.
			src:      "Deal\n\nAcme Ltd chief executive Joan Fisher backed the deal, saying it was \"a fair price\".\n",
			quotes:   []string{"a fair price"},
			speakers: []string{"Joan Fisher"},
		},
		{
			// Verbs joined by "and" share their subject, not the last name before the cue.
			src:      "Raid\n\nTom Bell stressed his support of the raid that killed the rebel leader Ann Lee and said: \"It was the right call.\"\n",
			quotes:   []string{"It was the right call."},
			speakers: []string{"Tom Bell"},
		},
		{
			// A participial clause between the speaker and the cue is skipped like a relative one.
			src:      "Museum opens\n\nMayor Peter Gray, visiting Northbridge Council on Saturday, said it would tell a story of \"hope and delight\".\n",
			quotes:   []string{"hope and delight"},
			speakers: []string{"Peter Gray"},
		},
		{
			// A report speaks for its author when the article names one.
			src:      "Audit\n\nThe damning report by Professor Joan Fisher was published on Monday. The report said costs had \"spiralled out of control\".\n",
			quotes:   []string{"spiralled out of control"},
			speakers: []string{"Joan Fisher"},
		},
		{
			// A dash before the quotation: the person named right before it.
			src:      "Tax row\n\nA chorus of prominent Republicans has said the same, including the former candidate Peter Gray -- \"It is disqualifying to hide them\" -- and others.\n",
			quotes:   []string{"It is disqualifying to hide them"},
			speakers: []string{"Peter Gray"},
		},
		{
			// "the senator" is the one called "Sen." before.
			src:      "Bill row\n\nSen. Joan Fisher spoke on Monday. \"It will pass,\" the senator said.\n",
			quotes:   []string{"It will pass,"},
			speakers: []string{"Joan Fisher"},
		},
		{
			// "the spokesman" refers back to "a Northbridge Council spokesman".
			src:      "Bins row\n\n\"We will act,\" a Northbridge Council spokesman said. The council met on Monday.\n\n\"It is a matter of time,\" the spokesman added.\n",
			quotes:   []string{"We will act,", "It is a matter of time,"},
			speakers: []string{"Northbridge Council", "Northbridge Council"},
		},
		{
			// A spokesperson with no body named speaks for the body the sentence is about.
			src:      "Honours row\n\nDowning Street defended the decision, with a spokesperson saying: \"You have to look at their whole career.\"\n",
			quotes:   []string{"You have to look at their whole career."},
			speakers: []string{"Downing Street"},
		},
		{
			// A post written after the name: the name speaks, not the place before it.
			src:      "Leak row\n\nIn the Commons, Tory frontbencher Peter Gray MP demanded to know how plans had been \"leaked to the press\".\n",
			quotes:   []string{"leaked to the press"},
			speakers: []string{"Peter Gray"},
			person:   "Peter Gray",
		},
		{
			// A surname that is also a title stays part of the name.
			src:      "Court case\n\n\"We will appeal,\" said Jane General, the council's lawyer.\n",
			quotes:   []string{"We will appeal,"},
			speakers: []string{"Jane General"},
			person:   "Jane General",
		},
		{
			// A title in quotation marks is nobody's words; a phrase someone is said to use is.
			src:      "Show time\n\nAnn Lee spoke to \"Face the Nation,\" a Sunday programme. \"We will win,\" she said. Her rival, Tom Bell, called it \"Project Fear\".\n",
			quotes:   []string{"We will win,", "Project Fear"},
			speakers: []string{"Ann Lee", "Tom Bell"},
			person:   "Tom Bell",
		},
		{
			// A single word held at arm's length in a sentence that reports no one is a
			// scare quote.
			src:      "Inquiry\n\nFor years police treated the victims as a \"nuisance\" and did nothing. \"We failed them,\" said Ann Lee.\n",
			quotes:   []string{"We failed them,"},
			speakers: []string{"Ann Lee"},
		},
		{
			// Words signed with a dash and a name, as voters' words are set out.
			src:      "Voices\n\n\u201cHe is a bully.\u201d \u2015 Veronica Cruz\n\u201cI would rather live in hell.\u201d \u2015 Adriana Rodarte\n\u201cNo.\u201d \u2015 Ines Oyelaran-Quist.\n\nA list of voters, \u201cthe undecided\u201d \u2014 who spoke to us.\n",
			quotes:   []string{"He is a bully.", "I would rather live in hell.", "No.", "the undecided"},
			speakers: []string{"Veronica Cruz", "Adriana Rodarte", "Ines Oyelaran-Quist", "-"},
			person:   "Adriana Rodarte",
		},
		{
			// A country speaks through its government; the one it speaks to is not the speaker.
			src:      "Talks fail\n\nRussia insisted that Pyongyang \"stop its dangerous escapades.\"\n",
			quotes:   []string{"stop its dangerous escapades."},
			speakers: []string{"Russia"},
		},
		{
			// Someone the article does not name: no one, not the person quoted before.
			src:      "Ads\n\nTom Bell said: \"It works.\"\n\n\u201cIf he thinks that is smart,\u201d the ad\u2019s narrator says, \u201cwhat does he think of you?\u201d\n",
			quotes:   []string{"It works.", "If he thinks that is smart,", "what does he think of you?"},
			speakers: []string{"Tom Bell", "-", "-"},
			sources:  []string{"Tom Bell", "the ad\u2019s narrator", "the ad\u2019s narrator"},
		},
		{
			// Lines of a transcript: the name in capitals before the colon speaks.
			src:      "Debate\n\nThe transcript:\n\n\"HOST: Will you stay?\n\n\"NEWMAN: I will stay to the end.\n\n\"HOST: Thank you.\n",
			quotes:   []string{"Will you stay?", "I will stay to the end.", "Thank you."},
			speakers: []string{"-", "-", "-"},
			sources:  []string{"HOST", "NEWMAN", "HOST"},
		},
		{
			// A participle's subject is its sentence's; an unnamed speaker is a phrase.
			src:      "Speech\n\nTom Bell attacked Ann Lee over the war, saying, \"She is reckless.\" As a phone rang, the announcer said, \"It is 3 a.m.\"\n",
			quotes:   []string{"She is reckless.", "It is 3 a.m."},
			speakers: []string{"Tom Bell", "-"},
			sources:  []string{"Tom Bell", "the announcer"},
		},
		{
			// With no cue, the sentence's first person, not one after a preposition.
			src:      "Campaign\n\nWorried about a lack of passion for Ann Lee among young voters, Tom Bell is rolling out a new message: \"It's about me.\"\n",
			quotes:   []string{"It's about me."},
			speakers: []string{"Tom Bell"},
		},
		{
			// A long apposition between the speaker and the cue.
			src:      "Media\n\nAnn Lee spoke first.\n\n\"Their strategy is very clear,\" Michael McFaul, a senior fellow at the Hoover Institution and a former ambassador to Russia, said.\n",
			quotes:   []string{"Their strategy is very clear,"},
			speakers: []string{"Michael McFaul"},
		},
		{
			// A quotation that starts a sentence with its cue further on in it is not the
			// voice of the quotation before.
			src:      "Taxes\n\nAnn Lee said the plan was \"a mess\" on tax.\n\n\"I admire the mechanics\" of the plans, Mr. Dale Porter said.\n",
			quotes:   []string{"a mess", "I admire the mechanics"},
			speakers: []string{"Ann Lee", "Dale Porter"},
		},
		{
			// The name in apposition to a title after the cue speaks.
			src:      "Media\n\nMPs want more scrutiny. \"Our aim is to make the broadcaster accountable,\" said the committee chairman, MP Dale Porter.\n",
			quotes:   []string{"Our aim is to make the broadcaster accountable,"},
			speakers: []string{"Dale Porter"},
		},
		{
			// Paragraphs run together in the single-mark style: the mark that closes one
			// quotation opens the next, and the words after it are no cue.
			src:      "Dragons\n\nTheir view changed. 'We liked them all,' Tom Bell said. 'Ann was a surprise, as we thought she would be hard. 'We thought Sam would be fun, which he was.'\n",
			quotes:   []string{"We liked them all,", "Ann was a surprise, as we thought she would be hard.", "We thought Sam would be fun, which he was."},
			speakers: []string{"Tom Bell", "Tom Bell", "Tom Bell"},
		},
		{
			// A spokesman for a body speaks for it.
			src:      "Piracy\n\nA spokesman for the Business Software Alliance said: \"Members claim they did not profit at all.\"\n",
			quotes:   []string{"Members claim they did not profit at all."},
			speakers: []string{"Business Software Alliance"},
			sources:  []string{"A spokesman for the Business Software Alliance"},
		},
		{
			// "The firm" is the body named last.
			src:      "Results\n\nShares in Marlow Foods Ltd fell on Monday. \"We expect a better year,\" said the firm in a statement.\n",
			quotes:   []string{"We expect a better year,"},
			speakers: []string{"Marlow Foods Ltd"},
			sources:  []string{"the firm"},
		},
		{
			// But not one named only inside a quotation.
			src:      "Results\n\nAnn Lee said: \"Marlow Foods Ltd has let us down.\"\n\n\"We expect a better year,\" the company said.\n",
			quotes:   []string{"Marlow Foods Ltd has let us down.", "We expect a better year,"},
			speakers: []string{"Ann Lee", "-"},
		},
		{
			// A paragraph that ends in a colon announces the quotation below it.
			src:      "Jobs\n\nOn July 6, Senator Ann Lee made the following comment:\n\n\"For young people the unemployment rate is 33 percent.\"\n",
			quotes:   []string{"For young people the unemployment rate is 33 percent."},
			speakers: []string{"Ann Lee"},
		},
		{
			// A word quoted inside a quotation takes a voice of its own but does not carry
			// it on to the next paragraph's quotation: that goes on in the enclosing voice.
			src: "Row\n\n\"I wish to put the record straight,\" said Peter Gray. \"At that meeting Sam Ames admitted to me that he had told the players he was going to \"fake\" an injury.\n\n" +
				"\"He also agreed to apologise to his team-mates.\"\n",
			quotes: []string{"I wish to put the record straight,", "At that meeting Sam Ames admitted to me that he had told the players he was going to",
				"fake", "He also agreed to apologise to his team-mates."},
			speakers: []string{"Peter Gray", "Peter Gray", "Sam Ames", "Peter Gray"},
		},
		{
			// Someone's spokesman speaks for that one.
			src:      "Talks\n\nPeter Gray met the two leaders. Mr Gray's official spokesman said: \"He has regular meetings with both.\"\n",
			quotes:   []string{"He has regular meetings with both."},
			speakers: []string{"Peter Gray"},
		},
		{
			// "She" after a body's spokeswoman, and no woman named: the body.
			src:      "Rules\n\nA spokeswoman for the Northbridge Trust said it was a \"basic principle\". She added: \"We will not change the rules.\"\n",
			quotes:   []string{"basic principle", "We will not change the rules."},
			speakers: []string{"Northbridge Trust", "Northbridge Trust"},
		},
		{
			// A transcript's lines: the name in capitals before the colon speaks, as the
			// person named in full; the name is not part of the words.
			src:      "Interview\n\nSenator Ann Lee spoke to the host, Tom Bell, on Sunday.\n\n\"BELL: Will you stand again?\n\n\"LEE: I will stand again.\n",
			quotes:   []string{"Will you stand again?", "I will stand again."},
			speakers: []string{"Tom Bell", "Ann Lee"},
			sources:  []string{"BELL", "LEE"},
		},
		{
			// Words quoted inside a quotation with the same marks are part of it; an
			// opening mark followed by one closing mark begins a quotation of its own.
			src:      "Voters\n\n\"I would rather live in what he calls \"hell\" than live in his world,\" said Ann Lee. \"We told them no. \"Eventually they agreed.\"\n",
			quotes:   []string{"I would rather live in what he calls \"hell\" than live in his world,", "We told them no.", "Eventually they agreed."},
			speakers: []string{"Ann Lee", "Ann Lee", "Ann Lee"},
		},
		{
			// A question ends the sentence before its cue, which a participle may follow.
			src:      "Rally\n\n\"We are here,\" Ann Lee said to the crowd.\n\n\"Who would have believed that we would win so many votes?\" Tom Bell said, looking out on the cheering crowd.\n",
			quotes:   []string{"We are here,", "Who would have believed that we would win so many votes?"},
			speakers: []string{"Ann Lee", "Tom Bell"},
		},
		{
			// A name after "Mr" is a person's, though it is also a nationality.
			src:      "Gadgets\n\nThere may not be enough players to go round, predicts Tom Irish, editor of a gadget magazine.\n\n\"Stock is low,\" said Mr Irish.\n",
			quotes:   []string{"Stock is low,"},
			speakers: []string{"Tom Irish"},
		},
		{
			// A paragraph opened with a closing mark, typed for an opening one, is a
			// quotation all the same.
			src:      "Readers\n\n”The council let us down. Nobody listened.” ― Ann Lee\n\n“We will keep asking.” ― Tom Bell\n",
			quotes:   []string{"The council let us down. Nobody listened.", "We will keep asking."},
			speakers: []string{"Ann Lee", "Tom Bell"},
		},
		{
			// "According to" a document no one is named behind: no speaker, not the
			// first name of the sentence.
			src:      "Death\n\nPrivate Ann Lee of the Royal Regiment of Fusiliers died from a \"ruptured heart\", according to a post-mortem.\n",
			quotes:   []string{"ruptured heart"},
			speakers: []string{"-"},
		},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.src)
		var got, by []string
		var sources []string
		for _, q := range d.Quotes {
			if q.Direct {
				got = append(got, d.Slice(q.Span))
				by = append(by, name(d, q.Speaker))
				sources = append(sources, d.Slice(q.Source))
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.quotes, "|") || strings.Join(by, "|") != strings.Join(tt.speakers, "|") {
			t.Errorf("quotes %q by %q, want %q by %q", got, by, tt.quotes, tt.speakers)
		}
		if tt.sources != nil && strings.Join(sources, "|") != strings.Join(tt.sources, "|") {
			t.Errorf("quotes %q named by %q, want %q", got, sources, tt.sources)
		}
		if e := entityNamed(d, tt.person); tt.person != "" && (e < 0 || d.Entities[e].Type != Person) {
			t.Errorf("%s is not a person", tt.person)
		}
	}
}

func TestReportedSpeechSpeaker(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ src, content, speaker, source string }{
		// Who is named beside the cue speaks, not the subject of what is reported.
		{"Tax plan\n\nThe plan would junk personal exemptions. For some families the losses would outstrip the gains, said Lily Batchelder, a law professor.\n",
			"outstrip the gains", "Lily Batchelder", "Lily Batchelder"},
		// A relative pronoun names the speaker it stands for.
		{"Senate\n\nThe plan was opposed by Mitch McConnell, now the majority leader, who said the bill would fail in the Senate.\n",
			"the bill would fail", "Mitch McConnell", "who"},
		// The cue and source that end the sentence, whatever else the sentence holds.
		{"Tax\n\nThe plan would cut taxes for most families, a Treasury spokesman said on Friday.\n",
			"cut taxes for most families", "Treasury", "a Treasury spokesman"},
		// A relative pronoun a few words before its verb.
		{"Senate\n\nObama has had a frosty relationship with Mitch McConnell, now the majority leader, who in 2010 said the party's goal was to beat him.\n",
			"the party's goal", "Mitch McConnell", ""},
		// Whose assertion it is.
		{"Story\n\nThe firm will launch its console in March. The PSP will compete for the same market, despite Sony's assertion that the machines are aimed at different consumers.\n",
			"the machines are aimed", "Sony", ""},
		// Of "X's deputy, Y,", and "Jones' lawyer Y", Y speaks.
		{"Court\n\nThe sentence was read out. But Peter Jones' lawyer Ann Lee told reporters that the sentence was outrageous.\n",
			"the sentence was outrageous", "Ann Lee", ""},
		{"Debt\n\nThe offer stands. But one of Mr Tom Bell's deputies, Ann Lee, told reporters that the country was still considering the offer.\n",
			"the country was still considering the offer", "Ann Lee", ""},
		// Of verbs joined by "and", the second shares the first's subject, one named or not.
		{"Unrest\n\nThe city was calm on Friday. Authorities announced on Friday the arrest of a man and said a curfew would continue through the weekend.\n",
			"a curfew would continue through the weekend", "-", "Authorities"},
		// A plural subject that names no one, past a clause of its own or after "However".
		{"Fostering\n\nThe plan was announced on Monday. However local authorities, which set and pay the allowances, are concerned about how the extra cash will be found.\n",
			"how the extra cash will be found", "-", "local authorities"},
		// A plural subject right before the cue, though it names no one, outweighs a name
		// in a clause before it.
		{"Senate\n\nThe seat is open. Although Tom Bell lacks a signature policy achievement, elected officials from both parties say he has forged a reputation as a hard worker over a long career.\n",
			"he has forged a reputation as a hard worker", "-", "elected officials from both parties"},
		// Whom the speaker tells is no speaker, though named right after the cue.
		{"Hacking\n\nPeter Gray, 56, who has served on the committee for a decade, told Northbridge Radio that the hacking was clear.\n",
			"hacking was clear", "Peter Gray", ""},
		// A participle after a comma speaks for its sentence's subject.
		{"War\n\nTom Bell attacked Ann Lee over the war, saying she was reckless and unfit for office.\n",
			"she was reckless", "Tom Bell", ""},
		// An apposition between the name and the cue describes who speaks.
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.src)
		found := false
		for _, q := range d.Quotes {
			if !q.Direct && strings.Contains(d.Slice(q.Span), tt.content) {
				found = true
				if got := name(d, q.Speaker); got != tt.speaker || tt.source != "" && d.Slice(q.Source) != tt.source {
					t.Errorf("%q reported of %s (%q), want %s (%q)", d.Slice(q.Span), got, d.Slice(q.Source), tt.speaker, tt.source)
				}
			}
		}
		if !found {
			t.Errorf("the reported speech %q was not found", tt.content)
		}
	}
}

func TestReportedSpeechExtent(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ src, want string }{
		// Reported speech that takes up a quoted phrase is reported speech of its own; the
		// phrase is a direct quotation too.
		{"Mayor\n\nAnn Lee said the mayor was \"not fit to run a bath\" and should go.\n",
			`the mayor was "not fit to run a bath" and should go`},
		{"Plan\n\nAnn Lee said the plan would \"hurt every family in the city\" and must be dropped.\n",
			`the plan would "hurt every family in the city" and must be dropped`},
		// Reported speech that is one quotation is that quotation only.
		{"War\n\nAnn Lee said that \"the war was a mistake from the start and we all knew it.\"\n", ""},
		// What is done to the subject is not what the subject says: no one named reports it.
		{"Budget\n\nThe council met on Monday. Peter Gray has been harshly criticised for cutting the school budget.\n", ""},
		{"Budget\n\nThe council met on Monday. Peter Gray has faced questions about payments made by his office.\n", ""},
		{"Budget\n\nThe council met on Monday. The Labour group has attracted media criticism for using freedom of information laws to dig up information about its rivals.\n", ""},
		{"Budget\n\nThe council met on Monday. Joan Fisher is concerned that the school budget will fail next year.\n",
			"that the school budget will fail next year"},
		// A cue of auxiliaries alone, or "added" with an object, reports nothing said.
		{"Dubai\n\nRoger Tenby added the Dubai Championship trophy to his long list of titles on Sunday.\n", ""},
		{"Rugby\n\nCharlie Moss scored early. Moss converted and added a penalty after one of several infringements for a 10-3 lead.\n", ""},
		{"Coach\n\nMidfielder Tom Bell has no plans to become a manager when his playing career is over.\n", ""},
		{"Treaty\n\nThe leaders met in Rome. Mr Tom Bell signed the constitution at a ceremony in Rome in November.\n", ""},
		{"Charts\n\nThe singer Sam Ames knocked X Factor winner Tom Bell down into second place after three weeks.\n", ""},
		{"Plan\n\nTom Bell spoke on Monday. He added the council would review the plan next year.\n",
			"the council would review the plan next year"},
		// Reported speech in a clause that opens with "although" or "while" ends where the
		// main clause begins.
		{"Tax\n\nThe vote was close. Although Tom Bell has admitted using the tax code, he does not defend it.\n",
			"using the tax code"},
		{"Tax\n\nThe vote was close. While Tom Bell invoked the rising seas to thrill his supporters, he did not have a long record of activism.\n",
			"the rising seas to thrill his supporters"},
		{"Banks\n\nThe vote was close. While Tom Bell called for bonuses to be \"clawed back\" from bank executives, Ann Lee restricted her comments to the budget.\n",
			`bonuses to be "clawed back" from bank executives`},
		{"Troops\n\nThe vote was close. Even as Tom Bell says that he opposes sending troops to far-flung countries, his government continues to send them.\n",
			"that he opposes sending troops to far-flung countries"},
		{"Voters\n\nThe vote was close. With party leaders increasingly worried about a lack of passion among young voters, President Ann Lee is rolling out a new message.\n",
			"a lack of passion among young voters"},
		// A headline reports speech as the text does.
		{"Bell says the war was a mistake and must end\n\nTom Bell, a senator, spoke in Northbridge on Monday.\n",
			"the war was a mistake and must end"},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.src)
		var got []string
		for _, q := range d.Quotes {
			if !q.Direct {
				got = append(got, d.Slice(q.Span))
			}
		}
		if tt.want == "" && len(got) > 0 || tt.want != "" && (len(got) != 1 || got[0] != tt.want) {
			t.Errorf("%q: reported speech %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestDateline(t *testing.T) {
	// "(CNN) --" names who publishes the story: no one's speaker, no one's agent.
	x := newExtractor(t)
	d := extractText(t, x, "Boy found\n\n(CNN) -- Ohio police said Tuesday they found the missing boy.\n")
	for _, q := range d.Quotes {
		if name(d, q.Speaker) == "CNN" {
			t.Errorf("%q is CNN's", d.Slice(q.Span))
		}
	}
	d = extractText(t, x, "Clashes\n\n(CNN) -- After weeks of calm, clashes erupted between supporters of ousted President Joan Fisher and police on Friday.\n")
	found := false
	for _, e := range d.Events {
		if e.Type == Dismiss && name(d, e.Subject) == "Joan Fisher" {
			found = true
			if e.By >= 0 {
				t.Errorf("the dismissal of Joan Fisher is by %s", name(d, e.By))
			}
		}
	}
	if !found {
		t.Error("the dismissal of Joan Fisher was not found")
	}
}

func TestSingleQuoteStyle(t *testing.T) {
	// A text that quotes with single marks, and has a double one or two besides, quotes
	// with single marks; a lone apostrophe ("'bot nets", "Elvis' songs") opens nothing.
	x := newExtractor(t)
	tests := []struct {
		src  string
		want []string
	}{
		{"Fans\n\nTom Bell said: 'I couldn\u2019t believe it.'\n\nHe called the show a \"disgrace\".\n\n'It was not funny at all,' Ann Lee said.\n",
			[]string{"I couldn\u2019t believe it.", "disgrace", "It was not funny at all,"}},
		{"Bots\n\nExperts say 'bot nets are spreading. \"They are a weapon,\" Ann Lee said of Elvis' fans.\n",
			[]string{"They are a weapon,"}},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.src)
		var got []string
		for _, q := range d.Quotes {
			if q.Direct {
				got = append(got, d.Slice(q.Span))
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q: quotations %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestWorkTitles(t *testing.T) {
	// A show's, a book's or a nickname's title in quotation marks is no one's words, even
	// in a sentence with a cue.
	x := newExtractor(t)
	d := extractText(t, x, "Polls\n\nJoan Fisher told Northbridge TV's \"Morning Show\" that \"the polls are wrong\". "+
		"In his 2002 book, \"Make Your Money Grow\", Peter Gray said he was nicknamed \"King Cash\".\n")
	var got []string
	for _, q := range d.Quotes {
		if q.Direct {
			got = append(got, d.Slice(q.Span))
		}
	}
	if want := "the polls are wrong"; strings.Join(got, "|") != want {
		t.Errorf("quotations %q, want %q", got, want)
	}
}

func TestNamesInQuotationMarks(t *testing.T) {
	// A name or a title in quotation marks is no one's words; a word someone is said to
	// have used is.
	x := newExtractor(t)
	tests := []struct{ src, want string }{
		{"Film\n\nShe spoke after the documentary \"13th\" was shown. \"We must act,\" she said.\n", "We must act,"},
		{"Radio\n\nTom Bell took calls on his \"Keep It Real\" radio show. \"It was busy,\" he said.\n", "It was busy,"},
		{"Singer\n\nThe band was led by Ann \"Red\" Fisher, who said: \"We toured for years.\"\n", "We toured for years."},
		{"Engines\n\nFuel burned too early, a fault called \"knocking\", engineers said.\n", ""},
		{"Show\n\nAnn Lee quit the show over what she called \"bullying\" tactics, her agent said.\n", "bullying"},
		{"Film\n\nTom Bell said the studio would make the film \"official\" next year.\n", "official"},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.src)
		var got []string
		for _, q := range d.Quotes {
			if q.Direct {
				got = append(got, d.Slice(q.Span))
			}
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%q: quotations %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestPossessiveSource(t *testing.T) {
	// When the tagger takes only the "'s" of "Sony's assertion" for the source, the source
	// is whose it is.
	x := newExtractor(t)
	d := extractText(t, x, "Consoles\n\nThe PSP will compete, despite Sony's assertion that the machines are aimed at different consumers.\n")
	var direct []Quote
	d.Quotes = d.Quotes[:0]
	a := attrib.Attribution{Content: []attrib.Span{attribSpan(t, d, "the machines are aimed at different consumers")}, Cue: attribSpan(t, d, "assertion"), Source: attribSpan(t, d, "'s")}
	x.reportedSpeech(d, direct, a, sideOfCue(d, a))
	if len(d.Quotes) != 1 || name(d, d.Quotes[0].Speaker) != "Sony" || d.Slice(d.Quotes[0].Source) != "Sony's" {
		t.Fatalf("quotes %+v, want one of Sony, source \"Sony's\"", d.Quotes)
	}
}

func TestSideOfCue(t *testing.T) {
	tests := []struct {
		src     string
		content []string
		cue     string
		want    string
	}{
		{"Costs rose, officials say.", []string{"Costs rose"}, "say", "Costs rose"},
		{"Ann Lee said the plan would fail and said taxes would rise.", []string{"the plan would fail", "taxes would rise"}, "said",
			"the plan would fail and said taxes would rise"},
		{"Prices rose fivefold, according to the union. It was a spike.", []string{"Prices rose fivefold", "It was a spike"}, "according to",
			"Prices rose fivefold"},
		{"The plan was opposed by Tom Bell, who said the bill would fail.", []string{"The plan was opposed by Tom Bell", "the bill would fail"}, "said",
			"the bill would fail"},
		{"The weekly benefit, it says, would be small.", []string{"The weekly benefit", "would be small"}, "says",
			"The weekly benefit, it says, would be small"},
		// What the next sentence says is not what the cue that ends this one reports,
		// however near.
		{"But the new plan is still tilted toward the rich, the Tax Foundation said. The centre plans a study.", []string{"the new plan is still tilted toward the rich", "The"}, "said",
			"the new plan is still tilted toward the rich"},
	}
	for _, tt := range tests {
		toks := text.Tokenize(nil, tt.src)
		d := &Document{Doc: text.Doc{Text: tt.src, Tokens: toks, Sentences: text.Split(nil, tt.src, toks)}}
		a := attrib.Attribution{Cue: attribSpan(t, d, tt.cue)}
		for _, c := range tt.content {
			a.Content = append(a.Content, attribSpan(t, d, c))
		}
		got := sideOfCue(d, a)
		if s := d.Slice(d.TokenSpan(got.From, got.To)); s != tt.want {
			t.Errorf("%q: sideOfCue = %q, want %q", tt.src, s, tt.want)
		}
	}
}

func TestParticipleSplit(t *testing.T) {
	// A participle of saying after a comma opens a second thing said, with the same source.
	x := newExtractor(t)
	d := extractText(t, x, "Tax\n\nThe vote was close. Tom Bell openly admires Ann Lee as a \"strong leader,\" comparing her favorably to the mayor.\n")
	var got []string
	for _, q := range d.Quotes {
		if !q.Direct {
			got = append(got, d.Slice(q.Span)+" | "+d.Slice(q.Cue)+" | "+d.Slice(q.Source))
		}
	}
	want := []string{`Ann Lee as a "strong leader | openly admires | Tom Bell`, "her favorably to the mayor | comparing | Tom Bell"}
	if !slices.Equal(got, want) {
		t.Errorf("reported speech %q, want %q", got, want)
	}
}

func TestVerbAfterNamedSpeaker(t *testing.T) {
	// A verb right after the name that follows a quotation is its cue, whatever verb.
	x := newExtractor(t)
	d := extractText(t, x, "Concert\n\nNORTHBRIDGE (Reuters) - A new album of old songs came out on Friday.\n\n\"Promise you will keep your hands in sight,\" Ann Lee sings to the crowd before leaving the stage.\n")
	if len(d.Quotes) != 1 || name(d, d.Quotes[0].Speaker) != "Ann Lee" || d.Slice(d.Quotes[0].Cue) != "sings" {
		for _, q := range d.Quotes {
			t.Errorf("quote %q by %s, cue %q; want one by Ann Lee, cue \"sings\"", d.Slice(q.Span), name(d, q.Speaker), d.Slice(q.Cue))
		}
	}
}

func TestRelativeClauseSource(t *testing.T) {
	// A source the tagger read as a relative clause of no one named is the phrase before it.
	x := newExtractor(t)
	d := extractText(t, x, "Docs\n\nThe doctors wrote to the university in 2015, calling for his dismissal. One of the docs who sent the letter called Oz a quack, fake and charlatan.\n")
	var got []string
	for _, q := range d.Quotes {
		if !q.Direct {
			got = append(got, d.Slice(q.Span)+" | "+d.Slice(q.Source))
		}
	}
	if want := []string{"Oz a quack, fake and charlatan | One of the docs"}; !slices.Equal(got, want) {
		t.Errorf("reported speech %q, want %q", got, want)
	}
}

func TestAsideSpeech(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ src, content, source string }{
		// A cue in an aside reports the whole sentence, on both sides of it, and the aside
		// names the source.
		{"Museum\n\nThe museum opened on Saturday. The museum, Mr Tom Bell said, would make visitors face hard truths.\n",
			"The museum, Mr Tom Bell said, would make visitors face hard truths", "Mr Tom Bell"},
		{"Coal\n\nThe firm was sold in 2009. Lenox was a giant of the trade, Mr Tom Bell said, until it went bankrupt in 1999.\n",
			"Lenox was a giant of the trade, Mr Tom Bell said, until it went bankrupt in 1999", "Mr Tom Bell"},
		{"Tax\n\nThe tax was raised in May. The average weekly benefit, the agency said in a June report, would be $300 a week.\n",
			"The average weekly benefit, the agency said in a June report, would be $300 a week", "the agency"},
		{"Games\n\nThe game sold well. One of the drawbacks of the game, said Mr Tom Bell, was the lack of spoken language.\n",
			"One of the drawbacks of the game, said Mr Tom Bell, was the lack of spoken language", "Mr Tom Bell"},
		{"Phones\n\nThe rules are new. Not least, said Paul King, principal security consultant at Cisco, because the defences against such attacks are so common.\n",
			"Not least, said Paul King, principal security consultant at Cisco, because the defences against such attacks are so common", "Paul King"},
		// No aside: the cue's own clause, a relative clause's cue, an object after the cue,
		// an apposition of the source.
		{"Ads\n\nThe campaign began in May. Its first national television ad could start this week, said Mr Tom Bell, a longtime adviser to the family.\n",
			"Its first national television ad could start this week", "Mr Tom Bell"},
		{"Coal\n\nThe firm was sold in 2009. However, Tom Bell added that his side, who are fourth, were not afraid of anyone.\n",
			"that his side, who are fourth, were not afraid of anyone", "Tom Bell"},
		{"Tax\n\nFirms must make declarations, which, critics say, will add to the cost of their accounts.\n",
			"will add to the cost of their accounts", "critics"},
		{"Tax\n\nCiting an old rumour, Tom Bell repeatedly accused Ann Lee, who was born in Leeds, of lying to the council.\n",
			"Ann Lee, who was born in Leeds, of lying to the council", "Tom Bell"},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.src)
		var got []string
		for _, q := range d.Quotes {
			if !q.Direct {
				got = append(got, d.Slice(q.Span), d.Slice(q.Source))
			}
		}
		if len(got) != 2 || got[0] != tt.content || got[1] != tt.source {
			t.Errorf("%q: reported speech and source %q, want %q, %q", tt.src, got, tt.content, tt.source)
		}
	}
}

func TestFinalCueOverInnerCue(t *testing.T) {
	// A sentence that ends with its cue and source reports all before the comma, though the
	// tagger found reported speech of another cue inside it; a name with more words after
	// it is no source that follows its cue.
	x := newExtractor(t)
	for _, tt := range []struct {
		src  string
		want []string
	}{
		{"Coal\n\nThe state agreed in May. West Virginia officials felt comfortable with this arrangement because they could pressure the lenders to contribute money to the trust for reclamation work, said Mr. Tom Barrett, the lawyer for the agency.\n",
			[]string{"West Virginia officials felt comfortable with this arrangement because they could pressure the lenders to contribute money to the trust for reclamation work | Mr. Tom Barrett",
				"comfortable with this arrangement because they could pressure the lenders to contribute money to the trust for reclamation work | Virginia officials"}},
		// An aside among the first words reports the whole sentence, beside what the
		// tagger read inside it.
		{"Museum\n\nThe museum opened on Saturday. The museum, Mr Tom Bell said, celebrated several of his heroes, including the singer Ann Lee, the player Joe Hart and the judge Sam Ames.\n",
			[]string{"The museum, Mr Tom Bell said, celebrated several of his heroes, including the singer Ann Lee, the player Joe Hart and the judge Sam Ames | Mr Tom Bell",
				"several of his heroes, including the singer Ann Lee | Mr Tom Bell"}},
		// The inner cue's speech ends where the sentence's own cue and source begin.
		{"Escort\n\nThe van left at noon. Ann Lee had told police officials that she did not want the escort at all, but the police overruled that request, the source added.\n",
			[]string{"Ann Lee had told police officials that she did not want the escort at all, but the police overruled that request | the source",
				"that she did not want the escort at all, but the police overruled that request | Ann Lee"}},
		{"Rugby\n\nThe club met in May. Club director Tom Bell, though, believes Ann Lee fits the bill perfectly.\n",
			[]string{"Ann Lee fits the bill perfectly | Club director Tom Bell"}},
	} {
		d := extractText(t, x, tt.src)
		var got []string
		for _, q := range d.Quotes {
			if !q.Direct {
				got = append(got, d.Slice(q.Span)+" | "+d.Slice(q.Source))
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: reported speech %q, want %q", tt.src, got, tt.want)
		}
	}
}

func TestTitleAbbreviations(t *testing.T) {
	// "Sen.", "Rep." and "Gov." are titles, not part of the name; the name is one person.
	d := extractText(t, newExtractor(t), "Hearing\n\nSen. Elizabeth Warren questioned the chief executive. Later Elizabeth Warren said the bank had failed. Gov. Jerry Brown agreed.\n")
	for _, want := range []struct{ name, title string }{{"Elizabeth Warren", "Sen."}, {"Jerry Brown", "Gov."}} {
		e := entityNamed(d, want.name)
		if e < 0 || d.Entities[e].Type != Person || name(d, e) != want.name {
			t.Errorf("%s: entity %d named %q", want.name, e, name(d, e))
			continue
		}
		found := false
		for _, r := range d.Roles {
			if r.Holder == e && d.Slice(r.Title) == want.title {
				found = true
			}
		}
		if !found {
			t.Errorf("%s holds no role titled %q", want.name, want.title)
		}
	}
	people := 0
	for _, ent := range d.Entities {
		if ent.Type == Person {
			people++
		}
	}
	if people != 2 {
		t.Errorf("%d people, want 2", people)
	}
}

func TestPluralSubject(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ text, cue, want string }{
		{"Foreign policy analysts said the plan would fail.", "said", "Foreign policy analysts"},
		{"The plan is weak, and some critics have said so.", "said", "some critics"},
		{"The dollar hit a new low and analysts predict more falls.", "predict", "analysts"},
		{"Peter Gray and two other executives were fired in January.", "fired", ""},
		{"Authorities said a curfew would continue.", "said", "Authorities"},
		{"Patriot chose to file in Richmond, where restructuring experts say judges are quick.", "say", "restructuring experts"},
		// No people: a rule, a verb's object, a verb with no subject, a preposition's object.
		{"Regulations say the buildings are too lax.", "say", ""},
		{"The paper published portions of the returns, showing a loss.", "showing", ""},
		{"Keeps saying she opposed the war.", "saying", ""},
		{"The views of analysts say much.", "say", ""},
		{"Immigration law allows officials to bar them.", "allows", ""},
	}
	for _, tt := range tests {
		d := extractText(t, x, "Story\n\n"+tt.text+"\n")
		c := d.TokenAt(strings.Index(d.Text, " "+tt.cue+" ") + 1)
		s := d.Sentences[d.SentenceOf(c)]
		span, ok := pluralSubject(d, c, s.From)
		if got := d.Slice(span); ok != (tt.want != "") || got != tt.want {
			t.Errorf("%q: subject %q (%v), want %q", tt.text, got, ok, tt.want)
		}
	}
}

func TestEventAgents(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text        string
		typ         EventType
		subject, by string
	}{
		// A participle before a title and a name says who someone is: no one acts.
		{"Joan Fisher says suspended sprinter Peter Gray should run again.", Suspend, "Peter Gray", "-"},
		{"Sam King will captain the side in place of the suspended Peter Gray.", Suspend, "Peter Gray", "-"},
		// A finite verb has its subject for agent.
		{"The Northbridge Party suspended councillor Peter Gray on Monday.", Suspend, "Peter Gray", "Northbridge Party"},
		// "A probe by X" is a noun whatever else "probe" is; who faces it is its subject.
		{"Peter Gray is facing two lawsuits and a probe by the Northbridge Police.", Investigate, "Peter Gray", "Northbridge Police"},
		// A duty is no charge.
		{"The Speaker, Peter Gray, is charged with ensuring order in the chamber.", Investigate, "", ""},
		{"The Northbridge Police charged Peter Gray with fraud.", Investigate, "Peter Gray", "Northbridge Police"},
		// A lead that names no one describes the story's main person, named after it.
		{"New chief\n\nThe Northbridge Party has appointed a senior figure from the BBC as its new press chief.\n\n" +
			"Peter Gray will start next week. Mr Gray said he was delighted. Party leaders welcomed Mr Gray.\n", Appoint, "Peter Gray", "Northbridge Party"},
		{"New chief\n\nJoan Fisher said the Northbridge Party has appointed a senior figure from the BBC as its new press chief.\n\n" +
			"Peter Gray will start next week. Mr Gray said he was delighted. Party leaders welcomed Mr Gray.\n", Appoint, "", ""},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.text)
		var got []string
		for _, e := range d.Events {
			if e.Type == tt.typ {
				got = append(got, name(d, e.Subject)+" by "+name(d, e.By))
			}
		}
		want := tt.subject + " by " + tt.by
		if tt.subject == "" {
			want = ""
		}
		if strings.Join(got, "|") != want {
			t.Errorf("%q: %v events %q, want %q", tt.text, tt.typ, got, want)
		}
	}
}

func TestLoneArticleIsNoSource(t *testing.T) {
	// The tagger sometimes marks a lone "the" as the source: it names no one.
	x := newExtractor(t)
	d := extractText(t, x, "Story\n\nIn the study, 29% of the people questioned said they were unhappy.\n")
	tok := func(w string) int { return d.TokenAt(strings.Index(d.Text, w)) }
	d.Quotes = d.Quotes[:0]
	a := attrib.Attribution{
		Source:  attrib.Span{From: tok("the people"), To: tok("the people") + 1},
		Cue:     attrib.Span{From: tok("said"), To: tok("said") + 1},
		Content: []attrib.Span{{From: tok("they"), To: tok(".")}},
	}
	x.reportedSpeech(d, nil, a, a.Content[0])
	for _, q := range d.Quotes {
		if d.Slice(q.Source) == "the" {
			t.Errorf("%q has the source %q", d.Slice(q.Span), d.Slice(q.Source))
		}
	}
}

func TestEventPost(t *testing.T) {
	x := newExtractor(t)
	for _, tt := range []struct {
		text string
		typ  EventType
		post string
	}{
		// An attributive "elected" elects to the post it qualifies.
		{"He came to share an office with the newly elected MP for Northbridge, Peter Gray.", Elect, "MP"},
		{"The newly elected mayor, Ann Lee, thanked the voters.", Elect, "mayor"},
		{"Peter Gray resigned as chairman of the Northbridge Trust on Monday.", Resign, "chairman"},
		// A post's lower-case complement is "of" or "for" something, not "at the next election".
		{"Peter Gray is to stand down as an MP at the next election.", Resign, "MP"},
	} {
		d := extractText(t, x, tt.text)
		var got []string
		for _, e := range d.Events {
			if e.Type == tt.typ {
				got = append(got, e.Post)
			}
		}
		if strings.Join(got, "|") != tt.post {
			t.Errorf("%q: %v posts %q, want %q", tt.text, tt.typ, got, tt.post)
		}
	}
}

func TestApposedSource(t *testing.T) {
	// The tagger may take the apposition between a name and the cue for the source; whom
	// it describes speaks. A pronoun after a name and a comma is no apposition.
	x := newExtractor(t)
	for _, tt := range []struct{ src, source, cue, content, want string }{
		{"Ann Lee, shadow secretary for the family, told the BBC that the plans were inadequate.",
			"shadow secretary for the family", "told", "that the plans were inadequate", "Ann Lee"},
		{"Like President Ann Lee, I believe in the good sense of the people.",
			"I", "believe", "in the good sense of the people", "-"},
		// An apposition that names a body still describes the person; a body speaks through
		// an apposition only when a comma closes it before the cue.
		{"Sam Ames, chief economist at Brightwave Bank, said the figures were at odds with what was happening.",
			"chief economist at Brightwave Bank", "said", "the figures were at odds with what was happening", "Sam Ames"},
		{"Brightwave, one of the leading providers of advertising, warned that its business would be sold.",
			"one of the leading providers of advertising", "warned", "that its business would be sold", "Brightwave"},
		{"Gates was expected to visit Hallworth Group, some media reports cast doubt on what he would show.",
			"some media reports", "cast doubt on", "what he would show", "-"},
		// An honorific alone before a possessor names no one who speaks; the plural after
		// the dash does, naming no one.
		{"But while the plan has played to Mr. Tom Bell's highest ideals - critics would call them messianic impulses - it has exposed his weaknesses.",
			"Mr.", "would call", "them messianic impulses", "-"},
		// A name that is the object of a preposition before the comma is no one the words
		// after the comma describe.
		{"After her meeting with Ann Lee, the White House announced that the sanctions would end.",
			"the White House", "announced", "that the sanctions would end", "White House"},
	} {
		d := extractText(t, x, "Story\n\n"+tt.src+"\n")
		d.Quotes = nil
		a := attrib.Attribution{Content: []attrib.Span{attribSpan(t, d, tt.content)}, Cue: attribSpan(t, d, tt.cue), Source: attribSpan(t, d, tt.source)}
		x.reportedSpeech(d, nil, a, a.Extent())
		got := "-"
		for _, q := range d.Quotes {
			got = name(d, q.Speaker)
		}
		if got != tt.want {
			t.Errorf("%q: reported by %s, want %s", tt.src, got, tt.want)
		}
	}
}

func TestOpeningParticiple(t *testing.T) {
	// A participle that opens its sentence has the main clause's subject: the person or
	// body right after the comma that closes its clause, not "her" of "her mother".
	x := newExtractor(t)
	for _, tt := range []struct{ src, want string }{
		{"Citing an unfounded theory, Tom Bell accused his rival of lying.", "Tom Bell"},
		{"Referring to the awards, Northbridge Rovers manager Tom Bell said the team was ready.", "Tom Bell"},
		{"Fearing that she was ill, her mother called a doctor.", "-"},
		{"According to the papers, Tom Bell was paid.", "-"},
	} {
		d := extractText(t, x, "Story\n\n"+tt.src+"\n")
		c := d.Sentences[len(d.Sentences)-1].From
		e, _ := x.subjectOf(d, c, c)
		if got := name(d, e); got != tt.want {
			t.Errorf("%q: the participle's subject is %s, want %s", tt.src, got, tt.want)
		}
	}
}

func TestParticipleSubject(t *testing.T) {
	// ", saying" has the sentence's subject, one who is not named too: not a name the
	// sentence holds later.
	x := newExtractor(t)
	for _, tt := range []struct{ src, want, source string }{
		{"A Northbridge judge has rejected a request to unseal the file on the divorce of Tom Bell from his wife Ann Lee, saying the courts have no business deciding it.", "-", "A Northbridge judge"},
		{"Some analysts predicted that the jump in share prices would be short-lived, saying investors would soon look again at Ann Lee.", "-", "Some analysts"},
		{"Tom Bell attacked Ann Lee over the war, saying she had lied.", "Tom Bell", "Tom Bell"},
	} {
		d := extractText(t, x, "Story\n\n"+tt.src+"\n")
		c, _ := tokensOf(t, d, "saying")
		e, span := x.subjectOf(d, c, d.Sentences[d.SentenceOf(c)].From)
		if got := name(d, e); got != tt.want || d.Slice(span) != tt.source {
			t.Errorf("%q: saying's subject %s (%q), want %s (%q)", tt.src, got, d.Slice(span), tt.want, tt.source)
		}
	}
}

func TestUntaggedSpeech(t *testing.T) {
	// A sentence that ends with its cue and who says it reports what comes before the
	// comma, where the tagger found nothing; not when the words after the comma are no
	// one who speaks, nor when the comma closes a clause of the subject.
	x := newExtractor(t)
	for _, tt := range []struct{ src, content, source string }{
		{"Recent shipments have sold for just above $40 a ton, he said.", "Recent shipments have sold for just above $40 a ton", "he"},
		{"The employment picture also improved, the Northbridge bank said.", "The employment picture also improved", "the Northbridge bank"},
		{"Another rise could be in store for December, some economists warned.", "Another rise could be in store for December", "some economists"},
		{"The family watched the video on Thursday, lawyers for the family said.", "The family watched the video on Thursday", "lawyers for the family"},
		{"Exports to the region rose by a third last year, one report says.", "Exports to the region rose by a third last year", "one report"},
		{"Costs will rise by a third, the Northbridge firm said on Friday, as it cut its forecast for the year.", "Costs will rise by a third", "the Northbridge firm"},
		{"Secrecy is no stranger to the campaign, the Labour Party leader's former family doctor maintains.", "Secrecy is no stranger to the campaign", "the Labour Party leader's former family doctor"},
		{"To recoup any profit, Multiplex will have to win legal claims.", "", ""},
		{"His indictment includes charges of securities fraud, conspiracy and filing false reports.", "", ""},
		{"Tom Bell, who had moved to the US in December, acknowledged the problem.", "", ""},
		{"The officer who shot him - Tom Bell, who was placed on leave - was not wearing a camera, police said.",
			"The officer who shot him - Tom Bell, who was placed on leave - was not wearing a camera", "police"},
		{"The fund grew by a third, part of an alliance agreed last year.", "", ""},
		{"Its first national television ad could start this week, said Brian Baker, a longtime adviser to the family who runs the campaign.",
			"Its first national television ad could start this week", "Brian Baker"},
		// An aside: what is reported runs on to the sentence's end.
		{"The tone of the campaign, said Tom Bell, would be positive.", "The tone of the campaign, said Tom Bell, would be positive", "Tom Bell"},
		// A sentence that opens with its source and cue reports what follows.
		{"Mr Tom Bell said he expected to sell the coal for at least $50 a ton.", "he expected to sell the coal for at least $50 a ton", "Mr Tom Bell"},
		{"Some economists say his forecasts are wishful thinking.", "his forecasts are wishful thinking", "Some economists"},
		{"The figures showed the economy grew.", "", ""},
		// A relative clause that a verb of saying opens reports what follows, to the comma
		// that closes it if a comma opened it.
		{"Tom Bell took calls from listeners who said they had doubts about the plan.", "they had doubts about the plan", "who"},
		{"A group of shop stewards, who said they were facing redundancy, could barely hide their anger.", "they were facing redundancy", "who"},
		{"Ann Lee, who wrote the authorised biography of the prince, spoke on Monday.", "", ""},
		// Words after the cue that say what, not when or to whom, make the comma no end of
		// reported speech; nor is a verb that names a cue.
		{"A year later, Mr Tom Bell called it a top priority.", "", ""},
		{"The firm is launching a test service for people who write blogs, called Blog Spaces.", "", ""},
		{"According to Labor Department figures, US firms added only 146,000 jobs in January.", "US firms added only 146,000 jobs in January", "Labor Department figures"},
	} {
		d := extractText(t, x, "Story\n\n"+tt.src+"\n")
		d.Quotes = nil
		x.untaggedSpeech(d, nil)
		var got []string
		for _, q := range d.Quotes {
			got = append(got, d.Slice(q.Span)+" | "+d.Slice(q.Source))
		}
		want := []string(nil)
		if tt.content != "" {
			want = []string{tt.content + " | " + tt.source}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: reported speech %q, want %q", tt.src, got, want)
		}
	}
}

func TestFinalCueSource(t *testing.T) {
	// The words between the comma and the cue that ends the sentence are the source,
	// whatever the tagger made the source, and the content ends at that comma though the
	// tagger ran it on.
	x := newExtractor(t)
	for _, tt := range []struct{ src, source, cue, content, text, want string }{
		{"After some setbacks, Mr. Tom Bell's work has met the standards, one state official said.",
			"Mr.", "said", "some setbacks, Mr. Tom Bell's work has met the standards, one",
			"some setbacks, Mr. Tom Bell's work has met the standards", "one state official"},
		{"Tom Bell's work has met the standards, one state official said.",
			"Tom Bell", "said", "work has met the standards",
			"work has met the standards", "one state official"},
		// Or stand between commas inside it.
		{"Tom Bell's new plan is vague about who would be eligible, labor-policy experts say, including a rule that could exclude single mothers.",
			"Tom Bell", "say", "Tom Bell's new plan is vague about who would be eligible, labor-policy experts say, including a rule that could exclude single mothers",
			"Tom Bell's new plan is vague about who would be eligible, labor-policy experts say, including a rule that could exclude single mothers", "labor-policy experts"},
	} {
		d := extractText(t, x, "Story\n\n"+tt.src+"\n")
		d.Quotes = nil
		a := attrib.Attribution{Content: []attrib.Span{attribSpan(t, d, tt.content)}, Cue: attribSpan(t, d, tt.cue), Source: attribSpan(t, d, tt.source)}
		x.reportedSpeech(d, nil, a, a.Extent())
		if len(d.Quotes) != 1 || d.Slice(d.Quotes[0].Span) != tt.text || d.Slice(d.Quotes[0].Source) != tt.want {
			for _, q := range d.Quotes {
				t.Errorf("%q: %q from %q", tt.src, d.Slice(q.Span), d.Slice(q.Source))
			}
			t.Errorf("%q: want %q from %q", tt.src, tt.text, tt.want)
		}
	}
}

func TestNameBeforeClosingMarksAtEnd(t *testing.T) {
	// A name right before the marks that end the text: the tagger's span runs into the
	// marks, and what is left of it after the cut at them is empty.
	x := newExtractor(t)
	for _, src := range []string{
		"He said it was 'I saw you on Fox.'.''",
		"Ann Lee said, ''the first thing they say is 'I saw you on Fox.'.''",
	} {
		d := extractText(t, x, src)
		found := false
		for _, e := range d.Entities {
			found = found || d.Slice(e.Name) == "Fox"
		}
		if !found {
			t.Errorf("%q: no entity Fox", src)
		}
	}
}

// tokensOf returns the tokens [from, to) of the first place d's text reads s.
func tokensOf(t *testing.T, d *Document, s string) (from, to int) {
	t.Helper()
	start := strings.Index(d.Text, s)
	if start < 0 {
		t.Fatalf("%q is not in the text", s)
	}
	return d.TokenAt(start), d.TokenAt(start+len(s)-1) + 1
}

// attribSpan returns the tokens of the first occurrence of s in d's text as a span of
// the attribution tagger's.
func attribSpan(t *testing.T, d *Document, s string) attrib.Span {
	t.Helper()
	from, to := tokensOf(t, d, s)
	return attrib.Span{From: from, To: to}
}

func TestWholeNames(t *testing.T) {
	// Reported speech that the tagger began or ended inside a name takes the whole name,
	// or, after "told", begins after it.
	x := newExtractor(t)
	tests := []struct{ src, cut, want string }{
		{"Deal\n\nAnn Lee said the deal was backed by Barack Obama and Hillary Clinton on Monday.\n",
			"the deal was backed by Barack Obama and Hillary", "the deal was backed by Barack Obama and Hillary Clinton"},
		{"Fees\n\nTom Bell said Ken Livingstone should apologise to the reporter.\n",
			"Livingstone should apologise to the reporter", "Ken Livingstone should apologise to the reporter"},
		{"Post\n\nAnn Lee told the Northbridge Evening Post she had no plans to stand down.\n",
			"Post she had no plans to stand down", "she had no plans to stand down"},
		// A possessive ending takes its possessor.
		{"Budget\n\nTom Bell said Gordon Brown's decision to call an early budget was sensible.\n",
			"'s decision to call an early budget was sensible", "Gordon Brown's decision to call an early budget was sensible"},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.src)
		from, to := tokensOf(t, d, tt.cut)
		from, to = wholeNames(d, from, to)
		if got := d.Slice(d.TokenSpan(from, to)); got != tt.want {
			t.Errorf("%q widened to %q, want %q", tt.cut, got, tt.want)
		}
	}
}

func TestConjunction(t *testing.T) {
	for w, want := range map[string]bool{"and": true, "But": true, "or": true, "so": false, "the": false, "Andrew": false} {
		if got := conjunction(w); got != want {
			t.Errorf("conjunction(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestDangling(t *testing.T) {
	// Reported speech ends at no article, conjunction or relative pronoun; it may end
	// at a preposition ("what he was talking about") or a demonstrative ("he would do that").
	for w, want := range map[string]bool{"the": true, "An": true, "and": true, "which": true, "who": true,
		"about": false, "that": false, "him": false, "plans": false} {
		if got := dangling(w); got != want {
			t.Errorf("dangling(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestBalanceMarks(t *testing.T) {
	// Reported speech leaves no quotation mark unpaired.
	x := newExtractor(t)
	src := "Plan\n\nAnn Lee said the plan was \"not fair\" and must go.\n"
	d := extractText(t, x, src)
	for _, tt := range []struct{ cut, want string }{
		{`the plan was "not fair`, `the plan was "not fair"`},
		{`not fair" and must go`, `"not fair" and must go`},
		{`the plan was "not fair" and must go`, `the plan was "not fair" and must go`},
	} {
		from, to := tokensOf(t, d, tt.cut)
		from, to = balanceMarks(d, from, to)
		if got := d.Slice(d.TokenSpan(from, to)); got != tt.want {
			t.Errorf("%q balanced to %q, want %q", tt.cut, got, tt.want)
		}
	}
}
