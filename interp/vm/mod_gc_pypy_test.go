package vm_test

import (
	"path/filepath"
	"strings"
	"testing"

	"handson/interp/vm"
)

// TestModulesPyPyMode runs the programs of testdata/pypy in PyPy mode (the generational
// collector) and compares them with their .out files, which hold what PyPy prints (see
// each program's opening comment for how the expected output was obtained).
func TestModulesPyPyMode(t *testing.T) {
	for _, path := range programs(t, "testdata/pypy") {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		t.Run(name, func(t *testing.T) {
			checkProgram(t, path, vm.Options{GC: vm.GCGenerational, PyPy: true})
		})
	}
}
