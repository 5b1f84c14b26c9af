package extract

import (
	"strings"
	"testing"
)

func TestPronounChain(t *testing.T) {
	tests := []speakerCase{
		// A sentence whose subject is "he" is about the person "he" stands for, not about
		// someone it names later as the object of a preposition.
		{"Plan\n\nCampaign spokesman Dale Porter told reporters the plan would cover carers. However, he could not explain why the rule was cited by Sam Ames in an interview.\n\n\"We do not have the law written down,\" he said.\n",
			"We do not have the law written down,", "Dale Porter"},
		// A pronoun in a clause that opens its sentence does not carry a person on.
		{"Vote\n\nLee Grant told the paper the plan was weak. Asked about the plan he wrote, Sam Ames told the radio station it was sound. He said: \"The plan is sound.\"\n",
			"The plan is sound.", "Sam Ames"},
		// Nor does one right after "although", "after" and the like.
		{"Tennis\n\nAn injury ruined Jo Dorsey's season, although she still won a medal, but Sam Ames had a worse one. She said: \"It was a long year.\"\n",
			"It was a long year.", "Sam Ames"},
		// "Her lawyer" is not she, but what is hers speaks for her.
		{"Fine\n\nJo Dorsey was fined on Monday. \"It is unfair,\" her lawyer said.\n", "It is unfair,", "-"},
		{"Fine\n\nJo Dorsey was fined on Monday. \"It is unfair,\" said her lawyer.\n", "It is unfair,", "-"},
		{"Fine\n\nJo Dorsey was fined on Monday. \"It is unfair,\" said her lawyer, Sam Ames.\n", "It is unfair,", "Sam Ames"},
		{"Fine\n\nJo Dorsey was fined on Monday. \"It is unfair,\" a statement on her website said.\n", "It is unfair,", "Jo Dorsey"},
		{"Fine\n\nJo Dorsey was fined on Monday. \"It is unfair,\" her spokesman said.\n", "It is unfair,", "Jo Dorsey"},
		// A quotation that opens as the last closes, in one paragraph, goes on in its voice.
		{"Cup\n\nCaptain Sam Ames paid tribute to Jo Dorsey.\n\n\"She has had a fine career,\" said Ames. \"Her record speaks for itself. I respect her decision. \" \"Looking to the future this is a chance for the next generation. \"We have talented players coming through.\"\n",
			"We have talented players coming through.", "Sam Ames"},
		// A "she" after a sentence whose subject the text gives no sex, and which names a
		// woman as "Ms", is the woman: the subject, whom "he" then stands for, speaks.
		{"Row\n\nMinisters met last year.\n\nIHRC chairman Massoud Shadjareh accused Ms Blears of playing politics.\n\n\"She is alienating our community,\" he said.\n",
			"She is alienating our community,", "Massoud Shadjareh"},
		// A "he" after a sentence that reports an unnamed spokesman is the spokesman, not
		// the person named before.
		{"Cabinet\n\nTony Blair met Sam Ames on Monday. The prime minister's official spokesman said the Cabinet was still used. But he added: \"You cannot take every decision in Cabinet.\"\n",
			"You cannot take every decision in Cabinet.", "-"},
		// A "her" in a quotation that "he said" ends is not the one who says it.
		{"Film\n\nThe studio announced a new film.\n\nJoss Whedon described the character as \"the most iconic heroine of our time\". \"In a way, no one has met her yet,\" he said.\n",
			"In a way, no one has met her yet,", "Joss Whedon"},
		// "The statement" goes on in the voice of the body named with "statement" before.
		{"Ban\n\nAn IAAF statement said: \"The board erred.\" The statement continued: \"Both cases will go to arbitration.\"\n", "Both cases will go to arbitration.", "IAAF"},
	}
	checkDirectSpeakers(t, tests)
}

// speakerCase is an article, a direct quotation in it and who says it ("-" for no one).
type speakerCase struct{ src, quote, speaker string }

// checkDirectSpeakers extracts each case's article and checks who says its quotation.
func checkDirectSpeakers(t *testing.T, tests []speakerCase) {
	t.Helper()
	x := newExtractor(t)
	for _, tt := range tests {
		d := extractText(t, x, tt.src)
		if got := directSpeaker(t, d, tt.quote); got != tt.speaker {
			t.Errorf("%q said by %s, want %s", tt.quote, got, tt.speaker)
		}
	}
}

// directSpeaker returns the name of who says the direct quotation text in d ("-" for no
// one), failing the test if d holds no such quotation.
func directSpeaker(t *testing.T, d *Document, text string) string {
	t.Helper()
	var all []string
	for _, q := range d.Quotes {
		if q.Direct && d.Slice(q.Span) == text {
			return name(d, q.Speaker)
		}
		all = append(all, d.Slice(q.Span))
	}
	t.Errorf("the quotation %q was not found (quotes %q)", text, all)
	return "-"
}

