package main

import (
	"strings"
	"testing"

	"handson/cmd/handson/internal/linediff"
	"handson/cmd/handson/internal/sidebyside"
)

// demoColumns splits the rows of a section of `handson demo`'s layout (from the line
// starting with heading to the next blank line) into left text, gutter mark and right text.
func demoColumns(t *testing.T, out, heading string, width int) (left, marks, right []string) {
	t.Helper()
	cw := (width - 3) / 2
	in := false
	for _, line := range strings.Split(out, "\n") {
		switch {
		case strings.HasPrefix(line, heading):
			in = true
			continue
		case !in:
			continue
		case line == "":
			return left, marks, right
		}
		rs := []rune(line)
		if len(rs) < cw+2 {
			t.Fatalf("row %q is narrower than a column and its gutter", line)
		}
		left = append(left, strings.TrimRight(string(rs[:cw]), " "))
		marks = append(marks, string(rs[cw+1]))
		r := ""
		if len(rs) > cw+3 {
			r = string(rs[cw+3:])
		}
		right = append(right, r)
	}
	if !in {
		t.Fatalf("no section %q in\n%s", heading, out)
	}
	return left, marks, right
}

// numbered strips the line numbers ("12 text") from a column's rows.
func numbered(rows []string) []string {
	var out []string
	for _, r := range rows {
		r = strings.TrimLeft(r, " ")
		num, text, _ := strings.Cut(r, " ")
		if num == "" || strings.Trim(num, "0123456789") != "" {
			continue
		}
		out = append(out, text)
	}
	return out
}

func TestDemoGc0ShowsHelloWorldBesideAnEmptyLine(t *testing.T) {
	const width = 100
	t.Setenv("COLUMNS", "100")
	dir := newWorkspace(t)
	out, errOut, code := hs(t, dir, "demo", "gc0.py")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	gc0 := builtExercise(t, "gc0")
	left, marks, right := demoColumns(t, out, "stdout:", width)
	if want := strings.TrimSuffix(string(gc0.Expect.Stdout), "\n"); len(left) != 1 || left[0] != "1 "+want {
		t.Fatalf("CPython mode's stdout rows %q, want the expected %q", left, want)
	}
	if marks[0] != sidebyside.MarkDiffers || strings.TrimSpace(right[0]) != "1" {
		t.Errorf("beside %q: mark %q, PyPy mode %q; want an empty line 1 marked as different", left[0], marks[0], right[0])
	}
	if !strings.Contains(out, "stdout: differs from line 1.") {
		t.Errorf("no stdout verdict:\n%s", out)
	}
	// After exit, both files hold hello world: PyPy flushes open files on the way out.
	left, marks, right = demoColumns(t, out, "bar.txt: the same in both modes.", width)
	if left[0] != "1 hello world" || marks[0] != sidebyside.MarkSame || right[0] != "1 hello world" {
		t.Errorf("bar.txt rows %q %q %q", left, marks, right)
	}
	for _, want := range []string{"closed by reference counting:", "still open at exit:", "Differs between the modes: stdout."} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q:\n%s", want, out)
		}
	}
}

func TestDemoHtmlFiboShowsTheListBesideAnEmptyLine(t *testing.T) {
	const width = 100
	t.Setenv("COLUMNS", "100")
	dir := newWorkspace(t)
	out, _, code := hs(t, dir, "demo", "html_fibo.py")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	e := builtExercise(t, "html_fibo")
	left, marks, right := demoColumns(t, out, "stdout:", width)
	want := linediff.SplitLines(string(e.Expect.Stdout))
	got := numbered(left)
	if len(got) != len(want) {
		t.Fatalf("CPython mode printed %d lines, the exercise expects %d:\n%s", len(got), len(want), out)
	}
	for i := range want {
		if got[i] != strings.TrimSuffix(want[i], "\n") {
			t.Errorf("CPython line %d: %q, want %q", i+1, got[i], want[i])
		}
	}
	if strings.TrimSpace(right[0]) != "1" || marks[0] != sidebyside.MarkDiffers {
		t.Errorf("beside %q: %q %q, want PyPy mode's empty line 1", left[0], marks[0], right[0])
	}
	for i := 1; i < len(right); i++ {
		if strings.TrimSpace(right[i]) != "" || marks[i] != sidebyside.MarkLeftOnly {
			t.Errorf("row %d: PyPy side %q, mark %q; PyPy printed one line", i+1, right[i], marks[i])
		}
	}

	// fibo.txt after exit: CPython's is the expected list; PyPy's has <ul> and the items
	// on one line, without </li>, </ul> or a final newline.
	left, marks, right = demoColumns(t, out, "fibo.txt: differs from line 2.", width)
	expectFile := linediff.SplitLines(string(e.Expect.Files["fibo.txt"]))
	if got := numbered(left); len(got) != len(expectFile) || got[0] != "<ul>" {
		t.Errorf("CPython's fibo.txt rows %q", got)
	}
	if marks[0] != sidebyside.MarkSame || marks[1] != sidebyside.MarkDiffers {
		t.Errorf("marks %q", marks)
	}
	pypy := strings.Join(right, "\n")
	if strings.Contains(pypy, "</li>") || strings.Contains(pypy, "</ul>") || !strings.Contains(pypy, `\ no newline at end`) || !strings.Contains(pypy, "<li>144") {
		t.Errorf("PyPy's fibo.txt:\n%s", pypy)
	}
	if !strings.Contains(out, "Differs between the modes: stdout, fibo.txt.") {
		t.Errorf("summary:\n%s", out)
	}
}

func TestDemoOutsideAWorkspaceAndErrors(t *testing.T) {
	dir := t.TempDir()
	out, errOut, code := hs(t, dir, "demo", "--modes", "pypy,gc-stress", "gc0")
	if code != 0 || !strings.Contains(errOut, "there is no gc0 here: showing the course's own gc0.py") {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	// Collecting at every safe point closes the file when foo returns: PyPy mode with
	// --gc-stress prints hello world, as CPython does.
	if !strings.Contains(out, "PyPy mode (--pypy --gc-stress)") || !strings.Contains(out, "closed by the collector:") {
		t.Errorf("gc-stress demo:\n%s", out)
	}
	writeFile(t, dir+"/args.py", "import sys\nprint sys.argv[1:]\n")
	out, _, code = hs(t, dir, "demo", "args.py", "--x", "2")
	if code != 0 || !strings.Contains(out, "['--x', '2']") || !strings.Contains(out, "The same in both modes") {
		t.Errorf("args demo %d:\n%s", code, out)
	}
	for _, tc := range []struct{ args []string }{
		{[]string{"demo", "nothing.py"}},
		{[]string{"demo", "--modes", "cpython", "args.py"}},
		{[]string{"demo", "--style", "neon", "args.py"}},
	} {
		if _, errOut, code := hs(t, dir, tc.args...); code != 2 || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q", tc.args, code, errOut)
		}
	}
}
