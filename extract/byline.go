package extract

// bylineEnd returns the token where the article's byline ends, or 0 if it has none. A
// byline is a "By" that opens the body before a name: a short paragraph ("By Ann Lee,
// Political Editor"), or a run up to the time stamp after it ("By . Ann Lee . and Bo Cy .
// PUBLISHED: . 08:09 EST, 15 September 2013 . | . UPDATED: . 06:05 EST, 16 September
// 2013 ."). The reporters it names wrote the article; they are not who it is about.
func bylineEnd(d *Document) int {
	first := -1
	for _, s := range d.Sentences {
		if !s.Headline {
			first = s.From
			break
		}
	}
	if first < 0 || d.Tok(first) != "By" {
		return 0
	}
	name := first + 1
	for name < len(d.Tokens) && d.Tok(name) == "." {
		name++
	}
	if !isCapitalised(d.Tok(name)) {
		return 0 // "By contrast, ..."
	}
	// The last time stamp near the start, and the stop after its year.
	end := 0
	for k := first; k < len(d.Tokens) && k-first < 80; k++ {
		if w := d.Tok(k); w != "PUBLISHED" && w != "UPDATED" {
			continue
		}
		for j := k + 1; j < len(d.Tokens) && j-k < 20; j++ {
			if isYear(d.Tok(j)) {
				for j < len(d.Tokens) && d.Tok(j) != "." {
					j++
				}
				end = j + 1
				break
			}
		}
	}
	if end > 0 {
		return min(end, len(d.Tokens))
	}
	si := d.SentenceOf(first)
	para := d.Sentences[si].Para
	end = first
	for _, s := range d.Sentences[si:] {
		if s.Para != para {
			break
		}
		end = s.To
	}
	if end-first <= 12 {
		return end
	}
	return 0
}
