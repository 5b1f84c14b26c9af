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

// The model file: a gzip stream of a magic line, then for each stage's table (one or two)
// its bits and scale and its non-zero rows; a zero byte of bits ends the tables. Then the
// cue words learned from the training data: their number and each word, as uvarint
// lengths and bytes.
const modelMagic = "onrecord attribution model 3\n"

// maxLearnedCues bounds the learned cue words a model file may hold.
const maxLearnedCues = 1 << 16

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
		for _, t := range []*perceptron.Weights{m.weights, m.second} {
			if t == nil {
				break
			}
			var head [5]byte
			head[0] = byte(t.Bits)
			binary.LittleEndian.PutUint32(head[1:], math.Float32bits(t.Scale))
			bw.Write(head[:])
			if err := t.WriteRows(bw); err != nil {
				return err
			}
		}
		if err := bw.WriteByte(0); err != nil {
			return err
		}
		var n [binary.MaxVarintLen64]byte
		bw.Write(n[:binary.PutUvarint(n[:], uint64(len(m.learned)))])
		for _, w := range m.learned {
			bw.Write(n[:binary.PutUvarint(n[:], uint64(len(w)))])
			if _, err := bw.WriteString(w); err != nil {
				return err
			}
		}
		return nil
	})
}

// ReadModel reads a model in the model file format.
func ReadModel(r io.Reader) (*Model, error) {
	br, err := perceptron.OpenModelFile(r, modelMagic)
	if err != nil {
		return nil, fmt.Errorf("attribution model: %w", err)
	}
	var tables []*perceptron.Weights
	for {
		bits, err := br.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("reading the model's header: %w", io.ErrUnexpectedEOF)
		}
		if bits == 0 {
			break
		}
		if len(tables) == 2 {
			return nil, fmt.Errorf("attribution model: more than two tables")
		}
		var scale [4]byte
		if _, err := io.ReadFull(br, scale[:]); err != nil {
			return nil, fmt.Errorf("reading the model's header: %w", io.ErrUnexpectedEOF)
		}
		w, err := perceptron.ReadRows(br, uint(bits), numLabels, math.Float32frombits(binary.LittleEndian.Uint32(scale[:])))
		if err != nil {
			return nil, fmt.Errorf("reading the model's weights: %w", err)
		}
		tables = append(tables, w)
	}
	if len(tables) == 0 {
		return nil, fmt.Errorf("attribution model: no weights")
	}
	learned, err := readLearned(br)
	if err != nil {
		return nil, fmt.Errorf("reading the model's learned cue words: %w", err)
	}
	m := newModel(tables[0], nil, learned)
	if len(tables) == 2 {
		m.second = tables[1]
	}
	return m, nil
}

// readLearned reads the learned cue words of a model file.
func readLearned(br *bufio.Reader) ([]string, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, io.ErrUnexpectedEOF
	}
	if n > maxLearnedCues {
		return nil, fmt.Errorf("%d words, more than %d", n, maxLearnedCues)
	}
	words := make([]string, 0, n)
	for range n {
		l, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, io.ErrUnexpectedEOF
		}
		if l == 0 || l > 64 {
			return nil, fmt.Errorf("a word %d bytes long", l)
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, io.ErrUnexpectedEOF
		}
		words = append(words, string(b))
	}
	return words, nil
}

// String describes the model: its stages and the size of their tables.
func (m *Model) String() string {
	if m.second == nil {
		return fmt.Sprintf("1 stage, 2^%d rows, %d learned cue words", m.weights.Bits, len(m.learned))
	}
	return fmt.Sprintf("2 stages, 2^%d and 2^%d rows, %d learned cue words", m.weights.Bits, m.second.Bits, len(m.learned))
}
