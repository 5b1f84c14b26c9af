package queue

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"onrecord/extract"
	"onrecord/ingest"
	"onrecord/record"
	"onrecord/store"
)

// Worker pulls articles from the stream, extracts their records and stores them.
type Worker struct {
	JS       jetstream.JetStream
	Store    *store.Store
	Models   *extract.Models
	Workers  int           // extraction goroutines; all cores when 0
	Batch    int           // articles pulled and stored at once; 64 when 0
	MaxTries int           // deliveries of an article before it goes to the dead letters; 5 when 0
	Idle     time.Duration // how long a pull waits for articles; 2s when 0
	// AckWait is how long an article pulled may go unacknowledged before the stream
	// delivers it again, as it does when a worker dies; 1m when 0.
	AckWait time.Duration
	// Resolve, when set, resolves entities across articles whenever the stream runs dry
	// and some are unresolved.
	Resolve bool
	// Observe, when not nil, is told of each article done: its outcome ("new", "updated",
	// "unchanged", "retry" or "dead") and how long its extraction took.
	Observe func(outcome string, took time.Duration)
	// Lag, when not nil, is told how many articles wait in the stream after each pull.
	Lag func(pending uint64)
}

// Consumer returns the durable consumer that all workers share.
func Consumer(ctx context.Context, js jetstream.JetStream, ackWait time.Duration) (jetstream.Consumer, error) {
	st, err := Setup(ctx, js)
	if err != nil {
		return nil, err
	}
	c, err := st.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{
		Durable:       consumerName,
		Description:   "onrecord workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       ackWait,
		FilterSubject: Subject,
		MaxAckPending: -1,
	})
	if err != nil {
		return nil, fmt.Errorf("creating consumer %s: %w", consumerName, err)
	}
	return c, nil
}

// Pending returns how many articles the workers have not stored yet: waiting in the
// stream, or pulled and not acknowledged.
func Pending(ctx context.Context, js jetstream.JetStream) (uint64, error) {
	c, err := js.Consumer(ctx, Stream, consumerName)
	if errors.Is(err, jetstream.ErrConsumerNotFound) {
		st, err := js.Stream(ctx, Stream)
		if err != nil {
			return 0, err
		}
		info, err := st.Info(ctx)
		if err != nil {
			return 0, err
		}
		return info.State.Msgs, nil
	}
	if err != nil {
		return 0, err
	}
	info, err := c.Info(ctx)
	if err != nil {
		return 0, err
	}
	return info.NumPending + uint64(info.NumAckPending), nil
}

// job is an article pulled, and what came of it.
type job struct {
	msg  jetstream.Msg
	item store.Item
	err  error
	took time.Duration
}

// Run pulls and stores articles until ctx ends; the batch in hand is finished first.
func (w *Worker) Run(ctx context.Context) error {
	if w.Workers <= 0 {
		w.Workers = runtime.NumCPU()
	}
	if w.Batch <= 0 {
		w.Batch = 64
	}
	if w.MaxTries <= 0 {
		w.MaxTries = 5
	}
	if w.Idle <= 0 {
		w.Idle = 2 * time.Second
	}
	if w.AckWait <= 0 {
		w.AckWait = time.Minute
	}
	cons, err := Consumer(ctx, w.JS, w.AckWait)
	if err != nil {
		return err
	}
	xs := make(chan *extract.Extractor, w.Workers)
	for i := 0; i < w.Workers; i++ {
		xs <- extract.New(w.Models)
	}
	// One batch is stored while the next is pulled and extracted.
	batches := make(chan []*job, 1)
	failed := make(chan struct{}) // closed when storing has failed
	stored := make(chan error, 1)
	go func() {
		var err error
		for jobs := range batches {
			if err != nil {
				for _, j := range jobs {
					j.msg.NakWithDelay(5 * time.Second)
				}
				continue
			}
			if err = w.store(jobs); err != nil {
				close(failed)
			}
		}
		stored <- err
	}()
	err = w.pull(ctx, cons, xs, batches, failed)
	close(batches)
	if serr := <-stored; serr != nil {
		return serr
	}
	return err
}

