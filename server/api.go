package server

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"onrecord/extract"
	"onrecord/ingest"
	"onrecord/record"
	"onrecord/store"
)

// page reads limit and offset from a query: limit 20 by default, at most 500.
func page(r *http.Request) (limit, offset int, err error) {
	limit, offset = 20, 0
	q := r.URL.Query()
	if v := q.Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > 500 {
			return 0, 0, errors.New("limit must be a whole number from 1 to 500")
		}
	}
	if v := q.Get("offset"); v != "" {
		if offset, err = strconv.Atoi(v); err != nil || offset < 0 {
			return 0, 0, errors.New("offset must be a whole number from 0")
		}
	}
	return limit, offset, nil
}

// pathID reads the {id} of a path.
func pathID(r *http.Request) (int64, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return 0, errors.New("the id must be a positive whole number")
	}
	return id, nil
}

// checkDate reads a date parameter, "" or YYYY-MM-DD.
func checkDate(r *http.Request, name string) (string, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return "", nil
	}
	if _, err := time.Parse("2006-01-02", v); err != nil {
		return "", errors.New(name + " must be a date such as 2014-08-27")
	}
	return v, nil
}

var entityTypes = map[string]bool{"": true, "person": true, "organization": true, "place": true, "other": true}

// apiPeople: GET /api/v1/people?q=&type=&limit=&offset=
func (s *Server) apiPeople(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := page(r)
	if err != nil {
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	q, typ := r.URL.Query().Get("q"), r.URL.Query().Get("type")
	if !entityTypes[typ] {
		apiError(w, http.StatusBadRequest, "type must be person, organization, place or other")
		return
	}
	var list []store.Summary
	if strings.TrimSpace(q) != "" {
		list, err = s.st.Find(r.Context(), typ, q)
		if err == nil {
			list = window(list, limit, offset)
		}
	} else {
		list, err = s.st.People(r.Context(), typ, limit, offset)
	}
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	if list == nil {
		list = []store.Summary{}
	}
	writeJSON(w, map[string]any{"items": list, "limit": limit, "offset": offset})
}

// window returns the part of list that limit and offset select.
func window[T any](list []T, limit, offset int) []T {
	if offset >= len(list) {
		return []T{}
	}
	list = list[offset:]
	if len(list) > limit {
		list = list[:limit]
	}
	return list
}

// apiPerson: GET /api/v1/people/{id}
func (s *Server) apiPerson(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	p, err := s.st.Person(r.Context(), id, store.PersonOptions{Why: r.URL.Query().Get("why") != ""})
	if err != nil {
		s.lookupError(w, r, err)
		return
	}
	writeJSON(w, p)
}

// apiQuotes: GET /api/v1/quotes?q=&by=&kind=&since=&until=&limit=&offset=
func (s *Server) apiQuotes(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := page(r)
	if err != nil {
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	since, err1 := checkDate(r, "since")
	until, err2 := checkDate(r, "until")
	if err := errors.Join(err1, err2); err != nil {
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	q := r.URL.Query()
	if !store.ValidQuoteKind(q.Get("kind")) {
		apiError(w, http.StatusBadRequest, "kind is direct or indirect")
		return
	}
	list, err := s.st.Quotes(r.Context(), store.QuoteQuery{About: q.Get("q"), By: q.Get("by"), Kind: q.Get("kind"), Since: since, Until: until, Limit: limit, Offset: offset})
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	writeJSON(w, map[string]any{"items": list, "limit": limit, "offset": offset})
}

var eventTypes = map[string]bool{"": true, "resign": true, "refuse_to_resign": true, "call_to_resign": true, "dismiss": true,
	"suspend": true, "appoint": true, "elect": true, "join": true, "investigate": true, "apologize": true,
	"call_to_apologize": true, "deny": true, "publish_report": true, "die": true}

// apiEvents: GET /api/v1/events?type=&subject=&by=&limit=&offset=
func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := page(r)
	if err != nil {
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	q := r.URL.Query()
	if !eventTypes[q.Get("type")] {
		apiError(w, http.StatusBadRequest, "type is not an event type of the record")
		return
	}
	list, err := s.st.Events(r.Context(), store.EventQuery{Type: q.Get("type"), Subject: q.Get("subject"), By: q.Get("by"), Limit: limit, Offset: offset})
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	writeJSON(w, map[string]any{"items": list, "limit": limit, "offset": offset})
}

// apiArticles: GET /api/v1/articles?q=&limit=&offset=
func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	limit, offset, err := page(r)
	if err != nil {
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	list, err := s.st.Articles(r.Context(), r.URL.Query().Get("q"), limit, offset)
	if err != nil {
		s.serverError(w, r, err)
		return
	}
	writeJSON(w, map[string]any{"items": list, "limit": limit, "offset": offset})
}

// apiArticle: GET /api/v1/articles/{id}
func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	a, err := s.st.ArticleByID(r.Context(), id)
	if err != nil {
		s.lookupError(w, r, err)
		return
	}
	writeJSON(w, a)
}

// postedArticle is the JSON body of an extract request.
type postedArticle struct {
	Text      string `json:"text"`
	HTML      string `json:"html"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
}

// readArticle reads the article of a request: JSON {"text"|"html", "title", "url",
// "published"}, or the body itself, as HTML or plain text.
func readArticle(r *http.Request) (*ingest.Article, int, error) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return nil, http.StatusRequestEntityTooLarge, errors.New("the article is larger than the server takes")
		}
		return nil, http.StatusBadRequest, err
	}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var a *ingest.Article
	switch mt {
	case "application/json":
		var p postedArticle
		if err := json.Unmarshal(body, &p); err != nil {
			return nil, http.StatusBadRequest, errors.New("the body is not valid JSON: " + err.Error())
		}
		if p.HTML != "" {
			a, err = ingest.ParseHTML([]byte(p.HTML))
		} else {
			a, err = ingest.ParseText([]byte(p.Text))
		}
		if err == nil {
			if p.Title != "" {
				a.Title = p.Title
			}
			a.URL, a.Published = p.URL, p.Published
		}
	case "text/html":
		a, err = ingest.ParseHTML(body)
	case "multipart/form-data", "application/x-www-form-urlencoded":
		return nil, http.StatusUnsupportedMediaType, errors.New("post the article as text/plain, text/html or application/json")
	default:
		a, err = ingest.Parse(body)
	}
	if err != nil {
		return nil, http.StatusBadRequest, err
	}
	if a.Published != "" {
		if _, err := time.Parse("2006-01-02", a.Published); err != nil {
			return nil, http.StatusBadRequest, errors.New("published must be a date such as 2014-08-27")
		}
	}
	a.Path, a.Verbatim = "", false
	return a, 0, nil
}

// admit lets an extract request in, or reports false when as many are in as the server
// lets, served or waiting, so that a flood of them is turned away before their bodies are
// read. release gives the place back.
func (s *Server) admit() (release func(), ok bool) {
	select {
	case s.waiting <- struct{}{}:
		s.trim.begin()
		return func() { <-s.waiting; s.trim.end() }, true
	default:
		return nil, false
	}
}

// busy answers a request the server has no room for.
func busy(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "1")
	apiError(w, http.StatusServiceUnavailable, "the server is busy extracting: try again shortly")
}

// extractArticle extracts a with one of the server's extractors, waiting for one to be
// free until ctx ends.
func (s *Server) extractArticle(ctx context.Context, a *ingest.Article) (*record.Record, error) {
	var x *extract.Extractor
	select {
	case x = <-s.extract:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { s.extract <- x }()
	begin := time.Now()
	d, err := x.Extract(ctx, a)
	if err != nil {
		return nil, err
	}
	if s.opt.Metrics != nil {
		s.opt.Metrics.Article("extracted", time.Since(begin))
	}
	return record.FromDocument(d), nil
}

// apiExtract: POST /api/v1/extract — the record of the posted article, not stored.
func (s *Server) apiExtract(w http.ResponseWriter, r *http.Request) {
	release, ok := s.admit()
	if !ok {
		busy(w)
		return
	}
	defer release()
	a, code, err := readArticle(r)
	if err != nil {
		apiError(w, code, err.Error())
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 20*time.Second)
	defer cancel()
	rec, err := s.extractArticle(ctx, a)
	if err != nil {
		apiError(w, http.StatusServiceUnavailable, "the server is busy: "+err.Error())
		return
	}
	writeJSON(w, rec)
}

func (s *Server) lookupError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, store.ErrNotFound) {
		apiError(w, http.StatusNotFound, err.Error())
		return
	}
	s.serverError(w, r, err)
}

func (s *Server) serverError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, store.ErrBadQuery) {
		apiError(w, http.StatusBadRequest, err.Error())
		return
	}
	s.opt.Log.Printf("%s %s: %v", r.Method, r.URL.Path, err)
	apiError(w, http.StatusInternalServerError, "internal error")
}
