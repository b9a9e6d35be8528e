// This file defines the golden tests against CPython 2.7: the AST of many programs must
// dump exactly as Python 2.7's ast.dump(tree, include_attributes=True) prints it, and bad
// programs must fail with exactly the exception CPython raises and print exactly what
// `python2.7 FILE` prints. Goldens live in testdata; `go test ./interp/syntax -update`
// regenerates them by running CPython 2.7 (PYTHON27, ~/.pyenv/versions/2.7.18/bin/python
// or python2.7 on PATH).

package syntax

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "regenerate golden files by running CPython 2.7")

// python27 finds CPython 2.7, or returns "" when there is none.
func python27() string {
	if p := os.Getenv("PYTHON27"); p != "" {
		return p
	}
	if home, err := os.UserHomeDir(); err == nil {
		p := filepath.Join(home, ".pyenv", "versions", "2.7.18", "bin", "python")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := exec.LookPath("python2.7"); err == nil {
		return p
	}
	return ""
}

// sharedFolders are the project's shared Python programs, read in place when present.
var sharedFolders = []string{"conformance", "bench"}

func sharedDir(name string) string {
	return filepath.Join("..", "..", "..", "shared", name)
}

// astCase is one program whose tree is compared with CPython's.
type astCase struct {
	name   string
	path   string
	golden string
}

func astCases(t *testing.T) []astCase {
	var cases []astCase
	own, err := filepath.Glob(filepath.Join("testdata", "ast", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range own {
		cases = append(cases, astCase{name: filepath.Base(path), path: path,
			golden: strings.TrimSuffix(path, ".py") + ".ast"})
	}
	for _, folder := range sharedFolders {
		files, _ := filepath.Glob(filepath.Join(sharedDir(folder), "*.py"))
		for _, path := range files {
			base := strings.TrimSuffix(filepath.Base(path), ".py")
			if strings.HasPrefix(base, "fail_syntax") {
				continue // these must not parse; the error goldens cover them
			}
			cases = append(cases, astCase{name: folder + "/" + base, path: path,
				golden: filepath.Join("testdata", "ast", "shared", folder, base+".ast")})
		}
	}
	if len(own) == 0 {
		t.Fatal("no programs in testdata/ast")
	}
	return cases
}

// cpythonDump runs CPython 2.7's ast.dump on the files.
func cpythonDump(t *testing.T, python string, paths ...string) []string {
	t.Helper()
	args := append([]string{filepath.Join("testdata", "dump_ast.py")}, paths...)
	out, err := exec.Command(python, args...).Output()
	if err != nil {
		t.Fatalf("python2.7 dump_ast.py: %v", err)
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(paths) {
		t.Fatalf("python2.7 printed %d dumps for %d files", len(lines), len(paths))
	}
	return lines
}

func TestASTGolden(t *testing.T) {
	cases := astCases(t)
	python := python27()
	if *update {
		if python == "" {
			t.Fatal("-update needs CPython 2.7")
		}
		paths := make([]string, len(cases))
		for i, c := range cases {
			paths[i] = c.path
		}
		for i, dump := range cpythonDump(t, python, paths...) {
			if err := os.MkdirAll(filepath.Dir(cases[i].golden), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(cases[i].golden, []byte(dump+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			src, err := os.ReadFile(c.path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(c.golden)
			if os.IsNotExist(err) {
				// A shared program added after the goldens were made: compare with CPython
				// directly when it is here.
				if python == "" {
					t.Skipf("no golden %s and no CPython 2.7 to make one", c.golden)
				}
				want = []byte(cpythonDump(t, python, c.path)[0] + "\n")
			} else if err != nil {
				t.Fatal(err)
			}
			res, err := Parse(src, Options{Mode: FileMode, Filename: c.path})
			if err != nil {
				t.Fatalf("parse failed: %v", err)
			}
			got := Dump(res.Tree) + "\n"
			if got != string(want) {
				t.Errorf("tree differs from CPython 2.7's:\n%s", firstDifference(got, string(want)))
			}
		})
	}
}

// firstDifference shows where two dumps first differ, with some context.
func firstDifference(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-150)
	return fmt.Sprintf("at byte %d\n got: ...%s\nwant: ...%s", i, got[from:min(len(got), i+150)],
		want[from:min(len(want), i+150)])
}

// errorGolden is what CPython 2.7 reports for a bad program.
type errorGolden struct {
	info   string // the kind/msg/lineno/offset/text lines of error_info.py
	stderr string // what python2.7 FILE prints on stderr
}

const stderrMarker = "--- python2.7 FILE stderr\n"

func readErrorGolden(path string) (errorGolden, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return errorGolden{}, err
	}
	info, stderr, ok := strings.Cut(string(b), stderrMarker)
	if !ok {
		return errorGolden{}, fmt.Errorf("%s: no %q line", path, strings.TrimSpace(stderrMarker))
	}
	return errorGolden{info: info, stderr: stderr}, nil
}

// errorInfo formats an error the way error_info.py prints CPython's exception.
func errorInfo(e *Error) string {
	var b strings.Builder
	fmt.Fprintf(&b, "kind: %s\n", e.Kind)
	if e.Kind == ValueError || e.Kind == MemoryError {
		fmt.Fprintf(&b, "msg: %s\n", ReprStr(e.Msg))
		return b.String()
	}
	fmt.Fprintf(&b, "msg: %s\n", ReprStr(e.Msg))
	fmt.Fprintf(&b, "lineno: %d\n", e.Lineno)
	if e.HasOffset {
		fmt.Fprintf(&b, "offset: %d\n", e.Offset)
	} else {
		b.WriteString("offset: None\n")
	}
	if e.HasText {
		fmt.Fprintf(&b, "text: %s\n", ReprStr(e.Text))
	} else {
		b.WriteString("text: None\n")
	}
	return b.String()
}

// errorDirs are the folders of bad programs: each is run by python2.7 with its flags and
// parsed by Parse with the matching options.
var errorDirs = []struct {
	dir       string
	flags     []string
	tabErrors bool
	atLeast   int
}{
	{dir: "errors", atLeast: 40},
	{dir: "taberrors", flags: []string{"-tt"}, tabErrors: true, atLeast: 4},
}

func TestErrorGolden(t *testing.T) {
	for _, d := range errorDirs {
		t.Run(d.dir, func(t *testing.T) {
			dir := filepath.Join("testdata", d.dir)
			files, err := filepath.Glob(filepath.Join(dir, "*.py"))
			if err != nil {
				t.Fatal(err)
			}
			if len(files) < d.atLeast {
				t.Fatalf("only %d bad programs in %s", len(files), dir)
			}
			if *update {
				updateErrorGoldens(t, dir, d.flags, files)
			}
			for _, path := range files {
				checkErrorGolden(t, path, Options{Mode: FileMode, Filename: filepath.Base(path),
					TabErrors: d.tabErrors})
			}
		})
	}
}

func updateErrorGoldens(t *testing.T, dir string, flags []string, files []string) {
	python := python27()
	if python == "" {
		t.Fatal("-update needs CPython 2.7")
	}
	for _, path := range files {
		base := filepath.Base(path)
		info := exec.Command(python, append(append([]string(nil), flags...), filepath.Join("..", "error_info.py"), base)...)
		info.Dir = dir
		infoOut, err := info.Output()
		if err != nil {
			t.Fatalf("error_info.py %s: %v", base, err)
		}
		run := exec.Command(python, append(append([]string(nil), flags...), base)...)
		run.Dir = dir
		var stderr bytes.Buffer
		run.Stderr = &stderr
		if err := run.Run(); err == nil {
			t.Fatalf("%s: python2.7 ran it without an error", base)
		}
		golden := string(infoOut) + stderrMarker + stderr.String()
		if err := os.WriteFile(strings.TrimSuffix(path, ".py")+".err", []byte(golden), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func checkErrorGolden(t *testing.T, path string, opts Options) {
	t.Run(filepath.Base(path), func(t *testing.T) {
		want, err := readErrorGolden(strings.TrimSuffix(path, ".py") + ".err")
		if err != nil {
			t.Fatal(err)
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		_, perr := Parse(src, opts)
		e, ok := perr.(*Error)
		if !ok {
			t.Fatalf("Parse returned %v, want an *Error", perr)
		}
		if got := errorInfo(e); got != want.info {
			t.Errorf("exception differs:\n got:\n%s\nwant:\n%s", got, want.info)
		}
		if got := e.Render(); got != want.stderr {
			t.Errorf("stderr differs:\n got:\n%s\nwant:\n%s", got, want.stderr)
		}
	})
}

// TestSharedSyntaxFailures checks the shared programs that must fail to compile: the last
// line of what handson prints must be the one CPython printed.
func TestSharedSyntaxFailures(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedDir("conformance"), "fail_syntax_*.py"))
	if len(files) == 0 {
		t.Skip("shared conformance programs not present")
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".err")
			if err != nil {
				t.Fatal(err)
			}
			_, perr := ParseFile(src, filepath.Base(path))
			e, ok := perr.(*Error)
			if !ok {
				t.Fatalf("Parse returned %v, want an *Error", perr)
			}
			lines := strings.Split(strings.TrimSuffix(e.Render(), "\n"), "\n")
			if got := lines[len(lines)-1] + "\n"; got != string(want) {
				t.Errorf("last stderr line %q, want %q", got, want)
			}
		})
	}
}
