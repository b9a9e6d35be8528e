package vm

import (
	"bytes"
	"flag"
	"handson/gcsim"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestReJSONPrograms runs the programs of testdata/remodule with the re and json modules
// from makeReModule and makeJSONModule put into sys.modules directly (so the test does not
// depend on the registry in modules.go), and compares their output with python2.7's (the
// .out beside each, regenerated with -update).
func TestReJSONPrograms(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "remodule", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			want := strings.TrimSuffix(path, ".py") + ".out"
			if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
				regenerateReProgram(t, path, want)
			}
			expected, err := os.ReadFile(want)
			if err != nil {
				t.Fatal(err)
			}
			got, errOut, status := runWithReModules(t, path, Options{GC: GCRefcount})
			if status != 0 {
				t.Errorf("exit status %d; stderr:\n%s", status, errOut)
			}
			compareReOutput(t, got, expected)
			if reason, ok := reCPythonOnly[name]; ok {
				t.Logf("not run in PyPy mode: %s", reason)
				return
			}
			// PyPy mode; the smoke tests collect at every safe point, so that objects
			// made in Go that the generational collector could not see would show.
			gen := gcsim.DefaultGenConfig()
			gen.Stress = strings.HasSuffix(name, "_smoke")
			got, errOut, status = runWithReModules(t, path, Options{GC: GCGenerational, PyPy: true, Gen: gen})
			if status != 0 {
				t.Errorf("PyPy mode: exit status %d; stderr:\n%s", status, errOut)
			}
			compareReOutput(t, got, expected)
		})
	}
}

// reCPythonOnly lists the programs whose output depends on CPython's reference counting.
var reCPythonOnly = map[string]string{
	"re_api": "prints sys.getrefcount and gc.is_tracked",
}

// compareReOutput reports the first line where got differs from expected.
func compareReOutput(t *testing.T, got, expected []byte) {
	t.Helper()
	if bytes.Equal(got, expected) {
		return
	}
	g := strings.Split(string(got), "\n")
	w := strings.Split(string(expected), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			t.Fatalf("output differs at line %d:\n  want: %q\n  got:  %q", i+1, wl, gl)
		}
	}
}

// regenerateReProgram writes python2.7's output of a program.
func regenerateReProgram(t *testing.T, path, want string) {
	t.Helper()
	home, _ := os.UserHomeDir()
	python := filepath.Join(home, ".pyenv/versions/2.7.18/bin/python")
	if p := os.Getenv("PYTHON27"); p != "" {
		python = p
	}
	cmd := exec.Command(python, filepath.Base(path))
	cmd.Dir = filepath.Dir(path)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python2.7: %v", err)
	}
	if err := os.WriteFile(want, out, 0o644); err != nil {
		t.Fatal(err)
	}
}

