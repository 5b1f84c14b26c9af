package store_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"onrecord/export"
	"onrecord/internal/pgtest"
	"onrecord/internal/testdata"
	"onrecord/internal/testmodels"
	"onrecord/pipeline"
	"onrecord/store"
)

// backends runs test against a store of each kind: an SQLite file, and a PostgreSQL
// schema when a server is given.
func backends(t *testing.T, test func(t *testing.T, db string)) {
	t.Run("sqlite", func(t *testing.T) { test(t, filepath.Join(t.TempDir(), "s.db")) })
	t.Run("postgres", func(t *testing.T) { test(t, pgtest.DSN(t)) })
}

// filled returns a store at db holding the example article and a few of its variants.
func filled(t *testing.T, db string) *store.Store {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	for i, text := range append([]string{testdata.Example(t)}, testdata.Variants(t, 8)[1:]...) {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ms := testmodels.Load(t)
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := pipeline.Ingest(ctx, st, ms, []string{dir}, pipeline.Options{Workers: 2}); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestQueries(t *testing.T) { backends(t, testQueries) }

func testQueries(t *testing.T, db string) {
	ctx := context.Background()
	st := filled(t, db)
	// David Hale is in every article: one person across them.
	found, err := st.Find(ctx, "person", "Hale")
	if err != nil || len(found) != 1 || found[0].Name != "David Hale" || found[0].Articles != 8 {
		t.Fatalf("Find(Hale) = %+v, %v", found, err)
	}
	p, err := st.Person(ctx, found[0].ID, store.PersonOptions{Why: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Articles) != 8 || len(p.Why) != 8 {
		t.Errorf("%d articles, %d reasons", len(p.Articles), len(p.Why))
	}
	var titles []string
	for _, r := range p.Roles {
		titles = append(titles, r.Title)
		if len(r.Sources) == 0 || r.Sources[0].Sentence == "" {
			t.Errorf("role %q has no source sentence", r.Title)
		}
	}
	if !strings.Contains(strings.Join(titles, "|"), "head of housing") {
		t.Errorf("roles %v", titles)
	}
	var gotRefuse, gotCalled bool
	for _, e := range p.Events {
		gotRefuse = gotRefuse || e.Type == "refuse_to_resign"
		gotCalled = gotCalled || e.Type == "call_to_resign" && e.By == "Rachel Stone"
	}
	if !gotRefuse || !gotCalled {
		t.Errorf("events of David Hale: %+v", p.Events)
	}
	// Quotations by name and by words.
	qs, err := st.Quotes(ctx, store.QuoteQuery{By: "David Hale", About: "walk away"})
	if err != nil || len(qs) != 8 || !strings.Contains(qs[0].Text, "walk away") {
		t.Errorf("quotes about walking away by Hale: %d, %v", len(qs), err)
	}
	if qs, _ := st.Quotes(ctx, store.QuoteQuery{About: "nonexistentword"}); len(qs) != 0 {
		t.Errorf("%d quotes hold a word no article has", len(qs))
	}
	// Quotations by kind: the two kinds make up all of them.
	all, err := st.Quotes(ctx, store.QuoteQuery{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, kind := range []string{"direct", "indirect"} {
		qs, err := st.Quotes(ctx, store.QuoteQuery{Kind: kind})
		if err != nil || len(qs) == 0 {
			t.Errorf("%s quotations: %d, %v", kind, len(qs), err)
		}
		for _, q := range qs {
			if q.Kind != kind {
				t.Errorf("asked for %s quotations, got a %s one: %q", kind, q.Kind, q.Text)
			}
		}
		n += len(qs)
	}
	if n != len(all) {
		t.Errorf("%d direct and indirect quotations, %d in all", n, len(all))
	}
	if _, err := st.Quotes(ctx, store.QuoteQuery{Kind: "sung"}); err == nil || !strings.Contains(err.Error(), "sung") {
		t.Errorf("an unknown kind of quotation: %v", err)
	}
	evs, err := st.Events(ctx, store.EventQuery{Type: "call_to_resign", By: "Rachel Stone"})
	if err != nil || len(evs) != 8 || evs[0].Subject != "David Hale" {
		t.Errorf("calls to resign by Rachel Stone: %+v, %v", evs, err)
	}
	people, err := st.People(ctx, "person", 3)
	if err != nil || len(people) != 3 || people[0].Articles != 8 {
		t.Errorf("people %+v, %v", people, err)
	}
	if err := st.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}

func TestExport(t *testing.T) { backends(t, testExport) }

func testExport(t *testing.T, db string) {
	ctx := context.Background()
	st := filled(t, db)
	var jl bytes.Buffer
	if err := export.JSONL(ctx, st, &jl); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(jl.String()), "\n")
	if len(lines) != 8 {
		t.Fatalf("%d records", len(lines))
	}
	var rec map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil || rec["schema"] != "onrecord/record/v1" {
		t.Errorf("record: %v", err)
	}
	dir := t.TempDir()
	if err := export.CSV(ctx, st, dir); err != nil {
		t.Fatal(err)
	}
	for name, col := range map[string]string{"people.csv": "name", "roles.csv": "title", "quotes.csv": "speaker", "events.csv": "subject"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil || len(rows) < 2 || !strings.Contains(strings.Join(rows[0], ","), col) {
			t.Errorf("%s: %d rows, %v", name, len(rows), err)
		}
	}
	var pop bytes.Buffer
	if err := export.Popolo(ctx, st, &pop); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Persons []struct {
			ID, Name string
		}
		Memberships []struct {
			PersonID  string `json:"person_id"`
			Role      string
			StartDate string `json:"start_date"`
			EndDate   string `json:"end_date"`
			Sources   []struct{ Note string }
		}
	}
	if err := json.Unmarshal(pop.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, m := range doc.Memberships {
		if m.Role == "head of housing" && m.StartDate == "2012" && m.EndDate == "2016" && len(m.Sources) == 8 {
			found = true
		}
	}
	if len(doc.Persons) == 0 || !found {
		t.Errorf("popolo: %d persons; no membership for head of housing 2012-2016 with 8 sources", len(doc.Persons))
	}
}
