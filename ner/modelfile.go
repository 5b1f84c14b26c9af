package ner

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"

	"onrecord/perceptron"
)

// The model file: a gzip stream holding a magic line, a JSON header, then the clusters,
// the gazetteer and the non-zero rows of the weight table, in that order, each as
// varints. Maps are written in key order and gzip carries no time stamp, so that the same
// model always gives the same bytes.

const modelMagic = "onrecord ner model 1\n"

type modelHeader struct {
	Types         []string `json:"types"`
	Features      string   `json:"features"`
	Bits          uint     `json:"bits"`
	Scale         float32  `json:"scale"`
	ClusterLevels []int    `json:"cluster_levels,omitempty"`
	Lists         []string `json:"gazetteer_lists,omitempty"`
	MaxNameLen    int      `json:"gazetteer_max_len,omitempty"`
}

//go:embed default.model
var defaultModel []byte

// LoadDefault returns the model embedded in the program, trained on CoNLL-2003 English
// (see the README for how it was made).
func LoadDefault() (*Model, error) {
	m, err := ReadModel(bytes.NewReader(defaultModel))
	if err != nil {
		return nil, fmt.Errorf("embedded model: %w", err)
	}
	return m, nil
}

// LoadModel reads a model file.
func LoadModel(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := ReadModel(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// Save writes the model to a file.
func (m *Model) Save(path string) error { return perceptron.SaveFile(path, m.Write) }

// Write writes the model in the model file format.
func (m *Model) Write(w io.Writer) error {
	return perceptron.WriteModelFile(w, modelMagic, func(bw *bufio.Writer) error { return m.writeBody(bw) })
}

func (m *Model) writeBody(bw *bufio.Writer) error {
	h := modelHeader{Types: m.Types, Features: m.Features.String(), Bits: m.bits, Scale: m.weights.Scale}
	if m.clusters != nil {
		h.ClusterLevels = m.clusters.Levels
	}
	if m.gazetteer != nil {
		h.Lists, h.MaxNameLen = m.gazetteer.Lists, m.gazetteer.maxLen
	}
	js, err := json.Marshal(h)
	if err != nil {
		return err
	}
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	uv(uint64(len(js)))
	bw.Write(js)

	if m.clusters != nil {
		words := make([]string, 0, len(m.clusters.ids))
		for w := range m.clusters.ids {
			words = append(words, w)
		}
		sort.Strings(words)
		uv(uint64(len(words)))
		for _, w := range words {
			uv(uint64(len(w)))
			bw.WriteString(w)
			uv(m.clusters.ids[w])
		}
		writeHashMap(bw, m.clusters.norm, uv)
	}
	if m.gazetteer != nil {
		writeHashMap(bw, m.gazetteer.entries, uv)
	}
	return m.weights.WriteRows(bw)
}

// writeHashMap writes a map of hashes in key order: its length, then each key as 8 bytes
// and its value as a varint.
func writeHashMap(bw *bufio.Writer, m map[uint64]uint64, uv func(uint64)) {
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	uv(uint64(len(keys)))
	var b [8]byte
	for _, k := range keys {
		binary.LittleEndian.PutUint64(b[:], k)
		bw.Write(b[:])
		uv(m[k])
	}
}

// ReadModel reads a model in the model file format.
func ReadModel(r io.Reader) (*Model, error) {
	br, err := perceptron.OpenModelFile(r, modelMagic)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	fail := func(what string, err error) (*Model, error) {
		if err == nil {
			err = errors.New("corrupt data")
		}
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("reading the model's %s: %w", what, err)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<20 {
		return fail("header", err)
	}
	js := make([]byte, n)
	if _, err := io.ReadFull(br, js); err != nil {
		return fail("header", err)
	}
	var h modelHeader
	if err := json.Unmarshal(js, &h); err != nil {
		return fail("header", err)
	}
	feats, err := ParseFeatures(h.Features)
	if err != nil {
		return fail("header", err)
	}
	if h.Bits == 0 || h.Bits > 26 || len(h.Types) == 0 || len(h.Types) > 60 {
		return fail("header", fmt.Errorf("bad sizes: %d bits, %d types", h.Bits, len(h.Types)))
	}
	m := &Model{Types: h.Types, Features: feats, bits: h.Bits, nl: numLabels(len(h.Types))}
	if h.ClusterLevels != nil {
		n, err := binary.ReadUvarint(br)
		if err != nil || n > 1<<24 {
			return fail("clusters", err)
		}
		c := &Clusters{Levels: h.ClusterLevels, ids: make(map[string]uint64, n)}
		var word []byte
		for i := uint64(0); i < n; i++ {
			l, err := binary.ReadUvarint(br)
			if err != nil || l > 1<<10 {
				return fail("clusters", err)
			}
			word = append(word[:0], make([]byte, l)...)
			if _, err := io.ReadFull(br, word); err != nil {
				return fail("clusters", err)
			}
			ids, err := binary.ReadUvarint(br)
			if err != nil {
				return fail("clusters", err)
			}
			c.ids[string(word)] = ids
		}
		if c.norm, err = readHashMap(br); err != nil {
			return fail("clusters", err)
		}
		m.clusters = c
	}
	if h.Lists != nil {
		entries, err := readHashMap(br)
		if err != nil {
			return fail("gazetteer", err)
		}
		m.gazetteer = &Gazetteer{Lists: h.Lists, entries: entries, maxLen: h.MaxNameLen}
	}
	if m.weights, err = perceptron.ReadRows(br, m.bits, m.nl, h.Scale); err != nil {
		return fail("weights", err)
	}
	return m, nil
}

func readHashMap(br *bufio.Reader) (map[uint64]uint64, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<26 {
		if err == nil {
			err = fmt.Errorf("%d entries", n)
		}
		return nil, err
	}
	m := make(map[uint64]uint64, n)
	var b [8]byte
	for i := uint64(0); i < n; i++ {
		if _, err := io.ReadFull(br, b[:]); err != nil {
			return nil, err
		}
		v, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		m[binary.LittleEndian.Uint64(b[:])] = v
	}
	return m, nil
}
