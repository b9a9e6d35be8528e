package render

import (
	"os"
	"strings"
	"testing"
)

const sample = "# Title\n\nA paragraph with `code` and **bold** words that goes on for long enough to need wrapping at a narrow width, surely.\n\n" +
	"- an item written\n  over two lines\n- another\n\n```sh\nhandson run gc0.py\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"

func env(vars map[string]string) func(string) string {
	return func(k string) string { return vars[k] }
}

// stripANSI removes escape sequences, leaving what the terminal shows.
func stripANSI(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			i += escapeLen(s[i:])
			continue
		}
		sb.WriteByte(s[i])
		i++
	}
	return sb.String()
}

// flat joins the words of s with single spaces, as text reads whatever its wrapping.
func flat(s string) string { return strings.Join(strings.Fields(stripANSI(s)), " ") }

func render(t *testing.T, md, style string, width int) string {
	t.Helper()
	out, err := Markdown(md, Options{Style: style, Terminal: Terminal{IsTerminal: true, Width: width}})
	if err != nil {
		t.Fatal(err)
	}
	return out
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
		if strings.HasPrefix(out, "\n") || strings.HasSuffix(out, "\n\n") || !strings.HasSuffix(out, "\n") {
			t.Errorf("%+v: blank lines at an end, or no final newline: %q", o, out)
		}
		for _, line := range strings.Split(out, "\n") {
			if displayWidth(line) > 60 {
				t.Errorf("%+v: line wider than 60: %q", o, line)
			}
			if strings.HasSuffix(line, " ") {
				t.Errorf("%+v: trailing spaces: %q", o, line)
			}
		}
		for _, want := range []string{"# Title", "handson run gc0.py", "an item written over two lines", "bold words", "`code`"} {
			if !strings.Contains(flat(out), want) {
				t.Errorf("%+v: plain output lacks %q:\n%s", o, want, out)
			}
		}
		if strings.Contains(out, "**") {
			t.Errorf("%+v: bold markers left in plain text:\n%s", o, out)
		}
	}
}

func TestStyledOutputUsesColours(t *testing.T) {
	dark := render(t, sample, StyleDark, 80)
	light := render(t, sample, StyleLight, 80)
	for style, out := range map[string]string{StyleDark: dark, StyleLight: light} {
		if !strings.Contains(out, "\x1b[") || !strings.Contains(out, "Title") {
			t.Errorf("%s: no colours in\n%q", style, out)
		}
	}
	// One escape sequence per styled stretch, not one per word.
	if !strings.Contains(dark, "\x1b[38;5;252mA paragraph with \x1b[0m\x1b[38;5;203;48;5;236m code \x1b[0m") {
		t.Errorf("dark: text and code span are not one escape each:\n%q", dark)
	}
	if strings.Contains(dark, "\x1b[0m\x1b[38;5;252m \x1b[0m") {
		t.Errorf("dark: a space styled on its own, as one escape per word would:\n%q", dark)
	}
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
	if got.IsTerminal || got.Width != 123 || got.NoColor || got.out != nil {
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
	// Forced output never asks, and COLORFGBG does not change that it is dark.
	forcedLight := Detect(w, env(map[string]string{"CLICOLOR_FORCE": "1", "COLORFGBG": "0;15"}))
	if s, _ := ResolvedStyle(Options{Terminal: forcedLight}); s != StyleDark {
		t.Errorf("forced auto with a light COLORFGBG resolves to %q", s)
	}
	if s, _ := ResolvedStyle(Options{Style: StyleLight, Terminal: forced}); s != StyleLight {
		t.Errorf("forced output with a chosen style resolves to %q", s)
	}
	if got := Detect(w, env(map[string]string{"CLICOLOR_FORCE": "0"})); got.IsTerminal {
		t.Errorf("CLICOLOR_FORCE=0: %+v", got)
	}
	if o := (Options{Terminal: Detect(w, env(map[string]string{"CLICOLOR_FORCE": "1", "NO_COLOR": "1"}))}); !o.Plain() {
		t.Error("NO_COLOR does not win over CLICOLOR_FORCE")
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
	// Each line is coloured without its newline; the last line may have none.
	d := colour.Diff("--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y\n same\n-z")
	want := "\x1b[1m--- a\x1b[0m\n\x1b[1m+++ b\x1b[0m\n\x1b[2m@@ -1 +1 @@\x1b[0m\n" +
		"\x1b[31m-x\x1b[0m\n\x1b[32m+y\x1b[0m\n same\n\x1b[31m-z\x1b[0m"
	if d != want {
		t.Errorf("coloured diff %q, want %q", d, want)
	}
}

// TestPlainWrapsAroundInlineCode: a paragraph with code spans reflows into full lines
// (glamour once broke it into a short orphan line, "under" alone).
func TestPlainWrapsAroundInlineCode(t *testing.T) {
	para := "A generator paused at a `yield` inside `try: ... finally:` or `with` still owes its `finally`.\n" +
		"It pays when the generator finishes, or when someone calls its `close()` method, which raises\n" +
		"`GeneratorExit` at the paused `yield`. A generator dropped half-way is closed when it dies:\n" +
		"at once under CPython, at a collection under PyPy, never at PyPy's exit.\n"
	out := render(t, para, StylePlain, 80)
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

// TestResolvedStyle: plain output resolves to plain, a named style to itself, and auto
// to dark or light (dark when there is nothing to ask), and rendering with the resolved
// style gives what auto gives.
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
	for _, tc := range []struct {
		colorfgbg, want string
	}{
		{"", StyleDark}, // no COLORFGBG and no terminal to ask
		{"15;0", StyleDark},
		{"0;15", StyleLight},
		{"0;default;7", StyleLight},
		{"7;8", StyleDark},
		{"0;default", StyleDark}, // says nothing: as if unset
	} {
		term := Terminal{IsTerminal: true, Width: 80, background: colorFGBGStyle(tc.colorfgbg)}
		for _, style := range []string{StyleAuto, ""} {
			o := Options{Style: style, Terminal: term}
			s, err := ResolvedStyle(o)
			if err != nil || s != tc.want {
				t.Errorf("COLORFGBG=%q, style %q: resolved %q %v, want %s", tc.colorfgbg, style, s, err, tc.want)
			}
			auto, _ := Markdown(sample, o)
			fixed, _ := Markdown(sample, Options{Style: s, Terminal: term})
			if auto != fixed {
				t.Errorf("COLORFGBG=%q: auto renders differently from %s", tc.colorfgbg, s)
			}
		}
	}
}

func TestColorFGBG(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"15;0", StyleDark},
		{"0;6", StyleDark},
		{"0;8", StyleDark},
		{"0;7", StyleLight},
		{"0;9", StyleLight},
		{"12;15", StyleLight},
		{"0;default;15", StyleLight},
		{"15;default;0", StyleDark},
		{"0;16", ""},
		{"0;default", ""},
		{"junk", ""},
	} {
		if got := colorFGBGStyle(tc.in); got != tc.want {
			t.Errorf("COLORFGBG=%q: %q, want %q", tc.in, got, tc.want)
		}
	}
	w, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if got := Detect(w, env(map[string]string{"COLORFGBG": "0;15"})); got.background != StyleLight {
		t.Errorf("Detect with COLORFGBG=0;15: %+v", got)
	}
}

