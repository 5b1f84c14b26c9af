package ingest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"unicode/utf8"
)

// utf16 encodes s as UTF-16 with a byte-order mark, little- or big-endian.
func utf16(s string, big bool) []byte {
	b := []byte{0xff, 0xfe}
	if big {
		b = []byte{0xfe, 0xff}
	}
	for _, r := range s {
		if big {
			b = append(b, byte(r>>8), byte(r))
		} else {
			b = append(b, byte(r), byte(r>>8))
		}
	}
	return b
}

func TestParseBadInput(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 64)...)
	zip := append([]byte("PK\x03\x04\x14\x00\x00\x00"), bytes.Repeat([]byte{0, 1, 2, 3}, 32)...)
	tests := []struct {
		name     string
		in       []byte
		err      string // in the error, or "" for none
		text     string // the article's text starts with it
		title    string
		verbatim bool
	}{
		{"empty", nil, "no text", "", "", false},
		{"spaces", []byte(" \n\t\r\n"), "no text", "", "", false},
		{"png", png, "not a text or HTML file (image/png)", "", "", false},
		{"zip", zip, "not a text or HTML file (application/zip)", "", "", false},
		{"nul late", append(bytes.Repeat([]byte("words "), 200), 0, 'x'), "not a text or HTML file (binary data)", "", "", false},
		{"windows-1252", []byte("Caf\xe9 owner\n\nThe caf\xe9\x92s owner said \x93no\x94.\n"), "",
			"Café owner\n\nThe café’s owner said “no”.\n", "Café owner", false},
		{"mixed", []byte("Zoë \xe9t\xe9\n"), "", "Zoë été\n", "", false},
		{"utf-16le", utf16("Résumé\r\n\r\nShe said “yes”.\r\n", false), "", "Résumé\r\n\r\nShe said “yes”.\r\n", "Résumé", false},
		{"utf-16be", utf16("Title\n\nBody.\n", true), "", "Title\n\nBody.\n", "Title", false},
		{"crlf", []byte("Title line\r\n\r\nFirst para.\r\n\r\nSecond.\r\n"), "", "Title line\r\n", "Title line", true},
		// Text that starts like a file signature is text.
		{"bmw", []byte("BMW cash to fuel Mini production\n\nLess than four years after.\n"), "",
			"BMW cash", "BMW cash to fuel Mini production", true},
		{"pkk", []byte("PK\x03 is no zip\n\nBut PKK rebels said so.\n"), "", "PK\x03", "PK\x03 is no zip", true},
		{"dos eof", []byte("Old archive\n\nText from DOS.\n\x1a"), "", "Old archive", "Old archive", true},
		{"utf-8 bom", []byte("\xef\xbb\xbfHeadline\n\nText.\n"), "", "\ufeffHeadline", "Headline", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(tt.in)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want one saying %q", err, tt.err)
				}
				if strings.Contains(err.Error(), "\n") {
					t.Errorf("error %q is more than a line", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(a.Text, tt.text) || a.Title != tt.title || a.Verbatim != tt.verbatim {
				t.Errorf("got text %q title %q verbatim %v, want %q %q %v", a.Text, a.Title, a.Verbatim, tt.text, tt.title, tt.verbatim)
			}
			if !utf8.ValidString(a.Text) {
				t.Error("text is not UTF-8")
			}
			if a.Verbatim && a.Text != string(tt.in) {
				t.Error("a verbatim text differs from its input")
			}
			if a.TitleEnd > 0 && strings.TrimPrefix(strings.TrimSpace(a.Text[:a.TitleEnd]), "\ufeff") != a.Title {
				t.Errorf("TitleEnd %d does not end the title %q", a.TitleEnd, a.Title)
			}
		})
	}
	if _, err := Parse(png); !errors.Is(err, ErrBinary) {
		t.Errorf("binary input gave %v, not ErrBinary", err)
	}
}

func TestSizeLimit(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	// 200 MB, sparse: refusing it must not read it.
	if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	_, err = ReadFile(huge)
	if err == nil || !strings.Contains(err.Error(), "huge.txt") || !strings.Contains(err.Error(), "209715200 bytes is more than the 10485760") {
		t.Errorf("a 200 MB file gave %v", err)
	}
	small := Reader{MaxSize: 10}
	if _, err := small.Parse([]byte("eleven byte")); err == nil {
		t.Error("a limit of 10 bytes let 11 in")
	}
	if _, err := small.ReadAll(strings.NewReader(strings.Repeat("x", 1<<20))); err == nil {
		t.Error("a stream over the limit was read")
	}
	if a, err := small.Parse([]byte("ten bytes.")); err != nil || a.Text != "ten bytes." {
		t.Errorf("ten bytes under a limit of ten: %v", err)
	}
}

