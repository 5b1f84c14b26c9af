package attrib

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"onrecord/ner"
	"onrecord/text"
)

func TestAllowed(t *testing.T) {
	tests := []struct {
		prev, cur int
		want      bool
	}{
		{noLabel, lBCon, true},
		{noLabel, lICon, false},
		{lO, lICue, false},
		{lBCon, lICon, true},
		{lICon, lICon, true},
		{lBSrc, lICon, false},
		{lICue, lO, true},
	}
	for _, tt := range tests {
		if got := allowed(tt.prev, tt.cur); got != tt.want {
			t.Errorf("allowed(%d, %d) = %v", tt.prev, tt.cur, got)
		}
	}
}

func TestGroup(t *testing.T) {
	// "A , B said , C ." with source B, cue said, content A and C: one attribution of two
	// contents; a lone content far away stands alone.
	labels := []int{lBCon, lO, lBSrc, lBCue, lO, lBCon, lICon, lO}
	got := group(nil, labels, 0, len(labels), nil)
	want := []Attribution{{Content: []Span{{0, 1}, {5, 7}}, Cue: Span{3, 4}, Source: Span{2, 3}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("group = %+v, want %+v", got, want)
	}
	if e := got[0].Extent(); e != (Span{0, 7}) {
		t.Errorf("extent %+v", e)
	}
	// "A . B said C ." in two sentences: A is not what B said.
	labels = []int{lBCon, lO, lBSrc, lBCue, lBCon, lO}
	sentence := func(i int) int {
		if i < 2 {
			return 0
		}
		return 1
	}
	got = group(nil, labels, 0, len(labels), sentence)
	want = []Attribution{{Content: []Span{{4, 5}}, Cue: Span{3, 4}, Source: Span{2, 3}}, {Content: []Span{{0, 1}}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("two sentences: group = %+v, want %+v", got, want)
	}
	long := make([]int, maxGap+10)
	long[0] = lBCue
	long[len(long)-1] = lBCon
	got = group(nil, long, 0, len(long), nil)
	if len(got) != 1 || got[0].Cue.Valid() {
		t.Errorf("a content far from any cue: %+v", got)
	}
}

func TestReadLabels(t *testing.T) {
	src := "\u201cNo,\u201d said Ann. Bob thinks so."
	toks := text.Tokenize(nil, src)
	ann := filepath.Join(t.TempDir(), "x.ann")
	// Character offsets: the content is "No," (1-4), the cue "said" (6-10), the source
	// "Ann" (11-14).
	body := "T1\tContent 1 4\tNo,\nT2\tCue 6 10\tsaid\nT3\tSource 11 14\tAnn\nE1\tAttribution:T2 Content:T1 Cue:T2 Source:T3\n"
	if err := os.WriteFile(ann, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	labels, err := readLabels(ann, src, toks)
	if err != nil {
		t.Fatal(err)
	}
	want := []int{lO, lBCon, lICon, lO, lBCue, lBSrc, lO, lO, lO, lO, lO}
	if !reflect.DeepEqual(labels, want) {
		var words []string
		for _, tk := range toks {
			words = append(words, tk.Text(src))
		}
		t.Errorf("labels of %q = %v, want %v", words, labels, want)
	}
}

func TestDefaultModel(t *testing.T) {
	m, nm := loadModels(t)
	src := "The council leader, Margaret Okafor, said the report was unfair and that she would appeal."
	d := NewDoc(src, nm, nm.NewTagger())
	got := m.NewTagger().Tag(d)
	if len(got) != 1 {
		t.Fatalf("%d attributions, want 1: %+v", len(got), got)
	}
	a := got[0]
	span := func(s Span) string { return src[d.Tokens[s.From].Start:d.Tokens[s.To-1].End] }
	if span(a.Cue) != "said" || !bytes.Contains([]byte(span(a.Source)), []byte("Okafor")) {
		t.Errorf("cue %q, source %q", span(a.Cue), span(a.Source))
	}
	if c := span(a.Extent()); c != "the report was unfair and that she would appeal" {
		t.Errorf("content %q", c)
	}
	// The file reads back the same.
	var b bytes.Buffer
	if err := m.Write(&b); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(&b)
	if err != nil || !reflect.DeepEqual(m2.weights.W, m.weights.W) {
		t.Fatalf("read back: %v", err)
	}
	if m.second == nil || m2.second == nil || !reflect.DeepEqual(m2.second.W, m.second.W) {
		t.Errorf("second stage read back: %v, %v", m.second != nil, m2.second != nil)
	}
	if len(m.learned) == 0 || !reflect.DeepEqual(m2.learned, m.learned) || !reflect.DeepEqual(m2.cues, m.cues) {
		t.Errorf("learned cue words read back: %d, %d", len(m.learned), len(m2.learned))
	}
	if _, err := ReadModel(bytes.NewReader([]byte("junk"))); err == nil {
		t.Error("junk read as a model")
	}
}

func TestLearnCues(t *testing.T) {
	// "hailed" is labelled a cue in 6 of its 7 places; "met" in 6 of 30; "said" is in
	// CueWords already; "ok" is too short.
	var examples []Example
	add := func(src string, n int, cue func(w string) bool) {
		for range n {
			d := &Doc{Text: src, Tokens: text.Tokenize(nil, src)}
			labels := make([]int, len(d.Tokens))
			for i, tok := range d.Tokens {
				if cue(src[tok.Start:tok.End]) {
					labels[i] = lBCue
				}
			}
			examples = append(examples, Example{Doc: d, Labels: labels})
		}
	}
	isCue := func(w string) bool { return w == "hailed" || w == "met" || w == "said" || w == "ok" }
	add("Ann hailed the deal and met Bob, who said ok.", 6, isCue)
	add("Ann hailed the deal.", 1, func(string) bool { return false })
	add("Ann met Bob.", 24, func(string) bool { return false })
	if got := learnCues(examples); !reflect.DeepEqual(got, []string{"hailed"}) {
		t.Errorf("learnCues = %q, want [hailed]", got)
	}
}

func TestStackAttrs(t *testing.T) {
	// "Ann said it was over . Bob left ." in one paragraph, the first stage having found
	// source Ann, cue said and content "it was over".
	src := "Ann said it was over. Bob left."
	d := &Doc{Text: src, Tokens: text.Tokenize(nil, src)}
	d.Sentences = text.Split(nil, src, d.Tokens)
	l1 := []int{lBSrc, lBCue, lBCon, lICon, lICon, lO, lO, lO, lO}
	if len(d.Tokens) != len(l1) {
		t.Fatalf("%d tokens", len(d.Tokens))
	}
	m := newModel(nil, nil, nil)
	sa := stackAttrs(nil, d, m.attrs(nil, d), l1)
	tests := []struct {
		tok                                      int
		cueL, cueR, srcL, conR, runStart, runEnd uint64
	}{
		{0, 0, 1, 0, 2, 1, 1}, // Ann: the cue one to the right, content two
		{3, 2, 0, 3, 1, 2, 2}, // was: cue two to the left, source three; second of three content tokens
		{6, 0, 0, 0, 0, 2, 3}, // Bob: another sentence, so nothing near; second of the O tokens from "."
	}
	for _, tt := range tests {
		x := sa[tt.tok]
		got := []uint64{x.cueL, x.cueR, x.srcL, x.conR, x.runStart, x.runEnd}
		want := []uint64{tt.cueL, tt.cueR, tt.srcL, tt.conR, tt.runStart, tt.runEnd}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("token %d: cueL cueR srcL conR runStart runEnd = %v, want %v", tt.tok, got, want)
		}
	}
	if sa[0].para != 7 {
		t.Errorf("paragraph parts %b, want 111", sa[0].para)
	}
}

// loadModels returns the embedded attribution model and the named-entity model it reads.
func loadModels(tb testing.TB) (*Model, *ner.Model) {
	tb.Helper()
	m, err := LoadDefault()
	if err != nil {
		tb.Fatal(err)
	}
	nm, err := ner.LoadDefault()
	if err != nil {
		tb.Fatal(err)
	}
	return m, nm
}
