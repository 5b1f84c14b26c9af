package server

import (
	"bytes"
	"container/list"
	"context"
	"net/http"
	"sync"
	"time"
)

// cache keeps rendered responses, each with the store's generation it was rendered at,
// and forgets them all when the store changes. The generation is asked of the store at
// most once a second.
type cache struct {
	mu      sync.Mutex
	max     int // entries
	budget  int // bytes of bodies
	size    int
	order   *list.List // of *cached, most recent first
	byKey   map[string]*list.Element
	gen     int64
	checked time.Time
	current func(context.Context) (int64, error)
}

type cached struct {
	key         string
	gen         int64
	contentType string
	status      int
	body        []byte
}

func newCache(max, budget int, current func(context.Context) (int64, error)) *cache {
	return &cache{max: max, budget: budget, order: list.New(), byKey: map[string]*list.Element{}, current: current}
}

// generation returns the store's generation, as of at most a second ago.
func (c *cache) generation(ctx context.Context) int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	if time.Since(c.checked) > time.Second {
		if g, err := c.current(ctx); err == nil {
			c.gen = g
		}
		c.checked = time.Now()
	}
	return c.gen
}

func (c *cache) get(key string, gen int64) *cached {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byKey[key]
	if !ok {
		return nil
	}
	e := el.Value.(*cached)
	if e.gen != gen {
		c.remove(el)
		return nil
	}
	c.order.MoveToFront(el)
	return e
}

func (c *cache) put(e *cached) {
	if len(e.body) > c.budget/8 {
		return // too big to be worth the room
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byKey[e.key]; ok {
		c.remove(el)
	}
	c.byKey[e.key] = c.order.PushFront(e)
	c.size += len(e.body)
	for c.order.Len() > c.max || c.size > c.budget {
		c.remove(c.order.Back())
	}
}

func (c *cache) remove(el *list.Element) {
	e := el.Value.(*cached)
	c.order.Remove(el)
	delete(c.byKey, e.key)
	c.size -= len(e.body)
}

// recorder keeps what a handler writes, to cache it.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
}
func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.body.Write(b)
}

// cached wraps a GET handler whose answer depends only on its URL and the store: answers
// of status 200 are kept until the store changes.
func (s *Server) cached(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		key := r.URL.RequestURI()
		gen := s.cache.generation(r.Context())
		if e := s.cache.get(key, gen); e != nil {
			w.Header().Set("Content-Type", e.contentType)
			w.Header().Set("X-Cache", "hit")
			w.WriteHeader(e.status)
			w.Write(e.body)
			return
		}
		rec := &recorder{header: http.Header{}}
		h(rec, r)
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		w.WriteHeader(rec.status)
		w.Write(rec.body.Bytes())
		if rec.status == http.StatusOK {
			s.cache.put(&cached{key: key, gen: gen, contentType: rec.header.Get("Content-Type"), status: rec.status, body: rec.body.Bytes()})
		}
	}
}
