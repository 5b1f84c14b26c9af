package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"onrecord/internal/testdata"
	"onrecord/internal/testmodels"
	"onrecord/store"
)

// corpus writes n variants of the example article into a new folder.
func corpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i, text := range testdata.Variants(t, n) {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestIngestTwiceAndUpdate(t *testing.T) {
	ctx := context.Background()
	dir := corpus(t, 30)
	st := openStore(t)
	ms := testmodels.Load(t)
	sum, err := Ingest(ctx, st, ms, []string{dir}, Options{Workers: 2, Batch: 7})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 30 || sum.New != 30 || sum.Unchanged != 0 || len(sum.Failures) != 0 {
		t.Fatalf("first ingest: %+v", sum)
	}
	first, _ := st.Stats(ctx)
	sum, err = Ingest(ctx, st, ms, []string{dir}, Options{Workers: 2})
	if err != nil || sum.New != 0 || sum.Unchanged != 30 {
		t.Fatalf("second ingest: %+v, %v", sum, err)
	}
	if again, _ := st.Stats(ctx); again != first {
		t.Errorf("a second ingest changed the store: %+v, then %+v", first, again)
	}
	// A changed article is a new version whose facts replace the old ones.
	p := filepath.Join(dir, "000.txt")
	b, _ := os.ReadFile(p)
	changed := strings.Replace(string(b), "has resigned", "has quit", 1) + "\n\"We will recover,\" said Mr Hale.\n"
	if err := os.WriteFile(p, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err = Ingest(ctx, st, ms, []string{dir}, Options{Workers: 2})
	if err != nil || sum.Updated != 1 || sum.Unchanged != 29 {
		t.Fatalf("ingest of a changed article: %+v, %v", sum, err)
	}
	after, _ := st.Stats(ctx)
	if after.Articles != 30 || after.Versions != 31 || after.Quotes != first.Quotes+1 {
		t.Errorf("after the change: %+v, before %+v (want 30 articles, 31 versions, one quote more)", after, first)
	}
	if err := st.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}

func TestIngestInterruptedThenFinished(t *testing.T) {
	dir := corpus(t, 60)
	ms := testmodels.Load(t)
	whole := openStore(t)
	if _, err := Ingest(context.Background(), whole, ms, []string{dir}, Options{Workers: 2}); err != nil {
		t.Fatal(err)
	}
	want, _ := whole.Stats(context.Background())

	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	sum, err := Ingest(ctx, st, ms, []string{dir}, Options{Workers: 2, Batch: 5, Interval: 1,
		Progress: func(p Progress) {
			if p.Stored >= 10 {
				cancel()
			}
		}})
	cancel()
	if err != nil {
		t.Fatal(err)
	}
	if !sum.Interrupted || sum.New >= 60 || sum.New < 10 {
		t.Fatalf("interrupted ingest: %+v", sum)
	}
	sum, err = Ingest(context.Background(), st, ms, []string{dir}, Options{Workers: 2})
	if err != nil || sum.Interrupted {
		t.Fatal(sum, err)
	}
	got, _ := st.Stats(context.Background())
	if got != want {
		t.Errorf("after finishing: %+v, want %+v as in one go", got, want)
	}
}

func TestIngestJSONLinesAndFailures(t *testing.T) {
	dir := t.TempDir()
	lines := `{"text": "Minister quits\n\nThe minister Ann Cole resigned on Monday.", "title": "Cole quits", "url": "https://news.example/1", "published": "2014-08-27"}
not json
{"text": ""}
{"text": "Mayor Joan Fisher said she would stay.", "published": "last week"}
`
	jl := filepath.Join(dir, "feed.jsonl")
	if err := os.WriteFile(jl, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "empty.txt")
	os.WriteFile(bad, []byte("  \n"), 0o644)
	st := openStore(t)
	sum, err := Ingest(context.Background(), st, testmodels.Load(t), []string{dir}, Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 1 || len(sum.Failures) != 4 {
		t.Fatalf("summary %+v", sum)
	}
	var names []string
	for _, f := range sum.Failures {
		names = append(names, f.Name)
	}
	for _, want := range []string{"feed.jsonl:2", "feed.jsonl:3", "feed.jsonl:4", "empty.txt"} {
		if !strings.Contains(strings.Join(names, " "), want) {
			t.Errorf("no failure named %s in %v", want, names)
		}
	}
	ev, err := st.Events(context.Background(), store.EventQuery{Type: "resign"})
	if err != nil || len(ev) != 1 || ev[0].Subject != "Ann Cole" || ev[0].Source.Published != "2014-08-27" {
		t.Errorf("events %+v, %v", ev, err)
	}
}
