// Package server serves the record over HTTP: a JSON API under /api/v1, described by an
// OpenAPI document, and web pages rendered on the server with html/template, their assets
// embedded, readable without JavaScript. Article text is untrusted and is only ever shown
// as text.
package server

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log"
	"net/http"
	"runtime/debug"
	"strings"
	"time"

	"onrecord/extract"
	"onrecord/metrics"
	"onrecord/store"
)

//go:embed templates/*.html
var templateFiles embed.FS

//go:embed static
var staticFiles embed.FS

// Options sets limits of a server.
type Options struct {
	MaxBody       int64 // the largest request body, in bytes; 2 MB when 0
	MaxExtracting int   // extract requests served at once; 4 when 0
	MaxWaiting    int   // extract requests let in at once, served or waiting; 16 times MaxExtracting when 0
	// IdleTrim is how long the server waits, idle after extract requests, before it gives
	// the memory they used back to the system; 5s when 0, never when negative.
	IdleTrim time.Duration
	// Timeouts for reading a request's headers, reading a whole request, writing an
	// answer, and keeping an idle connection; 5s, 30s, 60s and 120s when 0.
	ReadHeaderTimeout, ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	Log                                                       *log.Logger
	// Metrics, when not nil, counts and times the requests served and the articles
	// extracted.
	Metrics *metrics.Metrics
}

// Server serves one store.
type Server struct {
	st      *store.Store
	ms      *extract.Models
	opt     Options
	pages   map[string]*template.Template
	mux     *http.ServeMux
	extract chan *extract.Extractor // extractors free to use, which also bounds how many run
	waiting chan struct{}           // a token for each extract request let in
	trim    *trimmer
	cache   *cache
}

// New returns a server of st, extracting posted articles with ms.
func New(st *store.Store, ms *extract.Models, opt Options) (*Server, error) {
	if opt.MaxBody <= 0 {
		opt.MaxBody = 2 << 20
	}
	if opt.MaxExtracting <= 0 {
		opt.MaxExtracting = 4
	}
	if opt.MaxWaiting <= 0 {
		opt.MaxWaiting = 16 * opt.MaxExtracting
	}
	opt.MaxWaiting = max(opt.MaxWaiting, opt.MaxExtracting)
	for _, d := range []struct {
		t   *time.Duration
		def time.Duration
	}{{&opt.ReadHeaderTimeout, 5 * time.Second}, {&opt.ReadTimeout, 30 * time.Second},
		{&opt.WriteTimeout, 60 * time.Second}, {&opt.IdleTimeout, 120 * time.Second}} {
		if *d.t <= 0 {
			*d.t = d.def
		}
	}
	if opt.IdleTrim == 0 {
		opt.IdleTrim = 5 * time.Second
	}
	if opt.Log == nil {
		opt.Log = log.New(log.Writer(), "onrecord serve: ", log.LstdFlags)
	}
	s := &Server{st: st, ms: ms, opt: opt, mux: http.NewServeMux(), extract: make(chan *extract.Extractor, opt.MaxExtracting),
		waiting: make(chan struct{}, opt.MaxWaiting), trim: &trimmer{after: opt.IdleTrim}}
	s.cache = newCache(4096, 64<<20, st.Generation)
	for i := 0; i < opt.MaxExtracting; i++ {
		s.extract <- extract.New(ms)
	}
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	static, _ := fs.Sub(staticFiles, "static")
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	s.mux.HandleFunc("GET /api/v1/openapi.json", s.openAPI)
	s.mux.HandleFunc("GET /api/v1/people", s.cached(s.apiPeople))
	s.mux.HandleFunc("GET /api/v1/people/{id}", s.cached(s.apiPerson))
	s.mux.HandleFunc("GET /api/v1/quotes", s.cached(s.apiQuotes))
	s.mux.HandleFunc("GET /api/v1/events", s.cached(s.apiEvents))
	s.mux.HandleFunc("GET /api/v1/articles", s.cached(s.apiArticles))
	s.mux.HandleFunc("GET /api/v1/articles/{id}", s.cached(s.apiArticle))
	s.mux.HandleFunc("POST /api/v1/extract", s.apiExtract)
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		// A path the API has, asked with another method, is a 405.
		var allow []string
		for _, m := range []string{http.MethodGet, http.MethodPost} {
			probe := r.Clone(r.Context())
			probe.Method = m
			if _, pattern := s.mux.Handler(probe); pattern != "/api/" && pattern != "" {
				allow = append(allow, m)
			}
		}
		if len(allow) > 0 {
			w.Header().Set("Allow", strings.Join(allow, ", "))
			apiError(w, http.StatusMethodNotAllowed, r.Method+" is not allowed on "+r.URL.Path)
			return
		}
		apiError(w, http.StatusNotFound, "no such API path: "+r.Method+" "+r.URL.Path)
	})
	s.mux.HandleFunc("GET /search", s.cached(s.pageSearch))
	s.mux.HandleFunc("GET /people/{id}", s.cached(s.pagePerson))
	s.mux.HandleFunc("GET /{$}", s.cached(s.pageHome))
	s.mux.HandleFunc("GET /articles/{id}", s.cached(s.pageArticle))
	s.mux.HandleFunc("GET /extract", s.pageExtract)
	s.mux.HandleFunc("POST /extract", s.pageExtract)
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.pageError(w, r, http.StatusNotFound, "There is no page here.")
	})
}

// Handler returns the server's handler: the routes behind security headers, a body
// limit and a recovery from panics.
func (s *Server) Handler() http.Handler {
	h := s.handler()
	if s.opt.Metrics != nil {
		h = s.opt.Metrics.Instrument(h, func(r *http.Request) string {
			if r.Pattern == "" {
				return "other"
			}
			return r.Pattern
		})
	}
	return h
}

func (s *Server) handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxBody)
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.opt.Log.Printf("panic serving %s %s: %v\n%s", r.Method, r.URL.Path, v, debug.Stack())
				if isAPI(r) {
					apiError(w, http.StatusInternalServerError, "internal error")
				} else {
					http.Error(w, "internal error", http.StatusInternalServerError)
				}
			}
		}()
		s.mux.ServeHTTP(w, r)
	})
}

func isAPI(r *http.Request) bool { return len(r.URL.Path) >= 5 && r.URL.Path[:5] == "/api/" }

// HTTPServer returns an http.Server of the handler on addr with timeouts set.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s.Handler(),
		ReadHeaderTimeout: s.opt.ReadHeaderTimeout,
		ReadTimeout:       s.opt.ReadTimeout,
		WriteTimeout:      s.opt.WriteTimeout,
		IdleTimeout:       s.opt.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
	}
}

// Serve serves on addr until ctx ends, then finishes the requests in flight and returns.
func (s *Server) Serve(ctx context.Context, addr string, ready func(addr string)) error {
	hs := s.HTTPServer(addr)
	ln, err := listen(addr)
	if err != nil {
		return err
	}
	if ready != nil {
		ready(ln.Addr().String())
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	defer s.trim.stop()
	if err := hs.Shutdown(shut); err != nil {
		return fmt.Errorf("shutting down: %w", err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// apiError writes an error as JSON: {"error": message, "status": code}.
func apiError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]any{"error": msg, "status": code})
}

// writeJSON writes v as JSON with status 200.
func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}