func TestSpeakingIt(t *testing.T) {
	x := newExtractor(t)
	const council = "Northbridge Media Council"
	tests := []struct {
		src, quote string
		want       bool // whether the council says it
	}{
		// "It" that says something is the body the sentence before was about.
		{"Homes\n\nThe Northbridge Media Council said the play would not go ahead. It said: \"The show promotes crime.\"\n",
			"The show promotes crime.", true},
		// Not when that sentence is about a person.
		{"Homes\n\nAnn Lee of the Northbridge Media Council said the play would not go ahead. It said: \"The show promotes crime.\"\n",
			"The show promotes crime.", false},
		// Nor when "it" is what was said: "it was denied".
		{"Homes\n\nThe Northbridge Media Council met on Monday. It was denied, \"as a matter of course\", by the mayor.\n",
			"as a matter of course", false},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.src)
		if got := directSpeaker(t, d, tt.quote); (got == council) != tt.want {
			t.Errorf("%q said by %s; by the council: %v", tt.quote, got, tt.want)
		}
		if m := d.MentionAt(d.TokenAt(strings.Index(d.Text, "It "))); (m >= 0) != tt.want {
			t.Errorf("%q: \"It\" a mention: %v, want %v", tt.src, m >= 0, tt.want)
		}
	}
}

func TestDescribedPerson(t *testing.T) {
	tests := []speakerCase{
		// An age or what someone does, beside the cue, describes the person named before.
		{"Tennis\n\nJo Dorsey will return in Sydney next month after an injury.\n\n\"Physically, I hit rock bottom,\" said the 22-year-old.\n",
			"Physically, I hit rock bottom,", "Jo Dorsey"},
		{"Rugby\n\nSam Ames scored twice on Saturday. \"It was a great day,\" the Welsh winger said.\n",
			"It was a great day,", "Sam Ames"},
		{"Tennis\n\nJo Dorsey beat Ann Lee in straight sets. Dorsey was happy. \"I played well,\" said the top seed.\n",
			"I played well,", "Jo Dorsey"},
		{"Tennis\n\nJo Dorsey won in straight sets. The tournament debutant added: \"I love it here.\"\n",
			"I love it here.", "Jo Dorsey"},
		// Two words before the word that describes, one of them plain.
		{"Athletics\n\nJo Dorsey has withdrawn from the indoor championships with a hamstring injury.\n\nThe double Olympic champion said: \"I am very disappointed.\"\n",
			"I am very disappointed.", "Jo Dorsey"},
		{"Football\n\nSam Ames has signed a new contract. The French international defender said: \"I am happy here.\"\n",
			"I am happy here.", "Sam Ames"},
		// The sentence before speaks of whom its "he" stands for, not of whom he beat.
		{"Athletics\n\nSam Ames won the 60m in Glasgow.\n\nHe then beat Tom Bell in the final. \"I am happy,\" said the 24-year-old.\n",
			"I am happy,", "Sam Ames"},
		// Two plain words may describe anyone.
		{"Music\n\nSam Ames was hurt in a crash. His wife Jo Dorsey, who called the police, was unhurt.\n\nThe heavy metal star said: \"I was lucky.\"\n",
			"I was lucky.", "-"},
		// Not when a name follows: the name speaks.
		{"Football\n\nKit Lowe wants a new striker. \"I would be keen to leave,\" admitted the 28-year-old Sam Ames.\n",
			"I would be keen to leave,", "Sam Ames"},
		// A club's name before the word that describes the player: the player, not the club.
		{"Football\n\nSam Ames scored twice for Tottenham on Saturday. \"It was a great day,\" said the Tottenham striker.\n",
			"It was a great day,", "Sam Ames"},
		// A long relative clause after the name, with other names in it, is skipped.
		{"Film\n\nBritish actor Sam Ames, who has won a Golden Globe and a Bafta for his supporting role in Closer, said it \"meant a lot\".\n",
			"meant a lot", "Sam Ames"},
		// A club's post the article gives no one describes whom the story is about, but
		// not one who holds a post of another body.
		{"Football\n\nSam Ames spoke to reporters after the game at Northbridge. \"We deserved to win,\" the Northbridge Rovers boss said.\n",
			"We deserved to win,", "Sam Ames"},
		{"Football\n\nKit Lowe, the Northbridge Rovers manager, attacked Sam Ames. \"He cheated,\" said the Kingsway United boss.\n",
			"He cheated,", "-"},
		{"Athletics\n\nSam Ames won the cross-country race in Belfast on Sunday. \"It was hard going,\" said the Northbridge Harriers athlete.\n",
			"It was hard going,", "Sam Ames"},
		// A post is no description: the coach is not the player named before.
		{"Rugby\n\nSam Ames scored twice on Saturday. \"We played well,\" said the coach.\n",
			"We played well,", "-"},
	}
	checkDirectSpeakers(t, tests)
}

