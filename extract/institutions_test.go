package extract

import (
	"strings"
	"testing"
)

func TestInstitutions(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		text string
		want []string // organisations, each as its mentions' names joined by "|"
	}{
		{"The House of Commons voted on Monday. Later the Commons rose.", []string{"House of Commons|Commons"}},
		{"Downing Street said the plan stood. Number 10 later agreed.", []string{"Downing Street|Number 10"}},
		{"The House of Commons and the House of Lords met.", []string{"House of Commons", "House of Lords"}},
		{"The minister told Parliament the Treasury had agreed.", []string{"Parliament", "Treasury"}},
		{"He walked along the commons in the rain.", nil},
		{"The Government said the PCC would stay.", nil},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.text)
		var got []string
		for _, e := range d.Entities {
			if e.Type == Organization {
				var ms []string
				for _, mi := range e.Mentions {
					ms = append(ms, d.Slice(d.Mentions[mi].Span))
				}
				got = append(got, strings.Join(ms, "|"))
			}
		}
		if strings.Join(got, " ") != strings.Join(tt.want, " ") {
			t.Errorf("%q: organisations %q, want %q", tt.text, got, tt.want)
		}
	}
}
