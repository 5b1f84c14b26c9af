// Package text turns an article into a document of byte ranges: tokens and sentences that
// index the original text, as go/token positions index a source file. Nothing is copied or
// normalised; a token's text is always src[Start:End].
package text

// Kind classifies a token by what it is made of.
type Kind uint8

// The token kinds.
const (
	Word   Kind = iota // letters, possibly with digits, hyphens, apostrophes or periods inside
	Number             // digits, with separators and suffixes: "1,400", "5.5bn", "1990s"
	Punct              // sentence and clause punctuation: . , ; : ! ? ( ) and the like
	Quote              // quotation marks, straight and curly, single and double
	Dash               // hyphens, en and em dashes standing alone
	Symbol             // currency, percent, ampersand and other signs
	URL                // web addresses
	Email              // e-mail addresses
	Handle             // @handles and #hashtags
)

var kindNames = [...]string{"word", "number", "punct", "quote", "dash", "symbol", "url", "email", "handle"}

// String returns the kind's lower-case name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind?"
}

// Token is one token of a text: the byte range [Start, End) and its kind.
type Token struct {
	Start, End int
	Kind       Kind
}

// Text returns the token's text, cut from src, the text it was made from.
func (t Token) Text(src string) string { return src[t.Start:t.End] }

// Len returns the token's length in bytes.
func (t Token) Len() int { return t.End - t.Start }
