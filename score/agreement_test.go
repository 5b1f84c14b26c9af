package score

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAddAgreement(t *testing.T) {
	// "Ann Lee said the plan – “a mess” – would fail, and Tom Bell agreed."
	text := "Ann Lee said the plan \u2013 \u201ca mess\u201d \u2013 would fail, and Tom Bell agreed."
	char := func(s string) int { return len([]rune(text[:strings.Index(text, s)])) }
	ann := Attribution{Content: [][2]int{{char("the plan"), char(", and")}}, Source: [][2]int{{0, 7}}}
	tom := Attribution{Content: [][2]int{{char("the plan"), char(", and")}}, Source: [][2]int{{char("Tom"), char(" agreed")}}}
	broken := Attribution{Content: [][2]int{{char("the plan"), char(" \u2013 \u201c")}, {char("would"), char(", and")}}, Source: [][2]int{{0, 7}}}
	short := Attribution{Content: [][2]int{{char("a mess"), char("\u201d")}}, Source: [][2]int{{0, 7}}}
	tests := []struct {
		name          string
		anns          [][]Attribution
		content, both float64
	}{
		{"same", [][]Attribution{{ann}, {ann}}, 1, 1},
		{"other source", [][]Attribution{{ann}, {tom}}, 1, 0},
		// Contents in two stretches are read as one, from first character to last.
		{"stretches", [][]Attribution{{ann}, {broken}}, 1, 1},
		{"too short", [][]Attribution{{ann}, {short}}, 0, 0},
	}
	for _, tt := range tests {
		var s PolNeARScore
		s.AddAgreement(text, tt.anns)
		if s.Pairs != 2 || s.Content.F1() != tt.content || s.Both.F1() != tt.both {
			t.Errorf("%s: %d pairs, content F1 %.2f, both %.2f; want 2, %.2f, %.2f", tt.name, s.Pairs, s.Content.F1(), s.Both.F1(), tt.content, tt.both)
		}
	}
}

func TestAttributionRecordOffsets(t *testing.T) {
	text := "“Café” owner Zoë said the café would close."
	char := func(s string) int { return len([]rune(text[:strings.Index(text, s)])) }
	rec := AttributionRecord(text, []Attribution{{Content: [][2]int{{char("the café"), char(" would")}}, Source: [][2]int{{char("Zoë"), char(" said")}}}})
	q := rec.Quotes[0]
	if q.Text != "the café" || text[q.Start:q.End] != "the café" || q.SpeakerMention == nil || q.SpeakerMention.Text != "Zoë" {
		t.Errorf("quote %q [%d,%d), mention %+v; want \"the café\" by \"Zoë\" at byte offsets", q.Text, q.Start, q.End, q.SpeakerMention)
	}
}

func TestPolNeARAnnotations(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"text/a.txt", "text/b.txt", "attributions/a_1.ann", "attributions/a_2.ann", "attributions/b_1.ann"} {
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	names, texts, anns, err := PolNeARAnnotations(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 1 || names[0] != "a" || filepath.Base(texts[0]) != "a.txt" || len(anns[0]) != 2 {
		t.Errorf("got %q %q %q, want only a with two annotators", names, texts, anns)
	}
}
