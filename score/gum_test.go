package score

import (
	"strings"
	"testing"

	"onrecord/record"
)

// gumSample is a two-paragraph article in CoNLL-U with GUM's Entity annotations: a headline,
// then a person named and referred to by a pronoun, a company in a multiword token
// ("Acme's"), a group of two people, and the person again by her title.
const gumSample = `# newdoc id = GUM_news_sample
# newpar
# sent_id = s-1
1	Mayor	mayor	NOUN	NN	_	2	nsubj	_	_
2	quits	quit	VERB	VBZ	_	0	root	_	_

# newpar
# newpar_block = p (2 s)
# sent_id = s-2
1	Ann	Ann	PROPN	NNP	Number=Sing	3	nsubj	_	Entity=(1-person-new-x-x-1-coref
2	Lee	Lee	PROPN	NNP	Number=Sing	1	flat	_	Entity=1)
3	said	say	VERB	VBD	_	0	root	_	_
4	she	she	PRON	PRP	PronType=Prs	5	nsubj	_	Entity=(1-person-giv-x-x-1-coref)
5	left	leave	VERB	VBD	_	3	ccomp	_	_
6-7	Acme's	_	_	_	_	_	_	_	_
6	Acme	Acme	PROPN	NNP	Number=Sing	8	nmod:poss	_	Entity=(5-abstract-new-x-x-1-sgl(2-organization-new-x-x-1-coref)
7	's	's	PART	POS	_	6	case	_	_
8	board	board	NOUN	NN	_	5	obj	_	Entity=5)|SpaceAfter=No
9	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = s-3
1	Bo	Bo	PROPN	NNP	Number=Sing	4	nsubj	_	Entity=(3-person-new-x-x-1-coref
2	and	and	CCONJ	CC	_	3	cc	_	_
3	Cy	Cy	PROPN	NNP	Number=Sing	1	conj	_	Entity=3)
4	met	meet	VERB	VBD	_	0	root	_	_
5	the	the	DET	DT	_	6	det	_	Entity=(1-person-giv-x-x-1-coref
6	Mayor	Mayor	PROPN	NNP	Number=Sing	4	obj	_	Entity=1)|SpaceAfter=No
7	.	.	PUNCT	.	_	4	punct	_	_
`

func TestReadGUM(t *testing.T) {
	d, err := ReadGUM("sample", strings.NewReader(gumSample))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Mayor quits\n\nAnn Lee said she left Acme's board. Bo and Cy met the Mayor."; d.Text != want {
		t.Fatalf("text %q, want %q", d.Text, want)
	}
	var got []string
	for _, m := range d.Mentions {
		p := ""
		if m.Proper {
			p = "+"
		}
		got = append(got, d.Text[m.Start:m.End]+"/"+m.Entity+"/"+m.Type+"/"+m.Form+p)
	}
	// "+" marks a mention with a proper noun of its own: not "Acme's board".
	want := "Ann Lee/1/person/name+ she/1/person/pronoun Acme/2/organization/name+ Acme's board/5/abstract/nominal Bo and Cy/3/person/nominal+ the Mayor/1/person/name+"
	if strings.Join(got, " ") != want {
		t.Errorf("mentions\n%s\nwant\n%s", strings.Join(got, " "), want)
	}
	for _, bad := range []string{
		"1\tAnn\tAnn\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(1-person\n", // never closed
		"1\tAnn\tAnn\tPROPN\tNNP\t_\t0\troot\t_\tEntity=1)\n",        // closed, not open
		"1\tAnn\tAnn\tPROPN\n",                        // too few columns
		"x\tAnn\tAnn\tPROPN\tNNP\t_\t0\troot\t_\t_\n", // no token id
	} {
		if _, err := ReadGUM("bad", strings.NewReader(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestGUMScore(t *testing.T) {
	d, err := ReadGUM("sample", strings.NewReader(gumSample))
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string, kind string) record.Mention {
		i := strings.LastIndex(d.Text, s)
		return record.Mention{Start: i, End: i + len(s), Text: s, Kind: kind}
	}
	right := []record.Entity{
		{ID: "E1", Type: "person", Mentions: []record.Mention{at("Ann Lee", "name"), at("she", "pronoun"), at("Mayor", "name")}},
		{ID: "E2", Type: "organization", Mentions: []record.Mention{at("Acme", "name")}},
		{ID: "E3", Type: "person", Mentions: []record.Mention{at("Bo", "name")}},
	}
	wrong := []record.Entity{
		{ID: "E1", Type: "person", Mentions: []record.Mention{at("Ann Lee", "name")}},
		{ID: "E2", Type: "place", Mentions: []record.Mention{at("Acme", "name"), at("she", "pronoun")}},
		{ID: "E3", Type: "person", Mentions: []record.Mention{at("Mayor", "name"), at("quits", "name")}},
	}
	for _, c := range []struct {
		name                  string
		ents                  []record.Entity
		names, links, pronoun PRF
	}{
		// "Bo" inside the group "Bo and Cy" counts neither way.
		{"right", right, PRF{TP: 3}, PRF{TP: 1}, PRF{TP: 1}},
		// "Acme" as a place is spurious and missed, "quits" spurious; "she" is tied to
		// the wrong one; "Mayor" is found but not with "Ann Lee".
		{"wrong", wrong, PRF{TP: 2, FP: 2, FN: 1}, PRF{FN: 1}, PRF{FP: 1, FN: 1}},
		{"none", nil, PRF{FN: 3}, PRF{}, PRF{FN: 1}},
	} {
		var s GUMScore
		var errs strings.Builder
		s.Errors = &errs
		s.AddArticle(d, &record.Record{Entities: c.ents})
		if s.Names != c.names || s.Links != c.links || s.Pronouns != c.pronoun {
			t.Errorf("%s: names %+v links %+v pronouns %+v, want %+v %+v %+v", c.name, s.Names, s.Links, s.Pronouns, c.names, c.links, c.pronoun)
		}
		// A line for each name missed or spurious and each pronoun wrong (counted as both
		// a false positive and a false negative), missed or spurious.
		want := c.names.FP + c.names.FN + c.pronoun.FP + c.pronoun.FN
		if c.pronoun.FP > 0 && c.pronoun.FN > 0 {
			want--
		}
		if n := strings.Count(errs.String(), "\n"); n != want {
			t.Errorf("%s: %d error lines, want %d:\n%s", c.name, n, want, errs.String())
		}
	}
}
