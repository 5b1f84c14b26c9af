package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"onrecord/internal/testdata"
	"onrecord/record"
)

// TestExtractBadFiles runs extract on one bad file at a time: each gives a one-line error
// naming the file and the reason, and exit status 1.
func TestExtractBadFiles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"empty.txt":  "",
		"image.txt":  "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
		"big.txt":    strings.Repeat("Words of an article. ", 100), // over --max-size 1K
		"folder.txt": "",
	}
	for name, body := range files {
		if name == "folder.txt" {
			os.Mkdir(filepath.Join(dir, name), 0o755)
			continue
		}
		os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644)
	}
	for name, reason := range map[string]string{
		"empty.txt":   "no text in the article",
		"image.txt":   "not a text or HTML file (image/png)",
		"big.txt":     "2100 bytes is more than the 1024",
		"folder.txt":  "is a folder",
		"missing.txt": "no such file",
	} {
		p := filepath.Join(dir, name)
		code, out, errOut := call(t, "", "extract", "--max-size", "1K", p)
		lines := strings.Split(strings.TrimSpace(errOut), "\n")
		if code != exitFailure || out != "" || len(lines) != 2 || !strings.Contains(lines[0], p) || !strings.Contains(lines[0], reason) {
			t.Errorf("%s: exit %d, stderr %q; want one line naming it and saying %q, then the count", name, code, errOut, reason)
		}
	}
	if code, _, errOut := call(t, "", "extract", "--max-size", "lots", filepath.Join(dir, "big.txt")); code != exitUsage || !strings.Contains(errOut, "10M") {
		t.Errorf("--max-size lots: exit %d, %s", code, errOut)
	}
}

// TestExtractAwkwardText extracts text that is awkward but readable: repaired encodings,
// Windows line endings and a single line of 5 MB.
func TestExtractAwkwardText(t *testing.T) {
	if raceEnabled {
		t.Skip("a 5 MB article takes too long under the race detector")
	}
	dir := t.TempDir()
	files := map[string]string{
		"cp1252.txt": "Council leader quits\r\n\r\nThe council\x92s leader, Ann Cole, said: \x93I am sorry.\x94\r\n",
		"long.txt":   strings.Repeat("The council said it would look again at the plan ", 100000),
	}
	var paths []string
	for name, body := range files {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(body), 0o644)
		paths = append(paths, p)
	}
	code, out, errOut := call(t, "", append([]string{"extract", "--format", "jsonl"}, paths...)...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != len(paths) {
		t.Fatalf("%d records for %d files", len(lines), len(paths))
	}
	for i, line := range lines {
		var r record.Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%s: %v", paths[i], err)
		}
		file, _ := os.ReadFile(paths[i]) // the text when the record carries none
		if err := r.Check(string(file)); err != nil {
			t.Errorf("%s: %v", paths[i], err)
		}
		if strings.HasSuffix(paths[i], "cp1252.txt") {
			if r.Text == nil || !strings.Contains(*r.Text, "council’s leader") || len(r.Quotes) != 1 || r.Quotes[0].Text != "I am sorry." {
				t.Errorf("Windows-1252 article: text %v, quotes %+v", r.Text, r.Quotes)
			}
		}
	}
}

