package vm_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"handson/gcsim"
	"handson/interp/vm"
)

// leakProgram opens 200 files in a loop and never closes them.
const leakProgram = `from __future__ import print_function
for i in range(200):
    f = open('f_%03d.txt' % i, 'w')
    f.write('%d\n' % i)
print('opened 200 files')
`

// TestDescriptorCap: with 64 descriptors, CPython mode closes each file when f is rebound
// and runs to the end; PyPy mode keeps them open until a collection finds them dead, none
// is forced, and the program stops with IOError 24 as pypy3 does under ulimit -n 64 (which
// fails at f_060; the cap counts the three standard streams, so handson fails at f_061).
func TestDescriptorCap(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "leak.py")
	if err := os.WriteFile(path, []byte(leakProgram), 0o644); err != nil {
		t.Fatal(err)
	}
	cpy := runProgram(t, path, vm.Options{GC: vm.GCRefcount, MaxOpenFiles: 64})
	if cpy.status != 0 || cpy.stdout != "opened 200 files\n" {
		t.Errorf("CPython mode: status %d, stdout %q, stderr %q", cpy.status, cpy.stdout, cpy.lastErr)
	}
	if n := strings.Count(cpy.files, "== f_"); n != 200 {
		t.Errorf("CPython mode left %d files, want 200", n)
	}
	pypy := runProgram(t, path, vm.Options{GC: vm.GCGenerational, PyPy: true, Gen: gcsim.DefaultGenConfig(), MaxOpenFiles: 64})
	if pypy.status != 1 {
		t.Errorf("PyPy mode: status %d, want 1", pypy.status)
	}
	if want := "IOError: [Errno 24] Too many open files: 'f_061.txt'"; pypy.lastErr != want {
		t.Errorf("PyPy mode: last stderr line %q, want %q", pypy.lastErr, want)
	}
	// The files opened before the failure were flushed at exit, as PyPy flushes them.
	if !strings.Contains(pypy.files, "== f_060.txt ==\n60\n") || strings.Contains(pypy.files, "f_061") {
		t.Errorf("PyPy mode: files on disk after exit:\n%s", pypy.files)
	}
}
