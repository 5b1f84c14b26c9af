package score

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"onrecord/record"
)

// ReadGolds reads the gold records (*.json) of a folder, in name order, and returns
// each with the name of its article (its "doc" without extension).
func ReadGolds(dir string) ([]string, []*Gold, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, nil, err
	}
	if len(paths) == 0 {
		return nil, nil, fmt.Errorf("no gold files in %s", dir)
	}
	sort.Strings(paths)
	var names []string
	var golds []*Gold
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, err
		}
		g := new(Gold)
		if err := json.Unmarshal(b, g); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", p, err)
		}
		doc := g.Doc
		if doc == "" {
			doc = filepath.Base(p)
		}
		names = append(names, strings.TrimSuffix(doc, filepath.Ext(doc)))
		golds = append(golds, g)
	}
	return names, golds, nil
}

// RecordName returns the name a record is matched to gold by: the base name of its
// source path without extension.
func RecordName(r *record.Record) string {
	base := filepath.Base(r.Source.Path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// ReadRecords reads records from a .json file (one record, or several one after another)
// or a JSON Lines file, keyed by RecordName.
func ReadRecords(path string, into map[string]*record.Record) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReader(f))
	for dec.More() {
		r := new(record.Record)
		if err := dec.Decode(r); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		into[RecordName(r)] = r
	}
	return nil
}
