package text

import (
	"reflect"
	"strings"
	"testing"

	"onrecord/internal/testdata"
)

func sentences(src string) []string {
	var out []string
	for _, s := range Split(nil, src, Tokenize(nil, src)) {
		out = append(out, src[s.Start:s.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two", "He left. She stayed.", []string{"He left.", "She stayed."}},
		{"title", "Mr. Blair met Dr. Fox. They spoke.", []string{"Mr. Blair met Dr. Fox.", "They spoke."}},
		{"initials", "The author J. K. Rowling spoke. Fans cheered.", []string{"The author J. K. Rowling spoke.", "Fans cheered."}},
		{"professor", "Prof. Jay wrote it.", []string{"Prof. Jay wrote it."}},
		{"U.S. inside", "The U.S. President spoke.", []string{"The U.S. President spoke."}},
		{"U.S. at end", "He flew to the U.S. The trip was long.", []string{"He flew to the U.S.", "The trip was long."}},
		{"number", "It cost 5.5bn. That is a lot.", []string{"It cost 5.5bn.", "That is a lot."}},
		{"quote ends", `He said: "I will not go." He added: "Never."`, []string{`He said: "I will not go."`, `He added: "Never."`}},
		{"curly quote ends", "\u201cI will stay.\u201d He was firm.", []string{"\u201cI will stay.\u201d", "He was firm."}},
		{"question in quote", `"Why?" he asked. Nobody knew.`, []string{`"Why?" he asked.`, "Nobody knew."}},
		{"lowercase after period", "It rose 3 p.c. in May.", []string{"It rose 3 p.c. in May."}},
		{"exclamation", "Go! Now!", []string{"Go!", "Now!"}},
		{"paragraphs", "First para has no stop\n\nSecond para.", []string{"First para has no stop", "Second para."}},
		{"headline", "Blair quits? No way\n\nMr Blair stays. He said so.", []string{"Blair quits? No way", "Mr Blair stays.", "He said so."}},
		{"line per paragraph", "One line\nAnother line", []string{"One line", "Another line"}},
		{"soft line break", "A sentence that\nwraps.\n\nNext.", []string{"A sentence that\nwraps.", "Next."}},
		{"bracket", "It ended (finally.) Then more.", []string{"It ended (finally.)", "Then more."}},
		{"month", "On Sept. 11 it fell. Then it rose.", []string{"On Sept. 11 it fell.", "Then it rose."}},
		{"Inc. end", "He joined Acme Inc. The firm grew.", []string{"He joined Acme Inc.", "The firm grew."}},
		{"ellipsis inside", "Well... maybe so.", []string{"Well... maybe so."}},
		{"ellipsis end", "He paused... Then he spoke.", []string{"He paused...", "Then he spoke."}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentences(tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitHeadline(t *testing.T) {
	src := "Minister quits. Party in shock\n\nThe minister resigned. He left.\n\nMore follows."
	ss := Split(nil, src, Tokenize(nil, src))
	if len(ss) != 4 {
		t.Fatalf("got %d sentences, want 4: %q", len(ss), sentences(src))
	}
	if !ss[0].Headline || ss[1].Headline {
		t.Errorf("headline flags: %v %v, want true false", ss[0].Headline, ss[1].Headline)
	}
	if ss[0].Para != 0 || ss[1].Para != 1 || ss[2].Para != 1 || ss[3].Para != 2 {
		t.Errorf("paragraphs %d %d %d %d, want 0 1 1 2", ss[0].Para, ss[1].Para, ss[2].Para, ss[3].Para)
	}
}

// TestSplitNoEndAfterTitles checks real articles: no sentence may end after "Mr." "Dr."
// "Prof." or an initial.
func TestSplitNoEndAfterTitles(t *testing.T) {
	articles := testdata.Articles(t, 50, "news", "bbc", "politics")
	bad, total := 0, 0
	for n, src := range articles {
		toks := Tokenize(nil, src)
		for _, s := range Split(nil, src, toks) {
			total++
			last := toks[s.To-1].Text(src)
			stem := strings.TrimSuffix(last, ".")
			if last == "." && s.To-2 >= s.From {
				stem = toks[s.To-2].Text(src) // a period the tokenizer cut off
			}
			if s.To < len(toks) && last != stem && (stem == "Mr" || stem == "Dr" || stem == "Prof" || isInitial(stem)) {
				bad++
				t.Errorf("article %d: sentence ends after %q: %q", n+1, last, src[s.Start:s.End])
			}
		}
	}
	if len(articles) != 50 || total < 500 {
		t.Errorf("only %d sentences in %d articles", total, len(articles))
	}
	t.Logf("%d articles, %d sentences, %d ending after a title or initial", len(articles), total, bad)
}

func TestSplitLongRun(t *testing.T) {
	tests := []struct {
		name string
		src  string
		cut  string // the first sentence ends with it
	}{
		{"no punctuation", strings.Repeat("word ", 1000), "word"},
		{"commas", strings.Repeat("one two three, ", 400), ","},
		{"headline of one line", strings.Repeat("word ", 600) + "\n\nBody.", "word"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(nil, tt.src)
			sents := Split(nil, tt.src, toks)
			next := 0
			for _, s := range sents {
				if s.From != next || s.To-s.From > MaxSentence || s.To <= s.From {
					t.Fatalf("sentence %+v after token %d: not contiguous or over %d tokens", s, next, MaxSentence)
				}
				next = s.To
			}
			if next != len(toks) {
				t.Errorf("sentences end at token %d of %d", next, len(toks))
			}
			if len(sents) < 2 || !strings.HasSuffix(tt.src[sents[0].Start:sents[0].End], tt.cut) {
				t.Errorf("%d sentences, the first ending %q", len(sents), tt.src[sents[0].Start:sents[0].End][max(0, sents[0].End-sents[0].Start-10):])
			}
		})
	}
}

func TestSplitWindowsLineEndings(t *testing.T) {
	src := "Title here\r\n\r\nPara one. Still one.\r\n\r\nPara two.\r\n"
	sents := Split(nil, src, Tokenize(nil, src))
	want := []struct {
		text     string
		para     int
		headline bool
	}{{"Title here", 0, true}, {"Para one.", 1, false}, {"Still one.", 1, false}, {"Para two.", 2, false}}
	if len(sents) != len(want) {
		t.Fatalf("%d sentences, want %d", len(sents), len(want))
	}
	for i, w := range want {
		s := sents[i]
		if src[s.Start:s.End] != w.text || s.Para != w.para || s.Headline != w.headline {
			t.Errorf("sentence %d: %q para %d headline %v, want %+v", i, src[s.Start:s.End], s.Para, s.Headline, w)
		}
	}
}

func TestClosesQuote(t *testing.T) {
	tests := []struct {
		src  string
		mark int // byte offset of the mark
		want bool
	}{
		{`"Yes," he said.`, 0, false},
		{`"Yes," he said.`, 5, true},
		{`"They said, 'no,'" she said.`, 16, true}, // after a closing single mark
		{`He said: "'No' is final."`, 9, false},    // before an opening single mark
		{`He said: "'No' is final."`, 10, false},   // the single mark after it
		{`(“Yes”)`, 1, false},
		{`(“Yes”)`, 7, true},
		{"”Yes,” she said.", 0, false},              // a closing mark typed for an opening one
		{"He left.\n  ”Yes,” she said.", 11, false}, // at a line's start, after spaces
		{"”Yes,” she said.", 7, true},
		{"Yes.\n\n” she said.", 6, false},
		{"“Yes” ”no”", 10, true}, // inside a line it still closes
	}
	for _, tt := range tests {
		toks := Tokenize(nil, tt.src)
		var mark *Token
		for i := range toks {
			if toks[i].Start == tt.mark {
				mark = &toks[i]
			}
		}
		if mark == nil || mark.Kind != Quote {
			t.Errorf("%q: no quotation mark at %d", tt.src, tt.mark)
			continue
		}
		if got := ClosesQuote(tt.src, *mark); got != tt.want {
			t.Errorf("%q at %d: ClosesQuote = %v, want %v", tt.src, tt.mark, got, tt.want)
		}
	}
}
