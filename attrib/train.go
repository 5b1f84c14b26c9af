package attrib

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"onrecord/counts"
	"onrecord/ner"
	"onrecord/perceptron"
	"onrecord/text"
)

// Example is a document with its gold labels.
type Example struct {
	Doc    *Doc
	Labels []int
}

// ReadPolNeAR reads the articles of a PolNeAR split folder (text/ and attributions/,
// the first annotator's file of each article) as examples, their entities found by the
// named-entity model nm.
func ReadPolNeAR(dir string, nm *ner.Model) ([]Example, error) {
	tagger := nm.NewTagger()
	names, texts, anns, err := PolNeARFiles(dir)
	if err != nil {
		return nil, err
	}
	var out []Example
	for i := range names {
		b, err := os.ReadFile(texts[i])
		if err != nil {
			return nil, err
		}
		src := string(b)
		d := NewDoc(src, nm, tagger)
		labels, err := readLabels(anns[i], src, d.Tokens)
		if err != nil {
			return nil, err
		}
		out = append(out, Example{Doc: d, Labels: labels})
	}
	return out, nil
}

// PolNeARFiles returns the article names of a PolNeAR split folder (text/ and
// attributions/), each with the path of its text and of its first annotator's
// attributions, in name order.
func PolNeARFiles(dir string) (names, texts, anns []string, err error) {
	names, texts, all, err := PolNeARAnnotators(dir)
	if err != nil {
		return nil, nil, nil, err
	}
	for _, a := range all {
		anns = append(anns, a[0])
	}
	return names, texts, anns, nil
}

// PolNeARAnnotators returns the article names of a PolNeAR split folder (text/ and
// attributions/), each with the path of its text and of every annotator's attributions,
// the first annotator's first; in name order.
func PolNeARAnnotators(dir string) (names, texts []string, anns [][]string, err error) {
	entries, err := os.ReadDir(filepath.Join(dir, "attributions"))
	if err != nil {
		return nil, nil, nil, err
	}
	files := map[string][]string{}
	for _, e := range entries {
		n := e.Name()
		if !strings.HasSuffix(n, ".ann") {
			continue
		}
		base := strings.TrimSuffix(n, ".ann")
		if i := strings.LastIndexByte(base, '_'); i >= 0 {
			base = base[:i]
		}
		// Entries come sorted, so the first annotator's file comes first.
		files[base] = append(files[base], filepath.Join(dir, "attributions", n))
	}
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		texts = append(texts, filepath.Join(dir, "text", n+".txt"))
		anns = append(anns, files[n])
	}
	return names, texts, anns, nil
}

// readLabels reads a brat file of attributions and labels the tokens its Source, Cue and
// Content spans cover (character offsets into src).
func readLabels(path, src string, toks []text.Token) ([]int, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	// character offset -> byte offset
	byteAt := make([]int, 0, len(src)+1)
	for i := range src {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(src))
	labels := make([]int, len(toks))
	for _, line := range strings.Split(string(b), "\n") {
		if !strings.HasPrefix(line, "T") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			continue
		}
		kind, rng, _ := strings.Cut(fields[1], " ")
		var begin int
		switch kind {
		case "Source":
			begin = lBSrc
		case "Cue":
			begin = lBCue
		case "Content":
			begin = lBCon
		default:
			continue
		}
		for _, r := range strings.Split(rng, ";") {
			f := strings.Fields(r)
			if len(f) != 2 {
				return nil, fmt.Errorf("%s: bad range %q", path, r)
			}
			a, err1 := strconv.Atoi(f[0])
			z, err2 := strconv.Atoi(f[1])
			if err1 != nil || err2 != nil || a < 0 || z > len(byteAt)-1 || a > z {
				return nil, fmt.Errorf("%s: bad range %q", path, r)
			}
			start, end := byteAt[a], byteAt[z]
			inRun := false
			for i, t := range toks {
				if t.End <= start || t.Start >= end || labels[i] != lO {
					inRun = false
					continue
				}
				if inRun {
					labels[i] = begin + 1
				} else {
					labels[i] = begin
				}
				inRun = true
			}
		}
	}
	return labels, nil
}

