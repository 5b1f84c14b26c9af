package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
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

// checkDate returns a usage error unless the value of flag is "" or a date such as
// 2014-08-27.
func checkDate(flag, value string) error {
	if value == "" {
		return nil
	}
	if _, err := time.Parse("2006-01-02", value); err != nil {
		return usagef("%s must be a date such as 2014-08-27, not %q", flag, value)
	}
	return nil
}
