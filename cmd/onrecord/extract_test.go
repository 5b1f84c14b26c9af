package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"onrecord/internal/testdata"
	"onrecord/record"
)

func TestExtractCommand(t *testing.T) {
	example := testdata.ExamplePath()
	code, out, errOut := call(t, "", "extract", example)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r record.Record
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("not one JSON record: %v", err)
	}
	if r.Schema != record.Schema || r.Source.Path != example || r.Source.Title == nil || *r.Source.Title != "Council leader quits over housing report" {
		t.Errorf("source %+v", r.Source)
	}
	if len(r.Entities) < 5 || len(r.Quotes) < 4 || len(r.Roles) < 4 || len(r.Events) < 4 {
		t.Errorf("thin record: %d entities, %d quotes, %d roles, %d events", len(r.Entities), len(r.Quotes), len(r.Roles), len(r.Events))
	}

	// JSON Lines, in input order, standard input among files, a date given.
	dir := t.TempDir()
	second := filepath.Join(dir, "second.txt")
	if err := os.WriteFile(second, []byte("Mayor quits\n\nMayor Joan Fisher resigned on Monday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = call(t, "Minister Ann Cole said she would stay.", "extract", "--format", "jsonl", "--published", "2014-08-27", "--workers", "3", example, "-", second)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3", len(lines))
	}
	for i, want := range []string{example, "-", second} {
		var r record.Record
		if err := json.Unmarshal([]byte(lines[i]), &r); err != nil {
			t.Fatal(err)
		}
		if r.Source.Path != want || r.Source.Published == nil || *r.Source.Published != "2014-08-27" {
			t.Errorf("line %d: path %q published %v, want %q 2014-08-27", i+1, r.Source.Path, r.Source.Published, want)
		}
	}

	// A bad file is named, the others still come out, and the exit status says so.
	code, out, errOut = call(t, "", "extract", "--format", "jsonl", second, filepath.Join(dir, "missing.txt"))
	if code != exitFailure || !strings.Contains(errOut, "missing.txt") || strings.Count(out, "\n") != 1 {
		t.Errorf("exit %d, stderr %q, %d records", code, errOut, strings.Count(out, "\n"))
	}
	for _, args := range [][]string{{"extract"}, {"extract", "--format", "xml", example}, {"extract", "--published", "27/08/2014", example}} {
		if code, _, _ := call(t, "", args...); code != exitUsage {
			t.Errorf("onrecord %q: exit %d, want %d", args, code, exitUsage)
		}
	}
}

// figures reads "name P R F1" rows and the last "... F1 x" line of a score table.
func figures(t *testing.T, table string) map[string]float64 {
	t.Helper()
	out := map[string]float64{}
	row := regexp.MustCompile(`(?m)^(\S[\w+ ()>=.]*?)\s+([0-9.]+) +([0-9.]+) +([0-9.]+) +tp=`)
	for _, m := range row.FindAllStringSubmatch(table, -1) {
		out[strings.TrimSpace(m[1])], _ = strconv.ParseFloat(m[4], 64)
	}
	last := regexp.MustCompile(`(?m)^(record|attribution) F1 ([0-9.]+)`)
	for _, m := range last.FindAllStringSubmatch(table, -1) {
		out[m[1]], _ = strconv.ParseFloat(m[2], 64)
	}
	return out
}

func scorer(t *testing.T) (python, script string) {
	t.Helper()
	data := testdata.Shared(t)
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipping: no python3 to run score.py")
	}
	return python, filepath.Join(data, "..", "eval", "score.py")
}

// TestEvalRecordOnGold measures the record on the hand-made gold articles, checks that
// "eval record" prints what score.py does, and holds the figures to their floors.
func TestEvalRecordOnGold(t *testing.T) {
	goldDir := testdata.Shared(t, "gold", "dev")
	python, script := scorer(t)
	texts, _ := filepath.Glob(filepath.Join(goldDir, "text", "*.txt"))
	code, out, errOut := call(t, "", append([]string{"extract", "--format", "jsonl"}, texts...)...)
	if code != exitOK {
		t.Fatalf("extract: exit %d: %s", code, errOut)
	}
	sys := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(sys, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	py, err := exec.Command(python, script, "record", "--gold", goldDir, "--system", sys).CombinedOutput()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, py)
	}
	code, ours, errOut := call(t, "", append([]string{"eval", "record", "--gold", goldDir}, texts...)...)
	if code != exitOK {
		t.Fatalf("eval record: exit %d: %s", code, errOut)
	}
	if ours != string(py) {
		t.Fatalf("eval record says\n%s\nscore.py says\n%s", ours, py)
	}
	t.Logf("\n%s", ours)
	f := figures(t, ours)
	for what, floor := range map[string]float64{"record": 0.75, "quote+speaker": 0.85, "role": 0.70, "event": 0.60, "person": 0.90} {
		if f[what] < floor {
			t.Errorf("%s F1 %.3f, want at least %.2f", what, f[what], floor)
		}
	}
}