// TestIngestBadBatch ingests a folder where some files are bad: the rest are stored, and
// the summary lists each failure on a line of its own.
func TestIngestBadBatch(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"good1.txt":  "Mayor quits\n\nMayor Joan Fisher resigned on Monday.\n",
		"good2.txt":  "Minister stays\n\nMinister Ann Cole said she would not resign.\n",
		"empty.txt":  "",
		"zip.txt":    "PK\x03\x04\x14\x00\x00\x00\x08\x00",
		"feed.jsonl": "{\"text\": \"Chief constable Sam Reed was suspended.\"}\n{oops\n",
	} {
		os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644)
	}
	os.Symlink("self.txt", filepath.Join(dir, "self.txt"))
	db := filepath.Join(t.TempDir(), "b.db")
	code, _, errOut := call(t, "", "ingest", "--db", db, dir, filepath.Join(dir, "nothing-here"))
	if code != exitFailure || !strings.Contains(errOut, "new 3") || !strings.Contains(errOut, "failed 5") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"empty.txt: no text", "zip.txt: not a text or HTML file (application/zip)",
		"feed.jsonl:2: invalid character", "self.txt: too many levels of symbolic links", "nothing-here: no such file"} {
		found := false
		for _, line := range strings.Split(errOut, "\n") {
			if strings.HasPrefix(line, "failed: ") && strings.Contains(line, want) {
				found = true
			}
		}
		if !found {
			t.Errorf("no line \"failed: ...%s\" in\n%s", want, errOut)
		}
	}
	if code, out, _ := call(t, "", "events", "--db", db, "--type", "suspend"); code != exitOK || !strings.Contains(out, "Sam Reed") {
		t.Errorf("the good line of the broken feed was not stored: %s", out)
	}
}

// TestStoreFaultsOnTheCommandLine checks the one-line errors of commands that meet a
// missing or damaged database.
func TestStoreFaultsOnTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")
	damaged := filepath.Join(dir, "damaged.db")
	os.WriteFile(damaged, []byte("SQLite format 3\x00 but nothing after the header is right"), 0o644)
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"people", "--db", missing}, exitFailure, "no database at " + missing},
		{[]string{"info", "--db", missing}, exitOK, "no database at " + missing},
		{[]string{"quotes", "--db", damaged}, exitFailure, "damaged.db: the database file is damaged"},
		{[]string{"ingest", "--db", damaged, testdata.ExamplePath()}, exitFailure, "damaged.db: the database file is damaged"},
	} {
		code, out, errOut := call(t, "", tt.args...)
		msg := strings.TrimSpace(out + errOut)
		if code != tt.code || !strings.Contains(msg, tt.want) || strings.Count(msg, "\n") > 0 {
			t.Errorf("onrecord %q: exit %d, %q; want exit %d and one line saying %q", tt.args, code, msg, tt.code, tt.want)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("a command that only reads made a database")
	}
}

// TestServeFinishesOnSIGTERM runs onrecord serve in a process of its own, sends it SIGTERM
// while a request is in flight, and checks that the request is answered and the server
// exits cleanly.
func TestServeFinishesOnSIGTERM(t *testing.T) {
	cmd := exec.Command(os.Args[0], "serve", "--demo", "--addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), "ONRECORD_MAIN=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	lines := bufio.NewScanner(stderr)
	var base string
	for lines.Scan() {
		if m := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)/`).FindStringSubmatch(lines.Text()); m != nil {
			base = "http://" + m[1]
			break
		}
	}
	if base == "" {
		t.Fatal("the server never said where it listens")
	}
	go io.Copy(io.Discard, stderr)
	pr, pw := io.Pipe()
	answer := make(chan string, 1)
	go func() {
		resp, err := http.Post(base+"/api/v1/extract", "text/plain", pr)
		if err != nil {
			answer <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		answer <- fmt.Sprintf("%d %s", resp.StatusCode, b)
	}()
	pw.Write([]byte("Mayor quits\n\nMayor Joan Fisher "))
	time.Sleep(200 * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	pw.Write([]byte("resigned on Monday.\n"))
	pw.Close()
	if got := <-answer; !strings.HasPrefix(got, "200 ") || !strings.Contains(got, `"resign"`) {
		t.Errorf("the request in flight got %.300s", got)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("the server exited with %v", err)
	}
}

func TestServeBindsToLoopbackByDefault(t *testing.T) {
	code, out, _ := call(t, "", "serve", "--help")
	if code != exitOK || !strings.Contains(out, "(default 127.0.0.1:8080)") {
		t.Errorf("serve --help: exit %d, no loopback default in\n%s", code, out)
	}
}
