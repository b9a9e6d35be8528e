package vm_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"handson/gcsim"
	"handson/interp/vm"
)

// quickSizes are the quick sizes of ../shared/bench/README.md.
var quickSizes = map[string]string{
	"count_mult_of_5": "100000",
	"fib_rec":         "20",
	"nbody":           "1000",
	"spectral_norm":   "50",
	"task_sim":        "5000",
	"string_build":    "20000",
	"word_freq":       "10000",
	"gen_pipeline":    "20000",
}

// TestBenchPrograms runs the shared benchmark programs at their quick sizes in both modes
// and compares what they print with what python2.7 printed (testdata/bench, regenerated
// with -update).
func TestBenchPrograms(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "bench")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no ../shared/bench beside the checkout")
	}
	for _, path := range programs(t, dir) {
		name := strings.TrimSuffix(filepath.Base(path), ".py")
		size, ok := quickSizes[name]
		if !ok {
			t.Errorf("%s: no quick size known", name)
			continue
		}
		golden := filepath.Join("testdata", "bench", name+".out")
		if *update {
			cmd := exec.Command(python27(), path, size)
			var out bytes.Buffer
			cmd.Stdout = &out
			if err := cmd.Run(); err != nil {
				t.Fatalf("python2.7 %s: %v", name, err)
			}
			if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (regenerate with -update)", err)
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for mode, opts := range map[string]vm.Options{
			"cpython": {GC: vm.GCRefcount},
			"pypy":    {GC: vm.GCGenerational, PyPy: true, Gen: gcsim.DefaultGenConfig()},
		} {
			t.Run(name+"/"+mode, func(t *testing.T) {
				opts.Argv = []string{name + ".py", size}
				machine, out := newTestVM(t, opts)
				if status := machine.RunMain(src, name+".py"); status != 0 {
					t.Fatalf("exit status %d", status)
				}
				if got := out(); got != string(want) {
					t.Errorf("printed %q, python2.7 printed %q", got, want)
				}
			})
		}
	}
}
