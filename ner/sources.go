package ner

import (
	"context"
	"fmt"

	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Sources names the data a model is trained from.
type Sources struct {
	Train      string   // CoNLL file with gold tags to learn from
	Dev        string   // CoNLL file with gold tags to choose the best pass by; optional
	Gazetteers []string // CoNLL-style files whose tagged names become gazetteer lists
	Unlabelled []string // text to learn word clusters from: folders of .txt articles, or CoNLL files
}

// DataSources returns the sources of the shipped model inside the shared data folder dir:
// CoNLL-2003 train and valid, WikiANN's train and dev names, and unlabelled news from the
// BBC, PolNeAR and the CoNLL and WikiANN training text. No test split is read.
func DataSources(dir string) Sources {
	j := func(p ...string) string { return filepath.Join(append([]string{dir}, p...)...) }
	return Sources{
		Train:      j("conll2003", "train.txt"),
		Dev:        j("conll2003", "valid.txt"),
		Gazetteers: []string{j("wikiann_en", "train"), j("wikiann_en", "dev")},
		Unlabelled: []string{j("news", "bbc"), j("polnear", "train", "text"), j("polnear", "dev", "text"),
			j("conll2003", "train.txt"), j("wikiann_en", "train"), j("wikiann_en", "dev")},
	}
}

// ReadCoNLLFile reads a CoNLL file.
func ReadCoNLLFile(path string) ([]Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadCoNLL(f, path)
}

// TrainFromSources reads the sources, builds the gazetteer and learns the clusters the
// options ask for, and trains a model.
func TrainFromSources(ctx context.Context, src Sources, opt TrainOptions, copt ClusterOptions) (*Model, *Score, error) {
	logf := func(format string, args ...any) {
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, format+"\n", args...)
		}
	}
	train, err := ReadCoNLLFile(src.Train)
	if err != nil {
		return nil, nil, err
	}
	var dev []Document
	if src.Dev != "" {
		if dev, err = ReadCoNLLFile(src.Dev); err != nil {
			return nil, nil, err
		}
	}
	logf("train: %d documents in %s; dev: %d documents", len(train), src.Train, len(dev))
	if opt.Features&GazetteerFeatures != 0 && (len(src.Gazetteers) > 0 || opt.Folds > 1) {
		g := NewGazetteer()
		for _, p := range src.Gazetteers {
			docs, err := ReadCoNLLFile(p)
			if err != nil {
				return nil, nil, err
			}
			if err := g.AddTagged(docs, "list-"); err != nil {
				return nil, nil, fmt.Errorf("%s: %w", p, err)
			}
		}
		logf("gazetteer: %d entries in lists %v", g.Len(), g.Lists)
		opt.Gazetteer = g
	}
	if opt.Features&ClusterFeatures != 0 && len(src.Unlabelled) > 0 {
		var sents [][]string
		for _, p := range src.Unlabelled {
			if sents, err = readUnlabelled(sents, p); err != nil {
				return nil, nil, err
			}
		}
		if copt.Log == nil {
			copt.Log = opt.Log
		}
		if opt.Clusters, err = LearnClusters(ctx, sents, copt); err != nil {
			return nil, nil, err
		}
	}
	return Train(ctx, train, dev, opt)
}

// readUnlabelled appends the sentences of path: every .txt file under it if it is a
// folder, or the words of a CoNLL file.
func readUnlabelled(dst [][]string, path string) ([][]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		docs, err := ReadCoNLLFile(path)
		if err != nil {
			return nil, err
		}
		return DocumentSentences(dst, docs), nil
	}
	var names []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".txt") {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, p := range names {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		dst = TextSentences(dst, string(b))
	}
	return dst, nil
}
