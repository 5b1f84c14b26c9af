package main

import (
	"context"
	"fmt"
	"log"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"onrecord/demo"
	"onrecord/load"
	"onrecord/metrics"
	"onrecord/server"
	"onrecord/store"
)

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "[flags]",
		`Serves the store as web pages and as a JSON API under /api/v1 (described at
/api/v1/openapi.json). --demo serves a store of the project's own example stories, made
for the run and removed after it, with nothing else needed. SIGINT or SIGTERM finishes the requests in flight and
stops.`)
	db := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "`ADDRESS` to listen on; loopback unless told otherwise")
	useDemo := fs.Bool("demo", false, "serve a store of the example stories, made for this run")
	modelPath := fs.String("model", "", "ner model `FILE` (default: the embedded model)")
	maxBody := sizeFlag(2 << 20)
	fs.Var(&maxBody, "max-body", "the largest request body, in `BYTES` (K, M and G allowed); larger ones get 413")
	extracting := fs.Int("extract-workers", 4, "extract requests served at once")
	metricsAddr := fs.String("metrics", "", "serve Prometheus metrics at http://`ADDRESS`/metrics")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments %q", fs.Args())
	}
	if host, _, err := net.SplitHostPort(*addr); err != nil {
		return usagef("--addr %q: %v", *addr, err)
	} else if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		fmt.Fprintf(e.stderr, "onrecord serve: listening on %s, beyond this machine\n", *addr)
	}
	ms, err := loadModels(*modelPath)
	if err != nil {
		return err
	}
	var st *store.Store
	if *useDemo {
		if st, err = store.OpenTemp(ctx); err == nil {
			err = demo.Load(ctx, st, ms)
		}
	} else {
		st, err = openStore(ctx, *db, false)
	}
	if err != nil {
		return err
	}
	defer st.Close()
	opt := server.Options{MaxBody: int64(maxBody), MaxExtracting: *extracting,
		Log: log.New(e.stderr, "onrecord serve: ", log.LstdFlags)}
	if *metricsAddr != "" {
		opt.Metrics = metrics.New()
		mctx, stop := context.WithCancel(ctx)
		defer stop()
		go func() {
			err := opt.Metrics.Serve(mctx, *metricsAddr, func(a string) {
				fmt.Fprintf(e.stderr, "onrecord serve: metrics at http://%s/metrics\n", a)
			})
			if err != nil {
				fmt.Fprintf(e.stderr, "onrecord serve: metrics: %v\n", err)
			}
		}()
	}
	srv, err := server.New(st, ms, opt)
	if err != nil {
		return err
	}
	return srv.Serve(ctx, *addr, func(a string) {
		fmt.Fprintf(e.stderr, "onrecord serve: http://%s/ (%s)\n", a, st.Path())
	})
}

func runLoad(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "load", "[flags] URL...",
		`Puts a server under load: the URLs in turn, from many clients at once, and prints the
latencies seen (p50, p90, p99, max) and the statuses answered. --post FILE posts the file's
bytes to every URL; given many times, the files are posted in turn (a .json file as
application/json, a .html or .htm file as text/html, any other as --content-type), so
that a share of bad requests can be mixed in.`)
	clients := fs.Int("clients", 32, "concurrent clients")
	duration := fs.Duration("duration", 10*time.Second, "how long to load (0: --requests in all)")
	requests := fs.Int("requests", 0, "requests in all, when --duration is 0")
	var posts listFlag
	fs.Var(&posts, "post", "post this `FILE` to every URL; may be given many times")
	ctype := fs.String("content-type", "text/plain", "content type of the files --post sends, unless named .json or .html")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("give one or more URLs")
	}
	var reqs []load.Request
	for _, u := range fs.Args() {
		if len(posts) == 0 {
			reqs = append(reqs, load.Request{Method: "GET", URL: u})
		}
		for _, p := range posts {
			body, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			ct := *ctype
			switch strings.ToLower(filepath.Ext(p)) {
			case ".json":
				ct = "application/json"
			case ".html", ".htm":
				ct = "text/html"
			}
			reqs = append(reqs, load.Request{Method: "POST", URL: u, Body: body, ContentType: ct})
		}
	}
	res, err := load.Run(ctx, reqs, load.Options{Clients: *clients, Duration: *duration, Requests: *requests})
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, res)
	return nil
}
