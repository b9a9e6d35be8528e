package sidebyside

import (
	"strings"
	"testing"
	"unicode/utf8"

	"handson/cmd/handson/internal/checker"
	"handson/cmd/handson/internal/render"
)

func modes(t *testing.T) [2]checker.Mode {
	t.Helper()
	m, err := ParseModes("cpython,pypy")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// row finds the layout row whose left column starts with text (after the line number), and
// returns its left text, gutter mark and right text, trimmed.
func row(t *testing.T, out, left string, width int) (string, string, string) {
	t.Helper()
	cw := (width - 3) / 2
	for _, line := range strings.Split(out, "\n") {
		rs := []rune(line)
		if len(rs) < cw+2 {
			continue
		}
		l := strings.TrimSpace(string(rs[:cw]))
		if strings.Contains(l, left) {
			return l, string(rs[cw+1]), strings.TrimSpace(string(rs[min(cw+3, len(rs)):]))
		}
	}
	t.Fatalf("no row with %q on the left in\n%s", left, out)
	return "", "", ""
}

func plain() render.Painter { return render.NewPainter(render.Options{Style: render.StylePlain}) }

func TestLinesSideBySideWithMarks(t *testing.T) {
	res := &Result{Program: "p.py", Modes: modes(t), Sides: [2]Side{
		{Status: "exit status 0", Stdout: "same\nleft only\nx\n", Files: map[string][]byte{"a.txt": []byte("one\ntwo\n")}},
		{Status: "exit status 0", Stdout: "same\ndiffers\n", Files: map[string][]byte{"a.txt": []byte("one\ntwo\n"), "b.bin": {0, 1, 2}}},
	}}
	const w = 80
	out := Format(res, Options{Width: w, Painter: plain()})
	if _, mark, right := row(t, out, "1 same", w); mark != MarkSame || right != "1 same" {
		t.Errorf("same row: %q %q", mark, right)
	}
	if _, mark, right := row(t, out, "2 left only", w); mark != MarkDiffers || right != "2 differs" {
		t.Errorf("differing row: %q %q", mark, right)
	}
	if _, mark, right := row(t, out, "3 x", w); mark != MarkLeftOnly || right != "" {
		t.Errorf("left-only row: %q %q", mark, right)
	}
	for _, want := range []string{
		"stdout: differs from line 2.",
		"a.txt: the same in both modes.",
		"b.bin: only under PyPy mode (--pypy).",
		"(no such file)",
		"(binary, 3 bytes)",
		"none: every file closed by the program",
		"Differs between the modes: stdout, b.bin.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("layout lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "stderr") {
		t.Errorf("a stderr section without stderr:\n%s", out)
	}
	for _, line := range strings.Split(out, "\n") {
		if utf8.RuneCountInString(line) > w {
			t.Errorf("line wider than %d: %q", w, line)
		}
	}
}

func TestEmptyLinesLongLinesAndMissingNewlines(t *testing.T) {
	long := strings.Repeat("<li>1    ", 12)
	res := &Result{Program: "p.py", Modes: modes(t), Sides: [2]Side{
		{Stdout: "hello world\n", Files: map[string][]byte{"f.txt": []byte("<ul>\n</ul>\n")}},
		{Stdout: "\n", Files: map[string][]byte{"f.txt": []byte("<ul>\n" + long)}},
	}}
	const w = 60
	out := Format(res, Options{Width: w, Painter: plain()})
	if left, mark, right := row(t, out, "hello world", w); left != "1 hello world" || mark != MarkDiffers || right != "1" {
		t.Errorf("hello world row: %q %q %q", left, mark, right)
	}
	// The long line wraps inside its column: every piece is on the right, in order.
	var pieces []string
	inFile := false
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "f.txt:") {
			inFile = true
		}
		rs := []rune(line)
		if !inFile || len(rs) <= (w-3)/2+3 {
			continue
		}
		right := string(rs[(w-3)/2+3:])
		switch {
		case strings.HasPrefix(right, "2 "), strings.HasPrefix(right, "↪ "):
			pieces = append(pieces, string([]rune(right)[2:]))
		}
	}
	// (Trailing spaces of a row are not printed, so compare without spaces.)
	if strings.ReplaceAll(strings.Join(pieces, ""), " ", "") != strings.ReplaceAll(long, " ", "") {
		t.Errorf("wrapped pieces %q do not make the line %q", pieces, long)
	}
	if strings.Count(out, `\ no newline at end`) != 1 {
		t.Errorf("want one no-newline note:\n%s", out)
	}
	if !strings.Contains(out, "f.txt: differs from line 2.") {
		t.Errorf("file heading:\n%s", out)
	}
}

func TestControlCharactersCannotReachTheTerminal(t *testing.T) {
	res := &Result{Program: "p.py", Modes: modes(t), Sides: [2]Side{
		{Stdout: "a\x1b[2Jb\tc\r\n"},
		{Stdout: "a\n", Stderr: "Traceback\n"},
	}}
	out := Format(res, Options{Width: 80, Painter: plain()})
	if strings.ContainsAny(out, "\x1b\r\t") {
		t.Errorf("control characters passed through: %q", out)
	}
	if !strings.Contains(out, "a^[[2Jb c^M") {
		t.Errorf("caret forms missing: %q", out)
	}
	if !strings.Contains(out, "stderr: differs from line 1.") || !strings.Contains(out, "(nothing)") {
		t.Errorf("stderr section:\n%s", out)
	}
}

func TestUnclosedFilesAndColours(t *testing.T) {
	m, err := ParseModes("pypy,gc-stress")
	if err != nil {
		t.Fatal(err)
	}
	f := checker.OpenFile{Name: "bar.txt", Mode: "w", OpenedAt: "gc0.py:14"}
	res := &Result{Program: "gc0.py", Args: []string{"7"}, Modes: m, Sides: [2]Side{
		{Stdout: "x\n", OpenAtExit: []checker.OpenFile{f, f, f}},
		{Stdout: "x\n", ClosedByCollector: []checker.OpenFile{f}},
	}}
	colour := render.NewPainter(render.Options{Style: render.StyleDark, Terminal: render.Terminal{IsTerminal: true, Width: 100}})
	out := Format(res, Options{Width: 100, Painter: colour})
	if !strings.Contains(out, "\x1b[") {
		t.Error("no colours for a terminal")
	}
	out = Format(res, Options{Width: 100, Painter: plain()})
	for _, want := range []string{"gc0.py 7, run in two modes", "still open at exit:", "closed by the collector:", "bar.txt, mode w, opened at gc0.py:14 (3 times)",
		"PyPy mode (--pypy --gc-stress)", "The same in both modes"} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q:\n%s", want, out)
		}
	}
}

func TestParseModes(t *testing.T) {
	for _, bad := range []string{"cpython", "cpython,cpython", "cpython,jit", "a,b,c"} {
		if _, err := ParseModes(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	m, err := ParseModes("gc-no-auto,cpython")
	if err != nil || m[0].Name != "gc-no-auto" || m[1].Name != "cpython" {
		t.Errorf("%v %v", m, err)
	}
}

func TestMaxLines(t *testing.T) {
	res := &Result{Program: "p.py", Modes: modes(t), Sides: [2]Side{
		{Stdout: strings.Repeat("x\n", 30)},
		{Stdout: "x\n"},
	}}
	out := Format(res, Options{Width: 80, Painter: plain(), MaxLines: 10})
	if !strings.Contains(out, "... 20 more lines") || strings.Contains(out, "11 x") {
		t.Errorf("cap:\n%s", out)
	}
}
