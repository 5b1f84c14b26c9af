package ner

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"testing"

	"onrecord/internal/testdata"
	"onrecord/text"
)

func TestAllowed(t *testing.T) {
	bPER, iPER, lPER, uPER := makeLabel(0, posB), makeLabel(0, posI), makeLabel(0, posL), makeLabel(0, posU)
	lORG := makeLabel(1, posL)
	tests := []struct {
		prev, cur label
		want      bool
	}{
		{outside, outside, true},
		{outside, bPER, true},
		{outside, uPER, true},
		{outside, iPER, false},
		{outside, lPER, false},
		{bPER, iPER, true},
		{bPER, lPER, true},
		{bPER, outside, false},
		{bPER, lORG, false},
		{iPER, lPER, true},
		{lPER, bPER, true},
		{uPER, iPER, false},
	}
	for _, tt := range tests {
		if got := allowed(tt.prev, tt.cur); got != tt.want {
			t.Errorf("allowed(%d, %d) = %v, want %v", tt.prev, tt.cur, got, tt.want)
		}
	}
}

func TestSpansRoundTrip(t *testing.T) {
	tests := []struct {
		tags  string
		spans []Span
	}{
		{"O O O", nil},
		{"B-PER I-PER O B-LOC", []Span{{0, 2, 0}, {3, 4, 1}}},
		{"B-PER B-PER", []Span{{0, 1, 0}, {1, 2, 0}}},
		{"I-ORG I-ORG O", []Span{{0, 2, 0}}},          // IOB1: I- after O starts a chunk
		{"B-ORG I-LOC", []Span{{0, 1, 0}, {1, 2, 1}}}, // a type change starts a chunk
	}
	for _, tt := range tests {
		var types []string
		tags := strings.Fields(tt.tags)
		spans, err := spansOfIOB(tags, &types)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(spans, tt.spans) {
			t.Errorf("spansOfIOB(%q) = %v, want %v", tt.tags, spans, tt.spans)
		}
		labels := encodeBILOU(nil, len(tags), spans)
		if back := spansOf(nil, labels); !reflect.DeepEqual(back, spans) {
			t.Errorf("BILOU round trip of %q: %v, want %v", tt.tags, back, spans)
		}
	}
	var types []string
	if _, err := spansOfIOB([]string{"X-PER"}, &types); err == nil {
		t.Error("spansOfIOB accepted the tag X-PER")
	}
}

func TestReadCoNLL(t *testing.T) {
	src := "-DOCSTART- -X- -X- O\n\nAnna NNP B-NP B-PER\nwon VBD B-VP O\n\nOslo NNP B-NP B-LOC\n\n-DOCSTART- -X- -X- O\n\nHi UH O O\n"
	docs, err := ReadCoNLL(strings.NewReader(src), "test")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0].Sentences) != 2 || len(docs[1].Sentences) != 1 {
		t.Fatalf("got %d documents: %+v", len(docs), docs)
	}
	if got := docs[0].Sentences[0]; !reflect.DeepEqual(got.Words, []string{"Anna", "won"}) || !reflect.DeepEqual(got.Tags, []string{"B-PER", "O"}) {
		t.Errorf("first sentence %+v", got)
	}
	if _, err := ReadCoNLL(strings.NewReader("Anna B-PER\nwon\n"), "bad"); err == nil {
		t.Error("a sentence with tags on some tokens only was accepted")
	}
}

func TestParseFeatures(t *testing.T) {
	f, err := ParseFeatures("all,-memory")
	if err != nil || f != AllFeatures&^MemoryFeatures {
		t.Errorf("ParseFeatures(all,-memory) = %v, %v", f, err)
	}
	if g, err := ParseFeatures(f.String()); err != nil || g != f {
		t.Errorf("ParseFeatures(%q) = %v, %v", f.String(), g, err)
	}
	if _, err := ParseFeatures("words,colour"); err == nil {
		t.Error("an unknown group was accepted")
	}
}

