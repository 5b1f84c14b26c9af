package text

import (
	"reflect"
	"strings"
	"testing"
)

func texts(src string, toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text(src)
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // tokens separated by |
	}{
		{"plain", "Theresa May spoke in Leeds.", "Theresa|May|spoke|in|Leeds|."},
		{"comma and colon", "He said: yes, no", "He|said|:|yes|,|no"},
		{"straight quotes", `"I am sorry," he said.`, `"|I|am|sorry|,|"|he|said|.`},
		{"curly double quotes", "\u201cI am sorry,\u201d he said.", "\u201c|I|am|sorry|,|\u201d|he|said|."},
		{"curly single quotes", "the \u2018toxic\u2019 brand", "the|\u2018|toxic|\u2019|brand"},
		{"typeset quotes", "``Yes,'' he said", "``|Yes|,|''|he|said"},
		{"possessive", "Wright's decision", "Wright|'s|decision"},
		{"curly possessive", "Wright\u2019s decision", "Wright|\u2019s|decision"},
		{"plural possessive", "the MPs' expenses", "the|MPs|'|expenses"},
		{"it's", "it's over", "it|'s|over"},
		{"don't", "I don't know", "I|do|n't|know"},
		{"can't", "we can't", "we|ca|n't"},
		{"curly n't", "we won\u2019t", "we|wo|n\u2019t"},
		{"we're they've", "we're they've I'll she'd I'm", "we|'re|they|'ve|I|'ll|she|'d|I|'m"},
		{"O'Brien", "Mr O'Brien said", "Mr|O'Brien|said"},
		{"hyphenated", "a well-known anti-war MP", "a|well-known|anti-war|MP"},
		{"hyphen number", "a 3-0 win in 2004-05", "a|3-0|win|in|2004-05"},
		{"thousands", "1,400 children", "1,400|children"},
		{"millions", "1,400,000 pounds", "1,400,000|pounds"},
		{"list not thousands", "1,2,3", "1|,|2|,|3"},
		{"decimal suffix", "pounds 5.5bn", "pounds|5.5bn"},
		{"pound sign", "\u00a32m deal", "\u00a3|2m|deal"},
		{"dollar", "$15.6 million", "$|15.6|million"},
		{"percent", "up 10%.", "up|10|%|."},
		{"decades", "the 1990s and '90s", "the|1990s|and|'|90s"},
		{"time", "at 10:30 today", "at|10:30|today"},
		{"title no period", "Mr Blair", "Mr|Blair"},
		{"title period", "Prof. Jay", "Prof.|Jay"},
		{"Dr period", "Dr. Fox", "Dr.|Fox"},
		{"U.S.", "the U.S. economy", "the|U.S.|economy"},
		{"U.S. at end", "in the U.S.", "in|the|U.S."},
		{"U.K.", "U.K. firms", "U.K.|firms"},
		{"month", "on Sept. 11", "on|Sept.|11"},
		{"initials", "J. K. Rowling", "J.|K.|Rowling"},
		{"initials joined", "J.K. Rowling", "J.K.|Rowling"},
		{"Ph.D.", "a Ph.D. student", "a|Ph.D.|student"},
		{"a.m.", "at 9 a.m. today", "at|9|a.m.|today"},
		{"etc", "tea, coffee etc. are", "tea|,|coffee|etc.|are"},
		{"No. number", "No. 10 Downing Street", "No.|10|Downing|Street"},
		{"No. sentence", "He said No. Then", "He|said|No|.|Then"},
		{"sentence end", "He left. She stayed.", "He|left|.|She|stayed|."},
		{"url", "see http://news.bbc.co.uk/1/hi.stm.", "see|http://news.bbc.co.uk/1/hi.stm|."},
		{"www", "(www.gov.uk)", "(|www.gov.uk|)"},
		{"domain", "on bbc.co.uk today", "on|bbc.co.uk|today"},
		{"email", "write to press@labour.org.uk.", "write|to|press@labour.org.uk|."},
		{"handle", "tweeted @BBCNews #election", "tweeted|@BBCNews|#election"},
		{"at sign alone", "meet @ 5", "meet|@|5"},
		{"hyphen dash", "Labour - and others", "Labour|-|and|others"},
		{"double hyphen", "Labour--and others", "Labour|--|and|others"},
		{"en dash", "2005\u20132010", "2005|\u2013|2010"},
		{"em dash", "he said\u2014loudly\u2014that", "he|said|\u2014|loudly|\u2014|that"},
		{"spaced em dash", "yes \u2014 no", "yes|\u2014|no"},
		{"ellipsis", "well... maybe\u2026 no", "well|...|maybe|\u2026|no"},
		{"brackets", "(PCC) [sic]", "(|PCC|)|[|sic|]"},
		{"ampersand company", "AT&T and M&S", "AT&T|and|M&S"},
		{"ampersand alone", "salt & pepper", "salt|&|pepper"},
		{"accents", "Jos\u00e9 Manuel Barroso and M\u00fcller", "Jos\u00e9|Manuel|Barroso|and|M\u00fcller"},
		{"question exclamation", "Why?! Now!", "Why|?|!|Now|!"},
		{"semicolon", "one; two", "one|;|two"},
		{"nbsp", "Mr\u00a0Blair", "Mr|Blair"},
		{"euro", "\u20ac5bn", "\u20ac|5bn"},
		{"slash date", "on 12/05/2004", "on|12/05/2004"},
		{"and/or", "and/or", "and|/|or"},
		{"trailing hyphen", "pre- and post-war", "pre|-|and|post-war"},
		{"date iso", "1996-08-22", "1996-08-22"},
		{"empty", "", ""},
		{"spaces only", " \n\t ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.in, Tokenize(nil, tt.in))
			var want []string
			if tt.want != "" {
				want = strings.Split(tt.want, "|")
			}
			if len(got) == 0 && len(want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Tokenize(%q)\n got %q\nwant %q", tt.in, got, want)
			}
		})
	}
}

func TestTokenKinds(t *testing.T) {
	src := "Mr Blair paid \u00a31,400 (10%) - see www.x.com, a@b.org, @pm \u201cno\u201d"
	want := []Kind{Word, Word, Word, Symbol, Number, Punct, Number, Symbol, Punct, Dash, Word, URL, Punct, Email, Punct, Handle, Quote, Word, Quote}
	toks := Tokenize(nil, src)
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens %q, want %d", len(toks), texts(src, toks), len(want))
	}
	for i, tok := range toks {
		if tok.Kind != want[i] {
			t.Errorf("token %d %q: kind %v, want %v", i, tok.Text(src), tok.Kind, want[i])
		}
	}
}

// FuzzTokenize checks that tokens are in order, never overlap, never empty, and lie within
// the text, for any input.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Mr O'Brien's \u201cU.S.\u201d 5.5bn", "a\xffb", "''``--", "J. K. x@y.z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tok := range Tokenize(nil, s) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("bad token %+v after %d in %q", tok, prev, s)
			}
			prev = tok.End
		}
		Split(nil, s, Tokenize(nil, s))
	})
}
