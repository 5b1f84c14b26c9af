package store

import (
	"errors"
	"fmt"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// The faults a store's errors wrap, so that callers can tell them apart with errors.Is.
var (
	ErrFull     = errors.New("the disk, or the size the database may grow to, is full")
	ErrReadOnly = errors.New("the database cannot be written (a read-only file, folder or file system)")
	ErrLocked   = errors.New("the database is locked by another program")
	ErrDamaged  = errors.New("the database file is damaged or is not an onrecord database")
	ErrIO       = errors.New("the disk failed to read or write the database")
)

// explain wraps an error from SQLite with the fault it stands for and the database's
// path, and returns other errors as they are.
func (s *Store) explain(err error) error {
	var se *sqlite.Error
	if err == nil || !errors.As(err, &se) {
		return err
	}
	var fault error
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_FULL:
		fault = ErrFull
	case sqlite3.SQLITE_READONLY:
		fault = ErrReadOnly
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		fault = ErrLocked
	case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
		fault = ErrDamaged
	case sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN:
		fault = ErrIO
	default:
		return err
	}
	return fmt.Errorf("%s: %w (%w)", s.path, fault, err)
}

// explainTo replaces *err with its explanation; see explain.
func (s *Store) explainTo(err *error) { *err = s.explain(*err) }
