package record

import "fmt"

// Located is one span of a record: what it is, its byte range and the text it covers.
type Located struct {
	What       string // "mention", "quote", "cue", "speaker mention", "role evidence", ...
	Start, End int
	Text       string
}

// Spans returns every span of r: mentions, quotes with their cues and speaker mentions,
// the evidence of roles and events, amounts and dates.
func (r *Record) Spans() []Located {
	var out []Located
	add := func(what string, start, end int, text string) {
		out = append(out, Located{what, start, end, text})
	}
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			add("mention", m.Start, m.End, m.Text)
		}
	}
	for _, q := range r.Quotes {
		add("quote", q.Start, q.End, q.Text)
		if q.Cue != nil {
			add("cue", q.Cue.Start, q.Cue.End, q.Cue.Text)
		}
		if q.SpeakerMention != nil {
			add("speaker mention", q.SpeakerMention.Start, q.SpeakerMention.End, q.SpeakerMention.Text)
		}
	}
	for _, ro := range r.Roles {
		add("role evidence", ro.Evidence.Start, ro.Evidence.End, ro.Evidence.Text)
	}
	for _, ev := range r.Events {
		add("event evidence", ev.Evidence.Start, ev.Evidence.End, ev.Evidence.Text)
	}
	for _, a := range r.Amounts {
		add("amount", a.Start, a.End, a.Text)
	}
	for _, d := range r.Dates {
		add("date", d.Start, d.End, d.Text)
	}
	return out
}

// Check returns an error for the first span of r that does not lie inside text, is empty,
// or is not the text it says it covers; text is the record's own text when it carries one.
func (r *Record) Check(text string) error {
	if r.Text != nil {
		text = *r.Text
	}
	for _, s := range r.Spans() {
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			return fmt.Errorf("%s [%d,%d) lies outside the text of %d bytes", s.What, s.Start, s.End, len(text))
		}
		if s.Text != "" && text[s.Start:s.End] != s.Text {
			return fmt.Errorf("%s [%d,%d) is %q in the text but %q in the record", s.What, s.Start, s.End, text[s.Start:s.End], s.Text)
		}
	}
	return nil
}
