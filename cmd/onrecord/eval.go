package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"onrecord/attrib"
	"onrecord/extract"
	"onrecord/ingest"
	"onrecord/ner"
	"onrecord/record"
	"onrecord/score"
)

func runEval(ctx context.Context, e *env, args []string) error {
	return runSubcommand(ctx, e, args, "what to measure", map[string]runFunc{
		"ner": runEvalNER, "record": runEvalRecord, "polnear": runEvalPolNeAR, "gum": runEvalGUM})
}

func runEvalNER(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval ner", "[flags] FILE",
		`Tags a CoNLL file that has gold tags in its last column and prints precision, recall and
F1 by exact span match for each entity type and overall, as conlleval and
"score.py conll" do.`)
	modelPath := fs.String("model", "", "model `FILE` (default: the embedded model)")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("give one CoNLL file")
	}
	m, err := loadModel(*modelPath)
	if err != nil {
		return err
	}
	docs, err := ner.ReadCoNLLFile(fs.Arg(0))
	if err != nil {
		return err
	}
	score, err := m.Evaluate(docs)
	if err != nil {
		return err
	}
	return score.Write(e.stdout)
}

func runEvalRecord(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval record", "--gold DIR [flags] FILE...",
		`Measures records against hand-made gold records (../shared/eval/GOLD.md) and prints the
table of "score.py record": entities, quotes and speakers, roles and events. Each FILE is
an article, extracted on the spot, or a .json or .jsonl file of records made before.`)
	goldDir := fs.String("gold", "", "`DIR` of gold records (required)")
	modelPath := fs.String("model", "", "ner model `FILE` (default: the embedded model)")
	workers := fs.Int("workers", runtime.NumCPU(), "articles extracted at once")
	if err := fs.parse(args); err != nil {
		return err
	}
	if *goldDir == "" || fs.NArg() == 0 {
		return usagef("give --gold DIR and the articles or records to measure")
	}
	names, golds, err := score.ReadGolds(*goldDir)
	if err != nil {
		return err
	}
	recs, err := recordsOf(ctx, fs.Args(), *modelPath, *workers)
	if err != nil {
		return err
	}
	var sc score.RecordScore
	for i, name := range names {
		sc.AddArticle(name, golds[i], recs[name])
	}
	sc.Write(e.stdout)
	return nil
}

func runEvalPolNeAR(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval polnear", "[flags] DIR",
		`Extracts the articles of a PolNeAR split folder (DIR holds text/ and attributions/) and
measures the quotations and their sources against the first annotator's attributions, as
"score.py polnear" does: content by character overlap of at least half, and source.`)
	modelPath := fs.String("model", "", "ner model `FILE` (default: the embedded model)")
	workers := fs.Int("workers", runtime.NumCPU(), "articles extracted at once")
	system := fs.String("system", "", "measure these records (`PATH`: .json or .jsonl) instead of extracting")
	heldOut := fs.Bool("held-out", false, "measure only the articles of a train split that \"train attrib\" holds out (one in ten): the tagger learns from them only which pass to keep, and no rule was written looking at them")
	agreement := fs.Bool("agreement", false, "measure the annotators against each other instead, on the articles several annotated (each content one stretch, as a record's)")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("give one PolNeAR split folder")
	}
	if *agreement {
		return evalAgreement(e, fs.Arg(0))
	}
	names, texts, anns, err := score.PolNeARArticles(fs.Arg(0))
	if err != nil {
		return err
	}
	if *heldOut {
		names, texts, anns = heldOutArticles(names, texts, anns)
	}
	var recs map[string]*record.Record
	if *system != "" {
		recs = map[string]*record.Record{}
		err = score.ReadRecords(*system, recs)
	} else {
		recs, err = recordsOf(ctx, texts, *modelPath, *workers)
	}
	if err != nil {
		return err
	}
	var sc score.PolNeARScore
	for i, name := range names {
		gold, err := score.ReadAnn(anns[i])
		if err != nil {
			return err
		}
		b, err := os.ReadFile(texts[i])
		if err != nil {
			return err
		}
		sc.AddArticle(string(b), gold, recs[name])
	}
	sc.Write(e.stdout)
	return nil
}

// heldOutArticles keeps the articles the attribution tagger's training holds out.
func heldOutArticles(names, texts, anns []string) (n, t, a []string) {
	for i := range names {
		if attrib.HeldOut(i) {
			n, t, a = append(n, names[i]), append(t, texts[i]), append(a, anns[i])
		}
	}
	return n, t, a
}

