package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"text/tabwriter"

	"onrecord/export"
	"onrecord/pipeline"
)

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export", "[flags]",
		`Writes what the store holds for other tools: jsonl, every record a line; csv, the tables
people.csv, roles.csv, quotes.csv and events.csv into the folder --out; popolo, Popolo JSON
of persons, organizations and memberships (posts with their dates and sources).`)
	db := dbFlag(fs)
	format := fs.String("format", "jsonl", "jsonl, csv or popolo")
	out := fs.String("out", "", "`PATH` to write: a file, or a folder for csv (default: standard output; csv needs it)")
	if err := fs.parse(args); err != nil {
		return err
	}
	switch *format {
	case "jsonl", "popolo":
	case "csv":
		if *out == "" {
			return usagef("--format csv writes four files: give --out DIR")
		}
	default:
		return usagef("--format must be jsonl, csv or popolo, not %q", *format)
	}
	st, err := openStore(ctx, *db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	if *format == "csv" {
		return export.CSV(ctx, st, *out)
	}
	w := bufio.NewWriter(e.stdout)
	var f *os.File
	if *out != "" {
		if f, err = os.Create(*out); err != nil {
			return err
		}
		w = bufio.NewWriter(f)
	}
	if *format == "jsonl" {
		err = export.JSONL(ctx, st, w)
	} else {
		err = export.Popolo(ctx, st, w)
	}
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

func runBench(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "bench", "[flags] PATH...",
		`Extracts the articles under PATH on one core, storing nothing, and prints the throughput
of each stage and of the whole: articles and tokens a second.`)
	modelPath := fs.String("model", "", "ner model `FILE` (default: the embedded model)")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("give the files or folders to measure")
	}
	ms, err := loadModels(*modelPath)
	if err != nil {
		return err
	}
	r, err := pipeline.Bench(ctx, ms, fs.Args())
	if err != nil {
		return err
	}
	if r.Articles == 0 {
		return fmt.Errorf("no article could be read")
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%d articles, %d tokens, %d bytes; reading took %.2fs\n", r.Articles, r.Tokens, r.Bytes, r.Read.Seconds())
	fmt.Fprintln(tw, "stage\tseconds\tshare\tarticles/s\ttokens/s\t")
	row := func(name string, secs float64) {
		fmt.Fprintf(tw, "%s\t%.3f\t%.0f%%\t%.0f\t%.0f\t\n", name, secs, 100*secs/r.Total.Seconds(), float64(r.Articles)/secs, float64(r.Tokens)/secs)
	}
	for _, s := range r.Stages {
		row(s.Stage, max(s.Took.Seconds(), 1e-9))
	}
	row("all", r.Total.Seconds())
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, f := range r.Failures {
		fmt.Fprintf(e.stderr, "failed: %s\n", f)
	}
	return nil
}
