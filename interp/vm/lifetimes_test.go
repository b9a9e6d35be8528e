package vm_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"handson/gcsim"
	"handson/interp/vm"
)

// The programs of testdata/lifetimes are the rows of pypy-facts.md's CPython-vs-PyPy
// table. Each runs in CPython mode against what python2.7 does and in PyPy mode against
// what pypy3 does (the programs run unchanged on both); stdout, stderr (addresses
// masked), the exit status and the files left on disk are compared. Regenerate with
// go test ./interp/vm -run TestLifetimes -update (needs python2.7 and pypy3).

// lifetimeModes are the two modes with the reference interpreter each is compared with.
var lifetimeModes = []struct {
	name    string
	opts    vm.Options
	command func() []string
}{
	{"cpython", vm.Options{GC: vm.GCRefcount}, func() []string { return []string{python27()} }},
	{"pypy", vm.Options{GC: vm.GCGenerational, PyPy: true, Gen: gcsim.DefaultGenConfig()},
		func() []string { return []string{"pypy3"} }},
}

var addresses = regexp.MustCompile(`0x[0-9a-f]+`)

func TestLifetimes(t *testing.T) {
	for _, path := range programs(t, "testdata/lifetimes") {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		for _, mode := range lifetimeModes {
			t.Run(name+"/"+mode.name, func(t *testing.T) {
				base := strings.TrimSuffix(path, ".py") + "." + mode.name
				if *update {
					want := runReference(t, path, mode.command())
					writeGolden(t, base, want)
				}
				want := readGolden(t, base)
				got := runProgram(t, path, mode.opts)
				got.stderr = addresses.ReplaceAllString(got.stderr, "0xADDR")
				if got.stdout != want.stdout {
					t.Errorf("stdout differs:\n%s", lineDiff(want.stdout, got.stdout))
				}
				if got.stderr != want.stderr {
					t.Errorf("stderr differs:\n%s", lineDiff(want.stderr, got.stderr))
				}
				if got.status != want.status {
					t.Errorf("exit status %d, want %d", got.status, want.status)
				}
				if got.files != want.files {
					t.Errorf("files left on disk differ:\n%s", lineDiff(want.files, got.files))
				}
			})
		}
	}
}

// runReference runs a program with a reference interpreter in a fresh directory.
func runReference(t *testing.T, path string, command []string) result {
	t.Helper()
	if _, err := exec.LookPath(command[0]); err != nil {
		t.Skipf("%s is not installed: cannot regenerate", command[0])
	}
	dir := t.TempDir()
	name := filepath.Base(path)
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), src, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(command[0], append(command[1:], name)...)
	cmd.Dir = dir
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	status := 0
	if ee, ok := err.(*exec.ExitError); ok {
		status = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return result{stdout: out.String(), status: status, stderr: addresses.ReplaceAllString(errOut.String(), "0xADDR"),
		files: dumpFiles(t, dir, name)}
}

func writeGolden(t *testing.T, base string, r result) {
	t.Helper()
	for ext, content := range map[string]string{".out": r.stdout, ".stderr": r.stderr, ".files": r.files,
		".rc": strconv.Itoa(r.status) + "\n"} {
		if err := os.WriteFile(base+ext, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func readGolden(t *testing.T, base string) result {
	t.Helper()
	read := func(ext string) string {
		data, err := os.ReadFile(base + ext)
		if err != nil {
			t.Fatalf("missing %s%s (regenerate with -update)", base, ext)
		}
		return string(data)
	}
	status, _ := strconv.Atoi(strings.TrimSpace(read(".rc")))
	return result{stdout: read(".out"), stderr: read(".stderr"), files: read(".files"), status: status}
}
