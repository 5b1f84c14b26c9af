package extract

import (
	"strings"

	"onrecord/text"
)

// How a trigger word relates the event's subject and agent to the words around it.
type triggerForm uint8

const (
	// selfForm: the subject does it: "X resigned", "X apologised", "X died".
	selfForm triggerForm = iota
	// agentForm: someone does it to someone: "Y sacked X", "X was sacked by Y",
	// "the suspension of X", "an inquiry into X".
	agentForm
	// callForm: someone urges it: "Y called on X to resign", "calls for X to quit".
	callForm
	// reportForm: a report: "a report by X", "X's report", "the X report".
	reportForm
)

// trigger is what a word may start.
type trigger struct {
	typ  EventType
	form triggerForm
	next string // a word that must follow, as "down" after "stood"; "" for none
	noun bool   // the word is a noun: "resignation", "inquiry"
}

func eventTriggers() map[string][]trigger {
	m := map[string][]trigger{}
	add := func(typ EventType, form triggerForm, next string, noun bool, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = append(m[w], trigger{typ, form, next, noun})
		}
	}
	add(Resign, selfForm, "", false, "resign resigned resigns resigning quit quits quitting retire retires retired retiring")
	add(Resign, selfForm, "", true, "resignation retirement departure")
	add(Resign, selfForm, "down", false, "step steps stepped stepping stand stands stood standing")
	add(Resign, selfForm, "from", false, "defected defects")
	add(RefuseToResign, selfForm, "to", false, "refused refuses refusing refuse")
	add(Dismiss, agentForm, "", false, "sacked sack sacks sacking fired dismissed expelled expel expels expelling deselected ousted oust axed deselect de-select de-selected")
	add(Dismiss, agentForm, "", true, "dismissal expulsion deselection sacking ousting")
	add(Suspend, agentForm, "", false, "suspended suspend suspends suspending")
	add(Suspend, agentForm, "", true, "suspension")
	add(Appoint, agentForm, "", false, "appointed appoint appoints appointing hired recruited promoted nominated")
	add(Appoint, agentForm, "", true, "appointment")
	add(Elect, selfForm, "", false, "elected re-elected")
	add(Elect, selfForm, "", true, "election")
	add(Elect, selfForm, "", false, "won wins win winning")
	add(Join, selfForm, "", false, "joined joins rejoined")
	add(Join, selfForm, "to", false, "defected defects")
	add(Investigate, agentForm, "", false, "investigate investigated investigates investigating probe probed probing arrested charged questioned interviewed")
	add(Investigate, agentForm, "", true, "investigation inquiry inquiries probe enquiry petition")
	add(Investigate, agentForm, "", false, "refer referred refers referring")
	add(Appoint, agentForm, "", false, "made")
	add(Appoint, selfForm, "", false, "became becomes become")
	add(Apologize, selfForm, "", false, "sorry")
	add(Apologize, selfForm, "", false, "apologise apologised apologises apologising apologize apologized apologizes apologizing")
	add(Apologize, selfForm, "", true, "apology")
	add(Deny, selfForm, "", false, "denied denies deny denying")
	add(Deny, selfForm, "", true, "denial")
	add(PublishReport, reportForm, "", true, "report findings review study audit reports reviews studies audits")
	add(Die, selfForm, "", false, "died dies")
	add(Die, selfForm, "", true, "death")
	add(CallToResign, callForm, "", false, "called calls call calling urged urges urging demanded demands demanding")
	return m
}

// findEvents finds the accountability events the article reports.
func (x *Extractor) findEvents(d *Document) {
	for si, s := range d.Sentences {
		if s.Headline {
			continue
		}
		for k := s.From; k < s.To; k++ {
			w := d.Tok(k)
			var buf [32]byte
			if len(w) > len(buf) || d.Tokens[k].Kind != 0 {
				continue
			}
			trs := x.lex.events[string(lowerASCII(buf[:0], w))]
			for _, t := range trs {
				if t.next != "" && !strings.EqualFold(d.Tok(k+1), t.next) {
					continue
				}
				if !infinitiveAllowed(d, s.From, k) {
					continue
				}
				if !t.noun && k > s.From && d.lex[k-1]&lexDeterminer != 0 {
					if nounToo(trs, t.typ) {
						continue // "a probe by the SEC": the noun's reading, not the verb's
					}
					if t.typ == Dismiss {
						t.noun = true // "threatened with the sack by City boss Kevin Keegan": a noun
					}
				}
				if t.typ == Dismiss && claimObject(d, k+1, s.To) {
					t = trigger{typ: Deny, form: selfForm} // "dismissed claims that ...", "dismissed the latest Tory attack"
				}
				x.readEvent(d, si, k, t)
			}
			if lw := strings.ToLower(w); (lw == "rejected" || lw == "refuted" || lw == "rebutted") && (isClaimWord(d.Tok(k+1)) || isClaimWord(d.Tok(k+2))) ||
				lw == "shrugged" && strings.EqualFold(d.Tok(k+1), "off") {
				x.readEvent(d, si, k, trigger{typ: Deny, form: selfForm})
			}
		}
	}
	dedupeEvents(d)
	reportAuthors(d)
	deadHoldNoPosts(d)
}

// dutyVerb reports whether w, after "charged with", names a duty rather than an offence:
// "charged with ensuring", "charged with overseeing".
func dutyVerb(w string) bool {
	switch strings.ToLower(w) {
	case "ensuring", "overseeing", "running", "leading", "delivering", "implementing", "managing", "looking",
		"making", "finding", "developing", "promoting", "protecting", "monitoring", "setting", "producing",
		"reviewing", "organising", "organizing", "drawing", "investigating", "examining", "improving", "tackling",
		"helping", "building", "creating", "coordinating", "co-ordinating", "advising", "preparing", "writing":
		return true
	}
	return false
}

// nounToo reports whether triggers trs, of one word, read it as a noun of type typ too.
func nounToo(trs []trigger, typ EventType) bool {
	for _, t := range trs {
		if t.noun && t.typ == typ {
			return true
		}
	}
	return false
}

// deadHoldNoPosts makes former the current posts of the people whose death the article
// reports: a post's status is as of the article's date ("Sir Tom Okafor, chairman of the
// Widget Society, has died" was its chairman).
func deadHoldNoPosts(d *Document) {
	for _, ev := range d.Events {
		if ev.Type != Die || ev.Modality != Actual || ev.Subject < 0 {
			continue
		}
		for i := range d.Roles {
			if r := &d.Roles[i]; r.Holder == ev.Subject && r.Status == Current {
				r.Status = Former
			}
		}
	}
}

// reportAuthors gives quotations whose source is a report ("the report said", "a report
// which revealed") the report's author, when the article names one author of a report
// ("the report ... by Professor Alexis Jay"): GOLD.md's person behind the document.
func reportAuthors(d *Document) {
	author := -1
	for _, ev := range d.Events {
		if ev.Type == PublishReport && ev.Subject >= 0 {
			if author >= 0 && author != ev.Subject {
				return // two authors: which report is meant is unsaid
			}
			author = ev.Subject
		}
	}
	if author < 0 {
		return
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		if q.Speaker >= 0 || !q.Source.Valid() {
			continue
		}
		k := d.TokenAt(q.Source.End - 1)
		if isRelative(d, k) && k > 0 {
			k-- // "a report which revealed"
		}
		switch strings.ToLower(d.Tok(k)) {
		case "report", "review", "study", "audit", "findings":
			q.Speaker = author
		}
	}
}

// isElectedPost reports whether a post's head word names one won at an election.
func isElectedPost(head string) bool {
	switch strings.ToLower(head) {
	case "mp", "msp", "mep", "am", "mla", "councillor", "mayor", "senator", "congressman", "congresswoman", "president", "governor":
		return true
	}
	return false
}

// isReviewWord reports whether w names a review, study or audit rather than a report.
func isReviewWord(w string) bool {
	switch strings.ToLower(w) {
	case "review", "study", "audit":
		return true
	}
	return false
}

