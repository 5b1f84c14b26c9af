package extract

import (
	"context"
	"sync"

	"onrecord/ingest"
)

// Result is the outcome of extracting one input of a batch.
type Result struct {
	Index int       // the input's place in the batch
	Doc   *Document // nil on failure
	Err   error
}

// ExtractAll reads and extracts inputs 0 to n-1 with workers goroutines, each with its own
// Extractor over the shared model, and hands each result to emit in input order. read
// loads input i. It stops at the first error emit returns, or when ctx is done.
func ExtractAll(ctx context.Context, ms *Models, n, workers int, read func(i int) (*ingest.Article, error), emit func(Result) error) error {
	if workers < 1 {
		workers = 1
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan int)
	results := make(chan Result, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			x := New(ms)
			for i := range jobs {
				r := Result{Index: i}
				a, err := read(i)
				if err == nil {
					r.Doc, err = x.Extract(ctx, a)
				}
				r.Err = err
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := 0; i < n; i++ {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	pending := map[int]Result{}
	next := 0
	var firstErr error
	for r := range results {
		if firstErr != nil {
			continue
		}
		pending[r.Index] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := emit(p); err != nil {
				firstErr = err
				cancel()
				break
			}
		}
	}
	if firstErr != nil {
		return firstErr
	}
	return ctx.Err()
}
