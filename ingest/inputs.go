package ingest

import (
	"bufio"
	"bytes"
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

// Input is a file to read, or a path that could not be expanded and why.
type Input struct {
	Path string
	Err  error // why Path cannot be read, found while expanding it
}

// Expand turns paths into the files to read: files as given, folders walked for files
// with one of Extensions (in name order), and "-" kept for standard input. A path that
// does not exist or a folder that cannot be listed is kept with its error, so that the
// caller can report it and go on with the rest.
func Expand(paths []string) []Input {
	var out []Input
	for _, p := range paths {
		if p == "-" {
			out = append(out, Input{Path: p})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			out = append(out, Input{Path: p, Err: err})
			continue
		}
		if !info.IsDir() {
			out = append(out, Input{Path: p})
			continue
		}
		var found []Input
		filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil {
				found = append(found, Input{Path: q, Err: err})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if !d.IsDir() && hasExtension(q) {
				found = append(found, Input{Path: q})
			}
			return nil
		})
		sort.Slice(found, func(i, j int) bool { return found[i].Path < found[j].Path })
		out = append(out, found...)
	}
	return out
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
func (rd Reader) Each(path string, r io.Reader, fn func(name string, a *Article, err error) error) error {
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
		return rd.eachLine(name, path, f, fn)
	}
	if path == "-" {
		a, err := rd.ReadAll(r)
		if a != nil {
			a.Path = "-"
		}
		return fn(name, a, err)
	}
	a, err := rd.ReadFile(path)
	return fn(name, a, err)
}

func openOr(path string, r io.Reader) (io.ReadCloser, error) {
	if path == "-" {
		return io.NopCloser(r), nil
	}
	f, _, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// readLine reads a line of br up to limit bytes; the rest of a longer line is skipped and
// long is true.
func readLine(br *bufio.Reader, limit int64) (line []byte, long bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		if !long {
			if int64(len(line)+len(frag)) > limit {
				long, line = true, nil
			} else {
				line = append(line, frag...)
			}
		}
		if err != bufio.ErrBufferFull {
			return line, long, err
		}
	}
}

// eachLine reads a JSON Lines file of articles.
func (rd Reader) eachLine(name, path string, r io.Reader, fn func(string, *Article, error) error) error {
	br := bufio.NewReaderSize(r, 1<<16)
	// A line may hold an article of the largest size with every byte escaped.
	limit := 6*rd.maxSize() + 1024
	for line := 1; ; line++ {
		b, long, err := readLine(br, limit)
		if len(b) == 0 && !long && err == io.EOF {
			return nil
		}
		if err != nil && err != io.EOF {
			return fn(name, nil, err)
		}
		where := fmt.Sprintf("%s:%d", name, line)
		if !long && len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		var j jsonArticle
		var a *Article
		var perr error
		if long {
			perr = fmt.Errorf("the line is longer than %d bytes", limit)
		} else {
			perr = json.Unmarshal(b, &j)
		}
		if perr == nil {
			if int64(len(j.Text)) > rd.maxSize() {
				perr = rd.tooBig(int64(len(j.Text)))
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