// isClaimWord reports whether w names a claim that can be denied.
func isClaimWord(w string) bool {
	switch strings.ToLower(w) {
	case "claims", "claim", "allegations", "allegation", "reports", "report", "suggestions", "suggestion",
		"speculation", "accusations", "accusation", "charges", "criticism", "rumours", "rumors", "attack", "attacks":
		return true
	}
	return false
}

// claimObject reports whether the object that starts at token i, before end, is a claim:
// "claims that", "the allegations", "the latest Tory attack".
func claimObject(d *Document, i, end int) bool {
	for j := i; j < end && j-i < 4; j++ {
		if isClaimWord(d.Tok(j)) {
			return true
		}
		if d.Tokens[j].Kind != text.Word || d.lex[j]&(lexVerbLike|lexCue) != 0 || d.lex[j]&lexStop != 0 && d.lex[j]&lexDeterminer == 0 {
			return false
		}
	}
	return false
}

// infinitiveAllowed reports whether a verb at token k may start an event of its own: a
// verb after "to" does only after a verb of plan or threat ("threatened to suspend", "is
// to stand down"), not after a call or refusal, which their own triggers read.
func infinitiveAllowed(d *Document, start, k int) bool {
	if k-1 < start || !strings.EqualFold(d.Tok(k-1), "to") {
		return true
	}
	if k-2 < start {
		return false // "To resign..." opens the sentence: no verb of plan before it
	}
	// "prompted Sir Stanley Odell to resign", "forced him to quit".
	if m := d.MentionAt(k - 2); m >= 0 || d.lex[k-2]&lexPronoun != 0 {
		from := k - 2
		if m >= 0 {
			from = d.titleBefore(start, d.Mentions[m].From) // "prompted association president Sir Stanley Odell"
		}
		switch strings.ToLower(d.Tok(from - 1)) {
		case "prompted", "forced", "led", "caused", "persuaded", "pressured", "pushed", "pressed", "compelled", "leading", "forcing", "prompting":
			return true
		}
	}
	switch strings.ToLower(d.Tok(k - 2)) {
	case "threatened", "threatens", "threatening", "plans", "planned", "planning", "intends", "intended",
		"is", "are", "was", "were", "expected", "set", "going", "decided", "agreed", "forced", "announced",
		"wants", "wanted", "hopes", "had", "has", "have", "about", "due", "likely", "prepared", "ready", "chose", "opted",
		"attempt", "attempts", "move", "bid", "bids", "motion", "campaign", "push", "vote", "voted":
		return true
	}
	return false
}

