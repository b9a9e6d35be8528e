// This file defines the golden tests against CPython 2.7: every program's whole code-object
// tree, field by field, and its disassembly, compared with what python2.7's compile() and
// dis produce. Goldens live in testdata/golden and are regenerated with
//
//	go test ./interp/compile -update
//
// which runs testdata/pygolden.py under python2.7 ($PYTHON27, or pyenv's 2.7.18).

package compile

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"handson/interp/syntax"
)

var update = flag.Bool("update", false, "regenerate the goldens in testdata/golden with python2.7")

// python27 returns the CPython 2.7 interpreter to generate goldens with, or "".
func python27() string {
	if p := os.Getenv("PYTHON27"); p != "" {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	p := filepath.Join(home, ".pyenv", "versions", "2.7.18", "bin", "python")
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// sharedDir is the steering checkout's shared folder, beside the repository.
const sharedDir = "../../../shared"

// goldenSource is one Python file with goldens.
type goldenSource struct {
	group string // subdirectory of testdata/golden
	name  string // golden base name
	path  string // the .py file
	mode  string // compile() mode: exec, eval or single
}

func (s goldenSource) golden(ext string) string {
	return filepath.Join("testdata", "golden", s.group, s.name+"."+ext)
}

// filename is what the code objects record as co_filename: the file's base name.
func (s goldenSource) filename() string { return filepath.Base(s.path) }

// goldenSources lists the programs with goldens: this package's testdata programs and
// compile-error cases, and the shared conformance and benchmark programs when present.
func goldenSources(t testing.TB) []goldenSource {
	var out []goldenSource
	add := func(group, pattern, mode string) {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(paths)
		for _, p := range paths {
			out = append(out, goldenSource{group, strings.TrimSuffix(filepath.Base(p), ".py"), p, mode})
		}
	}
	add("programs", "testdata/programs/*.py", "exec")
	add("errors", "testdata/errors/*.py", "exec")
	add("eval", "testdata/eval/*.py", "eval")
	add("single", "testdata/single/*.py", "single")
	add("conformance", filepath.Join(sharedDir, "conformance", "*.py"), "exec")
	add("bench", filepath.Join(sharedDir, "bench", "*.py"), "exec")
	return out
}

// TestMain regenerates the goldens first when -update is given.
func TestMain(m *testing.M) {
	flag.Parse()
	if *update {
		if err := regenerateGoldens(); err != nil {
			fmt.Fprintln(os.Stderr, "update:", err)
			os.Exit(1)
		}
	}
	os.Exit(m.Run())
}

func regenerateGoldens() error {
	py := python27()
	if py == "" {
		return fmt.Errorf("-update needs python2.7: set PYTHON27")
	}
	sources := goldenSources(fatalTB{})
	gen, err := generatedSources()
	if err != nil {
		return err
	}
	sources = append(sources, gen...)
	byGroup := map[string][]goldenSource{}
	for _, s := range sources {
		byGroup[s.group] = append(byGroup[s.group], s)
	}
	reprs, err := exec.Command(py, "testdata/pyrepr.py").Output()
	if err != nil {
		return fmt.Errorf("pyrepr.py: %v", err)
	}
	if err := os.WriteFile(reprGolden, reprs, 0o644); err != nil {
		return err
	}
	for group, srcs := range byGroup {
		if err := regenerateGroup(py, group, srcs); err != nil {
			return err
		}
	}
	return nil
}

// regenerateGroup runs pygolden.py on one group's programs into a staging folder, and
// only when it succeeds replaces the group's goldens, so that a failed or stuck run
// leaves the old goldens in place.
func regenerateGroup(py, group string, srcs []goldenSource) error {
	staging, err := os.MkdirTemp("", "handson-goldens-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(staging)
	args := []string{"testdata/pygolden.py", staging, "--mode=" + srcs[0].mode}
	for _, s := range srcs {
		args = append(args, s.name+"="+s.path)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, py, args...)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("pygolden for %s: %v", group, err)
	}
	dir := filepath.Join("testdata", "golden", group)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, s := range srcs {
		for _, ext := range []string{"code", "dis"} {
			os.Remove(s.golden(ext))
			data, err := os.ReadFile(filepath.Join(staging, s.name+"."+ext))
			if os.IsNotExist(err) && ext == "dis" {
				continue // no listing for a program that does not compile
			}
			if err != nil {
				return err
			}
			if err := os.WriteFile(s.golden(ext), data, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// fatalTB lets goldenSources run outside a test; it panics on errors that cannot happen
// with a constant glob pattern.
type fatalTB struct{ testing.TB }

func (fatalTB) Fatal(args ...any) { panic(fmt.Sprint(args...)) }

// Goldens summarise code strings and constant lists past these sizes by their SHA-256,
// as pygolden.py does.
const (
	maxHexBytes = 4096
	maxListed   = 400
)

func longHex(b []byte) string {
	if len(b) > maxHexBytes {
		sum := sha256.Sum256(b)
		return fmt.Sprintf("len %d sha256 %s", len(b), hex.EncodeToString(sum[:]))
	}
	return hex.EncodeToString(b)
}

func namesRepr(names []string) string {
	t := make(Tuple, len(names))
	for i, n := range names {
		t[i] = Str(n)
	}
	return t.Repr()
}

// dumpCode writes a code-object tree in pygolden.py's format.
func dumpCode(b *strings.Builder, co *Code) {
	fmt.Fprintf(b, "code %s\n", co.Name)
	fmt.Fprintf(b, "filename %s\n", Str(co.Filename).Repr())
	fmt.Fprintf(b, "firstlineno %d\n", co.FirstLineNo)
	fmt.Fprintf(b, "argcount %d\n", co.ArgCount)
	fmt.Fprintf(b, "nlocals %d\n", co.NLocals)
	fmt.Fprintf(b, "stacksize %d\n", co.StackSize)
	fmt.Fprintf(b, "flags 0x%05x\n", co.Flags)
	fmt.Fprintf(b, "code %s\n", longHex(co.Code))
	fmt.Fprintf(b, "lnotab %s\n", longHex(co.LNoTab))
	fmt.Fprintf(b, "names %s\n", namesRepr(co.Names))
	fmt.Fprintf(b, "varnames %s\n", namesRepr(co.VarNames))
	fmt.Fprintf(b, "freevars %s\n", namesRepr(co.FreeVars))
	fmt.Fprintf(b, "cellvars %s\n", namesRepr(co.CellVars))
	var lines []string
	for i, c := range co.Consts {
		if nested, ok := c.(*Code); ok {
			lines = append(lines, fmt.Sprintf("  %d code %s line %d\n", i, nested.Name, nested.FirstLineNo))
		} else {
			lines = append(lines, fmt.Sprintf("  %d %s %s\n", i, c.TypeName(), c.Repr()))
		}
	}
	if len(lines) > maxListed {
		sum := sha256.Sum256([]byte(strings.Join(lines, "")))
		fmt.Fprintf(b, "consts %d sha256 %s\n", len(lines), hex.EncodeToString(sum[:]))
	} else {
		b.WriteString("consts\n")
		b.WriteString(strings.Join(lines, ""))
	}
	b.WriteString("end\n")
	for _, c := range co.Consts {
		if nested, ok := c.(*Code); ok {
			dumpCode(b, nested)
		}
	}
}

// dumpResult is the golden text for a compilation: the warnings, then the code tree or
// the error line.
func dumpResult(co *Code, warnings []Warning, err error) string {
	var b strings.Builder
	for _, w := range warnings {
		fmt.Fprintf(&b, "warning SyntaxWarning|%d|%s\n", w.Lineno, w.Msg)
	}
	if err != nil {
		switch e := err.(type) {
		case *syntax.Error:
			// The compiler's errors without a location have lineno None and no filename.
			hasLine := e.Lineno != 0 || e.Filename != ""
			fmt.Fprintf(&b, "error %s|%s|%s|%s|%s\n", e.Kind, e.Msg, pyOptInt(e.Lineno, hasLine),
				pyOptInt(e.Offset, e.HasOffset), pyOptStr(e.Text, e.HasText))
		default:
			fmt.Fprintf(&b, "error %T|%v\n", err, err)
		}
		return b.String()
	}
	dumpCode(&b, co)
	return b.String()
}

func pyOptInt(v int, ok bool) string {
	if !ok {
		return "None"
	}
	return fmt.Sprint(v)
}

func pyOptStr(s string, ok bool) string {
	if !ok {
		return "None"
	}
	return Str(s).Repr()
}

var codeAddress = regexp.MustCompile(`at 0x[0-9a-f]+`)

// normalizeDis hides code-object addresses, which differ from run to run.
func normalizeDis(s string) string { return codeAddress.ReplaceAllString(s, "at 0x...") }

// checkAgainstGolden compares a compilation with the goldens of src, reporting a readable
// difference (and both disassemblies) on mismatch.
func checkAgainstGolden(t *testing.T, src goldenSource, co *Code, warnings []Warning, err error) {
	t.Helper()
	want, rerr := os.ReadFile(src.golden("code"))
	if rerr != nil {
		t.Fatalf("no golden (run go test -update with python2.7): %v", rerr)
	}
	got := dumpResult(co, warnings, err)
	if got != string(want) {
		var mine strings.Builder
		if co != nil {
			Disassemble(&mine, co)
		}
		theirs, _ := os.ReadFile(src.golden("dis"))
		t.Errorf("code objects differ from CPython 2.7's\n%s\n--- handson dis:\n%s\n--- python2.7 dis:\n%s",
			lineDiff(string(want), got), mine.String(), theirs)
		return
	}
	if co == nil {
		return
	}
	wantDis, rerr := os.ReadFile(src.golden("dis"))
	if rerr != nil {
		t.Fatalf("no dis golden: %v", rerr)
	}
	var gotDis bytes.Buffer
	if err := Disassemble(&gotDis, co); err != nil {
		t.Fatal(err)
	}
	gotText := normalizeDis(gotDis.String())
	if hash, ok := strings.CutPrefix(string(wantDis), "sha256 "); ok {
		sum := sha256.Sum256([]byte(gotText))
		if strings.TrimSpace(hash) != hex.EncodeToString(sum[:]) {
			t.Errorf("dis output differs from CPython's (only its SHA-256 is kept for this size)")
		}
		return
	}
	if gotText != normalizeDis(string(wantDis)) {
		t.Errorf("dis output differs:\n%s", lineDiff(normalizeDis(string(wantDis)), gotText))
	}
}

// lineDiff shows the first differing lines of want and got with some context.
func lineDiff(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	from := max(0, i-3)
	for k := from; k < i; k++ {
		fmt.Fprintf(&b, "  %s\n", w[k])
	}
	for k := i; k < min(len(w), i+6); k++ {
		fmt.Fprintf(&b, "- %s\n", w[k])
	}
	for k := i; k < min(len(g), i+6); k++ {
		fmt.Fprintf(&b, "+ %s\n", g[k])
	}
	return b.String()
}

// compileSource compiles a tree the way the goldens were made, attaching the source
// line to compile errors as CPython reads it from the file.
func compileSource(mod syntax.ModNode, src goldenSource, text []byte, flags Flags) (*Code, []Warning, error) {
	co, warnings, err := CompileMod(mod, src.filename(), flags)
	if err != nil {
		err = AttachSource(err, text)
	}
	return co, warnings, err
}

// TestGoldenFromCPythonTrees compiles CPython's own parse trees (printed by
// testdata/pyast.py) and compares with the goldens. It isolates the compiler from the
// parser, and needs python2.7, so it is skipped where there is none.
func TestGoldenFromCPythonTrees(t *testing.T) {
	py := python27()
	if py == "" {
		t.Skip("python2.7 not available")
	}
	forEachGolden(t, func(t *testing.T, src goldenSource, text []byte) {
		out, err := exec.Command(py, "testdata/pyast.py", src.mode, src.path).Output()
		if err != nil {
			t.Skipf("CPython does not parse it: %v", err)
		}
		mod, err := decodeCPythonTree(out)
		if err != nil {
			t.Fatal(err)
		}
		co, warnings, err := compileSource(mod, src, text, 0)
		checkAgainstGolden(t, src, co, warnings, err)
	})
}

// parseSource parses a golden program with interp/syntax as compile(src, filename,
// mode) does.
func parseSource(text []byte, src goldenSource) (syntax.ModNode, Flags, error) {
	modes := map[string]syntax.Mode{"exec": syntax.ExecMode, "eval": syntax.EvalMode, "single": syntax.SingleMode}
	res, err := syntax.Parse(text, syntax.Options{Mode: modes[src.mode], Filename: src.filename()})
	if err != nil {
		return nil, 0, err
	}
	return res.Tree, Flags(res.Flags), nil
}

// TestGoldenCode parses each golden program with interp/syntax, compiles it, and compares
// the code-object tree and the disassembly with CPython 2.7's.
func TestGoldenCode(t *testing.T) {
	forEachGolden(t, func(t *testing.T, src goldenSource, text []byte) {
		mod, flags, err := parseSource(text, src)
		if err != nil {
			// Some errors CPython raises while compiling (unknown future features) come
			// from the parser here; the golden says what the error must be.
			checkAgainstGolden(t, src, nil, nil, AttachSource(err, text))
			return
		}
		co, warnings, err := compileSource(mod, src, text, flags)
		checkAgainstGolden(t, src, co, warnings, err)
	})
}

// forEachGolden runs check, as a subtest, on every golden program with its text.
func forEachGolden(t *testing.T, check func(t *testing.T, src goldenSource, text []byte)) {
	gen, err := generatedSources()
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range append(goldenSources(t), gen...) {
		t.Run(src.group+"/"+src.name, func(t *testing.T) {
			text, err := os.ReadFile(src.path)
			if err != nil {
				t.Fatal(err)
			}
			check(t, src, text)
		})
	}
}
