package record_test

import (
	"context"
	"encoding/json"
	"runtime"
	"sort"
	"testing"

	"onrecord/extract"
	"onrecord/ingest"
	"onrecord/internal/testdata"
	"onrecord/internal/testmodels"
	"onrecord/record"
)

func extractAll(t *testing.T, texts []string) []*record.Record {
	t.Helper()
	ms := testmodels.Load(t)
	recs := make([]*record.Record, len(texts))
	read := func(i int) (*ingest.Article, error) { return ingest.ParseText([]byte(texts[i])) }
	err := extract.ExtractAll(context.Background(), ms, len(texts), runtime.NumCPU(), read, func(r extract.Result) error {
		if r.Err != nil {
			t.Errorf("article %d: %v", r.Index, r.Err)
			return nil
		}
		recs[r.Index] = record.FromDocument(r.Doc)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// TestSchema checks the field names of the record, the contract of RECORD.md.
func TestSchema(t *testing.T) {
	recs := extractAll(t, []string{testdata.Example(t)})
	b, err := json.Marshal(recs[0])
	if err != nil {
		t.Fatal(err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(b, &top); err != nil {
		t.Fatal(err)
	}
	keys := func(raw json.RawMessage) []string {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatalf("%s: %v", raw, err)
		}
		var out []string
		for k := range m {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	first := func(field string) json.RawMessage {
		var list []json.RawMessage
		if err := json.Unmarshal(top[field], &list); err != nil || len(list) == 0 {
			t.Fatalf("%s: empty or not a list: %s", field, top[field])
		}
		return list[0]
	}
	tests := []struct {
		what string
		raw  json.RawMessage
		want []string
	}{
		{"record", b, []string{"amounts", "dates", "entities", "events", "quotes", "roles", "schema", "source"}},
		{"source", top["source"], []string{"id", "path", "published", "title", "url"}},
		{"entity", first("entities"), []string{"aliases", "id", "mentions", "name", "type"}},
		{"quote", first("quotes"), []string{"cue", "end", "id", "kind", "speaker", "speaker_mention", "start", "text"}},
		{"role", first("roles"), []string{"end", "evidence", "holder", "id", "organization", "party", "start", "status", "title"}},
		{"event", first("events"), []string{"by", "date", "evidence", "id", "modality", "post", "subject", "type"}},
		{"amount", first("amounts"), []string{"end", "start", "text", "unit", "value"}},
		{"date", first("dates"), []string{"end", "start", "text", "value"}},
	}
	for _, tt := range tests {
		got := keys(tt.raw)
		if len(got) != len(tt.want) {
			t.Errorf("%s has fields %v, want %v", tt.what, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s has fields %v, want %v", tt.what, got, tt.want)
				break
			}
		}
	}
	if recs[0].Schema != record.Schema || recs[0].Text != nil {
		t.Errorf("schema %q, text %v: a plain-text record names its schema and carries no text", recs[0].Schema, recs[0].Text)
	}
}

// TestEvidenceInText extracts every article under ../shared/data/news and checks that
// every fact's span lies inside the text and slices to the text the record gives, and that
// no quotation is in a record twice.
func TestEvidenceInText(t *testing.T) {
	names, texts := testdata.News(t)
	if len(texts) < 2000 {
		t.Fatalf("only %d articles under news", len(texts))
	}
	recs := extractAll(t, texts)
	counts := map[string]int{}
	for i, r := range recs {
		if r == nil {
			continue
		}
		for _, s := range r.Spans() {
			counts[s.What]++
		}
		if err := r.Check(texts[i]); err != nil {
			t.Errorf("%s: %v", names[i], err)
		}
		seen := map[[2]int]bool{}
		for _, q := range r.Quotes {
			if k := [2]int{q.Start, q.End}; seen[k] {
				t.Errorf("%s: quote [%d,%d) %q twice", names[i], q.Start, q.End, q.Text)
			} else {
				seen[k] = true
			}
		}
	}
	t.Logf("%d articles: %v", len(texts), counts)
	for _, what := range []string{"quote", "role evidence", "event evidence"} {
		if counts[what] < 100 {
			t.Errorf("only %d %ss in %d articles", counts[what], what, len(texts))
		}
	}
}
