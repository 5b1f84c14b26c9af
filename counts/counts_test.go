package counts

import "testing"

func TestCounts(t *testing.T) {
	var c Counts
	c.Add(3, 1, 2)
	if c.P() != 0.75 || c.R() != 0.6 || c.F1() < 0.6666 || c.F1() > 0.6667 {
		t.Errorf("P %v R %v F1 %v", c.P(), c.R(), c.F1())
	}
	if (Counts{}).F1() != 0 || Ratio(1, 0) != 0 {
		t.Error("empty counts must give 0")
	}
}
