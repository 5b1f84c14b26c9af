package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"strings"

	"onrecord/ingest"
	"onrecord/record"
	"onrecord/store"
)

var eventLabels = map[string]string{
	"resign": "resigned", "refuse_to_resign": "refused to resign", "call_to_resign": "called on to resign",
	"dismiss": "dismissed", "suspend": "suspended", "appoint": "appointed", "elect": "elected", "join": "joined",
	"investigate": "investigated", "apologize": "apologised", "call_to_apologize": "called on to apologise",
	"deny": "denied", "publish_report": "published a report", "die": "died",
}

func (s *Server) parseTemplates() error {
	funcs := template.FuncMap{
		"sourceLink": sourceLink,
		"eventLabel": func(t string) string {
			if l, ok := eventLabels[t]; ok {
				return l
			}
			return t
		},
		"join": strings.Join,
		"sub":  func(a, b int) int { return a - b },
		"ptr":  func(s string) *string { return &s },
		"speaker": func(v *articleView, id *string) string {
			if id == nil {
				return "unattributed"
			}
			if n, ok := v.names[*id]; ok {
				return n
			}
			return *id
		},
	}
	s.pages = map[string]*template.Template{}
	for _, name := range []string{"home", "search", "person", "article", "extract", "error"} {
		t, err := template.New("").Funcs(funcs).ParseFS(templateFiles, "templates/base.html", "templates/parts.html", "templates/"+name+".html")
		if err != nil {
			return fmt.Errorf("templates: %w", err)
		}
		s.pages[name] = t
	}
	return nil
}

// sourceLink returns the address of a fact's source: its article with the supporting
// sentence highlighted.
func sourceLink(src store.Source) string {
	q := ""
	if src.Sentence != "" {
		q = "?hl=" + urlQueryEscape(firstWords(src.Sentence, 12))
	}
	return fmt.Sprintf("/articles/%d%s#hl", src.Article, q)
}

func firstWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) > n {
		w = w[:n]
	}
	return strings.Join(w, " ")
}

// render writes a page, buffered so that a template error gives a clean 500.
func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, data any) {
	var b bytes.Buffer
	if err := s.pages[name].ExecuteTemplate(&b, "base", data); err != nil {
		s.opt.Log.Printf("rendering %s: %v", name, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(b.Bytes())
}

func (s *Server) pageError(w http.ResponseWriter, r *http.Request, code int, msg string) {
	s.render(w, r, code, "error", struct {
		Query   string
		Status  string
		Message string
	}{"", fmt.Sprintf("%d %s", code, http.StatusText(code)), msg})
}

func (s *Server) pageHome(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	people, err1 := s.st.People(ctx, "person", 12)
	events, err2 := s.st.Events(ctx, store.EventQuery{Limit: 10})
	stats, err3 := s.st.Stats(ctx)
	if err := firstErr(err1, err2, err3); err != nil {
		s.pageServerError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "home", struct {
		Query    string
		People   []store.Summary
		Events   []store.Event
		Articles int
	}{"", people, events, stats.Articles})
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func (s *Server) pageServerError(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, store.ErrBadQuery) {
		s.pageError(w, r, http.StatusBadRequest, "There is nothing to look for in that: give a name or some words.")
		return
	}
	s.opt.Log.Printf("%s %s: %v", r.Method, r.URL.Path, err)
	s.pageError(w, r, http.StatusInternalServerError, "Something went wrong on our side.")
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	data := struct {
		Query       string
		People      []store.Summary
		Quotes      []store.Quote
		ArticleList []store.Article
	}{Query: q}
	if q != "" {
		ctx := r.Context()
		var err1, err2, err3 error
		data.People, err1 = s.st.Find(ctx, "", q)
		data.People = window(data.People, 20, 0)
		data.Quotes, err2 = s.st.Quotes(ctx, store.QuoteQuery{About: q, Limit: 20})
		data.ArticleList, err3 = s.st.Articles(ctx, q, 20, 0)
		if err := firstErr(err1, err2, err3); err != nil {
			s.pageServerError(w, r, err)
			return
		}
	}
	s.render(w, r, http.StatusOK, "search", data)
}

func (s *Server) pagePerson(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	p, err := s.st.Person(r.Context(), id, store.PersonOptions{Limit: 40})
	if err != nil {
		if isNotFound(err) {
			s.pageError(w, r, http.StatusNotFound, "There is nobody with that number.")
			return
		}
		s.pageServerError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "person", struct {
		Query    string
		P        *store.Person
		Timeline *timeline
		Graph    *graph
	}{"", p, newTimeline(p), newGraph(p)})
}

// articleView is an article and its record, ready to show.
type articleView struct {
	Query, Title, Path, URL, Published string
	Record                             record.Record
	Clusters                           map[string]int64
	Runs                               []run
	names                              map[string]string
}

func newArticleView(text string, rec record.Record, clusters map[string]int64, hl string) *articleView {
	v := &articleView{Record: rec, Clusters: clusters, names: map[string]string{}}
	for _, e := range rec.Entities {
		v.names[e.ID] = e.Name
	}
	v.Runs = marks(text, rec, clusters, hl, v.names)
	return v
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	a, err := s.st.ArticleByID(r.Context(), id)
	if err != nil {
		if isNotFound(err) {
			s.pageError(w, r, http.StatusNotFound, "There is no article with that number.")
			return
		}
		s.pageServerError(w, r, err)
		return
	}
	var rec record.Record
	if err := json.Unmarshal(a.Record, &rec); err != nil {
		s.pageServerError(w, r, err)
		return
	}
	v := newArticleView(a.Text, rec, a.Clusters, r.URL.Query().Get("hl"))
	v.Title, v.Path, v.URL, v.Published = a.Title, a.Path, a.URL, a.Published
	s.render(w, r, http.StatusOK, "article", v)
}

func (s *Server) pageExtract(w http.ResponseWriter, r *http.Request) {
	data := struct {
		Query, Input, Error string
		Article             *articleView
	}{}
	if r.Method == http.MethodPost {
		release, ok := s.admit()
		if !ok {
			w.Header().Set("Retry-After", "1")
			s.pageError(w, r, http.StatusServiceUnavailable, "The server is busy extracting other articles: try again shortly.")
			return
		}
		defer release()
		if err := r.ParseForm(); err != nil {
			code := http.StatusBadRequest
			if strings.Contains(err.Error(), "too large") {
				code = http.StatusRequestEntityTooLarge
			}
			s.pageError(w, r, code, "The article could not be read: "+err.Error())
			return
		}
		data.Input = r.PostForm.Get("text")
		a, err := ingest.Parse([]byte(data.Input))
		if err == nil {
			var rec *record.Record
			if rec, err = s.extractArticle(r.Context(), a); err == nil {
				data.Article = newArticleView(a.Text, *rec, nil, "")
			}
		}
		if err != nil {
			data.Error = "The article could not be read: " + err.Error()
		}
	}
	s.render(w, r, http.StatusOK, "extract", data)
}

func isNotFound(err error) bool {
	return err != nil && strings.Contains(err.Error(), store.ErrNotFound.Error())
}
