// This file tests the entry points as a REPL and eval() use them: future features carry
// over from one interactive input to the next through Code.FutureFlags; and future.c
// errors of trees the parser did not build.

package compile

import (
	"strings"
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

// TestFutureErrorOfAHandBuiltTree: the compiler runs future.c on any tree, not only on
// one the parser has already checked. CPython 2.7 compiling an ast.Module that imports a
// 150-character unknown feature says "future feature " and the first 100 characters.
func TestFutureErrorOfAHandBuiltTree(t *testing.T) {
	name := strings.Repeat("x", 150)
	mod := &syntax.Module{Body: []syntax.Stmt{&syntax.ImportFrom{Pos: syntax.Pos{Lineno: 1},
		Module: "__future__", Names: []*syntax.Alias{{Name: name}}}}}
	_, err := Compile(mod, "f.py", 0)
	e, ok := err.(*syntax.Error)
	if !ok {
		t.Fatalf("Compile returned %v, want a *syntax.Error", err)
	}
	want := "future feature " + name[:100] + " is not defined"
	if e.Kind != syntax.SyntaxError || e.Msg != want || e.Lineno != 1 || e.Filename != "f.py" || e.HasOffset {
		t.Errorf("got %s %q at %s:%d (offset %v), want SyntaxError %q at f.py:1", e.Kind, e.Msg,
			e.Filename, e.Lineno, e.HasOffset, want)
	}
}
