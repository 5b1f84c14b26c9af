package store

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// IsPostgres reports whether a --db value names a PostgreSQL database rather than a file:
// a postgres:// or postgresql:// address.
func IsPostgres(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// Redacted returns a database's address with its password hidden, for messages.
func Redacted(db string) string {
	if !IsPostgres(db) {
		return db
	}
	u, err := url.Parse(db)
	if err != nil {
		return "postgres://..."
	}
	return u.Redacted()
}

// openPostgres opens the PostgreSQL database at the address dsn and brings its schema up
// to date. Many processes may do so at once.
func openPostgres(ctx context.Context, dsn string, opt Options) (*Store, error) {
	name := Redacted(dsn)
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("opening %s: %w", name, err)
	}
	if opt.ReadOnly {
		cfg.RuntimeParams["default_transaction_read_only"] = "on"
	}
	if opt.BusyTimeout > 0 {
		cfg.RuntimeParams["lock_timeout"] = strconv.FormatInt(opt.BusyTimeout.Milliseconds(), 10)
	}
	s := &Store{path: name, readOnly: opt.ReadOnly, d: postgresDialect()}
	d := stdlib.OpenDB(*cfg)
	d.SetMaxOpenConns(8)
	s.db = db{d, s.d}
	if err := s.db.PingContext(ctx); err != nil {
		d.Close()
		if e := s.explain(err); e != err {
			return nil, e
		}
		return nil, fmt.Errorf("opening %s: %w", name, err)
	}
	if err := s.migrate(ctx); err != nil {
		d.Close()
		return nil, fmt.Errorf("opening %s: %w", name, s.explain(err))
	}
	return s, nil
}
