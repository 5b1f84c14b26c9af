package main

import (
	"bufio"
	"context"
	"encoding/json"

	"onrecord/extract"
	"onrecord/ner"
	"onrecord/text"
)

func runNER(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ner", "[flags] [FILE|-]",
		`Prints the named entities of a text (a file, or standard input for - or none): one JSON
line per entity with its "text", "type" (PER, ORG, LOC or MISC), and "start" and "end" byte
offsets into the input. With --format conll it reads CoNLL columns instead (the token
first; blank lines between sentences; -DOCSTART- lines between documents, passed through)
and writes TOKEN<TAB>TAG lines in IOB2 that line up with the input.`)
	modelPath := fs.String("model", "", "model `FILE` made by \"onrecord train ner\" (default: the embedded model)")
	format := fs.String("format", "json", "json: text in, JSON lines out; conll: CoNLL columns in, TOKEN<TAB>TAG out")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usagef("one input at most, got %d", fs.NArg())
	}
	if *format != "json" && *format != "conll" {
		return usagef("--format must be json or conll, not %q", *format)
	}
	m, err := loadModel(*modelPath)
	if err != nil {
		return err
	}
	if *format == "conll" {
		r, name, err := openInput(e, fs.Arg(0))
		if err != nil {
			return err
		}
		defer r.Close()
		return m.TagCoNLL(ctx, r, e.stdout, name)
	}
	src, _, err := readInput(e, fs.Arg(0))
	if err != nil {
		return err
	}
	doc := text.NewDoc(src)
	spans := m.NewTagger().Tag(nil, doc.Text, doc.Tokens, doc.Sentences)
	w := bufio.NewWriter(e.stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, s := range spans {
		start, end := doc.Tokens[s.From].Start, doc.Tokens[s.To-1].End
		ent := struct {
			Text  string `json:"text"`
			Type  string `json:"type"`
			Start int    `json:"start"`
			End   int    `json:"end"`
		}{src[start:end], m.Types[s.Type], start, end}
		if err := enc.Encode(ent); err != nil {
			return err
		}
	}
	return w.Flush()
}

// loadModels loads the models of extraction, the ner model from the file at nerPath if
// it is not "".
func loadModels(nerPath string) (*extract.Models, error) {
	ms, err := extract.LoadModels()
	if err != nil {
		return nil, err
	}
	if nerPath != "" {
		if ms.NER, err = ner.LoadModel(nerPath); err != nil {
			return nil, err
		}
	}
	return ms, nil
}

// loadModel loads the model file at path, or the embedded model when path is "".
func loadModel(path string) (*ner.Model, error) {
	if path == "" {
		return ner.LoadDefault()
	}
	return ner.LoadModel(path)
}
