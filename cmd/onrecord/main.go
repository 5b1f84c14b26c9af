// Command onrecord reads news and keeps the public record: who is named, who said what,
// who holds which post and which accountability events the news reports.
//
// Run "onrecord help" for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// env is what a command reads and writes.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// runFunc runs a command with the arguments after its name.
type runFunc func(ctx context.Context, e *env, args []string) error

// command is one subcommand.
type command struct {
	name    string
	summary string
	usage   string // the arguments after the name
	run     runFunc
}

// runSubcommand runs the part of a command named by its first argument, such as the "ner"
// of "train ner"; question is what to ask when that argument is missing or unknown.
func runSubcommand(ctx context.Context, e *env, args []string, question string, parts map[string]runFunc) error {
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(args) > 0 {
		if run, ok := parts[args[0]]; ok {
			return run(ctx, e, args[1:])
		}
		if len(names) == 1 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
			return parts[names[0]](ctx, e, args)
		}
	}
	return usagef("%s? one of: %s", question, strings.Join(names, ", "))
}

func commands() []command {
	return []command{
		{"extract", "print the record of articles: entities, quotes, roles, events", "[flags] FILE...", runExtract},
		{"ingest", "store the records of articles, files or folders", "[flags] PATH...", runIngest},
		{"resolve", "work out again which entities of different articles are the same", "[flags]", runResolve},
		{"info", "print where the database is and what it holds", "[flags]", runInfo},
		{"people", "list people, organisations or places, the most named first", "[flags]", runPeople},
		{"person", "print everything known of a person", "[flags] NAME", runPerson},
		{"quotes", "list quotations", "[flags]", runQuotes},
		{"events", "list accountability events", "[flags]", runEvents},
		{"enqueue", "publish articles to the NATS stream that workers pull from", "[flags] PATH...", runEnqueue},
		{"worker", "pull articles from the NATS stream, extract and store them", "[flags]", runWorker},
		{"export", "write the store out as JSON Lines, CSV or Popolo JSON", "[flags]", runExport},
		{"bench", "measure extraction, stage by stage, on your own articles", "[flags] PATH...", runBench},
		{"serve", "serve the web pages and the JSON API", "[flags]", runServe},
		{"load", "put a server under load and print its latencies", "[flags] URL...", runLoad},
		{"ner", "print the named entities of a text, or tag CoNLL columns", "[flags] [FILE|-]", runNER},
		{"train", "train a model: onrecord train ner ...", "ner [flags]", runTrain},
		{"eval", "measure a model: onrecord eval ner FILE", "ner [flags] FILE", runEval},
		{"version", "print the version of the program and of its model", "", runVersion},
		{"help", "print help on a command", "[COMMAND]", nil},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], &env{os.Stdin, os.Stdout, os.Stderr})
	stop()
	os.Exit(code)
}

// usageError is a mistake in how the program was called.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return &usageError{fmt.Sprintf(format, args...)} }

// run runs the command line args and returns the exit code.
func run(ctx context.Context, args []string, e *env) int {
	if len(args) == 0 {
		printHelp(e.stderr)
		return exitUsage
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		if len(args) > 1 {
			if c, ok := findCommand(args[1]); ok {
				commandHelp(e.stdout, c)
				return exitOK
			}
			fmt.Fprintf(e.stderr, "onrecord: no command %q\n", args[1])
			return exitUsage
		}
		printHelp(e.stdout)
		return exitOK
	}
	c, ok := findCommand(name)
	if !ok || c.run == nil {
		fmt.Fprintf(e.stderr, "onrecord: unknown command %q; run \"onrecord help\"\n", name)
		return exitUsage
	}
	err := c.run(ctx, e, args[1:])
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "onrecord %s: %v\nusage: onrecord %s %s\n", c.name, err, c.name, c.usage)
		return exitUsage
	default:
		fmt.Fprintf(e.stderr, "onrecord %s: %v\n", c.name, err)
		return exitFailure
	}
}

func findCommand(name string) (command, bool) {
	for _, c := range commands() {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "onrecord reads news and keeps the public record: who is named, who said what, who holds which post.")
	fmt.Fprintln(w, "\nusage: onrecord COMMAND [flags] [args]\n\ncommands:")
	cs := commands()
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun \"onrecord help COMMAND\" or \"onrecord COMMAND --help\" for a command's flags.")
	fmt.Fprintln(w, "Exit status: 0 done, 1 failed, 2 called wrongly.")
}

func commandHelp(w io.Writer, c command) {
	if c.run == nil {
		fmt.Fprintf(w, "usage: onrecord %s %s\n\n%s\n", c.name, c.usage, c.summary)
		return
	}
	var e env
	e.stdout, e.stderr = w, w
	c.run(context.Background(), &e, []string{"--help"})
}

// flags is a command's flag set with its help text.
type flags struct {
	*flag.FlagSet
	out          io.Writer
	usage, about string
}

// newFlags returns the flag set of a command: its name, the arguments it takes after the
// name, and a paragraph on what it does.
func newFlags(e *env, name, usage, about string) *flags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	return &flags{fs, e.stdout, usage, about}
}

// parse parses args, flags before, between or after the other arguments. On --help it
// prints the command's help and returns flag.ErrHelp; a flag mistake is a usage error.
// The arguments that are not flags are then f.Args().
func (f *flags) parse(args []string) error {
	var positional []string
	for {
		err := f.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			f.printHelp()
			return err
		}
		if err != nil {
			return &usageError{err.Error()}
		}
		args = f.Args()
		if len(args) == 0 {
			break
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
	return f.Parse(append([]string{"--"}, positional...))
}

func (f *flags) printHelp() {
	fmt.Fprintf(f.out, "usage: onrecord %s %s\n\n%s\n", f.Name(), f.usage, f.about)
	first := true
	f.VisitAll(func(fl *flag.Flag) {
		if first {
			fmt.Fprintln(f.out, "\nflags:")
			first = false
		}
		kind, help := flag.UnquoteUsage(fl)
		line := "  --" + fl.Name
		if kind != "" {
			line += " " + kind
		}
		fmt.Fprintf(f.out, "%s\n        %s", line, help)
		if fl.DefValue != "" && fl.DefValue != "false" && fl.DefValue != "0" && fl.DefValue != "[]" {
			fmt.Fprintf(f.out, " (default %s)", fl.DefValue)
		}
		fmt.Fprintln(f.out)
	})
}
