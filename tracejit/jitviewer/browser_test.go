package jitviewer

import (
	"context"
	"errors"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// browser starts headless chromium for a test, or skips the test when there is none.
func browser(t *testing.T) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		if _, serr := os.Stat("/usr/bin/chromium"); serr != nil {
			t.Skip("chromium is not installed (apt-get install chromium; .ci/run installs it): browser test skipped")
		}
		path = "/usr/bin/chromium"
	}
	opts := []chromedp.ExecAllocatorOption{
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
		chromedp.Flag("hide-scrollbars", true),
		chromedp.WindowSize(1600, 1200),
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return ctx
}

// serve starts a viewer of the log at path on a free loopback port and returns its URL.
func serve(t *testing.T, path string) string {
	t.Helper()
	v := viewerOf(t, path)
	ln, err := Listen("")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, v) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("viewer did not stop cleanly: %v", err)
		}
	})
	return URL(ln)
}

func sharedLog(t *testing.T, name string) string {
	t.Helper()
	path := filepath.Join("../../../shared/pypy-logs", name)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("real PyPy logs not present (../shared/pypy-logs beside the checkout): %v", err)
	}
	return path
}

// artifactDir is where screenshots go: $HANDSON_ARTIFACTS, else the test's temp dir.
func artifactDir(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("HANDSON_ARTIFACTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	// From the top, so the sticky header is where a person sees it.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.scrollTo(0, 0), true`)); err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join(artifactDir(t), name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// texts returns the trimmed text of every element sel matches.
func texts(t *testing.T, ctx context.Context, sel string) []string {
	t.Helper()
	js := `Array.from(document.querySelectorAll(` + strconv.Quote(sel) + `)).map(e => e.textContent.trim())`
	out, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](js))
	if err != nil {
		t.Fatalf("%s: %v", sel, err)
	}
	return out
}

// do runs browser steps or fails the test.
func do(t *testing.T, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func location(t *testing.T, ctx context.Context) string {
	t.Helper()
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// hover moves the real mouse onto the first element sel matches.
func hover(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	do(t, ctx, chromedp.ScrollIntoView(chromedp.CSS(sel)))
	js := `(() => { const r = document.querySelector(` + strconv.Quote(sel) + `).getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()`
	xy, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](js))
	if err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.MouseEvent(chromedp.MouseMoved, xy[0], xy[1]))
}

