package extract

import (
	"context"
	"fmt"
	"strings"
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

// BenchmarkManyNames measures extraction of one long text of many sentences, each with a
// name of its own and "he said", where work that grows with the square of the names or
// quotations would show.
func BenchmarkManyNames(b *testing.B) {
	ms, err := LoadModels()
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for i := 0; sb.Len() < 200000; i++ {
		fmt.Fprintf(&sb, "Northbridge Group%d chairman Tom Bell%d met Ann Lee%d, he said. ", i, i, i)
	}
	benchmarkText(b, ms, sb.String())
}

// benchmarkText measures extraction of text as one article with models ms.
func benchmarkText(b *testing.B, ms *Models, text string) {
	a := &ingest.Article{Text: text}
	x := New(ms)
	b.ResetTimer()
	for b.Loop() {
		if _, err := x.Extract(context.Background(), a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkManyCues extracts a long text of reported speech, asides and "the firm": work
// that grows with what came before a sentence would show here.
func BenchmarkManyCues(b *testing.B) {
	ms, err := LoadModels()
	if err != nil {
		b.Fatal(err)
	}
	forms := []string{
		"The plan will cost more than the last one, the firm said. ",
		"The museum, he said, would open in the spring next year. ",
		"Officials felt the deal was fair because they could press the lenders, Mr Bell%d said. ",
		"Listeners who said they had doubts about the plan called the show. ",
	}
	var sb strings.Builder
	sb.WriteString("Story\n\n")
	for i := 0; sb.Len() < 200000; i++ {
		f := forms[i%len(forms)]
		if strings.Contains(f, "%d") {
			f = fmt.Sprintf(f, i)
		}
		sb.WriteString(f)
	}
	benchmarkText(b, ms, sb.String())
}
