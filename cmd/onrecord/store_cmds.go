package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"text/tabwriter"
	"time"

	"onrecord/ingest"
	"onrecord/pipeline"
	"onrecord/store"
)

// dbFlag adds the --db flag to a command.
func dbFlag(fs *flags) *string {
	return fs.String("db", "", "database `FILE` (default: onrecord.db in the user's data folder; see onrecord info)")
}

// errNoDatabase is wrapped by the error of a command that reads a database not made yet.
var errNoDatabase = errors.New("no database")

// openStore opens the database at path, or at the default path when path is "". A command
// that writes creates the database if need be; one that only reads needs it to exist, and
// opens it read-only when it cannot be written.
func openStore(ctx context.Context, path string, write bool) (*store.Store, error) {
	if path == "" {
		var err error
		if path, err = store.DefaultPath(); err != nil {
			return nil, err
		}
	}
	if write || store.IsPostgres(path) {
		return store.Open(ctx, path)
	}
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("%w at %s yet: store articles in it with onrecord ingest --db %s FILE...", errNoDatabase, path, path)
	}
	st, err := store.Open(ctx, path)
	if errors.Is(err, store.ErrReadOnly) || errors.Is(err, store.ErrIO) {
		st, err = store.OpenWith(ctx, path, store.Options{ReadOnly: true})
	}
	return st, err
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "[flags] PATH...",
		`Reads articles and stores their records: files, folders (walked for .txt, .html, .htm and
.jsonl files), JSON Lines files of {"text", "title", "url", "published"} objects, and - for
standard input. Articles are keyed by the SHA-256 of their text, so ingesting the same
article twice changes nothing; an article whose path or address is stored with another
text is stored as its new version and its facts replace the old ones. Extraction runs on
every core and writes go in batched transactions; at the end entities are resolved across
articles. Ctrl-C stops cleanly, keeping what is stored; the same command run again finishes
the job.`)
	db := dbFlag(fs)
	workers := fs.Int("workers", runtime.NumCPU(), "articles extracted at once")
	batch := fs.Int("batch", 200, "articles a transaction")
	published := publishedFlag(fs)
	modelPath := fs.String("model", "", "ner model `FILE` (default: the embedded model)")
	maxSize := maxSizeFlag(fs)
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("give the files or folders to ingest, or - for standard input")
	}
	ms, err := loadModels(*modelPath)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	tty := isTerminal(e.stderr)
	opt := pipeline.Options{Workers: *workers, Batch: *batch, Published: *published, Stdin: e.stdin,
		Reader:   ingest.Reader{MaxSize: int64(*maxSize)},
		Progress: progressPrinter(e.stderr, tty)}
	if !tty {
		opt.Interval = 2 * time.Second
	}
	sum, err := pipeline.Ingest(ctx, st, ms, fs.Args(), opt)
	if sum != nil {
		rate := float64(sum.New+sum.Updated) / max(sum.Elapsed.Seconds(), 1e-9)
		fmt.Fprintf(e.stderr, "read %d, new %d, updated %d, unchanged %d, failed %d in %.1fs (%.0f articles a second) into %s\n",
			sum.Read, sum.New, sum.Updated, sum.Unchanged, len(sum.Failures), sum.Elapsed.Seconds(), rate, st.Path())
		for _, f := range sum.Failures {
			fmt.Fprintf(e.stderr, "failed: %s\n", f)
		}
		if sum.Interrupted {
			fmt.Fprintln(e.stderr, "interrupted: what is stored is kept; run the same command again to finish")
		}
	}
	switch {
	case err != nil:
		return err
	case sum.Interrupted:
		return errors.New("interrupted")
	case len(sum.Failures) > 0:
		return fmt.Errorf("%s could not be read", plural(len(sum.Failures), "article"))
	}
	return nil
}

// progressPrinter returns what shows ingest progress: a bar redrawn in place on a terminal,
// else a line every so often.
func progressPrinter(w io.Writer, tty bool) func(pipeline.Progress) {
	return func(p pipeline.Progress) {
		rate := float64(p.Stored) / max(p.Elapsed.Seconds(), 1e-9)
		if !tty {
			if !p.Done {
				fmt.Fprintf(w, "ingest: %d of %d files read, %d articles stored, %.0f a second\n", p.FilesDone, p.Files, p.Stored, rate)
			}
			return
		}
		const width = 30
		frac := 0.0
		if p.Files > 0 {
			frac = float64(p.FilesDone) / float64(p.Files)
		}
		n := int(frac * width)
		left := "?"
		if frac > 0 && frac < 1 {
			left = (time.Duration(float64(p.Elapsed) * (1 - frac) / frac)).Round(time.Second).String()
		} else if frac >= 1 {
			left = "0s"
		}
		fmt.Fprintf(w, "\r[%s%s] %d/%d files  %d stored  %.0f/s  %s left ", strings.Repeat("=", n), strings.Repeat(" ", width-n),
			p.FilesDone, p.Files, p.Stored, rate, left)
		if p.Done {
			fmt.Fprintln(w)
		}
	}
}

