package text

// Doc is a text cut into tokens and sentences. Tokens and sentences are offsets into Text,
// which is never modified.
type Doc struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
}

// NewDoc tokenizes src and splits it into sentences.
func NewDoc(src string) *Doc {
	d := new(Doc)
	d.Reset(src)
	return d
}

// Reset makes d the document of src, reusing d's storage, so that a loop over many texts
// allocates only when a text is longer than any before it.
func (d *Doc) Reset(src string) {
	d.Text = src
	d.Tokens = Tokenize(d.Tokens[:0], src)
	d.Sentences = Split(d.Sentences[:0], src, d.Tokens)
}

// TokenText returns the text of token i.
func (d *Doc) TokenText(i int) string { return d.Tokens[i].Text(d.Text) }

// SentenceText returns the text of sentence i.
func (d *Doc) SentenceText(i int) string {
	s := d.Sentences[i]
	return d.Text[s.Start:s.End]
}
