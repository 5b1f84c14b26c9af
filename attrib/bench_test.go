package attrib

import (
	"testing"

	"onrecord/internal/testdata"
	"onrecord/ner"
	"onrecord/text"
)

// BenchmarkTag measures the attribution tagger alone, both stages, over the BBC politics
// articles (or the example article when the shared data is absent).
func BenchmarkTag(b *testing.B) {
	m, err := LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	nm, err := ner.LoadDefault()
	if err != nil {
		b.Fatal(err)
	}
	nt := nm.NewTagger()
	var docs []*Doc
	for _, src := range testdata.Corpus(b) {
		d := &Doc{Text: src, Tokens: text.Tokenize(nil, src)}
		d.Sentences = text.Split(nil, src, d.Tokens)
		d.SetEntities(nt.Tag(nil, src, d.Tokens, d.Sentences))
		d.SetClasses(nm)
		docs = append(docs, d)
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
