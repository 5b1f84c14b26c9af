package main

import (
	"context"
	"fmt"
	"os"

	"onrecord/ner"
)

func runTrain(ctx context.Context, e *env, args []string) error {
	return runSubcommand(ctx, e, args, "what to train", map[string]runFunc{"ner": runTrainNER, "attrib": runTrainAttrib})
}

func runTrainNER(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "train ner", "[flags] --out FILE",
		`Trains the named-entity tagger and writes its model file. --data DIR names the shared data
folder and fills in every source not given: CoNLL-2003 train and valid, WikiANN names for
the gazetteer, and BBC, PolNeAR, CoNLL and WikiANN text for the word clusters. The same data
and flags give the same file. The shipped model is made by:

  onrecord train ner --data ../shared/data --out ner/default.model`)
	data := fs.String("data", "", "shared data `DIR` to take unnamed sources from")
	trainPath := fs.String("train", "", "CoNLL `FILE` with gold tags to learn from")
	devPath := fs.String("dev", "", "CoNLL `FILE` with gold tags to pick the best pass by")
	out := fs.String("out", "", "model `FILE` to write (required)")
	var gaz, unl listFlag
	fs.Var(&gaz, "gazetteer", "CoNLL-style `FILE` whose tagged names become gazetteer lists (repeatable)")
	fs.Var(&unl, "unlabelled", "folder of .txt articles or CoNLL file (`PATH`) to learn word clusters from (repeatable)")
	features := fs.String("features", "all", "feature groups, such as all or all,-memory: "+ner.AllFeatures.String())
	epochs := fs.Int("epochs", 15, "passes over the training data")
	bits := fs.Uint("bits", 20, "the weight table has 2^bits rows")
	folds := fs.Int("folds", 10, "folds for the gazetteer of training names (0: no such gazetteer)")
	seed := fs.Uint64("seed", 1, "random seed for the order of training documents")
	quiet := fs.Bool("quiet", false, "print no progress")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments %q", fs.Args())
	}
	if *out == "" {
		return usagef("--out is required")
	}
	feats, err := ner.ParseFeatures(*features)
	if err != nil {
		return usagef("%v", err)
	}
	var src ner.Sources
	if *data != "" {
		if _, err := os.Stat(*data); err != nil {
			return fmt.Errorf("data folder: %w", err)
		}
		src = ner.DataSources(*data)
	}
	if *trainPath != "" {
		src.Train = *trainPath
	}
	if *devPath != "" {
		src.Dev = *devPath
	}
	if len(gaz) > 0 {
		src.Gazetteers = gaz
	}
	if len(unl) > 0 {
		src.Unlabelled = unl
	}
	if src.Train == "" {
		return usagef("give --train FILE or --data DIR")
	}
	opt := ner.TrainOptions{Epochs: *epochs, Bits: *bits, Seed: *seed, Features: feats, Folds: *folds, Log: e.stderr}
	if *quiet {
		opt.Log = nil
	}
	m, score, err := ner.TrainFromSources(ctx, src, opt, ner.ClusterOptions{})
	if err != nil {
		return err
	}
	if err := m.Save(*out); err != nil {
		return err
	}
	if score != nil {
		fmt.Fprintf(e.stderr, "wrote %s: %s; dev F1 %.4f\n", *out, m, score.All.F1())
	} else {
		fmt.Fprintf(e.stderr, "wrote %s: %s\n", *out, m)
	}
	return nil
}
