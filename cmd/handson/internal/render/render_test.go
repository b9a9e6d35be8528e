package render

import (
	"github.com/charmbracelet/glamour"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

const sample = "# Title\n\nA paragraph with `code` and **bold** words that goes on for long enough to need wrapping at a narrow width, surely.\n\n" +
	"- an item written\n  over two lines\n- another\n\n```sh\nhandson run gc0.py\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

func TestPlainOutputHasNoEscapesAndFitsTheWidth(t *testing.T) {
	for _, o := range []Options{
		{Style: StyleDark, Terminal: Terminal{IsTerminal: false, Width: 60}},
		{Style: StyleAuto, Terminal: Terminal{IsTerminal: true, Width: 60, NoColor: true}},
		{Style: StylePlain, Terminal: Terminal{IsTerminal: true, Width: 60}},
	} {
		if !o.Plain() {
			t.Fatalf("%+v should be plain", o)
		}
		out, err := Markdown(sample, o)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(out, "\x1b") {
			t.Errorf("%+v: escape codes in plain output:\n%q", o, out)
		}
		for _, line := range strings.Split(out, "\n") {
			if utf8.RuneCountInString(line) > 60 {
				t.Errorf("%+v: line wider than 60: %q", o, line)
			}
			if strings.HasSuffix(line, " ") {
				t.Errorf("%+v: trailing spaces: %q", o, line)
			}
		}
		for _, want := range []string{"# Title", "handson run gc0.py", "an item written over two lines", "bold words"} {
			if !strings.Contains(strings.Join(strings.Fields(out), " "), want) {
				t.Errorf("%+v: plain output lacks %q:\n%s", o, want, out)
			}
		}
		if strings.Contains(out, "**") {
			t.Errorf("%+v: bold markers left in plain text:\n%s", o, out)
		}
	}
}

func TestStyledOutputUsesColours(t *testing.T) {
	for _, style := range []string{StyleDark, StyleLight} {
		out, err := Markdown(sample, Options{Style: style, Terminal: Terminal{IsTerminal: true, Width: 80}})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, "\x1b[") || !strings.Contains(out, "Title") {
			t.Errorf("%s: no colours in\n%q", style, out)
		}
	}
	dark, _ := Markdown(sample, Options{Style: StyleDark, Terminal: Terminal{IsTerminal: true, Width: 80}})
	light, _ := Markdown(sample, Options{Style: StyleLight, Terminal: Terminal{IsTerminal: true, Width: 80}})
	if dark == light {
		t.Error("dark and light styles render the same")
	}
	if _, err := Markdown(sample, Options{Style: "neon"}); err == nil {
		t.Error("unknown style accepted")
	}
}

func TestDetect(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	got := Detect(w, env(map[string]string{"COLUMNS": "123"}))
	if got.IsTerminal || got.Width != 123 || got.NoColor {
		t.Errorf("pipe: %+v", got)
	}
	got = Detect(w, env(map[string]string{"NO_COLOR": "1"}))
	if got.Width != DefaultWidth || !got.NoColor {
		t.Errorf("pipe with NO_COLOR: %+v", got)
	}
	if got := Detect(w, env(map[string]string{"TERM": "dumb"})); !got.NoColor {
		t.Errorf("TERM=dumb: %+v", got)
	}
	forced := Detect(w, env(map[string]string{"CLICOLOR_FORCE": "1", "COLUMNS": "90"}))
	if !forced.IsTerminal || !forced.Forced || forced.Width != 90 {
		t.Errorf("CLICOLOR_FORCE=1: %+v", forced)
	}
	out, err := Markdown(sample, Options{Terminal: forced})
	if err != nil || !strings.Contains(out, "\x1b[") {
		t.Errorf("forced output has no colours: %v\n%q", err, out)
	}
	if s, err := ResolvedStyle(Options{Terminal: forced}); err != nil || s != StyleDark {
		t.Errorf("forced auto resolves to %q %v", s, err)
	}
	if got := Detect(w, env(map[string]string{"CLICOLOR_FORCE": "0"})); got.IsTerminal {
		t.Errorf("CLICOLOR_FORCE=0: %+v", got)
	}
	if o := (Options{Terminal: Detect(w, env(map[string]string{"CLICOLOR_FORCE": "1", "NO_COLOR": "1"}))}); !o.Plain() {
		t.Error("NO_COLOR does not win over CLICOLOR_FORCE")
	}
}

