// Package record defines the record of an article, schema onrecord/record/v1: the
// sourced account of who is named, who said what, who holds which post and which
// accountability events it reports. It is the project's output and its contract with the
// store, the API and the scorer; see ../shared/design/RECORD.md.
package record

// Schema names the version of the record format.
const Schema = "onrecord/record/v1"

// Record is the record of one article.
type Record struct {
	Schema   string   `json:"schema"`
	Source   Source   `json:"source"`
	Text     *string  `json:"text,omitempty"` // the text offsets index, when it is not the input file itself
	Entities []Entity `json:"entities"`
	Quotes   []Quote  `json:"quotes"`
	Roles    []Role   `json:"roles"`
	Events   []Event  `json:"events"`
	Amounts  []Amount `json:"amounts"`
	Dates    []Date   `json:"dates"`
}

// Source tells where the article came from.
type Source struct {
	ID        string  `json:"id"` // "sha256:" and the hex SHA-256 of the text
	Path      string  `json:"path"`
	URL       *string `json:"url"`
	Title     *string `json:"title"`
	Published *string `json:"published"`
}

// Span is a byte range [Start, End) of the text, with the text it covers.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Mention is one place where the text refers to an entity.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"` // name, pronoun or nominal
}

// Entity is a person, organisation, place or other named thing.
type Entity struct {
	ID       string    `json:"id"`
	Type     string    `json:"type"` // person, organization, place or other
	Name     string    `json:"name"`
	Aliases  []string  `json:"aliases"`
	Mentions []Mention `json:"mentions"`
}

// Quote is a direct quotation or reported speech.
type Quote struct {
	ID             string  `json:"id"`
	Text           string  `json:"text"`
	Start          int     `json:"start"`
	End            int     `json:"end"`
	Kind           string  `json:"kind"`    // direct or indirect
	Speaker        *string `json:"speaker"` // entity id
	SpeakerMention *Span   `json:"speaker_mention"`
	Cue            *Span   `json:"cue"`
}

// Evidence is the span of text that supports a fact.
type Evidence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Role is a post a person holds or held.
type Role struct {
	ID           string   `json:"id"`
	Holder       string   `json:"holder"`
	Title        string   `json:"title"`
	Organization *string  `json:"organization"`
	Party        *string  `json:"party"`
	Status       string   `json:"status"` // current, former or future
	Start        *string  `json:"start"`
	End          *string  `json:"end"`
	Evidence     Evidence `json:"evidence"`
}

// Event is an accountability event.
type Event struct {
	ID       string   `json:"id"`
	Type     string   `json:"type"`
	Subject  *string  `json:"subject"`
	By       *string  `json:"by"`
	Post     *string  `json:"post"`
	Modality string   `json:"modality"`
	Date     *string  `json:"date"`
	Evidence Evidence `json:"evidence"`
}

// Amount is a counted quantity or a sum of money.
type Amount struct {
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	Start int     `json:"start"`
	End   int     `json:"end"`
}

// Date is a date or time expression, its value in ISO 8601.
type Date struct {
	Text  string `json:"text"`
	Value string `json:"value"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}
