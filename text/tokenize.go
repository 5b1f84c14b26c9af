package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokenize appends the tokens of src to dst and returns the extended slice. It follows the
// conventions of the Penn Treebank as used in news corpora: possessives and contractions are
// split ("Wright" "'s", "do" "n't"), currency signs and percent signs stand alone ("£" "2m",
// "10" "%"), while hyphenated words, numbers with separators ("1,400", "5.5bn"), initials and
// abbreviations with their period ("J.", "Prof.", "U.S."), URLs, e-mail addresses and
// @handles are single tokens. Passing a reused dst makes tokenizing allocation-free.
func Tokenize(dst []Token, src string) []Token {
	n := len(src)
	i := 0
	for i < n {
		r, size := decode(src, i)
		switch {
		case isSpace(r):
			i += size
		case isAlnum(r):
			if end := scanURL(src, i); end > i {
				dst = append(dst, Token{i, end, URL})
				i = end
				continue
			}
			if end := scanEmail(src, i); end > i {
				dst = append(dst, Token{i, end, Email})
				i = end
				continue
			}
			dst = appendWord(dst, src, i)
			i = dst[len(dst)-1].End
		case r == '@' || r == '#':
			if end := scanHandle(src, i); end > i {
				dst = append(dst, Token{i, end, Handle})
				i = end
				continue
			}
			dst = append(dst, Token{i, i + size, Symbol})
			i += size
		case r == '`' || r == '\'':
			// `` and '' are double quotation marks in some typeset text.
			end := i + size
			if end < n && src[end] == src[i] {
				end++
			}
			dst = append(dst, Token{i, end, Quote})
			i = end
		case isQuote(r):
			dst = append(dst, Token{i, i + size, Quote})
			i += size
		case isDash(r):
			end := i + size
			for end < n {
				r2, s2 := decode(src, end)
				if !isDash(r2) {
					break
				}
				end += s2
			}
			dst = append(dst, Token{i, end, Dash})
			i = end
		case r == '.':
			end := i + 1
			for end < n && src[end] == '.' {
				end++
			}
			dst = append(dst, Token{i, end, Punct})
			i = end
		case isFormat(r) || unicode.IsControl(r):
			i += size // zero-width and control characters separate tokens but are not tokens
		case unicode.IsPunct(r) && r != '%' && r != '&' && r != '*':
			dst = append(dst, Token{i, i + size, Punct})
			i += size
		default:
			dst = append(dst, Token{i, i + size, Symbol})
			i += size
		}
	}
	return dst
}

