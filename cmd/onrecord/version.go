package main

import (
	"context"
	"fmt"
	"runtime/debug"

	"onrecord/attrib"
)

func runVersion(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "version", "", "Prints the version of onrecord and a description of its embedded models.")
	if err := fs.parse(args); err != nil {
		return err
	}
	v := "(devel)"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		v = bi.Main.Version
	}
	fmt.Fprintf(e.stdout, "onrecord %s\n", v)
	m, err := loadModel("")
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "ner model: %s\n", m)
	am, err := attrib.LoadDefault()
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "attribution model: %s\n", am)
	return nil
}
