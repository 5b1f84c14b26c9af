package attrib

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"

	"onrecord/perceptron"
)

// The model file: a gzip stream of a magic line, the table's bits and scale, and its
// non-zero rows.
const modelMagic = "onrecord attribution model 1\n"

//go:embed default.model
var defaultModel []byte

// LoadDefault returns the model embedded in the program, trained on PolNeAR's train split.
func LoadDefault() (*Model, error) {
	m, err := ReadModel(bytes.NewReader(defaultModel))
	if err != nil {
		return nil, fmt.Errorf("embedded attribution model: %w", err)
	}
	return m, nil
}

// Save writes the model to a file.
func (m *Model) Save(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = m.Write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// Write writes the model in the model file format.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(modelMagic)
	var head [5]byte
	head[0] = byte(m.weights.Bits)
	binary.LittleEndian.PutUint32(head[1:], math.Float32bits(m.weights.Scale))
	bw.Write(head[:])
	if err := m.weights.WriteRows(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ReadModel reads a model in the model file format.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("not a model file: %w", err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("not an onrecord attribution model, or one of another version")
	}
	var head [5]byte
	if _, err := io.ReadFull(br, head[:]); err != nil {
		return nil, fmt.Errorf("reading the model's header: %w", io.ErrUnexpectedEOF)
	}
	w, err := perceptron.ReadRows(br, uint(head[0]), numLabels, math.Float32frombits(binary.LittleEndian.Uint32(head[1:])))
	if err != nil {
		return nil, fmt.Errorf("reading the model's weights: %w", err)
	}
	return newModel(w), nil
}
