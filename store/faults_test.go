package store_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"onrecord/extract"
	"onrecord/ingest"
	"onrecord/internal/pgtest"
	"onrecord/internal/testdata"
	"onrecord/record"
	"onrecord/store"
)

// items returns n distinct articles to store, made from the demo stories.
func items(t *testing.T, n int) []store.Item {
	t.Helper()
	ms, err := extract.LoadModels()
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New(ms)
	demo := testdata.Demo(t)
	var out []store.Item
	for i := 0; i < n; i++ {
		text := fmt.Sprintf("%s\nThis is copy %d.\n", demo[i%len(demo)], i)
		a, err := ingest.ParseText([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		a.Path = fmt.Sprintf("copy-%d.txt", i)
		d, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, store.Item{Record: record.FromDocument(d), Text: d.Text})
	}
	return out
}

// mountTmpfs mounts a file system of size bytes at a new folder and returns the folder,
// or skips the test when this machine does not let it mount one.
func mountTmpfs(t *testing.T, size int64) string {
	t.Helper()
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, fmt.Sprintf("size=%d", size)); err != nil {
		t.Skipf("skipping: cannot mount a small file system here (%v); the size limit test covers a full disk", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	return dir
}

// fillUntilFull stores articles one a transaction until the store reports it is full,
// and returns how many it stored.
func fillUntilFull(t *testing.T, st *store.Store, its []store.Item) int {
	t.Helper()
	for i, it := range its {
		_, err := st.Put(context.Background(), []store.Item{it})
		if err == nil {
			continue
		}
		if !errors.Is(err, store.ErrFull) || !strings.Contains(err.Error(), st.Path()) {
			t.Fatalf("article %d: %v; want an error that says the database is full and names it", i, err)
		}
		return i
	}
	t.Fatalf("stored all %d articles without filling up", len(its))
	return 0
}

// checkHolds reopens the database at path and checks that it is sound and holds n articles.
func checkHolds(t *testing.T, path string, n int) {
	t.Helper()
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.IntegrityCheck(context.Background()); err != nil {
		t.Error(err)
	}
	got, err := st.Stats(context.Background())
	if err != nil || got.Articles != n {
		t.Errorf("after the fault the store holds %d articles (%v), want %d", got.Articles, err, n)
	}
}

func TestFullDisk(t *testing.T) {
	its := items(t, 400)
	t.Run("size limit", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "full.db")
		st, err := store.OpenWith(context.Background(), path, store.Options{MaxBytes: 1 << 20})
		if err != nil {
			t.Fatal(err)
		}
		n := fillUntilFull(t, st, its)
		st.Close()
		if n == 0 {
			t.Fatal("nothing stored before the database was full")
		}
		checkHolds(t, path, n)
	})
	t.Run("file system", func(t *testing.T) {
		dir := mountTmpfs(t, 2<<20)
		path := filepath.Join(dir, "full.db")
		st, err := store.Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		n := fillUntilFull(t, st, its)
		st.Close()
		checkHolds(t, path, n)
	})
}

// storeAt stores its in the database at db, which it makes if need be, and closes it.
func storeAt(t *testing.T, db string, its []store.Item) {
	t.Helper()
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Put(context.Background(), its); err != nil {
		t.Fatal(err)
	}
}

