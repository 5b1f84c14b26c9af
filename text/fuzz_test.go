package text

import (
	"testing"

	"onrecord/internal/testdata"
)

// FuzzTokenizeSplit checks that tokens and sentences are byte ranges of the text, in
// order and without overlap, and that sentences cover every token once, none longer
// than MaxSentence.
func FuzzTokenizeSplit(f *testing.F) {
	for _, s := range testdata.Demo(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		toks := Tokenize(nil, src)
		end := 0
		for i, tok := range toks {
			if tok.Start < end || tok.End <= tok.Start || tok.End > len(src) {
				t.Fatalf("token %d [%d,%d) after %d in %d bytes", i, tok.Start, tok.End, end, len(src))
			}
			end = tok.End
		}
		next := 0
		for _, s := range Split(nil, src, toks) {
			if s.From != next || s.To <= s.From || s.To-s.From > MaxSentence || s.To > len(toks) {
				t.Fatalf("sentence %+v after token %d of %d", s, next, len(toks))
			}
			if s.Start != toks[s.From].Start || s.End != toks[s.To-1].End {
				t.Fatalf("sentence %+v does not span its tokens", s)
			}
			next = s.To
		}
		if next != len(toks) {
			t.Fatalf("sentences end at token %d of %d", next, len(toks))
		}
	})
}
