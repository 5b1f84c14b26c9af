package perceptron

import (
	"bufio"
	"bytes"
	"testing"
)

func TestTrainerLearnsAndAverages(t *testing.T) {
	// Two features that tell two labels apart; the trainer must learn them.
	a, b := Mix(1, HashString("red")), Mix(1, HashString("blue"))
	tr := NewTrainer(8, 2)
	scores := make([]float32, 2)
	data := []struct {
		feat  uint64
		label int
	}{{a, 0}, {b, 1}, {a, 0}, {b, 1}}
	for epoch := 0; epoch < 3; epoch++ {
		for _, x := range data {
			tr.Score(scores, []uint64{x.feat})
			pred := Best(scores, func(int) bool { return true })
			if pred != x.label {
				tr.Update([]uint64{x.feat}, x.label, pred)
			}
			tr.Tick()
		}
	}
	w := tr.Average()
	got := make([]int32, 2)
	for _, x := range data {
		w.Score(got, []uint64{x.feat})
		if Best(got, func(int) bool { return true }) != x.label {
			t.Errorf("feature of label %d scores %v", x.label, got)
		}
	}
	// The rows survive writing and reading.
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	if err := w.WriteRows(bw); err != nil {
		t.Fatal(err)
	}
	bw.Flush()
	r, err := ReadRows(bufio.NewReader(bytes.NewReader(buf.Bytes())), 8, 2, w.Scale)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(int16Bytes(r.W), int16Bytes(w.W)) {
		t.Error("rows read back differ")
	}
	if _, err := ReadRows(bufio.NewReader(bytes.NewReader(buf.Bytes()[:buf.Len()-2])), 8, 2, 1); err == nil {
		t.Error("truncated rows gave no error")
	}
}

func int16Bytes(w []int16) []byte {
	b := make([]byte, 0, 2*len(w))
	for _, x := range w {
		b = append(b, byte(x), byte(x>>8))
	}
	return b
}

func TestBestHonoursConstraint(t *testing.T) {
	scores := []int32{5, 9, 7}
	if got := Best(scores, func(l int) bool { return l != 1 }); got != 2 {
		t.Errorf("Best = %d, want 2", got)
	}
	if got := Best(scores, func(int) bool { return false }); got != -1 {
		t.Errorf("Best with nothing allowed = %d, want -1", got)
	}
}

func TestHashNorm(t *testing.T) {
	if HashNorm("BLAIR") != HashNorm("Blair") || HashNorm("1996") != HashNorm("2004") || HashNorm("Blair") == HashNorm("Brown") {
		t.Error("HashNorm does not fold case and digits as it should")
	}
	long, short := Shapes("Blairite")
	l2, s2 := Shapes("Ann")
	if short != s2 || long == l2 {
		t.Error("short shapes should agree and long shapes differ for Blairite and Ann")
	}
}

func TestScoreMatchesPlainSum(t *testing.T) {
	for _, labels := range []int{3, 7, 17} {
		const bits = 6
		w := &Weights{Bits: bits, Labels: labels, W: make([]int16, (1<<bits)*labels)}
		for i := range w.W {
			w.W[i] = int16(i*7919%601 - 300)
		}
		feats := []uint64{HashString("a"), HashString("b"), HashString("a"), Mix(1, 2), 0, ^uint64(0)}
		got := make([]int32, labels)
		w.Score(got, feats)
		want := make([]int32, labels)
		for _, h := range feats {
			row := int(h >> (64 - bits))
			for l := range want {
				want[l] += int32(w.W[row*labels+l])
			}
		}
		for l := range want {
			if got[l] != want[l] {
				t.Errorf("%d labels: score[%d] = %d, want %d", labels, l, got[l], want[l])
			}
		}
	}
}
