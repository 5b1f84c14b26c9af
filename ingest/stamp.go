package ingest

import (
	"regexp"
	"time"
)

// publishedStamp matches the time stamp some sites print at the head of a story, on a
// line or after a stop of its own: "PUBLISHED: . 08:09 EST, 15 September 2013",
// "Published: 10:30, 3 March 2012".
var publishedStamp = regexp.MustCompile(`(?:^|[\n.|]\s*)(?:PUBLISHED|Published):\s*\.?\s*(?:\d{1,2}:\d{2}\s*(?:[A-Z]{2,4})?,?\s*)?(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4})`)

// stampedDate returns the date of publication a plain text states near its start, in
// ISO 8601, or "".
func stampedDate(text string) string {
	if len(text) > 600 {
		text = text[:600]
	}
	m := publishedStamp.FindStringSubmatch(text)
	if m == nil {
		return ""
	}
	t, err := time.Parse("2 January 2006", m[1])
	if err != nil {
		return ""
	}
	return t.Format("2006-01-02")
}
