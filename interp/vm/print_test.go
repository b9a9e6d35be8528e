// print_test.go tests the print statement's softspace rule against python2.7's output.
package vm

import (
	"os"
	"path/filepath"
	"testing"
)

// runSourceOutput runs a Python program in CPython mode and returns what it wrote to
// stdout; a non-zero exit status fails the test with the program's stderr.
func runSourceOutput(t *testing.T, src string) string {
	t.Helper()
	dir := t.TempDir()
	stdout, err := os.Create(filepath.Join(dir, "stdout"))
	if err != nil {
		t.Fatal(err)
	}
	defer stdout.Close()
	stderr, err := os.Create(filepath.Join(dir, "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer stderr.Close()
	machine, err := New(Options{GC: GCRefcount, Argv: []string{"test.py"},
		Stdin: -1, Stdout: int(stdout.Fd()), Stderr: int(stderr.Fd())})
	if err != nil {
		t.Fatal(err)
	}
	if status := machine.RunMain([]byte(src), "test.py"); status != 0 {
		errOut, _ := os.ReadFile(stderr.Name())
		t.Fatalf("exit status %d; stderr:\n%s", status, errOut)
	}
	out, err := os.ReadFile(stdout.Name())
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// TestPrintSoftspace checks which last characters stop print from putting a space before
// the next item: C's isspace for a str, the Unicode database's for a unicode (where
// \x1c-\x1f are white space too). The expected line is python2.7's output.
func TestPrintSoftspace(t *testing.T) {
	const src = `class W(object):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print >>w, u"a\x1c",
print >>w, "b"
print >>w, u"c\x1f", u"d\u3000", u"e\xa0", u"f\x85", "g\x1c", "h\t", u"i\n",
print >>w, "j"
print >>w, "k\x0b", "l\x0c", "m ", u"n ", u""
print repr(u"".join(w.parts))
`
	const want = `u'a\x1cb\nc\x1fd\u3000e\xa0f\x85g\x1c h\ti\nj\nk\x0bl\x0cm  n  \n'` + "\n"
	if got := runSourceOutput(t, src); got != want {
		t.Errorf("print wrote\n  %s\nwant\n  %s", got, want)
	}
}

// TestPrintSoftspaceAttribute checks the softspace attribute of a stream that is not a
// file: only a non-zero int (bool and int subclasses included) asks for a space, and a
// stream that cannot hold the attribute still gets its text. The expected lines are
// python2.7's output.
func TestPrintSoftspaceAttribute(t *testing.T) {
	const src = `class MyInt(int): pass
class W(object):
    def __init__(self, ss):
        self.parts = []
        self.softspace = ss
    def write(self, s):
        self.parts.append(s)
for ss in ["yes", 1, 0, True, 2L, 0.5, MyInt(1), [1]]:
    w = W(ss)
    print >>w, "a",
    print repr(ss), repr("".join(w.parts)), w.softspace
class N(object):
    __slots__ = ("parts",)
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
n = N()
print >>n, "a",
print repr("".join(n.parts))
`
	const want = `'yes' 'a' 1
1 ' a' 1
0 'a' 1
True ' a' 1
2L 'a' 1
0.5 'a' 1
1 ' a' 1
[1] 'a' 1
'a'
`
	if got := runSourceOutput(t, src); got != want {
		t.Errorf("print wrote\n%s\nwant\n%s", got, want)
	}
}
