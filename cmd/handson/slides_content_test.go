package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"handson/cmd/handson/internal/workspace"
)

// TestEverySlideDemoRuns runs the demo of every slide as the presenter would, and checks
// that handson ran it (no usage error, no failure of handson itself, no time limit hit).
// A check that fails (exit status 1) is a fine demo: the slide shows a red check.
func TestEverySlideDemoRuns(t *testing.T) {
	c := builtCourse(t)
	d := talk(t)
	demos := slideDemosOf(t, c)
	n := 0
	for _, s := range d.Slides {
		if s.Demo == nil {
			continue
		}
		n++
		out, err := demos.run(context.Background(), s.Demo.Command, 100)
		if err != nil {
			t.Errorf("slide %d: %v", s.Number, err)
			continue
		}
		if !strings.HasPrefix(out, "$ "+s.Demo.Command+"\n") {
			t.Errorf("slide %d: output does not start with the command:\n%s", s.Number, out)
		}
		for _, bad := range []string{"(exit status 2)", "(stopped:", "handson: ", "panic"} {
			if strings.Contains(out, bad) {
				t.Errorf("slide %d: %s: %q in\n%s", s.Number, s.Demo.Command, bad, out)
			}
		}
		if os.Getenv("SHOW_DEMOS") != "" {
			t.Logf("slide %d:\n%s", s.Number, out)
		}
		if len(strings.Split(out, "\n")) < 3 {
			t.Errorf("slide %d: almost no output:\n%s", s.Number, out)
		}
	}
	if n < 10 {
		t.Errorf("only %d demos in the talk", n)
	}
}

// TestSlideExcerptsMatchWhatHandsonPrints: every excerpt on a slide is what its command
// prints today, run in a workspace that also holds the real PyPy logs (when they are
// beside the checkout).
func TestSlideExcerptsMatchWhatHandsonPrints(t *testing.T) {
	c := builtCourse(t)
	d := talk(t)
	demos := slideDemosOf(t, c)
	dir := filepath.Join(t.TempDir(), "ws")
	if _, err := workspace.Init(dir, c, time.Now()); err != nil {
		t.Fatal(err)
	}
	logs, _ := filepath.Glob("../../../shared/pypy-logs/*.pypylog")
	for _, l := range logs {
		data, err := os.ReadFile(l)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dir, filepath.Base(l)), string(data))
	}
	bin := handsonOnPath(t)
	checked := 0
	for _, s := range d.Slides {
		for _, ex := range s.Excerpts {
			if strings.Contains(ex.Command, ".pypylog") && len(logs) == 0 {
				t.Logf("slide %d: no PyPy logs beside the checkout, excerpt of %q not checked", s.Number, ex.Command)
				continue
			}
			out, err := demos.runIn(context.Background(), dir, bin, ex.Command, 100)
			if err != nil {
				t.Fatal(err)
			}
			checked++
			if !containsLines(out, ex.Text) {
				t.Errorf("slide %d: %s does not print these lines together:\n%s\nIt prints:\n%s", s.Number, ex.Command, ex.Text, out)
			}
		}
	}
	if checked == 0 {
		t.Error("no excerpt checked")
	}
}

// containsLines says whether the lines of want appear consecutively in got, comparing
// lines without their trailing spaces.
func containsLines(got, want string) bool {
	trim := func(s string) []string {
		lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
		for i, l := range lines {
			lines[i] = strings.TrimRight(l, " ")
		}
		return lines
	}
	g, w := trim(got), trim(want)
	for i := 0; i+len(w) <= len(g); i++ {
		match := true
		for j := range w {
			if g[i+j] != w[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// TestSlidesCommandLine: --list lists the deck, and the presenter refuses what it cannot do
// with one line each.
func TestSlidesCommandLine(t *testing.T) {
	d := talk(t)
	dir := t.TempDir()
	out, _, code := hs(t, dir, "slides", "--list")
	if code != 0 || !strings.HasPrefix(out, d.Title+": ") {
		t.Fatalf("--list: exit %d\n%s", code, out)
	}
	gc0 := slideWithDemo(t, d, "handson demo gc0.py")
	if want := fmt.Sprintf("%3d  %s  (demo: handson demo gc0.py)\n", gc0.Number, gc0.Title); !strings.Contains(out, want) {
		t.Errorf("--list lacks %q:\n%s", want, out)
	}
	if out, _, _ := hs(t, dir, "__complete", "slides", "--export", ""); !strings.HasPrefix(out, "html\t") {
		t.Errorf("completion of --export: %q", out)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"slides"}, "the presenter needs a terminal"},
		{[]string{"slides", "--notes"}, "the presenter needs a terminal"},
		{[]string{"slides", "--start", "999"}, "--start 999: the slides are 1 to"},
		{[]string{"slides", "extra"}, "slides takes no arguments"},
		{[]string{"slides", "--notes", "--list"}, "none of the others can be"},
		{[]string{"slides", "--style", "neon"}, "style \"neon\""},
	} {
		_, errOut, code := hs(t, dir, tc.args...)
		if code != 2 || !strings.Contains(errOut, tc.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q, want one line with %q", tc.args, code, errOut, tc.want)
		}
	}
}

// TestSlideDemoColours: the presenter's demos are styled for its terminal (a check's PASS in
// colour), the export's are plain text even when the user forces colours.
func TestSlideDemoColours(t *testing.T) {
	t.Setenv("CLICOLOR_FORCE", "1")
	demos := slideDemosOf(t, builtCourse(t))
	plain, err := demos.run(context.Background(), "handson check gc2", 100)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain, "\x1b") || !strings.Contains(plain, "PASS") {
		t.Errorf("plain demo output:\n%q", plain)
	}
	demos.colour = true
	styled, err := demos.run(context.Background(), "handson check gc2", 100)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(styled, "\x1b[") || !strings.Contains(styled, "PASS") {
		t.Errorf("styled demo output has no colours:\n%q", styled)
	}
}
