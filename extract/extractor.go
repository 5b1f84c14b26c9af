package extract

import (
	"context"
	"fmt"
	"time"

	"onrecord/attrib"
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

// Models are the trained models extraction uses: the named-entity tagger and the
// attribution tagger. They are read-only and shared by all extractors.
type Models struct {
	NER    *ner.Model
	Attrib *attrib.Model
}

// LoadModels returns the models embedded in the program.
func LoadModels() (*Models, error) {
	nm, err := ner.LoadDefault()
	if err != nil {
		return nil, err
	}
	am, err := attrib.LoadDefault()
	if err != nil {
		return nil, err
	}
	return &Models{NER: nm, Attrib: am}, nil
}

// Extractor reads records out of articles. It keeps scratch space between articles, so it
// is not safe for concurrent use: give each goroutine its own, made from shared models.
type Extractor struct {
	model   *ner.Model
	tagger  *ner.Tagger
	attrib  *attrib.Tagger
	lex     *lexicon
	stages  []Stage
	spans   []ner.Span
	attrDoc attrib.Doc
}

// New returns an extractor that uses the models ms.
func New(ms *Models) *Extractor {
	return &Extractor{model: ms.NER, tagger: ms.NER.NewTagger(), attrib: ms.Attrib.NewTagger(), lex: newLexicon(), stages: Stages()}
}

// Extract reads the record of an article.
func (x *Extractor) Extract(ctx context.Context, a *ingest.Article) (*Document, error) {
	return x.ExtractTimed(ctx, a, nil)
}

// ExtractTimed reads the record of an article and, if took is not nil, adds the time
// each stage took to took[i], i the stage's place in Stages. A fault in a stage (a bug
// some text brings out) is an error for this article, not the end of the program.
func (x *Extractor) ExtractTimed(ctx context.Context, a *ingest.Article, took []time.Duration) (doc *Document, err error) {
	d := &Document{Article: a}
	stage := ""
	defer func() {
		if v := recover(); v != nil {
			doc, err = nil, fmt.Errorf("extract: internal error in the %s stage: %v", stage, v)
		}
	}()
	for i, s := range x.stages {
		stage = s.Name
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if took == nil {
			s.Run(x, d)
			continue
		}
		start := time.Now()
		s.Run(x, d)
		took[i] += time.Since(start)
	}
	return d, nil
}

// splitText cuts the text into tokens and sentences and looks up each token's word
// classes.
func (x *Extractor) splitText(d *Document) {
	d.Reset(d.Article.Text)
	d.lexicon = x.lex
	d.lex = make([]lex, len(d.Tokens)+lexPad)
	for i, t := range d.Tokens {
		d.lex[i] = x.lex.class(d.Text[t.Start:t.End])
	}
}