// pull pulls articles and extracts them, a batch at a time, and hands each batch to be
// stored, until ctx ends or storing fails.
func (w *Worker) pull(ctx context.Context, cons jetstream.Consumer, xs chan *extract.Extractor, batches chan<- []*job, failed <-chan struct{}) error {
	for ctx.Err() == nil {
		select {
		case <-failed:
			return nil
		default:
		}
		batch, err := cons.Fetch(w.Batch, jetstream.FetchMaxWait(w.Idle))
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			return fmt.Errorf("pulling articles: %w", err)
		}
		var jobs []*job
		for m := range batch.Messages() {
			jobs = append(jobs, &job{msg: m})
		}
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && !errors.Is(err, jetstream.ErrNoMessages) && ctx.Err() == nil {
			return fmt.Errorf("pulling articles: %w", err)
		}
		if w.Lag != nil {
			if n, err := Pending(ctx, w.JS); err == nil {
				w.Lag(n)
			}
		}
		if len(jobs) == 0 {
			if w.Resolve && ctx.Err() == nil {
				if err := w.Store.ResolveIfStale(ctx); err != nil && ctx.Err() == nil {
					return err
				}
			}
			continue
		}
		w.extractAll(jobs, xs)
		select {
		case batches <- jobs:
		case <-failed:
			for _, j := range jobs {
				j.msg.NakWithDelay(5 * time.Second)
			}
			return nil
		}
	}
	return nil
}

// extractAll extracts the articles of jobs on the worker's extractors. Extraction goes on
// to the end even when the worker is stopping, so that what was pulled is stored.
func (w *Worker) extractAll(jobs []*job, xs chan *extract.Extractor) {
	var wg sync.WaitGroup
	for _, j := range jobs {
		x := <-xs
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { xs <- x }()
			defer func() {
				if v := recover(); v != nil {
					j.err = fmt.Errorf("extraction failed: %v", v)
				}
			}()
			begin := time.Now()
			a, err := decode(j.msg.Data())
			if err == nil {
				err = ingest.CheckText(a.Text)
			}
			if err != nil {
				j.err = err
				return
			}
			d, err := x.Extract(context.Background(), a)
			if err != nil {
				j.err = err
				return
			}
			j.item = store.Item{Record: record.FromDocument(d), Text: d.Text}
			j.took = time.Since(begin)
		}()
	}
	wg.Wait()
}

// store stores the articles extracted in one transaction, acknowledging them once it
// commits. If the transaction fails, each is stored alone, so that one bad article does
// not hold back the rest; those that fail are delivered again, or, when they have failed
// too often, sent to the dead letters.
func (w *Worker) store(jobs []*job) error {
	ctx := context.Background() // what was pulled is stored even when the worker is stopping
	var ok []*job
	for _, j := range jobs {
		if j.err == nil {
			ok = append(ok, j)
		} else {
			w.fail(ctx, j)
		}
	}
	if len(ok) == 0 {
		return nil
	}
	items := make([]store.Item, len(ok))
	for i, j := range ok {
		items[i] = j.item
	}
	outcomes, err := w.Store.Put(ctx, items)
	if err == nil {
		for i, j := range ok {
			w.done(j, outcomes[i])
		}
		return nil
	}
	if errors.Is(err, store.ErrFull) || errors.Is(err, store.ErrReadOnly) || errors.Is(err, store.ErrServer) {
		for _, j := range ok {
			j.msg.NakWithDelay(5 * time.Second)
		}
		return err // no article can be stored: stop, and let them be delivered again
	}
	for _, j := range ok {
		out, err := w.Store.Put(ctx, []store.Item{j.item})
		if err != nil {
			j.err = err
			w.fail(ctx, j)
			continue
		}
		w.done(j, out[0])
	}
	return nil
}

var outcomeNames = map[store.Outcome]string{store.Added: "new", store.Updated: "updated", store.Unchanged: "unchanged"}

func (w *Worker) done(j *job, o store.Outcome) {
	j.msg.Ack()
	if w.Observe != nil {
		w.Observe(outcomeNames[o], j.took)
	}
}

// fail hands an article back for another try, or to the dead letters with its error once
// it has been delivered MaxTries times.
func (w *Worker) fail(ctx context.Context, j *job) {
	tries := uint64(1)
	if md, err := j.msg.Metadata(); err == nil {
		tries = md.NumDelivered
	}
	if tries < uint64(w.MaxTries) {
		j.msg.NakWithDelay(time.Duration(tries) * time.Second)
		if w.Observe != nil {
			w.Observe("retry", j.took)
		}
		return
	}
	dead := nats.NewMsg(DeadSubject)
	dead.Data = j.msg.Data()
	dead.Header.Set("Onrecord-Error", j.err.Error())
	dead.Header.Set("Onrecord-Tries", fmt.Sprint(tries))
	if _, err := w.JS.PublishMsg(ctx, dead); err != nil {
		j.msg.NakWithDelay(time.Duration(tries) * time.Second) // keep it rather than lose it
		return
	}
	j.msg.Term()
	if w.Observe != nil {
		w.Observe("dead", j.took)
	}
}