func TestLongLineAndDeepHTML(t *testing.T) {
	line := strings.Repeat("The council said it would look again at the plan ", 100000) // 5 MB, one line
	a, err := Parse([]byte(line))
	if err != nil || len(a.Text) != len(line) {
		t.Fatalf("a 5 MB line: %v", err)
	}
	deep := "<html><head><title>Deep page</title></head><body>" + strings.Repeat("<div>", 10000) +
		"<p>Mr Smith said he would stay.</p>" + strings.Repeat("</div>", 10000) + "<script>var x;</script></body></html>"
	a, err = Parse([]byte(deep))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Deep page" || !strings.Contains(a.Text, "Mr Smith said he would stay.") || strings.Contains(a.Text, "var x") {
		t.Errorf("HTML 10,000 deep read as title %q, text %q", a.Title, a.Text)
	}
}

// write writes files under dir, named by path, and fails the test on error.
func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// unreadable makes a file in dir whose article cannot be read: without permissions, or a
// named pipe when the test runs as root, which may read anything.
func unreadable(t *testing.T, dir string) string {
	t.Helper()
	p := filepath.Join(dir, "locked.txt")
	if os.Geteuid() == 0 {
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write(t, dir, map[string]string{"locked.txt": "Secret.\n"})
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExpandAndReadBrokenFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"a.txt":        "Good one\n\nThe mayor spoke.\n",
		"sub/b.html":   "<html><body><p>The council met.</p></body></html>",
		"feed.jsonl":   "{\"text\": \"First article.\"}\n{\"text\": \"broken\n{\"text\": \"Third article.\"}\n",
		"gone.txt":     "Deleted before it is read.\n",
		"skip.pdf":     "%PDF-1.4",
		"sub/c.text":   "Another good one.\n",
		"empty.txt":    "",
		"binary.txt":   "\x89PNG\r\n\x1a\n\x00\x00",
		"sub/d.htm":    "<p>Short page.</p>",
		"nested/e.txt": "Deep in a folder.\n",
	})
	unreadable(t, dir)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Symlink("loop2.txt", filepath.Join(dir, "loop1.txt")))
	must(os.Symlink("loop1.txt", filepath.Join(dir, "loop2.txt")))
	must(os.Symlink(dir, filepath.Join(dir, "sub", "back"))) // a folder loop: not followed
	must(os.Symlink("nowhere.txt", filepath.Join(dir, "dangling.txt")))

	inputs := Expand([]string{dir, filepath.Join(dir, "missing.txt")})
	must(os.Remove(filepath.Join(dir, "gone.txt"))) // deleted while the batch runs
	var read []string
	failed := map[string]string{}
	for _, in := range inputs {
		if in.Err != nil {
			failed[filepath.Base(in.Path)] = in.Err.Error()
			continue
		}
		err := Reader{}.Each(in.Path, nil, func(name string, a *Article, err error) error {
			if err != nil {
				failed[filepath.Base(name)] = err.Error()
			} else {
				read = append(read, a.Text)
			}
			return nil
		})
		must(err)
	}
	if len(read) != 7 {
		t.Errorf("read %d articles, want 7: %q", len(read), read)
	}
	for name, reason := range map[string]string{
		"missing.txt":  "no such file",
		"gone.txt":     "no such file",
		"loop1.txt":    "too many levels of symbolic links",
		"loop2.txt":    "too many levels of symbolic links",
		"dangling.txt": "no such file",
		"empty.txt":    "no text",
		"binary.txt":   "not a text or HTML file",
		"locked.txt":   "",
		"feed.jsonl:2": "",
	} {
		msg, ok := failed[name]
		if !ok {
			t.Errorf("no failure for %s; failures %v", name, failed)
			continue
		}
		if !strings.Contains(msg, reason) || strings.Contains(msg, "\n") {
			t.Errorf("%s failed with %q, want one line saying %q", name, msg, reason)
		}
	}
	if len(failed) != 9 {
		t.Errorf("%d failures, want 9: %v", len(failed), failed)
	}
}
