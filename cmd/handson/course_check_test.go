package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"handson/cmd/handson/internal/course"
)

// checkFile runs `handson check NAME --file F --json` on a program and returns the result
// and the exit status.
func checkFile(t *testing.T, name, src string, extra ...string) (checkJSON, int) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, name+".py")
	writeFile(t, path, src)
	out, errOut, code := hs(t, dir, append([]string{"check", name, "--file", path, "--json"}, extra...)...)
	var res checkJSON
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("check %s: exit %d, not JSON (%v):\n%s\n%s", name, code, err, out, errOut)
	}
	return res, code
}

// TestDevCheck is rustlings' `dev check` for this course: every exercise to fix fails as
// shipped and passes with its solution; every reference exercise passes as shipped.
func TestDevCheck(t *testing.T) {
	c := builtCourse(t)
	for _, e := range c.Exercises {
		t.Run(e.Slug, func(t *testing.T) {
			res, code := checkFile(t, e.Slug, string(e.Original))
			switch e.Kind {
			case course.KindFix:
				if code != 1 || res.Passed {
					t.Errorf("%s as shipped: exit %d, passed %v; it must fail", e.Slug, code, res.Passed)
				}
				if res.Hint == nil || res.Hint.Level != 1 || res.Hint.Text != e.Hints[0] {
					t.Errorf("%s as shipped: hint %+v", e.Slug, res.Hint)
				}
			case course.KindReference:
				if code != 0 || !res.Passed {
					t.Errorf("%s as shipped: exit %d; a reference run must pass: %s", e.Slug, code, verdicts(res))
				}
			}
			res, code = checkFile(t, e.Slug, string(e.Solution))
			if code != 0 || !res.Passed || res.Hint != nil {
				t.Errorf("solution of %s: exit %d: %s", e.Slug, code, verdicts(res))
			}
		})
	}
}

func verdicts(res checkJSON) string {
	var sb strings.Builder
	for _, r := range res.Runs {
		sb.WriteString("\n  " + r.Mode + ": " + r.Verdict)
	}
	if res.FirstMismatch != nil {
		sb.WriteString("\n" + res.FirstMismatch.Diff)
	}
	return sb.String()
}

// variant is a program the checker must pass or fail, with the problem kinds that must
// show up in at least one mode when it fails.
type variant struct {
	name  string
	pass  bool
	kinds []string
	src   string
}

func runVariants(t *testing.T, exercise string, variants []variant) {
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			res, code := checkFile(t, exercise, v.src)
			want := 1
			if v.pass {
				want = 0
			}
			if code != want || res.Passed != v.pass {
				t.Fatalf("exit %d, passed %v; want pass=%v:%s", code, res.Passed, v.pass, verdicts(res))
			}
			for _, kind := range v.kinds {
				found := false
				for _, r := range res.Runs {
					for _, p := range r.Problems {
						found = found || p.Kind == kind
					}
				}
				if !found {
					t.Errorf("no %s problem in any mode:%s", kind, verdicts(res))
				}
			}
		})
	}
}

// TestCheckGC0Variants: fixes and broken programs written for this test, not shipped.
func TestCheckGC0Variants(t *testing.T) {
	runVariants(t, "gc0", []variant{
		{"close in finally", true, nil, `
def foo():
    f = open('bar.txt', 'w')
    try:
        f.write('hello world')
    finally:
        f.close()

foo()
f = open('bar.txt')
try:
    print f.read()
finally:
    f.close()
`},
		{"restructured with a helper class", true, nil, `
class Note(object):
    def __init__(self, path):
        self.path = path

    def save(self, text):
        with open(self.path, 'w') as out:
            out.write(text)

    def load(self):
        with open(self.path) as src:
            return src.read()

note = Note('bar.txt')
note.save('hello ' + 'world')
import sys
sys.stdout.write(note.load() + '\n')
`},
		{"as shipped", false, []string{"stdout", "open_at_exit"}, `
def foo():
    f = open('bar.txt', 'w')
    f.write('hello world')

foo()
print open('bar.txt').read()
`},
		{"flush without close", false, []string{"open_at_exit", "closed_by_collector"}, `
def foo():
    f = open('bar.txt', 'w')
    f.write('hello world')
    f.flush()

foo()
with open('bar.txt') as f:
    print f.read()
`},
		{"with for writing only", false, []string{"open_at_exit"}, `
def foo():
    with open('bar.txt', 'w') as f:
        f.write('hello world')

foo()
print open('bar.txt').read()
`},
		{"gc.collect instead of close", false, []string{"closed_by_collector"}, `
import gc

def foo():
    f = open('bar.txt', 'w')
    f.write('hello world')

foo()
gc.collect()
with open('bar.txt') as f:
    print f.read()
`},
		{"wrong text", false, []string{"stdout", "file"}, `
with open('bar.txt', 'w') as f:
    f.write('hello, world')
with open('bar.txt') as f:
    print f.read()
`},
		{"an extra file", false, []string{"file"}, `
with open('bar.txt', 'w') as f:
    f.write('hello world')
with open('notes.txt', 'w') as f:
    f.write('scratch')
with open('bar.txt') as f:
    print f.read()
`},
		{"an exception", false, []string{"exit"}, `
with open('bar.txt', 'w') as f:
    f.write('hello world')
with open('bar.txt') as f:
    print f.read()
raise ValueError('oops')
`},
	})
}

