package perceptron

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
)

// Model files are gzip streams that open with a magic line naming the kind of model and
// its version.

// WriteModelFile writes a model file to w: the magic line, then what body writes.
func WriteModelFile(w io.Writer, magic string, body func(*bufio.Writer) error) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	if err := body(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ErrNotModel is returned for a file that is not a model file of the kind asked for.
var ErrNotModel = errors.New("not a model file of this kind and version")

// OpenModelFile reads a model file from r, checks its magic line, and returns a reader of
// what follows it.
func OpenModelFile(r io.Reader, magic string) (*bufio.Reader, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNotModel, err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	got := make([]byte, len(magic))
	if _, err := io.ReadFull(br, got); err != nil || string(got) != magic {
		return nil, ErrNotModel
	}
	return br, nil
}