// toyCorpus makes small tagged documents in which people, places and firms recur in
// fixed frames, enough for a model to learn them.
func toyCorpus() []Document {
	people := []string{"Anna Berg", "Tom Hale", "Ruth Okafor", "Sam Lee", "Maria Costa", "Ivan Petrov"}
	places := []string{"Leeds", "Oslo", "Lagos", "Lima", "Perth", "Dublin"}
	firms := []string{"Acme Ltd", "Norwood Bank", "Pennine Build", "Keller Group"}
	var docs []Document
	for d := 0; d < 30; d++ {
		var doc Document
		p, q, f := people[d%len(people)], places[(d*5)%len(places)], firms[(d*3)%len(firms)]
		add := func(parts ...string) {
			var s Sentence
			for _, part := range parts {
				typ, words := "", part
				if i := strings.IndexByte(part, '|'); i >= 0 {
					typ, words = part[:i], part[i+1:]
				}
				for k, w := range strings.Fields(words) {
					s.Words = append(s.Words, w)
					switch {
					case typ == "":
						s.Tags = append(s.Tags, "O")
					case k == 0:
						s.Tags = append(s.Tags, "B-"+typ)
					default:
						s.Tags = append(s.Tags, "I-"+typ)
					}
				}
			}
			doc.Sentences = append(doc.Sentences, s)
		}
		add("PER|"+p, "said on Monday that the office in", "LOC|"+q, "would close .")
		add("The chairman of", "ORG|"+f, ", who lives in", "LOC|"+q, ", agreed .")
		add("Mr", "PER|"+strings.Fields(p)[1], "met staff from", "ORG|"+f, "in", "LOC|"+places[(d+1)%len(places)], ".")
		docs = append(docs, doc)
	}
	return docs
}

