package extract

// findAmounts finds counted quantities and sums of money.
func (x *Extractor) findAmounts(d *Document) {}

// findDates finds date and time expressions.
func (x *Extractor) findDates(d *Document) {}
