package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"onrecord/names"
)

// Summary is an entity across articles: a person, organisation, place or other.
type Summary struct {
	ID       int64  `json:"id"`
	Type     string `json:"type"`
	Name     string `json:"name"`
	Articles int    `json:"articles"`
	Mentions int    `json:"mentions"`
}

// People returns the entities of a type (person when typ is ""), ranked by how many
// articles name them, at most limit (all for limit <= 0).
func (s *Store) People(ctx context.Context, typ string, limit int) ([]Summary, error) {
	if typ == "" {
		typ = "person"
	}
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, type, name, articles, mentions FROM clusters
		WHERE type = ? ORDER BY articles DESC, mentions DESC, name LIMIT ?`, typ, limit)
	if err != nil {
		return nil, err
	}
	return scanSummaries(rows)
}

func scanSummaries(rows *sql.Rows) ([]Summary, error) {
	defer rows.Close()
	var out []Summary
	for rows.Next() {
		var x Summary
		if err := rows.Scan(&x.ID, &x.Type, &x.Name, &x.Articles, &x.Mentions); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// Find returns the entities of a type ("" for any) that name matches, most named first:
// those whose name is name, else those whose names (or a name they go by) hold all its
// words.
func (s *Store) Find(ctx context.Context, typ, name string) ([]Summary, error) {
	key := names.Norm(name, true)
	if key == "" {
		return nil, fmt.Errorf("no name to look for in %q", name)
	}
	all, err := s.db.QueryContext(ctx, `SELECT DISTINCT c.id, c.type, c.name, c.articles, c.mentions, e.name
		FROM clusters c JOIN entities e ON e.cluster = c.id
		WHERE (? = '' OR c.type = ?) AND (lower(c.name) LIKE ? OR lower(e.name) LIKE ?)`,
		typ, typ, "%"+likeEscape(lastWord(key))+"%", "%"+likeEscape(lastWord(key))+"%")
	if err != nil {
		return nil, err
	}
	defer all.Close()
	exact := map[int64]Summary{}
	partial := map[int64]Summary{}
	words := strings.Fields(key)
	for all.Next() {
		var x Summary
		var ename string
		if err := all.Scan(&x.ID, &x.Type, &x.Name, &x.Articles, &x.Mentions, &ename); err != nil {
			return nil, err
		}
		for _, n := range []string{x.Name, ename} {
			nk := names.Norm(n, true)
			if nk == key {
				exact[x.ID] = x
			} else if hasWords(nk, words) {
				partial[x.ID] = x
			}
		}
	}
	if err := all.Err(); err != nil {
		return nil, err
	}
	pick := exact
	if len(pick) == 0 {
		pick = partial
	}
	out := make([]Summary, 0, len(pick))
	for _, x := range pick {
		out = append(out, x)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

func lastWord(s string) string {
	w := strings.Fields(s)
	return w[len(w)-1]
}

func likeEscape(s string) string { return strings.NewReplacer("%", "", "_", "").Replace(s) }

// hasWords reports whether the normalised name holds every word of words.
func hasWords(name string, words []string) bool {
	have := map[string]bool{}
	for _, w := range strings.Fields(name) {
		have[w] = true
	}
	for _, w := range words {
		if !have[w] {
			return false
		}
	}
	return true
}

// Source is where a fact was read: the article and the sentence that supports it.
type Source struct {
	Article   int64  `json:"article"`
	Path      string `json:"path"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Sentence  string `json:"sentence"`
}

// Role is a post held, merged over the articles that report it.
type Role struct {
	Title        string   `json:"title"`
	Organization string   `json:"organization,omitempty"`
	Party        string   `json:"party,omitempty"`
	Status       string   `json:"status"`
	Start        string   `json:"start,omitempty"`
	End          string   `json:"end,omitempty"`
	Sources      []Source `json:"sources"`
}

// Quote is a quotation with its speaker.
type Quote struct {
	Text      string `json:"text"`
	Kind      string `json:"kind"`
	Speaker   string `json:"speaker,omitempty"`
	SpeakerID int64  `json:"speaker_id,omitempty"`
	Cue       string `json:"cue,omitempty"`
	Source    Source `json:"source"`
}

// Event is an accountability event with its subject and agent.
type Event struct {
	Type      string `json:"type"`
	Subject   string `json:"subject,omitempty"`
	SubjectID int64  `json:"subject_id,omitempty"`
	By        string `json:"by,omitempty"`
	ByID      int64  `json:"by_id,omitempty"`
	Post      string `json:"post,omitempty"`
	Modality  string `json:"modality"`
	Date      string `json:"date,omitempty"`
	Source    Source `json:"source"`
}

