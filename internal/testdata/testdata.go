// Package testdata finds the project's example article and the shared data that sits
// beside the project, for tests and benchmarks.
package testdata

import (
	"encoding/csv"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
)

// root returns the project's root folder.
func root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// ExamplePath is the path of the project's own example article, the first of the demo
// stories.
func ExamplePath() string { return filepath.Join(root(), "demo", "articles", "1-leader-quits.txt") }

// Example returns the project's own example article.
func Example(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile(ExamplePath())
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// Demo returns the texts of the project's own demo stories, the example first, and a few
// awkward inputs of its own: seeds for fuzzing.
func Demo(tb testing.TB) []string {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(filepath.Dir(ExamplePath()), "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no demo stories beside %s: %v", ExamplePath(), err)
	}
	sort.Strings(paths)
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return append(out,
		"Chief quits\r\n\r\n\"I'm sorry,\" he said, \"but I will not go.\" Mr. J. K. Smith, 54, of St. Ives -- who was paid \u00a32.5m -- said: \"No.\"",
		"<html><head><title>Police chief refuses to quit</title><meta name=\"date\" content=\"2014-08-27\"></head><body><nav>Menu</nav><article><p>Labour MP John Mann called on him to resign.</p><script>x()</script></article></body></html>",
		"\u201cWe\u2019ll see,\u201d said the home secretary, Theresa May.\n\nShe added: \u201cIt is a matter for him.",
	)
}

// Shared returns the path of a file or folder under ../shared/data, skipping the test when
// it is absent, as it is in a plain clone of the project.
func Shared(tb testing.TB, parts ...string) string {
	tb.Helper()
	p := filepath.Join(append([]string{root(), "..", "shared", "data"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("skipping: %s is absent (the shared data sits beside the project in CI)", p)
	}
	return p
}

// Articles returns the texts of the .txt files in a folder under ../shared/data, in name
// order, at most n of them (all for n <= 0), skipping the test when the folder is absent.
func Articles(tb testing.TB, n int, parts ...string) []string {
	tb.Helper()
	dir := Shared(tb, parts...)
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	sort.Strings(names)
	if n > 0 && len(names) > n {
		names = names[:n]
	}
	texts := make([]string, 0, len(names))
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// Corpus returns the BBC politics articles when the shared data is present, and the
// example article otherwise, so that benchmarks always have something to run on.
func Corpus(tb testing.TB) []string {
	tb.Helper()
	dir := filepath.Join(root(), "..", "shared", "data", "news", "bbc", "politics")
	if _, err := os.Stat(dir); err != nil {
		return []string{Example(tb)}
	}
	return Articles(tb, 0, "news", "bbc", "politics")
}

// News returns every article under ../shared/data/news: the BBC's .txt files and the
// CNN and Daily Mail stories of its CSV file, each with a name, skipping the test when
// the folder is absent.
func News(tb testing.TB) (names, texts []string) {
	tb.Helper()
	dir := Shared(tb, "news")
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch {
		case d.IsDir():
		case strings.HasSuffix(p, ".txt") && !strings.EqualFold(filepath.Base(p), "README.TXT"):
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			names = append(names, p)
			texts = append(texts, string(b))
		case strings.HasSuffix(p, ".csv"):
			f, err := os.Open(p)
			if err != nil {
				return err
			}
			defer f.Close()
			rows, err := csv.NewReader(f).ReadAll()
			if err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
			for i, row := range rows {
				if i == 0 || len(row) < 3 {
					continue // the header
				}
				names = append(names, fmt.Sprintf("%s:%d", p, i+1))
				texts = append(texts, row[2])
			}
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return names, texts
}

// Variants returns n articles made from the example article, each with its own town,
// people and figures, so that a corpus of any size can be made without shared data.
func Variants(tb testing.TB, n int) []string {
	tb.Helper()
	base := Example(tb)
	towns := []string{"Northbridge", "Eastholme", "Westmoor", "Southcliffe", "Kingsford", "Ashby Vale", "Millbrook"}
	first := []string{"Margaret", "Helen", "Sarah", "Joan", "Ruth", "Clare", "Anne"}
	last := []string{"Okafor", "Whitfield", "Marsh", "Penrose", "Quayle", "Ibsen", "Laker"}
	out := make([]string, n)
	for i := range out {
		r := strings.NewReplacer(
			"Northbridge", towns[i%len(towns)],
			"Margaret", first[(i/7)%len(first)],
			"Okafor", last[(i/49)%len(last)],
			"2,300", fmt.Sprintf("%d", 1000+i),
		)
		out[i] = r.Replace(base) + fmt.Sprintf("\nThe council meets again on %d March.\n", 1+i%28)
	}
	return out
}
