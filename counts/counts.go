// Package counts holds the counts a measure is made of: true positives, false positives
// and false negatives, with the precision, recall and F1 they give.
package counts

// Counts holds true positives, false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// Add adds counts.
func (c *Counts) Add(tp, fp, fn int) { c.TP += tp; c.FP += fp; c.FN += fn }

// P returns the precision, TP / (TP + FP), or 0 when nothing was found.
func (c Counts) P() float64 { return Ratio(c.TP, c.TP+c.FP) }

// R returns the recall, TP / (TP + FN), or 0 when nothing was to be found.
func (c Counts) R() float64 { return Ratio(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Ratio returns a / b, or 0 when b is 0.
func Ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