// checkReadOnly opens db read-only and checks that storing it fails with ErrReadOnly and
// that reading finds the n articles it holds.
func checkReadOnly(t *testing.T, db string, it store.Item, n int) {
	t.Helper()
	ctx := context.Background()
	ro, err := store.OpenWith(ctx, db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.Put(ctx, []store.Item{it}); !errors.Is(err, store.ErrReadOnly) {
		t.Errorf("writing a read-only store: %v", err)
	}
	if got, err := ro.Stats(ctx); err != nil || got.Articles != n {
		t.Errorf("reading a read-only store: %+v, %v; want %d articles", got, err, n)
	}
}

func TestReadOnly(t *testing.T) {
	ctx := context.Background()
	its := items(t, 3)
	path := filepath.Join(t.TempDir(), "ro.db")
	storeAt(t, path, its[:2])
	checkReadOnly(t, path, its[2], 2)
	if _, err := store.OpenWith(ctx, filepath.Join(t.TempDir(), "none.db"), store.Options{ReadOnly: true}); err == nil || !strings.Contains(err.Error(), "none.db") {
		t.Errorf("opening a missing database read-only: %v", err)
	}

	t.Run("file system", func(t *testing.T) {
		dir := mountTmpfs(t, 8<<20)
		path := filepath.Join(dir, "ro.db")
		storeAt(t, path, its[:2])
		if err := syscall.Mount("", dir, "", syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
			t.Skipf("skipping: cannot remount read-only: %v", err)
		}
		st, err := store.Open(ctx, path)
		if err == nil {
			_, err = st.Put(ctx, its[2:])
			st.Close()
		}
		if !errors.Is(err, store.ErrReadOnly) && !errors.Is(err, store.ErrIO) {
			t.Errorf("writing on a read-only file system: %v", err)
		}
		checkReadOnly(t, path, its[2], 2)
	})
}

// TestMain runs the test binary as a helper process that holds a database locked when
// ONRECORD_LOCK names it: it says "locked" and holds the lock until its input closes.
func TestMain(m *testing.M) {
	if path := os.Getenv("ONRECORD_LOCK"); path != "" {
		os.Exit(holdLock(path))
	}
	os.Exit(m.Run())
}

func holdLock(path string) int {
	ctx := context.Background()
	st, err := store.Open(ctx, path)
	if err != nil {
		fmt.Println(err)
		return 1
	}
	defer st.Close()
	unlock, err := st.Lock(ctx)
	if err != nil {
		fmt.Println(err)
		return 1
	}
	fmt.Println("locked")
	bufio.NewReader(os.Stdin).ReadString('\n')
	unlock()
	return 0
}

func TestLockedByAnotherProcess(t *testing.T) {
	ctx := context.Background()
	its := items(t, 2)
	path := filepath.Join(t.TempDir(), "locked.db")
	st, err := store.OpenWith(ctx, path, store.Options{BusyTimeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.Put(ctx, its[:1]); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "ONRECORD_LOCK="+path)
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Wait()
	defer in.Close()
	if line, _ := bufio.NewReader(out).ReadString('\n'); line != "locked\n" {
		t.Fatalf("the helper process says %q", line)
	}
	if _, err := st.Put(ctx, its[1:]); !errors.Is(err, store.ErrLocked) {
		t.Errorf("writing a locked database: %v", err)
	}
	if got, err := st.Stats(ctx); err != nil || got.Articles != 1 {
		t.Errorf("reading a locked database: %+v, %v", got, err)
	}
	in.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Put(ctx, its[1:]); err != nil {
		t.Errorf("writing after the lock is gone: %v", err)
	}
	if got, _ := st.Stats(ctx); got.Articles != 2 {
		t.Errorf("%d articles, want 2", got.Articles)
	}
}

func TestDamagedFile(t *testing.T) {
	ctx := context.Background()
	its := items(t, 40)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.db")
	storeAt(t, good, its)
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	garbage := func(b []byte) []byte {
		b = append([]byte(nil), b...)
		for i := len(b) / 3; i < len(b)*2/3; i++ {
			b[i] = byte(i * 7)
		}
		return b
	}
	for name, body := range map[string][]byte{
		"truncated.db": data[:len(data)/2],
		"garbled.db":   garbage(data),
		"header.db":    append([]byte("not a database at all, but some text\n"), data[40:]...),
		"text.db":      []byte("Council leader quits\n\nA plain text file named like a database.\n"),
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, body, 0o644); err != nil {
				t.Fatal(err)
			}
			st, err := store.Open(ctx, path)
			if err == nil {
				defer st.Close()
				for _, q := range []func() error{
					func() error { _, err := st.Stats(ctx); return err },
					func() error { _, err := st.People(ctx, "", 0); return err },
					func() error { return st.IntegrityCheck(ctx) },
				} {
					if err = q(); err != nil {
						break
					}
				}
			}
			if err == nil {
				t.Fatal("a damaged database gave no error")
			}
			if !errors.Is(err, store.ErrDamaged) && !strings.Contains(err.Error(), "integrity check") || !strings.Contains(err.Error(), name) {
				t.Errorf("error %q does not say that %s is damaged", err, name)
			}
		})
	}
}

func TestPostgresFaults(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	its := items(t, 3)
	st, err := store.OpenWith(ctx, dsn, store.Options{BusyTimeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if strings.Contains(st.Path(), "onrecord:onrecord@") {
		t.Errorf("the store's name %q shows the password", st.Path())
	}
	if _, err := st.Put(ctx, its[:1]); err != nil {
		t.Fatal(err)
	}
	other, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	unlock, err := other.Lock(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Put(ctx, its[1:2]); !errors.Is(err, store.ErrLocked) {
		t.Errorf("writing a locked database: %v", err)
	}
	unlock()
	if _, err := st.Put(ctx, its[1:2]); err != nil {
		t.Errorf("writing after the lock is gone: %v", err)
	}
	checkReadOnly(t, dsn, its[2], 2)
	if _, err := store.Open(ctx, "postgres://nobody:secret@127.0.0.1:1/none?connect_timeout=2"); !errors.Is(err, store.ErrServer) || strings.Contains(err.Error(), "secret") {
		t.Errorf("a server that is not there: %v", err)
	}
}