// readEvent reads the event that trigger t at token k of sentence si starts, if any.
func (x *Extractor) readEvent(d *Document, si, k int, t trigger) {
	s := d.Sentences[si]
	win := false       // won an election or a seat
	deniedBy := false  // "were denied by X": X denies
	elected := -1      // whom an attributive "elected" elects: "the newly elected MP, Ann Lee"
	var electedTo Span // and to what
	if m := d.MentionAt(k); m >= 0 && isCapitalised(d.Tok(k)) && (!opensSentence(d, k) || d.Mentions[m].To > k+1) &&
		!(d.Mentions[m].To == k+1 && (d.Tok(k) == "Inquiry" || d.Tok(k) == "Enquiry")) {
		// "Arrested Development star Jason Bateman", "CSI: Crime Scene Investigation", "the
		// National Review": a name, no event; but "the Hutton Inquiry" is one.
		return
	}
	switch strings.ToLower(d.Tok(k)) {
	case "refer", "referred", "refers", "referring":
		j := indexWord(d, k+1, min(s.To, k+7), "to")
		if j < 0 {
			j = indexWord(d, k+1, min(s.To, k+7), "for")
		}
		if j < 0 || strings.EqualFold(d.Tok(j+1), "as") || j == k+1 && !isPassive(d, s.From, k) {
			return // "referred to as", "referring to Mr Foley's murder": words, not a case sent on
		}
	case "retire", "retires", "retired", "retiring":
		if leavesMatch(d, k+1, s.To) {
			return // "retired hurt", "had to retire with an ankle injury", "retired against Hrbaty": a match, not a post
		}
		if j := k - 1; d.Tok(k) == "retired" && (j >= s.From && (d.lex[j]&(lexDeterminer|lexPossessive|lexNumberWord) != 0 || d.Tokens[j].Kind == text.Number) ||
			d.isHead(k+1) || d.isPlainWord(k+1) && strings.HasSuffix(d.Tok(k+1), "s") && !strings.HasSuffix(d.Tok(k+1), "ss")) {
			return // "a retired nurse", "95 retired generals", "sign foreigners and retired internationals": who they are, not what they did
		}
	case "questioned", "interviewed":
		// "police questioned Mr Gray", "he was questioned"; not "questioned whether",
		// "questioned the health of X" or "questioned Cruz's eligibility".
		if !isPassive(d, s.From, k) && !personObject(d, k+1) {
			return
		}
		if isPassive(d, s.From, k) {
			j := k - 1
			for j > s.From && d.auxiliary(j) {
				j--
			}
			if d.MentionAt(j) < 0 && isLowerWord(d.Tok(j)) && d.lex[j]&lexPronoun == 0 {
				return // "Mr Llwyd's theory has been questioned": a thing is doubted, no one questioned
			}
		}
	case "suspended", "suspend", "suspends", "suspending", "suspension":
		if suspendsThing(d, k+1, min(s.To, k+9)) {
			return // "suspend her prison sentence", "suspended trading", "the suspension of talks"
		}
	case "nominated", "nominate", "nominates":
		j := k + 1
		for j < s.To && j-k <= 3 && d.Tokens[j].Kind == text.Word && isLowerWord(d.Tok(j)) && d.Tok(j) != "for" && d.Tok(j) != "in" {
			j++ // "nominated this year for"
		}
		if w := strings.ToLower(d.Tok(j)); (w == "for" || w == "in") && (!d.postWithin(j+1, min(s.To, j+6)) || strings.EqualFold(d.Tok(j+1), "best")) {
			return // "nominated for best actress", "for a Golden Globe", "in three categories": a prize, not a post
		}
		if k > s.From && (possessiveS(d.Tok(k-1)) || d.lex[k-1]&lexDeterminer != 0) && isLowerWord(d.Tok(k+1)) {
			return // "The Aviator's nominated producers", "the nominated films": who they are
		}
	case "dismissed":
		if strings.EqualFold(d.Tok(k+1), "as") {
			return // "the bets were dismissed as a publicity stunt": waved away, no one sacked
		}
		if m := d.MentionAt(k + 1); m >= 0 && possessiveMark(d.Tok(d.Mentions[m].To)) {
			return // "dismissed Gordon Brown's Budget as ...": a thing of his waved away
		}
		if t.typ == Dismiss && !isPassive(d, s.From, k) && !personObject(d, k+1) && !titleObject(d, k+1, s.To) {
			return // "Tony Blair dismissed questions about the advice": waved away, no one sacked
		}
		fallthrough
	case "dismissal":
		if sendingOff(d, s.From, s.To) {
			return // "referee Anders Frisk, who later dismissed Didier Drogba": sent off, not sacked
		}
	case "ousted":
		if !isPassive(d, s.From, k) && scoreWithin(d, k+1, min(s.To, k+12)) {
			return // "who ousted seventh-seeded Nathalie Dechy of France 6-1 6-2": beaten in a match
		}
	case "fired":
		switch strings.ToLower(d.Tok(k + 1)) {
		case "up", "at", "into", "off", "shots", "shot", "rockets", "missiles", "bullets", "warning":
			return // "we are fired up", "fired at police", "fired off 2.4 billion": not a dismissal
		}
	case "denied", "denies", "deny", "denying":
		if strings.EqualFold(d.Tok(k-1), "or") && (strings.EqualFold(d.Tok(k-2), "confirm") || strings.EqualFold(d.Tok(k-2), "admit")) {
			return // "have yet to confirm or deny the meeting": no denial
		}
		if isPassive(d, s.From, k) {
			if !strings.EqualFold(d.Tok(k+1), "by") {
				return // "will be denied a visa", "was denied bail": refused something, no denial
			}
			deniedBy = true // "his claims were denied by Jack Straw": Straw denies
		} else if strings.EqualFold(d.Tok(k+1), "by") {
			deniedBy = true // "claims denied by Labour": so does Labour
		}
		switch strings.ToLower(d.Tok(k + 1)) {
		case "him", "us", "me":
			return // "denied him a second goal": kept from something, no denial
		}
		obj := k + 1
		if d.lex[obj]&lexDeterminer != 0 {
			obj++
		}
		switch strings.ToLower(d.Tok(obj)) {
		case "bail", "access", "entry", "permission", "parole", "asylum", "visa", "visas", "funding", "treatment", "chance", "opportunity", "place":
			return // "repeatedly denied bail", "will be automatically denied a visa": refused it, no denial
		}
		if m := d.MentionAt(k + 1); m >= 0 && d.Mentions[m].Kind == NameMention && d.Entities[d.Mentions[m].Entity].Type == Person {
			// "Martyn denied Rooney in injury-time", "James denied Damien Duff, ...": a
			// person kept from something; not "denied Mr Brown made that quote" or "denied
			// Blair's claims".
			if a := d.Mentions[m].To; a >= s.To || d.Tokens[a].Kind == text.Punct || d.lex[a]&(lexDeterminer|lexStop) != 0 && d.lex[a]&lexVerbLike == 0 && !possessiveMark(d.Tok(a)) {
				return
			}
		}
	case "charged":
		switch strings.ToLower(d.Tok(k + 1)) {
		case "down", "up", "into", "at", "through", "forward", "ahead", "towards", "toward":
			return // "his chip was charged down": a tackle, not a charge
		}
		if strings.EqualFold(d.Tok(k+1), "with") && dutyVerb(d.Tok(k+2)) {
			return // "is charged with ensuring order in the chamber": a duty, not a charge
		}
	case "denial":
		if strings.EqualFold(d.Tok(k-1), "in") {
			return // "still in denial that it can happen to us"
		}
	case "made", "became", "becomes", "become":
		if j := indexWord(d, k+1, min(s.To, k+8), "Order"); j >= 0 && strings.EqualFold(d.Tok(j+1), "of") {
			return // "is made a Commander of the Order of Bath": an honour, not a post
		}
		// "was made permanent secretary", "became a UK disability minister": posts only;
		// elected posts are elections.
		from, headEnd, _, ok := d.titleAfter(k+1, s.To)
		if !ok || from-k > 3 {
			return
		}
		if strings.ToLower(d.Tok(k)) == "made" && !isPassive(d, s.From, k) {
			return
		}
		if isElectedPost(d.Tok(headEnd - 1)) {
			t = trigger{typ: Elect, form: selfForm}
		}
	case "elected", "re-elected":
		if from, headEnd, end, ok := d.titleAfter(k+1, s.To); ok && from == k+1 && !isPassive(d, s.From, k) &&
			(k > s.From && (d.lex[k-1]&(lexDeterminer|lexPossessive) != 0 || strings.HasSuffix(d.Tok(k-1), "ly")) || strings.HasSuffix(d.Tok(headEnd-1), "s")) {
			// "the newly elected MP for Sedgefield, Tony Blair", "newly elected MP Ann Lee":
			// whoever the title is, or no one named.
			e := -1
			if m := d.MentionAt(headEnd); m >= 0 && d.Mentions[m].From == headEnd {
				e = d.Mentions[m].Entity
			} else if end+1 < s.To && d.Tok(end) == "," {
				e = d.mentionEntity(end + 1)
			}
			if e < 0 || d.Entities[e].Type != Person {
				return
			}
			elected, electedTo = e, d.TokenSpan(from, headEnd)
		}
	case "won", "wins", "win", "winning":
		// "won the seat", "helped John Howard win four elections"; a person's only.
		if !wonElection(d, k+1, min(s.To, k+6)) {
			return
		}
		win = true
	case "joined", "joins", "rejoined":
		// "joined the Labour party", not "joined the calls for him to go", "joined the
		// backbenches" or "joined forces with": what is joined is a body.
		if strings.EqualFold(d.Tok(k+1), "forces") || !x.joinsBody(d, k+1, min(s.To, k+6)) {
			return
		}
	case "sorry":
		if j := k - 1; j < s.From || !(d.lex[j]&lexVerbLike != 0 || strings.EqualFold(d.Tok(j), "very") || strings.EqualFold(d.Tok(j), "deeply") || strings.EqualFold(d.Tok(j), "truly") || d.quoteMarkAt(j)) {
			return
		}
	}
	ev := Event{Type: t.typ, Subject: -1, By: -1, Evidence: d.TokenSpan(s.From, s.To), Trigger: d.TokenSpan(k, k+1), Nominal: t.noun}
	ev.Modality = modalityBefore(d, s.From, k)
	switch {
	case elected >= 0:
		ev.Subject = elected
		if w := strings.ToLower(d.Tok(k - 1)); w == "newly" || w == "recently" {
			ev.Modality = Actual // "newly elected" is done, whatever the sentence's tense
		}
	case t.form == selfForm:
		x.selfEvent(d, &ev, s.From, s.To, k, t)
		if deniedBy {
			ev.Subject, ev.By = x.agentAfterBy(d, k+1, s.To), -1
		}
	case t.form == agentForm:
		x.agentEvent(d, &ev, s.From, s.To, k, t)
	case t.form == callForm:
		x.callEvents(d, ev, s.From, s.To, k)
		return
	case t.form == reportForm:
		x.reportEvent(d, &ev, s.From, s.To, k)
	}
	if ev.Subject < 0 {
		return
	}
	if ev.Type != RefuseToResign && t.form != callForm && ev.Modality != Denied && isNegated(d, s.From, k) {
		ev.Modality = Denied // "has no plans to become a manager", "was not suspended"
	}
	// Only people resign, are elected, appointed, sacked or suspended, or die; a body's name
	// there is a subject found too far off ("where three CEOs have quit" after "the City"),
	// a party ("to get Labour re-elected", "if Labour wins the election"), or what a body
	// did ("Christian Aid condemned the move, saying ... jobs ... being axed", "Yukos
	// shares ... suspended"), but for "the death of X", whom the tagger may have taken for
	// a body.
	if typ := d.Entities[ev.Subject].Type; typ != Person &&
		(typ != Organization || t.typ == Resign || t.typ == RefuseToResign || t.typ == Elect || t.typ == Appoint ||
			t.typ == Dismiss || t.typ == Suspend || t.typ == Die && !t.noun) {
		return
	}
	if win {
		if !strings.EqualFold(d.Tok(k), "won") && ev.Modality == Actual && !helpedTo(d, s.From, k) {
			return // "go out and win the next election": only "won" tells it happened
		}
	}
	ev.Post = x.postOf(d, ev.Subject, k, s.To)
	if ev.Post == "" && elected >= 0 {
		ev.Post = d.Slice(electedTo) // "the newly elected MP for Sedgefield": MP
	}
	if ev.Post == "" && (t.typ == Resign || t.typ == Dismiss || t.typ == Suspend) {
		ev.Post = titleOfMention(d, ev.Subject, s.From, s.To) // "the resignation of the then Home Secretary David Blunkett"
	}
	d.Events = append(d.Events, ev)
	// "the resignation of X, Y and Z": one event for each.
	if t.form == selfForm && t.noun && strings.EqualFold(d.Tok(k+1), "of") {
		for j := k + 2; j < s.To && j-k < 10; j++ {
			if m := d.MentionAt(j); m >= 0 && d.Mentions[m].Entity == ev.Subject {
				for _, n := range listedAfter(d, d.Mentions[m].To, s.To) {
					more := ev
					more.Subject = n.Entity
					more.Post = titleOfMention(d, n.Entity, s.From, s.To) // "director-general Greg Dyke"
					d.Events = append(d.Events, more)
				}
				break
			}
		}
	}
	// "Mr Afzal, Mr Islam and Mr Kazi deny ...": one event for each.
	if t.form == selfForm && !t.noun {
		for _, e := range x.coordinated(d, ev.Subject, s.From, k) {
			more := ev
			more.Subject = e
			d.Events = append(d.Events, more)
		}
	}
}

