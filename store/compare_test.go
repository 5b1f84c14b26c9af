package store_test

import (
	"context"
	"encoding/json"
	"testing"

	"onrecord/internal/pgtest"
	"onrecord/internal/testdata"
	"onrecord/internal/testmodels"
	"onrecord/pipeline"
	"onrecord/store"
)

// TestSameAnswers ingests the same corpus into SQLite and PostgreSQL and asks both the
// same questions: people, each of the most named, their quotes and events, events of
// every type, and searches of quotes and articles. The answers must be the same.
func TestSameAnswers(t *testing.T) {
	ctx := context.Background()
	corpus := testdata.Shared(t, "news", "bbc", "politics")
	pg := pgtest.DSN(t)
	ms := testmodels.Load(t)
	var stores []*store.Store
	for _, db := range []string{t.TempDir() + "/same.db", pg} {
		st, err := store.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		// One worker, so that both stores number articles and entities alike.
		if _, err := pipeline.Ingest(ctx, st, ms, []string{corpus}, pipeline.Options{Workers: 1}); err != nil {
			t.Fatal(err)
		}
		stores = append(stores, st)
	}
	asked := 0
	same := func(what string, ask func(st *store.Store) (any, error)) {
		t.Helper()
		asked++
		var answers [2]string
		for i, st := range stores {
			v, err := ask(st)
			if err != nil {
				t.Fatalf("%s on %s: %v", what, st.Path(), err)
			}
			b, _ := json.Marshal(v)
			answers[i] = string(b)
		}
		if answers[0] != answers[1] {
			t.Errorf("%s differs:\nsqlite:   %.600s\npostgres: %.600s", what, answers[0], answers[1])
		}
	}
	same("stats", func(st *store.Store) (any, error) { return st.Stats(ctx) })
	for _, typ := range []string{"person", "organization", "place", "other"} {
		same("people "+typ, func(st *store.Store) (any, error) { return st.People(ctx, typ, 0) })
	}
	people, err := stores[0].People(ctx, "person", 40)
	if err != nil || len(people) < 20 {
		t.Fatalf("%d people, %v", len(people), err)
	}
	for _, p := range people {
		same("person "+p.Name, func(st *store.Store) (any, error) {
			return st.Person(ctx, p.ID, store.PersonOptions{Why: true})
		})
		same("find "+p.Name, func(st *store.Store) (any, error) { return st.Find(ctx, "", p.Name) })
		same("quotes by "+p.Name, func(st *store.Store) (any, error) { return st.Quotes(ctx, store.QuoteQuery{By: p.Name}) })
		same("events about "+p.Name, func(st *store.Store) (any, error) { return st.Events(ctx, store.EventQuery{Subject: p.Name}) })
		same("events by "+p.Name, func(st *store.Store) (any, error) { return st.Events(ctx, store.EventQuery{By: p.Name}) })
	}
	for _, typ := range []string{"resign", "refuse_to_resign", "call_to_resign", "suspend", "investigate", "appoint", "elect", "apologize"} {
		same("events "+typ, func(st *store.Store) (any, error) { return st.Events(ctx, store.EventQuery{Type: typ}) })
	}
	for _, words := range []string{"Iraq", "tax", "war on terror", "election", "Labour party", "NHS", "prime minister", "I think", "Blair's"} {
		same("quotes about "+words, func(st *store.Store) (any, error) { return st.Quotes(ctx, store.QuoteQuery{About: words}) })
		same("articles about "+words, func(st *store.Store) (any, error) { return st.Articles(ctx, words, 0, 0) })
	}
	t.Logf("%d questions asked of both stores", asked)
}
