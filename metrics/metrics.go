// Package metrics exposes what a worker or a server does as Prometheus metrics: articles
// processed by outcome, extraction latency, the articles waiting in the queue, and HTTP
// requests with their latency.
package metrics

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics is a registry of onrecord's metrics. It is safe for concurrent use.
type Metrics struct {
	reg      *prometheus.Registry
	articles *prometheus.CounterVec
	extract  prometheus.Histogram
	lag      prometheus.Gauge
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
}

// New returns the metrics of one process, with Go's runtime and process metrics beside
// them.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		articles: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "onrecord_articles_total",
			Help: "Articles processed, by outcome: new, updated, unchanged, retry (handed back after a failure) or dead (sent to the dead letters).",
		}, []string{"outcome"}),
		extract: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "onrecord_extract_seconds",
			Help:    "Time to extract the record of one article.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14),
		}),
		lag: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "onrecord_queue_pending_articles",
			Help: "Articles in the stream not yet stored: waiting, or pulled and not yet acknowledged.",
		}),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "onrecord_http_requests_total",
			Help: "HTTP requests answered, by route and status code.",
		}, []string{"route", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "onrecord_http_request_seconds",
			Help:    "Time to answer an HTTP request, by route.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 16),
		}, []string{"route"}),
	}
	m.reg.MustRegister(m.articles, m.extract, m.lag, m.requests, m.latency,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Article counts an article done with its outcome and, if it was extracted, the time that
// took.
func (m *Metrics) Article(outcome string, took time.Duration) {
	m.articles.WithLabelValues(outcome).Inc()
	if took > 0 {
		m.extract.Observe(took.Seconds())
	}
}

// Lag sets how many articles wait in the queue.
func (m *Metrics) Lag(pending uint64) { m.lag.Set(float64(pending)) }

// Instrument returns h counting its requests and timing them, by the route that route
// names for each request.
func (m *Metrics) Instrument(h http.Handler, route func(*http.Request) string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		begin := time.Now()
		sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		h.ServeHTTP(sw, r)
		name := route(r)
		m.requests.WithLabelValues(name, strconv.Itoa(sw.code)).Inc()
		m.latency.WithLabelValues(name).Observe(time.Since(begin).Seconds())
	})
}

type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	w.code = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// Handler returns the handler that serves the metrics in Prometheus's text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// Serve serves the metrics at /metrics on addr until ctx ends. ready, if not nil, is told
// the address listened on.
func (m *Metrics) Serve(ctx context.Context, addr string, ready func(string)) error {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", m.Handler())
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second, WriteTimeout: 30 * time.Second}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	if ready != nil {
		ready(ln.Addr().String())
	}
	go func() {
		<-ctx.Done()
		hs.Close()
	}()
	if err := hs.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}
