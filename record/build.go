package record

import (
	"strconv"

	"onrecord/extract"
)

// FromDocument makes the record of an extracted document.
func FromDocument(d *extract.Document) *Record {
	a := d.Article
	r := &Record{
		Schema:   Schema,
		Source:   Source{ID: a.ID(), Path: a.Path, URL: optional(a.URL), Title: optional(a.Title), Published: optional(a.Published)},
		Entities: []Entity{},
		Quotes:   []Quote{},
		Roles:    []Role{},
		Events:   []Event{},
		Amounts:  []Amount{},
		Dates:    []Date{},
	}
	if !a.Verbatim {
		t := a.Text
		r.Text = &t
	}
	id := func(prefix string, i int) string { return prefix + strconv.Itoa(i+1) }
	entityID := func(e int) *string {
		if e < 0 {
			return nil
		}
		s := id("E", e)
		return &s
	}
	span := func(s extract.Span) *Span {
		if !s.Valid() {
			return nil
		}
		return &Span{s.Start, s.End, d.Slice(s)}
	}
	for e, ent := range d.Entities {
		name := d.Slice(ent.Name)
		out := Entity{ID: id("E", e), Type: ent.Type.String(), Name: name, Aliases: []string{}, Mentions: []Mention{}}
		seen := map[string]bool{name: true}
		alias := func(s string) {
			if s != "" && !seen[s] {
				seen[s] = true
				out.Aliases = append(out.Aliases, s)
			}
		}
		for _, mi := range ent.Mentions {
			m := d.Mentions[mi]
			out.Mentions = append(out.Mentions, Mention{m.Start, m.End, d.Slice(m.Span), m.Kind.String()})
			if m.Kind == extract.NameMention {
				alias(d.Slice(d.NameProper(mi)))
				alias(d.Slice(m.Span))
			}
		}
		r.Entities = append(r.Entities, out)
	}
	for i, q := range d.Quotes {
		kind := "indirect"
		if q.Direct {
			kind = "direct"
		}
		r.Quotes = append(r.Quotes, Quote{ID: id("Q", i), Text: d.Slice(q.Span), Start: q.Start, End: q.End, Kind: kind,
			Speaker: entityID(q.Speaker), SpeakerMention: span(q.Source), Cue: span(q.Cue)})
	}
	for i, ro := range d.Roles {
		r.Roles = append(r.Roles, Role{ID: id("R", i), Holder: *entityID(ro.Holder), Title: ro.TitleText,
			Organization: entityID(ro.Organization), Party: entityID(ro.Party), Status: ro.Status.String(),
			Start: optional(ro.Start), End: optional(ro.End), Evidence: Evidence{ro.Evidence.Start, ro.Evidence.End, d.Slice(ro.Evidence)}})
	}
	for i, ev := range d.Events {
		r.Events = append(r.Events, Event{ID: id("V", i), Type: ev.Type.String(), Subject: entityID(ev.Subject), By: entityID(ev.By),
			Post: optional(ev.Post), Modality: ev.Modality.String(), Date: optional(ev.Date),
			Evidence: Evidence{ev.Evidence.Start, ev.Evidence.End, d.Slice(ev.Evidence)}})
	}
	for _, am := range d.Amounts {
		r.Amounts = append(r.Amounts, Amount{Text: d.Slice(am.Span), Value: am.Value, Unit: am.Unit, Start: am.Start, End: am.End})
	}
	for _, dt := range d.Dates {
		r.Dates = append(r.Dates, Date{Text: d.Slice(dt.Span), Value: dt.Value, Start: dt.Start, End: dt.End})
	}
	return r
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
