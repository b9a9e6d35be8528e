// This file tests the constants' reprs, float str(), % formatting and the opcode table
// against the table testdata/pyrepr.py printed with CPython 2.7 (testdata/golden/reprs.tsv).

package compile

import (
	"bufio"
	"encoding/hex"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"

	"handson/interp/syntax"
)

const reprGolden = "testdata/golden/reprs.tsv"

func hexFloat(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("bad float %q: %v", s, err)
	}
	return f
}

func hexBytes(t *testing.T, s string) string {
	t.Helper()
	if s == "-" {
		return ""
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatalf("bad hex %q: %v", s, err)
	}
	return string(b)
}

// readReprCases returns the golden table's lines, split into fields.
func readReprCases(t *testing.T) [][]string {
	f, err := os.Open(reprGolden)
	if err != nil {
		t.Fatalf("no golden (run go test -update with python2.7): %v", err)
	}
	defer f.Close()
	var cases [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		cases = append(cases, strings.Split(sc.Text(), "\t"))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(cases) < 100 {
		t.Fatalf("only %d cases in %s", len(cases), reprGolden)
	}
	return cases
}

func TestReprsAgainstCPython(t *testing.T) {
	counts := map[string]int{}
	for _, c := range readReprCases(t) {
		counts[c[0]]++
		switch c[0] {
		case "float":
			f := hexFloat(t, c[1])
			if got := Float(f).Repr(); got != c[2] {
				t.Errorf("repr(%s) = %s, CPython %s", c[1], got, c[2])
			}
			if got := strOf(Float(f)).(Str); string(got) != c[3] {
				t.Errorf("str(%s) = %s, CPython %s", c[1], got, c[3])
			}
		case "complex":
			z := Complex(complex(hexFloat(t, c[1]), hexFloat(t, c[2])))
			if got := z.Repr(); got != c[3] {
				t.Errorf("repr(complex(%s, %s)) = %s, CPython %s", c[1], c[2], got, c[3])
			}
			if got := strOf(z).(Str); string(got) != c[4] {
				t.Errorf("str(complex(%s, %s)) = %s, CPython %s", c[1], c[2], got, c[4])
			}
		case "str":
			s := Str(hexBytes(t, c[1]))
			if got := s.Repr(); got != c[2] {
				t.Errorf("repr(%q) = %s, CPython %s", string(s), got, c[2])
			}
		case "unicode":
			var u Unicode
			if c[1] != "-" {
				for _, cp := range strings.Split(c[1], ",") {
					r, err := strconv.ParseUint(cp, 16, 32)
					if err != nil {
						t.Fatal(err)
					}
					u = append(u, rune(r))
				}
			}
			if got := u.Repr(); got != c[2] {
				t.Errorf("repr(unicode %s) = %s, CPython %s", c[1], got, c[2])
			}
		case "opcode":
			op, _ := strconv.Atoi(c[1])
			if OpName[op] != c[2] || !IsDefined(op) {
				t.Errorf("opcode %d is %q, CPython %q", op, OpName[op], c[2])
			}
			if got := opKinds(op); got != c[3] {
				t.Errorf("opcode %s argument kinds %s, CPython %s", c[2], got, c[3])
			}
			if HasArg(op) != (op >= 90) {
				t.Errorf("HasArg(%s) wrong", c[2])
			}
		case "cmp":
			i, _ := strconv.Atoi(c[1])
			if CmpOp[i] != c[2] {
				t.Errorf("cmp_op[%d] = %q, CPython %q", i, CmpOp[i], c[2])
			}
		case "format":
			checkFormatCase(t, c)
		default:
			t.Fatalf("unknown case %q", c[0])
		}
	}
	defined := 0
	for op := range 256 {
		if IsDefined(op) {
			defined++
		}
	}
	if defined != counts["opcode"] {
		t.Errorf("%d opcodes defined, CPython has %d", defined, counts["opcode"])
	}
}

// opKinds lists what an opcode's argument refers to, as pyrepr.py prints it.
func opKinds(op int) string {
	var kinds []string
	for _, k := range []struct {
		name string
		has  func(int) bool
	}{{"const", HasConst}, {"name", HasName}, {"jrel", HasJrel}, {"jabs", HasJabs},
		{"local", HasLocal}, {"compare", HasCompare}, {"free", HasFree}} {
		if k.has(op) {
			kinds = append(kinds, k.name)
		}
	}
	if len(kinds) == 0 {
		return "-"
	}
	return strings.Join(kinds, ",")
}

func checkFormatCase(t *testing.T, c []string) {
	t.Helper()
	format := Str(hexBytes(t, c[1]))
	var arg Const
	switch c[2] {
	case "str":
		arg = Str(hexBytes(t, c[3]))
	case "float":
		arg = Float(hexFloat(t, c[3]))
	case "int":
		b, ok := new(big.Int).SetString(c[3], 10)
		if !ok {
			t.Fatalf("bad int %q", c[3])
		}
		if b.IsInt64() {
			arg = Int(b.Int64())
		} else {
			arg = Long{b}
		}
	}
	got, ok := formatConst(format, arg)
	switch {
	case c[4] == "error" && ok:
		t.Errorf("%q %% %s = %s, CPython raises", string(format), arg.Repr(), got.Repr())
	case c[4] != "error" && !ok:
		t.Errorf("%q %% %s not computed, CPython gives %q", string(format), arg.Repr(), hexBytes(t, c[4]))
	case ok && string(got.(Str)) != hexBytes(t, c[4]):
		t.Errorf("%q %% %s = %s, CPython %q", string(format), arg.Repr(), got.Repr(), hexBytes(t, c[4]))
	}
}

func TestDecode(t *testing.T) {
	code := []byte{
		LOAD_CONST, 1, 0, // 0
		EXTENDED_ARG, 2, 0, LOAD_CONST, 3, 1, // 3: arg 0x20103
		POP_TOP,             // 9
		JUMP_ABSOLUTE, 0, 0, // 10
	}
	type step struct{ op, arg, next int }
	want := []step{{LOAD_CONST, 1, 3}, {LOAD_CONST, 0x20103, 9}, {POP_TOP, 0, 10}, {JUMP_ABSOLUTE, 0, 13}}
	off := 0
	for i, w := range want {
		op, arg, next := Decode(code, off)
		if (step{op, arg, next}) != w {
			t.Errorf("instruction %d at %d: got %v, want %v", i, off, step{op, arg, next}, w)
		}
		off = next
	}
	if off != len(code) {
		t.Errorf("decoding ended at %d of %d", off, len(code))
	}
}

func TestLineForOffset(t *testing.T) {
	// Lines 10 (offset 0), 11 (3), 13 (9), a 300-line jump split over two entries at
	// offset 12, and a 260-byte step.
	co := &Code{FirstLineNo: 10, LNoTab: []byte{3, 1, 6, 2, 3, 255, 0, 45, 255, 0, 5, 1}}
	cases := []struct{ offset, line int }{
		{0, 10}, {2, 10}, {3, 11}, {8, 11}, {9, 13}, {11, 13}, {12, 313}, {200, 313},
		{266, 313}, {267, 313}, {272, 314}, {1000, 314},
	}
	for _, c := range cases {
		if got := co.LineForOffset(c.offset); got != c.line {
			t.Errorf("LineForOffset(%d) = %d, want %d", c.offset, got, c.line)
		}
	}
	want := []LineStart{{0, 10}, {3, 11}, {9, 13}, {12, 313}, {272, 314}}
	got := co.LineStarts()
	if len(got) != len(want) {
		t.Fatalf("LineStarts = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("LineStarts[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}

func TestAttachSource(t *testing.T) {
	// The texts CPython 2.7's PyErr_ProgramText reads from this file: past its end, an
	// empty line; a NUL ends a line's text.
	src := []byte("x = 1\r\n  \tif x:\n\f    return 5\x00junk\nlast")
	cases := []struct {
		line int
		text string
		ok   bool
	}{{1, "x = 1\n", true}, {2, "if x:\n", true}, {3, "return 5", true}, {4, "last", true}, {5, "", true}}
	for _, c := range cases {
		err := AttachSource(newSyntaxError("f.py", "m", c.line), src)
		se, _ := err.(*syntax.Error)
		if se == nil {
			t.Fatalf("AttachSource changed the error type: %T", err)
		}
		if se.HasText != c.ok || se.Text != c.text {
			t.Errorf("line %d: text %q (%v), want %q (%v)", c.line, se.Text, se.HasText, c.text, c.ok)
		}
	}
	long := strings.Repeat("a", 2500) + "\n"
	err := AttachSource(newSyntaxError("f.py", "m", 1), []byte(long)).(*syntax.Error)
	if want := long[1998:]; err.Text != want {
		t.Errorf("long line: text of %d bytes, want the last piece of %d", len(err.Text), len(want))
	}
}
