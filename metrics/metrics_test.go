package metrics

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestMetrics(t *testing.T) {
	m := New()
	m.Article("new", 3*time.Millisecond)
	m.Article("new", 5*time.Millisecond)
	m.Article("dead", 0)
	m.Lag(42)
	h := m.Instrument(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/missing" {
			http.NotFound(w, r)
		}
	}), func(r *http.Request) string { return r.URL.Path })
	for _, p := range []string{"/a", "/a", "/missing"} {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", p, nil))
	}
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	for _, want := range []string{
		`onrecord_articles_total{outcome="new"} 2`,
		`onrecord_articles_total{outcome="dead"} 1`,
		"onrecord_extract_seconds_count 2",
		"onrecord_queue_pending_articles 42",
		`onrecord_http_requests_total{code="200",route="/a"} 2`,
		`onrecord_http_requests_total{code="404",route="/missing"} 1`,
		"go_goroutines",
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}
