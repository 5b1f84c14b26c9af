package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"onrecord/resolve"
)

// Resolve works out again which entities of different articles are the same, over all
// current articles, and stores the clusters and why each entity joined its own. It streams
// the entities twice (people named in full and all other entities first, then people named
// by one name), so its memory does not grow with the number of articles.
func (s *Store) Resolve(ctx context.Context) (err error) {
	defer s.explainTo(&err)
	r := resolve.New()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if s.d.name == "postgres" {
		// One resolution at a time: the others wait for it, then find nothing stale,
		// or do it again over what was stored meanwhile.
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(7245033)"); err != nil {
			return err
		}
	}
	upd := &clusterUpdates{tx: tx}
	for pass := 0; pass < 2; pass++ {
		err := s.eachEntity(ctx, func(id int64, e *resolve.Entity) error {
			var c int
			var why string
			if pass == 0 {
				var ok bool
				if c, why, ok = r.Named(e); !ok {
					r.CountShort(e) // Named leaves it for Short, in the second pass
					return nil
				}
			} else {
				if !resolve.IsShort(e) {
					return nil
				}
				c, why = r.Short(e)
			}
			return upd.add(ctx, id, int64(c+1), why)
		})
		if err == nil {
			err = upd.flush(ctx)
		}
		if err != nil {
			return fmt.Errorf("resolving: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM clusters"); err != nil {
		return err
	}
	ins, err := tx.PrepareContext(ctx, "INSERT INTO clusters (id, type, name, articles, mentions) VALUES (?, ?, ?, 0, ?)")
	if err != nil {
		return err
	}
	defer ins.Close()
	for c, cl := range r.Clusters() {
		if _, err := ins.ExecContext(ctx, c+1, cl.Type, cl.Name, cl.Mentions); err != nil {
			return fmt.Errorf("storing clusters: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE clusters SET articles =
		(SELECT count(DISTINCT article) FROM entities WHERE cluster = clusters.id)`); err != nil {
		return err
	}
	// The names to find each cluster by: its entities' names and aliases.
	if _, err := tx.ExecContext(ctx, "DELETE FROM "+s.d.names); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO `+s.d.names+` (name, cluster)
		SELECT name, cluster FROM (SELECT e.name AS name, e.cluster AS cluster FROM entities e WHERE e.cluster IS NOT NULL
			UNION `+s.d.aliases+`) AS n`); err != nil {
		return fmt.Errorf("indexing names: %w", err)
	}
	if err := bump(ctx, tx); err != nil {
		return err
	}
	return tx.Commit()
}

// clusterUpdates sets the cluster of entities, many to a statement: a database across the
// network is paid by the round trip.
type clusterUpdates struct {
	tx   *tx
	args []any // id, cluster, reason of each entity waiting
}

func (u *clusterUpdates) add(ctx context.Context, id, cluster int64, reason string) error {
	u.args = append(u.args, id, cluster, reason)
	if len(u.args) >= 3*insertRows {
		return u.flush(ctx)
	}
	return nil
}

func (u *clusterUpdates) flush(ctx context.Context) error {
	if len(u.args) == 0 {
		return nil
	}
	rows := strings.TrimSuffix(strings.Repeat("(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS TEXT)),", len(u.args)/3), ",")
	_, err := u.tx.ExecContext(ctx, `UPDATE entities SET cluster = v.column2, reason = v.column3
		FROM (VALUES `+rows+`) AS v WHERE entities.id = v.column1`, u.args...)
	u.args = u.args[:0]
	return err
}

// eachEntity streams the entities of current articles with the posts and parties their
// articles give them, in id order.
func (s *Store) eachEntity(ctx context.Context, fn func(int64, *resolve.Entity) error) error {
	q := `SELECT e.id, e.article, e.type, e.name, e.aliases, e.mentions,
		coalesce((SELECT ` + s.d.concat("r.title") + ` FROM roles r WHERE r.holder = e.id), ''),
		coalesce((SELECT ` + s.d.concat("p.name") + ` FROM roles r JOIN entities p ON p.id = r.party WHERE r.holder = e.id), '')
		FROM entities e`
	rows, err := s.db.QueryContext(ctx, q+" ORDER BY e.id")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var e resolve.Entity
		var aliases, titles, parties string
		if err := rows.Scan(&id, &e.Article, &e.Type, &e.Name, &aliases, &e.Mentions, &titles, &parties); err != nil {
			return err
		}
		json.Unmarshal([]byte(aliases), &e.Aliases)
		if titles != "" {
			e.Titles = strings.Split(titles, "\x1f")
		}
		if parties != "" {
			e.Parties = strings.Split(parties, "\x1f")
		}
		if err := fn(id, &e); err != nil {
			return err
		}
	}
	return rows.Err()
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
func (s *Store) ResolveIfStale(ctx context.Context) (err error) {
	defer s.explainTo(&err)
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM entities WHERE cluster IS NULL").Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return nil
	}
	return s.Resolve(ctx)
}
