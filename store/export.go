package store

import (
	"context"
	"database/sql"
	"encoding/json"
)

// EachRecord calls fn with the record of every current article, oldest stored first.
func (s *Store) EachRecord(ctx context.Context, fn func(json.RawMessage) error) (err error) {
	defer s.explainTo(&err)
	rows, err := s.db.QueryContext(ctx, "SELECT record FROM articles WHERE current = 1 ORDER BY id")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var r []byte
		if err := rows.Scan(&r); err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// AllQuotes returns every quotation.
func (s *Store) AllQuotes(ctx context.Context) ([]Quote, error) {
	return s.quotes(ctx, "1 = 1", nil, 0)
}

// AllEvents returns every event.
func (s *Store) AllEvents(ctx context.Context) ([]Event, error) {
	return s.events(ctx, "1 = 1", nil, 0)
}

// Membership is a post held, as stored for one article: by whom, in which body or party.
type Membership struct {
	PersonID       int64  `json:"person_id"`
	Person         string `json:"person"`
	Title          string `json:"title"`
	OrganizationID int64  `json:"organization_id,omitempty"`
	Organization   string `json:"organization,omitempty"`
	PartyID        int64  `json:"party_id,omitempty"`
	Party          string `json:"party,omitempty"`
	Status         string `json:"status"`
	Start          string `json:"start,omitempty"`
	End            string `json:"end,omitempty"`
	Source         Source `json:"source"`
}

// AllMemberships returns every post of every person, one per article that states it.
func (s *Store) AllMemberships(ctx context.Context) (_ []Membership, err error) {
	defer s.explainTo(&err)
	rows, err := s.db.QueryContext(ctx, `SELECT coalesce(hc.id, 0), coalesce(hc.name, h.name), r.title,
		coalesce(oc.id, 0), coalesce(oc.name, o.name, ''), coalesce(pc.id, 0), coalesce(pc.name, p.name, ''),
		r.status, coalesce(r.start_date, ''), coalesce(r.end_date, ''), r.sentence, `+sourceCols+`
		FROM roles r JOIN articles a ON a.id = r.article JOIN entities h ON h.id = r.holder
		LEFT JOIN clusters hc ON hc.id = h.cluster
		LEFT JOIN entities o ON o.id = r.organization LEFT JOIN clusters oc ON oc.id = o.cluster
		LEFT JOIN entities p ON p.id = r.party LEFT JOIN clusters pc ON pc.id = p.cluster
		ORDER BY hc.id, r.id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Membership
	for rows.Next() {
		var m Membership
		if err := rows.Scan(&m.PersonID, &m.Person, &m.Title, &m.OrganizationID, &m.Organization, &m.PartyID, &m.Party,
			&m.Status, &m.Start, &m.End, &m.Source.Sentence, &m.Source.Article, &m.Source.Path, &m.Source.Title, &m.Source.Published); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// AllEntities returns every entity across articles, of every type, with the names it goes
// by.
func (s *Store) AllEntities(ctx context.Context) (_ []Summary, _ map[int64][]string, err error) {
	defer s.explainTo(&err)
	list, err := s.People(ctx, "person", 0)
	if err != nil {
		return nil, nil, err
	}
	for _, t := range []string{"organization", "place", "other"} {
		more, err := s.People(ctx, t, 0)
		if err != nil {
			return nil, nil, err
		}
		list = append(list, more...)
	}
	rows, err := s.db.QueryContext(ctx, "SELECT DISTINCT cluster, name FROM entities WHERE cluster IS NOT NULL ORDER BY cluster, name")
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	names := map[int64][]string{}
	for rows.Next() {
		var c sql.NullInt64
		var n string
		if err := rows.Scan(&c, &n); err != nil {
			return nil, nil, err
		}
		names[c.Int64] = append(names[c.Int64], n)
	}
	return list, names, rows.Err()
}
