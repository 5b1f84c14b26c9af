package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"onrecord/ingest"
)

// listFlag is a flag that may be given many times.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// openInput opens the file at path, or standard input for "-" or "", and returns it
// with the name to use in messages.
func openInput(e *env, path string) (io.ReadCloser, string, error) {
	if path == "" || path == "-" {
		return io.NopCloser(e.stdin), "standard input", nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, path, err
	}
	return f, path, nil
}

// readInput reads the whole of the file at path, or of standard input for "-" or "".
func readInput(e *env, path string) (string, string, error) {
	r, name, err := openInput(e, path)
	if err != nil {
		return "", name, err
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		return "", name, fmt.Errorf("reading %s: %w", name, err)
	}
	return string(b), name, nil
}

// dateFlag is a date such as 2014-08-27.
type dateFlag string

func (d *dateFlag) String() string { return string(*d) }

func (d *dateFlag) Set(v string) error {
	if _, err := time.Parse("2006-01-02", v); err != nil {
		return errors.New("must be a date such as 2014-08-27")
	}
	*d = dateFlag(v)
	return nil
}

// publishedFlag adds the --published flag: the date given to articles that carry none.
func publishedFlag(fs *flags) *string {
	d := new(dateFlag)
	fs.Var(d, "published", "publication `DATE` (YYYY-MM-DD) for articles that do not give one")
	return (*string)(d)
}

// sizeFlag is a size in bytes, given as a number with an optional K, M or G (powers of 1024).
type sizeFlag int64

func (s *sizeFlag) String() string { return strconv.FormatInt(int64(*s), 10) }

func (s *sizeFlag) Set(v string) error {
	mult := int64(1)
	t := strings.TrimSuffix(strings.ToUpper(strings.TrimSpace(v)), "B")
	if t != "" {
		switch t[len(t)-1] {
		case 'K':
			mult = 1 << 10
		case 'M':
			mult = 1 << 20
		case 'G':
			mult = 1 << 30
		}
		if mult > 1 {
			t = t[:len(t)-1]
		}
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n <= 0 || n > (1<<62)/mult {
		return fmt.Errorf("%q is not a size such as 10M, 500K or 2000000", v)
	}
	*s = sizeFlag(n * mult)
	return nil
}

// maxSizeFlag adds the --max-size flag that limits the size of an article read.
func maxSizeFlag(fs *flags) *sizeFlag {
	s := sizeFlag(ingest.DefaultMaxSize)
	fs.Var(&s, "max-size", "the largest article read, in `BYTES` (K, M and G allowed); larger files are refused unread")
	return &s
}
