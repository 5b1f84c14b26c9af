package ingest

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Extensions are the file name endings read when walking a folder.
var Extensions = []string{".txt", ".text", ".html", ".htm", ".jsonl"}

// Expand turns paths into the files to read: files as given, folders walked for files
// with one of Extensions (in name order), and "-" kept for standard input.
func Expand(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && hasExtension(q) {
				found = append(found, q)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}

func hasExtension(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// jsonArticle is a line of a JSON Lines file of articles.
type jsonArticle struct {
	Text      string `json:"text"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
}

// Each calls fn for each article in the file at path ("-" for r): one for a text or HTML
// file, one a line for a JSON Lines file of {"text", "title", "url", "published"}
// objects. A file that cannot be read at all is an error; an article that cannot be
// read is handed to fn with its error and its name ("file:line"), and the rest go on.
func Each(path string, r io.Reader, fn func(name string, a *Article, err error) error) error {
	name := path
	if path == "-" {
		name = "standard input"
	}
	if strings.EqualFold(filepath.Ext(path), ".jsonl") {
		f, err := openOr(path, r)
		if err != nil {
			return fn(name, nil, err)
		}
		defer f.Close()
		return eachLine(name, path, f, fn)
	}
	if path == "-" {
		data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
		if err != nil {
			return fn(name, nil, err)
		}
		a, err := Parse(data)
		if a != nil {
			a.Path = "-"
		}
		return fn(name, a, err)
	}
	a, err := ReadFile(path)
	return fn(name, a, err)
}

func openOr(path string, r io.Reader) (io.ReadCloser, error) {
	if path == "-" {
		return io.NopCloser(r), nil
	}
	return os.Open(path)
}

// eachLine reads a JSON Lines file of articles.
func eachLine(name, path string, r io.Reader, fn func(string, *Article, error) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(b) == 0 && err == io.EOF {
			return nil
		}
		if err != nil && err != io.EOF {
			return fn(name, nil, err)
		}
		where := fmt.Sprintf("%s:%d", name, line)
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var j jsonArticle
		var a *Article
		perr := json.Unmarshal(b, &j)
		if perr == nil {
			if len(j.Text) > MaxSize {
				perr = fmt.Errorf("%d bytes is more than the %d an article may have", len(j.Text), MaxSize)
			} else if a, perr = ParseText([]byte(j.Text)); perr == nil {
				a.Verbatim = false // the record carries its text: there is no file to index
				a.Path = fmt.Sprintf("%s:%d", path, line)
				a.URL, a.Published = j.URL, isoDate(j.Published)
				if j.Published != "" && a.Published == "" {
					perr = fmt.Errorf("published %q is not a date", j.Published)
				}
				if j.Title != "" {
					a.Title = j.Title
				}
			}
		}
		if ferr := fn(where, a, perr); ferr != nil {
			return ferr
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
	}
}
