package vm_test

import (
	"os"
	"testing"

	"handson/gcsim"
	"handson/interp/vm"
)

// Benchmarks of whole programs in each mode (go test -bench . ./interp/vm). Compare with
// CPython 2.7 and pypy3 with TestCompareInterpreters in cmd/handson.

const fibProgram = `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
fib(20)
`

const countProgram = `
mult = 0
not_mult = 0
for i in range(200000):
    if i % 5 == 0:
        mult += 1
    else:
        not_mult += 1
`

const allocProgram = `
class A(object):
    def __init__(self, x):
        self.x = x
keep = []
for i in range(100000):
    a = A(i)
    if i % 100 == 0:
        keep.append(a)
`

func benchModes() map[string]vm.Options {
	return map[string]vm.Options{
		"cpython": {GC: vm.GCRefcount},
		"pypy":    {GC: vm.GCGenerational, PyPy: true, Gen: gcsim.DefaultGenConfig()},
	}
}

func benchRun(b *testing.B, src string, opts vm.Options) {
	devnull, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
	if err != nil {
		b.Fatal(err)
	}
	defer devnull.Close()
	opts.Stdin, opts.Stdout, opts.Stderr = int(devnull.Fd()), int(devnull.Fd()), int(devnull.Fd())
	for i := 0; i < b.N; i++ {
		machine, err := vm.New(opts)
		if err != nil {
			b.Fatal(err)
		}
		if status := machine.RunMain([]byte(src), "bench.py"); status != 0 {
			b.Fatalf("exit status %d", status)
		}
	}
}

func BenchmarkFib(b *testing.B) {
	for name, opts := range benchModes() {
		b.Run(name, func(b *testing.B) { benchRun(b, fibProgram, opts) })
	}
}

func BenchmarkCountLoop(b *testing.B) {
	for name, opts := range benchModes() {
		b.Run(name, func(b *testing.B) { benchRun(b, countProgram, opts) })
	}
}

// BenchmarkCollections measures what the generational collector's work costs: the same
// allocating program in PyPy mode with collections as usual and with none before exit
// (the accounting still happens in both).
func BenchmarkCollections(b *testing.B) {
	on := gcsim.DefaultGenConfig()
	off := on
	off.NoAutomatic = true
	b.Run("collecting", func(b *testing.B) {
		benchRun(b, allocProgram, vm.Options{GC: vm.GCGenerational, PyPy: true, Gen: on})
	})
	b.Run("not-collecting", func(b *testing.B) {
		benchRun(b, allocProgram, vm.Options{GC: vm.GCGenerational, PyPy: true, Gen: off})
	})
}
