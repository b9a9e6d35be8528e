// This file defines tests of the package's API beyond the goldens: the two printed forms of
// Error, the future flags a parse returns and accepts, and the options for unicode sources.

package syntax

import (
	"errors"
	"strings"
	"testing"
)

func TestErrorForms(t *testing.T) {
	_, err := Parse([]byte("x = 1\nif x:\n  y = = 2\n"), Options{Mode: FileMode, Filename: "dir/prog.py"})
	e, ok := err.(*Error)
	if !ok {
		t.Fatalf("got %v", err)
	}
	if got, want := e.Error(), "invalid syntax (prog.py, line 3)"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	want := "  File \"dir/prog.py\", line 3\n    y = = 2\n        ^\nSyntaxError: invalid syntax\n"
	if got := e.Render(); got != want {
		t.Errorf("Render() =\n%s\nwant\n%s", got, want)
	}
}

func TestRenderWithoutOffsetOrText(t *testing.T) {
	e := &Error{Kind: SyntaxError, Msg: "can't assign to literal", Filename: "<stdin>", Lineno: 1}
	if got, want := e.Render(), "  File \"<stdin>\", line 1\nSyntaxError: can't assign to literal\n"; got != want {
		t.Errorf("Render() = %q, want %q", got, want)
	}
	e = &Error{Kind: IndentationError, Msg: "m", Filename: "f", Lineno: 2, HasText: true,
		Text: "  a = (1,\n  b)\n", HasOffset: true, Offset: 13}
	// The caret goes under the line holding the offset, leading blanks removed.
	if got, want := e.Render(), "  File \"f\", line 2\n    b)\n    ^\nIndentationError: m\n"; got != want {
		t.Errorf("Render() = %q, want %q", got, want)
	}
}

func TestFutureFlags(t *testing.T) {
	src := "\"\"\"doc\"\"\"\nfrom __future__ import division, print_function\nfrom __future__ import absolute_import\nprint(1, end='')\n"
	res, err := Parse([]byte(src), Options{Mode: ExecMode, Filename: "<string>"})
	if err != nil {
		t.Fatal(err)
	}
	want := FutureDivision | FuturePrintFunction | FutureAbsoluteImport
	if res.Flags != want {
		t.Errorf("Flags = %#x, want %#x", res.Flags, want)
	}
	if _, lineno, err := FutureImports(res.Tree, "<string>"); lineno != 3 || err != nil {
		t.Errorf("FutureImports: last future import on line %d (%v), want 3", lineno, err)
	}
	// A later future import is not a future statement: the compiler reports it.
	res, err = Parse([]byte("x = 1\nfrom __future__ import division\n"), Options{Mode: ExecMode, Filename: "<string>"})
	if err != nil {
		t.Fatal(err)
	}
	_, lineno, err := FutureImports(res.Tree, "<string>")
	if res.Flags&FutureDivision != 0 || lineno != 0 || err != nil {
		t.Errorf("late import: Flags = %#x, FutureImports line %d (%v)", res.Flags, lineno, err)
	}
}

func TestInheritedPrintFunction(t *testing.T) {
	src := []byte("print(1, end='')\n")
	if _, err := Parse(src, Options{Mode: ExecMode, Filename: "<string>"}); err == nil {
		t.Error("print with a keyword argument parsed as a statement")
	}
	res, err := Parse(src, Options{Mode: ExecMode, Filename: "<string>", Flags: FuturePrintFunction})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := res.Tree.(*Module).Body[0].(*ExprStmt).Value.(*Call); !ok {
		t.Errorf("print(...) is not a call under an inherited print_function")
	}
	if res.Flags&FuturePrintFunction == 0 {
		t.Error("the inherited flag is not in Result.Flags")
	}
}