// leavesMatch reports whether the words in tokens [from, to) after "retired" tell of
// leaving a match hurt rather than a post or a career: "with an ankle injury", "hurt",
// "from their match", "against Dominik Hrbaty", "when 6-2 3-0 down".
func leavesMatch(d *Document, from, to int) bool {
	for j := from; j < to && j-from < 6; j++ {
		switch strings.ToLower(d.Tok(j)) {
		case "hurt", "injured", "injury", "match", "set", "against":
			return true
		case "when":
			return j+1 < to && isNumberToken(d, j+1)
		}
	}
	return false
}

// titleObject reports whether the object that starts at token j, before end, is someone
// named by a post: "their manager", "the chairman", "its chief executive".
func titleObject(d *Document, j, end int) bool {
	for j < end && d.lex[j]&(lexDeterminer|lexPossessive) != 0 {
		j++
	}
	if j+1 < end && !d.isTitleWord(j) && isLowerWord(d.Tok(j)) && d.lex[j]&lexStop == 0 {
		j++ // "their new manager"
	}
	return j < end && d.isTitleWord(j)
}

// sendingOff reports whether the sentence of tokens [from, to) tells of a player sent off
// a field ("referee", "red card", "sent off"): a dismissal in a game.
func sendingOff(d *Document, from, to int) bool {
	for j := from; j < to; j++ {
		switch strings.ToLower(d.Tok(j)) {
		case "referee", "referees", "sending-off":
			return true
		case "red", "sent":
			if w := strings.ToLower(d.Tok(j + 1)); w == "card" || w == "off" {
				return true // "a red card", "sent off"
			}
		}
	}
	return false
}

// scoreWithin reports whether tokens [from, to) hold a game's score ("6-1", "3-0").
func scoreWithin(d *Document, from, to int) bool {
	for j := from; j < to; j++ {
		if w := d.Tok(j); isNumberToken(d, j) && strings.Count(w, "-") == 1 && !strings.HasPrefix(w, "-") && !strings.HasSuffix(w, "-") {
			return true
		}
	}
	return false
}

// suspendsThing reports whether what is suspended, in tokens [from, to) before a
// preposition other than "of", is a thing rather than a person or a membership: a
// sentence, a campaign, trading, talks.
func suspendsThing(d *Document, from, to int) bool {
	for j := from; j < to; j++ {
		w := strings.ToLower(d.Tok(j))
		switch w {
		case "sentence", "sentences", "campaign", "operations", "trading", "talks", "production", "flights",
			"services", "service", "payments", "ads", "advertising", "play", "match", "game", "games", "work",
			"construction", "sales", "exports", "imports", "aid", "deliveries", "broadcasts", "publication",
			"plans", "plan", "search", "programme", "program":
			return true
		}
		if d.MentionAt(j) >= 0 && !possessiveBeforeNoun(d, j) || w != "of" && d.lex[j]&lexStop != 0 && d.lex[j]&(lexDeterminer|lexPossessive) == 0 {
			return false
		}
	}
	return false
}

// postWithin reports whether tokens [from, to) name a post or what is stood for: a
// title's head word ("treasurer", "chairman"), or "post", "seat", "leadership" and the like.
func (d *Document) postWithin(from, to int) bool {
	for j := from; j < to; j++ {
		if d.isHead(j) {
			return true
		}
		switch strings.ToLower(d.Tok(j)) {
		case "post", "position", "job", "seat", "leadership", "presidency", "chairmanship", "candidacy", "candidate",
			"election", "office", "board", "bench", "peerage":
			return true
		}
	}
	return false
}

// personObject reports whether the object that starts at token j is a person: a person's
// name whole, perhaps after a title (not "Cruz's eligibility"), or a pronoun that is no
// possessive ("him", "her on Monday", not "her proposals").
func personObject(d *Document, j int) bool {
	for k := j; k < len(d.Tokens) && k-j < 4 && d.MentionAt(k) < 0 && (d.lex[k]&lexDeterminer != 0 || d.isTitleWord(k)); k++ {
		if d.MentionAt(k+1) >= 0 {
			j = k + 1 // "councillor Peter Gray", "the Labour MP Peter Gray"
		}
	}
	if m := d.MentionAt(j); m >= 0 && d.Mentions[m].From == j {
		mm := d.Mentions[m]
		return d.Entities[mm.Entity].Type == Person && !possessiveMark(d.Tok(mm.To)) && !possessiveBeforeNoun(d, j)
	}
	switch strings.ToLower(d.Tok(j)) {
	case "him", "them":
		return true
	case "her":
		return !possessiveBeforeNoun(d, j)
	}
	return false
}

// possessiveBeforeNoun reports whether token j is a possessive pronoun before a noun:
// "his campaign", "her proposals"; not "her into the post" or "her indefinitely".
func possessiveBeforeNoun(d *Document, j int) bool {
	if d.lex[j]&lexPossessive == 0 || j+1 >= len(d.Tokens) {
		return false
	}
	w := d.Tok(j + 1)
	return isCommonWord(w) && d.lex[j+1]&lexStop == 0 && !strings.HasSuffix(w, "ly")
}

// issuedWord reports whether w is a passive verb that puts a report out: "a report was
// published by the IFS".
func issuedWord(w string) bool {
	switch strings.ToLower(w) {
	case "published", "released", "issued", "produced":
		return true
	}
	return false
}

// wonElection reports whether what is won, in tokens [from, to) before any
// punctuation, is an election or a seat: "won the seat", "win four elections".
func wonElection(d *Document, from, to int) bool {
	for j := from; j < to && d.Tokens[j].Kind != text.Punct; j++ {
		switch strings.ToLower(d.Tok(j)) {
		case "election", "elections", "by-election", "seat", "seats", "re-election", "primary", "leadership", "ballot":
			return true
		}
	}
	return false
}

// joinsBody reports whether the phrase that starts at token from, before token to, names
// a body: an organisation, or a word for a kind of body ("party", "union"). The phrase
// ends at punctuation or a function word that is no determiner ("the calls for ...").
func (x *Extractor) joinsBody(d *Document, from, to int) bool {
	for j := from; j < to && d.Tokens[j].Kind != text.Punct && (d.lex[j]&lexStop == 0 || d.lex[j]&lexDeterminer != 0); j++ {
		if e := d.mentionEntity(j); e >= 0 && d.Entities[e].Type == Organization || d.lex[j]&(lexOrgHead|lexGenericOrg) != 0 {
			return true
		}
		switch strings.ToLower(d.Tok(j)) {
		case "service", "army", "navy", "forces", "cabinet", "board", "union", "party", "committee", "staff",
			"company", "firm", "club", "team", "band", "bank", "government", "organisation", "organization":
			return true
		}
	}
	return false
}

// coordinated returns the other people listed with subject before token k: "A, B and C
// deny", "A and B are calling".
func (x *Extractor) coordinated(d *Document, subject, start, k int) []int {
	at := -1
	for j := k - 1; j >= start; j-- {
		if d.mentionEntity(j) == subject {
			at = d.Mentions[d.MentionAt(j)].From
			break
		}
	}
	if at < 0 {
		return nil
	}
	var out []int
	j := d.titleBefore(start, at) - 1 // "and Labour MP Simon Danczuk"
	for j > start {
		w := d.Tok(j)
		if w != "and" && w != "," {
			break
		}
		// Skip an apposition such as ", the shadow policing minister,", set off by commas:
		// not "the founding Agnelli family and Mr Morchio", where the name qualifies.
		p := j - 1
		for p >= start && d.MentionAt(p) < 0 && j-p <= 6 && (d.isTitleWord(p) || d.lex[p]&lexDeterminer != 0 || d.Tok(p) == ",") {
			p--
		}
		if p < j-1 && isLowerWord(d.Tok(j-1)) {
			break
		}
		e := d.mentionEntity(p)
		if e < 0 || d.Entities[e].Type != d.Entities[subject].Type || e == subject {
			break
		}
		out = append(out, e)
		j = d.titleBefore(start, d.Mentions[d.MentionAt(p)].From) - 1
	}
	return out
}

