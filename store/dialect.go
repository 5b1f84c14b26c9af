package store

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"unicode"
)

// dialect is what differs between the SQL databases a store can live in: SQLite, embedded,
// and PostgreSQL, shared by many machines. Everything else, the queries included, is the
// same for both.
type dialect struct {
	name       string // "sqlite" or "postgres"
	driver     string // the database/sql driver
	migrations []string
	positional bool // placeholders are $1, $2, ... rather than ?

	// Full-text search: conditions that take the query made by search as their one
	// parameter, on quotes q, articles a and names n.
	quoteMatch, articleMatch, nameMatch string
	names                               string // the table of names to find clusters by
	search                              func(words string) string
	// aliases selects (value, cluster) for each alias of the entities e.
	aliases string
	// concat aggregates the values of expr joined by the unit separator.
	concat func(expr string) string
}

func sqliteDialect() *dialect {
	return &dialect{
		name: "sqlite", driver: "sqlite", migrations: sqliteMigrations,
		quoteMatch:   "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)",
		articleMatch: "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)",
		nameMatch:    "names_fts MATCH ?",
		names:        "names_fts",
		search:       ftsQuery,
		aliases:      "SELECT j.value, e.cluster FROM entities e, json_each(e.aliases) j WHERE e.cluster IS NOT NULL",
		concat:       func(expr string) string { return "group_concat(" + expr + ", char(31))" },
	}
}

func postgresDialect() *dialect {
	return &dialect{
		name: "postgres", driver: "pgx", migrations: postgresMigrations, positional: true,
		quoteMatch:   "to_tsvector('simple', translate(q.text, " + separators + ")) @@ to_tsquery('simple', ?)",
		articleMatch: "to_tsvector('simple', translate(coalesce(a.title, '') || ' ' || a.text, " + separators + ")) @@ to_tsquery('simple', ?)",
		nameMatch:    "to_tsvector('simple', translate(n.name, " + separators + ")) @@ to_tsquery('simple', ?)",
		names:        "names",
		search:       tsQuery,
		aliases:      "SELECT j.value, e.cluster FROM entities e, json_array_elements_text(e.aliases::json) j WHERE e.cluster IS NOT NULL",
		concat:       func(expr string) string { return "string_agg(" + expr + ", chr(31))" },
	}
}

// separators are the arguments of translate that make spaces of the characters PostgreSQL's
// text parser would read as parts of words, as the migrations' search indexes do.
const separators = "'<&./@:_', '       '"

// sql returns the query q, written with ? placeholders, as the database takes it.
func (d *dialect) sql(q string) string {
	if !d.positional {
		return q
	}
	var b strings.Builder
	n := 0
	quoted := false
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'':
			quoted = !quoted
		case c == '?' && !quoted:
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// version returns how many migrations the database has run.
func (d *dialect) version(ctx context.Context, q querier) (int, error) {
	var v int
	if d.name == "sqlite" {
		err := q.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
		return v, err
	}
	var exists bool
	if err := q.QueryRowContext(ctx, "SELECT to_regclass('schema_version') IS NOT NULL").Scan(&exists); err != nil || !exists {
		return 0, err
	}
	err := q.QueryRowContext(ctx, "SELECT coalesce(max(version), 0) FROM schema_version").Scan(&v)
	return v, err
}

// setVersion records that the database has run v migrations.
func (d *dialect) setVersion(ctx context.Context, tx *tx, v int) error {
	var err error
	if d.name == "sqlite" {
		_, err = tx.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(v))
	} else {
		if _, err = tx.ExecContext(ctx, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"); err != nil {
			return err
		}
		if _, err = tx.ExecContext(ctx, "DELETE FROM schema_version"); err == nil {
			_, err = tx.ExecContext(ctx, "INSERT INTO schema_version (version) VALUES (?)", v)
		}
	}
	return err
}

// lockSchema keeps other processes from migrating the database while tx does: for
// PostgreSQL, where many workers may start at once; SQLite's write lock does it already.
func (d *dialect) lockSchema(ctx context.Context, tx *tx) error {
	if d.name != "postgres" {
		return nil
	}
	_, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(7245032)")
	return err
}

// querier is what a database and a transaction share.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// tsQuery turns words into a PostgreSQL text-search query that matches them all, each as
// a phrase of its letters and digits, as ftsQuery does for SQLite: lexemes are quoted, so
// user input never reaches the query as syntax. "" means there is nothing to look for.
func tsQuery(words string) string {
	var parts []string
	for _, w := range strings.Fields(words) {
		lexemes := strings.FieldsFunc(strings.ToLower(w), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})
		if len(lexemes) == 0 {
			continue
		}
		for i, l := range lexemes {
			lexemes[i] = "'" + l + "'"
		}
		parts = append(parts, "("+strings.Join(lexemes, " <-> ")+")")
	}
	return strings.Join(parts, " & ")
}

// db is a database whose queries are written with ? placeholders, as SQLite takes them,
// and rewritten for the dialect.
type db struct {
	*sql.DB
	d *dialect
}

func (b db) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return b.DB.QueryContext(ctx, b.d.sql(q), args...)
}

func (b db) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return b.DB.QueryRowContext(ctx, b.d.sql(q), args...)
}

func (b db) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return b.DB.ExecContext(ctx, b.d.sql(q), args...)
}

func (b db) BeginTx(ctx context.Context, opts *sql.TxOptions) (*tx, error) {
	t, err := b.DB.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &tx{t, b.d}, nil
}

// tx is a transaction of a db.
type tx struct {
	*sql.Tx
	d *dialect
}

func (t *tx) QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return t.Tx.QueryContext(ctx, t.d.sql(q), args...)
}

func (t *tx) QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row {
	return t.Tx.QueryRowContext(ctx, t.d.sql(q), args...)
}

func (t *tx) ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return t.Tx.ExecContext(ctx, t.d.sql(q), args...)
}

func (t *tx) PrepareContext(ctx context.Context, q string) (*sql.Stmt, error) {
	return t.Tx.PrepareContext(ctx, t.d.sql(q))
}
