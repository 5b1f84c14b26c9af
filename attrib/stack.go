package attrib

import (
	"onrecord/perceptron"
)

// A model of two stages: the first tags a document from left to right as any tagger does;
// the second tags it again, seeing besides a few of the same features the first stage's
// labels on both sides of each token, and where in the sentence the first stage put cues, sources
// and contents. It is stacking: the second stage learns from first-stage labels made by
// models that did not see the article (cross-validation), so it learns how far to trust them.

// Feature templates of the second stage.
const (
	tS1 uint64 = iota + 200
	tS1L1
	tS1R1
	tS1L2
	tS1R2
	tS1Tri
	tS1Word
	tS1CueL
	tS1CueR
	tS1SrcL
	tS1SrcR
	tS1ConL
	tS1ConR
	tS1Para
	tS1RunEnd
	tS1RunStart
	tS1CueWord
	tS1Quote
	tS1SentEnds
	tS1Around
)

// stackAttr is what the second stage knows of a token from the first stage's labels.
type stackAttr struct {
	cueL, cueR, srcL, srcR, conL, conR uint64 // distance to the nearest of each part in the sentence, as a bucket
	para                               uint64 // which parts the first stage found in the paragraph
	runStart, runEnd                   uint64 // distance to the start and end of the token's own span
	cueWord                            uint64 // the word of the nearest cue in the sentence
	sentEnds                           uint64 // the labels of the sentence's first and last tokens
	around                             uint64 // the labels of the last token before the sentence and the first after it, in the paragraph
}

// stackAttrs computes the second-stage attributes of every token of d from the first
// stage's labels l1.
func stackAttrs(dst []stackAttr, d *Doc, a []attr, l1 []int) []stackAttr {
	dst = dst[:0]
	for range d.Tokens {
		dst = append(dst, stackAttr{})
	}
	for si, s := range d.Sentences {
		ends := uint64(l1[s.From])<<8 | uint64(l1[s.To-1])
		before, after := uint64(noLabel), uint64(noLabel)
		if si > 0 && d.Sentences[si-1].Para == s.Para {
			before = uint64(l1[s.From-1])
		}
		if si+1 < len(d.Sentences) && d.Sentences[si+1].Para == s.Para {
			after = uint64(l1[s.To])
		}
		for i := s.From; i < s.To; i++ {
			dst[i].sentEnds, dst[i].around = ends, before<<8|after
		}
		var last [4]int
		for p := range last {
			last[p] = -1
		}
		for i := s.From; i < s.To; i++ {
			x := &dst[i]
			x.cueL, x.srcL, x.conL = dist(i, last[2]), dist(i, last[1]), dist(i, last[3])
			if last[2] >= 0 {
				x.cueWord = a[last[2]].word
			}
			last[part(l1[i])] = i
		}
		for p := range last {
			last[p] = -1
		}
		for i := s.To - 1; i >= s.From; i-- {
			x := &dst[i]
			x.cueR, x.srcR, x.conR = dist(last[2], i), dist(last[1], i), dist(last[3], i)
			if last[2] >= 0 && (x.cueWord == 0 || x.cueR < x.cueL) {
				x.cueWord = a[last[2]].word
			}
			last[part(l1[i])] = i
		}
	}
	paragraphs(d, func(from, to int) {
		var parts uint64
		for i := from; i < to; i++ {
			if p := part(l1[i]); p > 0 {
				parts |= 1 << (p - 1)
			}
		}
		start := from
		for i := from; i < to; i++ {
			if i == from || part(l1[i]) != part(l1[i-1]) || isBegin(l1[i]) {
				start = i
			}
			dst[i].para = parts
			dst[i].runStart = bucket(i - start + 1)
		}
		end := to
		for i := to - 1; i >= from; i-- {
			if i == to-1 || part(l1[i]) != part(l1[i+1]) || isBegin(l1[i+1]) {
				end = i + 1
			}
			dst[i].runEnd = bucket(end - i)
		}
	})
	return dst
}

// dist returns the bucket of the distance from j to i, 0 when j < 0 (none).
func dist(i, j int) uint64 {
	if i < 0 || j < 0 {
		return 0
	}
	return bucket(i - j)
}

// stacked appends the second-stage features of token i of a paragraph of tokens
// [from, to): a few of the first stage's and the first stage's labels l1 around it and
// what sa holds.
func stacked(dst []uint64, a []attr, sa []stackAttr, l1 []int, i, from, to int) []uint64 {
	mix := perceptron.Mix
	lab := func(k int) uint64 {
		if k < from || k >= to {
			return noLabel
		}
		return uint64(l1[k])
	}
	x := &sa[i]
	c := lab(i)
	w := &a[i]
	at := func(k int) *attr {
		if k < from || k >= to {
			return &boundary
		}
		return &a[k]
	}
	b := func(x bool) uint64 {
		if x {
			return 1
		}
		return 0
	}
	// A few of the first stage's own features.
	dst = append(dst, tBias, mix(tWord, w.word), mix(tWordL1, at(i-1).word), mix(tWordR1, at(i+1).word),
		mix(tKind, w.kind), mix(tCue, b(w.cue)), mix(tQuote, w.quote), mix(tFirst, b(w.first)), mix(tLast, b(w.last)),
		mix(tCueRight, w.cueRight), mix(tCueLeft, w.cueLeft), mix(tEntity, w.entity), mix(tSentEnd, w.toEnd),
		mix(tClass, w.class))
	return append(dst, mix(tS1, c), mix(tS1L1, lab(i-1)), mix(tS1R1, lab(i+1)),
		mix(tS1L2, lab(i-2)), mix(tS1R2, lab(i+2)),
		mix(mix(mix(tS1Tri, lab(i-1)), c), lab(i+1)),
		mix(mix(tS1Word, c), a[i].word),
		mix(mix(tS1CueL, c), x.cueL), mix(mix(tS1CueR, c), x.cueR),
		mix(mix(tS1SrcL, c), x.srcL), mix(mix(tS1SrcR, c), x.srcR),
		mix(mix(tS1ConL, c), x.conL), mix(mix(tS1ConR, c), x.conR),
		mix(mix(tS1Para, c), x.para),
		mix(mix(tS1RunEnd, c), x.runEnd), mix(mix(tS1RunStart, c), x.runStart),
		mix(mix(tS1CueWord, c), x.cueWord),
		mix(mix(tS1Quote, c), w.quote), mix(mix(tS1SentEnds, c), x.sentEnds), mix(mix(tS1Around, c), x.around),
	)
}
