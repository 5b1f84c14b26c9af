package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
)

// Articles returns current articles, newest first: those whose title or text hold the
// words of q when q is not "", at most limit (all for limit <= 0) after skipping offset.
func (s *Store) Articles(ctx context.Context, q string, limit, offset int) (_ []Article, err error) {
	defer s.explainTo(&err)
	if limit <= 0 {
		limit = noLimit
	}
	where, args := "a.current = 1", []any{}
	if q != "" {
		fq := s.d.search(q)
		if fq == "" {
			return []Article{}, nil
		}
		where += " AND " + s.d.articleMatch
		args = append(args, fq)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+sourceCols+` FROM articles a WHERE `+where+`
		ORDER BY coalesce(a.published, '') DESC, a.path, a.id LIMIT ? OFFSET ?`, append(args, limit, max(offset, 0))...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Article{}
	for rows.Next() {
		var a Article
		if err := rows.Scan(&a.ID, &a.Path, &a.Title, &a.Published); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// ArticleRecord is an article with its text, its record, and the entity across articles
// that each of its entities is part of.
type ArticleRecord struct {
	Article
	URL      string           `json:"url,omitempty"`
	Text     string           `json:"text"`
	Record   json.RawMessage  `json:"record"`
	Clusters map[string]int64 `json:"clusters"` // the record's entity ids -> ids across articles
	Current  bool             `json:"current"`
}

// ArticleByID returns the article with id.
func (s *Store) ArticleByID(ctx context.Context, id int64) (_ *ArticleRecord, err error) {
	defer s.explainTo(&err)
	a := &ArticleRecord{Clusters: map[string]int64{}}
	var url sql.NullString
	var rec []byte
	err = s.db.QueryRowContext(ctx, `SELECT a.id, a.path, coalesce(a.title, ''), coalesce(a.published, ''), a.url, a.text, a.record, a.current
		FROM articles a WHERE a.id = ?`, id).Scan(&a.ID, &a.Path, &a.Title, &a.Published, &url, &a.Text, &rec, &a.Current)
	if err == sql.ErrNoRows {
		return nil, fmt.Errorf("no article %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	a.URL, a.Record = nullString(url), rec
	rows, err := s.db.QueryContext(ctx, "SELECT local, coalesce(cluster, 0) FROM entities WHERE article = ?", id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var local string
		var c int64
		if err := rows.Scan(&local, &c); err != nil {
			return nil, err
		}
		a.Clusters[local] = c
	}
	return a, rows.Err()
}
