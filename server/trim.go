package server

import (
	"runtime/debug"
	"sync"
	"time"
)

// trimmer gives memory back to the system once the server has been idle for a while after
// work that needed a lot of it, such as a burst of extract requests: Go keeps freed memory
// for reuse, so without it the server would hold its peak for good.
type trimmer struct {
	after time.Duration // idle time before trimming; none when <= 0
	mu    sync.Mutex
	busy  int         // requests in flight that asked for a trim
	timer *time.Timer // pending trim
	trims int         // trims done, for tests
}

// begin notes a request that allocates much; end, its end, after which an idle trimmer
// trims.
func (t *trimmer) begin() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.busy++
	if t.timer != nil {
		t.timer.Stop()
		t.timer = nil
	}
}

func (t *trimmer) end() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.busy--
	if t.busy > 0 || t.after <= 0 {
		return
	}
	if t.timer != nil {
		t.timer.Stop()
	}
	t.timer = time.AfterFunc(t.after, t.trim)
}

func (t *trimmer) trim() {
	t.mu.Lock()
	if t.busy > 0 {
		t.mu.Unlock()
		return
	}
	t.timer = nil
	t.trims++
	t.mu.Unlock()
	debug.FreeOSMemory()
}

// stop cancels a pending trim.
func (t *trimmer) stop() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.timer != nil {
		t.timer.Stop()
		t.timer = nil
	}
}