// selfEvent finds the subject of an event its subject does: "X resigned", "X's
// resignation", "the death of X", "X refused to resign".
func (x *Extractor) selfEvent(d *Document, ev *Event, start, end, k int, t trigger) {
	if t.typ == RefuseToResign {
		v := strings.ToLower(d.Tok(k + 2))
		switch v {
		case "resign", "quit", "go":
		case "step", "stand":
			if !strings.EqualFold(d.Tok(k+3), "down") {
				return
			}
		default:
			return
		}
	}
	if t.typ == Elect && t.noun {
		return // "the election" names no one elected
	}
	if t.noun {
		if e := possessorBefore(d, k); e >= 0 {
			ev.Subject = e
			return
		}
		if j := indexWord(d, k+1, min(end, k+5), "of"); j >= 0 {
			// "the death earlier this year of X", "the resignation of its chairman, Sir Phil
			// Watts"; not "the death of this woman, he ...".
			oe := objectEnd(d, j+1, min(end, j+8))
			ev.Subject = x.entityAfter(d, j+1, oe)
			if t.typ == Die && ev.Subject >= 0 && d.Entities[ev.Subject].Type != Person {
				// "the death of former Ireland coach and Lions flanker Mike Doyle": the person
				if p := firstActor(d, j+1, oe, Person); p >= 0 {
					ev.Subject = p
				}
			}
			if m := d.MentionAt(oe + 1); ev.Subject < 0 && oe+1 < end && d.Tok(oe) == "," && m >= 0 &&
				d.Mentions[m].Kind == NameMention && d.Entities[d.Mentions[m].Entity].Type == Person {
				ev.Subject = d.Mentions[m].Entity
			}
			return
		}
		if t.typ == Apologize && !givesApology(d, start, k) {
			return // "to have had the apology", "after an apology": whoever gives it, the sentence does not say
		}
		if t.typ != Die && t.typ != Resign {
			ev.Subject = x.actorOf(d, k, start)
		}
		return
	}
	if isNegated(d, start, k) && t.typ == Resign {
		// "will not resign", "said he would not step down": the refusal is actual.
		ev.Type = RefuseToResign
		if ev.Modality == Planned || ev.Modality == Hypothetical && indexWord(d, start, k, "if") < 0 && indexWord(d, start, k, "unless") < 0 {
			ev.Modality = Actual
		}
	}
	if isPassive(d, start, k) && t.typ == Elect {
		ev.Subject = x.postActor(d, k, start)
		return
	}
	if e := gerundSubject(d, k); e >= 0 {
		ev.Subject = e // "the saga which ended with Mr Blunkett quitting"
	} else {
		ev.Subject = x.postActor(d, k, start)
	}
	if t.typ == Deny {
		ev.By = x.claimant(d, k+1, end, ev.Subject)
	}
}

// givesApology reports whether the apology at token k is made by the sentence's subject:
// "has made an apology", "issued a public apology", "offered his apology"; not "to have
// had the apology", "welcomed his apology" or "after an apology".
func givesApology(d *Document, start, k int) bool {
	for j, n := k-1, 0; j >= start && n < 4; j-- {
		if d.quoteMarkAt(j) {
			continue // "made an "unreserved" apology"
		}
		n++
		switch strings.ToLower(d.Tok(j)) {
		case "made", "make", "makes", "making", "issued", "issue", "issues", "issuing", "offered", "offer", "offers",
			"offering", "gave", "give", "gives", "giving", "delivered", "tendered", "published", "posted", "sent", "extended":
			return true
		}
	}
	return false
}

// titleOfMention returns the post named just before entity e's name in tokens
// [from, to), without "the", "then" or "former", or "".
func titleOfMention(d *Document, e, from, to int) string {
	for k := from; k < to; k++ {
		m := d.MentionAt(k)
		if m < 0 || d.Mentions[m].Entity != e || d.Mentions[m].Kind != NameMention {
			continue
		}
		start := d.titleBefore(from, d.Mentions[m].From)
		for start < d.Mentions[m].From && d.lex[start]&(lexFormer|lexDeterminer) != 0 {
			start++
		}
		if start < d.Mentions[m].From {
			return d.Slice(d.TokenSpan(start, d.Mentions[m].From))
		}
		return ""
	}
	return ""
}

// topicPerson returns the person the article names most often, by name, when named at
// least three times; else -1.
func topicPerson(d *Document) int {
	best, most := -1, 2
	for e, ent := range d.Entities {
		if ent.Type != Person {
			continue
		}
		n := 0
		for _, mi := range ent.Mentions {
			if d.Mentions[mi].Kind == NameMention {
				n++
			}
		}
		if n > most {
			best, most = e, n
		}
	}
	return best
}

// gerundSubject returns the person named just before a verb in -ing, or -1.
func gerundSubject(d *Document, k int) int {
	if !strings.HasSuffix(d.Tok(k), "ing") {
		return -1
	}
	if e := d.mentionEntity(k - 1); e >= 0 && d.Entities[e].Type == Person {
		return e
	}
	return -1
}

// claimant returns who made the claim a denial answers: "denied claims from X", "rejected
// allegations by X", "shrugged off claims from Conservative leader Michael Howard".
func (x *Extractor) claimant(d *Document, from, end, subject int) int {
	for j := from; j < end && j-from <= 4; j++ {
		if isClaimWord(d.Tok(j)) {
			if w := strings.ToLower(d.Tok(j + 1)); w == "from" || w == "by" || w == "of" {
				return x.entityAfter(d, j+2, min(end, j+10))
			}
			if e := possessorBefore(d, j); e >= 0 || !determinedClaim(d, j) {
				return e
			}
			return x.soleAlleger(d, subject)
		}
	}
	return -1
}

// determinedClaim reports whether the claim word at token j is a particular one the
// article reports elsewhere: "the claims", "a report", "these allegations".
func determinedClaim(d *Document, j int) bool {
	for k := j - 1; k >= 0 && j-k <= 3; k-- {
		switch strings.ToLower(d.Tok(k)) {
		case "the", "a", "these", "those", "this", "that", "an":
			return true
		}
		if d.lex[k]&lexStop != 0 && !isLowerWord(d.Tok(k)) {
			break
		}
	}
	return false
}

// soleAlleger returns the one person or body the article says alleged, claimed or
// reported something, other than subject ("The Sunday Times alleged ..." for "he denied
// the claims"); -1 if none or several did.
func (x *Extractor) soleAlleger(d *Document, subject int) int {
	who := -1
	for _, s := range d.Sentences {
		if s.Headline {
			continue
		}
		for k := s.From; k < s.To; k++ {
			switch strings.ToLower(d.Tok(k)) {
			case "alleged", "alleges", "claimed", "claims", "reported", "reports":
			default:
				continue
			}
			if insideQuote(d, k) || k == s.From || d.auxiliary(k-1) && strings.EqualFold(d.Tok(k-1), "was") {
				continue // "was reported", and a noun opening a sentence
			}
			j := k - 1
			for j > s.From && k-j <= 2 && (d.auxiliary(j) || strings.HasSuffix(d.Tok(j), "ly")) {
				j-- // "had reported", "has repeatedly claimed"
			}
			e := d.mentionEntity(j) // who right before it: "after the Sunday Times alleged"
			if e < 0 || e == subject || d.Entities[e].Type != Person && d.Entities[e].Type != Organization {
				continue
			}
			if who >= 0 && who != e {
				return -1
			}
			who = e
		}
	}
	return who
}

