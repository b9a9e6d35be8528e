// This file tests the entry points as a REPL and eval() use them: future features carry
// over from one interactive input to the next through Code.FutureFlags.

package compile

import (
	"testing"

	"handson/interp/syntax"
)

func parseMode(t *testing.T, src string, mode syntax.Mode, flags Flags) *syntax.Result {
	t.Helper()
	res, err := syntax.Parse([]byte(src), syntax.Options{Mode: mode, Filename: "<stdin>", Flags: flags})
	if err != nil {
		t.Fatalf("parse %q: %v", src, err)
	}
	return res
}

// hasOp reports whether code contains op.
func hasOp(code *Code, op int) bool {
	for off := 0; off < len(code.Code); {
		o, _, next := Decode(code.Code, off)
		if o == op {
			return true
		}
		off = next
	}
	return false
}

func TestFutureFlagsCarryOverInteractiveInputs(t *testing.T) {
	first := parseMode(t, "from __future__ import division\n", syntax.SingleMode, 0)
	co, err := CompileInteractive(first.Tree.(*syntax.Interactive), "<stdin>", first.Flags)
	if err != nil {
		t.Fatal(err)
	}
	carried := co.FutureFlags()
	if carried&FutureDivision == 0 {
		t.Fatalf("FutureFlags() = %#x, want division", carried)
	}
	next := parseMode(t, "1 / x\n", syntax.SingleMode, carried)
	co, err = CompileInteractive(next.Tree.(*syntax.Interactive), "<stdin>", next.Flags|carried)
	if err != nil {
		t.Fatal(err)
	}
	if !hasOp(co, BINARY_TRUE_DIVIDE) || !hasOp(co, PRINT_EXPR) || co.Flags&CO_FUTURE_DIVISION == 0 {
		t.Errorf("second input did not compile under future division with PRINT_EXPR: flags %#x", co.Flags)
	}
	plain := parseMode(t, "1 / x\n", syntax.SingleMode, 0)
	co, err = CompileInteractive(plain.Tree.(*syntax.Interactive), "<stdin>", 0)
	if err != nil {
		t.Fatal(err)
	}
	if !hasOp(co, BINARY_DIVIDE) || co.FutureFlags() != 0 {
		t.Errorf("without the flag, / must stay classic division")
	}
}

func TestCompileExpressionReturnsItsValue(t *testing.T) {
	res := parseMode(t, "a + 1", syntax.EvalMode, 0)
	co, err := CompileExpression(res.Tree.(*syntax.Expression), "<string>", 0)
	if err != nil {
		t.Fatal(err)
	}
	// LOAD_NAME a; LOAD_CONST 1; BINARY_ADD; RETURN_VALUE, and no None is loaded.
	want := []byte{LOAD_NAME, 0, 0, LOAD_CONST, 0, 0, BINARY_ADD, RETURN_VALUE}
	if string(co.Code) != string(want) || len(co.Consts) != 1 || co.Name != "<module>" {
		t.Errorf("eval code %x consts %v, want %x and one constant", co.Code, co.Consts, want)
	}
}
