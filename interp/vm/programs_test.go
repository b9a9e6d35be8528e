package vm_test

import (
	"flag"
	"handson/gcsim"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"handson/interp/vm"
)

var update = flag.Bool("update", false, "regenerate the expected results of testdata/programs with python2.7")

// python27 is CPython 2.7, the reference the expected results come from.
func python27() string {
	if p := os.Getenv("PYTHON27"); p != "" {
		return p
	}
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".pyenv/versions/2.7.18/bin/python")
}

// result is what a program run gives: stdout, exit status, stderr (its last line
// separately), and the files the program left in its directory.
type result struct {
	stdout  string
	status  int
	lastErr string
	stderr  string
	files   string
}

// runProgram runs a program file with the VM in a fresh temporary directory (programs may
// write files there), as `handson run --cpython NAME.py` would.
func runProgram(t *testing.T, path string, opts vm.Options) result {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	name := filepath.Base(path)
	if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, err := os.Create(filepath.Join(t.TempDir(), "stdout"))
	if err != nil {
		t.Fatal(err)
	}
	defer stdout.Close()
	stderr, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer stderr.Close()
	devnull, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()
	old, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(old)
	opts.Argv = []string{name}
	opts.Stdin, opts.Stdout, opts.Stderr = int(devnull.Fd()), int(stdout.Fd()), int(stderr.Fd())
	machine, err := vm.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	status := machine.RunMain(src, name)
	out, _ := os.ReadFile(stdout.Name())
	errOut, _ := os.ReadFile(stderr.Name())
	return result{stdout: string(out), status: status, lastErr: lastLine(string(errOut)),
		stderr: string(errOut), files: dumpFiles(t, dir, name)}
}

// dumpFiles lists the files a program left in its directory (except itself), each under a
// header line, so that what is on disk after exit can be compared.
func dumpFiles(t *testing.T, dir, program string) string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range entries {
		if e.Name() == program || e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString("== " + e.Name() + " ==\n")
		b.Write(data)
		if len(data) > 0 && data[len(data)-1] != '\n' {
			b.WriteString("\n(no newline at end)\n")
		}
	}
	return b.String()
}

func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// expected reads NAME.out, NAME.rc and NAME.err beside a program (the conformance corpus
// format).
func expected(t *testing.T, path string) result {
	t.Helper()
	base := strings.TrimSuffix(path, ".py")
	out, err := os.ReadFile(base + ".out")
	if err != nil {
		t.Fatalf("no expected output: %v (run the test with -update)", err)
	}
	r := result{stdout: string(out)}
	if rc, err := os.ReadFile(base + ".rc"); err == nil {
		r.status, _ = strconv.Atoi(strings.TrimSpace(string(rc)))
	}
	if e, err := os.ReadFile(base + ".err"); err == nil {
		r.lastErr = strings.TrimRight(string(e), "\n")
	}
	return r
}

// regenerate runs python2.7 on a program and writes its expected results.
func regenerate(t *testing.T, path string) {
	t.Helper()
	r := runReference(t, path, []string{python27()})
	base := strings.TrimSuffix(path, ".py")
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.WriteFile(base+".out", []byte(r.stdout), 0o644))
	os.Remove(base + ".rc")
	os.Remove(base + ".err")
	if r.status != 0 {
		must(os.WriteFile(base+".rc", []byte(strconv.Itoa(r.status)+"\n"), 0o644))
		must(os.WriteFile(base+".err", []byte(lastLine(r.stderr)+"\n"), 0o644))
	}
}

// checkProgram runs one program and compares with its expected results.
func checkProgram(t *testing.T, path string, opts vm.Options) {
	got := runProgram(t, path, opts)
	want := expected(t, path)
	if got.stdout != want.stdout {
		t.Errorf("stdout differs:\n%s", lineDiff(want.stdout, got.stdout))
	}
	if got.status != want.status {
		t.Errorf("exit status %d, want %d (stderr ends: %q)", got.status, want.status, got.lastErr)
	}
	if want.lastErr != "" && got.lastErr != want.lastErr {
		t.Errorf("last stderr line %q, want %q", got.lastErr, want.lastErr)
	}
}

// lineDiff shows the first differing line with some context.
func lineDiff(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl || i >= len(w) || i >= len(g) {
			return "first difference at line " + strconv.Itoa(i+1) + ":\n  want: " + strconv.Quote(wl) + "\n  got:  " + strconv.Quote(gl)
		}
	}
	return "(same lines, different line endings)"
}

func programs(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestPrograms runs the interpreter's own test programs in CPython mode against the
// results CPython 2.7 gives (regenerate them with go test -run TestPrograms -update).
func TestPrograms(t *testing.T) {
	for _, path := range programs(t, "testdata/programs") {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			if *update {
				regenerate(t, path)
			}
			checkProgram(t, path, vm.Options{GC: vm.GCRefcount})
		})
	}
}

// TestConformance runs the shared conformance corpus in CPython mode, when it is present
// beside the checkout.
func TestConformance(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "conformance")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no ../shared/conformance beside the checkout")
	}
	for _, path := range programs(t, dir) {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			checkProgram(t, path, vm.Options{GC: vm.GCRefcount})
		})
	}
}

// pypyDiffers lists the conformance programs whose CPython 2.7 output depends on when
// objects die, and why PyPy mode legitimately prints something else.
var pypyDiffers = map[string]string{
	"del_timing":     "prints from __del__ at the moment CPython's reference counting frees each object",
	"gen_send_close": "expects a generator's finally to run when its last reference goes",
	"refcount":       "calls sys.getrefcount, which PyPy does not have",
	"weakref_basic":  "expects weak references to die with the last strong reference",
}

// TestConformancePyPy runs the conformance corpus in PyPy mode: every program passes
// except those listed in pypyDiffers, which must really differ.
func TestConformancePyPy(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "conformance")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no ../shared/conformance beside the checkout")
	}
	opts := vm.Options{GC: vm.GCGenerational, PyPy: true, Gen: gcsim.DefaultGenConfig()}
	for _, path := range programs(t, dir) {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			if reason, ok := pypyDiffers[name]; ok {
				got := runProgram(t, path, opts)
				want := expected(t, path)
				if got.stdout == want.stdout && got.status == want.status {
					t.Errorf("listed as differing in PyPy mode (%s) but gives CPython's result", reason)
				}
				return
			}
			checkProgram(t, path, opts)
		})
	}
}

// TestCollectorStress runs the conformance corpus and gc_held.py in PyPy mode with a
// collection at every safe point. Any object the collector frees while the VM still uses
// it (one held only in a Go variable while Python code runs, say) shows up as a crash or a
// wrong result here long before a default-sized nursery would expose it.
func TestCollectorStress(t *testing.T) {
	paths := []string{filepath.Join("testdata", "programs", "gc_held.py")}
	dir := filepath.Join("..", "..", "..", "shared", "conformance")
	if _, err := os.Stat(dir); err == nil {
		paths = append(paths, programs(t, dir)...)
	}
	cfg := gcsim.DefaultGenConfig()
	cfg.Stress = true
	opts := vm.Options{GC: vm.GCGenerational, PyPy: true, Gen: cfg}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		if _, ok := pypyDiffers[name]; ok {
			continue
		}
		t.Run(name, func(t *testing.T) {
			checkProgram(t, path, opts)
		})
	}
}
