package attrib

import (
	"testing"

	"onrecord/internal/testdata"
)

// BenchmarkTag measures the attribution tagger alone, both stages, over the BBC politics
// articles (or the example article when the shared data is absent).
func BenchmarkTag(b *testing.B) {
	m, nm := loadModels(b)
	nt := nm.NewTagger()
	var docs []*Doc
	for _, src := range testdata.Corpus(b) {
		docs = append(docs, NewDoc(src, nm, nt))
	}
	t := m.NewTagger()
	tokens := 0
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			t.Tag(d)
			tokens += len(d.Tokens)
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}
