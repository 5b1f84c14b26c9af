// Package ingest reads news articles from plain text and HTML into Articles: the text that
// every later offset indexes, with the title, date and address found beside it.
package ingest

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
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

// MaxSize is the largest article read, in bytes.
const MaxSize = 16 << 20

// ErrEmpty is returned for an input with no text in it.
var ErrEmpty = errors.New("no text in the article")

// ReadFile reads the article in the file at path, as HTML if it looks like HTML and as
// plain text otherwise.
func ReadFile(path string) (*Article, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return nil, fmt.Errorf("%s is a folder", path)
	}
	if info.Size() > MaxSize {
		return nil, fmt.Errorf("%s: %d bytes is more than the %d an article may have", path, info.Size(), MaxSize)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	a, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	a.Path = path
	return a, nil
}

// Parse reads an article from its bytes, as HTML if it looks like HTML and as plain text
// otherwise.
func Parse(data []byte) (*Article, error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%d bytes is more than the %d an article may have", len(data), MaxSize)
	}
	if LooksLikeHTML(data) {
		return ParseHTML(data)
	}
	return ParseText(data)
}

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
// followed by a blank line is the headline.
func ParseText(data []byte) (*Article, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, errors.New("the file holds NUL bytes: not a text file")
	}
	if !utf8.Valid(data) {
		return nil, errors.New("the file is not valid UTF-8 text")
	}
	a := &Article{Text: string(data), Verbatim: true}
	a.Title, a.TitleEnd = headline(a.Text)
	return a, nil
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
