// Package testmodels gives tests the embedded extraction models, read once for all the
// tests of a test binary (the models are read-only and safe for concurrent use).
package testmodels

import (
	"sync"
	"testing"

	"onrecord/extract"
)

// load reads the embedded models the first time it is called and returns them after.
var load = sync.OnceValues(extract.LoadModels)

// Load returns the embedded models, failing the test if they cannot be read.
func Load(tb testing.TB) *extract.Models {
	tb.Helper()
	ms, err := load()
	if err != nil {
		tb.Fatal(err)
	}
	return ms
}
