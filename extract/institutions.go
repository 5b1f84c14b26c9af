package extract

import "strings"

// institutionNames lists public bodies that the news names by a common word or a place
// and that the named-entity tagger often misses or takes for something else: parliaments,
// departments, courts and the seats of government that stand for them ("Downing Street
// said"). Each line is one body, its names as written, separated by " = ".
const institutionNames = `Parliament
House of Commons
Commons
House of Lords
Lords
Cabinet
Treasury
Home Office
Foreign Office
Cabinet Office
Downing Street = Number 10 = No 10
Whitehall
High Court
Supreme Court
Court of Appeal
Crown Prosecution Service
Inland Revenue
Congress
Senate
House of Representatives
White House
Pentagon
State Department = Department of State
Justice Department = Department of Justice
Kremlin`

// institutions holds the names of institutionNames: as written, with single spaces; as
// normName keys them, each with the body it names; and the most words a name has.
type institutions struct {
	names    map[string]bool
	body     map[string]int // normName key -> the line of its body
	maxWords int
}

func newInstitutions() institutions {
	in := institutions{names: map[string]bool{}, body: map[string]int{}}
	for i, line := range strings.Split(institutionNames, "\n") {
		for _, name := range strings.Split(line, "=") {
			if w := strings.Fields(name); len(w) > 0 {
				name := strings.Join(w, " ")
				in.names[name] = true
				in.body[normName(name)] = i
				in.maxWords = max(in.maxWords, len(w))
			}
		}
	}
	return in
}

// same reports whether the institutions keyed a and b are one body: names of it
// ("Downing Street", "Number 10"), or one the end of the other ("Commons" of "House of
// Commons").
func (in institutions) same(a, b string) bool {
	ia, oka := in.body[a]
	ib, okb := in.body[b]
	return oka && okb && (ia == ib || strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a))
}

// at returns the end of the longest institution name that starts at token k, written
// with single spaces, or k.
func (in institutions) at(d *Document, k int) int {
	best := k
	for j := k; j < len(d.Tokens) && j-k < in.maxWords; j++ {
		if j > k && d.Text[d.Tokens[j-1].End:d.Tokens[j].Start] != " " {
			break
		}
		if in.names[d.Text[d.Tokens[k].Start:d.Tokens[j].End]] {
			best = j + 1
		}
	}
	return best
}

// markInstitutions makes organisations of the names that are institutions, and adds those
// the tagger missed: "the Commons", "Downing Street said".
func (x *Extractor) markInstitutions(d *Document) {
	covered := make([]int, len(d.Tokens)) // 1 + the index of the name over each token
	for i, n := range d.Names {
		for k := n.From; k < n.To; k++ {
			covered[k] = i + 1
		}
	}
	added := false
	for k := 0; k < len(d.Tokens); k++ {
		if !isCapitalised(d.Tok(k)) {
			continue
		}
		end := x.lex.inst.at(d, k)
		if end == k {
			continue
		}
		if i := covered[k] - 1; i >= 0 {
			n := &d.Names[i]
			if n.From+n.Title == k && n.To == end && n.Type != Person {
				n.Type = Organization // "Commons" tagged as something else
			}
			k = n.To - 1
			continue
		}
		free := true
		for j := k; j < end; j++ {
			free = free && covered[j] == 0
		}
		if free && !d.Sentences[d.SentenceOf(k)].Headline {
			d.Names = append(d.Names, Name{From: k, To: end, Type: Organization})
			added = true
		}
		k = end - 1
	}
	if added {
		sortNames(d.Names)
	}
}