func runResolve(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "resolve", "[flags]", "Works out again which entities of different articles are the same person, organisation or place.")
	db := dbFlag(fs)
	if err := fs.parse(args); err != nil {
		return err
	}
	st, err := openStore(ctx, *db, true)
	if err != nil {
		return err
	}
	defer st.Close()
	return st.Resolve(ctx)
}

func runInfo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "info", "[flags]", "Prints where the database is and what it holds.")
	db := dbFlag(fs)
	if err := fs.parse(args); err != nil {
		return err
	}
	st, err := openStore(ctx, *db, false)
	if errors.Is(err, errNoDatabase) {
		fmt.Fprintln(e.stdout, err)
		return nil
	}
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "database\t%s\n", st.Path())
	fmt.Fprintf(tw, "articles\t%d (%d versions)\n", s.Articles, s.Versions)
	fmt.Fprintf(tw, "people\t%d\norganizations\t%d\nplaces\t%d\n", s.People, s.Organizations, s.Places)
	fmt.Fprintf(tw, "quotes\t%d\nroles\t%d\nevents\t%d\n", s.Quotes, s.Roles, s.Events)
	return tw.Flush()
}

func runPeople(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "people", "[flags]", "Lists people (or organisations, or places), those named in the most articles first.")
	db := dbFlag(fs)
	typ := fs.String("type", "person", "person, organization, place or other")
	limit := fs.Int("limit", 20, "how many (0 for all)")
	asJSON := fs.Bool("json", false, "one JSON object a line")
	if err := fs.parse(args); err != nil {
		return err
	}
	switch *typ {
	case "person", "organization", "place", "other":
	default:
		return usagef("--type must be person, organization, place or other, not %q", *typ)
	}
	list, err := queryStore(ctx, *db, func(st *store.Store) ([]store.Summary, error) { return st.People(ctx, *typ, *limit) })
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSONLines(e.stdout, list)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tARTICLES\tMENTIONS")
	for _, p := range list {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%d\n", p.ID, p.Name, p.Articles, p.Mentions)
	}
	return tw.Flush()
}

// queryStore opens the database at db for reading, asks it query and closes it.
func queryStore[T any](ctx context.Context, db string, query func(*store.Store) ([]T, error)) ([]T, error) {
	st, err := openStore(ctx, db, false)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	return query(st)
}

// printList writes list as JSON lines if asJSON is set, else each with print.
func printList[T any](w io.Writer, asJSON bool, list []T, print func(io.Writer, T)) error {
	if asJSON {
		return writeJSONLines(w, list)
	}
	for _, x := range list {
		print(w, x)
	}
	return nil
}

func writeJSONLines[T any](w io.Writer, list []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, x := range list {
		if err := enc.Encode(x); err != nil {
			return err
		}
	}
	return nil
}

func runPerson(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "person", "[flags] NAME",
		`Prints what the store knows of each person (or organisation, or place) NAME finds: the
posts held over time, with their sources; quotations; events where they are the subject and
where they are the agent; and the articles. --why tells which names and evidence made each
article's mention part of the person.`)
	db := dbFlag(fs)
	asJSON := fs.Bool("json", false, "one JSON object a line for each person found")
	why := fs.Bool("why", false, "tell why each article's mention is part of the person")
	typ := fs.String("type", "", "only entities of this type: person, organization, place or other")
	limit := fs.Int("limit", 10, "how many quotations and events to print of each (0 for all; --json prints all)")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("give a name")
	}
	name := strings.Join(fs.Args(), " ")
	st, err := openStore(ctx, *db, false)
	if err != nil {
		return err
	}
	defer st.Close()
	found, err := st.Find(ctx, *typ, name)
	if err != nil {
		return err
	}
	if len(found) == 0 {
		return fmt.Errorf("nobody named %q in %s", name, st.Path())
	}
	for i, f := range found {
		p, err := st.Person(ctx, f.ID, store.PersonOptions{Why: *why})
		if err != nil {
			return err
		}
		if *asJSON {
			if err := writeJSONLines(e.stdout, []*store.Person{p}); err != nil {
				return err
			}
			continue
		}
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		printPerson(e.stdout, p, *limit)
	}
	return nil
}

