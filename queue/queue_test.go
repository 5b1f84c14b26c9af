package queue_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"onrecord/ingest"
	"onrecord/internal/natstest"
	"onrecord/internal/pgtest"
	"onrecord/internal/testdata"
	"onrecord/internal/testmodels"
	"onrecord/queue"
	"onrecord/store"
)

func connect(t *testing.T, url string) jetstream.JetStream {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	return js
}

// drained waits until the workers have stored every article of the stream.
func drained(t *testing.T, js jetstream.JetStream) {
	t.Helper()
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if n, err := queue.Pending(context.Background(), js); err == nil && n == 0 {
			return
		}
	}
	t.Fatal("the stream was not drained in two minutes")
}

func TestEnqueueAndTwoWorkers(t *testing.T) {
	ctx := context.Background()
	url := natstest.Start(t)
	js := connect(t, url)
	dir := t.TempDir()
	texts := testdata.Variants(t, 40)
	for i, text := range texts {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.txt", i)), []byte(text), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	res, err := queue.Enqueue(ctx, js, ingest.Reader{}, []string{dir, filepath.Join(dir, "00.txt")}, "2014-08-27")
	if err != nil {
		t.Fatal(err)
	}
	if res.Published != 40 || res.Duplicates != 1 || len(res.Failures) != 1 {
		t.Fatalf("enqueued %+v", res)
	}
	db := pgtest.DB(t)
	ms := testmodels.Load(t)
	wctx, stop := context.WithCancel(ctx)
	var wg sync.WaitGroup
	var mu sync.Mutex
	outcomes := map[string]int{}
	for i := 0; i < 2; i++ {
		st, err := store.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		w := &queue.Worker{JS: connect(t, url), Store: st, Models: ms, Workers: 2, Batch: 8, Idle: 200 * time.Millisecond,
			Observe: func(o string, _ time.Duration) { mu.Lock(); outcomes[o]++; mu.Unlock() }}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := w.Run(wctx); err != nil {
				t.Error(err)
			}
		}()
	}
	// On PostgreSQL, resolving while the workers write is safe: run it over and over
	// meanwhile. (SQLite has one writer at a time: a resolution run without pause starves
	// the workers, who give up after the busy timeout.)
	resolved := make(chan error, 1)
	if store.IsPostgres(db) {
		resolver, err := store.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		defer resolver.Close()
		go func() {
			for wctx.Err() == nil {
				if err := resolver.Resolve(ctx); err != nil {
					resolved <- err
					return
				}
			}
			resolved <- nil
		}()
	} else {
		resolved <- nil
	}
	drained(t, js)
	stop()
	wg.Wait()
	if err := <-resolved; err != nil {
		t.Errorf("resolving while workers write: %v", err)
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Resolve(ctx); err != nil {
		t.Fatal(err)
	}
	stats, _ := st.Stats(ctx)
	if stats.Articles != 40 || outcomes["new"] != 40 {
		t.Errorf("%d articles stored, outcomes %v; want 40 new", stats.Articles, outcomes)
	}
	found, err := st.Find(ctx, "person", "Hale")
	if err != nil || len(found) != 1 || found[0].Articles != 40 {
		t.Errorf("Hale: %+v, %v", found, err)
	}
	evs, _ := st.Events(ctx, store.EventQuery{Subject: "Hale"})
	if len(evs) == 0 || evs[0].Source.Published != "2014-08-27" {
		t.Errorf("events of Hale: %+v", evs)
	}
}

func TestPoisonGoesToDeadLetters(t *testing.T) {
	ctx := context.Background()
	url := natstest.Start(t)
	js := connect(t, url)
	if _, err := queue.Setup(ctx, js); err != nil {
		t.Fatal(err)
	}
	for _, body := range []string{`{"text": `, `{"path": "x.txt", "text": ""}`, `{"path": "ok.txt", "text": "Mayor Joan Fisher resigned on Monday."}`} {
		if _, err := js.Publish(ctx, queue.Subject, []byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	st, err := store.Open(ctx, pgtest.DB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ms := testmodels.Load(t)
	wctx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	w := &queue.Worker{JS: js, Store: st, Models: ms, MaxTries: 2, Idle: 100 * time.Millisecond}
	go func() { done <- w.Run(wctx) }()
	dead, err := js.Stream(ctx, queue.DeadStream)
	if err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if info, err := dead.Info(ctx); err == nil && info.State.Msgs == 2 {
			break
		}
	}
	drained(t, js)
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	for seq := uint64(1); seq <= 2; seq++ {
		m, err := dead.GetMsg(ctx, seq)
		if err != nil {
			t.Fatalf("dead letter %d: %v", seq, err)
		}
		if m.Header.Get("Onrecord-Error") == "" || m.Header.Get("Onrecord-Tries") != "2" {
			t.Errorf("dead letter %d: headers %v", seq, m.Header)
		}
	}
	if stats, _ := st.Stats(ctx); stats.Articles != 1 {
		t.Errorf("%d articles stored, want the good one", stats.Articles)
	}
}
