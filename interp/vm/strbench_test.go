package vm

import (
	"os"
	"path/filepath"
	"testing"
)

// runBenchProgram runs a Python program b.N times in CPython mode, output discarded.
func runBenchProgram(b *testing.B, src string) {
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		b.Fatal(err)
	}
	defer devnull.Close()
	errFile, err := os.Create(filepath.Join(b.TempDir(), "stderr"))
	if err != nil {
		b.Fatal(err)
	}
	defer errFile.Close()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		machine, err := New(Options{GC: GCRefcount, Argv: []string{"bench.py"}, Stdin: -1,
			Stdout: int(devnull.Fd()), Stderr: int(errFile.Fd())})
		if err != nil {
			b.Fatal(err)
		}
		if status := machine.RunMain([]byte(src), "bench.py"); status != 0 {
			msg, _ := os.ReadFile(errFile.Name())
			b.Fatalf("exit status %d: %s", status, msg)
		}
	}
}

// The string benchmarks: the operations text-processing programs spend their time in.

func BenchmarkStrSplitJoin(b *testing.B) {
	runBenchProgram(b, `
text = ' '.join(('the quick brown fox jumps over the lazy dog ' * 20).split())
for i in xrange(2000):
    ' '.join(text.split())
`)
}

func BenchmarkStrMethods(b *testing.B) {
	runBenchProgram(b, `
for i in xrange(20000):
    s = 'Hello World'
    s.lower(); s.upper(); s.strip(); s.startswith('He'); s.find('o'); s.replace('l', 'L')
`)
}

func BenchmarkStrPercent(b *testing.B) {
	runBenchProgram(b, `
for i in xrange(20000):
    s = '%d: %s %5.2f' % (i, 'abc', i * 0.5)
`)
}

func BenchmarkStrFormat(b *testing.B) {
	runBenchProgram(b, `
for i in xrange(20000):
    s = '{0}: {1} {2:5.2f}'.format(i, 'abc', i * 0.5)
`)
}

func BenchmarkStrFloatRepr(b *testing.B) {
	runBenchProgram(b, `
for i in xrange(20000):
    s = str(i * 0.1); r = repr(i * 0.3)
`)
}
