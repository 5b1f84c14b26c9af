package score

import (
	"testing"

	"onrecord/record"
)

func TestNorm(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Mr Blair", "blair"},
		{"Sir Alan Budd", "alan budd"},
		{"the Labour Party", "labour party"},
		{"Wright\u2019s", "wright"},
		{"BBC (Scotland)", "bbc scotland"},
		{"  Prof. Jay ", "jay"},
		{"ex-home secretary", "ex-home secretary"},
	}
	for _, tt := range tests {
		if got := Norm(tt.in, true); got != tt.want {
			t.Errorf("Norm(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := Norm("The Times", false); got != "the times" {
		t.Errorf("Norm without stripping = %q", got)
	}
}

func TestOverlap(t *testing.T) {
	if got := Overlap(Words("I am very sorry."), Words("very sorry")); got != 0.5 {
		t.Errorf("overlap %v, want 0.5", got)
	}
	if got := Overlap(Words("a a b"), Words("a b b")); got != 0.5 {
		t.Errorf("multiset overlap %v, want 0.5", got)
	}
	if got := Overlap(nil, nil); got != 0 {
		t.Errorf("empty overlap %v", got)
	}
}

func TestContainsWord(t *testing.T) {
	tests := []struct {
		hay, needle string
		want        bool
	}{
		{"shadow home secretary", "home secretary", true},
		{"home secretaryship", "home secretary", false},
		{"ex-home secretary", "home secretary", true},
		{"mp", "mp", true},
		{"mps", "mp", false},
	}
	for _, tt := range tests {
		if got := containsWord(tt.hay, tt.needle); got != tt.want {
			t.Errorf("containsWord(%q, %q) = %v", tt.hay, tt.needle, got)
		}
	}
}

func TestRecordScore(t *testing.T) {
	s := func(v string) *string { return &v }
	gold := &Gold{
		People:        []GoldName{{Name: "Shaun Wright", Aliases: []string{"Wright"}}, {Name: "Theresa May"}},
		Organizations: []GoldName{{Name: "Labour Party", Aliases: []string{"Labour"}}},
		Quotes:        []GoldQuote{{Text: "very sorry", Speaker: s("Shaun Wright")}, {Text: "take heed", Speaker: s("Theresa May")}},
		Roles:         []GoldRole{{Person: "Shaun Wright", Title: []string{"Police and Crime Commissioner", "PCC"}, Status: "current"}},
		Events: []GoldEvent{{Type: "resign", Subject: s("Shaun Wright"), Modality: "actual"},
			{Type: "call_to_resign", Subject: s("Shaun Wright"), By: s("Theresa May"), Modality: "actual"},
			{Type: "investigate", Subject: s("Shaun Wright"), Modality: "hypothetical"}},
	}
	rec := &record.Record{
		Entities: []record.Entity{{ID: "E1", Type: "person", Name: "Shaun Wright", Aliases: []string{"Mr Wright"}},
			{ID: "E2", Type: "organization", Name: "Labour"}, {ID: "E3", Type: "person", Name: "John Mann"}},
		Quotes: []record.Quote{{Text: "very sorry", Kind: "direct", Speaker: s("E1")}, {Text: "take heed", Kind: "direct", Speaker: s("E3")},
			{Text: "he would refer Wright", Kind: "indirect"}},
		Roles:  []record.Role{{Holder: "E1", Title: "PCC", Status: "current"}},
		Events: []record.Event{{Type: "resign", Subject: s("E1"), Modality: "actual"}, {Type: "call_to_resign", Subject: s("E1"), By: s("E3"), Modality: "actual"}},
	}
	var sc RecordScore
	sc.AddArticle("seed", gold, rec)
	check := func(what string, got PRF, tp, fp, fn int) {
		if got.TP != tp || got.FP != fp || got.FN != fn {
			t.Errorf("%s: %+v, want tp=%d fp=%d fn=%d", what, got, tp, fp, fn)
		}
	}
	check("person", sc.Person, 1, 1, 1)
	check("organization", sc.Organization, 1, 0, 0)
	check("quote", sc.Quote, 2, 0, 0)
	check("quote+speaker", sc.QuoteSpeak, 1, 1, 1)
	check("role", sc.Role, 1, 0, 0)
	check("event", sc.Event, 1, 1, 1)
}