func TestUnicodeSource(t *testing.T) {
	res, err := Parse([]byte("x = u\"caf\xc3\xa9\"\n"), Options{Mode: ExecMode, Filename: "<string>", SourceIsUTF8: true})
	if err != nil {
		t.Fatal(err)
	}
	s := res.Tree.(*Module).Body[0].(*Assign).Value.(*Str)
	if string(s.U) != "café" {
		t.Errorf("value %q, want café", string(s.U))
	}
	_, err = Parse([]byte("# coding: utf-8\nx = 1\n"), Options{Mode: ExecMode, Filename: "<string>", SourceIsUTF8: true})
	var e *Error
	if !errors.As(err, &e) || e.Msg != "encoding declaration in Unicode string" || e.Lineno != 0 ||
		e.HasOffset || e.HasText {
		t.Errorf("coding declaration in a unicode source: %#v", err)
	}
}

func TestInteractiveEmptyLineIsPass(t *testing.T) {
	res, err := Parse([]byte("\n"), Options{Mode: InteractiveMode, Filename: "<stdin>"})
	if err != nil {
		t.Fatal(err)
	}
	body := res.Tree.(*Interactive).Body
	if len(body) != 1 {
		t.Fatalf("body %v", body)
	}
	if _, ok := body[0].(*Pass); !ok {
		t.Errorf("an empty line is %T, want Pass", body[0])
	}
	if _, err := Parse(nil, Options{Mode: InteractiveMode, Filename: "<stdin>"}); !errors.Is(err, ErrIncomplete) {
		t.Errorf("nothing typed yet: %v, want ErrIncomplete", err)
	}
}

// TestReadFile: an error found after parsing quotes the line of the file its name names,
// read with Options.ReadFile, as CPython rereads it, whatever the mode.
func TestReadFile(t *testing.T) {
	files := map[string]string{"real.py": "x = 1\n   [a for a in b] = 2\n", "short.py": "only\n"}
	read := func(name string) ([]byte, error) {
		if s, ok := files[name]; ok {
			return []byte(s), nil
		}
		return nil, errors.New("no such file")
	}
	src := []byte("y = 0\nf() = 1\n")
	for _, tc := range []struct {
		name     string
		hasText  bool
		wantText string
	}{
		{"real.py", true, "[a for a in b] = 2\n"},
		{"<string>", false, ""},
		// The file has no line 2: CPython's text is empty, not its last line.
		{"short.py", true, ""},
	} {
		_, err := Parse(src, Options{Mode: ExecMode, Filename: tc.name, ReadFile: read})
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if e.HasText != tc.hasText || e.Text != tc.wantText {
			t.Errorf("%s: text %v %q, want %v %q", tc.name, e.HasText, e.Text, tc.hasText, tc.wantText)
		}
	}
}

func TestProgramText(t *testing.T) {
	// What CPython 2.7's PyErr_ProgramText returns for these files (called through
	// ctypes): past the end, and for an empty file, an empty line; a NUL ends the text.
	for _, tc := range []struct {
		file string
		line int
		want string
		ok   bool
	}{
		{"first\r\n\t  second line\rthird", 0, "", false},
		{"first\r\n\t  second line\rthird", 1, "first\n", true},
		{"first\r\n\t  second line\rthird", 2, "second line\n", true},
		{"first\r\n\t  second line\rthird", 3, "third", true},
		{"first\r\n\t  second line\rthird", 4, "", true},
		{"first\r\n\t  second line\rthird", 9, "", true},
		{"a\n", 2, "", true},
		{"", 1, "", true},
		{"a\x00bc\nd\n", 1, "a", true},
	} {
		got, ok := ProgramText([]byte(tc.file), tc.line)
		if got != tc.want || ok != tc.ok {
			t.Errorf("%q line %d: %q %v, want %q %v", tc.file, tc.line, got, ok, tc.want, tc.ok)
		}
	}
	long := append([]byte(strings.Repeat("x", 1500)), '\n')
	if got, _ := ProgramText(long, 1); len(got) != 1501-999 {
		t.Errorf("a 1501-byte line gives %d bytes, want the last %d", len(got), 1501-999)
	}
}
