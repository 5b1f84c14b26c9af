// Package store keeps records: articles keyed by the SHA-256 of their text, their
// entities, quotations, posts and events, and the people, organisations and places they
// resolve to across articles. The default store is an embedded SQLite database (pure Go, in
// WAL mode) with full-text search over quotations and article text.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

// Store is an open database of records. It is safe for concurrent use.
type Store struct {
	db       db
	d        *dialect
	path     string
	temp     string // a folder to remove on closing
	readOnly bool
}

// DefaultPath returns where the database lives when no path is given: onrecord.db in
// $XDG_DATA_HOME/onrecord, or in ~/.local/share/onrecord.
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("finding the data folder: %w", err)
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "onrecord", "onrecord.db"), nil
}

// Options sets how a database is opened. The zero value opens it for reading and writing,
// waits up to 10 seconds for a lock, and lets it grow without limit.
type Options struct {
	ReadOnly    bool          // open for reading only: writing fails with ErrReadOnly
	BusyTimeout time.Duration // how long to wait for another program's lock; 10s when 0
	MaxBytes    int64         // the size the database may grow to; no limit when 0
}

// Open opens the database at path for reading and writing, creating it and its folder if
// need be, and brings its schema up to date.
func Open(ctx context.Context, path string) (*Store, error) { return OpenWith(ctx, path, Options{}) }

// OpenWith opens the database at path as opt says. A database opened read-only must exist
// and have the current schema.
func OpenWith(ctx context.Context, path string, opt Options) (*Store, error) {
	if IsPostgres(path) {
		return openPostgres(ctx, path, opt)
	}
	s := &Store{path: path, readOnly: opt.ReadOnly, d: sqliteDialect()}
	if opt.ReadOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("opening %s: %w", path, err)
		}
	} else if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	if opt.BusyTimeout <= 0 {
		opt.BusyTimeout = 10 * time.Second
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", opt.BusyTimeout.Milliseconds()))
	if opt.ReadOnly {
		q.Set("mode", "ro")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		// Every transaction onrecord begins writes: taking the write lock at BEGIN lets
		// it wait its turn (busy_timeout) instead of failing when another connection has
		// written since it first read, as a deferred one in WAL mode does.
		q.Set("_txlock", "immediate")
	}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(NORMAL)")
	if opt.MaxBytes > 0 {
		q.Add("_pragma", fmt.Sprintf("max_page_count(%d)", max(opt.MaxBytes/pageSize, 1)))
	}
	d, err := openDB(path, q)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	s.db = db{d, s.d}
	err = s.migrate(ctx)
	if opt.ReadOnly && errors.Is(s.explain(err), ErrIO) {
		// A database in WAL mode on a read-only file system cannot be opened as it
		// can elsewhere, for want of its shared-memory file; it can as immutable.
		s.db.Close()
		q.Set("immutable", "1")
		if d, err = openDB(path, q); err != nil {
			return nil, fmt.Errorf("opening %s: %w", path, err)
		}
		s.db = db{d, s.d}
		err = s.migrate(ctx)
	}
	if err != nil {
		s.db.Close()
		if e := s.explain(err); e != err {
			return nil, e
		}
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	return s, nil
}

// openDB opens the SQLite database at path with the URI parameters q.
func openDB(path string, q url.Values) (*sql.DB, error) {
	u := url.URL{Scheme: "file", Opaque: uriEscaper.Replace(path), RawQuery: q.Encode()}
	db, err := sql.Open("sqlite", u.String())
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(8) // SQLite works on one core a connection: more only contend
	return db, nil
}

// pageSize is SQLite's page size, in bytes, which onrecord leaves at its default.
const pageSize = 4096

// uriEscaper escapes what would end a path in an SQLite URI.
var uriEscaper = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")

// ErrNotFound is wrapped by the errors of lookups that find nothing.
var ErrNotFound = errors.New("not found")

// ErrBadQuery is wrapped by the errors of queries that ask nothing answerable, such as a
// name without a word in it.
var ErrBadQuery = errors.New("bad query")

// OpenTemp opens a new, empty database in a temporary folder that is removed when the
// store is closed: a store for a demonstration or a test, that leaves nothing behind.
func OpenTemp(ctx context.Context) (*Store, error) {
	dir, err := os.MkdirTemp("", "onrecord-")
	if err != nil {
		return nil, err
	}
	s, err := Open(ctx, filepath.Join(dir, "onrecord.db"))
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	s.temp = dir
	return s, nil
}

// Path returns the database's file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error {
	err := s.db.Close()
	if s.temp != "" {
		os.RemoveAll(s.temp)
	}
	return err
}

// IntegrityCheck runs SQLite's integrity check and returns an error unless it says ok.
func (s *Store) IntegrityCheck(ctx context.Context) (err error) {
	defer s.explainTo(&err)
	if s.d.name != "sqlite" {
		return nil // PostgreSQL checks its pages as it reads them
	}
	var res string
	if err := s.db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&res); err != nil {
		return err
	}
	if res != "ok" {
		return errors.New("integrity check: " + res)
	}
	return nil
}

// Generation returns a number that every change to the store raises.
func (s *Store) Generation(ctx context.Context) (_ int64, err error) {
	defer s.explainTo(&err)
	var g int64
	err = s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'generation'").Scan(&g)
	return g, err
}

// bump raises the generation within a transaction.
func bump(ctx context.Context, tx *tx) error {
	_, err := tx.ExecContext(ctx, "UPDATE meta SET value = value + 1 WHERE key = 'generation'")
	return err
}

// Stats counts what the store holds.
type Stats struct {
	Articles, Versions, Entities, People, Organizations, Places, Quotes, Roles, Events int
}

// Stats returns what the store holds: current articles and all their versions, entities
// of current articles, resolved people, organisations and places, and facts.
func (s *Store) Stats(ctx context.Context) (_ Stats, err error) {
	defer s.explainTo(&err)
	var st Stats
	err = s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles WHERE current = 1),
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM entities),
		(SELECT count(*) FROM clusters WHERE type = 'person'),
		(SELECT count(*) FROM clusters WHERE type = 'organization'),
		(SELECT count(*) FROM clusters WHERE type = 'place'),
		(SELECT count(*) FROM quotes),
		(SELECT count(*) FROM roles),
		(SELECT count(*) FROM events)`).Scan(&st.Articles, &st.Versions, &st.Entities, &st.People,
		&st.Organizations, &st.Places, &st.Quotes, &st.Roles, &st.Events)
	return st, err
}

// Lock takes the database's write lock and holds it until unlock is called, keeping
// every other writer out: for a backup, or to test how writers wait.
func (s *Store) Lock(ctx context.Context) (unlock func() error, err error) {
	defer s.explainTo(&err)
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	steps := []string{"BEGIN EXCLUSIVE"}
	if s.d.name == "postgres" {
		steps = []string{"BEGIN", "LOCK TABLE articles, entities, quotes, roles, events, clusters, meta IN EXCLUSIVE MODE"}
	}
	for _, q := range steps {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			conn.ExecContext(context.Background(), "ROLLBACK")
			conn.Close()
			return nil, err
		}
	}
	return func() error {
		_, err := conn.ExecContext(context.Background(), "ROLLBACK")
		conn.Close()
		return err
	}, nil
}
