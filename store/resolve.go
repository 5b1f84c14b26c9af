package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"onrecord/resolve"
)

// Resolve works out again which entities of different articles are the same, over all
// current articles, and stores the clusters and why each entity joined its own.
func (s *Store) Resolve(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, `SELECT e.id, e.article, e.type, e.name, e.aliases, e.mentions
		FROM entities e ORDER BY e.id`)
	if err != nil {
		return err
	}
	var ids []int64
	var ents []resolve.Entity
	index := map[int64]int{}
	for rows.Next() {
		var id int64
		var e resolve.Entity
		var aliases string
		if err := rows.Scan(&id, &e.Article, &e.Type, &e.Name, &aliases, &e.Mentions); err != nil {
			rows.Close()
			return err
		}
		json.Unmarshal([]byte(aliases), &e.Aliases)
		index[id] = len(ents)
		ids = append(ids, id)
		ents = append(ents, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	// What each person's article says of them: posts and parties.
	prow, err := s.db.QueryContext(ctx, `SELECT r.holder, r.title, coalesce(p.name, '') FROM roles r
		LEFT JOIN entities p ON p.id = r.party`)
	if err != nil {
		return err
	}
	for prow.Next() {
		var holder int64
		var title, party string
		if err := prow.Scan(&holder, &title, &party); err != nil {
			prow.Close()
			return err
		}
		if i, ok := index[holder]; ok {
			ents[i].Titles = append(ents[i].Titles, title)
			if party != "" {
				ents[i].Parties = append(ents[i].Parties, party)
			}
		}
	}
	prow.Close()
	if err := prow.Err(); err != nil {
		return err
	}
	res := resolve.Resolve(ents)
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "UPDATE entities SET cluster = NULL, reason = NULL"); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM clusters"); err != nil {
		return err
	}
	ins, err := tx.PrepareContext(ctx, "INSERT INTO clusters (id, type, name, articles, mentions) VALUES (?, ?, ?, ?, ?)")
	if err != nil {
		return err
	}
	defer ins.Close()
	for c, cl := range res.Clusters {
		if _, err := ins.ExecContext(ctx, c+1, cl.Type, cl.Name, cl.Articles, cl.Mentions); err != nil {
			return fmt.Errorf("storing clusters: %w", err)
		}
	}
	upd, err := tx.PrepareContext(ctx, "UPDATE entities SET cluster = ?, reason = ? WHERE id = ?")
	if err != nil {
		return err
	}
	defer upd.Close()
	for i, id := range ids {
		if _, err := upd.ExecContext(ctx, res.Of[i]+1, res.Why[i], id); err != nil {
			return fmt.Errorf("storing clusters: %w", err)
		}
	}
	return tx.Commit()
}

// nullString returns the string of a nullable column, "" for NULL.
func nullString(s sql.NullString) string {
	if s.Valid {
		return s.String
	}
	return ""
}

// ResolveIfStale resolves entities when some have not been resolved, as after an ingest
// that was interrupted.
func (s *Store) ResolveIfStale(ctx context.Context) error {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM entities WHERE cluster IS NULL").Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return nil
	}
	return s.Resolve(ctx)
}
