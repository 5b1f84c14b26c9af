package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"onrecord/demo"
	"onrecord/internal/testmodels"
	"onrecord/pipeline"
	"onrecord/store"
)

// newServer returns a server of a new, empty store, made as opt says, and the store;
// both go when the test ends.
func newServer(t *testing.T, opt Options) (*Server, *store.Store) {
	t.Helper()
	st, err := store.OpenTemp(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	srv, err := New(st, testmodels.Load(t), opt)
	if err != nil {
		t.Fatal(err)
	}
	return srv, st
}

// demoServer serves the demo stories.
func demoServer(t *testing.T) (*httptest.Server, *store.Store) {
	t.Helper()
	srv, st := newServer(t, Options{MaxBody: 64 << 10})
	if err := demo.Load(context.Background(), st, testmodels.Load(t)); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ts, st
}

func get(t *testing.T, url string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

// firstID returns the id of the first item of a list from the API.
func firstID(t *testing.T, base, path string) int64 {
	t.Helper()
	code, body, _ := get(t, base+path)
	var list struct{ Items []struct{ ID int64 } }
	if code != 200 || json.Unmarshal([]byte(body), &list) != nil || len(list.Items) == 0 {
		t.Fatalf("GET %s: %d %s", path, code, body)
	}
	return list.Items[0].ID
}

// TestOpenAPIPathsAnswer checks that every path of the OpenAPI description answers, each
// with sample parameters, and that the description lists every API route.
func TestOpenAPIPathsAnswer(t *testing.T) {
	ts, _ := demoServer(t)
	code, body, _ := get(t, ts.URL+"/api/v1/openapi.json")
	var spec struct {
		OpenAPI string                               `json:"openapi"`
		Paths   map[string]map[string]map[string]any `json:"paths"`
	}
	if code != 200 || json.Unmarshal([]byte(body), &spec) != nil || !strings.HasPrefix(spec.OpenAPI, "3.") {
		t.Fatalf("openapi.json: %d %.200s", code, body)
	}
	person := firstID(t, ts.URL, "/api/v1/people")
	article := firstID(t, ts.URL, "/api/v1/articles")
	samples := map[string]string{"q": "Hale", "by": "Hale", "type": "resign", "subject": "Hale", "since": "2026-01-01", "until": "2026-12-31", "limit": "5", "offset": "0", "why": "1"}
	n := 0
	for path, ops := range spec.Paths {
		for method, op := range ops {
			url := ts.URL + strings.ReplaceAll(path, "{id}", fmt.Sprint(person))
			if strings.HasPrefix(path, "/api/v1/articles/") {
				url = ts.URL + strings.ReplaceAll(path, "{id}", fmt.Sprint(article))
			}
			var query []string
			params, _ := op["parameters"].([]any)
			for _, p := range params {
				pm := p.(map[string]any)
				if pm["in"] == "query" && samples[pm["name"].(string)] != "" {
					name := pm["name"].(string)
					v := samples[name]
					if path == "/api/v1/people" && name == "type" {
						v = "person"
					}
					query = append(query, name+"="+v)
				}
			}
			if len(query) > 0 {
				url += "?" + strings.Join(query, "&")
			}
			var resp *http.Response
			var err error
			switch strings.ToUpper(method) {
			case "GET":
				resp, err = http.Get(url)
			case "POST":
				resp, err = http.Post(url, "text/plain", strings.NewReader("Mayor quits\n\nMayor Joan Fisher resigned on Monday. \"It was time,\" she said."))
			default:
				t.Errorf("%s %s: method not tried", method, path)
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			n++
			if resp.StatusCode != 200 || !json.Valid(b) {
				t.Errorf("%s %s: %d %.200s", method, url, resp.StatusCode, b)
			}
		}
	}
	if n != 8 {
		t.Errorf("%d operations described, want the 8 the server has", n)
	}
}

func TestAPIErrors(t *testing.T) {
	ts, _ := demoServer(t)
	tests := []struct {
		method, path, ctype, body string
		code                      int
	}{
		{"GET", "/api/v1/nothing", "", "", 404},
		{"GET", "/api/v1/people/999999", "", "", 404},
		{"GET", "/api/v1/people/abc", "", "", 400},
		{"GET", "/api/v1/people?limit=0", "", "", 400},
		{"GET", "/api/v1/people?type=planet", "", "", 400},
		{"GET", "/api/v1/quotes?since=yesterday", "", "", 400},
		{"GET", "/api/v1/quotes?kind=sung", "", "", 400},
		{"GET", "/api/v1/events?type=explode", "", "", 400},
		{"GET", "/api/v1/articles/0", "", "", 400},
		{"POST", "/api/v1/extract", "application/json", "{not json", 400},
		{"POST", "/api/v1/extract", "text/plain", "   ", 400},
		{"POST", "/api/v1/extract", "application/x-www-form-urlencoded", "text=x", 415},
		{"POST", "/api/v1/extract", "text/plain", strings.Repeat("word ", 20000), 413},
		{"DELETE", "/api/v1/people", "", "", 405},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest(tt.method, ts.URL+tt.path, strings.NewReader(tt.body))
		if tt.ctype != "" {
			req.Header.Set("Content-Type", tt.ctype)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var e struct {
			Error  string
			Status int
		}
		if resp.StatusCode != tt.code {
			t.Errorf("%s %s: %d, want %d (%s)", tt.method, tt.path, resp.StatusCode, tt.code, b)
			continue
		}
		if json.Unmarshal(b, &e) != nil || e.Status != tt.code || e.Error == "" {
			t.Errorf("%s %s: the error is not JSON with its status: %s", tt.method, tt.path, b)
		}
	}
}

func TestPages(t *testing.T) {
	ts, st := demoServer(t)
	hale, err := st.Find(context.Background(), "person", "David Hale")
	if err != nil || len(hale) != 1 {
		t.Fatalf("Find: %v %v", hale, err)
	}
	article := firstID(t, ts.URL, "/api/v1/articles?q=suspends")
	tests := []struct{ path, want string }{
		{"/", "David Hale"},
		{"/search?q=Hale", "David Hale"},
		{"/search?q=walk+away", "My job is to fix this"},
		{fmt.Sprintf("/people/%d", hale[0].ID), `class="timeline"`},
		{fmt.Sprintf("/people/%d", hale[0].ID), "head of housing"},
		{fmt.Sprintf("/people/%d", hale[0].ID), `class="graph"`},
		{fmt.Sprintf("/articles/%d?hl=Acting+council+leader", article), `id="hl"`},
		{"/extract", "<textarea"},
		{"/static/style.css", "article.text"},
	}
	for _, tt := range tests {
		code, body, h := get(t, ts.URL+tt.path)
		if code != 200 || !strings.Contains(body, tt.want) {
			t.Errorf("GET %s: %d, body lacks %q", tt.path, code, tt.want)
		}
		if !strings.Contains(h.Get("Content-Security-Policy"), "script-src 'self'") {
			t.Errorf("GET %s: no content security policy", tt.path)
		}
	}
	if code, _, _ := get(t, ts.URL+"/people/999999"); code != 404 {
		t.Errorf("a missing person: %d", code)
	}
	if code, _, _ := get(t, ts.URL+"/no/such/page"); code != 404 {
		t.Errorf("a missing page: %d", code)
	}
	resp, err := http.PostForm(ts.URL+"/extract", map[string][]string{"text": {"Mayor quits\n\nMayor Joan Fisher resigned. \"It was time,\" she said."}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(b), `<span class="speaker">Joan Fisher</span>`) {
		t.Errorf("POST /extract: %d, no speaker shown", resp.StatusCode)
	}
}

// hostile are articles that try to run code in the reader's browser.
var hostile = []string{
	"Councillor quits <script>alert('x')</script>\n\nCouncillor Ann Cole <script>document.cookie</script> resigned. \"<img src=x onerror=alert(1)>\" she said.\n",
	"Mayor quits\n\nMayor Joan Fisher <a href=\"javascript:alert(1)\">resigned</a> on Monday. <b onmouseover=alert(2)>Bold</b> <iframe src=//evil></iframe> <<<>>> </div></p>\n",
	"<html><body><article><h1>Minister &lt;script&gt;alert(3)&lt;/script&gt; quits</h1><p>Minister Tom Reed said: &quot;&lt;svg onload=alert(4)&gt;&quot; and left.</p><p><a href=\"javascript:alert(5)\">more</a></p></article></body></html>",
}

// TestUntrustedTextIsInert ingests hostile articles and checks that no page and no API
// answer carries their markup in a form a browser would run.
func TestUntrustedTextIsInert(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for i, text := range hostile {
		ext := ".txt"
		if strings.HasPrefix(text, "<html>") {
			ext = ".html"
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d%s", i, ext)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv, st := newServer(t, Options{})
	if sum, err := pipeline.Ingest(ctx, st, testmodels.Load(t), []string{dir}, pipeline.Options{Workers: 1}); err != nil || sum.New != 3 {
		t.Fatalf("ingest: %+v %v", sum, err)
	}
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	var paths []string
	for _, p := range []string{"/", "/search?q=alert", "/search?q=script", "/api/v1/people?limit=100", "/api/v1/articles?limit=100", "/api/v1/quotes?limit=100", "/api/v1/events?limit=100"} {
		paths = append(paths, p)
	}
	arts, _ := st.Articles(ctx, "", 0, 0)
	for _, a := range arts {
		paths = append(paths, fmt.Sprintf("/articles/%d", a.ID), fmt.Sprintf("/api/v1/articles/%d", a.ID), fmt.Sprintf("/articles/%d?hl=%%3Cscript%%3E", a.ID))
	}
	people, _ := st.People(ctx, "person", 0)
	for _, p := range people {
		paths = append(paths, fmt.Sprintf("/people/%d", p.ID), fmt.Sprintf("/api/v1/people/%d", p.ID))
	}
	// Markup that would run if it reached a page unescaped; in JSON, no "<" at all.
	bad := []string{"<script>alert", "<script>document", "<img src=x", "<iframe", "<svg onload", "<b onmouseover", `href="javascript:`, "<a href=\"javascript"}
	for _, p := range paths {
		code, body, h := get(t, ts.URL+p)
		if code != 200 {
			t.Errorf("GET %s: %d", p, code)
		}
		if strings.HasPrefix(h.Get("Content-Type"), "application/json") {
			if strings.Contains(body, "<") {
				t.Errorf("GET %s: JSON holds an unescaped <", p)
			}
			continue
		}
		for _, b := range bad {
			if strings.Contains(body, b) {
				t.Errorf("GET %s carries %q live", p, b)
			}
		}
		if !strings.Contains(body, "&lt;") && strings.Contains(p, "/articles/") {
			t.Errorf("GET %s: the article's markup is not shown as text", p)
		}
	}
	// The extract page and API, with hostile text posted.
	for _, text := range hostile {
		resp, err := http.PostForm(ts.URL+"/extract", map[string][]string{"text": {text}})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		for _, x := range bad {
			if bytes.Contains(b, []byte(x)) {
				t.Errorf("POST /extract carries %q live", x)
			}
		}
		resp, err = http.Post(ts.URL+"/api/v1/extract", "text/plain", strings.NewReader(text))
		if err != nil {
			t.Fatal(err)
		}
		b, _ = io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || bytes.Contains(b, []byte("<script")) || !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
			t.Errorf("POST /api/v1/extract: %d, %s", resp.StatusCode, resp.Header.Get("Content-Type"))
		}
	}
}