// agentEvent finds subject and agent of an event done to someone: active ("the party
// suspended him"), passive ("he was suspended by the party") or a noun ("an inquiry into
// X", "X's suspension", "a police investigation").
func (x *Extractor) agentEvent(d *Document, ev *Event, start, end, k int, t trigger) {
	if t.noun {
		after := k + 1
		switch strings.ToLower(d.Tok(after)) {
		case "into", "of", "against", "on":
			if oe := objectEnd(d, after+1, end); t.typ != Investigate || !aboutVictim(d, after+1, oe) {
				ev.Subject = x.entityAfter(d, after+1, oe)
			}
		}
		if e := possessorBefore(d, k); e >= 0 {
			if ev.Subject < 0 && t.typ != Investigate {
				ev.Subject = e // "Mr Shiga's appointment", "his suspension"
			} else {
				ev.By = e // "Sir Alan Budd's inquiry", "the SEC's investigation"
			}
		}
		if ev.By < 0 {
			if e := modifierBefore(d, k, start); e >= 0 && e != ev.Subject {
				ev.By = e // "a police investigation", "the Hutton inquiry"
			}
		}
		if ev.By < 0 {
			ev.By = x.agentAfterBy(d, k+1, end)
		}
		if ev.By < 0 && t.typ == Investigate {
			// "Northbridge Police have opened a criminal investigation into ..."
			for j := k - 1; j >= start && k-j <= 4; j-- {
				switch strings.ToLower(d.Tok(j)) {
				case "opened", "launched", "began", "started", "ordered", "announced", "set", "begun", "open", "launch", "start", "order",
					"led", "leads", "leading", "lead", "chaired", "chairs", "headed", "heads", "conducted", "carried":
					if by := x.actorOf(d, j, start); by != ev.Subject {
						ev.By = by
					}
				}
			}
		}
		if ev.Subject < 0 && (t.typ == Dismiss || t.typ == Investigate || t.typ == Suspend) && k-2 >= start && d.lex[k-1]&lexDeterminer != 0 {
			// "He was threatened with the sack by Kevin Keegan": his; "China Life is facing
			// shareholder lawsuits and a probe by the SEC": China Life's.
			if j := facedBefore(d, start, k); j >= 0 {
				if who := x.actorOf(d, j, start); who != ev.By {
					ev.Subject = who
				}
			}
		}
		if ev.Subject < 0 && ev.By >= 0 && t.typ == Investigate && !namesOtherTopic(d, k+1, end) {
			// "The Standards and Privileges Committee inquiry was launched": into the
			// article's main person, whom it names most.
			if p := topicPerson(d); p != ev.By {
				ev.Subject = p
			}
		}
		return
	}
	if k-2 >= start && strings.EqualFold(d.Tok(k-1), "being") {
		switch strings.ToLower(d.Tok(k - 2)) {
		case "after", "before", "since", "despite", "without", "on":
			// "Sir Nicholas was replaced ..., after being deselected by his constituency":
			// the clause's subject is the sentence's.
			ev.Subject, _ = firstSubject(d, start, k-2)
			ev.By = x.agentAfterBy(d, k+1, end)
			return
		}
	}
	if isPassive(d, start, k) || strings.EqualFold(d.Tok(k+1), "by") && strings.HasSuffix(d.Tok(k), "ed") {
		// "he was sacked by", and "Mutu, 25, sacked by Chelsea": a participle with its agent.
		ev.Subject = x.postActor(d, k, start)
		ev.By = x.agentAfterBy(d, k+1, end)
		return
	}
	if t.typ == Investigate && t.next == "to" { // "Mann will refer Wright to the police"
		ev.Subject = x.entityAfter(d, k+1, end)
		ev.By = x.actorOf(d, k, start)
		return
	}
	if oe := objectEnd(d, k+1, min(end, k+6)); t.typ != Investigate || !aboutVictim(d, k+1, oe) {
		ev.Subject = x.entityAfter(d, k+1, oe)
	}
	if ev.Subject < 0 && (t.typ == Appoint || t.typ == Dismiss || t.typ == Suspend) && leadDescribesTopic(d, start, k+1) {
		ev.Subject = topicPerson(d) // "The Lib Dems have appointed a senior figure from BT ...", then his name
	}
	if ev.Subject >= 0 && d.Entities[ev.Subject].Type != Person && (t.typ == Suspend || t.typ == Dismiss || t.typ == Appoint) {
		ev.Subject = bodyOrQualified(d, ev.Subject, k+1, min(end, k+7), end)
	}
	if strings.HasSuffix(d.Tok(k), "ed") && (d.isHead(k+1) || d.isTitleWord(k+1) || isLowerWord(d.Tok(k+1)) && d.mentionEntity(k+2) >= 0) &&
		(k == start || d.lex[k-1]&(lexDeterminer|lexCue) != 0 || d.Tokens[k-1].Kind == text.Punct) {
		return // "says suspended sprinter Dwain Chambers", "the suspended MP": who he is, no one acting
	}
	ev.By = x.actorOf(d, k, start)
	if ev.Subject >= 0 && ev.Subject == ev.By {
		// Named or meant right after the verb, the object is the subject, and the actor
		// found was wrong ("Meyer's constituency party deselected him"); further on, what
		// is theirs is the object ("he suspended his campaign", "Microsoft is
		// investigating what it called an attack on its software").
		if d.mentionEntity(k+1) != ev.Subject || possessiveBeforeNoun(d, k+1) {
			ev.Subject = -1
		}
		ev.By = -1
	}
}

// aboutVictim reports whether the object in tokens [from, to) of an inquiry is a death or
// a crime done to the one it names ("into the death of Dr David Kelly", "investigating
// Stefan's murder"): whom it names is not who is investigated.
func aboutVictim(d *Document, from, to int) bool {
	for j := from; j < to && j-from <= 4; j++ {
		switch strings.ToLower(d.Tok(j)) {
		case "death", "deaths", "murder", "murders", "killing", "killings", "disappearance", "shooting", "stabbing",
			"kidnapping", "abduction", "rape", "assault", "attack", "attacks", "beating", "treatment":
			return true
		}
	}
	return false
}

// bodyOrQualified returns body e, named first in tokens [from, to), unless the name
// qualifies the plain noun after it ("suspended the two-time London Marathon runner-up"):
// then the person that noun titles before token end ("... runner-up Susan Chepkemei"), or
// -1.
func bodyOrQualified(d *Document, e, from, to, end int) int {
	for j := from; j < to; j++ {
		m := d.MentionAt(j)
		if m < 0 || d.Mentions[m].Entity != e {
			continue
		}
		a := d.Mentions[m].To
		if a >= end || !d.isPlainWord(a) || possessiveMark(d.Tok(a)) {
			return e
		}
		for j := a + 1; j < end && j <= a+3 && d.isPlainWord(j-1); j++ {
			if p := d.mentionEntity(j); p >= 0 && d.Entities[p].Type == Person {
				return p
			}
		}
		return -1
	}
	return e
}

// goesFromPost reports whether the "go" at token j ends its clause as "to leave one's
// post" does ("calls for him to go", "to go now"), not "to go online" or "to go ahead".
func goesFromPost(d *Document, j int) bool {
	if j+1 >= len(d.Tokens) || d.Tokens[j+1].Kind != text.Word {
		return true
	}
	switch strings.ToLower(d.Tok(j + 1)) {
	case "now", "immediately", "too", "and", "or", "but", "after", "before", "over", "because", "if", "unless", "at", "by", "within", "following", "amid", "in", "quietly":
		return true
	}
	return false
}

