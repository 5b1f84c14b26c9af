package extract

import (
	"context"

	"onrecord/ingest"
	"onrecord/ner"
)

// Stage is one step of the extraction: a named function over the document that reads
// what earlier stages wrote and adds its own.
type Stage struct {
	Name string
	Run  func(x *Extractor, d *Document)
}

// Stages returns the stages in the order they run.
func Stages() []Stage {
	return []Stage{
		{"text", (*Extractor).splitText},
		{"names", (*Extractor).findNames},
		{"entities", (*Extractor).groupEntities},
		{"roles", (*Extractor).findRoles},
		{"nominals", (*Extractor).resolveNominals},
		{"pronouns", (*Extractor).resolvePronouns},
		{"pronoun roles", (*Extractor).findPronounRoles},
		{"quotes", (*Extractor).findQuotes},
		{"events", (*Extractor).findEvents},
		{"amounts", (*Extractor).findAmounts},
		{"dates", (*Extractor).findDates},
	}
}

// Extractor reads records out of articles. It keeps scratch space between articles, so it
// is not safe for concurrent use: give each goroutine its own, made from one shared model.
type Extractor struct {
	model  *ner.Model
	tagger *ner.Tagger
	lex    *lexicon
	stages []Stage
	spans  []ner.Span
}

// New returns an extractor that finds names with model m.
func New(m *ner.Model) *Extractor {
	return &Extractor{model: m, tagger: m.NewTagger(), lex: newLexicon(), stages: Stages()}
}

// Extract reads the record of an article.
func (x *Extractor) Extract(ctx context.Context, a *ingest.Article) (*Document, error) {
	d := &Document{Article: a}
	for _, s := range x.stages {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		s.Run(x, d)
	}
	return d, nil
}

// splitText cuts the text into tokens and sentences and looks up each token's word
// classes.
func (x *Extractor) splitText(d *Document) {
	d.Reset(d.Article.Text)
	d.lexicon = x.lex
	d.lex = make([]lex, len(d.Tokens))
	for i, t := range d.Tokens {
		d.lex[i] = x.lex.class(d.Text[t.Start:t.End])
	}
}
