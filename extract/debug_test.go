package extract

import (
	"context"
	"fmt"
	"os"
	"testing"

	"onrecord/ingest"
	"onrecord/ner"
)

func TestDebugNames(t *testing.T) {
	f := os.Getenv("F")
	if f == "" {
		t.Skip()
	}
	m, _ := ner.LoadDefault()
	a, _ := ingest.ReadFile(f)
	x := New(m)
	d, _ := x.Extract(context.Background(), a)
	for _, n := range d.Names {
		fmt.Printf("%v %d %q ent=%d\n", n.Type, n.Title, d.Slice(d.TokenSpan(n.From, n.To)), d.mentionEntity(n.From+n.Title))
	}
}
