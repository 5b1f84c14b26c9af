package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseText(t *testing.T) {
	tests := []struct {
		name, in, title string
		titleEnd        int
	}{
		{"headline", "Minister quits\n\nThe minister quit today.\n", "Minister quits", 14},
		{"no blank line", "Minister quits\nThe minister quit today.\n", "", 0},
		{"one line", "The minister quit today.", "", 0},
		{"spaces after headline", "Minister quits  \n \nBody.", "Minister quits", 14},
		{"bom", "\ufeffMinister quits\n\nBody.", "Minister quits", 17},
	}
	for _, tt := range tests {
		a, err := ParseText([]byte(tt.in))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if a.Title != tt.title || a.TitleEnd != tt.titleEnd {
			t.Errorf("%s: title %q ending at %d, want %q at %d", tt.name, a.Title, a.TitleEnd, tt.title, tt.titleEnd)
		}
		if a.Text != tt.in || !a.Verbatim {
			t.Errorf("%s: the text was changed", tt.name)
		}
	}
	for _, bad := range []string{"", "  \n\n ", "a\x00b", "caf\xe9"} {
		if _, err := ParseText([]byte(bad)); err == nil {
			t.Errorf("ParseText(%q) gave no error", bad)
		}
	}
	if _, err := ParseText([]byte(" \n")); !errors.Is(err, ErrEmpty) {
		t.Errorf("an empty article gave %v, want ErrEmpty", err)
	}
}

const page = `<!DOCTYPE html>
<html><head>
<title>Council leader quits - Northbridge News</title>
<meta property="og:title" content="Council leader quits">
<meta property="article:published_time" content="2014-08-27T09:30:00Z">
<link rel="canonical" href="https://news.example/council-leader-quits">
<script>var tracking = "do not read me";</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
<article>
<h1>Council leader quits</h1>
<p>The leader of the council, <b>Margaret Okafor</b>, has resigned.</p>
<p>&ldquo;I am sorry,&rdquo; she said.<br>She left at noon.</p>
<aside>Read more: other stories</aside>
</article>
<footer>Copyright</footer>
</body></html>`

func TestParseHTML(t *testing.T) {
	a, err := Parse([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Council leader quits" || a.Published != "2014-08-27" || a.URL != "https://news.example/council-leader-quits" {
		t.Errorf("title %q, published %q, url %q", a.Title, a.Published, a.URL)
	}
	want := "Council leader quits\n\nThe leader of the council, Margaret Okafor, has resigned.\n\n\u201cI am sorry,\u201d she said.\nShe left at noon.\n"
	if a.Text != want {
		t.Errorf("text\n%q\nwant\n%q", a.Text, want)
	}
	for _, gone := range []string{"tracking", "color", "Home", "Read more", "Copyright"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("the text holds %q, which is not the article", gone)
		}
	}
	if a.Verbatim {
		t.Error("an HTML article's text is not its input")
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(p, []byte("Headline\n\nBody text.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := ReadFile(p)
	if err != nil || a.Path != p || a.Title != "Headline" {
		t.Fatalf("ReadFile: %+v, %v", a, err)
	}
	if !strings.HasPrefix(a.ID(), "sha256:") || len(a.ID()) != len("sha256:")+64 {
		t.Errorf("id %q", a.ID())
	}
	if _, err := ReadFile(filepath.Join(dir, "missing.txt")); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("a missing file gave %v", err)
	}
	if _, err := ReadFile(dir); err == nil {
		t.Error("a folder was read as an article")
	}
}

func TestStampedDate(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"By . Ann Lee . PUBLISHED: . 08:09 EST, 15 September 2013 . | . UPDATED: . 06:05 EST, 16 September 2013 . The minister quit.", "2013-09-15"},
		{"Published: 3 March 2012\n\nThe minister quit.", "2012-03-03"},
		{"By . Ann Lee . UPDATED: . 06:05 EST, 16 September 2013 . The minister quit.", ""},
		{"The minister quit. It was published: 15 September 2013 in the paper.", ""},
		{"The minister quit on 15 September 2013.", ""},
		{"PUBLISHED: . 08:09 EST, 31 February 2013 . The minister quit.", ""},
	} {
		a, err := ParseText([]byte(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		if a.Published != tt.want {
			t.Errorf("%q: published %q, want %q", tt.in, a.Published, tt.want)
		}
	}
}
