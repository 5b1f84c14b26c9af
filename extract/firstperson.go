package extract

// firstPersonMentions ties the first person inside a direct quotation to its speaker:
// "I", "me", "my" to a person who speaks, "we", "us", "our" to a body that does ("We will
// appeal," the club said). Words already part of a mention are left as they are.
func (x *Extractor) firstPersonMentions(d *Document) {
	added := false
	for _, q := range d.Quotes {
		if !q.Direct || q.Speaker < 0 {
			continue
		}
		typ := d.Entities[q.Speaker].Type
		if typ != Person && typ != Organization {
			continue
		}
		from, to := d.TokenAt(q.Start), d.TokenAt(q.End)
		for k := from; k < to && k < len(d.Tokens); k++ {
			if d.MentionAt(k) >= 0 {
				continue
			}
			switch d.Tok(k) {
			case "I", "me", "Me", "my", "My", "mine", "myself", "Myself":
				if typ != Person {
					continue
				}
			case "we", "We", "us", "Us", "our", "Our", "ours", "ourselves", "Ourselves":
				if typ != Organization {
					continue
				}
			default:
				continue
			}
			x.addMention(d, q.Speaker, k, k+1, PronounMention)
			added = true
		}
	}
	if added {
		renumberMentions(d)
	}
}
