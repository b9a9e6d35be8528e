// This file defines TestDifferential, run with -differential (go test ./interp/syntax
// -differential [-seed N], the flags after the package): thousands of variants of
// the test programs (cut short, with a few bytes deleted, with a token or character
// inserted), deterministic for a given seed, are compiled by CPython 2.7 as files and in
// the exec, eval and single modes and parsed by Parse, and the results must be the same.
// It needs CPython 2.7, so it is not part of the default run.

package syntax

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var (
	differential = flag.Bool("differential", false, "compare Parse with CPython 2.7 on mutated programs")
	diffSeed     = flag.Int64("seed", 7, "seed of the -differential mutations")
)

// mutationInserts are the fragments inserted into programs.
var mutationInserts = []string{"(", ")", "[", "]", ":", ",", "=", "\n", "\t", " ", "\\", "\"",
	"'", `"""`, "#", "lambda", "yield", "print", "if", "else", "for", "@", "`", "-", "**",
	"not", "in", "is", "\r", "\f", "1e", "0x", `u"`, "\xc3\xa9", "(x for x in y)", "*a", "**k",
	"a=1", "None", "    ", "\n    ", "\ndef f(", "from __future__ import print_function\n",
	"\\N{", "f() = ", "exec ", "del ", ";", "09", "1else", "\xef\xbb\xbf", "# coding: latin-1\n",
	"*", "lambda x:", "def ", "class ", "try:", "except ", "finally:", "with ", " as ", "global ",
	"assert ", "return ", "raise ", "import ", "from ", ".", "...", "[::]", "{", "}", "<>",
	"not in", "is not", " and ", " or ", "elif ", "while ", "break", "continue", "pass",
	"print >>", "%", "//", "<<=", "\\\n", "u'\\x'", "'\\x1'", "0777L", "1.5j", "1e400",
	"0b1", "0o7", "(yield)", "x=1,", "**kw)", "*args,", "(a, b)=", "= yield"}

func mutants(t *testing.T, seed int64) [][]byte {
	var sources [][]byte
	for _, pattern := range []string{"testdata/ast/*.py", "testdata/errors/*.py", filepath.Join(sharedDir("conformance"), "*.py")} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if len(src) > 3000 {
				src = src[:3000]
			}
			sources = append(sources, src)
		}
	}
	rng := rand.New(rand.NewSource(seed))
	var out [][]byte
	add := func(parts ...[]byte) {
		var b []byte
		for _, p := range parts {
			b = append(b, p...)
		}
		if !strings.ContainsRune(string(b), 0) { // compile() refuses NUL bytes
			out = append(out, b)
		}
	}
	for _, s := range sources {
		for k := 0; k < 6; k++ {
			add(s[:rng.Intn(len(s)+1)])
		}
		for k := 0; k < 6 && len(s) > 0; k++ {
			i := rng.Intn(len(s))
			j := min(len(s), i+1+rng.Intn(3))
			add(s[:i], s[j:])
		}
		for k := 0; k < 8; k++ {
			i := rng.Intn(len(s) + 1)
			add(s[:i], []byte(mutationInserts[rng.Intn(len(mutationInserts))]), s[i:])
		}
	}
	return out
}

// compilerError reports whether a CPython error comes from its symbol table or compiler,
// which run after the parser (the late future import included: see FutureImports).
func compilerError(result string) bool {
	for _, msg := range []string{"from __future__ imports must occur at the beginning",
		"outside function", "outside loop", "not properly in loop", "inside 'finally' clause",
		"'return' with argument inside generator", "default 'except:' must be last",
		"duplicate argument", "is parameter and global", "import * is not allowed",
		"unqualified exec is not allowed", "can not delete variable", "too many statically nested blocks"} {
		if strings.Contains(result, msg) {
			return true
		}
	}
	return false
}

func TestDifferential(t *testing.T) {
	if !*differential {
		t.Skip("run with -differential")
	}
	python := python27()
	if python == "" {
		t.Fatal("-differential needs CPython 2.7")
	}
	dir := t.TempDir()
	inputs := mutants(t, *diffSeed)
	for i, src := range inputs {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%05d", i)), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := exec.Command(python, filepath.Join("testdata", "compile_many.py"), dir).Output()
	if err != nil {
		t.Fatal(err)
	}
	compared, differ := 0, 0
	for _, line := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) != 3 || parts[2] == "skip" {
			continue
		}
		var i int
		fmt.Sscanf(parts[0], "%d", &i)
		var got string
		var perr error
		if parts[1] == "file" {
			_, perr = Parse(inputs[i], Options{Mode: FileMode, Filename: parts[0]})
			got = "ok"
			if perr != nil {
				got = modeResult(nil, perr)
			}
		} else {
			mode, _ := modeOf(parts[1])
			var res *Result
			res, perr = Parse(inputs[i], Options{Mode: mode, Filename: "<string>"})
			got = modeResult(res, perr)
		}
		got = strings.ReplaceAll(got, "\n", `\n`)
		compared++
		if got == parts[2] {
			continue
		}
		if perr == nil && compilerError(parts[2]) {
			continue // the compiler's check, not the parser's
		}
		if parts[1] == "file" && strings.Contains(parts[2], "codec can't decode") && strings.Contains(got, "codec can't decode") {
			continue // a known difference: see the package documentation
		}
		differ++
		if differ <= 20 {
			t.Errorf("%s %s %q:\n got: %.400s\nwant: %.400s", parts[0], parts[1], inputs[i], got, parts[2])
		}
	}
	if compared == 0 {
		t.Fatalf("compile_many.py reported no results for %d inputs", len(inputs))
	}
	t.Logf("%d inputs, %d results compared, %d differ", len(inputs), compared, differ)
}