// TestEvalPolNeAR checks that "eval polnear" prints what score.py polnear does.
func TestEvalPolNeAR(t *testing.T) {
	dev := testdata.Shared(t, "polnear", "dev")
	python, script := scorer(t)
	texts, _ := filepath.Glob(filepath.Join(dev, "text", "*.txt"))
	code, out, errOut := call(t, "", append([]string{"extract", "--format", "jsonl"}, texts...)...)
	if code != exitOK {
		t.Fatalf("extract: exit %d: %s", code, errOut)
	}
	sys := filepath.Join(t.TempDir(), "polnear.jsonl")
	if err := os.WriteFile(sys, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	py, err := exec.Command(python, script, "polnear", "--data", dev, "--system", sys).CombinedOutput()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, py)
	}
	code, ours, errOut := call(t, "", "eval", "polnear", dev)
	if code != exitOK {
		t.Fatalf("eval polnear: exit %d: %s", code, errOut)
	}
	if ours != string(py) {
		t.Fatalf("eval polnear says\n%s\nscore.py says\n%s", ours, py)
	}
	t.Logf("\n%s", ours)
}

// TestEvalAgreement checks "eval polnear --agreement" on a folder of two annotators.
func TestEvalAgreement(t *testing.T) {
	dir := t.TempDir()
	text := "Ann Lee said the plan would fail.\n"
	ann := "T1\tSource 0 7\tAnn Lee\nT2\tCue 8 12\tsaid\nT3\tContent 13 32\tthe plan would fail\nE1\tAttribution:T2 Source:T1 Content:T3 Cue:T2\n"
	files := map[string]string{"text/a.txt": text, "attributions/a_1.ann": ann, "attributions/a_2.ann": ann, "text/b.txt": text, "attributions/b_1.ann": ""}
	for p, s := range files {
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := call(t, "", "eval", "polnear", "--agreement", dir)
	if code != exitOK || !strings.Contains(out, "(2 ordered pairs of annotators)") || !strings.Contains(out, "attribution F1 1.000") {
		t.Errorf("eval polnear --agreement: exit %d\n%s%s", code, out, errOut)
	}
	if err := os.Remove(filepath.Join(dir, "attributions", "a_2.ann")); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := call(t, "", "eval", "polnear", "--agreement", dir); code == exitOK || !strings.Contains(errOut, "more than one annotator") {
		t.Errorf("with one annotator each: exit %d, %q; want an error", code, errOut)
	}
}

// TestEvalPolNeARHeldOut checks that "eval polnear --held-out" measures the one article
// in ten that "train attrib" holds out, the tenth by name.
func TestEvalPolNeARHeldOut(t *testing.T) {
	dir := t.TempDir()
	for _, sub := range []string{"text", "attributions"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 10 {
		text, ann := "The sky was grey over the town.\n", ""
		if i == 9 {
			text = "Ann Lee said the plan would fail.\n"
			ann = "T1\tSource 0 7\tAnn Lee\nT2\tCue 8 12\tsaid\nT3\tContent 13 32\tthe plan would fail\nE1\tAttribution:T2 Source:T1 Content:T3 Cue:T2\n"
		}
		name := fmt.Sprintf("a%d", i)
		if err := os.WriteFile(filepath.Join(dir, "text", name+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "attributions", name+"_1.ann"), []byte(ann), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := call(t, "", "eval", "polnear", "--held-out", dir)
	if code != exitOK || !strings.Contains(out, "(1 articles,") || !strings.Contains(out, "attribution F1 1.000") {
		t.Errorf("eval polnear --held-out: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = call(t, "", "eval", "polnear", dir)
	if code != exitOK || !strings.Contains(out, "(10 articles,") {
		t.Errorf("eval polnear: exit %d\n%s%s", code, out, errOut)
	}
}

// TestEvalGUM checks "eval gum" on a folder of one article: the text it rebuilds and
// extracts, and its figures for records given.
func TestEvalGUM(t *testing.T) {
	dir := t.TempDir()
	conllu := "# newpar\n" +
		"1\tAnn\tAnn\tPROPN\tNNP\tNumber=Sing\t3\tnsubj\t_\tEntity=(1-person-new-x-x-1-coref\n" +
		"2\tLee\tLee\tPROPN\tNNP\tNumber=Sing\t1\tflat\t_\tEntity=1)\n" +
		"3\tresigned\tresign\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n" +
		"4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n"
	if err := os.MkdirAll(filepath.Join(dir, "dep"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "dep", "a.conllu"), []byte(conllu), 0o644); err != nil {
		t.Fatal(err)
	}
	texts := filepath.Join(dir, "texts")
	code, out, errOut := call(t, "", "eval", "gum", "--texts", texts, dir)
	if code != exitOK || !strings.Contains(out, "(1 articles)") || !strings.Contains(out, "names (span, type)") {
		t.Fatalf("eval gum: exit %d\n%s%s", code, out, errOut)
	}
	if b, err := os.ReadFile(filepath.Join(texts, "a.txt")); err != nil || string(b) != "Ann Lee resigned." {
		t.Errorf("rebuilt text %q, %v", b, err)
	}
	rec := `{"schema":"onrecord/record/v1","source":{"path":"a.txt"},"entities":[{"id":"E1","type":"organization","name":"Ann Lee","mentions":[{"start":0,"end":7,"text":"Ann Lee","kind":"name"}]}]}`
	sys := filepath.Join(dir, "a.json")
	if err := os.WriteFile(sys, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = call(t, "", "eval", "gum", "--system", sys, "--errors", dir)
	if code != exitOK || !strings.Contains(out, "tp=0 fp=1 fn=1") || !strings.Contains(out, "a\tspurious\torganization\t\"Ann Lee\"") {
		t.Errorf("eval gum --system: exit %d\n%s%s", code, out, errOut)
	}
	if code, _, errOut := call(t, "", "eval", "gum", t.TempDir()); code == exitOK || !strings.Contains(errOut, "no .conllu files") {
		t.Errorf("empty folder: exit %d, %q; want an error", code, errOut)
	}
}
