package attrib

import "strings"

// SpeechVerbs lists the verbs that report what someone said or wrote, in the forms news
// uses them: the cues the record's rules read quotations by.
const SpeechVerbs = `said says say saying told tells tell telling added adds insisted insists warned warns
argued argues claimed claims stated states explained explains declared declares admitted
admits revealed reveals suggested suggests described describes asked asks replied
replies continued maintained maintains acknowledged acknowledges conceded concedes
announced announces confirmed confirms stressed stresses noted notes believes believed
thinks thought hopes hoped feared fears predicted predicts promised promises pledged
pledges vowed vows commented remarked responded wrote writes tweeted posted reported
reports estimated estimates complained complains demanded demands agreed agrees
indicated indicates alleged alleges signalled signaled recalled recalls emphasised
emphasized assured urged urges challenged boasted joked quipped countered retorted
protested observed concluded answered shouted accused accuses called calls denied denies`

// otherCues lists the rest of what reports speech or thought: participles, "according",
// and verbs of finding, wanting and planning.
const otherCues = `adding insisting warning arguing claiming explaining suggesting acknowledging noting
believe think writing according found finds shows showed show cited cites citing wants
wanted plans planned expects expected expect criticized criticised attacked recommended
proposed proposes`

// CueWords lists verbs and phrases that report speech or thought in news: the lexicon the
// tagger's cue features read.
const CueWords = SpeechVerbs + "\n" + otherCues

// cueSet holds CueWords, lower-cased.
type cueSet map[string]bool

func newCueSet() cueSet {
	s := cueSet{}
	for _, w := range strings.Fields(CueWords) {
		s[w] = true
	}
	return s
}
