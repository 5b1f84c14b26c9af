package main

import (
	"context"
	"fmt"
	"path/filepath"

	"onrecord/attrib"
)

func runTrainAttrib(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train attrib", "[flags] --out FILE",
		`Trains the attribution tagger (sources, cues and contents of reported speech) on the
train split of PolNeAR, one article in ten held out to pick the best pass, and writes its
model file. The tagger has two stages: the second tags again, seeing the first stage's
labels on both sides of each token; it learns from first-stage labels made by models
trained on the other folds. Its cue features also read the words the training labels
make cues often enough, which the model file keeps. The shipped model is made by (of seeds
1 to 4, seed 1 labels the held-out articles best):

  onrecord train attrib --data ../shared/data --seed 1 --out attrib/default.model`)
	data := fs.String("data", "", "shared data `DIR` holding polnear/ (required)")
	out := fs.String("out", "", "model `FILE` to write (required)")
	epochs := fs.Int("epochs", 20, "passes over the training data")
	bits := fs.Uint("bits", 18, "the weight table has 2^bits rows")
	seed := fs.Uint64("seed", 1, "random seed for the order of training documents")
	nerPath := fs.String("ner-model", "", "ner model `FILE` for the entity features (default: the embedded model)")
	folds := fs.Int("folds", 4, "parts the training data is cut into to train the second stage on first-stage labels (below 2: one stage)")
	quiet := fs.Bool("quiet", false, "print no progress")
	if err := fs.parse(args); err != nil {
		return err
	}
	if *data == "" || *out == "" {
		return usagef("give --data DIR and --out FILE")
	}
	nm, err := loadModel(*nerPath)
	if err != nil {
		return err
	}
	opt := attrib.TrainOptions{Epochs: *epochs, Bits: *bits, Seed: *seed, Folds: *folds, Log: e.stderr}
	if *quiet {
		opt.Log = nil
	}
	m, f, err := attrib.TrainPolNeAR(ctx, filepath.Join(*data, "polnear"), nm, opt)
	if err != nil {
		return err
	}
	if err := m.Save(*out); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "wrote %s; held-out token F1 %.4f\n", *out, f)
	return nil
}
