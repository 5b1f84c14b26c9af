package score

import (
	"fmt"

	"onrecord/attrib"
	"onrecord/record"
)

// PolNeARAnnotations returns the articles of a PolNeAR split folder (text/ and
// attributions/) that more than one annotator annotated, in name order, each with the
// path of its text and of every annotator's attributions.
func PolNeARAnnotations(dir string) (names, texts []string, anns [][]string, err error) {
	allNames, allTexts, allAnns, err := attrib.PolNeARAnnotators(dir)
	if err != nil {
		return nil, nil, nil, err
	}
	for i, a := range allAnns {
		if len(a) > 1 {
			names, texts, anns = append(names, allNames[i]), append(texts, allTexts[i]), append(anns, a)
		}
	}
	return names, texts, anns, nil
}

// AttributionRecord returns the record a system would write that found exactly the
// attributions attrs of text (character offsets): each content a quotation from its first
// character to its last, as a record's quotations are one stretch, and its source, from
// first character to last, the speaker mention.
func AttributionRecord(text string, attrs []Attribution) *record.Record {
	// character offset -> byte offset
	c2b := make([]int, 0, len(text)+1)
	for b := range text {
		c2b = append(c2b, b)
	}
	c2b = append(c2b, len(text))
	at := func(c int) int { return c2b[max(0, min(c, len(c2b)-1))] }
	extent := func(ranges [][2]int) (int, int) {
		a, b := ranges[0][0], ranges[0][1]
		for _, r := range ranges[1:] {
			a, b = min(a, r[0]), max(b, r[1])
		}
		return at(a), at(b)
	}
	rec := &record.Record{}
	for i, x := range attrs {
		start, end := extent(x.Content)
		q := record.Quote{ID: fmt.Sprintf("Q%d", i+1), Text: text[start:end], Start: start, End: end, Kind: "indirect"}
		if len(x.Source) > 0 {
			a, b := extent(x.Source)
			q.SpeakerMention = &record.Span{Start: a, End: b, Text: text[a:b]}
		}
		rec.Quotes = append(rec.Quotes, q)
	}
	return rec
}

// AddAgreement scores every annotator's attributions of one article (anns, one list per
// annotator) against every other's, as AddArticle scores a record: each ordered pair
// counts once.
func (s *PolNeARScore) AddAgreement(text string, anns [][]Attribution) {
	for i := range anns {
		for j := range anns {
			if i != j {
				s.AddArticle(text, anns[i], AttributionRecord(text, anns[j]))
				s.Pairs++
			}
		}
	}
}
