package main

import (
	"context"
	"fmt"
	"log"
	"net"
	"os"
	"time"

	"onrecord/demo"
	"onrecord/load"
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
	maxBody := fs.Int64("max-body", 2<<20, "the largest request body, in bytes")
	extracting := fs.Int("extract-workers", 4, "extract requests served at once")
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
	srv, err := server.New(st, ms, server.Options{MaxBody: *maxBody, MaxExtracting: *extracting,
		Log: log.New(e.stderr, "onrecord serve: ", log.LstdFlags)})
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
latencies seen (p50, p90, p99, max). --post FILE posts the file's bytes to every URL.`)
	clients := fs.Int("clients", 32, "concurrent clients")
	duration := fs.Duration("duration", 10*time.Second, "how long to load (0: --requests in all)")
	requests := fs.Int("requests", 0, "requests in all, when --duration is 0")
	post := fs.String("post", "", "post this `FILE` to every URL")
	ctype := fs.String("content-type", "text/plain", "content type of what --post sends")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("give one or more URLs")
	}
	var reqs []load.Request
	var body []byte
	method := "GET"
	if *post != "" {
		var err error
		if body, err = os.ReadFile(*post); err != nil {
			return err
		}
		method = "POST"
	}
	for _, u := range fs.Args() {
		reqs = append(reqs, load.Request{Method: method, URL: u, Body: body, ContentType: *ctype})
	}
	res, err := load.Run(ctx, reqs, load.Options{Clients: *clients, Duration: *duration, Requests: *requests})
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, res)
	return nil
}
