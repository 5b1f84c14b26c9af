package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"onrecord/record"
	"onrecord/text"
)

// Item is an article to store: its record and the text the record's offsets index.
type Item struct {
	Record *record.Record
	Text   string
}

// Outcome tells what storing an article did.
type Outcome int

// The outcomes of storing an article.
const (
	Unchanged Outcome = iota // the same text was stored before: nothing changed
	Added                    // a new article
	Updated                  // a new version of an article stored before, whose facts it replaces
)

// source returns an article's identity across versions: its address, else its path, else
// its hash.
func source(r *record.Record) string {
	if r.Source.URL != nil && *r.Source.URL != "" {
		return *r.Source.URL
	}
	if r.Source.Path != "" && r.Source.Path != "-" {
		return r.Source.Path
	}
	return r.Source.ID
}

// Has reports whether an article with the given hash is stored.
func (s *Store) Has(ctx context.Context, hash string) (_ bool, err error) {
	defer s.explainTo(&err)
	var n int
	err = s.db.QueryRowContext(ctx, "SELECT count(*) FROM articles WHERE hash = ?", hash).Scan(&n)
	return n > 0, err
}

// Put stores articles in one transaction and returns what it did with each. An article
// whose text is stored already changes nothing; one whose source (address or path) is
// stored with another text becomes its new version, and its facts replace the old ones.
func (s *Store) Put(ctx context.Context, items []Item) (_ []Outcome, err error) {
	defer s.explainTo(&err)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	w, err := newWriter(ctx, tx)
	if err != nil {
		return nil, err
	}
	defer w.close()
	out := make([]Outcome, len(items))
	for i, it := range items {
		if out[i], err = w.put(ctx, it); err != nil {
			return nil, fmt.Errorf("storing %s: %w", it.Record.Source.Path, err)
		}
	}
	if err := bump(ctx, tx); err != nil {
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, err
	}
	return out, nil
}

// writer holds the statements of one transaction.
type writer struct {
	tx                                      *tx
	hasHash, current, retire, article       *sql.Stmt
	delQuotes, delRoles, delEvents, delEnts *sql.Stmt
	now                                     string
}

func newWriter(ctx context.Context, tx *tx) (*writer, error) {
	w := &writer{tx: tx, now: time.Now().UTC().Format(time.RFC3339)}
	for _, p := range []struct {
		st  **sql.Stmt
		sql string
	}{
		{&w.hasHash, "SELECT count(*) FROM articles WHERE hash = ?"},
		{&w.current, "SELECT id, version FROM articles WHERE source = ? AND current = 1 ORDER BY version DESC LIMIT 1"},
		{&w.retire, "UPDATE articles SET current = 0 WHERE id = ?"},
		{&w.article, `INSERT INTO articles (hash, source, version, current, path, url, title, published, text, record, added)
			VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING RETURNING id`},
		{&w.delQuotes, "DELETE FROM quotes WHERE article = ?"},
		{&w.delRoles, "DELETE FROM roles WHERE article = ?"},
		{&w.delEvents, "DELETE FROM events WHERE article = ?"},
		{&w.delEnts, "DELETE FROM entities WHERE article = ?"},
	} {
		st, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			w.close()
			return nil, err
		}
		*p.st = st
	}
	return w, nil
}

func (w *writer) close() {
	for _, st := range []*sql.Stmt{w.hasHash, w.current, w.retire, w.article,
		w.delQuotes, w.delRoles, w.delEvents, w.delEnts} {
		if st != nil {
			st.Close()
		}
	}
}

