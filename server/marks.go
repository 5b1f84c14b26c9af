package server

import (
	"fmt"
	"net/url"
	"sort"
	"strings"

	"onrecord/record"
)

// run is a stretch of an article's text with the marks it carries.
type run struct {
	Text, Class, Title, Link, ID string
}

// marks cuts text into runs at every edge of a mention, a quotation and the highlighted
// sentence (the first one that starts with the words hl), so that each can be shown as
// text in an element of its own. Nothing of the text is ever treated as markup.
func marks(text string, rec record.Record, clusters map[string]int64, hl string, names map[string]string) []run {
	type span struct {
		start, end int
		kind       string // "ent", "quote", "hl"
		class      string
		title      string
		link       string
	}
	var spans []span
	for _, e := range rec.Entities {
		link := ""
		if c := clusters[e.ID]; c > 0 {
			link = fmt.Sprintf("/people/%d", c)
		}
		for _, m := range e.Mentions {
			spans = append(spans, span{m.Start, m.End, "ent", "ent ent-" + e.Type + " m-" + m.Kind, e.Name, link})
		}
	}
	for _, q := range rec.Quotes {
		who := "unattributed"
		if q.Speaker != nil {
			who = names[*q.Speaker]
		}
		spans = append(spans, span{q.Start, q.End, "quote", "quote q-" + q.Kind, "said by " + who, ""})
	}
	if hl = strings.TrimSpace(hl); hl != "" {
		if i := indexWords(text, hl); i >= 0 {
			end := sentenceEnd(text, i)
			spans = append(spans, span{i, end, "hl", "hl", "", ""})
		}
	}
	cuts := map[int]bool{0: true, len(text): true}
	for _, s := range spans {
		if s.start < 0 || s.end > len(text) || s.start >= s.end {
			continue
		}
		cuts[s.start], cuts[s.end] = true, true
	}
	edges := make([]int, 0, len(cuts))
	for c := range cuts {
		edges = append(edges, c)
	}
	sort.Ints(edges)
	var out []run
	hlDone := false
	for i := 0; i+1 < len(edges); i++ {
		a, b := edges[i], edges[i+1]
		r := run{Text: text[a:b]}
		var classes []string
		for _, s := range spans {
			if s.start <= a && b <= s.end {
				classes = append(classes, s.class)
				switch s.kind {
				case "ent":
					if r.Link == "" {
						r.Link, r.Title = s.link, s.title
					}
				case "quote":
					if r.Title == "" {
						r.Title = s.title
					}
				case "hl":
					if !hlDone {
						r.ID, hlDone = "hl", true
					}
				}
			}
		}
		r.Class = strings.Join(classes, " ")
		out = append(out, r)
	}
	return out
}

// indexWords returns where the words of hl begin in text, matching words alone, or -1.
func indexWords(text, hl string) int {
	words := strings.Fields(hl)
	if len(words) == 0 {
		return -1
	}
	for from := 0; ; {
		i := strings.Index(text[from:], words[0])
		if i < 0 {
			return -1
		}
		i += from
		j := i
		ok := true
		for _, w := range words {
			for j < len(text) && (text[j] == ' ' || text[j] == '\n' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if !strings.HasPrefix(text[j:], w) {
				ok = false
				break
			}
			j += len(w)
		}
		if ok {
			return i
		}
		from = i + 1
	}
}

// sentenceEnd returns the end of the sentence that starts at i: after the next stop that
// a space or the text's end follows, or at a blank line.
func sentenceEnd(text string, i int) int {
	for j := i; j < len(text); j++ {
		switch text[j] {
		case '.', '!', '?':
			k := j + 1
			for k < len(text) && (text[k] == '"' || text[k] == '\'' || text[k] == ')') {
				k++
			}
			if k >= len(text) || text[k] == ' ' || text[k] == '\n' {
				return k
			}
		case '\n':
			if j+1 < len(text) && text[j+1] == '\n' {
				return j
			}
		}
	}
	return len(text)
}

func urlQueryEscape(s string) string { return url.QueryEscape(s) }