// TrainOptions sets how a model is trained.
type TrainOptions struct {
	Epochs int
	Bits   uint
	Seed   uint64
	// Folds is the number of parts the training examples are cut into to make the
	// first-stage labels the second stage learns from; below 2, the model has one stage.
	Folds int
	Log   io.Writer
}

// Train learns a model from examples, keeping the pass that labels held best (by the F1
// of source, cue and content tokens): the first stage, then, if opt.Folds is 2 or more,
// the second, from first-stage labels each made by a model trained without its example.
func Train(ctx context.Context, train, held []Example, opt TrainOptions) (*Model, float64, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 12
	}
	if opt.Bits == 0 {
		opt.Bits = 20
	}
	learned := learnCues(train)
	if opt.Log != nil {
		fmt.Fprintf(opt.Log, "%d cue words learned from the training labels\n", len(learned))
	}
	m := newModel(nil, nil, learned)
	attrs := make([][]attr, len(train))
	for k, ex := range train {
		attrs[k] = m.attrs(nil, ex.Doc)
	}
	// featuresOf returns the features of each token of train[k] but those of the labels
	// before it; nil for the tokens of paragraphs that skip (if not nil) leaves untagged.
	featuresOf := func(k int, skip func(from, to int) bool, f func(dst []uint64, i, from, to int) []uint64) [][]uint64 {
		st := make([][]uint64, len(attrs[k]))
		paragraphs(train[k].Doc, func(from, to int) {
			if skip != nil && skip(from, to) {
				return
			}
			for i := from; i < to; i++ {
				st[i] = f(nil, i, from, to)
			}
		})
		return st
	}
	first := make([][][]uint64, len(train))
	for k := range train {
		first[k] = featuresOf(k, nil, func(dst []uint64, i, from, to int) []uint64 {
			return static(dst, attrs[k], i, from, to)
		})
	}
	log := func(stage string) io.Writer {
		if opt.Log == nil {
			return nil
		}
		return prefixed{opt.Log, stage}
	}
	all := make([]int, len(train))
	for k := range all {
		all[k] = k
	}
	firstF := func(w *perceptron.Weights) float64 { return newModel(w, nil, learned).TokenF1(held) }
	w1, f, err := trainStage(ctx, train, all, attrs, first, opt, log("stage 1: "), firstF)
	if err != nil || opt.Folds < 2 {
		return newModel(w1, nil, learned), f, err
	}
	// First-stage labels of each example from a model trained on the other folds.
	l1 := make([][]int, len(train))
	for fold := range opt.Folds {
		var in []int
		for k := range train {
			if k%opt.Folds != fold {
				in = append(in, k)
			}
		}
		w, _, err := trainStage(ctx, train, in, attrs, first, opt, log(fmt.Sprintf("fold %d: ", fold+1)), firstF)
		if err != nil {
			return nil, 0, err
		}
		t := newModel(w, nil, learned).NewTagger()
		for k := fold; k < len(train); k += opt.Folds {
			l1[k] = slices.Clone(t.labelsOf(train[k].Doc))
		}
	}
	first = nil // let the first stage's features go
	second := make([][][]uint64, len(train))
	for k := range train {
		sa := stackAttrs(nil, train[k].Doc, attrs[k], l1[k])
		skip := func(from, to int) bool { return !found(l1[k][from:to]) }
		second[k] = featuresOf(k, skip, func(dst []uint64, i, from, to int) []uint64 {
			return stacked(dst, attrs[k], sa, l1[k], i, from, to)
		})
	}
	w2, f, err := trainStage(ctx, train, all, attrs, second, opt, log("stage 2: "), func(w *perceptron.Weights) float64 {
		return newModel(w1, w, learned).TokenF1(held)
	})
	if err != nil {
		return nil, 0, err
	}
	return newModel(w1, w2, learned), f, nil
}

// prefixed writes to w with each write prefixed.
type prefixed struct {
	w      io.Writer
	prefix string
}

