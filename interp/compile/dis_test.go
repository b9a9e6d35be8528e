// This file tests the disassembly of the programs the course shows with `handson dis`
// (gc0, gc1, gc2, count_mult_of_5, a generator with try/finally, the with statement)
// against python2.7's dis output for them, line for line, and benchmarks compiling.

package compile

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"handson/interp/syntax"
)

func TestDisOfCoursePrograms(t *testing.T) {
	for _, name := range []string{"gc0", "gc1", "gc2", "count_mult_of_5", "gen_finally", "with_stmt"} {
		t.Run(name, func(t *testing.T) {
			src := goldenSource{group: "programs", name: name, path: "testdata/programs/" + name + ".py", mode: "exec"}
			text, err := os.ReadFile(src.path)
			if err != nil {
				t.Fatal(err)
			}
			mod, flags, err := parseSource(text, src)
			if err != nil {
				t.Fatal(err)
			}
			co, err := Compile(mod.(*syntax.Module), src.filename(), flags)
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := Disassemble(&got, co); err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(src.golden("dis"))
			if err != nil {
				t.Fatal(err)
			}
			if normalizeDis(got.String()) != string(want) {
				t.Errorf("handson dis differs from python2.7's:\n%s", lineDiff(string(want), normalizeDis(got.String())))
			}
		})
	}
}

// largeProgram builds a module of n functions mixing loops, branches, closures,
// comprehensions, exceptions and classes.
func largeProgram(n int) []byte {
	var b strings.Builder
	b.WriteString("import sys\n\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `def f%d(items, limit=%d):
    total = 0
    seen = {}
    for i, x in enumerate(items):
        if x %% 5 == 0 and i < limit:
            total += x * 2
        elif x in seen:
            continue
        else:
            seen[x] = [y for y in range(x) if y %% 3]
    try:
        total /= len(items)
    except ZeroDivisionError as e:
        print >>sys.stderr, "empty", e
    finally:
        total = total or -1
    def inner(k):
        return total + k + %d
    return inner, (z * z for z in seen), {k: v for k, v in seen.items()}

class C%d(object):
    "class %d"
    def __init__(self, a, *args, **kw):
        self.a, self.b = a, args
    def method(self):
        return f%d([self.a, 1, 2, 3], limit=%d)

`, i, i, i, i, i, i, i)
	}
	return []byte(b.String())
}

func BenchmarkCompileLargeProgram(b *testing.B) {
	src := largeProgram(500)
	res, err := syntax.Parse(src, syntax.Options{Mode: syntax.ExecMode, Filename: "large.py"})
	if err != nil {
		b.Fatal(err)
	}
	mod := res.Tree.(*syntax.Module)
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Compile(mod, "large.py", 0); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseAndCompileLargeProgram(b *testing.B) {
	src := largeProgram(500)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		res, err := syntax.Parse(src, syntax.Options{Mode: syntax.ExecMode, Filename: "large.py"})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Compile(res.Tree.(*syntax.Module), "large.py", 0); err != nil {
			b.Fatal(err)
		}
	}
}