func TestSameRank(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"prime minister", "prime minister", true},
		{"Prime Minister", "prime minister", true},
		{"deputy prime minister", "prime minister", false},
		{"vice-president", "president", false},
		{"shadow chancellor", "chancellor", false},
		{"shadow chancellor", "shadow chancellor", true},
		{"Labour leader", "leader", true},
	}
	for _, tt := range tests {
		if got := sameRank(tt.a, tt.b); got != tt.want {
			t.Errorf("sameRank(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestNominals(t *testing.T) {
	x := newExtractor(t)
	tests := []struct{ src, nominal, want string }{
		// "The prime minister" is not the deputy prime minister, nor the welfare minister,
		// though only they hold posts ending in "minister".
		{"Rift\n\nDeputy Prime Minister Sam Ames spoke on Monday. The prime minister denied the claims.\n", "The prime minister", "-"},
		{"Rift\n\nFormer welfare minister Sam Ames spoke on Monday. Later the prime minister denied the claims.\n", "the prime minister", "-"},
		// Nor one who is "a minister" only.
		{"Poll\n\nVoters believe the prime minister has been damaged by the row. Sam Ames could not be trusted as a minister, they said.\n", "the prime minister", "-"},
		// "The chancellor" is not the shadow chancellor.
		{"Budget\n\nShadow chancellor Sam Ames spoke on Monday. Later the chancellor said the plan was sound.\n", "the chancellor", "-"},
		// A title with words that make no other post is the one holder of such a post.
		{"Football\n\nOne manager who has it right is Sam Ames, the canny manager. Later the new Scotland manager named his squad.\n", "the new Scotland manager", "Sam Ames"},
		// "The firm" is the body named last; a place where something is ("a presence in
		// Egypt") comes between them, a place that acts does not.
		{"Oil\n\nBrennick Energy already has a presence in Egypt. The firm recently announced a deal.\n", "The firm", "Brennick Energy"},
		{"Oil\n\nBrennick Energy bid for the field, but Egypt refused the offer. The firm recently announced a deal.\n", "The firm", "-"},
		{"Web\n\nThe Council of European Registries, which runs the domains, agrees. The organisation said the plan was rushed.\n", "The organisation", "Council of European Registries"},
		// "The paper" is the newspaper named last, not the last body.
		{"Deal\n\nThe deal was first reported by the Northbridge Times. Brennick Energy declined to comment. The paper said the deal was worth pounds 2bn.\n", "The paper", "Northbridge Times"},
		{"Deal\n\nBrennick Energy declined to comment. The paper said the deal was worth pounds 2bn.\n", "The paper", "-"},
		// "Police" alone is the one force the article names; not when it names two, nor
		// "police officers".
		{"Raid\n\nNorthbridge Police searched the house on Monday. On Tuesday police said a man had been arrested.\n", "police", "Northbridge Police"},
		{"Raid\n\nNorthbridge Police and Southbridge Police searched the house on Monday. On Tuesday police said a man had been arrested.\n", "police", "-"},
		{"Raid\n\nNorthbridge Police searched the house on Monday. Two police officers were hurt.\n", "police", "-"},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.src)
		got := "-"
		for _, m := range d.Mentions {
			if m.Kind == NominalMention && d.Slice(m.Span) == tt.nominal {
				got = name(d, m.Entity)
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q is %s, want %s", tt.src, tt.nominal, got, tt.want)
		}
	}
}

func TestFirstPersonMentions(t *testing.T) {
	// The first person inside a quotation is its speaker: "I" and "my" a person who speaks,
	// "we" and "our" a body; not the other way round, and not outside quotation marks.
	x := newExtractor(t)
	d := extractText(t, x, "Appeal\n\n\"I will appeal, and my lawyers agree,\" said Ann Lee, who resigned. "+
		"\"We will appeal too,\" the Northbridge Football Club said in a statement. "+
		"\"We are shocked,\" Ann Lee added. I have seen the ruling.\n")
	want := map[string]string{"I#0": "Ann Lee", "my#0": "Ann Lee", "We#0": "Northbridge Football Club", "We#1": "-", "I#1": "-"}
	seen := map[string]int{}
	for k := range d.Tokens {
		w := d.Tok(k)
		if w != "I" && w != "my" && w != "We" {
			continue
		}
		key := w + "#" + string(rune('0'+seen[w]))
		seen[w]++
		got := "-"
		if mi := d.MentionAt(k); mi >= 0 {
			got = name(d, d.Mentions[mi].Entity)
		}
		if got != want[key] {
			t.Errorf("%s stands for %s, want %s", key, got, want[key])
		}
	}
	if len(seen) != 3 {
		t.Errorf("words seen %v", seen)
	}
}

func TestSelfReference(t *testing.T) {
	// A speaker does not call himself "he" in his own words: the "him" of the quotation is
	// someone else; but an editor's "[he]" is the speaker.
	x := newExtractor(t)
	d := extractText(t, x, "Rugby\n\nTom Bell praised his fly-half on Saturday.\n\n\"Every week my respect for him goes up,\" Tom Bell said. "+
		"\"It was the day [when he made his debut] that I knew,\" Bell added.\n")
	for k := range d.Tokens {
		w := d.Tok(k)
		if w != "him" && w != "he" {
			continue
		}
		got := "-"
		if mi := d.MentionAt(k); mi >= 0 {
			got = name(d, d.Mentions[mi].Entity)
		}
		if want := map[string]string{"him": "-", "he": "Tom Bell"}[w]; got != want {
			t.Errorf("%q stands for %s, want %s", w, got, want)
		}
	}
}

func TestByline(t *testing.T) {
	// The reporters a byline names are no one's antecedent; "By contrast" opens no byline.
	x := newExtractor(t)
	for _, tt := range []struct{ src, want string }{
		{"By . Ann Lee . PUBLISHED: . 08:09 EST, 15 September 2013 . A driver was hurt after she swerved.", "-"},
		{"Crash\n\nBy Ann Lee, Transport Correspondent\n\nA driver was hurt after she swerved.\n", "-"},
		{"Crash\n\nBy contrast, Ann Lee was unhurt after she swerved.\n", "Ann Lee"},
	} {
		d := extractText(t, x, tt.src)
		got := "-"
		if mi := d.MentionAt(d.TokenAt(strings.Index(d.Text, " she ") + 1)); mi >= 0 {
			got = name(d, d.Mentions[mi].Entity)
		}
		if got != tt.want {
			t.Errorf("%q: she is %s, want %s", tt.src, got, tt.want)
		}
	}
}

func TestPronounInQuotation(t *testing.T) {
	// A pronoun inside a quotation may stand for a name quoted before it in the same
	// quotation; the quotation is still its speaker's.
	x := newExtractor(t)
	src := "Derby\n\nSam Ames praised the club on Monday. \"Peter Gray is a fine manager and he knows it. He will stay,\" he said.\n"
	d := extractText(t, x, src)
	k := d.TokenAt(strings.Index(d.Text, " he knows") + 1)
	if mi := d.MentionAt(k); mi < 0 || name(d, d.Mentions[mi].Entity) != "Peter Gray" {
		t.Errorf("\"he knows\" is not Peter Gray")
	}
	if got := directSpeaker(t, d, "Peter Gray is a fine manager and he knows it. He will stay,"); got != "Sam Ames" {
		t.Errorf("the quotation is said by %s, want Sam Ames", got)
	}
}

func TestEmbeddingSubject(t *testing.T) {
	// A "he" that opens a clause hanging on a verb of saying or thinking is that verb's
	// subject, not the sentence's first person.
	x := newExtractor(t)
	for _, tt := range []struct{ src, at, want string }{
		{"Deal\n\nPeter Gray signed on Monday, and chairman Sam Ames said he was happy with the deal.\n", " he was", "Sam Ames"},
		{"Book\n\nPeter Gray said Sam Ames had decided in 2003 he would quit.\n", " he would", "Sam Ames"},
		{"Talks\n\nPeter Gray told Sam Ames he would quit.\n", " he would", "Peter Gray"},
		{"Talks\n\nSam Ames arrived, and later Peter Gray told BBC News he would quit.\n", " he would", "Peter Gray"},
		// Inside a quotation, "he" is not whoever speaks it, who would say "I".
		{"Derby\n\nPeter Gray scored twice. Manager Sam Ames said: \"He is a fine player.\"\n", "He is", "Peter Gray"},
		{"Race\n\nJo Dorsey won the silver, and Sam Ames said: \"I knew about her, she is great.\"\n", "she is", "Jo Dorsey"},
		{"Final\n\nSam Ames paid tribute to Jo Dorsey, saying: \"She has had a tough year.\"\n", "She has", "Jo Dorsey"},
		{"Talks\n\nPeter Gray met Sam Ames, and he said it went well.\n", " he said", "Peter Gray"},
	} {
		d := extractText(t, x, tt.src)
		k := d.TokenAt(strings.Index(d.Text, tt.at) + 1)
		got := "-"
		if mi := d.MentionAt(k); mi >= 0 {
			got = name(d, d.Mentions[mi].Entity)
		}
		if got != tt.want {
			t.Errorf("%q: %q is %s, want %s", tt.src, tt.at, got, tt.want)
		}
	}
}
