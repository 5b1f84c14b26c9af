package ner

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"time"

	"onrecord/perceptron"
	"onrecord/text"
)

// TrainOptions sets how a model is trained.
type TrainOptions struct {
	Epochs    int        // passes over the training data; the one best on dev is kept
	Bits      uint       // the weight table has 1<<Bits rows
	Seed      uint64     // seeds the order of documents in each pass
	Features  Features   // feature groups to use
	Clusters  *Clusters  // word clusters, for ClusterFeatures
	Gazetteer *Gazetteer // name lists, for GazetteerFeatures
	// Folds, when above 1, adds the names tagged in the training data to the gazetteer as
	// lists of their own. Each document is trained on with the names of the other folds
	// only, so that the model learns how far such lists can be trusted on unseen text.
	Folds int
	Log   io.Writer // progress, a line a pass; nil for none
}

// prepared is a training document with everything that does not change between passes.
type prepared struct {
	sents  []text.Sentence
	attrs  []attr
	gold   []label
	caps   []bool     // per sentence
	static [][]uint64 // per token
}

// Train learns a model from documents with gold tags, keeping the weights of the pass that
// scores best on dev (or the last pass when dev is empty). The same documents, options and
// seed give the same model.
func Train(ctx context.Context, train, dev []Document, opt TrainOptions) (*Model, *Score, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 20
	}
	if opt.Bits == 0 {
		opt.Bits = 20
	}
	if opt.Bits > 26 {
		return nil, nil, fmt.Errorf("train: %d bits make too large a weight table (at most 26)", opt.Bits)
	}
	var types []string
	m := &Model{Features: opt.Features, bits: opt.Bits, clusters: opt.Clusters, gazetteer: opt.Gazetteer}
	if m.Features&ClusterFeatures == 0 {
		m.clusters = nil
	}
	if m.Features&GazetteerFeatures == 0 {
		m.gazetteer = nil
	}
	// Gold labels first: they fix the entity types.
	golds := make([][]label, len(train))
	for d := range train {
		var labels []label
		for si, s := range train[d].Sentences {
			if len(s.Tags) != len(s.Words) {
				return nil, nil, fmt.Errorf("train: document %d sentence %d has no tags", d+1, si+1)
			}
			spans, err := spansOfIOB(s.Tags, &types)
			if err != nil {
				return nil, nil, fmt.Errorf("train: document %d sentence %d: %w", d+1, si+1, err)
			}
			labels = append(labels, encodeBILOU(nil, len(s.Words), spans)...)
		}
		golds[d] = labels
	}
	if len(types) == 0 {
		return nil, nil, fmt.Errorf("train: no entities in the training data")
	}
	m.Types = types
	m.nl = numLabels(len(types))

	var foldGaz []*Gazetteer
	if opt.Folds > 1 && m.gazetteer != nil {
		full := m.gazetteer.Clone()
		if err := full.AddTagged(train, "train-"); err != nil {
			return nil, nil, fmt.Errorf("train: gazetteer: %w", err)
		}
		for k := 0; k < opt.Folds; k++ {
			g := m.gazetteer.Clone()
			var others []Document
			for d := range train {
				if d%opt.Folds != k {
					others = append(others, train[d])
				}
			}
			if err := g.AddTagged(others, "train-"); err != nil {
				return nil, nil, fmt.Errorf("train: gazetteer: %w", err)
			}
			foldGaz = append(foldGaz, g)
		}
		m.gazetteer = full
	}
	docs := make([]prepared, len(train))
	seen := map[uint64]uint8{}
	for d := range train {
		src, toks, sents := train[d].Text()
		p := prepared{sents: sents, gold: golds[d]}
		fm := m
		if foldGaz != nil {
			fm = &Model{Features: m.Features, clusters: m.clusters, gazetteer: foldGaz[d%opt.Folds]}
		}
		p.attrs = fm.attrs(nil, src, toks, sents, seen)
		p.static = make([][]uint64, len(toks))
		for _, s := range sents {
			caps := isCapsSentence(p.attrs, s.From, s.To)
			p.caps = append(p.caps, caps)
			for i := s.From; i < s.To; i++ {
				p.static[i] = m.static(nil, p.attrs, i, s.From, s.To, caps)
			}
		}
		docs[d] = p
	}

	tr := perceptron.NewTrainer(opt.Bits, m.nl)
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x6f6e7265636f7264))
	var bestModel *Model
	var bestScore *Score
	scores := make([]float32, m.nl)
	var feats []uint64
	var mem memory
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errors, tokens := 0, 0
		for _, d := range order {
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
			p := &docs[d]
			mem.reset()
			for _, s := range p.sents {
				p1, p2 := noLabel, noLabel
				for i := s.From; i < s.To; i++ {
					feats = append(feats[:0], p.static[i]...)
					feats = m.dynamic(feats, p.attrs, i, p1, p2, &mem)
					tr.Score(scores, feats)
					pred := best(scores, p1, i == s.To-1)
					if gold := p.gold[i]; pred != gold {
						errors++
						tr.Update(feats, int(gold), int(pred))
					}
					tr.Tick()
					tokens++
					mem.record(&p.attrs[i], pred)
					p2, p1 = p1, pred
				}
			}
		}
		cand := *m
		cand.weights = tr.Average()
		line := fmt.Sprintf("epoch %d: %d errors in %d tokens (%.2f%%)", epoch, errors, tokens, 100*float64(errors)/float64(tokens))
		keep := len(dev) == 0
		var sc *Score
		if len(dev) > 0 {
			var err error
			if sc, err = cand.Evaluate(dev); err != nil {
				return nil, nil, err
			}
			line += fmt.Sprintf(", dev F1 %.4f", sc.All.F1())
			keep = bestScore == nil || sc.All.F1() > bestScore.All.F1()
		}
		if keep {
			bestModel, bestScore = &cand, sc
			line += " *"
		}
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "%s, %.1fs\n", line, time.Since(start).Seconds())
		}
	}
	return bestModel, bestScore, nil
}

// Evaluate tags documents with gold tags and scores the result by exact span match.
func (m *Model) Evaluate(docs []Document) (*Score, error) {
	sc := NewScore()
	t := m.NewTagger()
	var spans []Span
	for d := range docs {
		src, toks, sents := docs[d].Text()
		spans = t.Tag(spans[:0], src, toks, sents)
		var gold []Span
		gtypes := append([]string(nil), m.Types...)
		for si, s := range sents {
			tags := docs[d].Sentences[si].Tags
			if len(tags) != s.To-s.From {
				return nil, fmt.Errorf("evaluate: document %d has a sentence without tags", d+1)
			}
			g, err := spansOfIOB(tags, &gtypes)
			if err != nil {
				return nil, fmt.Errorf("evaluate: document %d: %w", d+1, err)
			}
			for _, x := range g {
				gold = append(gold, Span{x.From + s.From, x.To + s.From, x.Type})
			}
		}
		sc.Add(len(toks), gold, gtypes, spans, m.Types)
	}
	return sc, nil
}
