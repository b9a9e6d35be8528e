package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// exportTalk writes the talk with `handson slides --export html` and returns the file.
func exportTalk(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	out, errOut, code := hs(t, dir, "slides", "--export", "html", "talk.html")
	if code != 0 {
		t.Fatalf("export: exit %d\n%s%s", code, out, errOut)
	}
	if !strings.HasPrefix(out, "Wrote ") {
		t.Errorf("export said %q", out)
	}
	return filepath.Join(dir, "talk.html")
}

// TestExportedHTMLStandsAlone: the exported file refers to nothing outside itself, and
// holds every slide, its notes and its demo's recorded output.
func TestExportedHTMLStandsAlone(t *testing.T) {
	path := exportTalk(t)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	if m := regexp.MustCompile(`(?i)https?:|\ssrc\s*=|\shref\s*=|@import|url\(|<link|<iframe|<img`).FindString(page); m != "" {
		t.Errorf("the page refers to something outside it: %q", m)
	}
	d := talk(t)
	if got := strings.Count(page, `<section class="slide"`); got != len(d.Slides) {
		t.Errorf("%d slides in the page, %d in the deck", got, len(d.Slides))
	}
	gc0 := slideWithDemo(t, d, "handson demo gc0.py")
	section := page[strings.Index(page, `id="slide-`+strconv.Itoa(gc0.Number)+`"`):]
	section = section[:strings.Index(section, "</section>")]
	if !strings.Contains(section, "Demo: <code>handson demo gc0.py</code>") || !strings.Contains(section, "1 hello world") {
		t.Errorf("the gc0 slide lacks its demo and its output:\n%s", section)
	}
	withNotes := 0
	for _, s := range d.Slides {
		if s.Notes != "" {
			withNotes++
		}
	}
	if got := strings.Count(page, `<aside class="notes">`); got != withNotes {
		t.Errorf("%d notes in the page, %d slides with notes", got, withNotes)
	}
	if _, _, code := hs(t, t.TempDir(), "slides", "--export", "pdf", "x.pdf"); code != 2 {
		t.Errorf("--export pdf: exit %d", code)
	}
	if _, _, code := hs(t, t.TempDir(), "slides", "--export", "html"); code != 2 {
		t.Errorf("--export html without a file: exit %d", code)
	}
}

// slidesBrowser starts headless chromium, or skips the test when there is none. The flags
// keep it off the network, which this machine does not have.
func slidesBrowser(t *testing.T) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		if _, serr := os.Stat("/usr/bin/chromium"); serr != nil {
			t.Skip("chromium is not installed (.ci/run installs it): browser test skipped")
		}
		path = "/usr/bin/chromium"
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1280, 800),
	)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

// shownSlide is what the browser shows: the counter, and the heading and notes of the one
// visible slide (with how many slides are visible).
type shownSlide struct {
	Where   string `json:"where"`
	Heading string `json:"heading"`
	Visible int    `json:"visible"`
	Notes   string `json:"notes"`
	Hash    string `json:"hash"`
}

const shownJS = `(function () {
  var vis = Array.prototype.filter.call(document.querySelectorAll('.slide'), function (s) { return s.offsetParent !== null; });
  var notes = vis.length ? vis[0].querySelector('.notes') : null;
  return {
    where: document.getElementById('where').textContent,
    heading: vis.length ? vis[0].querySelector('h1').textContent : '',
    visible: vis.length,
    notes: notes && notes.offsetParent !== null ? notes.textContent : '',
    hash: location.hash
  };
})()`

// TestExportedHTMLInChromium pages through the exported talk with the arrow keys (and
// Home, End, Page Down), and shows the notes with s.
func TestExportedHTMLInChromium(t *testing.T) {
	ctx := slidesBrowser(t)
	path := exportTalk(t)
	d := talk(t)
	n := len(d.Slides)
	var shown shownSlide
	look := func(what string, slide int) {
		t.Helper()
		var err error
		if shown, err = chromedp.Run(ctx, chromedp.Evaluate[shownSlide](shownJS)); err != nil {
			t.Fatal(err)
		}
		want := d.Slides[slide-1]
		if shown.Where != "slide "+strconv.Itoa(slide)+"/"+strconv.Itoa(n) || shown.Heading != want.Title || shown.Visible != 1 ||
			shown.Hash != "#"+strconv.Itoa(slide) {
			t.Errorf("%s: the page shows %+v, want slide %d/%d %q alone", what, shown, slide, n, want.Title)
		}
	}
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+path), chromedp.WaitVisible(chromedp.CSS("#where"))); err != nil {
		t.Fatal(err)
	}
	look("on load", 1)
	for _, step := range []struct {
		key  string
		name string
		want int
	}{
		{kb.ArrowRight, "→", 2}, {kb.ArrowRight, "→", 3}, {kb.ArrowLeft, "←", 2}, {kb.End, "End", n},
		{kb.ArrowRight, "→ on the last slide", n}, {kb.ArrowLeft, "←", n - 1}, {kb.Home, "Home", 1},
		{kb.ArrowLeft, "← on the first slide", 1}, {kb.PageDown, "Page Down", 2},
	} {
		if err := chromedp.Do(ctx, chromedp.KeyEvent(step.key)); err != nil {
			t.Fatal(err)
		}
		look(step.name, step.want)
	}
	if shown.Notes != "" {
		t.Error("notes shown before s was pressed")
	}
	// Every slide, one arrow key at a time, and back to the start.
	for i := 3; i <= n; i++ {
		if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.ArrowRight)); err != nil {
			t.Fatal(err)
		}
		look("paging through", i)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Home), chromedp.KeyEvent(kb.ArrowRight)); err != nil {
		t.Fatal(err)
	}
	look("Home, →", 2)
	if err := chromedp.Do(ctx, chromedp.KeyEvent("s")); err != nil {
		t.Fatal(err)
	}
	shown, err := chromedp.Run(ctx, chromedp.Evaluate[shownSlide](shownJS))
	if err != nil {
		t.Fatal(err)
	}
	if words := strings.Fields(strings.ReplaceAll(d.Slides[1].Notes, "`", "")); !strings.Contains(strings.Join(strings.Fields(shown.Notes), " "), strings.Join(words[:5], " ")) {
		t.Errorf("s did not show slide 2's notes: %q", shown.Notes)
	}
	// A reload keeps the place.
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+path+"#7"), chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS("#where"))); err != nil {
		t.Fatal(err)
	}
	look("reloaded at #7", 7)
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(t.TempDir(), "slide7.png")
	if dir := os.Getenv("HANDSON_ARTIFACTS"); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err == nil {
			shot = filepath.Join(dir, "slides-html-slide7.png")
		}
	}
	if err := os.WriteFile(shot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", shot)
}