// decode returns the rune at src[i] and its width, with a fast path for ASCII.
func decode(src string, i int) (rune, int) {
	if c := src[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(src[i:])
}

// decodeLast returns the rune that ends at src[i] (exclusive) and its width.
func decodeLast(src string, i int) (rune, int) {
	if c := src[i-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(src[:i])
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' || r == '\v'
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

func isFormat(r rune) bool { return r >= utf8.RuneSelf && unicode.Is(unicode.Cf, r) }

func isAlnum(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isQuote(r rune) bool {
	switch r {
	case '"', '\'', '`', '\u2018', '\u2019', '\u201a', '\u201b', '\u201c', '\u201d', '\u201e', '\u201f',
		'\u00ab', '\u00bb', '\u2039', '\u203a':
		return true
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '\u2019' }

func isDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d':
		return true
	}
	return false
}

// isHyphen reports whether r joins the parts of a hyphenated word.
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }

// appendWord scans the word or number that starts at src[i] and appends it, split into
// stem and clitic where it ends in a contraction or possessive.
func appendWord(dst []Token, src string, i int) []Token {
	n := len(src)
	j := i
	segStart := i      // start of the current period-separated segment
	initialism := true // every segment so far is one or two letters: U.S, e.g, Ph.D
	dotted := false    // the word holds an internal period
	for j < n {
		r, size := decode(src, j)
		if isAlnum(r) || unicode.IsMark(r) {
			j += size
			continue
		}
		if j+size >= n {
			break
		}
		prev, _ := decodeLast(src, j)
		next, nsize := decode(src, j+size)
		join := false
		switch {
		case isHyphen(r):
			join = isAlnum(prev) && isAlnum(next)
		case isApostrophe(r):
			join = (isLetter(prev) || isDigit(prev)) && isLetter(next)
		case isFormat(r):
			join = isLetter(prev) && isLetter(next)
		case r == '.':
			seg := j - segStart
			switch {
			case isDigit(prev) && isDigit(next):
				join = true
			case initialism && seg <= 2 && isLetter(prev) && isLetter(next) && isInitialismTail(src, j+size):
				join = true
			case isLower(prev) && isLower(next) && isDomainPart(src, j+size):
				join = true
			}
			if join {
				if seg > 2 || !isLetterRun(src[segStart:j]) {
					initialism = false
				}
				dotted = true
				segStart = j + size
			}
		case r == ',':
			join = isDigit(prev) && isThousands(src, j+size)
		case r == ':' || r == '/':
			join = isDigit(prev) && isDigit(next)
		case r == '&':
			join = isUpper(prev) && isUpper(next)
		}
		if !join {
			break
		}
		j += size + nsize
	}
	// A trailing period belongs to initials, initialisms and known abbreviations.
	if j < n && src[j] == '.' && !(j+1 < n && src[j+1] == '.') {
		w := src[i:j]
		if dotted && initialism && j-segStart <= 2 && isLetterRun(src[segStart:j]) ||
			isInitial(w) || abbreviations[w] ||
			numberAbbreviations[w] && followedByDigit(src, j+1) {
			return append(dst, Token{i, j + 1, Word})
		}
	}
	kind := Word
	if r, _ := decode(src, i); isDigit(r) {
		kind = Number
	}
	if k := cliticStart(src, i, j); k > i {
		return append(dst, Token{i, k, kind}, Token{k, j, Word})
	}
	return append(dst, Token{i, j, kind})
}

// isInitialismTail reports whether src[k:] starts with one or two letters and a period, as
// the "S." of "U.S." or the "D." of "Ph.D." do.
func isInitialismTail(src string, k int) bool {
	m := 0
	for k < len(src) && m <= 2 {
		r, size := decode(src, k)
		if r == '.' {
			return m > 0
		}
		if !isLetter(r) {
			return false
		}
		k += size
		m++
	}
	return false
}

func isLetterRun(s string) bool {
	for _, r := range s {
		if !isLetter(r) {
			return false
		}
	}
	return s != ""
}

// isDomainPart reports whether the lower-case letters at src[k:] name a common internet
// domain, so that "bbc.co.uk" stays one token and "end.The" does not.
func isDomainPart(src string, k int) bool {
	e := k
	for e < len(src) && 'a' <= src[e] && src[e] <= 'z' {
		e++
	}
	return domains[src[k:e]]
}

// isThousands reports whether src[k:] starts with exactly three digits, a group of a
// number such as 1,400.
func isThousands(src string, k int) bool {
	if k+3 > len(src) {
		return false
	}
	for m := k; m < k+3; m++ {
		if !isDigit(rune(src[m])) {
			return false
		}
	}
	return k+3 == len(src) || !isDigit(rune(src[k+3]))
}

func isInitial(w string) bool {
	if w == "" {
		return false
	}
	r, size := decode(w, 0)
	return size == len(w) && isUpper(r)
}

func followedByDigit(src string, k int) bool {
	for k < len(src) && src[k] == ' ' {
		k++
	}
	return k < len(src) && isDigit(rune(src[k]))
}

// cliticStart returns where a contraction or possessive begins in the word src[i:j]
// ("n't", "'s", "'re", "'ve", "'ll", "'d", "'m"), or i if it has none.
func cliticStart(src string, i, j int) int {
	w := src[i:j]
	for _, apo := range [...]string{"'", "\u2019"} {
		a := strings.LastIndex(w, apo)
		if a <= 0 {
			continue
		}
		switch suffix := w[a+len(apo):]; {
		case suffix == "t" || suffix == "T":
			if a >= 2 && (w[a-1] == 'n' || w[a-1] == 'N') {
				return i + a - 1
			}
		case strings.EqualFold(suffix, "s"), strings.EqualFold(suffix, "re"), strings.EqualFold(suffix, "ve"),
			strings.EqualFold(suffix, "ll"), strings.EqualFold(suffix, "d"), strings.EqualFold(suffix, "m"):
			return i + a
		}
	}
	return i
}

// scanURL returns the end of a web address starting at src[i], or i if none starts there.
func scanURL(src string, i int) int {
	rest := src[i:]
	if !(hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.")) {
		return i
	}
	j := i
	for j < len(src) {
		r, size := decode(src, j)
		if isSpace(r) || r == '"' || r == '<' || r == '>' || r == '\u201c' || r == '\u201d' {
			break
		}
		j += size
	}
	for j > i {
		r, size := decodeLast(src, j)
		if !strings.ContainsRune(".,;:!?'\")]}\u2019\u201d", r) {
			break
		}
		j -= size
	}
	return j
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// scanEmail returns the end of an e-mail address starting at src[i], or i if none does.
func scanEmail(src string, i int) int {
	j := i
	for j < len(src) && isEmailLocal(src[j]) {
		j++
	}
	if j == i || j+1 >= len(src) || src[j] != '@' || !isASCIIAlnum(src[j+1]) {
		return i
	}
	j++
	dot := false
	k := j
	for k < len(src) && (isASCIIAlnum(src[k]) || src[k] == '-' || src[k] == '.') {
		if src[k] == '.' {
			dot = true
		}
		k++
	}
	for k > j && (src[k-1] == '.' || src[k-1] == '-') {
		k--
	}
	if !dot || !strings.Contains(src[j:k], ".") {
		return i
	}
	return k
}

func isEmailLocal(c byte) bool {
	return isASCIIAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// scanHandle returns the end of an @handle or #hashtag at src[i], or i if none is there.
func scanHandle(src string, i int) int {
	if i > 0 {
		if r, _ := decodeLast(src, i); isAlnum(r) {
			return i
		}
	}
	j := i + 1
	for j < len(src) && (isASCIIAlnum(src[j]) || src[j] == '_') {
		j++
	}
	if j == i+1 || src[i] == '#' && !isLetter(rune(src[i+1])) {
		return i
	}
	return j
}

// abbreviations lists words that keep their period: titles, months, days, company and
// place abbreviations, and Latin ones.
var abbreviations = toSet(`Mr Mrs Ms Messrs Mme Mlle Dr Prof St Rev Fr Gen Sen Rep Reps Gov Lt Col Capt Cmdr Cdr
	Maj Sgt Cpl Pte Adm Brig Hon Insp Supt Det Const Pres Amb Jr Sr Snr Jnr Mt Ft Ave Rd Blvd Sq
	Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
	Inc Ltd Co Corp Bros Plc Cos Dept Univ Assn Assoc Govt Intl
	Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont
	Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo
	etc vs approx est al cf viz ca`)

// numberAbbreviations keep their period only before a number: "No. 10", "Art. 5".
var numberAbbreviations = toSet(`No Nos no Art Vol Fig pp p`)

var domains = toSet(`com org net edu gov mil int co uk us eu de fr it es nl ie au ca nz in io info biz tv fm me ac ly be ch at se dk no fi pl ru jp cn`)

func toSet(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
