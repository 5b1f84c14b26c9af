package attrib

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"fmt"
	"io"
	"math"

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
func (m *Model) Save(path string) error { return perceptron.SaveFile(path, m.Write) }

// Write writes the model in the model file format.
func (m *Model) Write(w io.Writer) error {
	return perceptron.WriteModelFile(w, modelMagic, func(bw *bufio.Writer) error {
		var head [5]byte
		head[0] = byte(m.weights.Bits)
		binary.LittleEndian.PutUint32(head[1:], math.Float32bits(m.weights.Scale))
		bw.Write(head[:])
		return m.weights.WriteRows(bw)
	})
}

// ReadModel reads a model in the model file format.
func ReadModel(r io.Reader) (*Model, error) {
	br, err := perceptron.OpenModelFile(r, modelMagic)
	if err != nil {
		return nil, fmt.Errorf("attribution model: %w", err)
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
