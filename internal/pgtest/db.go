package pgtest

import (
	"os"
	"path/filepath"
	"testing"
)

// DB returns a database for a test that runs on either store: a PostgreSQL schema of its
// own when a server is given, else an SQLite file in the test's temporary folder.
func DB(tb testing.TB) string {
	tb.Helper()
	if os.Getenv(Env) != "" {
		return DSN(tb)
	}
	return filepath.Join(tb.TempDir(), "test.db")
}
