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
	if dropSelfReferences(d) || added {
		renumberMentions(d)
	}
}

// dropSelfReferences unties "he", "her" and the like inside a direct quotation from the
// quotation's speaker, who does not speak of himself so ("Every week my respect for him
// goes up," Corry said: "him" is someone else), save inside an editor's square brackets
// ("[when he made his debut]"). It reports whether it dropped any.
func dropSelfReferences(d *Document) bool {
	var drop []bool // by mention, made when the first is found
	for _, q := range d.Quotes {
		if !q.Direct || q.Speaker < 0 {
			continue
		}
		from, to := d.TokenAt(q.Start), d.TokenAt(q.End)
		bracket := false
		for k := from; k < to && k < len(d.Tokens); k++ {
			switch d.Tok(k) {
			case "[":
				bracket = true
			case "]":
				bracket = false
			}
			m := d.MentionAt(k)
			if m < 0 || bracket || d.Mentions[m].Kind != PronounMention || d.Mentions[m].Entity != q.Speaker ||
				d.lex[k]&(lexMale|lexFemale) == 0 {
				continue
			}
			if drop == nil {
				drop = make([]bool, len(d.Mentions))
			}
			drop[m] = true
		}
	}
	if drop == nil {
		return false
	}
	out := d.Mentions[:0]
	for mi, m := range d.Mentions {
		if !drop[mi] {
			out = append(out, m)
		}
	}
	d.Mentions = out
	return true
}
