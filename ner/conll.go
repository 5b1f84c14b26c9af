package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"onrecord/text"
)

// Sentence is one sentence of a CoNLL file: its words and, when the file has them, the
// gold tags of its last column.
type Sentence struct {
	Words []string
	Tags  []string
}

// Document is a run of sentences that a -DOCSTART- line opens, or the whole file when it
// has none.
type Document struct {
	Start     string // the -DOCSTART- line that opened it, or "" if none did
	Sentences []Sentence
}

// ReadCoNLL reads a file of CoNLL columns: one token a line with its word first and, if
// there are two or more columns, its tag last; blank lines between sentences; -DOCSTART-
// lines between documents. name is used in errors.
func ReadCoNLL(r io.Reader, name string) ([]Document, error) {
	var docs []Document
	var cur Document
	var sent Sentence
	started := false
	line := 0
	endSentence := func() error {
		if len(sent.Tags) > 0 && len(sent.Tags) != len(sent.Words) {
			return fmt.Errorf("%s:%d: some tokens of the sentence have tags and some do not", name, line)
		}
		if len(sent.Words) > 0 {
			cur.Sentences = append(cur.Sentences, sent)
			sent = Sentence{}
		}
		return nil
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			if err := endSentence(); err != nil {
				return nil, err
			}
		case fields[0] == "-DOCSTART-":
			if err := endSentence(); err != nil {
				return nil, err
			}
			if started || len(cur.Sentences) > 0 {
				docs = append(docs, cur)
			}
			cur = Document{Start: sc.Text()}
			started = true
		default:
			sent.Words = append(sent.Words, fields[0])
			if len(fields) > 1 {
				sent.Tags = append(sent.Tags, fields[len(fields)-1])
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	if err := endSentence(); err != nil {
		return nil, err
	}
	if started || len(cur.Sentences) > 0 {
		docs = append(docs, cur)
	}
	return docs, nil
}

// Text returns the document as one text, its words separated by spaces and its sentences by
// line breaks, with the tokens and sentences of that text, so that it can be tagged as
// any other.
func (d *Document) Text() (string, []text.Token, []text.Sentence) {
	var b strings.Builder
	var toks []text.Token
	var sents []text.Sentence
	for _, s := range d.Sentences {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		from := len(toks)
		start := b.Len()
		for i, w := range s.Words {
			if i > 0 {
				b.WriteByte(' ')
			}
			toks = append(toks, text.Token{Start: b.Len(), End: b.Len() + len(w), Kind: text.Word})
			b.WriteString(w)
		}
		sents = append(sents, text.Sentence{From: from, To: len(toks), Start: start, End: b.Len()})
	}
	return b.String(), toks, sents
}