// callEvents reads calls: "Y called on X to resign", "calls for X to quit", "urged X to
// apologise", "X has faced calls to resign from A, B and C", "demanded X's resignation".
// Each caller makes an event of its own.
func (x *Extractor) callEvents(d *Document, ev Event, start, end, k int) {
	// What is called for: find "to resign", "resignation", "to apologise" after the cue.
	typ := EventType(255)
	at := -1
	for j := k + 1; j < end && j-k <= 12; j++ {
		w := strings.ToLower(d.Tok(j))
		switch w {
		case "resign", "quit", "go", "resignation", "sacked", "sacking", "dismissal", "sack", "removal", "fired", "step", "stand":
			if (w == "step" || w == "stand") && !strings.EqualFold(d.Tok(j+1), "down") {
				continue
			}
			if w == "go" && (d.Tok(j-1) != "to" || !goesFromPost(d, j)) {
				continue
			}
			typ, at = CallToResign, j
		case "apologise", "apologize", "apology", "retract", "withdraw":
			typ, at = CallToApologize, j
		}
		if at >= 0 || w == "." || w == ";" {
			break
		}
	}
	if at < 0 {
		return
	}
	ev.Type = typ
	ev.Trigger = d.TokenSpan(k, at+1)
	if ev.Modality == Actual && isNegated(d, start, k) {
		return
	}
	// The one who should go: between the cue and what is called for, or the possessor;
	// one after "from" or "by" is the caller ("calls from the housing minister, Rachel
	// Stone, to step down").
	subject := -1
	var callers []int
	for j := k + 1; j < at; j++ {
		e := d.mentionEntity(j)
		if e < 0 || d.Entities[e].Type == Place || d.Entities[e].Type == Other {
			continue
		}
		m := d.Mentions[d.MentionAt(j)]
		if before := strings.ToLower(d.Tok(wordBeforePhrase(d, k+1, m.From))); before == "from" || before == "by" {
			callers = append(callers, e)
		} else if subject < 0 && d.Entities[e].Type == Person {
			subject = e
		}
		j = m.To - 1
	}
	switch {
	case len(callers) > 0 && subject < 0:
		// "he had refused calls from X to step down": the refusal is his own event.
		subject = x.actorOf(d, k, start)
		if w := strings.ToLower(d.Tok(k - 1)); subject >= 0 && (strings.HasPrefix(w, "refus") || strings.HasPrefix(w, "reject") || strings.HasPrefix(w, "resist") || strings.HasPrefix(w, "defied")) {
			refusal := ev
			refusal.Type, refusal.Subject, refusal.By = RefuseToResign, subject, -1
			d.Events = append(d.Events, refusal)
		}
	case subject < 0:
		if e := possessorBefore(d, at); e >= 0 && d.Entities[e].Type == Person {
			subject = e // "calling for Wright's resignation"
			if by := x.actorOf(d, k, start); by >= 0 && by != subject {
				callers = append([]int{by}, x.coordinated(d, by, start, k)...)
			}
			break
		}
		// "X has faced calls to resign from A, B and C" or "calls for his resignation".
		subject = x.actorOf(d, k, start)
		if strings.EqualFold(d.Tok(at+1), "from") || strings.EqualFold(d.Tok(at+1), "by") {
			callers = x.entitiesAfter(d, at+2, end)
		} else if j := indexWord(d, at+1, end, "from"); j >= 0 && j-at <= 8 {
			callers = x.entitiesAfter(d, j+1, end)
		}
	case len(callers) == 0:
		if by := x.actorOf(d, k, start); by >= 0 && by != subject {
			callers = append([]int{by}, x.coordinated(d, by, start, k)...)
		}
	}
	if subject < 0 {
		return
	}
	ev.Subject = subject
	ev.Post = x.postOf(d, subject, at, end)
	if len(callers) == 0 {
		ev.By = -1
		d.Events = append(d.Events, ev)
		return
	}
	for _, c := range callers {
		if c == subject {
			continue
		}
		e := ev
		e.By = c
		d.Events = append(d.Events, e)
	}
}

// wordBeforePhrase returns the token before the noun phrase that ends with the name at
// token from, skipping its title and an apposition before it ("from the housing
// minister, Rachel Stone").
func wordBeforePhrase(d *Document, start, from int) int {
	k := d.titleBefore(start, from) - 1
	if k > start && d.Tok(k) == "," {
		j := k - 1
		for j > start && (d.isTitleWord(j) || d.lex[j]&lexDeterminer != 0) && k-j <= 6 {
			j--
		}
		if j < k-1 {
			return j
		}
	}
	return k
}

// reportEvent reads a published report: "a report by X", "X's report", "the X report
// found".
func (x *Extractor) reportEvent(d *Document, ev *Event, start, end, k int) {
	if d.MentionAt(k) >= 0 {
		return // "the Institute for Fiscal Studies": a name, not a report
	}
	// "The damning report into child sexual exploitation at Rotherham by Professor Alexis
	// Jay", "a new report was published by the IFS".
	for j := k + 1; j < end && j-k <= 12; j++ {
		w := strings.ToLower(d.Tok(j))
		if w == "by" {
			ev.Subject = x.entityAfter(d, j+1, min(end, j+6))
			return
		}
		if (w == "was" || w == "were" || w == "been" || w == "is" || w == "has") && (issuedWord(d.Tok(j+1)) || strings.EqualFold(d.Tok(j+1), "been")) {
			continue
		}
		if w == "," || w == "." || d.lex[j]&(lexVerbLike|lexCue) != 0 && !issuedWord(w) {
			break
		}
	}
	// "X has delivered two major reports", "X published a report".
	published := false
	defer func() {
		if !published && ev.Subject >= 0 && isReviewWord(d.Tok(k)) {
			ev.Subject = -1 // a review nobody is said to have published is an inquiry
		}
	}()
	for j := k - 1; j >= start && k-j <= 7; j-- {
		switch strings.ToLower(d.Tok(j)) {
		case "published", "publishes", "publish", "delivered", "produced", "released", "issued", "wrote", "compiled", "presented", "unveiled",
			"undertook", "authored":
			ev.Subject = x.actorOf(d, j, start)
			published = true
			return
		}
	}
	switch strings.ToLower(d.Tok(k)) {
	case "reports", "reviews", "studies", "audits":
		return // as a noun only after a verb of publishing: "The BBC reports that" is news, not a report
	}
	if e := possessorBefore(d, k); e >= 0 {
		ev.Subject = e
		return
	}
	if e := modifierBefore(d, k, start); e >= 0 {
		ev.Subject = e
		return
	}
	if strings.EqualFold(d.Tok(k+1), "of") || strings.EqualFold(d.Tok(k+1), "from") {
		// "the findings of the Hutton inquiry"
		ev.Subject = x.entityAfter(d, k+2, min(end, k+6))
	}
}

// quoteAt returns the direct quotation that holds byte offset off, or -1.
func (d *Document) quoteAt(off int) int {
	for i, q := range d.Quotes {
		if q.Direct && q.Start <= off && off < q.End {
			return i
		}
	}
	return -1
}

// entityAfter returns the first person or organisation mentioned in tokens [from, end),
// stopping at a clause break.
func (x *Extractor) entityAfter(d *Document, from, end int) int {
	for j := from; j < end; j++ {
		switch d.Tok(j) {
		case ".", ";", ":":
			return -1
		}
		if e := d.mentionEntity(j); e >= 0 {
			if t := d.Entities[e].Type; t == Person || t == Organization {
				if t != Person {
					if pm := titledPersonAfter(d, d.Mentions[d.MentionAt(j)], end); pm >= 0 {
						return d.Mentions[pm].Entity // "Conservative leader Michael Howard": the person, not the party
					}
				}
				return e
			}
		}
	}
	return -1
}

// namesOtherTopic reports whether an inquiry's "into ..." at token k names a matter of
// its own ("into pre-war intelligence") rather than the story's ("into the affair").
func namesOtherTopic(d *Document, k, end int) bool {
	if k >= end || !strings.EqualFold(d.Tok(k), "into") {
		return false
	}
	j := k + 1
	if j < end && d.lex[j]&lexDeterminer != 0 {
		switch strings.ToLower(d.Tok(j + 1)) {
		case "affair", "matter", "case", "allegations", "claims", "row", "scandal", "saga", "issue", "circumstances", "conduct":
			return false
		}
	}
	return true
}

// entitiesAfter returns the people and organisations listed from token from on, as in
// "from his own party, council members and the home secretary Theresa May", stopping at
// the end of the list.
func (x *Extractor) entitiesAfter(d *Document, from, end int) []int {
	var out []int
	for j := from; j < end && j-from < 30; j++ {
		switch d.Tok(j) {
		case ".", ";", ":", "following", "after", "over", "since":
			return out
		}
		if e := d.mentionEntity(j); e >= 0 {
			if t := d.Entities[e].Type; t == Person || t == Organization {
				if len(out) == 0 || out[len(out)-1] != e {
					out = append(out, e)
				}
			}
			j = d.Mentions[d.MentionAt(j)].To - 1
		}
	}
	return out
}

// agentAfterBy returns the entity after "by" within a few tokens of from, or -1.
func (x *Extractor) agentAfterBy(d *Document, from, end int) int {
	for j := from; j < end && j-from <= 4; j++ {
		if strings.EqualFold(d.Tok(j), "by") {
			if d.lex[j+1]&lexPossessive != 0 && d.lex[j+1]&lexPronoun != 0 && d.MentionAt(j+2) < 0 {
				return -1 // "deselected by his constituency": his, not he
			}
			return x.entityAfter(d, j+1, objectEnd(d, j+1, min(end, j+8)))
		}
	}
	return -1
}