func (w *writer) put(ctx context.Context, it Item) (Outcome, error) {
	r := it.Record
	var n int
	if err := w.hasHash.QueryRowContext(ctx, r.Source.ID).Scan(&n); err != nil {
		return 0, err
	}
	if n > 0 {
		return Unchanged, nil
	}
	src := source(r)
	outcome, version := Added, 1
	var oldID int64
	var oldVersion int
	switch err := w.current.QueryRowContext(ctx, src).Scan(&oldID, &oldVersion); err {
	case nil:
		outcome, version = Updated, oldVersion+1
		if _, err := w.retire.ExecContext(ctx, oldID); err != nil {
			return 0, err
		}
		for _, st := range []*sql.Stmt{w.delQuotes, w.delRoles, w.delEvents, w.delEnts} {
			if _, err := st.ExecContext(ctx, oldID); err != nil {
				return 0, err
			}
		}
	case sql.ErrNoRows:
	default:
		return 0, err
	}
	js, err := json.Marshal(r)
	if err != nil {
		return 0, err
	}
	var art int64
	switch err := w.article.QueryRowContext(ctx, r.Source.ID, src, version, r.Source.Path, r.Source.URL, r.Source.Title, r.Source.Published, it.Text, string(js), w.now).Scan(&art); err {
	case nil:
	case sql.ErrNoRows:
		return Unchanged, nil // stored meanwhile by another writer
	default:
		return 0, err
	}
	// Each kind of fact goes in with one statement of many rows: a database across the
	// network is paid by the round trip.
	ids := map[string]int64{}
	var rows [][]any
	for _, e := range r.Entities {
		aliases, _ := json.Marshal(e.Aliases)
		rows = append(rows, []any{art, e.ID, e.Type, e.Name, string(aliases), len(e.Mentions)})
	}
	err = w.insert(ctx, "entities (article, local, type, name, aliases, mentions)", rows, "id, local", func(r *sql.Rows) error {
		var id int64
		var local string
		if err := r.Scan(&id, &local); err != nil {
			return err
		}
		ids[local] = id
		return nil
	})
	if err != nil {
		return 0, err
	}
	ref := func(local *string) any {
		if local == nil {
			return nil
		}
		if id, ok := ids[*local]; ok {
			return id
		}
		return nil
	}
	sents := newSentences(it.Text)
	rows = rows[:0]
	for _, q := range r.Quotes {
		var cue any
		if q.Cue != nil {
			cue = q.Cue.Text
		}
		rows = append(rows, []any{art, q.Text, q.Start, q.End, q.Kind, ref(q.Speaker), cue, sents.around(q.Start, q.End)})
	}
	if err := w.insert(ctx, `quotes (article, text, start, "end", kind, speaker, cue, sentence)`, rows, "", nil); err != nil {
		return 0, err
	}
	rows = rows[:0]
	for _, ro := range r.Roles {
		holder := ref(&ro.Holder)
		if holder == nil {
			continue
		}
		rows = append(rows, []any{art, holder, ro.Title, ref(ro.Organization), ref(ro.Party), ro.Status, ro.Start, ro.End,
			ro.Evidence.Start, ro.Evidence.End, sents.around(ro.Evidence.Start, ro.Evidence.End)})
	}
	if err := w.insert(ctx, "roles (article, holder, title, organization, party, status, start_date, end_date, ev_start, ev_end, sentence)", rows, "", nil); err != nil {
		return 0, err
	}
	rows = rows[:0]
	for _, ev := range r.Events {
		rows = append(rows, []any{art, ev.Type, ref(ev.Subject), ref(ev.By), ev.Post, ev.Modality, ev.Date,
			ev.Evidence.Start, ev.Evidence.End, sents.around(ev.Evidence.Start, ev.Evidence.End)})
	}
	if err := w.insert(ctx, "events (article, type, subject, by_entity, post, modality, date, ev_start, ev_end, sentence)", rows, "", nil); err != nil {
		return 0, err
	}
	return outcome, nil
}

// insertRows is the most rows an insert takes at once, which keeps its parameters within
// what SQLite and PostgreSQL allow.
const insertRows = 500

// insert inserts rows into table, given as "name (columns)", in statements of at most
// insertRows rows; if returning names columns, scan reads each row they return.
func (w *writer) insert(ctx context.Context, table string, rows [][]any, returning string, scan func(*sql.Rows) error) error {
	for len(rows) > 0 {
		n := min(len(rows), insertRows)
		var b strings.Builder
		b.WriteString("INSERT INTO " + table + " VALUES ")
		args := make([]any, 0, n*len(rows[0]))
		for i, row := range rows[:n] {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString("(" + placeholders(len(row)) + ")")
			args = append(args, row...)
		}
		rows = rows[n:]
		if returning == "" {
			if _, err := w.tx.ExecContext(ctx, b.String(), args...); err != nil {
				return err
			}
			continue
		}
		res, err := w.tx.QueryContext(ctx, b.String()+" RETURNING "+returning, args...)
		if err != nil {
			return err
		}
		for res.Next() {
			if err := scan(res); err != nil {
				res.Close()
				return err
			}
		}
		res.Close()
		if err := res.Err(); err != nil {
			return err
		}
	}
	return nil
}

// sentences finds the sentences around spans of a text.
type sentences struct {
	text  string
	sents []text.Sentence
}

func newSentences(src string) *sentences {
	toks := text.Tokenize(nil, src)
	return &sentences{src, text.Split(nil, src, toks)}
}

// maxSentence bounds the text kept as a fact's sentence.
const maxSentence = 2000

// around returns the text of the sentences that the span [start, end) touches.
func (s *sentences) around(start, end int) string {
	from, to := start, end
	for _, st := range s.sents {
		if st.End <= start {
			continue
		}
		if st.Start >= end {
			break
		}
		from, to = min(from, st.Start), max(to, st.End)
	}
	if from < 0 || to > len(s.text) || from >= to {
		return ""
	}
	out := s.text[from:to]
	if len(out) > maxSentence {
		out = out[:maxSentence]
		for len(out) > 0 && out[len(out)-1]&0xc0 == 0x80 {
			out = out[:len(out)-1]
		}
		if len(out) > 0 && out[len(out)-1] >= 0xc0 {
			out = out[:len(out)-1]
		}
		out += "..."
	}
	return strings.TrimSpace(out)
}
