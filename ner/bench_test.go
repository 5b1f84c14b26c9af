package ner

import (
	"runtime"
	"testing"

	"onrecord/internal/testdata"
	"onrecord/text"
)

// BenchmarkTokenizeAndTag measures tokenizing, sentence splitting and tagging together
// with the embedded model, one core, over the BBC politics articles (or the example
// article when the shared data is absent).
func BenchmarkTokenizeAndTag(b *testing.B) {
	m, err := LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	corpus := testdata.Corpus(b)
	t := m.NewTagger()
	var doc text.Doc
	var spans []Span
	tokens := 0
	// One pass first, so that the scratch buffers have grown.
	for _, src := range corpus {
		doc.Reset(src)
		spans = t.Tag(spans[:0], doc.Text, doc.Tokens, doc.Sentences)
	}
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range corpus {
			doc.Reset(src)
			spans = t.Tag(spans[:0], doc.Text, doc.Tokens, doc.Sentences)
			tokens += len(doc.Tokens)
		}
	}
	b.StopTimer()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/float64(tokens), "allocs/token")
}

func BenchmarkLoadDefault(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := LoadDefault(); err != nil {
			b.Fatal(err)
		}
	}
}
