package store

import (
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"

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
	ErrServer   = errors.New("the database server cannot be reached or refused the connection")
)

// explain wraps an error from SQLite with the fault it stands for and the database's
// path, and returns other errors as they are.
func (s *Store) explain(err error) error {
	if err == nil {
		return nil
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return s.explainPostgres(err, pe.Code)
	}
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) {
		return fmt.Errorf("%s: %w (%w)", s.path, ErrServer, err)
	}
	var se *sqlite.Error
	if !errors.As(err, &se) {
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

// explainPostgres wraps an error from PostgreSQL, of SQLSTATE code, as explain does.
func (s *Store) explainPostgres(err error, code string) error {
	var fault error
	switch {
	case code == "53100" || code == "53200" || code == "54000":
		fault = ErrFull
	case code == "25006":
		fault = ErrReadOnly
	case code == "55P03" || code == "40P01":
		fault = ErrLocked
	case code == "XX001" || code == "XX002":
		fault = ErrDamaged
	case strings.HasPrefix(code, "08") || strings.HasPrefix(code, "28") || code == "57P01" || code == "57P03":
		fault = ErrServer
	default:
		return err
	}
	return fmt.Errorf("%s: %w (%w)", s.path, fault, err)
}

// explainTo replaces *err with its explanation; see explain.
func (s *Store) explainTo(err *error) { *err = s.explain(*err) }
