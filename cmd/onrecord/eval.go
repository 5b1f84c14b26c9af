package main

import (
	"context"

	"onrecord/ner"
)

func runEval(ctx context.Context, e *env, args []string) error {
	return runSubcommand(ctx, e, args, "what to measure", map[string]runFunc{"ner": runEvalNER})
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
