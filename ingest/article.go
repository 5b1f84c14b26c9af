// Package ingest reads news articles from plain text and HTML into Articles: the text that
// every later offset indexes, with the title, date and address found beside it.
package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// Article is one news article as read.
type Article struct {
	Path      string // the path as given, or "" for standard input
	URL       string // where it was published, if known
	Title     string // the headline, if known
	Published string // the date of publication in ISO 8601, if known
	Text      string // the text of the article; every offset of its record indexes it
	// Verbatim tells that Text is the input byte for byte (plain text), so that a record
	// need not carry the text to resolve its offsets.
	Verbatim bool
	// TitleEnd is the end of the headline within Text when the headline is its first
	// line, else 0.
	TitleEnd int
}

// ID returns the article's identity: "sha256:" and the hex SHA-256 of its text.
func (a *Article) ID() string {
	sum := sha256.Sum256([]byte(a.Text))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// DefaultMaxSize is the largest article read, in bytes, unless a Reader says otherwise.
const DefaultMaxSize = 10 << 20

// ErrEmpty is returned for an input with no text in it.
var ErrEmpty = errors.New("no text in the article")

// Reader reads articles within limits. Its zero value uses the defaults.
type Reader struct {
	MaxSize int64 // the largest article, in bytes; DefaultMaxSize when 0
}

func (r Reader) maxSize() int64 {
	if r.MaxSize > 0 {
		return r.MaxSize
	}
	return DefaultMaxSize
}

// tooBig is the error for an input over the size limit.
func (r Reader) tooBig(size int64) error {
	return fmt.Errorf("%d bytes is more than the %d an article may have (see --max-size)", size, r.maxSize())
}

// ReadFile reads the article in the file at path, as HTML if it looks like HTML and as
// plain text otherwise. A file over the size limit is refused without being read.
func (r Reader) ReadFile(path string) (*Article, error) {
	f, info, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info.Size() > r.maxSize() {
		return nil, fmt.Errorf("%s: %w", path, r.tooBig(info.Size()))
	}
	data, err := io.ReadAll(io.LimitReader(f, r.maxSize()+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	a, err := r.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	a.Path = path
	return a, nil
}

// ReadAll reads an article from rd, refusing it once it passes the size limit.
func (r Reader) ReadAll(rd io.Reader) (*Article, error) {
	data, err := io.ReadAll(io.LimitReader(rd, r.maxSize()+1))
	if err != nil {
		return nil, err
	}
	return r.Parse(data)
}

// Parse reads an article from its bytes, as HTML if it looks like HTML and as plain text
// otherwise. UTF-16 with a byte-order mark is decoded, and text that is not valid UTF-8
// is read as Windows-1252, the usual encoding of older news archives; the text is then
// not the input's bytes, and the record carries it. Binary files are refused.
func (r Reader) Parse(data []byte) (*Article, error) {
	if int64(len(data)) > r.maxSize() {
		return nil, r.tooBig(int64(len(data)))
	}
	text, converted, err := decode(data)
	if err != nil {
		return nil, err
	}
	var a *Article
	if LooksLikeHTML(text) {
		a, err = ParseHTML(text)
	} else {
		a, err = ParseText(text)
	}
	if err != nil {
		return nil, err
	}
	if converted {
		a.Verbatim = false
	}
	return a, nil
}

// ReadFile reads an article within the default limits; see Reader.ReadFile.
func ReadFile(path string) (*Article, error) { return Reader{}.ReadFile(path) }

// Parse reads an article within the default limits; see Reader.Parse.
func Parse(data []byte) (*Article, error) { return Reader{}.Parse(data) }

// LooksLikeHTML reports whether data starts, after spaces and a byte-order mark, with a
// doctype, an html, head or body tag, or a comment.
func LooksLikeHTML(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	data = bytes.TrimLeft(data, " \t\r\n")
	if len(data) > 512 {
		data = data[:512]
	}
	head := strings.ToLower(string(data))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<!--", "<meta", "<article", "<title"} {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return false
}

// ParseText reads a plain-text article. The text is kept byte for byte; a first line
// followed by a blank line is the headline, and a "PUBLISHED:" stamp near the start
// gives the date of publication.
func ParseText(data []byte) (*Article, error) {
	a := &Article{Text: string(data), Verbatim: true}
	if err := CheckText(a.Text); err != nil {
		return nil, err
	}
	a.Title, a.TitleEnd = headline(a.Text)
	a.Published = stampedDate(a.Text)
	return a, nil
}

// CheckText returns the error ParseText gives for text that cannot be an article's: text
// that is empty, holds NUL bytes, or is not valid UTF-8.
func CheckText(text string) error {
	switch {
	case strings.TrimSpace(text) == "":
		return ErrEmpty
	case strings.IndexByte(text, 0) >= 0:
		return errors.New("the file holds NUL bytes: not a text file")
	case !utf8.ValidString(text):
		return errors.New("the file is not valid UTF-8 text")
	}
	return nil
}

// openRegular opens the regular file at path, refusing folders and anything else that
// is not a regular file. It looks before it opens: opening a named pipe would wait for
// a writer.
func openRegular(path string) (*os.File, os.FileInfo, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, err
	}
	if info.IsDir() {
		return nil, nil, fmt.Errorf("%s is a folder", path)
	}
	if !info.Mode().IsRegular() {
		return nil, nil, fmt.Errorf("%s is not a regular file", path)
	}
	f, err := os.Open(path)
	return f, info, err
}

// headline returns the first line of text and where it ends, when it is followed by a
// blank line; else "" and 0.
func headline(text string) (string, int) {
	start := 0
	if strings.HasPrefix(text, "\ufeff") {
		start = len("\ufeff")
	}
	for start < len(text) && (text[start] == ' ' || text[start] == '\t') {
		start++
	}
	nl := strings.IndexByte(text[start:], '\n')
	if nl < 0 {
		return "", 0
	}
	end := start + nl
	rest := text[end+1:]
	blank := strings.IndexByte(rest, '\n')
	if blank < 0 || strings.TrimSpace(rest[:blank]) != "" || strings.TrimSpace(rest) == "" {
		return "", 0
	}
	title := strings.TrimSpace(text[start:end])
	if title == "" {
		return "", 0
	}
	return title, start + len(strings.TrimRight(text[start:end], " \t\r"))
}