func count(t *testing.T, ctx context.Context, js string) int {
	t.Helper()
	n, err := chromedp.Run(ctx, chromedp.Evaluate[int](js))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestBrowserCountLogs(t *testing.T) {
	for _, tc := range []struct {
		log     string
		bridges int
		missing int
	}{
		{"count-2000.pypylog", 1, 1},
		{"count-10000.pypylog", 2, 0},
	} {
		t.Run(tc.log, func(t *testing.T) {
			url := serve(t, sharedLog(t, tc.log))
			ctx := browser(t)
			// The index lists the loop as a plain link, with the filter box.
			do(t, ctx, chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS("#filter")))
			links := texts(t, ctx, "#loops a.trace-link")
			if len(links) != 1 || links[0] != "Loop 1" {
				t.Fatalf("loop links on the index: %q", links)
			}
			if got := len(texts(t, ctx, "#bridges a.trace-link")); got != tc.bridges {
				t.Errorf("%d bridges on the index, want %d", got, tc.bridges)
			}
			screenshot(t, ctx, strings.TrimSuffix(tc.log, ".pypylog")+"-index.png")
			// The filter hides the rows that do not match and shows them again.
			visible := `document.querySelectorAll("tr[data-filter]:not(.filtered)").length`
			all := count(t, ctx, visible)
			do(t, ctx, chromedp.SendKeys(chromedp.CSS("#filter"), "nosuchfunction"))
			if n := count(t, ctx, visible); n != 0 {
				t.Errorf("filter on a missing name leaves %d rows", n)
			}
			if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("filter").value = "", true`)); err != nil {
				t.Fatal(err)
			}
			do(t, ctx, chromedp.SendKeys(chromedp.CSS("#filter"), "count_mult"))
			if n := count(t, ctx, visible); n != all || all != 1+tc.bridges {
				t.Errorf("filter count_mult shows %d of %d rows", n, all)
			}
			// Following the link opens the loop's page at its stable URL.
			do(t, ctx, chromedp.Click(chromedp.CSS("#loops a.trace-link")), chromedp.WaitVisible(chromedp.CSS(".srclines")))
			if loc := location(t, ctx); loc != url+"trace/loop-1" {
				t.Errorf("loop page at %s", loc)
			}
			labels := texts(t, ctx, ".part > .op.label .text")
			if len(labels) != 2 || !strings.HasPrefix(labels[0], "label(p0, p1, ") || !strings.Contains(labels[1], "descr=TargetToken(") {
				t.Errorf("labels on the loop page: %q", labels)
			}
			// The loop's jump links to the second label, whose section it names.
			jumps := texts(t, ctx, ".op.jump a.link")
			if len(jumps) != 1 || !strings.HasSuffix(labels[1], strings.TrimPrefix(jumps[0], "→ to Loop 1, label ")+")") {
				t.Errorf("jump link %q does not name the loop body's label %q", jumps, labels[1])
			}
			if got := texts(t, ctx, ".bridgelist a.bridge-link"); len(got) != tc.bridges {
				t.Errorf("bridges listed: %q, want %d", got, tc.bridges)
			}
			if got := texts(t, ctx, ".op.guard a.bridge-link"); len(got) != tc.bridges {
				t.Errorf("guards with a bridge link: %d, want %d", len(got), tc.bridges)
			}
			src := strings.Join(texts(t, ctx, ".srclines li"), "\n")
			for _, want := range []string{"4def count_mult_of_5(N):", "7    for i in range(N):", "8        if i % 5 == 0:", "11            not_mult += 1"} {
				if !strings.Contains(src, want) {
					t.Errorf("source panel lacks %q:\n%s", want, src)
				}
			}
			if got := texts(t, ctx, ".line > .src code"); len(got) < 3 || !containsAll(got, "for i in range(N):", "if i % 5 == 0:", "mult += 1") {
				t.Errorf("source lines above the ops: %q", got)
			}
			hot := texts(t, ctx, ".op.guard.hot")
			if len(hot) != tc.missing {
				t.Errorf("%d hot missing bridges shown, want %d: %q", len(hot), tc.missing, hot)
			}
			if tc.missing > 0 && !strings.Contains(hot[0], "guard(i71 is true)") {
				t.Errorf("the missing bridge is %q, want the loop body's guard(i71 is true)", hot[0])
			}
			// Hovering a variable highlights each of its uses.
			if lit := count(t, ctx, `document.querySelectorAll('.v.hl').length`); lit != 0 {
				t.Errorf("%d variables highlighted before any hover", lit)
			}
			hover(t, ctx, `.part .v[data-v="i53"]`)
			uses := count(t, ctx, `document.querySelectorAll('.v[data-v="i53"]').length`)
			lit := count(t, ctx, `document.querySelectorAll('.v.hl[data-v="i53"]').length`)
			if uses < 5 || lit != uses || count(t, ctx, `document.querySelectorAll('.v.hl').length`) != uses {
				t.Errorf("hovering i53 highlighted %d of its %d uses", lit, uses)
			}
			hover(t, ctx, "h1")
			if lit := count(t, ctx, `document.querySelectorAll('.v.hl').length`); lit != 0 {
				t.Errorf("%d variables still highlighted after the mouse left", lit)
			}
			do(t, ctx, chromedp.ScrollIntoView(chromedp.CSS("h1")))
			screenshot(t, ctx, strings.TrimSuffix(tc.log, ".pypylog")+"-loop-1.png")
			// The bridge link leads to the bridge's page, which links back to its guard.
			do(t, ctx, chromedp.Click(chromedp.CSS(".bridgelist a.bridge-link")), chromedp.WaitVisible(chromedp.CSS(".parent a")))
			if loc := location(t, ctx); !strings.HasPrefix(loc, url+"trace/bridge-") {
				t.Errorf("bridge page at %s", loc)
			}
		})
	}
}

func containsAll(have []string, want ...string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if strings.TrimSpace(h) == w {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func TestBrowserScriptInLocationRendersAsText(t *testing.T) {
	path := filepath.Join(t.TempDir(), "evil.pypylog")
	if err := os.WriteFile(path, []byte(scriptLog), 0o644); err != nil {
		t.Fatal(err)
	}
	url := serve(t, path)
	ctx := browser(t)
	for _, page := range []string{"", "trace/loop-1"} {
		do(t, ctx, chromedp.Navigate(url+page), chromedp.WaitVisible(chromedp.CSS("h1")))
		pwned, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.pwned === 1 || document.querySelectorAll("main script, main img").length > 0`))
		if err != nil {
			t.Fatal(err)
		}
		if pwned {
			t.Errorf("/%s: markup from the log ran or was inserted", page)
		}
		where := strings.Join(texts(t, ctx, "td, h1 .where"), " ")
		if !strings.Contains(where, "<script>window.pwned=1</script>") {
			t.Errorf("/%s: the location is not shown as text: %q", page, where)
		}
	}
}