func TestTrainLearnsAndIsReproducible(t *testing.T) {
	docs := toyCorpus()
	train, dev := docs[:24], docs[24:]
	opt := TrainOptions{Epochs: 5, Bits: 16, Seed: 7, Features: AllFeatures &^ ClusterFeatures}
	opt.Gazetteer = NewGazetteer()
	opt.Folds = 3
	m1, score, err := Train(context.Background(), train, dev, opt)
	if err != nil {
		t.Fatal(err)
	}
	if f := score.All.F1(); f < 0.9 {
		t.Errorf("dev F1 %.3f on the toy corpus, want at least 0.9", f)
	}
	opt.Gazetteer = NewGazetteer()
	m2, _, err := Train(context.Background(), train, dev, opt)
	if err != nil {
		t.Fatal(err)
	}
	var b1, b2 bytes.Buffer
	if err := m1.Write(&b1); err != nil {
		t.Fatal(err)
	}
	if err := m2.Write(&b2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
		t.Error("two trainings with the same data and seed gave different model files")
	}
	// The file reads back into a model that tags as the original does.
	m3, err := ReadModel(bytes.NewReader(b1.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	s1, _ := m1.Evaluate(dev)
	s3, _ := m3.Evaluate(dev)
	if s1.All != s3.All {
		t.Errorf("read-back model scores %+v, the original %+v", s3.All, s1.All)
	}
}

func TestReadModelRejectsGarbage(t *testing.T) {
	for _, data := range []string{"", "not a model", "\x1f\x8b\x08\x00garbage"} {
		if _, err := ReadModel(strings.NewReader(data)); err == nil {
			t.Errorf("ReadModel(%q) gave no error", data)
		}
	}
	var b bytes.Buffer
	m, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Write(&b); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadModel(bytes.NewReader(b.Bytes()[:b.Len()/2])); err == nil {
		t.Error("a truncated model file gave no error")
	}
}

func TestDefaultModelOnExample(t *testing.T) {
	m, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	src := testdata.Example(t)
	doc := text.NewDoc(src)
	got := map[string]string{}
	for _, s := range m.NewTagger().Tag(nil, src, doc.Tokens, doc.Sentences) {
		got[src[doc.Tokens[s.From].Start:doc.Tokens[s.To-1].End]] = m.Types[s.Type]
	}
	for name, typ := range map[string]string{
		"Margaret Okafor": "PER", "David Hale": "PER", "Rachel Stone": "PER", "Alan Pryce": "PER",
		"Labour": "ORG", "Pennine Build Ltd": "ORG",
	} {
		if got[name] != typ {
			t.Errorf("%q tagged %q, want %s (all: %v)", name, got[name], typ, got)
		}
	}
}

// TestPlainWordsNeedNoScore checks that the tags are the same when the tagger scores every
// token, plain words in lower case too.
func TestPlainWordsNeedNoScore(t *testing.T) {
	m, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{
		testdata.Example(t),
		"The painter vincent van gogh was born in the netherlands, said de Gaulle's biographer.",
		"an official at the bank of england said rates would rise. ex-minister jones and al-Sayed met eBay.",
		"The painting by van Gogh was sold to the Bank of England and the University of Oxford.",
		"the iPhone maker and the von Trapp family met the dutch delegation in 's-Hertogenbosch.",
	} {
		doc := text.NewDoc(src)
		fast := m.NewTagger()
		all := m.NewTagger()
		all.scoreAll = true
		got := fast.Tag(nil, src, doc.Tokens, doc.Sentences)
		want := all.Tag(nil, src, doc.Tokens, doc.Sentences)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q: tagged %v, scoring every token gives %v", src[:min(len(src), 40)], got, want)
		}
	}
}

func TestPlainWord(t *testing.T) {
	src := "he met Jones and the mayor . in"
	doc := text.NewDoc(src)
	m, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	a := m.attrs(nil, src, doc.Tokens, doc.Sentences, map[uint64]uint8{})
	n := len(doc.Tokens)
	for _, c := range []struct {
		i    int
		prev label
		want bool
	}{
		{0, noLabel, true},      // "he" before "met"
		{1, outside, false},     // "met" before "Jones"
		{2, outside, false},     // "Jones" is capitalised
		{3, outside + 1, false}, // "and" after a name's tag
		{3, outside, true},
		{6, outside, false}, // "." has no letters
	} {
		if got := plainWord(a, c.i, n, c.prev); got != c.want {
			t.Errorf("plainWord(%q, prev %d) = %v, want %v", src[doc.Tokens[c.i].Start:doc.Tokens[c.i].End], c.prev, got, c.want)
		}
	}
}

func TestTagCoNLLLinesUp(t *testing.T) {
	m, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	in := "-DOCSTART- -X- -X- O\n\nTony NNP\nBlair NNP\nvisited VBD\nGermany NNP\n. .\n\n\nHe PRP\nleft VBD\n"
	var out bytes.Buffer
	if err := m.TagCoNLL(context.Background(), strings.NewReader(in), &out, "test"); err != nil {
		t.Fatal(err)
	}
	want := "-DOCSTART- -X- -X- O\n\nTony\tB-PER\nBlair\tI-PER\nvisited\tO\nGermany\tB-LOC\n.\tO\n\n\nHe\tO\nleft\tO\n"
	if out.String() != want {
		t.Errorf("TagCoNLL gave\n%s\nwant\n%s", out.String(), want)
	}
}

// TestValidF1 measures the embedded model on CoNLL-2003 valid.txt.
func TestValidF1(t *testing.T) {
	path := testdata.Shared(t, "conll2003", "valid.txt")
	m, err := LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	docs, err := ReadCoNLLFile(path)
	if err != nil {
		t.Fatal(err)
	}
	score, err := m.Evaluate(docs)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("valid.txt F1 %.4f", score.All.F1())
	if f := score.All.F1(); f < 0.90 {
		t.Errorf("valid.txt F1 %.4f, want at least 0.90", f)
	}
}
