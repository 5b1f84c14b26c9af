package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"onrecord/internal/testdata"
)

// call runs the command line with stdin and returns its exit code and outputs.
func call(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, &env{strings.NewReader(stdin), &out, &errOut})
	return code, out.String(), errOut.String()
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string // in stdout or stderr
	}{
		{nil, exitUsage, "usage"},
		{[]string{"help"}, exitOK, "commands:"},
		{[]string{"--help"}, exitOK, "commands:"},
		{[]string{"help", "ner"}, exitOK, "--format"},
		{[]string{"ner", "--help"}, exitOK, "--model"},
		{[]string{"train", "ner", "--help"}, exitOK, "--data"},
		{[]string{"eval", "ner", "--help"}, exitOK, "conlleval"},
		{[]string{"frobnicate"}, exitUsage, "unknown command"},
		{[]string{"help", "frobnicate"}, exitUsage, "no command"},
		{[]string{"ner", "--colour"}, exitUsage, "flag provided but not defined"},
		{[]string{"ner", "--format", "xml"}, exitUsage, "--format"},
		{[]string{"ner", "a", "b"}, exitUsage, "one input"},
		{[]string{"ner", "no/such/file.txt"}, exitFailure, "no/such/file.txt"},
		{[]string{"ner", "--model", "no/such.model", "-"}, exitFailure, "no/such.model"},
		{[]string{"train", "ner"}, exitUsage, "--out"},
		{[]string{"train"}, exitUsage, "what to train"},
		{[]string{"eval", "ner"}, exitUsage, "one CoNLL file"},
		{[]string{"version"}, exitOK, "ner model"},
		{[]string{"version"}, exitOK, "attribution model: 2 stages"},
	}
	for _, tt := range tests {
		code, out, errOut := call(t, "", tt.args...)
		if code != tt.code || !strings.Contains(out+errOut, tt.want) {
			t.Errorf("onrecord %q: exit %d, want %d; output %q does not hold %q", tt.args, code, tt.code, out+errOut, tt.want)
		}
	}
}

func TestNERJSON(t *testing.T) {
	src := testdata.Example(t)
	code, out, errOut := call(t, src, "ner", "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	code2, out2, _ := call(t, "", "ner", testdata.ExamplePath())
	if code2 != exitOK || out2 != out {
		t.Errorf("reading the file gave other output than reading standard input")
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 8 {
		t.Fatalf("only %d entities:\n%s", len(lines), out)
	}
	names := map[string]bool{}
	for _, line := range lines {
		var e struct {
			Text, Type string
			Start, End int
		}
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		if e.Start < 0 || e.End > len(src) || src[e.Start:e.End] != e.Text {
			t.Errorf("entity %q at [%d,%d) does not slice the input", e.Text, e.Start, e.End)
		}
		if e.Type != "PER" && e.Type != "ORG" && e.Type != "LOC" && e.Type != "MISC" {
			t.Errorf("entity %q has type %q", e.Text, e.Type)
		}
		names[e.Text+"/"+e.Type] = true
	}
	for _, want := range []string{"Margaret Okafor/PER", "David Hale/PER", "Pennine Build Ltd/ORG"} {
		if !names[want] {
			t.Errorf("no entity %s in %v", want, names)
		}
	}
}

func TestNERCoNLLAgreesWithScorer(t *testing.T) {
	valid := testdata.Shared(t, "conll2003", "valid.txt")
	scorer := filepath.Join(filepath.Dir(filepath.Dir(valid)), "..", "eval", "score.py")
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipping: no python3 to run score.py")
	}
	in, err := os.ReadFile(valid)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := call(t, string(in), "ner", "--format", "conll")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	inLines, outLines := strings.Split(string(in), "\n"), strings.Split(out, "\n")
	if len(inLines) != len(outLines) {
		t.Fatalf("%d lines in, %d out", len(inLines), len(outLines))
	}
	sys := filepath.Join(t.TempDir(), "valid.out")
	if err := os.WriteFile(sys, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	py, err := exec.Command(python, scorer, "conll", "--gold", valid, "--system", sys).CombinedOutput()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, py)
	}
	code, ours, errOut := call(t, "", "eval", "ner", valid)
	if code != exitOK {
		t.Fatalf("eval ner: exit %d: %s", code, errOut)
	}
	f1 := regexp.MustCompile(`NER F1 ([0-9.]+)`)
	theirs := f1.FindStringSubmatch(string(py))
	mine := f1.FindStringSubmatch(ours)
	if theirs == nil || mine == nil || theirs[1] != mine[1] {
		t.Fatalf("score.py says\n%s\neval ner says\n%s", py, ours)
	}
	if theirs[1] < "0.9000" {
		t.Errorf("NER F1 %s on valid.txt, want at least 0.90", theirs[1])
	}
	t.Logf("NER F1 on valid.txt: %s", theirs[1])
}