// Article is an article as listed with a person.
type Article struct {
	ID        int64  `json:"id"`
	Path      string `json:"path"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
}

// Link tells why one article's entity is part of a person.
type Link struct {
	Name    string `json:"name"`
	Article string `json:"article"`
	Reason  string `json:"reason"`
}

// Person is everything the store knows of one person (or organisation, or place).
type Person struct {
	ID       int64     `json:"id"`
	Type     string    `json:"type"`
	Name     string    `json:"name"`
	Aliases  []string  `json:"aliases"`
	Roles    []Role    `json:"roles"`
	Quotes   []Quote   `json:"quotes"`
	Events   []Event   `json:"events"`    // where they are the subject
	EventsBy []Event   `json:"events_by"` // where they are the agent
	Articles []Article `json:"articles"`
	Why      []Link    `json:"why,omitempty"`
}

// sourceCols are the columns of a fact's source, with the article joined as a.
const sourceCols = "a.id, a.path, coalesce(a.title, ''), coalesce(a.published, '')"

// Person returns everything known of the entity with id; why adds how each article's
// entity came to be part of it.
func (s *Store) Person(ctx context.Context, id int64, why bool) (*Person, error) {
	p := &Person{ID: id, Aliases: []string{}, Roles: []Role{}, Quotes: []Quote{}, Events: []Event{}, EventsBy: []Event{}, Articles: []Article{}}
	if err := s.db.QueryRowContext(ctx, "SELECT type, name FROM clusters WHERE id = ?", id).Scan(&p.Type, &p.Name); err != nil {
		if err == sql.ErrNoRows {
			return nil, fmt.Errorf("no entity %d", id)
		}
		return nil, err
	}
	// Names, articles and reasons.
	rows, err := s.db.QueryContext(ctx, `SELECT e.name, e.aliases, coalesce(e.reason, ''), `+sourceCols+`
		FROM entities e JOIN articles a ON a.id = e.article WHERE e.cluster = ?
		ORDER BY coalesce(a.published, ''), a.path`, id)
	if err != nil {
		return nil, err
	}
	aliases := map[string]bool{p.Name: true}
	seenArticle := map[int64]bool{}
	for rows.Next() {
		var name, al, reason string
		var a Article
		if err := rows.Scan(&name, &al, &reason, &a.ID, &a.Path, &a.Title, &a.Published); err != nil {
			rows.Close()
			return nil, err
		}
		var list []string
		json.Unmarshal([]byte(al), &list)
		for _, n := range append(list, name) {
			if !aliases[n] {
				aliases[n] = true
				p.Aliases = append(p.Aliases, n)
			}
		}
		if !seenArticle[a.ID] {
			seenArticle[a.ID] = true
			p.Articles = append(p.Articles, a)
		}
		if why {
			p.Why = append(p.Why, Link{Name: name, Article: a.Path, Reason: reason})
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Strings(p.Aliases)
	if p.Roles, err = s.roles(ctx, id); err != nil {
		return nil, err
	}
	if p.Quotes, err = s.quotes(ctx, "q.speaker IN (SELECT id FROM entities WHERE cluster = ?)", []any{id}, 0); err != nil {
		return nil, err
	}
	if p.Events, err = s.events(ctx, "v.subject IN (SELECT id FROM entities WHERE cluster = ?)", []any{id}, 0); err != nil {
		return nil, err
	}
	if p.EventsBy, err = s.events(ctx, "v.by_entity IN (SELECT id FROM entities WHERE cluster = ?)", []any{id}, 0); err != nil {
		return nil, err
	}
	return p, nil
}

// roles returns the posts of entity id as a timeline: one entry per post, with the
// dates and status its articles give and every source, earliest first.
func (s *Store) roles(ctx context.Context, id int64) ([]Role, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT r.title, coalesce(oc.name, o.name, ''), coalesce(pc.name, p.name, ''),
		r.status, coalesce(r.start_date, ''), coalesce(r.end_date, ''), r.sentence, `+sourceCols+`
		FROM roles r JOIN articles a ON a.id = r.article
		LEFT JOIN entities o ON o.id = r.organization LEFT JOIN clusters oc ON oc.id = o.cluster
		LEFT JOIN entities p ON p.id = r.party LEFT JOIN clusters pc ON pc.id = p.cluster
		WHERE r.holder IN (SELECT id FROM entities WHERE cluster = ?)
		ORDER BY coalesce(a.published, ''), a.path, r.ev_start`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Role
	index := map[string]int{}
	for rows.Next() {
		var r Role
		var src Source
		if err := rows.Scan(&r.Title, &r.Organization, &r.Party, &r.Status, &r.Start, &r.End, &src.Sentence,
			&src.Article, &src.Path, &src.Title, &src.Published); err != nil {
			return nil, err
		}
		key := strings.TrimPrefix(strings.ToLower(r.Title), "ex-")
		i, ok := index[key]
		if !ok {
			r.Sources = []Source{src}
			index[key] = len(out)
			out = append(out, r)
			continue
		}
		o := &out[i]
		o.Sources = append(o.Sources, src)
		if o.Organization == "" {
			o.Organization = r.Organization
		}
		if o.Party == "" {
			o.Party = r.Party
		}
		if r.Start != "" && (o.Start == "" || r.Start < o.Start) {
			o.Start = r.Start
		}
		if r.End > o.End {
			o.End = r.End
		}
		o.Status = r.Status // the latest article's word
	}
	sort.SliceStable(out, func(i, j int) bool { return roleKey(out[i]) < roleKey(out[j]) })
	return out, rows.Err()
}

