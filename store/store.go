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
	"os"
	"path/filepath"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"
)

// Store is an open database of records. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
	temp string // a folder to remove on closing
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

// Open opens the database at path, creating it and its folder if need be, and brings
// its schema up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	dsn := "file:" + path + "?_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	db.SetMaxOpenConns(8) // SQLite works on one core a connection: more only contend
	s := &Store{db: db, path: path}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	return s, nil
}

// ErrNotFound is wrapped by the errors of lookups that find nothing.
var ErrNotFound = errors.New("not found")

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
func (s *Store) IntegrityCheck(ctx context.Context) error {
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
func (s *Store) Generation(ctx context.Context) (int64, error) {
	var g int64
	err := s.db.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'generation'").Scan(&g)
	return g, err
}

// bump raises the generation within a transaction.
func bump(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, "UPDATE meta SET value = value + 1 WHERE key = 'generation'")
	return err
}

// Stats counts what the store holds.
type Stats struct {
	Articles, Versions, Entities, People, Organizations, Places, Quotes, Roles, Events int
}

// Stats returns what the store holds: current articles and all their versions, entities
// of current articles, resolved people, organisations and places, and facts.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles WHERE current),
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
