// Package demo holds the project's own example stories, written for it: six reports of
// one council's housing scandal, from the leader's resignation to the chief executive's,
// so that a store loaded with them has people, posts, quotations and events to show.
package demo

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"

	"onrecord/extract"
	"onrecord/ingest"
	"onrecord/record"
	"onrecord/store"
)

//go:embed articles/*.txt
var articles embed.FS

// dates are the days the stories were published, in the order of their files.
var dates = []string{"2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23", "2026-04-13", "2026-05-18"}

// Article is one of the example stories.
type Article struct {
	Name      string // its file name, as "1-leader-quits.txt"
	Published string
	Text      string
}

// Articles returns the example stories in the order they were published.
func Articles() ([]Article, error) {
	names, err := fs.Glob(articles, "articles/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := make([]Article, len(names))
	for i, n := range names {
		b, err := articles.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out[i] = Article{Name: path.Base(n), Published: dates[i%len(dates)], Text: string(b)}
	}
	return out, nil
}

// Load extracts the example stories and stores them, with entities resolved.
func Load(ctx context.Context, st *store.Store, ms *extract.Models) error {
	list, err := Articles()
	if err != nil {
		return err
	}
	x := extract.New(ms)
	items := make([]store.Item, len(list))
	for i, a := range list {
		art, err := ingest.ParseText([]byte(a.Text))
		if err != nil {
			return fmt.Errorf("demo article %s: %w", a.Name, err)
		}
		art.Path, art.Published = "demo/"+a.Name, a.Published
		d, err := x.Extract(ctx, art)
		if err != nil {
			return err
		}
		items[i] = store.Item{Record: record.FromDocument(d), Text: d.Text}
	}
	if _, err := st.Put(ctx, items); err != nil {
		return err
	}
	return st.Resolve(ctx)
}
