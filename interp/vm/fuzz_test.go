package vm_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"handson/gcsim"
	"handson/interp/vm"
)

// FuzzVM runs arbitrary source in both modes: whatever it is, the VM must end with a
// Python result (output, a traceback, a SyntaxError), never a Go panic. Runs that take
// too long are aborted, as `handson check` aborts runaway programs.
func FuzzVM(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/programs/*.py")
	more, _ := filepath.Glob("testdata/lifetimes/*.py")
	for _, p := range append(seeds, more...) {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte("while 1:\n    try:\n        pass\n    except:\n        pass\n"))
	f.Add([]byte("def f(): return f()\nf()\n"))
	f.Add([]byte("x = [0] * 10**12\n"))
	f.Add([]byte("print 2 ** 10 ** 10\n"))
	devnull, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
	if err != nil {
		f.Fatal(err)
	}
	defer devnull.Close()
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, src []byte) {
		old, _ := os.Getwd()
		if err := os.Chdir(dir); err != nil {
			t.Fatal(err)
		}
		defer os.Chdir(old)
		for _, opts := range []vm.Options{
			{GC: vm.GCRefcount},
			{GC: vm.GCGenerational, PyPy: true, Gen: gcsim.DefaultGenConfig()},
		} {
			opts.Stdin, opts.Stdout, opts.Stderr = int(devnull.Fd()), int(devnull.Fd()), int(devnull.Fd())
			opts.MaxOpenFiles = 32
			machine, err := vm.New(opts)
			if err != nil {
				t.Fatal(err)
			}
			timer := time.AfterFunc(200*time.Millisecond, func() { machine.Abort("time limit") })
			machine.RunMain(src, "fuzz.py")
			timer.Stop()
		}
	})
}
