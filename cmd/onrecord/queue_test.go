package main

import (
	"bufio"
	"context"
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

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"encoding/json"
	"onrecord/internal/natstest"
	"onrecord/internal/pgtest"
	"onrecord/internal/testdata"
	"onrecord/queue"
	"onrecord/record"
	"onrecord/store"
)

// startWorker runs onrecord worker in a process of its own and returns it with the lines
// it writes to standard error.
func startWorker(t *testing.T, args ...string) (*exec.Cmd, <-chan string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"worker"}, args...)...)
	cmd.Env = append(os.Environ(), "ONRECORD_MAIN=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	lines := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			default:
			}
		}
		close(lines)
	}()
	return cmd, lines
}

// TestWorkerKilledMidStream kills a worker with SIGKILL while it stores a stream of 400
// articles, lets a second worker finish, and counts: every article stored exactly once,
// with its facts once.
func TestWorkerKilledMidStream(t *testing.T) {
	ctx := context.Background()
	url := natstest.Start(t)
	db := pgtest.DB(t)
	dir := t.TempDir()
	const n = 400
	for i, text := range testdata.Variants(t, n) {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(text), 0o644)
	}
	if code, _, errOut := call(t, "", "enqueue", "--nats", url, dir); code != exitOK || !strings.Contains(errOut, fmt.Sprintf("published %d", n)) {
		t.Fatalf("enqueue: exit %d: %s", code, errOut)
	}
	first, _ := startWorker(t, "--nats", url, "--db", db, "--batch", "10", "--workers", "2", "--ack-wait", "3s")
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	killWhenStored(t, first, db, 50, 2*time.Minute)
	before, _ := st.Stats(ctx)
	if before.Articles >= n {
		t.Fatalf("the first worker stored all %d articles before it was killed", before.Articles)
	}
	second, lines := startWorker(t, "--nats", url, "--db", db, "--batch", "10", "--workers", "2", "--ack-wait", "3s", "--metrics", "127.0.0.1:0")
	var metricsURL string
	for line := range lines {
		if m := regexp.MustCompile(`metrics at (http://\S+)`).FindStringSubmatch(line); m != nil {
			metricsURL = m[1]
			break
		}
	}
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(50 * time.Millisecond) {
		n, err := queue.Pending(ctx, js)
		if err == nil && n == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the stream was not drained: %d pending, %v", n, err)
		}
	}
	// The worker tells its metrics after each pull: wait for one after the last article.
	var body string
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		resp, err := http.Get(metricsURL)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if body = string(b); strings.Contains(body, "onrecord_queue_pending_articles 0") {
			break
		}
	}
	for _, want := range []string{`onrecord_articles_total{outcome="new"}`, "onrecord_extract_seconds_count", "onrecord_queue_pending_articles 0"} {
		if !strings.Contains(body, want) {
			t.Errorf("the worker's metrics lack %s", want)
		}
	}
	second.Process.Signal(syscall.SIGTERM)
	if err := second.Wait(); err != nil {
		t.Errorf("the second worker exited with %v", err)
	}
	after, err := st.Stats(ctx)
	if err != nil || after.Articles != n || after.Versions != n {
		t.Fatalf("after the kill: %+v, %v; want %d articles, each once", after, err, n)
	}
	// Each article's facts are stored once: as many entities, quotes, roles and events
	// as the records list.
	var want store.Stats
	err = st.EachRecord(ctx, func(raw json.RawMessage) error {
		var r record.Record
		if err := json.Unmarshal(raw, &r); err != nil {
			return err
		}
		want.Quotes += len(r.Quotes)
		want.Events += len(r.Events)
		return nil
	})
	if err != nil || after.Quotes != want.Quotes || after.Events != want.Events {
		t.Errorf("%d quotes and %d events stored; the records hold %d and %d (%v)", after.Quotes, after.Events, want.Quotes, want.Events, err)
	}
	t.Logf("killed after %d of %d articles; the second worker stored the rest; %d quotes, %d events", before.Articles, n, after.Quotes, after.Events)
}
