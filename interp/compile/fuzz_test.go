// This file defines FuzzCompile: parsing and compiling any input must never panic, must
// fail only with *syntax.Error values, and must produce code objects whose instructions
// decode and whose arguments stay within their tables.

package compile

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"handson/interp/syntax"
)

func FuzzCompile(f *testing.F) {
	for _, pattern := range []string{"testdata/programs/*.py", "testdata/errors/*.py", "testdata/eval/*.py",
		"testdata/single/*.py"} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			f.Fatal(err)
		}
		for _, p := range paths {
			src, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, mode := range []syntax.Mode{syntax.ExecMode, syntax.EvalMode, syntax.SingleMode} {
			res, err := syntax.Parse(src, syntax.Options{Mode: mode, Filename: "fuzz.py"})
			if err != nil {
				continue
			}
			co, _, err := CompileMod(res.Tree, "fuzz.py", Flags(res.Flags))
			if err != nil {
				if _, ok := err.(*syntax.Error); !ok {
					t.Fatalf("compile error of type %T: %v", err, err)
				}
				continue
			}
			if problem := checkCode(co); problem != "" {
				t.Fatalf("bad code object: %s", problem)
			}
			if err := Disassemble(io.Discard, co); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// checkCode verifies the invariants the VM relies on, for co and its nested code objects:
// the bytecode decodes to defined opcodes, jumps land on instruction starts, and argument
// indices are within their tables. (Code need not end in RETURN_VALUE: after
// `try: return 1 / finally: return 2` it ends in END_FINALLY, as in CPython.)
func checkCode(co *Code) string {
	starts := map[int]bool{}
	type jump struct{ from, to int }
	var jumps []jump
	if len(co.Code) == 0 {
		return co.Name + ": no code"
	}
	for off := 0; off < len(co.Code); {
		starts[off] = true
		if int(co.Code[off]) >= HaveArgument && off+3 > len(co.Code) {
			return fmt.Sprintf("%s: truncated instruction at %d", co.Name, off)
		}
		op, arg, next := Decode(co.Code, off)
		if !IsDefined(op) {
			return fmt.Sprintf("%s: undefined opcode %d at %d", co.Name, op, off)
		}
		limit := -1
		switch {
		case HasConst(op):
			limit = len(co.Consts)
		case HasName(op):
			limit = len(co.Names)
		case HasLocal(op):
			limit = len(co.VarNames)
		case HasFree(op):
			limit = len(co.CellVars) + len(co.FreeVars)
		case HasCompare(op):
			limit = len(CmpOp)
		case HasJrel(op):
			jumps = append(jumps, jump{off, next + arg})
		case HasJabs(op):
			jumps = append(jumps, jump{off, arg})
		}
		if limit >= 0 && arg >= limit {
			return fmt.Sprintf("%s: %s argument %d out of range %d at %d", co.Name, OpName[op], arg, limit, off)
		}
		off = next
	}
	for _, j := range jumps {
		if !starts[j.to] {
			return fmt.Sprintf("%s: jump at %d to %d, not an instruction", co.Name, j.from, j.to)
		}
	}
	if co.NLocals != len(co.VarNames) || co.ArgCount > co.NLocals {
		return co.Name + ": inconsistent argcount/nlocals"
	}
	for _, c := range co.Consts {
		if nested, ok := c.(*Code); ok {
			if p := checkCode(nested); p != "" {
				return p
			}
		}
	}
	return ""
}

// TestGoldenProgramsAreWellFormed runs the fuzz checks on every golden program, so that
// they hold even where the fuzzer has not been run.
func TestGoldenProgramsAreWellFormed(t *testing.T) {
	for _, src := range goldenSources(t) {
		text, err := os.ReadFile(src.path)
		if err != nil {
			t.Fatal(err)
		}
		mod, flags, err := parseSource(text, src)
		if err != nil {
			continue
		}
		co, _, err := CompileMod(mod, src.filename(), flags)
		if err != nil {
			continue
		}
		if p := checkCode(co); p != "" {
			t.Errorf("%s: %s", src.path, p)
		}
	}
}
