// Package pipeline ingests a corpus: it reads articles from files, folders and JSON Lines,
// extracts their records on every core, stores them in batched transactions, and resolves
// entities across articles at the end. Memory stays flat however large the corpus: articles
// stream through bounded queues and nothing of them is kept once stored.
package pipeline

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"onrecord/extract"
	"onrecord/ingest"
	"onrecord/record"
	"onrecord/store"
)

// Options sets how a corpus is ingested.
type Options struct {
	Workers   int                     // extraction goroutines; all cores when 0
	Batch     int                     // articles a transaction; 200 when 0
	Published string                  // date given to articles that carry none
	Stdin     io.Reader               // read for "-"
	Reader    ingest.Reader           // the limits articles are read within
	Progress  func(Progress)          // called as articles are stored, and at the end
	Interval  time.Duration           // how often Progress is called at most; 200ms when 0
	Extract   func(*extract.Document) // called with each document extracted, for timing; may be nil
}

// Progress is how far an ingest has come.
type Progress struct {
	Files, FilesDone int // files to read, and read so far
	Stored           int // articles stored, new or updated
	Read             int // articles read
	Elapsed          time.Duration
	Done             bool
}

// Failure is an input that could not be read or stored.
type Failure struct {
	Name string
	Err  error
}

// String returns the failure as one line that names the input and the reason.
func (f Failure) String() string {
	msg := strings.ReplaceAll(f.Err.Error(), "\n", " ")
	if strings.Contains(msg, f.Name) {
		return msg
	}
	return f.Name + ": " + msg
}

// Summary tells what an ingest did.
type Summary struct {
	Read, New, Updated, Unchanged int
	Failures                      []Failure
	Elapsed                       time.Duration
	Interrupted                   bool
}

type job struct {
	name string
	a    *ingest.Article
}

type result struct {
	name string
	item store.Item
	err  error
}

// Ingest reads, extracts and stores every article under paths. Articles whose text the
// store holds already are not extracted again. When ctx ends, what has been extracted is
// stored and committed, and Ingest returns with Summary.Interrupted set; running it again
// finishes the job.
func Ingest(ctx context.Context, st *store.Store, ms *extract.Models, paths []string, opt Options) (*Summary, error) {
	begin := time.Now()
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	if opt.Batch <= 0 {
		opt.Batch = 200
	}
	if opt.Interval <= 0 {
		opt.Interval = 200 * time.Millisecond
	}
	files := ingest.Expand(paths)
	sum := &Summary{}
	var mu sync.Mutex // guards sum and prog
	prog := Progress{Files: len(files)}
	report := func(force bool) {}
	if opt.Progress != nil {
		last := time.Time{}
		report = func(force bool) {
			if !force && time.Since(last) < opt.Interval {
				return
			}
			last = time.Now()
			p := prog
			p.Elapsed = time.Since(begin)
			opt.Progress(p)
		}
	}
	fail := func(name string, err error) {
		mu.Lock()
		sum.Failures = append(sum.Failures, Failure{name, err})
		mu.Unlock()
	}

	readCtx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	jobs := make(chan job, opt.Workers*4)
	results := make(chan result, opt.Workers*4)

	// Read: one goroutine walks the inputs in order.
	go func() {
		defer close(jobs)
		for _, f := range files {
			if readCtx.Err() != nil {
				return
			}
			if f.Err != nil {
				fail(f.Path, f.Err)
				mu.Lock()
				prog.FilesDone++
				mu.Unlock()
				continue
			}
			opt.Reader.Each(f.Path, opt.Stdin, func(name string, a *ingest.Article, err error) error {
				mu.Lock()
				sum.Read++
				prog.Read++
				mu.Unlock()
				if err != nil {
					fail(name, err)
					return nil
				}
				if has, err := st.Has(readCtx, a.ID()); err != nil || has {
					if err != nil {
						fail(name, err)
						return nil
					}
					mu.Lock()
					sum.Unchanged++
					mu.Unlock()
					return nil
				}
				if a.Published == "" {
					a.Published = opt.Published
				}
				select {
				case jobs <- job{name, a}:
					return nil
				case <-readCtx.Done():
					return readCtx.Err()
				}
			})
			mu.Lock()
			prog.FilesDone++
			mu.Unlock()
		}
	}()

	// Extract: a worker per core, each with its own extractor.
	var wg sync.WaitGroup
	for w := 0; w < opt.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x := extract.New(ms)
			for j := range jobs {
				// Extraction runs to the end even when ctx ends, so that what was read is kept.
				d, err := x.Extract(context.Background(), j.a)
				r := result{name: j.name, err: err}
				if err == nil {
					if opt.Extract != nil {
						opt.Extract(d)
					}
					r.item = store.Item{Record: record.FromDocument(d), Text: d.Text}
				}
				results <- r
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// Store: batches in transactions, the last batch whatever its size.
	var batch []result
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		items := make([]store.Item, len(batch))
		for i, r := range batch {
			items[i] = r.item
		}
		outcomes, err := st.Put(context.Background(), items)
		if err != nil {
			return err
		}
		mu.Lock()
		for _, o := range outcomes {
			switch o {
			case store.Added:
				sum.New++
			case store.Updated:
				sum.Updated++
			case store.Unchanged:
				sum.Unchanged++
			}
			prog.Stored++
		}
		mu.Unlock()
		batch = batch[:0]
		return nil
	}
	var storeErr error
	for r := range results {
		if storeErr != nil {
			continue // drain
		}
		if r.err != nil {
			fail(r.name, r.err)
			continue
		}
		batch = append(batch, r)
		if len(batch) >= opt.Batch {
			if storeErr = flush(); storeErr != nil {
				stopReading()
			}
		}
		mu.Lock()
		report(false)
		mu.Unlock()
		if ctx.Err() != nil {
			stopReading()
		}
	}
	if storeErr == nil {
		storeErr = flush()
	}
	if storeErr != nil {
		return sum, fmt.Errorf("storing: %w", storeErr)
	}
	sum.Interrupted = ctx.Err() != nil
	if !sum.Interrupted && (sum.New > 0 || sum.Updated > 0) {
		if err := st.Resolve(ctx); err != nil {
			return sum, fmt.Errorf("resolving entities: %w", err)
		}
	} else if !sum.Interrupted {
		if err := st.ResolveIfStale(ctx); err != nil {
			return sum, fmt.Errorf("resolving entities: %w", err)
		}
	}
	sum.Elapsed = time.Since(begin)
	mu.Lock()
	prog.Done = true
	report(true)
	mu.Unlock()
	return sum, nil
}
