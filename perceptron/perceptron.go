// Package perceptron provides what the project's taggers share: averaged-perceptron
// weight tables addressed by hashed features, trained online and stored as 16-bit
// integers, and the hashing of words into features.
package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
)

// Weights is a trained weight table: 1<<Bits rows of one weight per label, each row
// addressed by the top Bits bits of a feature hash. It is read-only once made.
type Weights struct {
	Bits   uint
	Labels int
	W      []int16 // rows × labels
	Scale  float32 // a weight is W / Scale
}

// Score sets scores[l] to the sum of the weights of label l over the features feats.
func (w *Weights) Score(scores []int32, feats []uint64) {
	if w.Labels == 7 && len(scores) == 7 {
		addRows7(scores, w.W, feats, w.Bits)
		return
	}
	if w.Labels == 17 && len(scores) == 17 {
		addRows17(scores, w.W, feats, w.Bits)
		return
	}
	addRows(scores, w.W, feats, w.Bits, w.Labels)
}

// addRows7 is addRows for rows of seven labels, summed in registers so that the loads of
// the rows, which mostly miss the cache, overlap.
func addRows7(scores []int32, weights []int16, feats []uint64, bits uint) {
	var s0, s1, s2, s3, s4, s5, s6 int32
	for _, h := range feats {
		off := int(h>>(64-bits)) * 7
		r := weights[off : off+7 : off+7]
		s0 += int32(r[0])
		s1 += int32(r[1])
		s2 += int32(r[2])
		s3 += int32(r[3])
		s4 += int32(r[4])
		s5 += int32(r[5])
		s6 += int32(r[6])
	}
	scores[0], scores[1], scores[2], scores[3], scores[4], scores[5], scores[6] = s0, s1, s2, s3, s4, s5, s6
}

// number is a weight or a score.
type number interface{ int16 | int32 | float32 }

// addRows sets scores to the sum of the weight rows of feats.
func addRows[W, S number](scores []S, weights []W, feats []uint64, bits uint, nl int) {
	for i := range scores {
		scores[i] = 0
	}
	for _, h := range feats {
		off := int(h>>(64-bits)) * nl
		row := weights[off : off+nl : off+nl]
		for l, x := range row {
			scores[l] += S(x)
		}
	}
}

// Trainer learns weights by the averaged perceptron: each update is also added, times the
// number of steps so far, to a sum from which the average over all steps is taken at the
// end (Daumé's trick), so averaging costs nothing per step.
type Trainer struct {
	bits   uint
	labels int
	w      []float32 // current weights
	u      []float64 // sum of updates, each times the step it was made at
	c      float64   // steps so far, from 1
}

// NewTrainer returns a trainer for a table of 1<<bits rows of labels weights.
func NewTrainer(bits uint, labels int) *Trainer {
	n := (1 << bits) * labels
	return &Trainer{bits: bits, labels: labels, w: make([]float32, n), u: make([]float64, n), c: 1}
}

// Score sets scores to the current weights' scores of feats.
func (t *Trainer) Score(scores []float32, feats []uint64) {
	addRows(scores, t.w, feats, t.bits, t.labels)
}

// Update moves the weights of feats towards label gold and away from label pred.
func (t *Trainer) Update(feats []uint64, gold, pred int) {
	for _, h := range feats {
		off := int(h>>(64-t.bits)) * t.labels
		t.w[off+gold]++
		t.u[off+gold] += t.c
		t.w[off+pred]--
		t.u[off+pred] -= t.c
	}
}

// Tick ends a step: one token seen, whether or not it was updated.
func (t *Trainer) Tick() { t.c++ }

// Average returns the weights averaged over all steps so far, as 16-bit integers scaled
// to use their whole range.
func (t *Trainer) Average() *Weights {
	maxAbs := 0.0
	for i := range t.w {
		maxAbs = max(maxAbs, math.Abs(float64(t.w[i])-t.u[i]/t.c))
	}
	scale := 1.0
	if maxAbs > 0 {
		scale = 32767 / maxAbs
	}
	q := make([]int16, len(t.w))
	for i := range t.w {
		q[i] = int16(math.Round((float64(t.w[i]) - t.u[i]/t.c) * scale))
	}
	return &Weights{Bits: t.bits, Labels: t.labels, W: q, Scale: float32(scale)}
}