// shownLines are the lines of rendered output as a reader sees them, with the page's
// margin and the blank lines around a styled page taken off; in a styled page, each
// stretch drawn in the code span's colours is shown between [ and ], so that a test can
// see where a code span's background starts and ends.
func shownLines(out, style string) []string {
	code := paletteFor(style).codeSpan.over(paletteFor(style).text).sgr()
	var lines []string
	for _, line := range strings.Split(strings.Trim(out, "\n"), "\n") {
		var sb strings.Builder
		inCode := false
		for i := 0; i < len(line); {
			if line[i] != 0x1b {
				sb.WriteByte(line[i])
				i++
				continue
			}
			n := escapeLen(line[i:])
			switch seq := line[i : i+n]; {
			case code != "" && seq == code:
				sb.WriteString("[")
				inCode = true
			case seq == sgrReset && inCode:
				sb.WriteString("]")
				inCode = false
			}
			i += n
		}
		lines = append(lines, strings.TrimRight(strings.TrimPrefix(sb.String(), strings.Repeat(" ", margin)), " "))
	}
	return lines
}

// TestCodeSpanIsOneUnit: a code span, its padding included, moves whole to the next line
// when it does not fit at the end of one, and takes the punctuation written right after
// it along; only a span wider than a line is cut, at its spaces when it has any. The page
// is 40 columns, so text is 36 wide.
func TestCodeSpanIsOneUnit(t *testing.T) {
	long := strings.Repeat("x", 40)
	for _, tc := range []struct {
		name, md, style string
		want            []string
	}{
		{"straddling", "123456789 123456789 123456789 `a.b = c` ends here.", StylePlain,
			[]string{"123456789 123456789 123456789", "`a.b = c` ends here."}},
		{"straddling", "123456789 123456789 123456789 `a.b = c` ends here.", StyleDark,
			[]string{"123456789 123456789 123456789", "[ a.b = c ] ends here."}},
		{"padding straddling", "123456789 123456789 123456789 1234 `a % b` ends here.", StyleDark,
			[]string{"123456789 123456789 123456789 1234", "[ a % b ] ends here."}},
		{"punctuation glued", "123456789 12345678 12345678 `a = b`), then more.", StylePlain,
			[]string{"123456789 12345678 12345678", "`a = b`), then more."}},
		{"punctuation glued", "123456789 12345678 12345678 `a = b`), then more.", StyleDark,
			[]string{"123456789 12345678 12345678", "[ a = b ]), then more."}},
		{"fits", "one `a.b = c` two", StyleDark, []string{"one [ a.b = c ] two"}},
		{"wider than a line, cut at its spaces", "see `one two three four five six seven eight nine` here", StylePlain,
			[]string{"see `one two three four five six", "seven eight nine` here"}},
		{"wider than a line, cut at its spaces", "see `one two three four five six seven eight nine` here", StyleDark,
			[]string{"see [ one two three four five six]", "[seven eight nine ] here"}},
		{"a long part cut anywhere", "see `a " + long + " b` here", StylePlain,
			[]string{"see `a", "`"[1:] + long[:36], long[36:] + " b` here"}},
		{"no spaces, cut anywhere", "a `" + long + "` b", StylePlain,
			[]string{"a", "`" + long[:35], long[35:] + "` b"}},
		{"no spaces, cut anywhere", "a `" + long + "` b", StyleDark,
			[]string{"a", "[ " + long[:35] + "]", "[" + long[35:] + " ] b"}},
		{"only padding left over", "a `" + long[:35] + "` b", StyleDark,
			[]string{"a", "[ " + long[:35] + "]", "b"}},
	} {
		got := shownLines(render(t, tc.md, tc.style, 40), tc.style)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s, %s:\ngot\n%s\nwant\n%s", tc.name, tc.style, strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
		}
	}
}