func printPerson(w io.Writer, p *store.Person, limit int) {
	fmt.Fprintf(w, "%s (%s %d, in %d articles)\n", p.Name, p.Type, p.ID, len(p.Articles))
	if len(p.Aliases) > 0 {
		fmt.Fprintf(w, "also named: %s\n", strings.Join(p.Aliases, ", "))
	}
	cut := func(n int) int {
		if limit <= 0 || n < limit {
			return n
		}
		return limit
	}
	if len(p.Roles) > 0 {
		fmt.Fprintln(w, "\nposts:")
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "  TITLE\tORGANISATION\tPARTY\tFROM\tTO\tSTATUS\tSOURCES")
		for _, r := range p.Roles {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\t%s\t%s\t%d: %s\n", r.Title, r.Organization, r.Party, r.Start, r.End, r.Status, len(r.Sources), r.Sources[0].Path)
		}
		tw.Flush()
	}
	if len(p.Events) > 0 {
		fmt.Fprintf(w, "\nevents (%d):\n", len(p.Events))
		for _, ev := range p.Events[:cut(len(p.Events))] {
			printEvent(w, ev)
		}
	}
	if len(p.EventsBy) > 0 {
		fmt.Fprintf(w, "\nevents by %s (%d):\n", p.Name, len(p.EventsBy))
		for _, ev := range p.EventsBy[:cut(len(p.EventsBy))] {
			printEvent(w, ev)
		}
	}
	if len(p.Quotes) > 0 {
		fmt.Fprintf(w, "\nquotes (%d):\n", len(p.Quotes))
		for _, q := range p.Quotes[:cut(len(p.Quotes))] {
			printQuote(w, q)
		}
	}
	fmt.Fprintf(w, "\narticles (%d):\n", len(p.Articles))
	for _, a := range p.Articles[:cut(len(p.Articles))] {
		fmt.Fprintf(w, "  %s  %s  %s\n", orDash(a.Published), a.Path, a.Title)
	}
	if len(p.Why) > 0 {
		fmt.Fprintln(w, "\nwhy:")
		for _, l := range p.Why {
			fmt.Fprintf(w, "  %q in %s: %s\n", l.Name, l.Article, l.Reason)
		}
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func printEvent(w io.Writer, ev store.Event) {
	line := ev.Type + " " + orDash(ev.Subject)
	if ev.By != "" {
		line += " by " + ev.By
	}
	if ev.Post != "" {
		line += " (" + ev.Post + ")"
	}
	if ev.Modality != "actual" {
		line += " [" + ev.Modality + "]"
	}
	fmt.Fprintf(w, "  %s  %s\n      %s\n      %s\n", orDash(ev.Source.Published), line, ev.Source.Path, ev.Source.Sentence)
}

func printQuote(w io.Writer, q store.Quote) {
	kind := ""
	if q.Kind == "indirect" {
		kind = " (reported)"
	}
	fmt.Fprintf(w, "  %s  %s%s: %q\n      %s\n", orDash(q.Source.Published), orDash(q.Speaker), kind, q.Text, q.Source.Path)
}

func runQuotes(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "quotes", "[flags]", "Lists quotations, newest first, each with its speaker and article.")
	db := dbFlag(fs)
	by := fs.String("by", "", "spoken by this `NAME`")
	about := fs.String("about", "", "holding these `WORDS` (full-text search)")
	since := fs.String("since", "", "published on or after this `DATE`")
	kind := fs.String("kind", "", "only `KIND` quotations: direct (the speaker's own words) or indirect (reported speech)")
	limit := fs.Int("limit", 20, "how many (0 for all)")
	asJSON := fs.Bool("json", false, "one JSON object a line")
	if err := fs.parse(args); err != nil {
		return err
	}
	if !store.ValidQuoteKind(*kind) {
		return usagef("--kind is direct or indirect, not %q", *kind)
	}
	list, err := queryStore(ctx, *db, func(st *store.Store) ([]store.Quote, error) {
		return st.Quotes(ctx, store.QuoteQuery{By: *by, About: *about, Kind: *kind, Since: *since, Limit: *limit})
	})
	if err != nil {
		return err
	}
	return printList(e.stdout, *asJSON, list, printQuote)
}

func runEvents(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "events", "[flags]", "Lists accountability events, newest first, each with the sentence that reports it.")
	db := dbFlag(fs)
	typ := fs.String("type", "", "only events of this `TYPE`, such as resign or call_to_resign")
	subject := fs.String("subject", "", "about this `NAME`")
	by := fs.String("by", "", "caused or demanded by this `NAME`")
	limit := fs.Int("limit", 20, "how many (0 for all)")
	asJSON := fs.Bool("json", false, "one JSON object a line")
	if err := fs.parse(args); err != nil {
		return err
	}
	list, err := queryStore(ctx, *db, func(st *store.Store) ([]store.Event, error) {
		return st.Events(ctx, store.EventQuery{Type: *typ, Subject: *subject, By: *by, Limit: *limit})
	})
	if err != nil {
		return err
	}
	return printList(e.stdout, *asJSON, list, printEvent)
}
