package attrib

import "strings"

// CueWords lists verbs and phrases that report speech or thought in news: the lexicon the
// tagger's cue features read, which the project's other rules share.
const CueWords = `said says say saying told tells tell telling added adds adding insisted insists
insisting warned warns warning argued argues arguing claimed claims claiming stated states
explained explains explaining declared declares admitted admits revealed reveals suggested
suggests suggesting described describes asked asks replied replies continued maintained
maintains acknowledged acknowledges acknowledging conceded concedes announced announces
confirmed confirms stressed stresses noted notes noting believes believed believe thinks
thought think hopes hoped feared fears predicted predicts promised promises pledged pledges
vowed vows commented remarked responded wrote writes writing tweeted posted reported reports
estimated estimates complained complains demanded demands agreed agrees indicated indicates
alleged alleges signalled signaled recalled recalls emphasised emphasized assured urged urges
challenged boasted joked quipped countered retorted protested observed concluded answered
shouted accused accuses called calls denied denies according found finds shows showed show
cited cites citing wants wanted plans planned expects expected expect criticized criticised
attacked recommended proposed proposes`

// cueSet holds CueWords, lower-cased.
type cueSet map[string]bool

func newCueSet() cueSet {
	s := cueSet{}
	for _, w := range strings.Fields(CueWords) {
		s[w] = true
	}
	return s
}
