package extract

import (
	"strconv"
	"strings"

	"onrecord/text"
)

// findAmounts finds counted quantities and sums of money: "1,400 children", "pounds
// 5.5bn", "£4.5m", "16 years", "90%", "nine months". Years and parts of dates are not
// amounts.
func (x *Extractor) findAmounts(d *Document) {
	for k := 0; k < len(d.Tokens); k++ {
		num, ok := d.numberAt(k)
		if !ok {
			continue
		}
		s := d.Sentences[d.SentenceOf(k)]
		from, to := k, k+1
		value := num
		// A multiplier word: "5.5 million", "two thousand".
		if m := multiplier(d.Tok(to)); m > 0 && to < s.To {
			value *= m
			to++
		}
		unit := ""
		// Money before the number: "pounds 5.5bn", "£4.5m", "$15.6 million".
		if k > s.From {
			if u := currency(d.Tok(k - 1)); u != "" {
				unit, from = u, k-1
			}
		}
		if unit == "" && to < s.To {
			w := d.Tok(to)
			switch {
			case w == "%" || strings.EqualFold(w, "percent"):
				unit, to = "percent", to+1
			case strings.EqualFold(w, "per") && strings.EqualFold(d.Tok(to+1), "cent"):
				unit, to = "percent", to+2
			case currency(w) != "":
				unit, to = currency(w), to+1
			case d.Tokens[to].Kind == text.Word && isLowerWord(w) && d.lex[to]&(lexStop|lexVerbLike|lexMonth) == 0 && w != "and":
				// "two new stations": the unit is the noun, after a word or two that
				// describe it.
				j := to
				for j+1 < s.To && j-to < 2 && isCountAdjective(d.Tok(j)) {
					j++
				}
				if w := d.Tok(j); d.Tokens[j].Kind == text.Word && isLowerWord(w) && d.lex[j]&(lexStop|lexVerbLike|lexMonth) == 0 && !isCountAdjective(w) {
					unit, to = w, j+1
					// "six penalty attempts", "two political campaigns": a word in the
					// singular before a plural noun describes it.
					if n := j + 1; value != 1 && n < s.To && !strings.HasSuffix(w, "s") && d.Tokens[n].Kind == text.Word &&
						isLowerWord(d.Tok(n)) && strings.HasSuffix(d.Tok(n), "s") && !strings.HasSuffix(d.Tok(n), "ss") && !possessiveS(d.Tok(n)) &&
						d.lex[n]&(lexStop|lexVerbLike|lexCue) == 0 {
						unit, to = w+" "+d.Tok(n), n+1
					}
				}
			}
		}
		if unit == "" {
			continue
		}
		if d.Tokens[k].Kind == text.Number && isYear(d.Tok(k)) && unit != "pounds" && unit != "dollars" && unit != "euros" && unit != "percent" {
			continue
		}
		if d.lex[to-1]&lexMonth != 0 || unit == "am" || unit == "pm" || unit == "a.m." || unit == "p.m." {
			continue
		}
		d.Amounts = append(d.Amounts, Amount{Span: d.TokenSpan(from, to), Value: value, Unit: unit})
		k = to - 1
	}
}

// numberAt reads the number at token k: digits with separators and a suffix ("1,400",
// "5.5bn", "4.5m") or a number word ("nine", "twenty").
func (d *Document) numberAt(k int) (float64, bool) {
	w := d.Tok(k)
	if d.Tokens[k].Kind == text.Number {
		digits := w
		mult := 1.0
		for _, suf := range []struct {
			s string
			m float64
		}{{"bn", 1e9}, {"billion", 1e9}, {"m", 1e6}, {"k", 1e3}, {"tn", 1e12}} {
			if strings.HasSuffix(strings.ToLower(digits), suf.s) {
				digits, mult = digits[:len(digits)-len(suf.s)], suf.m
				break
			}
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(digits, ",", ""), 64)
		if err != nil {
			return 0, false
		}
		return v * mult, true
	}
	if d.lex[k]&lexNumberWord == 0 {
		return 0, false
	}
	if lw := strings.ToLower(w); lw != "one" && lw != "half" { // too often no count: "number one priority"
		if v, ok := numberWords[lw]; ok {
			return v, true
		}
	}
	return 0, false
}

var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
	"million": 1e6, "billion": 1e9, "dozen": 12, "hundreds": 100, "thousands": 1000, "millions": 1e6,
}

// multiplier returns the value of a word that multiplies the number before it.
func multiplier(w string) float64 {
	switch strings.ToLower(w) {
	case "hundred":
		return 100
	case "thousand":
		return 1e3
	case "million", "m":
		return 1e6
	case "billion", "bn":
		return 1e9
	case "trillion", "tn":
		return 1e12
	}
	return 0
}

// currency returns the unit a currency word or sign stands for, or "".
func currency(w string) string {
	switch strings.ToLower(w) {
	case "pounds", "pound", "\u00a3", "gbp", "sterling":
		return "pounds"
	case "dollars", "dollar", "$", "usd", "us$":
		return "dollars"
	case "euros", "euro", "\u20ac", "eur":
		return "euros"
	}
	return ""
}

// isCountAdjective reports whether w is a word that describes what is counted rather
// than naming it: "two new stations", "three other men".
func isCountAdjective(w string) bool {
	switch w {
	case "new", "other", "more", "further", "extra", "additional", "different", "separate", "major", "senior",
		"junior", "young", "old", "older", "small", "smaller", "large", "larger", "big", "bigger", "key", "top",
		"main", "former", "first", "last", "previous", "consecutive", "straight", "successive", "local", "full",
		"whole", "fewer", "less", "even":
		return true
	}
	return false
}
