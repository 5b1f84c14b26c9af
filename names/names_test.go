package names

import (
	"strings"
	"testing"
)

func TestIsAcronym(t *testing.T) {
	for _, tt := range []struct {
		short, long string
		want        bool
	}{
		{"BNP", "British National Party", true},
		{"EU", "European Union", true},
		{"U.N.", "United Nations", true},
		{"IMF", "International Monetary Fund", true},
		{"DS", "Nintendo DS", false},
		{"HIV", "Hepatitis B and HIV", false},
		{"Commons", "House of Commons", false},
		{"E", "Europe", false},
	} {
		if got := IsAcronym(tt.short, tt.long); got != tt.want {
			t.Errorf("IsAcronym(%q, %q) = %v, want %v", tt.short, tt.long, got, tt.want)
		}
	}
}

func TestSurname(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"charles evans jr", "evans"},
		{"john paul ii", "paul"},
		{"tony blair", "blair"},
		{"blair", "blair"},
		{"malcolm x", "x"},
		{"", ""},
	} {
		if got := Surname(strings.Fields(tt.name)); got != tt.want {
			t.Errorf("Surname(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestCapitalise(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"bank", "Bank"}, {"Bank", "Bank"}, {"élysée", "Élysée"}, {"", ""}, {"3m", "3m"},
	} {
		if got := Capitalise(tt.in); got != tt.want {
			t.Errorf("Capitalise(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
