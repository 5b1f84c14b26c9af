// Package names normalises the names of people and bodies, as the project's scorer compares
// them, and knows the names of political parties.
package names

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true,
	"lord": true, "lady": true, "baroness": true, "baron": true, "professor": true, "prof": true, "rev": true,
	"dame": true, "the": true}

// IsHonorific reports whether the lower-case word w is an honorific (or "the") that Norm
// drops from the start of a name.
func IsHonorific(w string) bool { return honorifics[strings.TrimRight(w, ".")] }

// IsWordRune reports whether r is a word character, as \w is in Python's regular
// expressions: a letter, a digit, an underscore or a combining mark.
func IsWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.Is(unicode.Mn, r)
}

// apostrophes straightens curly apostrophes. It is safe for concurrent use.
var apostrophes = strings.NewReplacer("\u2019", "'", "\u2018", "'")

// Norm normalises a name: case folded, curly apostrophes straightened, a final 's dropped,
// other punctuation read as spaces, and, if strip is set, honorifics and "the" at the
// start dropped. It is the normalisation of ../shared/eval/score.py.
func Norm(name string, strip bool) string {
	if name == "" {
		return ""
	}
	s := strings.ToLower(apostrophes.Replace(name))
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, "'s")
	var b strings.Builder
	other := false
	for _, r := range s {
		if IsWordRune(r) || r == '\'' || r == ' ' || r == '-' {
			b.WriteRune(r)
			other = false
		} else if !other {
			b.WriteByte(' ')
			other = true
		}
	}
	words := strings.Fields(b.String())
	for strip && len(words) > 0 && IsHonorific(words[0]) {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// partyGroups are the names political parties go by in news, each group one party, its
// usual full name first.
var partyGroups = [][]string{
	{"Labour Party", "Labour", "Labour party", "New Labour"},
	{"Conservative Party", "Conservatives", "Conservative", "Tory", "Tories", "Tory party", "Conservative party"},
	{"Liberal Democrats", "Liberal Democrat", "Lib Dems", "Lib Dem", "LibDems", "Liberal Democrat party"},
	{"Scottish National Party", "SNP"},
	{"Plaid Cymru"},
	{"UK Independence Party", "UKIP", "Ukip"},
	{"British National Party", "BNP"},
	{"Green Party", "Greens"},
	{"Democratic Party", "Democrats", "Democrat", "Democratic party"},
	{"Republican Party", "Republicans", "Republican", "GOP", "Republican party"},
	{"Sinn Fein"},
	{"Democratic Unionist Party", "DUP"},
	{"Ulster Unionist Party", "UUP", "Ulster Unionists"},
	{"Social Democratic and Labour Party", "SDLP"},
	{"Scottish Conservative Party", "Scottish Conservatives", "Scottish Tories"},
	{"Scottish Labour", "Scottish Labour Party"},
	{"Welsh Labour"},
	{"Respect"},
	{"Veritas"},
}

// Parties maps names of political parties to the party they name.
type Parties struct {
	of map[string]int // normalised name -> group
}

// NewParties returns the parties the package knows.
func NewParties() *Parties {
	p := &Parties{of: map[string]int{}}
	for i, g := range partyGroups {
		for _, n := range g {
			p.of[Norm(n, true)] = i
		}
	}
	return p
}

// Party returns the full name of the party that name names ("Conservative Party" for
// "Tories"), and whether it names one.
func (p *Parties) Party(name string) (string, bool) {
	g, ok := p.of[Norm(name, true)]
	if !ok {
		return "", false
	}
	return partyGroups[g][0], true
}

// IsAcronym reports whether short is the initials of the capitalised words of long:
// "BNP" of "British National Party".
func IsAcronym(short, long string) bool {
	if len(short) < 2 || len(short) > 8 || strings.ContainsRune(short, ' ') {
		return false
	}
	var initials []byte
	for _, w := range strings.Fields(long) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			initials = append(initials, w[0])
		}
	}
	return len(initials) >= 2 && string(initials) == strings.ReplaceAll(short, ".", "")
}

// Surname returns the surname of a person's name given as its normalised words: the last
// word but for a suffix after two words or more ("jr", "sr", a Roman numeral): "evans" of
// "charles evans jr", "paul" of "john paul ii".
func Surname(words []string) string {
	if len(words) == 0 {
		return ""
	}
	if n := len(words); n >= 3 && isSuffix(words[n-1]) {
		return words[n-2]
	}
	return words[len(words)-1]
}

// isSuffix reports whether w, normalised, is a suffix that follows a surname.
func isSuffix(w string) bool {
	switch w {
	case "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi":
		return true
	}
	return false
}

// Capitalise returns w with its first letter in upper case ("bank" -> "Bank", "élysée" ->
// "Élysée").
func Capitalise(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	if size == 0 || unicode.IsUpper(r) {
		return w
	}
	return string(unicode.ToUpper(r)) + w[size:]
}