// TestCheckHTMLFiboVariants: the contract of the challenge, on programs written for this
// test.
func TestCheckHTMLFiboVariants(t *testing.T) {
	const tag = `
class HtmlTag(object):
    def __init__(self, f, indent, tag):
        self.f = f
        self.tag = tag
        f.write(' ' * indent + '<%s>' % tag)

    def __del__(self):
        self.f.write('</%s>\n' % self.tag)
`
	runVariants(t, "html_fibo", []variant{
		{"restructured: no class, no generator", true, nil, `
def fibs(limit):
    out = []
    a, b = 1, 1
    while True:
        out.append(a)
        if a > limit:
            return out
        a, b = b, a + b

with open('fibo.txt', 'w') as f:
    print >>f, '<ul>'
    for n in fibs(100):
        print >>f, '    <li>%d</li>' % n
    print >>f, '</ul>'

with open('fibo.txt') as f:
    print f.read()
`},
		{"explicit close methods and contextlib.closing", true, nil, `
from contextlib import closing

class HtmlTag(object):
    def __init__(self, f, indent, tag):
        self.f = f
        self.tag = tag
        f.write(' ' * indent + '<%s>' % tag)

    def close(self):
        self.f.write('</%s>\n' % self.tag)

def fibo_list(f):
    f.write('<ul>\n')
    try:
        a, b = 1, 1
        while True:
            li = HtmlTag(f, 4, 'li')
            f.write(str(a))
            li.close()
            yield a
            a, b = b, a + b
    finally:
        f.write('</ul>\n')

f = open('fibo.txt', 'w')
try:
    with closing(fibo_list(f)) as numbers:
        for n in numbers:
            if n > 100:
                break
finally:
    f.close()
f = open('fibo.txt')
try:
    print f.read()
finally:
    f.close()
`},
		{"with statement alone", false, []string{"stdout", "file"}, tag + `
def write_item(f, n):
    li = HtmlTag(f, 4, 'li')
    f.write(str(n))

def fibo_list(f):
    f.write('<ul>\n')
    try:
        a, b = 1, 1
        while True:
            write_item(f, a)
            yield a
            a, b = b, a + b
    finally:
        f.write('</ul>\n')

def write_fibo(filename):
    with open(filename, 'w') as f:
        for n in fibo_list(f):
            if n > 100:
                break

write_fibo('fibo.txt')
with open('fibo.txt') as f:
    print f.read()
`},
		{"flush without close", false, []string{"open_at_exit"}, `
class HtmlTag(object):
    def __init__(self, f, indent, tag):
        self.f = f
        self.tag = tag
        f.write(' ' * indent + '<%s>' % tag)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.f.write('</%s>\n' % self.tag)

def fibo_list(f):
    f.write('<ul>\n')
    try:
        a, b = 1, 1
        while True:
            with HtmlTag(f, 4, 'li'):
                f.write(str(a))
            yield a
            a, b = b, a + b
    finally:
        f.write('</ul>\n')

f = open('fibo.txt', 'w')
numbers = fibo_list(f)
for n in numbers:
    if n > 100:
        break
numbers.close()
f.flush()
with open('fibo.txt') as g:
    print g.read()
`},
		{"tags fixed, generator abandoned", false, []string{"stdout", "file"}, `
class HtmlTag(object):
    def __init__(self, f, indent, tag):
        self.f = f
        self.tag = tag
        f.write(' ' * indent + '<%s>' % tag)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.f.write('</%s>\n' % self.tag)

def fibo_list(f):
    f.write('<ul>\n')
    try:
        a, b = 1, 1
        while True:
            with HtmlTag(f, 4, 'li'):
                f.write(str(a))
            yield a
            a, b = b, a + b
    finally:
        f.write('</ul>\n')

with open('fibo.txt', 'w') as f:
    for n in fibo_list(f):
        if n > 100:
            break
with open('fibo.txt') as f:
    print f.read()
`},
		{"gc.collect instead of closing", false, []string{"closed_by_collector"}, tag + `
import gc

def write_item(f, n):
    li = HtmlTag(f, 4, 'li')
    f.write(str(n))

def fibo_list(f):
    f.write('<ul>\n')
    try:
        a, b = 1, 1
        while True:
            write_item(f, a)
            gc.collect()
            yield a
            a, b = b, a + b
    finally:
        f.write('</ul>\n')

def write_fibo(filename):
    f = open(filename, 'w')
    for n in fibo_list(f):
        if n > 100:
            break

write_fibo('fibo.txt')
gc.collect()
gc.collect()
with open('fibo.txt') as f:
    print f.read()
`},
		{"one number too many", false, []string{"stdout", "file"}, `
with open('fibo.txt', 'w') as f:
    f.write('<ul>\n')
    a, b = 1, 1
    while a < 300:
        f.write('    <li>%d</li>\n' % a)
        a, b = b, a + b
    f.write('</ul>\n')
with open('fibo.txt') as f:
    print f.read()
`},
		{"no blank line at the end", false, []string{"stdout"}, `
import sys
with open('fibo.txt', 'w') as f:
    f.write('<ul>\n')
    a, b = 1, 1
    while True:
        f.write('    <li>%d</li>\n' % a)
        if a > 100:
            break
        a, b = b, a + b
    f.write('</ul>\n')
with open('fibo.txt') as f:
    sys.stdout.write(f.read())
`},
	})
}