// runWithReModules runs a program in CPython mode with re and json in sys.modules.
func runWithReModules(t *testing.T, path string, opts Options) (stdoutData, stderrData []byte, status int) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	stdout, err := os.Create(filepath.Join(dir, "stdout"))
	if err != nil {
		t.Fatal(err)
	}
	defer stdout.Close()
	stderr, err := os.Create(filepath.Join(dir, "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer stderr.Close()
	name := filepath.Base(path)
	opts.Argv = []string{name}
	opts.Stdin, opts.Stdout, opts.Stderr = -1, int(stdout.Fd()), int(stderr.Fd())
	machine, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	installReModules(machine)
	timer := time.AfterFunc(2*time.Minute, func() { machine.Abort("time limit") })
	status = machine.RunMain(src, name)
	timer.Stop()
	stdoutData, _ = os.ReadFile(stdout.Name())
	stderrData, _ = os.ReadFile(stderr.Name())
	return stdoutData, stderrData, status
}

// installReModules puts the modules of this area into sys.modules.
func installReModules(machine *VM) {
	m := makeReModule(machine)
	machine.modules.SetString(machine, "re", m)
	machine.Decref(m)
	j := makeJSONModule(machine)
	machine.modules.SetString(machine, "json", j)
	machine.Decref(j)
}

// TestReDifferential runs a randomized program of testdata/remodule (RE_FUZZ_PROG,
// default re_random.py) with other seeds under both python2.7 and the VM and compares the
// outputs. It is opt-in, for hunting differences: RE_FUZZ_SEEDS=n runs n seeds
// (RE_FUZZ_COUNT iterations each, default 300).
func TestReDifferential(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("RE_FUZZ_SEEDS"))
	if n == 0 {
		t.Skip("set RE_FUZZ_SEEDS to run")
	}
	count := os.Getenv("RE_FUZZ_COUNT")
	if count == "" {
		count = "300"
	}
	home, _ := os.UserHomeDir()
	python := filepath.Join(home, ".pyenv/versions/2.7.18/bin/python")
	prog := os.Getenv("RE_FUZZ_PROG")
	if prog == "" {
		prog = "re_random.py"
	}
	src, err := os.ReadFile(filepath.Join("testdata", "remodule", prog))
	if err != nil {
		t.Fatal(err)
	}
	seedLine := regexp.MustCompile(`(?m)^state = \[\d+\]`)
	countLoop := regexp.MustCompile(`(?m)^for i in range\(\d+\):`)
	base := time.Now().UnixNano() % 1000000
	for i := 0; i < n; i++ {
		seed := base + int64(i)
		text := seedLine.ReplaceAll(src, []byte("state = ["+strconv.FormatInt(seed, 10)+"]"))
		text = countLoop.ReplaceAll(text, []byte("for i in range("+count+"):"))
		path := filepath.Join(t.TempDir(), "re_fuzz.py")
		if err := os.WriteFile(path, text, 0o644); err != nil {
			t.Fatal(err)
		}
		want, err := exec.Command(python, path).Output()
		if err != nil {
			t.Fatalf("python2.7: %v", err)
		}
		got, errOut, status := runWithReModules(t, path, Options{GC: GCRefcount})
		if status != 0 {
			t.Fatalf("seed %d: exit status %d; stderr:\n%s", seed, status, errOut)
		}
		if !bytes.Equal(got, want) {
			g := strings.Split(string(got), "\n")
			w := strings.Split(string(want), "\n")
			for k := 0; k < len(g) && k < len(w); k++ {
				if g[k] != w[k] {
					ctx := ""
					for j := k; j >= 0; j-- {
						if !strings.HasPrefix(w[j], "  ") {
							ctx = w[j]
							break
						}
					}
					t.Fatalf("seed %d differs at line %d (pattern %s):\n  want: %q\n  got:  %q", seed, k+1, ctx, w[k], g[k])
				}
			}
			t.Fatalf("seed %d: outputs differ in length", seed)
		}
	}
}

// runReSource runs a program with the re modules installed, calling stop (from another
// goroutine) after delay; it returns the program's stdout and the time the run took.
func runReSource(t *testing.T, src string, delay time.Duration, stop func(*VM)) (string, time.Duration) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "prog.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, err := os.Create(filepath.Join(t.TempDir(), "stdout"))
	if err != nil {
		t.Fatal(err)
	}
	defer stdout.Close()
	devnull, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()
	machine, err := New(Options{GC: GCRefcount, Argv: []string{"prog.py"},
		Stdin: -1, Stdout: int(stdout.Fd()), Stderr: int(devnull.Fd())})
	if err != nil {
		t.Fatal(err)
	}
	installReModules(machine)
	start := time.Now()
	timer := time.AfterFunc(delay, func() { stop(machine) })
	machine.RunMain([]byte(src), "prog.py")
	timer.Stop()
	took := time.Since(start)
	out, _ := os.ReadFile(stdout.Name())
	return string(out), took
}

// A match that backtracks for ages (as it does in CPython) ends when the run is aborted
// or interrupted: the engine polls the VM's pending flags.
func TestReLongMatchStops(t *testing.T) {
	const runaway = "import re, sys\nsys.stdout.write('start\\n'); sys.stdout.flush()\n" +
		"try:\n    re.match(r'(x+x+)+y', 'x' * 60)\nexcept KeyboardInterrupt:\n    print 'interrupted'\n"
	out, took := runReSource(t, runaway, 100*time.Millisecond, func(vm *VM) { vm.Abort("time limit") })
	if took > 5*time.Second || out != "start\n" {
		t.Errorf("aborted run: took %v, output %q", took, out)
	}
	out, took = runReSource(t, runaway, 100*time.Millisecond, func(vm *VM) { vm.Interrupt() })
	if took > 5*time.Second || out != "start\ninterrupted\n" {
		t.Errorf("interrupted run: took %v, output %q", took, out)
	}
	const searching = "import re\ntry:\n    re.search(r'(a|b)*c', 'ab' * 50000)\nexcept KeyboardInterrupt:\n    print 'interrupted'\n"
	out, took = runReSource(t, searching, 100*time.Millisecond, func(vm *VM) { vm.Interrupt() })
	if took > 5*time.Second || out != "interrupted\n" {
		t.Errorf("interrupted search: took %v, output %q", took, out)
	}
}