// Best returns the highest-scoring label l for which ok(l) holds, or -1 if none does.
func Best[S int32 | float32](scores []S, ok func(l int) bool) int {
	b := -1
	for l := range scores {
		if ok(l) && (b < 0 || scores[l] > scores[b]) {
			b = l
		}
	}
	return b
}

// WriteRows writes the non-zero rows of the table: each as its distance from the last row
// written (never 0) and its weights, all as varints, then a 0.
func (w *Weights) WriteRows(bw *bufio.Writer) error {
	var buf [binary.MaxVarintLen64]byte
	last := -1
	for r := 0; r < 1<<w.Bits; r++ {
		row := w.W[r*w.Labels : (r+1)*w.Labels]
		if allZero(row) {
			continue
		}
		bw.Write(buf[:binary.PutUvarint(buf[:], uint64(r-last))])
		last = r
		for _, x := range row {
			bw.Write(buf[:binary.PutVarint(buf[:], int64(x))])
		}
	}
	_, err := bw.Write(buf[:binary.PutUvarint(buf[:], 0)])
	return err
}

func allZero(row []int16) bool {
	for _, x := range row {
		if x != 0 {
			return false
		}
	}
	return true
}

// ReadRows reads a table of 1<<bits rows of labels weights written by WriteRows.
func ReadRows(br *bufio.Reader, bits uint, labels int, scale float32) (*Weights, error) {
	if bits == 0 || bits > 26 || labels <= 0 || labels > 256 {
		return nil, fmt.Errorf("bad table size: %d bits, %d labels", bits, labels)
	}
	w := &Weights{Bits: bits, Labels: labels, W: make([]int16, (1<<bits)*labels), Scale: scale}
	row := -1
	for {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, eof(err)
		}
		if d == 0 {
			return w, nil
		}
		if d > 1<<bits {
			return nil, fmt.Errorf("row distance %d out of range", d)
		}
		row += int(d)
		if row >= 1<<bits {
			return nil, fmt.Errorf("row %d out of range", row)
		}
		ws := w.W[row*labels : (row+1)*labels]
		for i := range ws {
			x, err := binary.ReadVarint(br)
			if err != nil {
				return nil, eof(err)
			}
			if x < math.MinInt16 || x > math.MaxInt16 {
				return nil, fmt.Errorf("weight %d out of range", x)
			}
			ws[i] = int16(x)
		}
	}
}

// eof turns an end of input inside a table into an unexpected one.
func eof(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

// SaveFile writes a model file at path with write, naming the file in any error.
func SaveFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// addRows17 is addRows7 for rows of seventeen labels, in two passes over the rows of
// eight and nine labels each so that the sums fit in registers; the second pass finds the
// rows in the cache.
func addRows17(scores []int32, weights []int16, feats []uint64, bits uint) {
	var s0, s1, s2, s3, s4, s5, s6, s7 int32
	for _, h := range feats {
		off := int(h>>(64-bits)) * 17
		r := weights[off : off+8 : off+8]
		s0 += int32(r[0])
		s1 += int32(r[1])
		s2 += int32(r[2])
		s3 += int32(r[3])
		s4 += int32(r[4])
		s5 += int32(r[5])
		s6 += int32(r[6])
		s7 += int32(r[7])
	}
	scores[0], scores[1], scores[2], scores[3], scores[4], scores[5], scores[6], scores[7] = s0, s1, s2, s3, s4, s5, s6, s7
	var t0, t1, t2, t3, t4, t5, t6, t7, t8 int32
	for _, h := range feats {
		off := int(h>>(64-bits))*17 + 8
		r := weights[off : off+9 : off+9]
		t0 += int32(r[0])
		t1 += int32(r[1])
		t2 += int32(r[2])
		t3 += int32(r[3])
		t4 += int32(r[4])
		t5 += int32(r[5])
		t6 += int32(r[6])
		t7 += int32(r[7])
		t8 += int32(r[8])
	}
	scores[8], scores[9], scores[10], scores[11], scores[12], scores[13], scores[14], scores[15], scores[16] = t0, t1, t2, t3, t4, t5, t6, t7, t8
}
