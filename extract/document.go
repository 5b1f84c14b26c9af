// Package extract reads the record out of an article: the entities it names and every
// mention of them, the quotations and who spoke them, the posts people hold, the
// accountability events it reports, and its amounts and dates. Each concern is a stage, a
// function over the Document that reads what earlier stages wrote and adds its own; all
// facts are byte ranges into the article's text.
package extract

import (
	"onrecord/ingest"
	"onrecord/text"
)

// Span is a byte range [Start, End) of the document's text.
type Span struct{ Start, End int }

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether the span is a non-empty range.
func (s Span) Valid() bool { return s.End > s.Start }

// Overlaps reports whether s and t share a byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }

// EntityType is what kind of thing an entity is.
type EntityType uint8

// The entity types of the record.
const (
	Person EntityType = iota
	Organization
	Place
	Other
)

var entityTypeNames = [...]string{"person", "organization", "place", "other"}

// String returns the type's name in the record: person, organization, place or other.
func (t EntityType) String() string { return entityTypeNames[t] }

// MentionKind tells how a mention refers to its entity.
type MentionKind uint8

// The kinds of mention.
const (
	NameMention    MentionKind = iota // a name: "Shaun Wright", "Wright", "Mr Wright"
	PronounMention                    // "he", "her"
	NominalMention                    // a title or description: "the home secretary"
)

var mentionKindNames = [...]string{"name", "pronoun", "nominal"}

// String returns the kind's name in the record: name, pronoun or nominal.
func (k MentionKind) String() string { return mentionKindNames[k] }

// Mention is one place where the text refers to an entity.
type Mention struct {
	Span
	From, To int // tokens [From, To)
	Kind     MentionKind
	Entity   int // index into Document.Entities
	// Title is the part of a name mention before the name proper, such as "Mr" or
	// "Home Secretary", or an empty span.
	Title Span
}

// Gender is what the text tells of a person's sex, for pronouns.
type Gender uint8

// Genders.
const (
	UnknownGender Gender = iota
	Male
	Female
)

// Entity is one real-world referent within the article.
type Entity struct {
	Type     EntityType
	Name     Span  // the fullest name the article uses, without titles
	Mentions []int // indexes into Document.Mentions, in text order
	Gender   Gender
}

// Quote is a direct quotation or a piece of reported speech.
type Quote struct {
	Span         // the quoted words, without the quotation marks
	Direct  bool // between quotation marks
	Speaker int  // entity index, or -1 if the article does not say
	Source  Span // the words naming the speaker at this quote, or an empty span
	Cue     Span // the verb or phrase that introduces it, or an empty span
}

// Status is a post's standing as of the article's date.
type Status uint8

// The statuses of a role.
const (
	Current Status = iota
	Former
	Future
)

var statusNames = [...]string{"current", "former", "future"}

// String returns the status's name in the record.
func (s Status) String() string { return statusNames[s] }

// Role is a post a person holds or held.
type Role struct {
	Holder       int  // entity index
	Title        Span // the post as the article words it
	TitleText    string
	Organization int // entity index, or -1
	Party        int // entity index, or -1
	Status       Status
	Start, End   string // ISO dates or years, or ""
	Evidence     Span
}

// EventType is one of the closed set of accountability events.
type EventType uint8

// The event types of RECORD.md.
const (
	Resign EventType = iota
	RefuseToResign
	CallToResign
	Dismiss
	Suspend
	Appoint
	Elect
	Join
	Investigate
	Apologize
	CallToApologize
	Deny
	PublishReport
	Die
)

var eventTypeNames = [...]string{"resign", "refuse_to_resign", "call_to_resign", "dismiss", "suspend",
	"appoint", "elect", "join", "investigate", "apologize", "call_to_apologize", "deny", "publish_report", "die"}

// String returns the type's name in the record.
func (t EventType) String() string { return eventTypeNames[t] }

// Modality tells whether an event happened.
type Modality uint8

// The modalities of an event.
const (
	Actual Modality = iota
	Planned
	Threatened
	Hypothetical
	Denied
)

var modalityNames = [...]string{"actual", "planned", "threatened", "hypothetical", "denied"}

// String returns the modality's name in the record.
func (m Modality) String() string { return modalityNames[m] }

// Event is an accountability event the article reports.
type Event struct {
	Type     EventType
	Subject  int    // entity index, or -1
	By       int    // entity index, or -1
	Post     string // the post or body concerned, or ""
	Modality Modality
	Date     string // ISO date or year, or ""
	Evidence Span
	Trigger  Span // the words that name the event
	Nominal  bool // a noun names it ("his resignation"), as news names an event it has told
}

// Amount is a counted quantity or a sum of money.
type Amount struct {
	Span
	Value float64
	Unit  string
}

// Date is a date or time expression.
type Date struct {
	Span
	Value string // ISO 8601; a range as A/B
}

// Document is an article being read: its text cut into tokens and sentences, and the
// facts the stages have found so far.
type Document struct {
	text.Doc
	Article *ingest.Article

	// Names are the spans the tagger found, by type, before they are grouped.
	Names []Name

	Mentions []Mention
	Entities []Entity
	Quotes   []Quote
	Roles    []Role
	Events   []Event
	Amounts  []Amount
	Dates    []Date

	// mentionAt maps a token to the mention that covers it, +1 (0 for none).
	mentionAt []int32
	// lex holds each token's word classes, and lexPad empty ones after the last token, so
	// that a rule may look a few words ahead without checking for the text's end.
	lex     []lex
	lexicon *lexicon
}

// Name is a named-entity span found by the tagger, in tokens, with its type; Title is the
// number of tokens at its start that are a title or honorific rather than the name.
type Name struct {
	From, To int
	Type     EntityType
	Title    int
}

// Slice returns the text of a span.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// TokenSpan returns the byte span of tokens [from, to).
func (d *Document) TokenSpan(from, to int) Span {
	return Span{d.Tokens[from].Start, d.Tokens[to-1].End}
}

// withoutStops returns the end of tokens [from, to) without the punctuation that closes
// them.
func withoutStops(d *Document, from, to int) int {
	for to > from && d.Tokens[to-1].Kind == text.Punct {
		to--
	}
	return to
}

// lexPad is the number of empty word classes after a document's last token.
const lexPad = 4

// Tok returns the text of token i, or "" when i is out of range.
func (d *Document) Tok(i int) string {
	if i < 0 || i >= len(d.Tokens) {
		return ""
	}
	return d.Text[d.Tokens[i].Start:d.Tokens[i].End]
}

// SentenceOf returns the index of the sentence holding token i.
func (d *Document) SentenceOf(i int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].To <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// TokenAt returns the index of the token that holds byte offset off, or of the first
// token after it.
func (d *Document) TokenAt(off int) int {
	lo, hi := 0, len(d.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Tokens[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// MentionAt returns the index of the mention covering token i, or -1.
func (d *Document) MentionAt(i int) int {
	if i < 0 || i >= len(d.mentionAt) {
		return -1
	}
	return int(d.mentionAt[i]) - 1
}

// NameProper returns the span of name mention mi without its honorific: "Wright" of
// "Mr Wright".
func (d *Document) NameProper(mi int) Span {
	m := d.Mentions[mi]
	from := m.From
	for from < m.To-1 && d.lex[from]&lexHonorific != 0 {
		from++
	}
	return d.TokenSpan(from, m.To)
}
