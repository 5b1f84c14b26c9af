package extract

import (
	"fmt"
	"strings"
	"time"

	"onrecord/text"
)

// findDates finds date and time expressions and gives each an ISO 8601 value: years
// ("in 2012"), ranges ("from 2005 to 2010" as 2005/2010), months ("December 1996" as
// 1996-12), days ("1 March 2005", "March 1, 2005"), decades ("the 1980s" as 1980/1989),
// and, when the article's date is known, relative ones ("last year", "on Tuesday",
// "yesterday", "10 June"). A date whose value cannot be told is left out.
func (x *Extractor) findDates(d *Document) {
	var pub time.Time
	if d.Article != nil && d.Article.Published != "" {
		pub, _ = time.Parse("2006-01-02", d.Article.Published)
	}
	for k := 0; k < len(d.Tokens); k++ {
		from, to, value := d.dateAt(k, pub)
		if value == "" {
			continue
		}
		d.Dates = append(d.Dates, Date{Span: d.TokenSpan(from, to), Value: value})
		k = to - 1
	}
}

// dateAt reads a date expression starting at token k and returns its tokens and value, or
// an empty value.
func (d *Document) dateAt(k int, pub time.Time) (int, int, string) {
	w := d.Tok(k)
	lw := strings.ToLower(w)
	// "from 2005 to 2010", "between 2005 and 2010"
	if (lw == "from" || lw == "between") && isYear(d.Tok(k+1)) && (strings.EqualFold(d.Tok(k+2), "to") || strings.EqualFold(d.Tok(k+2), "and") || strings.EqualFold(d.Tok(k+2), "until")) && isYear(d.Tok(k+3)) {
		return k, k + 4, d.Tok(k+1) + "/" + d.Tok(k+3)
	}
	// "2005-10", "1997\u20132001"
	if isYear(w) && k+2 < len(d.Tokens) && d.Tokens[k+1].Kind == text.Dash && isYear(d.Tok(k+2)) && d.Tokens[k+1].Start == d.Tokens[k].End {
		return k, k + 3, w + "/" + d.Tok(k+2)
	}
	// Day Month Year, Day Month: "1 March 2005", "10 June".
	if day, ok := dayNumber(w); ok && k+1 < len(d.Tokens) && d.lex[k+1]&lexMonth != 0 {
		month := monthNumber(d.Tok(k + 1))
		if isYear(d.Tok(k + 2)) {
			return k, k + 3, fmt.Sprintf("%s-%02d-%02d", d.Tok(k+2), month, day)
		}
		if !pub.IsZero() {
			return k, k + 2, fmt.Sprintf("%04d-%02d-%02d", yearNear(pub, month), month, day)
		}
		return 0, 0, ""
	}
	if d.lex[k]&lexMonth != 0 && isCapitalised(w) && !(w == "May" && d.MentionAt(k) >= 0) {
		month := monthNumber(w)
		next := d.Tok(k + 1)
		// "March 1, 2005", "March 1"
		if day, ok := dayNumber(next); ok {
			if d.Tok(k+2) == "," && isYear(d.Tok(k+3)) {
				return k, k + 4, fmt.Sprintf("%s-%02d-%02d", d.Tok(k+3), month, day)
			}
			if isYear(d.Tok(k + 2)) {
				return k, k + 3, fmt.Sprintf("%s-%02d-%02d", d.Tok(k+2), month, day)
			}
			if !pub.IsZero() {
				return k, k + 2, fmt.Sprintf("%04d-%02d-%02d", yearNear(pub, month), month, day)
			}
			return 0, 0, ""
		}
		// "December 1996"
		if isYear(next) {
			return k, k + 2, fmt.Sprintf("%s-%02d", next, month)
		}
		if w == "May" || w == "March" {
			return 0, 0, "" // too often a name or a verb
		}
		if !pub.IsZero() && (strings.EqualFold(d.Tok(k-1), "in") || strings.EqualFold(d.Tok(k-1), "last") || strings.EqualFold(d.Tok(k-1), "since")) {
			return k, k + 1, fmt.Sprintf("%04d-%02d", yearNear(pub, month), month)
		}
		return 0, 0, ""
	}
	// "in 2012", "since 2012", "2012's"; not "Euro 2004" or "Windows 2000", a year that
	// is part of a name.
	if isYear(w) && d.Tokens[k].Kind == text.Number {
		if m := d.MentionAt(k); m >= 0 && d.Mentions[m].From < k && d.MentionAt(k-1) == m && isCapitalised(d.Tok(k-1)) {
			return 0, 0, ""
		}
		return k, k + 1, w
	}
	// "the 1980s"
	if len(w) == 5 && w[4] == 's' && isYear(w[:4]) && w[3] == '0' {
		return k, k + 1, w[:4] + "/" + w[:3] + "9"
	}
	if pub.IsZero() {
		return 0, 0, ""
	}
	switch lw {
	case "yesterday":
		return k, k + 1, pub.AddDate(0, 0, -1).Format("2006-01-02")
	case "today":
		return k, k + 1, pub.Format("2006-01-02")
	case "tomorrow":
		return k, k + 1, pub.AddDate(0, 0, 1).Format("2006-01-02")
	case "last", "next", "this":
		step := map[string]int{"last": -1, "next": 1, "this": 0}[lw]
		switch strings.ToLower(d.Tok(k + 1)) {
		case "year":
			return k, k + 2, fmt.Sprint(pub.Year() + step)
		case "month":
			t := pub.AddDate(0, step, 0)
			return k, k + 2, t.Format("2006-01")
		case "week":
			t := pub.AddDate(0, 0, 7*step)
			y, wk := t.ISOWeek()
			return k, k + 2, fmt.Sprintf("%04d-W%02d", y, wk)
		}
	}
	if d.lex[k]&lexWeekday != 0 {
		// "on Tuesday": the last such day on or before the article's date, or the next
		// one after it when the sentence speaks of the future.
		want := weekdayNumber(w)
		step := -1
		for j := d.Sentences[d.SentenceOf(k)].From; j < k; j++ {
			if t := strings.ToLower(d.Tok(j)); t == "will" || t == "'ll" || t == "next" || t == "shall" {
				step = 1
			}
		}
		t := pub
		for i := 0; i < 7 && int(t.Weekday()) != want; i++ {
			t = t.AddDate(0, 0, step)
		}
		return k, k + 1, t.Format("2006-01-02")
	}
	return 0, 0, ""
}

func dayNumber(w string) (int, bool) {
	w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, "st"), "nd"), "rd"), "th")
	if len(w) == 0 || len(w) > 2 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0, false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n, n >= 1 && n <= 31
}

func monthNumber(w string) int {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(w, m) {
			return i + 1
		}
	}
	return 0
}

func weekdayNumber(w string) int {
	w = strings.ToLower(w)
	for i, day := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		if w == day {
			return i
		}
	}
	return 0
}

// yearNear returns the year of the month nearest the article's date, before it unless
// the month is at most two months ahead.
func yearNear(pub time.Time, month int) int {
	diff := month - int(pub.Month())
	switch {
	case diff > 2:
		return pub.Year() - 1
	case diff < -9:
		return pub.Year() + 1
	}
	return pub.Year()
}
