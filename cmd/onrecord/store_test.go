package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"onrecord/internal/testdata"
	"onrecord/store"
)

// TestMain lets a test run this program in a process of its own: the test binary, run with
// ONRECORD_MAIN=1, is onrecord.
func TestMain(m *testing.M) {
	if os.Getenv("ONRECORD_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// TestIngestSurvivesKill kills an ingest with SIGKILL midway, then checks that the
// database is sound and that the same ingest run again completes it, nothing lost or
// doubled.
func TestIngestSurvivesKill(t *testing.T) {
	dir := t.TempDir()
	const n = 400
	for i, text := range testdata.Variants(t, n) {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "kill.db")
	cmd := exec.Command(os.Args[0], "ingest", "--db", db, "--batch", "10", "--workers", "2", dir)
	cmd.Env = append(os.Environ(), "ONRECORD_MAIN=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once some batches are committed.
	killWhenStored(t, cmd, db, 50, time.Minute)
	ctx := context.Background()
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
	part, _ := st.Stats(ctx)
	st.Close()
	if part.Articles >= n {
		t.Fatalf("the ingest was killed too late: %d articles stored", part.Articles)
	}
	code, _, errOut := call(t, "", "ingest", "--db", db, dir)
	if code != exitOK {
		t.Fatalf("ingest again: exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, fmt.Sprintf("new %d", n-part.Articles)) {
		t.Errorf("second ingest says %q; want %d new", errOut, n-part.Articles)
	}
	// The same as one ingest in one go.
	whole := filepath.Join(t.TempDir(), "whole.db")
	if code, _, errOut := call(t, "", "ingest", "--db", whole, dir); code != exitOK {
		t.Fatalf("whole ingest: %s", errOut)
	}
	a, _ := store.Open(ctx, db)
	b, _ := store.Open(ctx, whole)
	defer a.Close()
	defer b.Close()
	sa, _ := a.Stats(ctx)
	sb, _ := b.Stats(ctx)
	if sa != sb || sa.Articles != n || sa.Versions != n {
		t.Errorf("after the kill and a second ingest: %+v; in one go: %+v", sa, sb)
	}
}

// killWhenStored kills cmd with SIGKILL as soon as the store at db holds n articles, and
// fails the test if it does not within the time given.
func killWhenStored(t *testing.T, cmd *exec.Cmd, db string, n int, within time.Duration) {
	t.Helper()
	defer cmd.Wait()
	for deadline := time.Now().Add(within); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		st, err := store.Open(context.Background(), db)
		if err != nil {
			continue
		}
		s, err := st.Stats(context.Background())
		st.Close()
		if err == nil && s.Articles >= n {
			cmd.Process.Signal(syscall.SIGKILL)
			return
		}
	}
	t.Fatalf("%s never stored %d articles", cmd.Args[1], n)
}

// TestStoreCommands runs the commands that read the store on a small corpus.
func TestStoreCommands(t *testing.T) {
	dir := t.TempDir()
	for i, text := range testdata.Variants(t, 12) {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.txt", i)), []byte(text), 0o644)
	}
	db := filepath.Join(t.TempDir(), "c.db")
	if code, _, errOut := call(t, "", "ingest", "--db", db, dir); code != exitOK || !strings.Contains(errOut, "new 12") {
		t.Fatalf("ingest: exit %d: %s", code, errOut)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"info", "--db", db}, "articles       12"},
		{[]string{"people", "--db", db}, "David Hale"},
		{[]string{"people", "--db", db, "--type", "organization"}, "Pennine Build Ltd"},
		{[]string{"person", "--db", db, "Hale"}, "head of housing"},
		{[]string{"person", "--db", db, "Hale", "--why"}, "full name \"David Hale\""},
		{[]string{"quotes", "--db", db, "--by", "Hale", "--about", "fix"}, "My job is to fix this"},
		{[]string{"quotes", "--db", db, "--by", "Hale", "--kind", "direct", "--about", "fix"}, "My job is to fix this"},
		{[]string{"events", "--db", db, "--type", "deny"}, "deny David Hale"},
		{[]string{"export", "--db", db, "--format", "popolo"}, "memberships"},
	} {
		code, out, errOut := call(t, "", tt.args...)
		if code != exitOK || !strings.Contains(out, tt.want) {
			t.Errorf("onrecord %q: exit %d, output lacks %q:\n%s%s", tt.args, code, tt.want, out, errOut)
		}
	}
	code, out, _ := call(t, "", "person", "--db", db, "--json", "David Hale")
	var p struct {
		ID       int64
		Name     string
		Aliases  []string
		Roles    []json.RawMessage
		Quotes   []json.RawMessage
		Events   []json.RawMessage
		Articles []json.RawMessage
	}
	if code != exitOK || json.Unmarshal([]byte(out), &p) != nil || p.Name != "David Hale" || len(p.Articles) != 12 || len(p.Quotes) == 0 {
		t.Errorf("person --json: exit %d, %+v", code, p)
	}
	if code, out, errOut := call(t, "", "quotes", "--db", db, "--kind", "indirect", "--about", "fix"); code != exitOK || strings.Contains(out, "My job is to fix this") {
		t.Errorf("quotes --kind indirect: exit %d, a direct quotation among them:\n%s%s", code, out, errOut)
	}
	if code, _, errOut := call(t, "", "quotes", "--db", db, "--kind", "sung"); code != exitUsage || !strings.Contains(errOut, "sung") {
		t.Errorf("quotes --kind sung: exit %d, %s", code, errOut)
	}
	if code, _, errOut := call(t, "", "person", "--db", db, "Nobody Atall"); code != exitFailure || !strings.Contains(errOut, "Nobody Atall") {
		t.Errorf("an unknown person: exit %d, %s", code, errOut)
	}
}

// TestPoliticsArchive ingests the BBC's politics articles and checks the people the
// issue names: Tony Blair in 100 articles or more, Gordon Brown apart from him, and David
// Blunkett's resignation as home secretary with its sources.
func TestPoliticsArchive(t *testing.T) {
	politics := testdata.Shared(t, "news", "bbc", "politics")
	db := filepath.Join(t.TempDir(), "politics.db")
	if code, _, errOut := call(t, "", "ingest", "--db", db, politics); code != exitOK {
		t.Fatalf("ingest: %s", errOut)
	}
	type person struct {
		ID       int64
		Name     string
		Articles []json.RawMessage
		Events   []struct {
			Type, Post string
			Source     struct{ Path, Sentence string }
		}
	}
	find := func(name string) []person {
		code, out, errOut := call(t, "", "person", "--db", db, "--json", name)
		if code != exitOK {
			t.Fatalf("person %s: %s", name, errOut)
		}
		var list []person
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var p person
			if err := json.Unmarshal([]byte(line), &p); err != nil {
				t.Fatal(err)
			}
			list = append(list, p)
		}
		return list
	}
	blair := find("Tony Blair")
	if len(blair) != 1 || len(blair[0].Articles) < 100 {
		t.Errorf("Tony Blair: %d people, the first in %d articles", len(blair), len(blair[0].Articles))
	}
	brown := find("Gordon Brown")
	if len(brown) != 1 || brown[0].ID == blair[0].ID {
		t.Errorf("Gordon Brown is %d people, id %d (Blair %d)", len(brown), brown[0].ID, blair[0].ID)
	}
	resigned := false
	for _, p := range find("Blunkett") {
		for _, e := range p.Events {
			if e.Type == "resign" && strings.Contains(strings.ToLower(e.Post+" "+e.Source.Sentence), "home secretary") && e.Source.Path != "" {
				resigned = true
			}
		}
	}
	if !resigned {
		t.Error("no resignation of Blunkett as home secretary with its source")
	}
}
