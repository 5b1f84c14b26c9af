package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"onrecord/ingest"
	"onrecord/metrics"
	"onrecord/queue"
)

// natsFlag adds the --nats flag: the NATS server's address, by default $NATS_URL or the
// local server.
func natsFlag(fs *flags) *string {
	def := os.Getenv("NATS_URL")
	if def == "" {
		def = nats.DefaultURL
	}
	return fs.String("nats", def, "NATS server `URL` with JetStream (default $NATS_URL, else the local server)")
}

// connectNATS connects to the NATS server at url and returns its JetStream.
func connectNATS(url string) (*nats.Conn, jetstream.JetStream, error) {
	nc, err := nats.Connect(url, nats.Name("onrecord"), nats.MaxReconnects(-1))
	if err != nil {
		return nil, nil, fmt.Errorf("connecting to NATS at %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("JetStream at %s: %w", url, err)
	}
	return nc, js, nil
}

func runEnqueue(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "enqueue", "[flags] PATH...",
		`Publishes articles to the NATS JetStream stream that onrecord workers pull from: files,
folders (walked as ingest walks them) and JSON Lines files. Each article is keyed by the
hash of its text, so the stream keeps one copy of an article published twice. Once
published, an article is safe in the stream; the workers store it.`)
	url := natsFlag(fs)
	published := publishedFlag(fs)
	maxSize := maxSizeFlag(fs)
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("give the files or folders to enqueue")
	}
	nc, js, err := connectNATS(*url)
	if err != nil {
		return err
	}
	defer nc.Close()
	begin := time.Now()
	res, err := queue.Enqueue(ctx, js, ingest.Reader{MaxSize: int64(*maxSize)}, fs.Args(), *published)
	if res != nil {
		fmt.Fprintf(e.stderr, "published %d, already in the stream %d, failed %d in %.1fs to %s on %s\n",
			res.Published, res.Duplicates, len(res.Failures), time.Since(begin).Seconds(), queue.Subject, *url)
		for _, f := range res.Failures {
			fmt.Fprintf(e.stderr, "failed: %s\n", f)
		}
	}
	if err != nil {
		return err
	}
	if len(res.Failures) > 0 {
		return fmt.Errorf("%s could not be published", plural(len(res.Failures), "article"))
	}
	return nil
}

func runWorker(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "worker", "[flags]",
		`Pulls articles from the NATS JetStream stream, extracts their records and stores them,
acknowledging each article only once the store has committed it. Any number of workers, on
any number of machines, share the stream; give them one PostgreSQL database with --db
postgres://... An article delivered again after a worker died is stored once. One that
fails --max-tries times goes, with its error, to the dead-letter stream (subject
onrecord.dead). When the stream runs dry, entities are resolved across articles.
SIGINT or SIGTERM finishes the batch in hand and stops.`)
	url := natsFlag(fs)
	db := dbFlag(fs)
	workers := fs.Int("workers", runtime.NumCPU(), "articles extracted at once")
	batch := fs.Int("batch", 64, "articles pulled and stored in one transaction")
	tries := fs.Int("max-tries", 5, "deliveries of an article before it goes to the dead letters")
	ackWait := fs.Duration("ack-wait", time.Minute, "how long an article pulled may go unstored before the stream delivers it again (as when a worker dies); the same for all workers")
	modelPath := fs.String("model", "", "ner model `FILE` (default: the embedded model)")
	metricsAddr := fs.String("metrics", "", "serve Prometheus metrics at http://`ADDRESS`/metrics")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments %q", fs.Args())
	}
	ms, err := loadModels(*modelPath)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	nc, js, err := connectNATS(*url)
	if err != nil {
		return err
	}
	defer nc.Close()
	m := metrics.New()
	var wg sync.WaitGroup
	defer wg.Wait()
	mctx, stopMetrics := context.WithCancel(ctx)
	defer stopMetrics()
	if *metricsAddr != "" {
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := m.Serve(mctx, *metricsAddr, func(a string) {
				fmt.Fprintf(e.stderr, "onrecord worker: metrics at http://%s/metrics\n", a)
			})
			if err != nil {
				fmt.Fprintf(e.stderr, "onrecord worker: metrics: %v\n", err)
			}
		}()
	}
	var mu sync.Mutex
	counts := map[string]int{}
	w := &queue.Worker{JS: js, Store: st, Models: ms, Workers: *workers, Batch: *batch, MaxTries: *tries, AckWait: *ackWait, Resolve: true,
		Observe: func(outcome string, took time.Duration) {
			m.Article(outcome, took)
			mu.Lock()
			counts[outcome]++
			mu.Unlock()
		},
		Lag: m.Lag,
	}
	fmt.Fprintf(e.stderr, "onrecord worker: pulling from %s on %s into %s\n", queue.Stream, *url, st.Path())
	begin := time.Now()
	tick := time.NewTicker(10 * time.Second)
	defer tick.Stop()
	report := func() {
		mu.Lock()
		defer mu.Unlock()
		stored := counts["new"] + counts["updated"]
		fmt.Fprintf(e.stderr, "onrecord worker: new %d, updated %d, unchanged %d, retried %d, dead %d (%.0f stored a second)\n",
			counts["new"], counts["updated"], counts["unchanged"], counts["retry"], counts["dead"],
			float64(stored)/max(time.Since(begin).Seconds(), 1e-9))
	}
	go func() {
		for {
			select {
			case <-tick.C:
				report()
			case <-mctx.Done():
				return
			}
		}
	}()
	err = w.Run(ctx)
	report()
	if err != nil {
		return err
	}
	if ctx.Err() != nil && !errors.Is(ctx.Err(), context.Canceled) {
		return ctx.Err()
	}
	return nil
}
