package extract

import (
	"context"
	"testing"

	"onrecord/ingest"
	"onrecord/internal/testdata"
)

// BenchmarkExtract measures whole-record extraction on one core over the BBC politics
// articles (or the example article when the shared data is absent).
func BenchmarkExtract(b *testing.B) {
	ms, err := LoadModels()
	if err != nil {
		b.Fatal(err)
	}
	corpus := testdata.Corpus(b)
	articles := make([]*ingest.Article, len(corpus))
	tokens := 0
	for i, src := range corpus {
		if articles[i], err = ingest.ParseText([]byte(src)); err != nil {
			b.Fatal(err)
		}
	}
	x := New(ms)
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range articles {
			d, err := x.Extract(ctx, a)
			if err != nil {
				b.Fatal(err)
			}
			tokens += len(d.Tokens)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N*len(articles))/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}
