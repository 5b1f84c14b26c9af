package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"

	"onrecord/extract"
	"onrecord/ingest"
	"onrecord/record"
)

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", "[flags] FILE...",
		`Reads articles (plain text, or HTML pages) and prints the record of each: its entities and
their mentions, quotations and speakers, posts held, accountability events, amounts and
dates, every fact with the byte offsets of the words that support it (schema
onrecord/record/v1). - reads standard input. One file gives one pretty JSON record;
--format jsonl gives one record a line, in input order, for any number of files.`)
	format := fs.String("format", "json", "json: pretty records; jsonl: one record a line")
	workers := fs.Int("workers", runtime.NumCPU(), "articles extracted at once")
	published := publishedFlag(fs)
	modelPath := fs.String("model", "", "ner model `FILE` (default: the embedded model)")
	maxSize := maxSizeFlag(fs)
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("give one or more files, or - for standard input")
	}
	if *format != "json" && *format != "jsonl" {
		return usagef("--format must be json or jsonl, not %q", *format)
	}
	ms, err := loadModels(*modelPath)
	if err != nil {
		return err
	}
	paths := fs.Args()
	rd := ingest.Reader{MaxSize: int64(*maxSize)}
	read := func(i int) (*ingest.Article, error) {
		var a *ingest.Article
		var err error
		if paths[i] == "-" {
			if a, err = rd.ReadAll(e.stdin); err == nil {
				a.Path = "-"
			} else {
				err = fmt.Errorf("standard input: %w", err)
			}
		} else {
			a, err = rd.ReadFile(paths[i])
		}
		if err == nil && a.Published == "" {
			a.Published = *published
		}
		return a, err
	}
	w := bufio.NewWriter(e.stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if *format == "json" {
		enc.SetIndent("", "  ")
	}
	failed := 0
	err = extract.ExtractAll(ctx, ms, len(paths), *workers, read, func(r extract.Result) error {
		if r.Err != nil {
			failed++
			fmt.Fprintf(e.stderr, "onrecord extract: %v\n", r.Err)
			return nil
		}
		return enc.Encode(record.FromDocument(r.Doc))
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return errors.New(plural(failed, "article") + " could not be read")
	}
	return nil
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
