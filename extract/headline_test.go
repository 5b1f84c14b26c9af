package extract

import "testing"

func TestHeadlineSpeech(t *testing.T) {
	x := newExtractor(t)
	tests := []struct {
		src, content, speaker string // content "" for none from the headline
	}{
		{"Ann Lee: The War Was a Mistake From the Start\n\nAnn Lee, a senator from Northbridge, spoke to students on Monday about the war.\n",
			"The War Was a Mistake From the Start", "Ann Lee"},
		// Words quoted whole are reported without their marks.
		{"Tom Bell: 'I was not pushed out'\n\nTom Bell, the former transport minister, left the government last week.\n",
			"I was not pushed out", "Tom Bell"},
		// A title before the name.
		{"Dr Ann Lee: Hospitals Will Need More Nurses\n\nDr Ann Lee, who leads the nurses union, spoke on Monday.\n",
			"Hospitals Will Need More Nurses", "Ann Lee"},
		// A profile's headline says nothing anyone said.
		{"Ann Lee: Queen of the bestsellers\n\nAnn Lee, the novelist, has sold ten million books.\n", "", ""},
		// Nor does a headline whose label names no one.
		{"Poll: Voters Are Turning Against the Plan\n\nA survey of 2,000 adults found support for the plan had fallen.\n", "", ""},
		// Who speaks on what.
		{"Ann Lee on Schools: The Plan Will Fail Every Child\n\nAnn Lee, a senator from Northbridge, spoke to students on Monday.\n",
			"The Plan Will Fail Every Child", "Ann Lee"},
		{"A lesson from Loretta Hart: 'Be the voice that people hear'\n\nLoretta Hart, the attorney general, spoke to students on Monday.\n",
			"Be the voice that people hear", "Loretta Hart"},
		// A source and verb of saying that end the headline.
		{"Petrol duties will be frozen next year, Ann Lee says\n\nAnn Lee, the chancellor, spoke to reporters on Monday.\n",
			"Petrol duties will be frozen next year", "Ann Lee"},
		// Not what was done to the one named last.
		{"Act on Detention Ruling, Northbridge Council Urged\n\nThe council met on Monday to discuss the ruling.\n", "", ""},
	}
	for _, tt := range tests {
		d := extractText(t, x, tt.src)
		var got []Quote
		for _, q := range d.Quotes {
			if !q.Direct && d.Sentences[d.SentenceOf(d.TokenAt(q.Start))].Headline {
				got = append(got, q)
			}
		}
		switch {
		case tt.content == "" && len(got) > 0:
			t.Errorf("%q: headline speech %q, want none", tt.src, d.Slice(got[0].Span))
		case tt.content != "" && len(got) != 1:
			t.Errorf("%q: %d headline speeches, want %q", tt.src, len(got), tt.content)
		case tt.content != "" && (d.Slice(got[0].Span) != tt.content || name(d, got[0].Speaker) != tt.speaker || !got[0].Cue.Valid()):
			t.Errorf("%q: headline speech %q by %s (cue %q), want %q by %s", tt.src, d.Slice(got[0].Span), name(d, got[0].Speaker), d.Slice(got[0].Cue), tt.content, tt.speaker)
		}
	}
}
