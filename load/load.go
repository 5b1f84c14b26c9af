// Package load puts an HTTP server under load from many concurrent clients and reports the
// latencies it saw: the project's own load command, so that its figures can be measured
// with nothing else installed.
package load

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"sort"
	"sync"
	"time"
)

// Request is one request to make.
type Request struct {
	Method, URL, ContentType string
	Body                     []byte
}

// Options sets a load.
type Options struct {
	Clients  int           // concurrent clients
	Requests int           // requests in all, if Duration is 0
	Duration time.Duration // how long to keep loading
}

// Result sums up a load.
type Result struct {
	Requests, Errors int
	Status           map[int]int
	Elapsed          time.Duration
	latencies        []time.Duration
}

// Percentile returns the latency below which p (0 to 100) percent of requests finished.
func (r *Result) Percentile(p float64) time.Duration {
	if len(r.latencies) == 0 {
		return 0
	}
	i := int(float64(len(r.latencies)-1) * p / 100)
	return r.latencies[i]
}

// String describes the result in one line.
func (r *Result) String() string {
	return fmt.Sprintf("%d requests in %.1fs (%.0f a second), %d errors; latency p50 %v, p90 %v, p99 %v, max %v; statuses %v",
		r.Requests, r.Elapsed.Seconds(), float64(r.Requests)/r.Elapsed.Seconds(), r.Errors,
		r.Percentile(50).Round(time.Microsecond*10), r.Percentile(90).Round(time.Microsecond*10),
		r.Percentile(99).Round(time.Microsecond*10), r.Percentile(100).Round(time.Microsecond*10), r.Status)
}

// Run makes the requests, in turn, from opt.Clients clients at once.
func Run(ctx context.Context, reqs []Request, opt Options) (*Result, error) {
	if len(reqs) == 0 {
		return nil, fmt.Errorf("no requests to make")
	}
	if opt.Clients <= 0 {
		opt.Clients = 32
	}
	if opt.Duration <= 0 && opt.Requests <= 0 {
		opt.Requests = 1000
	}
	tr := &http.Transport{MaxIdleConns: opt.Clients * 2, MaxIdleConnsPerHost: opt.Clients * 2, IdleConnTimeout: 30 * time.Second}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	if opt.Duration > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opt.Duration)
		defer cancel()
	}
	var mu sync.Mutex
	res := &Result{Status: map[int]int{}}
	next := 0
	take := func() (Request, bool) {
		mu.Lock()
		defer mu.Unlock()
		if opt.Duration <= 0 && next >= opt.Requests {
			return Request{}, false
		}
		r := reqs[next%len(reqs)]
		next++
		return r, true
	}
	begin := time.Now()
	var wg sync.WaitGroup
	for c := 0; c < opt.Clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				r, ok := take()
				if !ok {
					return
				}
				req, err := http.NewRequestWithContext(ctx, r.Method, r.URL, bytes.NewReader(r.Body))
				if err != nil {
					return
				}
				if r.ContentType != "" {
					req.Header.Set("Content-Type", r.ContentType)
				}
				start := time.Now()
				resp, err := client.Do(req)
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				took := time.Since(start)
				if ctx.Err() != nil && err != nil {
					return // the load's time is up: this request does not count
				}
				mu.Lock()
				res.Requests++
				res.latencies = append(res.latencies, took)
				if err != nil {
					res.Errors++
				} else {
					res.Status[resp.StatusCode]++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	res.Elapsed = time.Since(begin)
	sort.Slice(res.latencies, func(i, j int) bool { return res.latencies[i] < res.latencies[j] })
	return res, nil
}
