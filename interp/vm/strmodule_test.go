package vm

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestStringModule runs testdata/strmodule/str_string_module.py with the string module
// from makeStringModule and compares its output with python2.7's (the .out beside it,
// regenerated with -update like the programs of TestPrograms). The module is put into
// sys.modules directly, so the test does not depend on the registry in modules.go.
func TestStringModule(t *testing.T) {
	path := filepath.Join("testdata", "strmodule", "str_string_module.py")
	want := strings.TrimSuffix(path, ".py") + ".out"
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		home, _ := os.UserHomeDir()
		python := filepath.Join(home, ".pyenv/versions/2.7.18/bin/python")
		if p := os.Getenv("PYTHON27"); p != "" {
			python = p
		}
		out, err := exec.Command(python, path).Output()
		if err != nil {
			t.Fatalf("python2.7: %v", err)
		}
		if err := os.WriteFile(want, out, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	expected, err := os.ReadFile(want)
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(path)
	if err != nil {
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
	machine, err := New(Options{GC: GCRefcount, Argv: []string{"str_string_module.py"},
		Stdin: -1, Stdout: int(stdout.Fd()), Stderr: int(stderr.Fd())})
	if err != nil {
		t.Fatal(err)
	}
	m := makeStringModule(machine)
	machine.modules.SetString(machine, "string", m)
	machine.Decref(m)
	status := machine.RunMain(src, "str_string_module.py")
	got, _ := os.ReadFile(stdout.Name())
	errOut, _ := os.ReadFile(stderr.Name())
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
}