// possessorBefore returns the entity whose possessive ends just before token k ("Wright's
// resignation", "his apology"), or -1.
func possessorBefore(d *Document, k int) int {
	j := k - 1
	for j >= 0 && d.isPlainWord(j) && !possessiveMark(d.Tok(j)) && k-j <= 2 {
		j-- // "his public apology"; not "her mother's death"
	}
	if j < 0 {
		return -1
	}
	if possessiveMark(d.Tok(j)) {
		return d.mentionEntity(j - 1)
	}
	if d.lex[j]&lexPossessive != 0 {
		return d.mentionEntity(j)
	}
	if strings.EqualFold(d.Tok(j), "whose") {
		return antecedent(d, d.Sentences[d.SentenceOf(j)].From, j) // "Mr Smith, 57, whose retirement"
	}
	return -1
}

// modifierBefore returns an organisation or person named just before the noun at token k:
// "a police investigation", "the Hutton inquiry", "the committee's report".
func modifierBefore(d *Document, k, start int) int {
	j := k - 1
	for j >= start && d.isPlainWord(j) && k-j <= 2 {
		j--
	}
	if j < start {
		return -1
	}
	if e := d.mentionEntity(j); e >= 0 {
		if t := d.Entities[e].Type; t == Person || t == Organization {
			return e
		}
	}
	return -1
}

// indexWord returns the first token in [from, end) that is word, or -1.
func indexWord(d *Document, from, end int, word string) int {
	for j := from; j < end; j++ {
		if strings.EqualFold(d.Tok(j), word) {
			return j
		}
	}
	return -1
}

// isPassive reports whether the verb at token k is passive: "was sacked", "has been
// appointed", "being investigated".
func isPassive(d *Document, start, k int) bool {
	if strings.HasSuffix(d.Tok(k), "ing") {
		return false // "has been investigating", "is resigning": active
	}
	for j := k - 1; j >= start && k-j <= 3; j-- {
		switch strings.ToLower(d.Tok(j)) {
		case "was", "were", "been", "being", "be", "is", "are", "got", "get", "gets":
			return true
		case "not", "also", "now", "later", "then", "subsequently", "formally", "never", "n't", "recently", "finally", "just", "already":
			continue
		}
		return false
	}
	return false
}

// isNegated reports whether the verb at token k is negated: "will not resign", "has no
// intention of resigning", "won't quit".
func isNegated(d *Document, start, k int) bool {
	for j := k - 1; j >= start && k-j <= 4; j-- {
		switch strings.ToLower(d.Tok(j)) {
		case "not", "n't", "never", "no", "cannot":
			return true
		case ",", ".", ";", "and", "but":
			return false
		}
	}
	return false
}

// modalityBefore reads whether the event at token k is planned ("will resign", "is to
// step down"), threatened ("threatened to suspend"), hypothetical ("if he resigned",
// "could be sacked") or actual.
func modalityBefore(d *Document, start, k int) Modality {
	for j := k - 1; j >= start && k-j <= 6; j-- {
		w := strings.ToLower(d.Tok(j))
		switch w {
		case "threatened", "threatens", "threatening", "threaten", "warned", "warns":
			return Threatened
		case "will", "'ll", "shall", "plans", "planned", "planning", "intends", "intend", "expected", "set", "going", "due", "wants", "want", "hopes", "agreed":
			return Planned
		case "attempt", "attempts", "move", "bid", "bids", "motion", "campaign", "push":
			if strings.EqualFold(d.Tok(j+1), "to") {
				return Threatened // "survived an attempt to de-select him"
			}
		case "if", "could", "might", "may", "would", "should", "unless", "whether":
			return Hypothetical
		case "demanded", "demanding", "demands", "demand", "urged", "urging", "sought", "seeking", "seeks":
			return Hypothetical // "demanded an inquiry": asked for, not begun
		case "for":
			switch strings.ToLower(d.Tok(j - 1)) {
			case "called", "calls", "calling", "call", "pressed", "pressing", "pushed", "pushing", "campaigned", "campaigning":
				if objectOf(d, j, k) {
					return Hypothetical // "have called for a second inquiry"
				}
			}
		case "is", "are", "was":
			if strings.EqualFold(d.Tok(j+1), "to") {
				return Planned // "is to step down"
			}
		case ",", ";", ":", "but", "after", "before", "when", "since":
			return Actual
		}
	}
	return Actual
}

// objectOf reports whether token k stands in the phrase that token j governs: no verb or
// "and" comes between ("called for a second inquiry", not "campaigned for debates and
// has published reports").
func objectOf(d *Document, j, k int) bool {
	for i := j + 1; i < k; i++ {
		if d.lex[i]&(lexVerbLike|lexCue) != 0 || d.Tok(i) == "and" || d.Tok(i) == "," {
			return false
		}
	}
	return true
}

// postOf returns the post or body an event concerns: a title or organisation named after
// the trigger ("resigned as home secretary", "quit the Labour party"), else "".
func (x *Extractor) postOf(d *Document, subject, k, end int) string {
	for j := k + 1; j < end && j-k <= 6; j++ {
		w := strings.ToLower(d.Tok(j))
		if w == "as" || w == "from" {
			if _, headEnd, _, ok := d.titleAfter(j+1, end); ok {
				from := j + 1
				for from < headEnd && d.lex[from]&lexDeterminer != 0 {
					from++
				}
				return d.Slice(d.TokenSpan(from, headEnd))
			}
		}
		if e := d.mentionEntity(j); e >= 0 && e != subject && d.Entities[e].Type == Organization && (w != "by") {
			if p := strings.ToLower(d.Tok(j - 1)); p == "from" || p == "the" || p == "of" || p == "as" {
				return d.Slice(d.Entities[e].Name)
			}
		}
		switch w {
		case ".", ";", ",":
			return ""
		}
	}
	return ""
}

// dedupeEvents keeps one event per type, subject, agent and post: the first, and drops
// events whose subject is their agent. An event a noun names with no post is the same as
// one of the same type, subject and agent with a post ("David Blunkett's resignation"
// after "resigned as home secretary"); one a verb names may be another ("quit the party"
// beside "resigned as councillor").
func dedupeEvents(d *Document) {
	type key struct {
		typ         EventType
		subject, by int
		post        string
	}
	seen := map[key]bool{}
	posted := map[key]bool{} // type, subject and agent of the events with a post
	for _, e := range d.Events {
		if e.Post != "" {
			posted[key{e.Type, e.Subject, e.By, ""}] = true
		}
	}
	out := d.Events[:0]
	for _, e := range d.Events {
		k := key{e.Type, e.Subject, e.By, strings.ToLower(e.Post)}
		if seen[k] || e.Subject == e.By || e.Nominal && e.Post == "" && posted[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	d.Events = out
}

// facedBefore returns the nearest verb of facing ("faces", "threatened", "escaped") in
// the clause before the noun at token k, a few words back, or -1.
func facedBefore(d *Document, start, k int) int {
	for j := k - 2; j >= start && k-j <= 6 && d.Tokens[j].Kind != text.Punct; j-- {
		switch strings.ToLower(d.Tok(j)) {
		case "threatened", "faces", "face", "facing", "faced", "escaped", "avoided", "given":
			return j
		}
	}
	return -1
}

// leadDescribesTopic reports whether the object at token i, in the sentence that starts at
// start, describes someone without naming them ("a senior figure from BT") in the lead of
// the article, which names no one: a story's lead often keeps the name of its main person
// for the sentence after.
func leadDescribesTopic(d *Document, start, i int) bool {
	s := d.Sentences[d.SentenceOf(start)]
	if !isLead(d, s) || namesPerson(d, s) || i >= s.To {
		return false
	}
	if w := strings.ToLower(d.Tok(i)); w != "a" && w != "an" {
		return false
	}
	for j := i + 1; j < s.To && j-i <= 4; j++ {
		if d.isHead(j) || peopleNoun(strings.ToLower(d.Tok(j))) || strings.EqualFold(d.Tok(j), "figure") {
			return true
		}
	}
	return false
}