func TestBrowserOwnLogs(t *testing.T) {
	ctx := browser(t)
	for _, tc := range []struct {
		log, page, fold string
	}{
		{"calls.pypylog", "trace/loop-1", "inlined call to add in calls.py:7"},
		{"calls.pypylog", "trace/loop-6", "inlined call to collatz_steps in calls.py:18"},
		{"objects.pypylog", "trace/loop-1", "inlined call to norm1 in objects.py:12"},
	} {
		url := serve(t, filepath.Join("../jitlog/testdata", tc.log))
		do(t, ctx, chromedp.Navigate(url+tc.page), chromedp.WaitVisible(chromedp.CSS(".srclines")))
		folds := texts(t, ctx, "details.inlined > summary")
		found := false
		for _, f := range folds {
			found = found || strings.Contains(strings.ReplaceAll(f, "/home/learner/course/", ""), tc.fold)
		}
		if !found {
			t.Errorf("%s %s: no fold %q among %q", tc.log, tc.page, tc.fold, folds)
		}
		// Folds open on a click; machine code shows on its toggle.
		before := count(t, ctx, `document.querySelectorAll("details.inlined[open]").length`)
		do(t, ctx, chromedp.Click(chromedp.CSS("details.inlined:not([open]) > summary")))
		if after := count(t, ctx, `document.querySelectorAll("details.inlined[open]").length`); after != before+1 {
			t.Errorf("%s: clicking a fold opened %d", tc.log, after-before)
		}
		if count(t, ctx, `Array.from(document.querySelectorAll(".asm")).filter(e => e.offsetParent !== null).length`) != 0 {
			t.Errorf("%s: machine code shown before asking", tc.log)
		}
		do(t, ctx, chromedp.Click(chromedp.CSS(`button[data-toggle="show-asm"]`)))
		if count(t, ctx, `Array.from(document.querySelectorAll(".asm")).filter(e => e.offsetParent !== null).length`) == 0 {
			t.Errorf("%s: the machine code toggle shows nothing", tc.log)
		}
		do(t, ctx, chromedp.Click(chromedp.CSS(`button[data-toggle="show-asm"]`)))
		screenshot(t, ctx, strings.TrimSuffix(tc.log, ".pypylog")+"-"+strings.ReplaceAll(tc.page, "/", "-")+".png")
	}
}
