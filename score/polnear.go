package score

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"onrecord/attrib"
	"onrecord/record"
)

// Attribution is one attribution of PolNeAR: its content and source, each as ranges of
// character offsets.
type Attribution struct {
	Content, Source [][2]int
}

// ReadAnn reads the attributions of a brat standoff file.
func ReadAnn(path string) ([]Attribution, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	spans := map[string][][2]int{}
	var events []map[string]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		parts := strings.Split(line, "\t")
		if len(parts) < 2 {
			continue
		}
		switch {
		case strings.HasPrefix(line, "T"):
			_, rng, _ := strings.Cut(parts[1], " ")
			var ranges [][2]int
			for _, r := range strings.Split(rng, ";") {
				f := strings.Fields(r)
				if len(f) != 2 {
					return nil, fmt.Errorf("%s: bad range %q", path, r)
				}
				a, err1 := strconv.Atoi(f[0])
				b, err2 := strconv.Atoi(f[1])
				if err1 != nil || err2 != nil {
					return nil, fmt.Errorf("%s: bad range %q", path, r)
				}
				ranges = append(ranges, [2]int{a, b})
			}
			spans[parts[0]] = ranges
		case strings.HasPrefix(line, "E"):
			args := map[string]string{}
			for _, x := range strings.Fields(parts[1]) {
				if k, v, ok := strings.Cut(x, ":"); ok {
					args[k] = v
				}
			}
			events = append(events, args)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []Attribution
	for _, args := range events {
		content := spans[args["Content"]]
		if len(content) > 0 {
			out = append(out, Attribution{Content: content, Source: spans[args["Source"]]})
		}
	}
	return out, nil
}

// PolNeARScore holds the measures of records against PolNeAR attributions.
type PolNeARScore struct {
	Articles       int
	Content, Both  PRF
	SourceOK, SrcN int
	Missing        int
	Pairs          int // pairs of annotators scored (AddAgreement), 0 when records were
}

// PolNeARArticles returns the article names of a PolNeAR split folder, each with the path
// of its text and of its first annotator's attributions, in name order.
func PolNeARArticles(dir string) (names, texts, anns []string, err error) {
	return attrib.PolNeARFiles(dir)
}

type charSet map[int]bool

func rangesSet(ranges [][2]int) charSet {
	s := charSet{}
	for _, r := range ranges {
		for i := r[0]; i < r[1]; i++ {
			s[i] = true
		}
	}
	return s
}

// AddArticle scores one article's record (nil if none) against its attributions; text is
// the article's text, which the attributions index by character.
func (s *PolNeARScore) AddArticle(text string, gold []Attribution, rec *record.Record) {
	s.Articles++
	if rec == nil {
		s.Missing++
		rec = &record.Record{}
	}
	// byte offset -> character offset
	b2c := make(map[int]int, len(text)+1)
	c := 0
	for b := range text {
		b2c[b] = c
		c++
	}
	b2c[len(text)] = c
	conv := func(start, end int) (int, int) {
		a, ok := b2c[start]
		if !ok {
			a = 0
		}
		b, ok := b2c[end]
		if !ok {
			b = c
		}
		return a, b
	}
	ents := map[string]record.Entity{}
	for _, e := range rec.Entities {
		ents[e.ID] = e
	}
	type sysQuote struct {
		chars charSet
		spans [][2]int
		names map[string]bool
	}
	var sq []sysQuote
	for _, q := range rec.Quotes {
		a, b := conv(q.Start, q.End)
		x := sysQuote{chars: rangesSet([][2]int{{a, b}}), names: map[string]bool{}}
		if q.SpeakerMention != nil {
			ma, mb := conv(q.SpeakerMention.Start, q.SpeakerMention.End)
			x.spans = append(x.spans, [2]int{ma, mb})
		}
		if q.Speaker != nil {
			if e, ok := ents[*q.Speaker]; ok {
				for _, m := range e.Mentions {
					ma, mb := conv(m.Start, m.End)
					x.spans = append(x.spans, [2]int{ma, mb})
				}
				x.names[Norm(e.Name, true)] = true
				for _, al := range e.Aliases {
					x.names[Norm(al, true)] = true
				}
				delete(x.names, "")
			}
		}
		sq = append(sq, x)
	}
	gchars := make([]charSet, len(gold))
	for i, g := range gold {
		gchars[i] = rangesSet(g.Content)
	}
	pairs := greedy(len(gold), len(sq), func(i, j int) float64 {
		inter := 0
		for k := range gchars[i] {
			if sq[j].chars[k] {
				inter++
			}
		}
		union := len(gchars[i]) + len(sq[j].chars) - inter
		if union == 0 {
			return 0
		}
		if o := float64(inter) / float64(union); o >= 0.5 {
			return o
		}
		return 0
	})
	s.Content.Add(len(pairs), len(sq)-len(pairs), len(gold)-len(pairs))
	runes := []rune(text)
	good := 0
	for _, p := range pairs {
		g, q := gold[p[0]], sq[p[1]]
		if len(g.Source) == 0 {
			if len(q.spans) == 0 && len(q.names) == 0 {
				good++
			}
			continue
		}
		s.SrcN++
		gsrc := rangesSet(g.Source)
		var parts []string
		for _, r := range g.Source {
			parts = append(parts, string(runes[min(r[0], len(runes)):min(r[1], len(runes))]))
		}
		gtext := Norm(strings.Join(parts, " "), true)
		hit := false
		for _, sp := range q.spans {
			for i := sp[0]; i < sp[1] && !hit; i++ {
				hit = gsrc[i]
			}
		}
		if !hit && gtext != "" {
			for n := range q.names {
				if gtext == n || strings.HasSuffix(gtext, " "+n) || strings.HasSuffix(n, " "+gtext) {
					hit = true
				}
			}
		}
		if hit {
			s.SourceOK++
			good++
		}
	}
	s.Both.Add(good, len(sq)-good, len(gold)-good)
}

// Write prints the measures as score.py polnear prints them.
func (s *PolNeARScore) Write(w io.Writer) {
	if s.Pairs > 0 {
		fmt.Fprintf(w, "%-22s %6s %6s %6s   (%d ordered pairs of annotators)\n", "", "P", "R", "F1", s.Pairs)
	} else {
		fmt.Fprintf(w, "%-22s %6s %6s %6s   (%d articles, first annotator each)\n", "", "P", "R", "F1", s.Articles)
	}
	row(w, "content (overlap>=.5)", s.Content)
	row(w, "content+source", s.Both)
	fmt.Fprintf(w, "source accuracy        %.3f   (%d/%d)\n", ratio(s.SourceOK, s.SrcN), s.SourceOK, s.SrcN)
	if s.Missing > 0 {
		fmt.Fprintf(w, "no system record for %d articles\n", s.Missing)
	}
	fmt.Fprintf(w, "attribution F1 %.3f\n", s.Both.F1())
}
