package vm

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStringModule runs testdata/strmodule/str_string_module.py and compares its output
// with python2.7's (the .out beside it, regenerated with -update like the programs of
// TestPrograms), through the same helpers as TestReJSONPrograms.
func TestStringModule(t *testing.T) {
	path := filepath.Join("testdata", "strmodule", "str_string_module.py")
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
}
