package extract

// trigger is what a word may start: an event of a type.
type trigger struct {
	typ EventType
}

func eventTriggers() map[string][]trigger { return map[string][]trigger{} }

// findEvents finds the accountability events the article reports.
func (x *Extractor) findEvents(d *Document) {}