// evalAgreement prints how PolNeAR's annotators of the split folder dir agree.
func evalAgreement(e *env, dir string) error {
	_, texts, anns, err := score.PolNeARAnnotations(dir)
	if err != nil {
		return err
	}
	if len(texts) == 0 {
		return fmt.Errorf("%s: no article has more than one annotator's attributions", dir)
	}
	var sc score.PolNeARScore
	for i := range texts {
		b, err := os.ReadFile(texts[i])
		if err != nil {
			return err
		}
		var all [][]score.Attribution
		for _, p := range anns[i] {
			a, err := score.ReadAnn(p)
			if err != nil {
				return err
			}
			all = append(all, a)
		}
		sc.AddAgreement(string(b), all)
	}
	sc.Write(e.stdout)
	return nil
}

// recordsOf returns the records of the given files, keyed by name: .json and .jsonl files
// are read as records, any other file is extracted.
func recordsOf(ctx context.Context, paths []string, modelPath string, workers int) (map[string]*record.Record, error) {
	recs := map[string]*record.Record{}
	var articles []string
	for _, p := range paths {
		switch filepath.Ext(p) {
		case ".json", ".jsonl":
			if err := score.ReadRecords(p, recs); err != nil {
				return nil, err
			}
		default:
			articles = append(articles, p)
		}
	}
	if len(articles) == 0 {
		return recs, nil
	}
	read := func(i int) (*ingest.Article, error) { return ingest.ReadFile(articles[i]) }
	return recs, extractInto(ctx, recs, modelPath, workers, len(articles), read)
}

// extractInto extracts n articles, each read by read, and keeps their records in recs by
// score.RecordName.
func extractInto(ctx context.Context, recs map[string]*record.Record, modelPath string, workers, n int, read func(i int) (*ingest.Article, error)) error {
	ms, err := loadModels(modelPath)
	if err != nil {
		return err
	}
	return extract.ExtractAll(ctx, ms, n, workers, read, func(r extract.Result) error {
		if r.Err != nil {
			return r.Err
		}
		rec := record.FromDocument(r.Doc)
		recs[score.RecordName(rec)] = rec
		return nil
	})
}

func runEvalGUM(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval gum", "[flags] DIR",
		`Rebuilds the text of each article of a GUM folder (DIR holds dep/*.conllu with Entity
annotations, such as ../shared/data/gum_news), extracts it, and measures the record's
people, organisations and places against GUM's entities: name mentions by span and type,
which names are grouped into one entity (by pairs), and which pronouns are tied to the
named entity they refer to. No model is trained on GUM; some rules were written from its
errors (see the README), so its figures flatter a little.`)
	modelPath := fs.String("model", "", "ner model `FILE` (default: the embedded model)")
	workers := fs.Int("workers", runtime.NumCPU(), "articles extracted at once")
	system := fs.String("system", "", "measure these records (`PATH`: .json or .jsonl, named as the .conllu files) instead of extracting")
	texts := fs.String("texts", "", "also write each rebuilt text to `DIR`/NAME.txt, to extract or read")
	show := fs.Bool("errors", false, "also print each name missed or spurious and each pronoun tied wrongly or not at all")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("give one GUM folder")
	}
	paths, err := score.GUMArticles(fs.Arg(0))
	if err != nil {
		return err
	}
	if *texts != "" {
		if err := os.MkdirAll(*texts, 0o755); err != nil {
			return err
		}
	}
	docs := make([]*score.GUMDoc, len(paths))
	for i, p := range paths {
		if docs[i], err = score.ReadGUMFile(p); err != nil {
			return err
		}
		if *texts != "" {
			if err := os.WriteFile(filepath.Join(*texts, docs[i].Name+".txt"), []byte(docs[i].Text), 0o644); err != nil {
				return err
			}
		}
	}
	recs := map[string]*record.Record{}
	if *system != "" {
		err = score.ReadRecords(*system, recs)
	} else {
		err = extractInto(ctx, recs, *modelPath, *workers, len(docs), func(i int) (*ingest.Article, error) {
			a, err := ingest.ParseText([]byte(docs[i].Text))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", paths[i], err)
			}
			a.Path = docs[i].Name + ".txt"
			return a, nil
		})
	}
	if err != nil {
		return err
	}
	var sc score.GUMScore
	if *show {
		sc.Errors = e.stdout
	}
	for _, d := range docs {
		sc.AddArticle(d, recs[d.Name])
	}
	sc.Write(e.stdout)
	return nil
}
