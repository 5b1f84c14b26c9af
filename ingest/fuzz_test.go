package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"

	"onrecord/internal/testdata"
)

// FuzzParse checks that any input either is refused with an error or gives an article of
// valid UTF-8 text whose headline lies inside it, the text being the input itself when
// the article says it is verbatim.
func FuzzParse(f *testing.F) {
	for _, s := range testdata.Demo(f) {
		f.Add([]byte(s))
	}
	f.Add([]byte("<div><div><p>Deep</div></p>\xe9</div>"))
	f.Add([]byte("\xff\xfeH\x00i\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse(data)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error of more than a line: %q", err)
			}
			return
		}
		if !utf8.ValidString(a.Text) {
			t.Fatalf("text is not UTF-8: %q", a.Text)
		}
		if strings.TrimSpace(a.Text) == "" {
			t.Fatal("an article without text")
		}
		if a.TitleEnd < 0 || a.TitleEnd > len(a.Text) {
			t.Fatalf("headline ends at %d of %d", a.TitleEnd, len(a.Text))
		}
		if a.Verbatim && a.Text != string(data) {
			t.Fatal("a verbatim article differs from its input")
		}
	})
}