func (p prefixed) Write(b []byte) (int, error) {
	if _, err := io.WriteString(p.w, p.prefix); err != nil {
		return 0, err
	}
	return p.w.Write(b)
}

// trainStage learns one stage's weights from the examples train[k] for k in use, each
// token's features those of feats[k] (nil in paragraphs the stage leaves untagged) and of
// the labels before it, keeping the pass that score rates best.
func trainStage(ctx context.Context, train []Example, use []int, attrs [][]attr, feats [][][]uint64, opt TrainOptions, log io.Writer, score func(*perceptron.Weights) float64) (*perceptron.Weights, float64, error) {
	tr := perceptron.NewTrainer(opt.Bits, numLabels)
	order := append([]int(nil), use...)
	rng := rand.New(rand.NewPCG(opt.Seed, 0x61747472696275))
	scores := make([]float32, numLabels)
	var fs []uint64
	var best *perceptron.Weights
	bestF := -1.0
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		begin := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, n := 0, 0
		for _, k := range order {
			if err := ctx.Err(); err != nil {
				return nil, 0, err
			}
			ex, st, a := train[k], feats[k], attrs[k]
			paragraphs(ex.Doc, func(from, to int) {
				if st[from] == nil {
					return // a paragraph the stage leaves untagged
				}
				p1, p2 := noLabel, noLabel
				for i := from; i < to; i++ {
					fs = append(fs[:0], st[i]...)
					fs = dynamic(fs, a, i, p1, p2)
					tr.Score(scores, fs)
					prev := p1
					pred := perceptron.Best(scores, func(l int) bool { return allowed(prev, l) })
					gold := ex.Labels[i]
					if !allowed(prev, gold) {
						gold-- // after a missed start the best reachable label begins the span
					}
					if pred != gold {
						errs++
						tr.Update(fs, gold, pred)
					}
					tr.Tick()
					n++
					p2, p1 = p1, pred
				}
			})
		}
		cand := tr.Average()
		f := score(cand)
		line := fmt.Sprintf("epoch %d: %d errors in %d tokens (%.2f%%), held-out token F1 %.4f", epoch, errs, n, 100*float64(errs)/float64(n), f)
		if f > bestF {
			best, bestF = cand, f
			line += " *"
		}
		if log != nil {
			fmt.Fprintf(log, "%s, %.1fs\n", line, time.Since(begin).Seconds())
		}
	}
	return best, bestF, nil
}

// TokenF1 tags the examples and returns the F1 of tokens labelled source, cue or content:
// a token counts as right when its part is right.
func (m *Model) TokenF1(examples []Example) float64 {
	t := m.NewTagger()
	var c counts.Counts
	for _, ex := range examples {
		got := t.labelsOf(ex.Doc)
		for i, g := range ex.Labels {
			pg, pp := part(g), part(got[i])
			switch {
			case pg != 0 && pg == pp:
				c.TP++
			default:
				if pp != 0 {
					c.FP++
				}
				if pg != 0 {
					c.FN++
				}
			}
		}
	}
	return c.F1()
}

// HeldOut reports whether TrainPolNeAR holds out the i-th article of the train split (in
// the order of PolNeARFiles) to pick the best pass by: one article in ten.
func HeldOut(i int) bool { return i%10 == 9 }

// TrainPolNeAR trains a model on the train split of the PolNeAR folder dir (holding
// train/ and dev/), keeping one article in ten of it aside to pick the best pass by; the
// dev split is left for measuring.
func TrainPolNeAR(ctx context.Context, dir string, nm *ner.Model, opt TrainOptions) (*Model, float64, error) {
	all, err := ReadPolNeAR(filepath.Join(dir, "train"), nm)
	if err != nil {
		return nil, 0, err
	}
	var train, held []Example
	for i, ex := range all {
		if HeldOut(i) {
			held = append(held, ex)
		} else {
			train = append(train, ex)
		}
	}
	if opt.Log != nil {
		fmt.Fprintf(opt.Log, "attribution: %d articles to train on, %d held out\n", len(train), len(held))
	}
	return Train(ctx, train, held, opt)
}
