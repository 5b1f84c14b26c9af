package extract

import (
	"context"
	"strings"
	"testing"

	"onrecord/ingest"
)

func TestStageFaultIsAnError(t *testing.T) {
	x := newExtractor(t)
	good := x.stages
	x.stages = append(append([]Stage(nil), good...), Stage{"faulty", func(x *Extractor, d *Document) {
		if strings.Contains(d.Text, "fault") {
			_ = d.Tokens[len(d.Tokens)] // out of range, as a bug would be
		}
	}})
	a := &ingest.Article{Text: "A text with a fault in it."}
	d, err := x.Extract(context.Background(), a)
	if err == nil || d != nil || !strings.Contains(err.Error(), "faulty stage") {
		t.Fatalf("a faulty stage gave %v, %v; want an error naming the stage", d, err)
	}
	// The extractor goes on with the next article.
	d, err = x.Extract(context.Background(), &ingest.Article{Text: "Tom Bell said the plan was sound."})
	if err != nil || len(d.Tokens) == 0 {
		t.Fatalf("after a fault: %v, %v", d, err)
	}
}
