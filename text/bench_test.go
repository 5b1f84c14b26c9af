package text

import (
	"runtime"
	"testing"

	"onrecord/internal/testdata"
)

// reportPerToken reports tokens per second and allocations per token for a benchmark
// that processed tokens tokens in all, with mallocs counted from before.
func reportPerToken(b *testing.B, tokens int, before *runtime.MemStats) {
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(tokens), "allocs/token")
}

func BenchmarkTokenize(b *testing.B) {
	corpus := testdata.Corpus(b)
	var toks []Token
	tokens := 0
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range corpus {
			toks = Tokenize(toks[:0], src)
			tokens += len(toks)
		}
	}
	b.StopTimer()
	reportPerToken(b, tokens, &before)
}

func BenchmarkSplit(b *testing.B) {
	corpus := testdata.Corpus(b)
	toks := make([][]Token, len(corpus))
	for i, src := range corpus {
		toks[i] = Tokenize(nil, src)
	}
	var sents []Sentence
	tokens := 0
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, src := range corpus {
			sents = Split(sents[:0], src, toks[j])
			tokens += len(toks[j])
		}
	}
	b.StopTimer()
	reportPerToken(b, tokens, &before)
}