// TestCheckStopsARunawayProgram: the time limit ends an endless loop with a message that
// says what happened, in every mode, and the check fails.
func TestCheckStopsARunawayProgram(t *testing.T) {
	res, code := checkFile(t, "gc0", "while True:\n    pass\n", "--timeout", "1s")
	if code != 1 || res.Passed {
		t.Fatalf("exit %d", code)
	}
	for _, r := range res.Runs {
		if !r.TimedOut || !strings.HasPrefix(r.Verdict, "still running after 1s, so it was stopped (a loop that never ends?)") {
			t.Errorf("%s: %q", r.Mode, r.Verdict)
		}
	}
}

// TestCheckHumanOutput: the report a learner reads, piped (so without colours): a verdict
// line per mode, then the diff of the first mismatch, then the hint.
func TestCheckHumanOutput(t *testing.T) {
	dir := newWorkspace(t)
	out, _, code := hs(t, dir, "check", "html_fibo")
	if code != 1 {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("escape codes in piped output")
	}
	order := []string{
		"html_fibo.py, exercise html_fibo, in 4 modes:",
		"  cpython     PASS",
		"  pypy        FAIL",
		"  gc-stress   ",
		"  gc-no-auto  FAIL",
		"First mismatch: stdout under pypy (- expected, + what the program did):",
		"  --- expected stdout",
		"  -    <li>144</li>",
		"Hint (1 of 3; handson hint html_fibo shows the next):",
		"Not yet: ",
	}
	at := 0
	for _, want := range order {
		i := strings.Index(out[at:], want)
		if i < 0 {
			t.Fatalf("missing, or out of order: %q\n%s", want, out)
		}
		at += i + len(want)
	}
	// Piped, each mode's verdict is one line, and names the leaked descriptors' lines.
	grid := strings.Split(strings.TrimSpace(out[:strings.Index(out, "First mismatch")]), "\n")[2:]
	for _, line := range grid {
		mode := strings.Fields(line)[0]
		switch {
		case mode == "note:":
		case mode != "cpython" && mode != "pypy" && mode != "gc-stress" && mode != "gc-no-auto":
			t.Errorf("a verdict wrapped when piped: %q", line)
		case mode == "pypy" && !strings.HasSuffix(line, "left open at exit: fibo.txt (opened at html_fibo.py:44), fibo.txt (opened at html_fibo.py:51)"):
			t.Errorf("pypy verdict: %q", line)
		}
	}
	// A second failing check shows the next hint level, and progress remembers both.
	out, _, _ = hs(t, dir, "check", "html_fibo")
	if !strings.Contains(out, "Hint (2 of 3;") {
		t.Errorf("second check:\n%s", out)
	}
	st, _, _ := hs(t, dir, "status", "--json")
	var status statusJSON
	if err := json.Unmarshal([]byte(st), &status); err != nil {
		t.Fatal(err)
	}
	for _, e := range status.Exercises {
		if e.Slug == "html_fibo" && (e.Checks != 2 || e.HintsShown != 2 || e.State != "failing") {
			t.Errorf("status of html_fibo: %+v", e)
		}
	}
}

// TestCheckErrors: mistakes on the command line get one clear line and exit status 2.
func TestCheckErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"check"}, "check needs an exercise: handson check NAME"},
		{[]string{"check", "gc9"}, `no exercise "gc9"; the exercises are gc0, gc1`},
		{[]string{"check", "gc0"}, "this is not a handson workspace"},
		{[]string{"check", "gc0", "--file", filepath.Join(dir, "none.py")}, "can't read"},
		{[]string{"check", "gc0", "--timeout", "-1s", "--file", "x"}, "--timeout -1s: give a positive duration"},
		{[]string{"lesson", "nosuch"}, `no lesson "nosuch"; the lessons are pypy, run, challenge, gc, interpreter`},
		{[]string{"lesson", "gc0"}, `"gc0" is an exercise, in lesson "gc"`},
		{[]string{"lesson", "--style", "neon"}, `style "neon": use one of auto, dark, light, plain`},
		{[]string{"hint", "gc0", "--level", "3"}, "one level at a time"},
		{[]string{"reset", "gc0"}, "this is not a handson workspace"},
		{[]string{"reset", "--all", "gc0"}, "reset --all takes no exercise name"},
		{[]string{"watch", "--interval", "0s"}, "--interval 0s: give a positive duration"},
	} {
		_, errOut, code := hs(t, dir, tc.args...)
		if code != 2 || !strings.Contains(errOut, tc.want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("%v: exit %d, stderr %q; want one line with %q", tc.args, code, errOut, tc.want)
		}
	}
}
