package server

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium returns the path of a Chromium or Chrome binary, skipping the test when there
// is none (.ci/run installs Debian's chromium).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("skipping: no chromium to drive (apt-get install chromium)")
	return ""
}

// TestInBrowser drives headless Chromium over the demo: the person page's timeline, a
// source's highlighted sentence, and the extract page's speaker. Screenshots of each page
// go to the test's artifacts (go test -artifacts to keep them).
func TestInBrowser(t *testing.T) {
	exe := chromium(t)
	ts, st := demoServer(t)
	hale, err := st.Find(context.Background(), "person", "David Hale")
	if err != nil || len(hale) != 1 {
		t.Fatalf("Find: %v %v", hale, err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true),
		chromedp.Flag("window-size", "1280,1600"), chromedp.UserDataDir(t.TempDir()))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	shots := t.ArtifactDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	shot := func(name string) {
		t.Helper()
		buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		must(err)
		p := filepath.Join(shots, name+".png")
		must(os.WriteFile(p, buf, 0o644))
		t.Logf("screenshot %s", p)
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		must(err)
		return s
	}

	// The person page: a timeline with bars for the posts held.
	must(chromedp.Do(ctx, chromedp.Navigate(fmt.Sprintf("%s/people/%d", ts.URL, hale[0].ID)),
		chromedp.WaitVisible(chromedp.CSS(`svg.timeline .bar rect`))))
	bars, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("svg.timeline .bar rect").length`))
	must(err)
	shot("person")
	if title := text("h1"); title != "David Hale" || bars < 2 {
		t.Errorf("person page: title %q, %d bars in the timeline", title, bars)
	}

	// An event's sentence leads to its article with the sentence highlighted.
	sentence := text(`ul.events li.event blockquote a`)
	must(chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`ul.events li.event blockquote a`)), chromedp.WaitVisible(chromedp.CSS(`#hl`))))
	highlighted, err := chromedp.Run(ctx, chromedp.Evaluate[string](`Array.from(document.querySelectorAll("article.text .hl")).map(e => e.textContent).join("")`))
	must(err)
	shot("article")
	h := strings.Join(strings.Fields(highlighted), " ")
	if h == "" || !strings.HasPrefix(strings.Join(strings.Fields(sentence), " "), h[:min(20, len(h))]) {
		t.Errorf("highlighted %q for the sentence %q", highlighted, sentence)
	}

	// The extract page shows the speaker of a pasted quotation.
	article := "Mayor quits\n\nMayor Joan Fisher resigned on Monday.\n\n\"It was time to go,\" said Mrs Fisher."
	must(chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/extract"),
		chromedp.SetValue(chromedp.CSS(`#text`), article),
		chromedp.Click(chromedp.CSS(`form.extract button`)),
		chromedp.WaitVisible(chromedp.CSS(`#result .speaker`))))
	shot("extract")
	if speaker := text(`#result .speaker`); speaker != "Joan Fisher" {
		t.Errorf("extract page shows the speaker %q, want Joan Fisher", speaker)
	}
}
