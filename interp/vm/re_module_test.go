package vm

import (
	"bytes"
	"flag"
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
			got, errOut, status := runWithReModules(t, path)
			if status != 0 {
				t.Errorf("exit status %d; stderr:\n%s", status, errOut)
			}
			if !bytes.Equal(got, expected) {
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
		})
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
func runWithReModules(t *testing.T, path string) (stdoutData, stderrData []byte, status int) {
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
	machine, err := New(Options{GC: GCRefcount, Argv: []string{name},
		Stdin: -1, Stdout: int(stdout.Fd()), Stderr: int(stderr.Fd())})
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
		got, errOut, status := runWithReModules(t, path)
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
