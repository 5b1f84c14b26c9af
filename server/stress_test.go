package server

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"onrecord/internal/testdata"
	"onrecord/load"
)

func TestPanicGives500AndServerGoesOn(t *testing.T) {
	var logged strings.Builder
	srv, _ := newServer(t, Options{Log: newTestLogger(&logged)})
	srv.mux.HandleFunc("GET /api/v1/boom", func(http.ResponseWriter, *http.Request) { panic("boom") })
	srv.mux.HandleFunc("GET /boom", func(http.ResponseWriter, *http.Request) { panic("boom") })
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	for _, path := range []string{"/api/v1/boom", "/boom"} {
		if code, body, _ := get(t, ts.URL+path); code != 500 || strings.Contains(body, "boom") {
			t.Errorf("GET %s: %d %q; want 500 that does not show the panic", path, code, body)
		}
	}
	if code, _, _ := get(t, ts.URL+"/api/v1/people"); code != 200 {
		t.Errorf("after the panics: %d", code)
	}
	if !strings.Contains(logged.String(), "panic serving GET /api/v1/boom: boom") {
		t.Errorf("the panic was not logged: %q", logged.String())
	}
}

// TestHostileParameters sends SQL and FTS5 syntax in every parameter of every route: each
// answers 200 or 400, never 500, and the store is unchanged.
func TestHostileParameters(t *testing.T) {
	ts, st := demoServer(t)
	ctx := context.Background()
	before, _ := st.Stats(ctx)
	values := []string{
		`' OR 1=1 --`, `'; DROP TABLE articles; --`, `" OR ""="`, `Robert'); DELETE FROM quotes;--`,
		`"unbalanced`, `NEAR(a b`, `a OR b`, `a AND NOT b`, `*`, `a*`, `-x`, `^start`, `title:x`, `{a b}:c`,
		`(`, `)`, `%`, `_`, `\`, `1e999`, `-1`, `9223372036854775808`, "\x00", "\u202e", `<script>`,
		strings.Repeat("a ", 500),
	}
	paths := map[string][]string{
		"/api/v1/people":     {"q", "type", "limit", "offset"},
		"/api/v1/people/1":   {"why"},
		"/api/v1/quotes":     {"q", "by", "kind", "since", "until", "limit", "offset"},
		"/api/v1/events":     {"type", "subject", "by", "limit", "offset"},
		"/api/v1/articles":   {"q", "limit", "offset"},
		"/api/v1/articles/1": {"hl"},
		"/search":            {"q", "type"},
		"/people/1":          {"hl"},
		"/articles/1":        {"hl"},
		"/":                  {"q"},
	}
	for path, params := range paths {
		for _, p := range params {
			for _, v := range values {
				u := ts.URL + path + "?" + url.Values{p: {v}}.Encode()
				code, body, _ := get(t, u)
				if code != 200 && code != 400 && code != 404 {
					t.Errorf("GET %s?%s=%q: %d %.200s", path, p, v, code, body)
				}
			}
		}
	}
	for _, v := range values {
		for _, path := range []string{"/api/v1/people/", "/api/v1/articles/", "/people/", "/articles/"} {
			code, _, _ := get(t, ts.URL+path+url.PathEscape(v))
			if code != 400 && code != 404 {
				t.Errorf("GET %s%q: %d", path, v, code)
			}
		}
	}
	after, _ := st.Stats(ctx)
	if after != before {
		t.Errorf("the store changed: %+v, then %+v", before, after)
	}
	if err := st.IntegrityCheck(ctx); err != nil {
		t.Error(err)
	}
}

// slowBody is a request body that sends its first part, then waits for more.
type slowBody struct {
	first, rest string
	more        chan struct{}
	sent        bool
}

func (b *slowBody) Read(p []byte) (int, error) {
	if !b.sent {
		b.sent = true
		return copy(p, b.first), nil
	}
	if b.more != nil {
		<-b.more
		b.more = nil
		return copy(p, b.rest), nil
	}
	return 0, io.EOF
}

func TestShutdownFinishesRequestsInFlight(t *testing.T) {
	srv, _ := newServer(t, Options{Log: newTestLogger(io.Discard)})
	ctx, stop := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ctx, "127.0.0.1:0", func(a string) { addr <- a }) }()
	base := "http://" + <-addr
	body := &slowBody{first: "Mayor quits\n\nMayor Joan Fisher ", rest: "resigned on Monday.\n", more: make(chan struct{})}
	answer := make(chan string, 1)
	go func() {
		resp, err := http.Post(base+"/api/v1/extract", "text/plain", body)
		if err != nil {
			answer <- err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		answer <- fmt.Sprintf("%d %s", resp.StatusCode, b)
	}()
	time.Sleep(200 * time.Millisecond) // the request is in flight, its body half sent
	stop()
	time.Sleep(100 * time.Millisecond)
	if _, err := http.Get(base + "/api/v1/people"); err == nil {
		t.Error("a new connection was taken after shutdown began")
	}
	close(body.more)
	if got := <-answer; !strings.HasPrefix(got, "200 ") || !strings.Contains(got, `"resign"`) {
		t.Errorf("the request in flight got %.300s", got)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve returned %v", err)
	}
}

func TestExtractRequestsAreBounded(t *testing.T) {
	srv, _ := newServer(t, Options{MaxExtracting: 1, MaxWaiting: 2, Log: newTestLogger(io.Discard)})
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	// Two requests hold both places, their bodies unsent; a third is turned away.
	var wg sync.WaitGroup
	bodies := []*slowBody{}
	for i := 0; i < 2; i++ {
		b := &slowBody{first: "Mayor Joan Fisher ", rest: "resigned.\n", more: make(chan struct{})}
		bodies = append(bodies, b)
		wg.Add(1)
		go func() {
			defer wg.Done()
			if resp, err := http.Post(ts.URL+"/api/v1/extract", "text/plain", b); err == nil {
				resp.Body.Close()
			}
		}()
	}
	time.Sleep(200 * time.Millisecond)
	resp, err := http.Post(ts.URL+"/api/v1/extract", "text/plain", strings.NewReader("Mayor quits."))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 503 || resp.Header.Get("Retry-After") == "" {
		t.Errorf("a request over the bound: %d, Retry-After %q", resp.StatusCode, resp.Header.Get("Retry-After"))
	}
	for _, b := range bodies {
		close(b.more)
	}
	wg.Wait()
	if code, _, _ := postText(t, ts.URL+"/api/v1/extract", "Mayor quits."); code != 200 {
		t.Errorf("after the load: %d", code)
	}
}

func postText(t *testing.T, u, text string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Post(u, "text/plain", strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

// newTestLogger returns a logger that writes to w, safe for the server's goroutines.
func newTestLogger(w io.Writer) *log.Logger { return log.New(&lockedWriter{w: w}, "", 0) }

type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func TestTrimAfterIdle(t *testing.T) {
	tr := &trimmer{after: 10 * time.Millisecond}
	tr.begin()
	tr.begin()
	tr.end()
	time.Sleep(50 * time.Millisecond)
	tr.mu.Lock()
	trims := tr.trims
	tr.mu.Unlock()
	if trims != 0 {
		t.Fatal("trimmed while a request was in flight")
	}
	tr.end()
	for i := 0; i < 500; i++ {
		tr.mu.Lock()
		trims = tr.trims
		tr.mu.Unlock()
		if trims == 1 {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("no trim after the server went idle")
}

// TestExtractUnderLoad posts 1,000 articles from 64 clients, a tenth of them malformed:
// each gets its answer, the server answers afterwards, and its heap is back near where it
// started.
func TestExtractUnderLoad(t *testing.T) {
	if raceEnabled {
		t.Skip("too slow under the race detector")
	}
	srv, _ := newServer(t, Options{Log: newTestLogger(io.Discard)})
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	var reqs []load.Request
	for i, text := range testdata.Demo(t)[:9] {
		body, _ := json.Marshal(map[string]string{"text": text, "published": fmt.Sprintf("2014-08-%02d", i+1)})
		reqs = append(reqs, load.Request{Method: "POST", URL: ts.URL + "/api/v1/extract", ContentType: "application/json", Body: body})
	}
	reqs = append(reqs, load.Request{Method: "POST", URL: ts.URL + "/api/v1/extract", ContentType: "application/json", Body: []byte(`{"text": "Mayor quits", oops`)})
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	postText(t, ts.URL+"/api/v1/extract", "Warm up.") // the server's scratch space
	before := heap()
	res, err := load.Run(context.Background(), reqs, load.Options{Clients: 64, Requests: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if res.Errors != 0 || res.Status[200] != 900 || res.Status[400] != 100 {
		t.Errorf("under load: %v", res)
	}
	if code, _, _ := get(t, ts.URL+"/api/v1/people"); code != 200 {
		t.Errorf("after the load: %d", code)
	}
	ts.CloseClientConnections()
	after := heap()
	if after > before+16<<20 {
		t.Errorf("heap %d MB before the load, %d MB after", before>>20, after>>20)
	}
	t.Logf("%v; heap %.1f MB before, %.1f MB after", res, float64(before)/(1<<20), float64(after)/(1<<20))
}

// TestSlowClientsAreCut opens connections that send headers, or a body, too slowly, and
// checks that the server closes them when their time is up.
func TestSlowClientsAreCut(t *testing.T) {
	srv, _ := newServer(t, Options{Log: newTestLogger(io.Discard),
		ReadHeaderTimeout: 200 * time.Millisecond, ReadTimeout: 400 * time.Millisecond, IdleTimeout: 300 * time.Millisecond})
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	addr := make(chan string, 1)
	go srv.Serve(ctx, "127.0.0.1:0", func(a string) { addr <- a })
	a := <-addr
	for name, start := range map[string]string{
		"slow headers": "GET /api/v1/people HTTP/1.1\r\nHost: x\r\n",
		"slow body":    "POST /api/v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nMayor",
		"idle":         "",
	} {
		conn, err := net.Dial("tcp", a)
		if err != nil {
			t.Fatal(err)
		}
		conn.Write([]byte(start))
		conn.SetReadDeadline(time.Now().Add(5 * time.Second))
		_, err = io.ReadAll(conn) // returns when the server closes the connection
		if ne, ok := err.(net.Error); ok && ne.Timeout() {
			t.Errorf("%s: the server kept the connection open", name)
		}
		conn.Close()
	}
}
