package record_test

import (
	"context"
	"encoding/json"
	"sync"
	"testing"

	"onrecord/extract"
	"onrecord/ingest"
	"onrecord/internal/testdata"
	"onrecord/internal/testmodels"
	"onrecord/record"
)

// FuzzExtract extracts any input that reads as an article and checks that its record is
// valid JSON that reads back, with every span inside the text.
func FuzzExtract(f *testing.F) {
	for _, s := range testdata.Demo(f) {
		f.Add([]byte(s))
	}
	// Inputs that once crashed extraction.
	f.Add([]byte("He said it was 'I saw you on Fox.'.''"))
	ms := testmodels.Load(f)
	pool := sync.Pool{New: func() any { return extract.New(ms) }}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ingest.Parse(data)
		if err != nil {
			return
		}
		x := pool.Get().(*extract.Extractor)
		defer pool.Put(x)
		d, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(record.FromDocument(d))
		if err != nil {
			t.Fatal(err)
		}
		var r record.Record
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatalf("the record does not read back: %v", err)
		}
		if err := r.Check(a.Text); err != nil {
			t.Fatal(err)
		}
	})
}
