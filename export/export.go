// Package export writes what the store holds for other tools: records as JSON Lines, CSV
// tables of people, roles, quotes and events, and Popolo JSON (persons, organizations and
// memberships with their dates and sources) for civic-tech tools.
package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"onrecord/store"
)

// JSONL writes the record of every current article, one a line.
func JSONL(ctx context.Context, st *store.Store, w io.Writer) error {
	bw := bufio.NewWriter(w)
	err := st.EachRecord(ctx, func(r json.RawMessage) error {
		bw.Write(r)
		return bw.WriteByte('\n')
	})
	if err != nil {
		return err
	}
	return bw.Flush()
}

// CSV writes people.csv, roles.csv, quotes.csv and events.csv into the folder dir.
func CSV(ctx context.Context, st *store.Store, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	people, names, err := st.AllEntities(ctx)
	if err != nil {
		return err
	}
	id := func(n int64) string {
		if n == 0 {
			return ""
		}
		return strconv.FormatInt(n, 10)
	}
	tables := []struct {
		name string
		head []string
		rows func(add func(...string)) error
	}{
		{"people.csv", []string{"id", "type", "name", "articles", "mentions", "names"}, func(add func(...string)) error {
			for _, p := range people {
				js, _ := json.Marshal(names[p.ID])
				add(id(p.ID), p.Type, p.Name, strconv.Itoa(p.Articles), strconv.Itoa(p.Mentions), string(js))
			}
			return nil
		}},
		{"roles.csv", []string{"person_id", "person", "title", "organization_id", "organization", "party_id", "party", "status", "start", "end", "article", "sentence"},
			func(add func(...string)) error {
				ms, err := st.AllMemberships(ctx)
				for _, m := range ms {
					add(id(m.PersonID), m.Person, m.Title, id(m.OrganizationID), m.Organization, id(m.PartyID), m.Party, m.Status, m.Start, m.End, m.Source.Path, m.Source.Sentence)
				}
				return err
			}},
		{"quotes.csv", []string{"speaker_id", "speaker", "text", "kind", "cue", "published", "article", "sentence"}, func(add func(...string)) error {
			qs, err := st.AllQuotes(ctx)
			for _, q := range qs {
				add(id(q.SpeakerID), q.Speaker, q.Text, q.Kind, q.Cue, q.Source.Published, q.Source.Path, q.Source.Sentence)
			}
			return err
		}},
		{"events.csv", []string{"type", "subject_id", "subject", "by_id", "by", "post", "modality", "date", "published", "article", "sentence"},
			func(add func(...string)) error {
				es, err := st.AllEvents(ctx)
				for _, e := range es {
					add(e.Type, id(e.SubjectID), e.Subject, id(e.ByID), e.By, e.Post, e.Modality, e.Date, e.Source.Published, e.Source.Path, e.Source.Sentence)
				}
				return err
			}},
	}
	for _, t := range tables {
		path := filepath.Join(dir, t.name)
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		cw := csv.NewWriter(f)
		cw.Write(t.head)
		err = t.rows(func(v ...string) { cw.Write(v) })
		cw.Flush()
		if err == nil {
			err = cw.Error()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	return nil
}

// Popolo types, after https://www.popoloproject.com.
type (
	popoloName struct {
		Name string `json:"name"`
	}
	popoloSource struct {
		URL  string `json:"url,omitempty"`
		Note string `json:"note"`
	}
	popoloPerson struct {
		ID         string         `json:"id"`
		Name       string         `json:"name"`
		OtherNames []popoloName   `json:"other_names,omitempty"`
		Sources    []popoloSource `json:"sources,omitempty"`
	}
	popoloOrganization struct {
		ID             string       `json:"id"`
		Name           string       `json:"name"`
		Classification string       `json:"classification,omitempty"`
		OtherNames     []popoloName `json:"other_names,omitempty"`
	}
	popoloMembership struct {
		PersonID       string         `json:"person_id"`
		OrganizationID string         `json:"organization_id,omitempty"`
		OnBehalfOfID   string         `json:"on_behalf_of_id,omitempty"`
		Role           string         `json:"role"`
		Label          string         `json:"label,omitempty"`
		StartDate      string         `json:"start_date,omitempty"`
		EndDate        string         `json:"end_date,omitempty"`
		Sources        []popoloSource `json:"sources"`
	}
	popolo struct {
		Persons       []popoloPerson       `json:"persons"`
		Organizations []popoloOrganization `json:"organizations"`
		Memberships   []popoloMembership   `json:"memberships"`
	}
)

// Popolo writes the people, organisations and posts of the store as Popolo JSON: a
// membership for each post, its organisation the body or party it belongs to and the
// party it is held for as on_behalf_of, its dates, and the articles that state it.
func Popolo(ctx context.Context, st *store.Store, w io.Writer) error {
	all, names, err := st.AllEntities(ctx)
	if err != nil {
		return err
	}
	out := popolo{Persons: []popoloPerson{}, Organizations: []popoloOrganization{}, Memberships: []popoloMembership{}}
	pid := func(n int64) string { return "person/" + strconv.FormatInt(n, 10) }
	oid := func(n int64) string {
		if n == 0 {
			return ""
		}
		return "organization/" + strconv.FormatInt(n, 10)
	}
	ms, err := st.AllMemberships(ctx)
	if err != nil {
		return err
	}
	sources := map[int64][]popoloSource{}
	type key struct {
		person, org, party int64
		title              string
	}
	index := map[key]int{}
	for _, m := range ms {
		if m.PersonID == 0 {
			continue
		}
		src := popoloSource{Note: m.Source.Path + ": " + m.Source.Sentence}
		sources[m.PersonID] = append(sources[m.PersonID], popoloSource{Note: m.Source.Path})
		k := key{m.PersonID, m.OrganizationID, m.PartyID, m.Title}
		if i, ok := index[k]; ok {
			pm := &out.Memberships[i]
			pm.Sources = append(pm.Sources, src)
			if pm.StartDate == "" {
				pm.StartDate = m.Start
			}
			if m.End != "" {
				pm.EndDate = m.End
			}
			continue
		}
		index[k] = len(out.Memberships)
		out.Memberships = append(out.Memberships, popoloMembership{PersonID: pid(m.PersonID), OrganizationID: oid(m.OrganizationID),
			OnBehalfOfID: oid(m.PartyID), Role: m.Title, Label: m.Status, StartDate: m.Start, EndDate: m.End, Sources: []popoloSource{src}})
	}
	for _, e := range all {
		var other []popoloName
		for _, n := range names[e.ID] {
			if n != e.Name {
				other = append(other, popoloName{n})
			}
		}
		switch e.Type {
		case "person":
			out.Persons = append(out.Persons, popoloPerson{ID: pid(e.ID), Name: e.Name, OtherNames: other, Sources: dedupe(sources[e.ID])})
		case "organization":
			out.Organizations = append(out.Organizations, popoloOrganization{ID: oid(e.ID), Name: e.Name, OtherNames: other})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	return enc.Encode(out)
}

func dedupe(s []popoloSource) []popoloSource {
	seen := map[string]bool{}
	var out []popoloSource
	for _, x := range s {
		if !seen[x.Note] {
			seen[x.Note] = true
			out = append(out, x)
		}
	}
	return out
}
