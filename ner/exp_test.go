package ner

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestExperiment(t *testing.T) {
	if os.Getenv("EXP") == "" {
		t.Skip()
	}
	read := func(p string) []Document {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		d, err := ReadCoNLL(f, p)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	D := "../../shared/data/"
	train := read(D + "conll2003/train.txt")
	dev := read(D + "conll2003/valid.txt")
	wiki := append(read(D+"wikiann_en/train"), read(D+"wikiann_en/dev")...)
	feats, err := ParseFeatures(os.Getenv("EXP"))
	if err != nil {
		t.Fatal(err)
	}
	gaz := NewGazetteer()
	if err := gaz.AddTagged(wiki, "wiki-"); err != nil {
		t.Fatal(err)
	}
	var cl *Clusters
	if feats&ClusterFeatures != 0 {
		var sents [][]string
		for _, g := range []string{D + "news/bbc/*/*.txt", D + "polnear/train/text/*.txt", D + "polnear/dev/text/*.txt"} {
			names, _ := filepath.Glob(g)
			for _, n := range names {
				b, _ := os.ReadFile(n)
				sents = TextSentences(sents, string(b))
			}
		}
		sents = DocumentSentences(sents, train)
		sents = DocumentSentences(sents, wiki)
		cl, err = LearnClusters(context.Background(), sents, ClusterOptions{Log: os.Stdout})
		if err != nil {
			t.Fatal(err)
		}
	}
	m, sc, err := Train(context.Background(), train, dev, TrainOptions{Epochs: 20, Bits: 20, Folds: 10, Features: feats, Log: os.Stdout, Gazetteer: gaz, Clusters: cl})
	if err != nil {
		t.Fatal(err)
	}
	sc.Write(os.Stdout)
	_ = m
}
