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
// articles name them, at most limit (all for limit <= 0) after skipping offset.
func (s *Store) People(ctx context.Context, typ string, limit int, offset ...int) (_ []Summary, err error) {
	defer s.explainTo(&err)
	if typ == "" {
		typ = "person"
	}
	if limit <= 0 {
		limit = noLimit
	}
	skip := 0
	if len(offset) > 0 {
		skip = max(offset[0], 0)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, type, name, articles, mentions FROM clusters
		WHERE type = ? ORDER BY articles DESC, mentions DESC, name, id LIMIT ? OFFSET ?`, typ, limit, skip)
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
// those that go by name itself, else those that go by a name holding all its words.
func (s *Store) Find(ctx context.Context, typ, name string) (_ []Summary, err error) {
	defer s.explainTo(&err)
	key := names.Norm(name, true)
	if key == "" {
		return nil, fmt.Errorf("%w: no name to look for in %q", ErrBadQuery, name)
	}
	fq := s.d.search(key)
	if fq == "" {
		return []Summary{}, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT c.id, c.type, c.name, c.articles, c.mentions, n.name
		FROM `+s.d.names+` n JOIN clusters c ON c.id = n.cluster
		WHERE `+s.d.nameMatch+` AND (? = '' OR c.type = ?)`, fq, typ, typ)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	exact := map[int64]Summary{}
	partial := map[int64]Summary{}
	words := strings.Fields(key)
	for rows.Next() {
		var x Summary
		var alias string
		if err := rows.Scan(&x.ID, &x.Type, &x.Name, &x.Articles, &x.Mentions, &alias); err != nil {
			return nil, err
		}
		nk := names.Norm(alias, true)
		if nk == key || names.Norm(x.Name, true) == key {
			exact[x.ID] = x
		} else if hasWords(nk, words) {
			partial[x.ID] = x
		}
	}
	if err := rows.Err(); err != nil {
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

// PersonOptions sets what Person returns.
type PersonOptions struct {
	Why   bool // tell why each article's entity is part of the person
	Limit int  // at most this many quotations, events each way and articles, newest first (0 for all)
}

// Totals counts what a person's lists hold in all, when they are cut short.
type Totals struct {
	Quotes   int `json:"quotes"`
	Events   int `json:"events"`
	EventsBy int `json:"events_by"`
	Articles int `json:"articles"`
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
	Totals   Totals    `json:"totals"`
}

// sourceCols are the columns of a fact's source, with the article joined as a.
const sourceCols = "a.id, a.path, coalesce(a.title, ''), coalesce(a.published, '')"

// Person returns everything known of the entity with id, as opt asks.
func (s *Store) Person(ctx context.Context, id int64, opt PersonOptions) (_ *Person, err error) {
	defer s.explainTo(&err)
	why := opt.Why
	p := &Person{ID: id, Aliases: []string{}, Roles: []Role{}, Quotes: []Quote{}, Events: []Event{}, EventsBy: []Event{}, Articles: []Article{}}
	if err := s.db.QueryRowContext(ctx, "SELECT type, name FROM clusters WHERE id = ?", id).Scan(&p.Type, &p.Name); err != nil {
		if err == sql.ErrNoRows {
			return nil, fmt.Errorf("no entity %d: %w", id, ErrNotFound)
		}
		return nil, err
	}
	// Names, articles and reasons.
	rows, err := s.db.QueryContext(ctx, `SELECT e.name, e.aliases, coalesce(e.reason, ''), `+sourceCols+`
		FROM entities e JOIN articles a ON a.id = e.article WHERE e.cluster = ?
		ORDER BY coalesce(a.published, ''), a.path, e.id`, id)
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
	const (
		speaks  = "q.speaker IN (SELECT id FROM entities WHERE cluster = ?)"
		subject = "v.subject IN (SELECT id FROM entities WHERE cluster = ?)"
		agent   = "v.by_entity IN (SELECT id FROM entities WHERE cluster = ?)"
	)
	if p.Quotes, err = s.quotes(ctx, speaks, []any{id}, opt.Limit); err != nil {
		return nil, err
	}
	if p.Events, err = s.events(ctx, subject, []any{id}, opt.Limit); err != nil {
		return nil, err
	}
	if p.EventsBy, err = s.events(ctx, agent, []any{id}, opt.Limit); err != nil {
		return nil, err
	}
	p.Totals = Totals{Quotes: len(p.Quotes), Events: len(p.Events), EventsBy: len(p.EventsBy), Articles: len(p.Articles)}
	if opt.Limit > 0 {
		if err := s.db.QueryRowContext(ctx, `SELECT
			(SELECT count(*) FROM quotes q WHERE `+speaks+`),
			(SELECT count(*) FROM events v WHERE `+subject+`),
			(SELECT count(*) FROM events v WHERE `+agent+`)`, id, id, id).Scan(&p.Totals.Quotes, &p.Totals.Events, &p.Totals.EventsBy); err != nil {
			return nil, err
		}
		if len(p.Articles) > opt.Limit {
			p.Articles = p.Articles[len(p.Articles)-opt.Limit:] // the newest
		}
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
		ORDER BY coalesce(a.published, ''), a.path, r.ev_start, r.id`, id)
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
	By     string // the speaker's name
	About  string // words the quotation holds (full-text search)
	Kind   string // "direct" (the speaker's own words) or "indirect" (reported speech); "" for both
	Since  string // published on or after this date
	Until  string // published on or before this date
	Limit  int
	Offset int
}

// ValidQuoteKind reports whether k is a kind of quotation QuoteQuery may select: "direct",
// "indirect", or "" for both.
func ValidQuoteKind(k string) bool { return k == "" || k == "direct" || k == "indirect" }

// Quotes returns the quotations q selects, newest first.
func (s *Store) Quotes(ctx context.Context, q QuoteQuery) (_ []Quote, err error) {
	defer s.explainTo(&err)
	if !ValidQuoteKind(q.Kind) {
		return nil, fmt.Errorf("quotation kind %q: want direct or indirect", q.Kind)
	}
	var where []string
	var args []any
	if q.Kind != "" {
		where = append(where, "q.kind = ?")
		args = append(args, q.Kind)
	}
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
		fq := s.d.search(q.About)
		if fq == "" {
			return []Quote{}, nil
		}
		where = append(where, s.d.quoteMatch)
		args = append(args, fq)
	}
	if q.Since != "" {
		where = append(where, "a.published >= ?")
		args = append(args, q.Since)
	}
	if q.Until != "" {
		where = append(where, "a.published <= ?")
		args = append(args, q.Until)
	}
	if len(where) == 0 {
		where = append(where, "1 = 1")
	}
	return s.quotes(ctx, strings.Join(where, " AND "), args, q.Limit, q.Offset)
}

func (s *Store) quotes(ctx context.Context, where string, args []any, limit int, offset ...int) ([]Quote, error) {
	if limit <= 0 {
		limit = noLimit
	}
	skip := 0
	if len(offset) > 0 {
		skip = max(offset[0], 0)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT q.text, q.kind, coalesce(c.name, e.name, ''), coalesce(c.id, 0), coalesce(q.cue, ''),
		q.sentence, `+sourceCols+`
		FROM quotes q JOIN articles a ON a.id = q.article
		LEFT JOIN entities e ON e.id = q.speaker LEFT JOIN clusters c ON c.id = e.cluster
		WHERE `+where+` ORDER BY coalesce(a.published, '') DESC, a.path, q.start, q.id LIMIT ? OFFSET ?`, append(args, limit, skip)...)
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
	Offset  int
}

// Events returns the events q selects, newest first.
func (s *Store) Events(ctx context.Context, q EventQuery) (_ []Event, err error) {
	defer s.explainTo(&err)
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
		where = append(where, "1 = 1")
	}
	return s.events(ctx, strings.Join(where, " AND "), args, q.Limit, q.Offset)
}

func (s *Store) events(ctx context.Context, where string, args []any, limit int, offset ...int) ([]Event, error) {
	if limit <= 0 {
		limit = noLimit
	}
	skip := 0
	if len(offset) > 0 {
		skip = max(offset[0], 0)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT v.type, coalesce(sc.name, se.name, ''), coalesce(sc.id, 0),
		coalesce(bc.name, be.name, ''), coalesce(bc.id, 0), coalesce(v.post, ''), v.modality, coalesce(v.date, ''),
		v.sentence, `+sourceCols+`
		FROM events v JOIN articles a ON a.id = v.article
		LEFT JOIN entities se ON se.id = v.subject LEFT JOIN clusters sc ON sc.id = se.cluster
		LEFT JOIN entities be ON be.id = v.by_entity LEFT JOIN clusters bc ON bc.id = be.cluster
		WHERE `+where+` ORDER BY coalesce(a.published, '') DESC, a.path, v.ev_start, v.id LIMIT ? OFFSET ?`, append(args, limit, skip)...)
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

// noLimit is the LIMIT of a query that returns every row.
const noLimit = 1 << 62

func placeholders(n int) string { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }

// ftsQuery turns words into a full-text query that matches them all, each as a phrase,
// whatever characters they hold: user input never reaches FTS5 as syntax. Words with
// no letters or digits are left out; "" means there is nothing to look for.
func ftsQuery(words string) string {
	var parts []string
	for _, w := range strings.Fields(words) {
		if !strings.ContainsFunc(w, names.IsWordRune) {
			continue
		}
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	return strings.Join(parts, " ")
}
