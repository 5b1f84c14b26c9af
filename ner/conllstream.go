package ner

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"
)

// maxStreamSentences bounds the sentences held at once when a CoNLL stream has no
// -DOCSTART- lines; such a stream is tagged in documents of this many sentences.
const maxStreamSentences = 2000

// TagCoNLL reads CoNLL columns from r (the word first on each line, blank lines between
// sentences, -DOCSTART- lines between documents) and writes to w a line "WORD<TAB>TAG" for
// each token, the tag in IOB2, with blank and -DOCSTART- lines passed through as they came,
// so that the output lines up with the input. name is used in errors.
func (m *Model) TagCoNLL(ctx context.Context, r io.Reader, w io.Writer, name string) error {
	type item struct {
		word  string // "" for a blank line
		raw   string // a -DOCSTART- line as it came
		start bool
	}
	var items []item
	t := m.NewTagger()
	bw := bufio.NewWriter(w)
	var spans []Span
	var tags []string
	flush := func() error {
		var doc Document
		var cur Sentence
		for _, it := range items {
			switch {
			case it.word != "":
				cur.Words = append(cur.Words, it.word)
			case len(cur.Words) > 0:
				doc.Sentences = append(doc.Sentences, cur)
				cur = Sentence{}
			}
		}
		if len(cur.Words) > 0 {
			doc.Sentences = append(doc.Sentences, cur)
		}
		src, toks, sents := doc.Text()
		spans = t.Tag(spans[:0], src, toks, sents)
		tags = iob2(tags, len(toks), spans, m.Types)
		k := 0
		for _, it := range items {
			switch {
			case it.start:
				bw.WriteString(it.raw)
				bw.WriteByte('\n')
			case it.word == "":
				bw.WriteByte('\n')
			default:
				bw.WriteString(it.word)
				bw.WriteByte('\t')
				bw.WriteString(tags[k])
				bw.WriteByte('\n')
				k++
			}
		}
		items = items[:0]
		return bw.Flush()
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	sentences := 0
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		line := sc.Text()
		fields := strings.Fields(line)
		switch {
		case len(fields) == 0:
			items = append(items, item{})
			sentences++
			if sentences >= maxStreamSentences {
				if err := flush(); err != nil {
					return err
				}
				sentences = 0
			}
		case fields[0] == "-DOCSTART-":
			if err := flush(); err != nil {
				return err
			}
			sentences = 0
			items = append(items, item{raw: line, start: true})
		default:
			items = append(items, item{word: fields[0]})
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", name, err)
	}
	return flush()
}
