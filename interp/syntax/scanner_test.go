// This file defines table tests of the scanner and the literal decoders: token kinds,
// positions and indentation for small inputs, and the values of number and string
// literals with every escape.

package syntax

import (
	"math"
	"math/big"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestScannerTable(t *testing.T) {
	tests := []struct {
		name string
		mode Mode
		src  string
		want []string // tokenStream lines; "!msg" for a final error
	}{
		{"assignment", ExecMode, "x = 1\n", []string{
			"NAME 'x' 1 0", "EQUAL '=' 1 2", "NUMBER '1' 1 4", "NEWLINE '' 1 5",
			"NEWLINE '' 1 -1", "ENDMARKER '' 1 -1"}},
		{"indent and dedent", ExecMode, "if a:\n    b\nc\n", []string{
			"NAME 'if' 1 0", "NAME 'a' 1 3", "COLON ':' 1 4", "NEWLINE '' 1 5",
			"INDENT '' 2 -1", "NAME 'b' 2 4", "NEWLINE '' 2 5", "DEDENT '' 3 -1",
			"NAME 'c' 3 0", "NEWLINE '' 3 1", "NEWLINE '' 3 -1", "ENDMARKER '' 3 -1"}},
		{"two dedents at the end", ExecMode, "if a:\n  if b:\n    c\n", []string{
			"NAME 'if' 1 0", "NAME 'a' 1 3", "COLON ':' 1 4", "NEWLINE '' 1 5",
			"INDENT '' 2 -1", "NAME 'if' 2 2", "NAME 'b' 2 5", "COLON ':' 2 6", "NEWLINE '' 2 7",
			"INDENT '' 3 -1", "NAME 'c' 3 4", "NEWLINE '' 3 5", "DEDENT '' 3 -1",
			"DEDENT '' 3 -1", "NEWLINE '' 3 -1", "ENDMARKER '' 3 -1"}},
		{"a tab reaches column 8", ExecMode, "if a:\n\tb\n        c\n", []string{
			"NAME 'if' 1 0", "NAME 'a' 1 3", "COLON ':' 1 4", "NEWLINE '' 1 5",
			"INDENT '' 2 -1", "NAME 'b' 2 1", "NEWLINE '' 2 2", "NAME 'c' 3 8",
			"NEWLINE '' 3 9", "DEDENT '' 3 -1", "NEWLINE '' 3 -1", "ENDMARKER '' 3 -1"}},
		{"form feed resets the column", ExecMode, "if a:\n  b\n\f  c\n", []string{
			"NAME 'if' 1 0", "NAME 'a' 1 3", "COLON ':' 1 4", "NEWLINE '' 1 5",
			"INDENT '' 2 -1", "NAME 'b' 2 2", "NEWLINE '' 2 3", "NAME 'c' 3 3",
			"NEWLINE '' 3 4", "DEDENT '' 3 -1", "NEWLINE '' 3 -1", "ENDMARKER '' 3 -1"}},
		{"brackets join lines", ExecMode, "(a,\n    b)\n", []string{
			"LPAR '(' 1 0", "NAME 'a' 1 1", "COMMA ',' 1 2", "NAME 'b' 2 4", "RPAR ')' 2 5",
			"NEWLINE '' 2 6", "NEWLINE '' 2 -1", "ENDMARKER '' 2 -1"}},
		{"backslash joins lines", ExecMode, "a = \\\n  1\n", []string{
			"NAME 'a' 1 0", "EQUAL '=' 1 2", "NUMBER '1' 2 2", "NEWLINE '' 2 3",
			"NEWLINE '' 2 -1", "ENDMARKER '' 2 -1"}},
		{"comments and blank lines", ExecMode, "a # one\n\n  # two\n   \nb\n", []string{
			"NAME 'a' 1 0", "NEWLINE '# one' 1 2", "NAME 'b' 5 0", "NEWLINE '' 5 1",
			"NEWLINE '' 5 -1", "ENDMARKER '' 5 -1"}},
		{"operators", ExecMode, "<> != <= >= << >> ** // <<= >>= **= //= ` @ ~\n", []string{
			"NOTEQUAL '<>' 1 0", "NOTEQUAL '!=' 1 3", "LESSEQUAL '<=' 1 6",
			"GREATEREQUAL '>=' 1 9", "LEFTSHIFT '<<' 1 12", "RIGHTSHIFT '>>' 1 15",
			"DOUBLESTAR '**' 1 18", "DOUBLESLASH '//' 1 21", "LEFTSHIFTEQUAL '<<=' 1 24",
			"RIGHTSHIFTEQUAL '>>=' 1 28", "DOUBLESTAREQUAL '**=' 1 32",
			"DOUBLESLASHEQUAL '//=' 1 36", "BACKQUOTE '`' 1 40", "AT '@' 1 42",
			"TILDE '~' 1 44", "NEWLINE '' 1 45", "NEWLINE '' 1 -1", "ENDMARKER '' 1 -1"}},
		{"numbers", ExecMode, "0 0777 0o7 0x1F 0b1 1L .5 1e5 1E-5 1j 09.5 09j 0e0\n", []string{
			"NUMBER '0' 1 0", "NUMBER '0777' 1 2", "NUMBER '0o7' 1 7", "NUMBER '0x1F' 1 11",
			"NUMBER '0b1' 1 16", "NUMBER '1L' 1 20", "NUMBER '.5' 1 23", "NUMBER '1e5' 1 26",
			"NUMBER '1E-5' 1 30", "NUMBER '1j' 1 35", "NUMBER '09.5' 1 38",
			"NUMBER '09j' 1 43", "NUMBER '0e0' 1 47", "NEWLINE '' 1 50", "NEWLINE '' 1 -1",
			"ENDMARKER '' 1 -1"}},
		{"string prefixes", ExecMode, "r'a' U'b' b'c' uR'd' BR'e' '''f''' \"\"\"g\"\"\"\n", []string{
			"STRING \"r'a'\" 1 0", "STRING \"U'b'\" 1 5", "STRING \"b'c'\" 1 10",
			"STRING \"uR'd'\" 1 15", "STRING \"BR'e'\" 1 21", "STRING \"'''f'''\" 1 27",
			"STRING '\"\"\"g\"\"\"' 1 35", "NEWLINE '' 1 42", "NEWLINE '' 1 -1", "ENDMARKER '' 1 -1"}},
		{"a string over two lines ends on the second", ExecMode, "x = '''a\nb'''\n", []string{
			"NAME 'x' 1 0", "EQUAL '=' 1 2", "STRING \"'''a\\nb'''\" 2 -1", "NEWLINE '' 2 4",
			"NEWLINE '' 2 -1", "ENDMARKER '' 2 -1"}},
		{"prefix letters alone are names", ExecMode, "ur br rb\n", []string{
			"NAME 'ur' 1 0", "NAME 'br' 1 3", "NAME 'rb' 1 6", "NEWLINE '' 1 8",
			"NEWLINE '' 1 -1", "ENDMARKER '' 1 -1"}},
		{"unknown characters", ExecMode, "$ ?\n", []string{"OP '$' 1 0", "OP '?' 1 2",
			"NEWLINE '' 1 3", "NEWLINE '' 1 -1", "ENDMARKER '' 1 -1"}},
		{"an empty line ends a block at the prompt", InteractiveMode, "if a:\n  b\n\n", []string{
			"NAME 'if' 1 0", "NAME 'a' 1 3", "COLON ':' 1 4", "NEWLINE '' 1 5",
			"INDENT '' 2 -1", "NAME 'b' 2 2", "NEWLINE '' 2 3", "DEDENT '' 3 -1",
			"NEWLINE '' 3 0", "!incomplete"}},
		{"no final newline in single mode", SingleMode, "x", []string{
			"NAME 'x' 1 0", "NEWLINE '' 1 -1", "ENDMARKER '' 1 -1"}},
		{"old octal with a decimal digit", ExecMode, "09\n", []string{"!invalid token"}},
		{"hex without digits", ExecMode, "0x\n", []string{"!invalid token"}},
		{"exponent without digits", ExecMode, "1e+\n", []string{"!invalid token"}},
		{"binary digit 2", ExecMode, "0b2\n", []string{"!invalid token"}},
		{"octal digit 8", ExecMode, "0o8\n", []string{"!invalid token"}},
		{"string to end of line", ExecMode, "'abc\n", []string{"!EOL while scanning string literal"}},
		{"triple quote to end of input", ExecMode, "'''abc\n", []string{
			"!EOF while scanning triple-quoted string literal"}},
		{"character after backslash", ExecMode, "a \\ b\n", []string{"NAME 'a' 1 0",
			"!unexpected character after line continuation character"}},
		{"unindent to no level", ExecMode, "if a:\n    b\n  c\n", []string{
			"NAME 'if' 1 0", "NAME 'a' 1 3", "COLON ':' 1 4", "NEWLINE '' 1 5",
			"INDENT '' 2 -1", "NAME 'b' 2 4", "NEWLINE '' 2 5",
			"!unindent does not match any outer indentation level"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tokenStream([]byte(tc.src), Options{Mode: tc.mode, Filename: "t.py"})
			if err != nil {
				msg := err.Error()
				if e, ok := err.(*Error); ok {
					msg = e.Msg
				} else if err == ErrIncomplete {
					msg = "incomplete"
				}
				got = append(got, "!"+msg)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("tokens of %q:\n got: %q\nwant: %q", tc.src, got, tc.want)
			}
		})
	}
}

// evalLiteral parses src in eval mode and returns the literal it is.
func evalLiteral(t *testing.T, src string) Expr {
	t.Helper()
	res, err := Parse([]byte(src), Options{Mode: EvalMode, Filename: "<string>"})
	if err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	return res.Tree.(*Expression).Body
}

func TestNumberValues(t *testing.T) {
	big1 := func(s string) *big.Int {
		v, _ := new(big.Int).SetString(s, 10)
		return v
	}
	tests := []struct {
		src  string
		want any
	}{
		{"0", int64(0)},
		{"0777", int64(511)},
		{"0o17", int64(15)},
		{"0xff", int64(255)},
		{"0b101", int64(5)},
		{"9223372036854775807", int64(math.MaxInt64)},
		{"9223372036854775808", big1("9223372036854775808")},
		{"-9223372036854775808", int64(math.MinInt64)},
		{"-9223372036854775809", big1("-9223372036854775809")},
		{"0xffffffffffffffff", big1("18446744073709551615")},
		{"10L", big1("10")},
		{"0777L", big1("511")},
		{"-0x10", int64(-16)},
		{"1.5", 1.5},
		{".5", 0.5},
		{"1e400", math.Inf(1)},
		{"-0.0", math.Copysign(0, -1)},
		{"09.5", 9.5},
		{"2j", complex(0, 2)},
		{"-1j", complex(0, -1)},
	}
	for _, tc := range tests {
		num, ok := evalLiteral(t, tc.src).(*Num)
		if !ok {
			t.Errorf("%q is not a Num", tc.src)
			continue
		}
		switch want := tc.want.(type) {
		case *big.Int:
			got, ok := num.N.(*big.Int)
			if !ok || got.Cmp(want) != 0 {
				t.Errorf("%q = %#v, want long %v", tc.src, num.N, want)
			}
		case float64:
			got, ok := num.N.(float64)
			if !ok || got != want || math.Signbit(got) != math.Signbit(want) {
				t.Errorf("%q = %#v, want float %v", tc.src, num.N, want)
			}
		default:
			if num.N != tc.want {
				t.Errorf("%q = %#v (%T), want %#v (%T)", tc.src, num.N, num.N, tc.want, tc.want)
			}
		}
	}
}

func TestStringValues(t *testing.T) {
	tests := []struct {
		src     string
		unicode bool
		want    string // bytes for str, UTF-8 of the code points for unicode
	}{
		{`'abc'`, false, "abc"},
		{`'\\ \' \" \a \b \f \n \r \t \v'`, false, "\\ ' \" \a \b \f \n \r \t \v"},
		{`'\0\12\123\1234\777'`, false, "\x00\nSS4\xff"},
		{`'\x41\xfF'`, false, "A\xff"},
		{`'\q \u1234 \N{X}'`, false, `\q \u1234 \N{X}`},
		{"'a\\\nb'", false, "ab"},
		{`r'\n\''`, false, `\n\'`},
		{`b'\n'`, false, "\n"},
		{`'a' "b" '''c'''`, false, "abc"},
		{`u'\u00e9\U0001F600\x41\101\777'`, true, "é😀AAǿ"},
		{`u'\q'`, true, `\q`},
		{`ur'\u0041 \\u0041 \n'`, true, `A \\u0041 \n`},
		{`'a' u'b'`, true, "ab"},
		{`u'a' 'b'`, true, "ab"},
		{`'caf\xc3\xa9'`, false, "caf\xc3\xa9"},
	}
	for _, tc := range tests {
		s, ok := evalLiteral(t, tc.src).(*Str)
		if !ok {
			t.Errorf("%s is not a Str", tc.src)
			continue
		}
		got := s.S
		if s.Unicode {
			got = string(s.U)
		}
		if s.Unicode != tc.unicode || got != tc.want {
			t.Errorf("%s = (unicode %v) %q, want (unicode %v) %q", tc.src, s.Unicode, got, tc.unicode, tc.want)
		}
	}
}

func TestUnicodeNameEscape(t *testing.T) {
	tests := []struct {
		src  string
		want string // the value, or "!" and the end of the error message
	}{
		{`u"\N{DIGIT ONE}"`, "1"},
		{`u"\N{latin small letter e with acute}"`, "é"},
		{`u"\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE A}"`, "각아"},
		{`u"\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-2A6D6}"`, "一\U0002a6d6"},
		{`u"\N{cjk unified ideograph-4e00}"`, "!unknown Unicode character name"},
		{`u"\N{CJK UNIFIED IDEOGRAPH-9FCC}"`, "!unknown Unicode character name"},
		{`u"\N{NO SUCH NAME}"`, "!position 0-15: unknown Unicode character name"},
		{`u"\N{DIGIT  ONE}"`, "!unknown Unicode character name"},
	}
	for _, tc := range tests {
		res, err := Parse([]byte(tc.src), Options{Mode: EvalMode, Filename: "<string>"})
		if strings.HasPrefix(tc.want, "!") {
			e, ok := err.(*Error)
			if !ok || !strings.HasSuffix(e.Msg, tc.want[1:]) {
				t.Errorf("%s: got %v, want an error ending %q", tc.src, err, tc.want[1:])
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.src, err)
			continue
		}
		want := tc.want
		if strings.Contains(want, `\U0002a6d6`) {
			want = strings.Replace(want, `\U0002a6d6`, string(rune(0x2a6d6)), 1)
		}
		if got := string(res.Tree.(*Expression).Body.(*Str).U); got != want {
			t.Errorf("%s = %q, want %q", tc.src, got, want)
		}
	}
}

// TestUnicodeNamesData checks the embedded name table (and regenerates it from CPython
// 2.7's unicodedata with -update): it must be Unicode 5.2.0, as in CPython 2.7, and a
// sample of its names, in both cases, must look up to their code points.
func TestUnicodeNamesData(t *testing.T) {
	if *update {
		python := python27()
		if python == "" {
			t.Fatal("-update needs CPython 2.7")
		}
		out, err := exec.Command(python, filepath.Join("testdata", "gen_unicodenames.py"), "unicodenames.bin").CombinedOutput()
		if err != nil {
			t.Fatalf("gen_unicodenames.py: %v\n%s", err, out)
		}
		t.Log("unicodenames.bin regenerated; rebuild to embed it")
	}
	r := &nameReader{data: unicodeNameData}
	if r.line() != "UNAMES 1" {
		t.Fatal("bad header")
	}
	if v := r.line(); v != "5.2.0" {
		t.Errorf("Unicode version %s, want CPython 2.7's 5.2.0", v)
	}
	words := make([]string, r.uvarint())
	for i := range words {
		words[i] = r.text()
	}
	count := r.uvarint()
	if count < 20000 {
		t.Fatalf("only %d names", count)
	}
	code := 0
	for i := 0; i < count; i++ {
		code += r.uvarint()
		parts := make([]string, r.uvarint())
		for j := range parts {
			parts[j] = words[r.uvarint()]
		}
		if i%97 != 0 {
			continue
		}
		name := strings.Join(parts, " ")
		for _, n := range []string{name, strings.ToLower(name)} {
			if got, ok := lookupUnicodeName(n); !ok || got != rune(code) {
				t.Errorf("lookup %q = %U, %v; want %U", n, got, ok, code)
			}
		}
	}
}
