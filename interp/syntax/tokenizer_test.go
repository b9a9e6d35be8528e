// This file defines the tests of the tokenizer: the token stream of every valid program in
// testdata/ast compared with the tokens CPython 2.7's parser received (read from the
// parser module's concrete syntax tree, golden testdata/tokens.golden), and table tests
// of tokens, positions, indentation and literal values.

package syntax

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// cpythonTokenName is the name token.tok_name gives a kind.
var cpythonTokenName = map[tokKind]string{
	tkEndMarker: "ENDMARKER", tkName: "NAME", tkNumber: "NUMBER", tkString: "STRING",
	tkNewline: "NEWLINE", tkIndent: "INDENT", tkDedent: "DEDENT", tkLPar: "LPAR",
	tkRPar: "RPAR", tkLSqb: "LSQB", tkRSqb: "RSQB", tkColon: "COLON", tkComma: "COMMA",
	tkSemi: "SEMI", tkPlus: "PLUS", tkMinus: "MINUS", tkStar: "STAR", tkSlash: "SLASH",
	tkVBar: "VBAR", tkAmper: "AMPER", tkLess: "LESS", tkGreater: "GREATER", tkEqual: "EQUAL",
	tkDot: "DOT", tkPercent: "PERCENT", tkBackquote: "BACKQUOTE", tkLBrace: "LBRACE",
	tkRBrace: "RBRACE", tkEqEqual: "EQEQUAL", tkNotEqual: "NOTEQUAL", tkLessEqual: "LESSEQUAL",
	tkGreaterEqual: "GREATEREQUAL", tkTilde: "TILDE", tkCircumflex: "CIRCUMFLEX",
	tkLeftShift: "LEFTSHIFT", tkRightShift: "RIGHTSHIFT", tkDoubleStar: "DOUBLESTAR",
	tkPlusEqual: "PLUSEQUAL", tkMinEqual: "MINEQUAL", tkStarEqual: "STAREQUAL",
	tkSlashEqual: "SLASHEQUAL", tkPercentEqual: "PERCENTEQUAL", tkAmperEqual: "AMPEREQUAL",
	tkVBarEqual: "VBAREQUAL", tkCircumflexEqual: "CIRCUMFLEXEQUAL",
	tkLeftShiftEqual: "LEFTSHIFTEQUAL", tkRightShiftEqual: "RIGHTSHIFTEQUAL",
	tkDoubleStarEqual: "DOUBLESTAREQUAL", tkDoubleSlash: "DOUBLESLASH",
	tkDoubleSlashEqual: "DOUBLESLASHEQUAL", tkAt: "AT", tkOp: "OP",
}

// tokenStream returns the tokens the parser would receive for src, in tokens.py's format,
// up to the final ENDMARKER or the first error.
func tokenStream(src []byte, opts Options) (lines []string, err error) {
	p, perr := newParser(src, &opts, opts.Flags)
	if perr != nil {
		return nil, perr
	}
	defer func() {
		switch r := recover().(type) {
		case nil:
		case parseFailure:
			err = r.err
		case needMoreInput:
			err = ErrIncomplete
		default:
			panic(r)
		}
	}()
	for {
		t := *p.peek()
		p.advance()
		text := ""
		if t.start >= 0 {
			text = string(p.tz.text[t.start:t.end])
		}
		lines = append(lines, fmt.Sprintf("%s %s %d %d", cpythonTokenName[t.kind], ReprStr(text), t.line, t.col))
		if t.kind == tkEndMarker {
			return lines, nil
		}
	}
}

func TestTokensMatchCPython(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "ast", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "tokens.golden")
	if *update {
		python := python27()
		if python == "" {
			t.Fatal("-update needs CPython 2.7")
		}
		out, err := exec.Command(python, append([]string{filepath.Join("testdata", "tokens.py")}, files...)...).Output()
		if err != nil {
			t.Fatalf("tokens.py: %v", err)
		}
		if err := os.WriteFile(golden, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	wants := strings.Split(strings.TrimSuffix(string(data), "EOF\n"), "EOF\n")
	if len(wants) != len(files) {
		t.Fatalf("%s has %d token lists for %d files; run go test -update", golden, len(wants), len(files))
	}
	for i, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		got, err := tokenStream(src, Options{Mode: ExecMode, Filename: path})
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		want := strings.Split(strings.TrimSuffix(wants[i], "\n"), "\n")
		for j := 0; j < len(got) || j < len(want); j++ {
			var g, w string
			if j < len(got) {
				g = got[j]
			}
			if j < len(want) {
				w = want[j]
			}
			if g != w {
				t.Errorf("%s: token %d is %q, CPython's is %q", path, j, g, w)
				break
			}
		}
	}
}
