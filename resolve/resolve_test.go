package resolve

import "testing"

func TestResolve(t *testing.T) {
	ents := []Entity{
		{Type: "person", Name: "Tony Blair", Article: 1, Mentions: 3, Titles: []string{"Prime Minister"}, Parties: []string{"Labour"}},
		{Type: "person", Name: "Tony Blair", Article: 2, Mentions: 2},
		{Type: "person", Name: "Blair", Aliases: []string{"Mr Blair"}, Article: 3, Mentions: 1},
		{Type: "person", Name: "Gordon Brown", Article: 1, Mentions: 4, Titles: []string{"Chancellor"}},
		{Type: "person", Name: "Nick Brown", Article: 4, Mentions: 1, Titles: []string{"MP"}},
		{Type: "person", Name: "Brown", Aliases: []string{"Mr Brown"}, Article: 5, Titles: []string{"chancellor"}},
		{Type: "person", Name: "Brown", Aliases: []string{"Mrs Brown"}, Article: 6},
		{Type: "person", Name: "Ron Davies", Article: 7, Parties: []string{"Labour"}},
		{Type: "person", Name: "David Davies", Article: 8, Parties: []string{"Conservative"}},
		{Type: "person", Name: "Davies", Aliases: []string{"Mr Davies"}, Article: 9},
		{Type: "person", Name: "Davies", Aliases: []string{"Mr Davies"}, Article: 10, Parties: []string{"Tories"}},
		{Type: "organization", Name: "Labour", Article: 1},
		{Type: "organization", Name: "Labour Party", Article: 2},
		{Type: "organization", Name: "Tories", Article: 10},
		{Type: "organization", Name: "Conservative Party", Article: 8},
		{Type: "place", Name: "Leeds", Article: 1},
		{Type: "person", Name: "Paul O'Connell", Article: 11},
		{Type: "person", Name: "Donncha O'Connell", Article: 12},
		{Type: "person", Name: "P O'Connell", Article: 13},
		{Type: "person", Name: "A O'Connell", Article: 14},
		{Type: "person", Name: "A O'Connell", Article: 15},
		{Type: "person", Name: "P O'Connell", Article: 16},
		{Type: "person", Name: "P O'Connell", Article: 17},
		{Type: "organization", Name: "European Union", Aliases: []string{"EU"}, Article: 18},
		{Type: "organization", Name: "EU", Article: 19},
		{Type: "organization", Name: "EU", Article: 20},
		{Type: "organization", Name: "European Commission", Aliases: []string{"EC"}, Article: 21},
		{Type: "organization", Name: "European Community", Aliases: []string{"EC"}, Article: 22},
		{Type: "organization", Name: "EC", Article: 23},
		{Type: "place", Name: "EU", Article: 24},
		{Type: "place", Name: "Nazi Germany", Aliases: []string{"Germany"}, Article: 25},
		{Type: "place", Name: "Germany", Article: 26},
		{Type: "organization", Name: "House of Commons", Aliases: []string{"Commons"}, Article: 27},
		{Type: "organization", Name: "House of Commons", Aliases: []string{"Commons"}, Article: 28},
		{Type: "organization", Name: "House of Commons", Aliases: []string{"Commons"}, Article: 29},
		{Type: "organization", Name: "House of Commons", Aliases: []string{"Commons"}, Article: 30},
		{Type: "organization", Name: "House of Commons", Aliases: []string{"Commons"}, Article: 31},
		{Type: "organization", Name: "Commons", Article: 32},
		{Type: "person", Name: "Joe Ember", Article: 33},
		{Type: "person", Name: "Ember", Article: 34},
		{Type: "person", Name: "Ember", Article: 35},
		{Type: "person", Name: "Ember", Article: 36},
		{Type: "person", Name: "Ember", Article: 37},
		{Type: "person", Name: "Ember", Article: 38},
		{Type: "person", Name: "Ember", Aliases: []string{"Mr Ember"}, Article: 39},
		{Type: "person", Name: "Larry Mullen Jr", Article: 40},
		{Type: "person", Name: "Mullen", Article: 41},
	}
	r := Resolve(ents)
	same := func(i, j int) bool { return r.Of[i] == r.Of[j] }
	tests := []struct {
		i, j int
		want bool
		why  string
	}{
		{0, 1, true, "the same full name"},
		{0, 2, true, "Mr Blair: the only Blair"},
		{3, 4, false, "Gordon Brown is not Nick Brown"},
		{5, 3, true, "Mr Brown the chancellor is Gordon Brown"},
		{6, 3, false, "Mrs Brown is not Gordon Brown"},
		{6, 4, false, "Mrs Brown is not Nick Brown"},
		{7, 8, false, "Ron Davies is not David Davies"},
		{9, 7, false, "a Mr Davies with nothing to tell is neither"},
		{9, 8, false, "a Mr Davies with nothing to tell is neither"},
		{10, 8, true, "the Tory Mr Davies is the Conservative David Davies"},
		{11, 12, true, "Labour is the Labour Party"},
		{13, 14, true, "the Tories are the Conservative Party"},
		{11, 13, false, "Labour is not the Conservative Party"},
		{0, 15, false, "a person is not a place"},
		{18, 16, true, "P O'Connell is Paul O'Connell, the only O'Connell whose name begins with P"},
		{18, 17, false, "P O'Connell is not Donncha O'Connell"},
		{19, 16, false, "A O'Connell is no O'Connell named in full"},
		{19, 20, true, "A O'Connell is A O'Connell"},
		{24, 23, true, "the EU is the body that an article named in full calls EU"},
		{25, 23, true, "the EU is the body that an article named in full calls EU"},
		{28, 26, false, "the EC is not the European Commission when as many articles call another body so"},
		{28, 27, false, "the EC is not the European Community when as many articles call another body so"},
		{29, 23, false, "a place called EU is not the body"},
		{31, 30, false, "one article's Germany for Nazi Germany does not make Germany Nazi Germany"},
		{37, 32, true, "the Commons is the House of Commons that five articles call so"},
		{39, 38, false, "a word used alone in five articles is not the one person named so in full in one"},
		{44, 38, true, "but Mr Ember, with an honorific, is"},
		{46, 45, true, "Mullen is Larry Mullen Jr, whose surname comes before the suffix"},
	}
	for _, tt := range tests {
		if got := same(tt.i, tt.j); got != tt.want {
			t.Errorf("%s: %q and %q together %v (why: %q / %q)", tt.why, ents[tt.i].Name, ents[tt.j].Name, got, r.Why[tt.i], r.Why[tt.j])
		}
	}
	blair := r.Clusters[r.Of[0]]
	if blair.Name != "Tony Blair" || blair.Articles != 3 || blair.Mentions != 6 {
		t.Errorf("Blair's cluster: %+v", blair)
	}
	if c := r.Clusters[r.Of[18]]; c.Name != "Paul O'Connell" || c.Articles != 4 {
		t.Errorf("O'Connell's cluster: %+v, want it named by the first name, over initials", c)
	}
	if c := r.Clusters[r.Of[24]]; c.Name != "European Union" || c.Articles != 3 {
		t.Errorf("the EU's cluster: %+v, want it named in full", c)
	}
	for i, why := range r.Why {
		if why == "" {
			t.Errorf("no reason for %q", ents[i].Name)
		}
	}
	// The same entities give the same result.
	again := Resolve(ents)
	for i := range r.Of {
		if r.Of[i] != again.Of[i] || r.Why[i] != again.Why[i] {
			t.Fatalf("resolving twice differs at %d", i)
		}
	}
}
