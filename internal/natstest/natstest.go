// Package natstest runs a NATS server with JetStream inside a test, on loopback, its
// storage in the test's temporary folder.
package natstest

import (
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// Start starts a server for the test and returns its address; it stops with the test.
func Start(tb testing.TB) string {
	tb.Helper()
	s, err := server.NewServer(&server.Options{
		Host: "127.0.0.1", Port: server.RANDOM_PORT, JetStream: true, StoreDir: tb.TempDir(),
		NoLog: true, NoSigs: true, MaxPayload: 8 << 20,
	})
	if err != nil {
		tb.Fatalf("starting NATS: %v", err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		tb.Fatal("NATS did not start")
	}
	tb.Cleanup(s.Shutdown)
	return s.ClientURL()
}