func TestJoinListItems(t *testing.T) {
	in := "- one\n  more\n1. two\n   more\n\n  not an item\n```\n- x\n  y\n```\n"
	want := "- one more\n1. two more\n\n  not an item\n```\n- x\n  y\n```\n"
	if got := joinListItems(in); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestPainter(t *testing.T) {
	plain := NewPainter(Options{Terminal: Terminal{IsTerminal: false}})
	if plain.Good("PASS") != "PASS" || plain.Diff("-a\n+b\n") != "-a\n+b\n" {
		t.Error("plain painter adds codes")
	}
	colour := NewPainter(Options{Style: StyleDark, Terminal: Terminal{IsTerminal: true}})
	if !strings.HasPrefix(colour.Bad("FAIL"), "\x1b[") {
		t.Error("colour painter adds no codes")
	}
	d := colour.Diff("--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y\n same\n")
	if strings.Count(d, "\n") != 6 || !strings.Contains(d, "\x1b[31m-x") || !strings.Contains(d, "\x1b[32m+y") || !strings.Contains(d, "\n same\n") {
		t.Errorf("coloured diff %q", d)
	}
}

// TestPlainWrapsAroundInlineCode guards against glamour's no-terminal style breaking a
// paragraph with inline code into a short orphan line ("under" alone), which it did while
// its code spans had a block prefix.
func TestPlainWrapsAroundInlineCode(t *testing.T) {
	para := "A generator paused at a `yield` inside `try: ... finally:` or `with` still owes its `finally`.\n" +
		"It pays when the generator finishes, or when someone calls its `close()` method, which raises\n" +
		"`GeneratorExit` at the paused `yield`. A generator dropped half-way is closed when it dies:\n" +
		"at once under CPython, at a collection under PyPy, never at PyPy's exit.\n"
	out, err := Markdown(para, Options{Style: StylePlain, Terminal: Terminal{Width: 80}})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	for _, l := range lines[:len(lines)-1] {
		if len(l) < 60 {
			t.Errorf("short line inside a paragraph: %q\n%s", l, out)
		}
	}
	if !strings.Contains(out, "`GeneratorExit`") {
		t.Errorf("inline code is not quoted:\n%s", out)
	}
}

// TestResolvedStyle: plain output resolves to plain, a named style to itself, and auto to
// dark or light, whichever renders the same as auto.
func TestResolvedStyle(t *testing.T) {
	if s, err := ResolvedStyle(Options{Style: StyleDark, Terminal: Terminal{IsTerminal: false}}); err != nil || s != StylePlain {
		t.Errorf("not a terminal: %q %v", s, err)
	}
	if s, err := ResolvedStyle(Options{Style: StyleLight, Terminal: Terminal{IsTerminal: true}}); err != nil || s != StyleLight {
		t.Errorf("light: %q %v", s, err)
	}
	if _, err := ResolvedStyle(Options{Style: "neon", Terminal: Terminal{IsTerminal: true}}); err == nil {
		t.Error("unknown style accepted")
	}
	o := Options{Style: StyleAuto, Terminal: Terminal{IsTerminal: true, Width: 80}}
	s, err := ResolvedStyle(o)
	if err != nil {
		t.Fatal(err)
	}
	// Under go test stdout is no terminal, and glamour's auto style is its no-terminal
	// one; on a terminal it is dark or light. Either way the answer renders as auto does.
	auto, _ := Markdown(sample, o)
	fixed, _ := Markdown(sample, Options{Style: s, Terminal: o.Terminal})
	if s == StylePlain {
		fixed, _ = glamourNoTTY(sample, o.Terminal.Width)
	}
	if auto != fixed {
		t.Errorf("auto resolved to %s, which renders differently", s)
	}
}

func glamourNoTTY(md string, width int) (string, error) {
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("notty"), glamour.WithWordWrap(width-4))
	if err != nil {
		return "", err
	}
	return r.Render(joinListItems(md))
}