// roleKey orders a timeline: by the year the post began, else its first source's date.
func roleKey(r Role) string {
	if r.Start != "" {
		return r.Start
	}
	if len(r.Sources) > 0 && r.Sources[0].Published != "" {
		return r.Sources[0].Published
	}
	return "9999"
}

// QuoteQuery selects quotations.
type QuoteQuery struct {
	By    string // the speaker's name
	About string // words the quotation holds (full-text search)
	Since string // published on or after this date
	Limit int
}

// Quotes returns the quotations q selects, newest first.
func (s *Store) Quotes(ctx context.Context, q QuoteQuery) ([]Quote, error) {
	var where []string
	var args []any
	if q.By != "" {
		ids, err := s.clusterIDs(ctx, q.By)
		if err != nil {
			return nil, err
		}
		if len(ids) == 0 {
			return []Quote{}, nil
		}
		where = append(where, "q.speaker IN (SELECT id FROM entities WHERE cluster IN ("+placeholders(len(ids))+"))")
		args = append(args, ids...)
	}
	if q.About != "" {
		where = append(where, "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
		args = append(args, ftsQuery(q.About))
	}
	if q.Since != "" {
		where = append(where, "a.published >= ?")
		args = append(args, q.Since)
	}
	if len(where) == 0 {
		where = append(where, "1")
	}
	return s.quotes(ctx, strings.Join(where, " AND "), args, q.Limit)
}

func (s *Store) quotes(ctx context.Context, where string, args []any, limit int) ([]Quote, error) {
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, `SELECT q.text, q.kind, coalesce(c.name, e.name, ''), coalesce(c.id, 0), coalesce(q.cue, ''),
		q.sentence, `+sourceCols+`
		FROM quotes q JOIN articles a ON a.id = q.article
		LEFT JOIN entities e ON e.id = q.speaker LEFT JOIN clusters c ON c.id = e.cluster
		WHERE `+where+` ORDER BY coalesce(a.published, '') DESC, a.path, q.start LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Quote{}
	for rows.Next() {
		var x Quote
		if err := rows.Scan(&x.Text, &x.Kind, &x.Speaker, &x.SpeakerID, &x.Cue, &x.Source.Sentence,
			&x.Source.Article, &x.Source.Path, &x.Source.Title, &x.Source.Published); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// EventQuery selects events.
type EventQuery struct {
	Type    string
	Subject string // the subject's name
	By      string // the agent's name
	Limit   int
}

// Events returns the events q selects, newest first.
func (s *Store) Events(ctx context.Context, q EventQuery) ([]Event, error) {
	var where []string
	var args []any
	if q.Type != "" {
		where = append(where, "v.type = ?")
		args = append(args, q.Type)
	}
	for _, f := range []struct{ name, col string }{{q.Subject, "v.subject"}, {q.By, "v.by_entity"}} {
		if f.name == "" {
			continue
		}
		ids, err := s.clusterIDs(ctx, f.name)
		if err != nil {
			return nil, err
		}
		if len(ids) == 0 {
			return []Event{}, nil
		}
		where = append(where, f.col+" IN (SELECT id FROM entities WHERE cluster IN ("+placeholders(len(ids))+"))")
		args = append(args, ids...)
	}
	if len(where) == 0 {
		where = append(where, "1")
	}
	return s.events(ctx, strings.Join(where, " AND "), args, q.Limit)
}

func (s *Store) events(ctx context.Context, where string, args []any, limit int) ([]Event, error) {
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, `SELECT v.type, coalesce(sc.name, se.name, ''), coalesce(sc.id, 0),
		coalesce(bc.name, be.name, ''), coalesce(bc.id, 0), coalesce(v.post, ''), v.modality, coalesce(v.date, ''),
		v.sentence, `+sourceCols+`
		FROM events v JOIN articles a ON a.id = v.article
		LEFT JOIN entities se ON se.id = v.subject LEFT JOIN clusters sc ON sc.id = se.cluster
		LEFT JOIN entities be ON be.id = v.by_entity LEFT JOIN clusters bc ON bc.id = be.cluster
		WHERE `+where+` ORDER BY coalesce(a.published, '') DESC, a.path, v.ev_start LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Event{}
	for rows.Next() {
		var x Event
		if err := rows.Scan(&x.Type, &x.Subject, &x.SubjectID, &x.By, &x.ByID, &x.Post, &x.Modality, &x.Date,
			&x.Source.Sentence, &x.Source.Article, &x.Source.Path, &x.Source.Title, &x.Source.Published); err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// clusterIDs returns the ids of the entities a name finds.
func (s *Store) clusterIDs(ctx context.Context, name string) ([]any, error) {
	found, err := s.Find(ctx, "", name)
	if err != nil {
		return nil, err
	}
	ids := make([]any, len(found))
	for i, f := range found {
		ids[i] = f.ID
	}
	return ids, nil
}

func placeholders(n int) string { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }

// ftsQuery turns words into a full-text query that matches them all, each as a phrase.
func ftsQuery(words string) string {
	var parts []string
	for _, w := range strings.Fields(words) {
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	return strings.Join(parts, " ")
}