// FuzzReEngine feeds arbitrary patterns, flags and subjects to the parser, the compiler
// and the engine: whatever they are, the result is a match, no match or a compile error,
// never a Go panic. (Agreement with CPython is what TestReDifferential checks.)
func FuzzReEngine(f *testing.F) {
	for _, seed := range []string{`(a|b)*c`, `(?P<x>a)(?P=x)`, `(?<=ab)c`, `(?(1)a|b)`, `[^\w\d-z]+?`,
		`a{2,3}?`, `(?:(a)|b)*`, `\bx\B`, `(?x) a # c`, `(?iu)\u017f`, `[\x00-\U00010000]`, `((a)|b)+\2`} {
		f.Add(seed, "aabc xyz", uint8(0))
	}
	f.Fuzz(func(t *testing.T, pattern, subject string, flags uint8) {
		if len(pattern) > 40 || len(subject) > 16 {
			return
		}
		fl := int(flags) & (reFlagIgnoreCase | reFlagLocale | reFlagMultiline | reFlagDotAll | reFlagUnicode | reFlagVerbose)
		for _, wide := range []bool{false, true} {
			var src []rune
			if wide {
				src = []rune(pattern)
			} else {
				for i := 0; i < len(pattern); i++ {
					src = append(src, rune(pattern[i]))
				}
			}
			parsed, err := reParse(src, wide, fl, 500)
			if err != nil {
				continue
			}
			prog, err := reCompile(parsed)
			if err != nil {
				continue
			}
			bytesState := &reState[byte]{}
			bytesState.init(prog, []byte(subject), 0, len(subject))
			if _, perr := bytesState.search(); perr != nil {
				t.Fatalf("search error without a VM: %v", perr)
			}
			runes := []rune(subject)
			runeState := &reState[rune]{}
			runeState.init(prog, runes, 1, len(runes))
			runeState.ptr = runeState.start
			if _, perr := runeState.match(0); perr != nil {
				t.Fatalf("match error without a VM: %v", perr)
			}
		}
	})
}

// FuzzJSONScan feeds arbitrary documents, as str and as unicode, to the JSON scanner: the
// result is a value, StopIteration or ValueError (or the RuntimeError of deep nesting),
// never a Go panic.
func FuzzJSONScan(f *testing.F) {
	for _, seed := range []string{`{"a": [1, 2.5e3, true, null, "x\u00e9\ud83d\ude00"]}`, `[1,`, `"\u12`, `-Infinity`,
		`{"a" 1}`, `[[[[]]]]`, "\"\xc3\xa9\"", `1e400`, `{"":{}}`} {
		f.Add(seed)
	}
	devnull, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
	if err != nil {
		f.Fatal(err)
	}
	defer devnull.Close()
	machine, err := New(Options{GC: GCRefcount, Stdin: -1, Stdout: int(devnull.Fd()), Stderr: int(devnull.Fd())})
	if err != nil {
		f.Fatal(err)
	}
	sc := &jsonScanner{encoding: "utf-8", strict: true, objectHook: None, pairsHook: None,
		parseFloat: FloatType, parseInt: IntType, parseConstant: newBuiltin("json", "constant",
			func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) { return vm.NewFloat(0), nil })}
	f.Fuzz(func(t *testing.T, doc string) {
		for _, obj := range []Object{machine.NewStr(doc), machine.NewUnicode([]rune(doc))} {
			for _, strict := range []bool{true, false} {
				sc.strict = strict
				v, _, err := machine.jsonScan(sc, obj, 0)
				if err != nil {
					if !err.Matches(ValueErrorType) && !err.Matches(StopIterationType) &&
						!err.Matches(RuntimeErrorType) && !err.Matches(UnicodeDecodeErrorType) {
						t.Fatalf("%q: unexpected %s", doc, err.String())
					}
					err.release(machine)
					continue
				}
				machine.Decref(v)
			}
			machine.Decref(obj)
		}
	})
}
