package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var (
	compare     = flag.Bool("compare", false, "time ../shared/bench under handson, python2.7 and pypy3 (TestCompareInterpreters)")
	compareSize = flag.String("compare-size", "full", "bench sizes: full (about a second on CPython 2.7) or quick")
	compareRuns = flag.Int("compare-runs", 3, "runs of each program per interpreter; the best time counts")
)

// benchSizes are the sizes ../shared/bench/README.md suggests.
var benchSizes = map[string][2]string{
	"count_mult_of_5": {"9000000", "100000"},
	"fib_rec":         {"33", "20"},
	"nbody":           {"90000", "1000"},
	"spectral_norm":   {"360", "50"},
	"task_sim":        {"200000", "5000"},
	"string_build":    {"950000", "20000"},
	"word_freq":       {"500000", "10000"},
	"gen_pipeline":    {"1600000", "20000"},
}

// TestCompareInterpreters is the benchmark script: it times every program of
// ../shared/bench under handson (PyPy mode and CPython mode) and, where installed,
// python2.7 and pypy3, side by side in one run, checks they print the same, and prints the
// ratios to python2.7. Run it with
//
//	go test ./cmd/handson -run TestCompareInterpreters -compare -v [-compare-size quick]
func TestCompareInterpreters(t *testing.T) {
	if !*compare {
		t.Skip("run with -compare to time the benchmarks against python2.7 and pypy3")
	}
	dir := filepath.Join("..", "..", "..", "shared", "bench")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no ../shared/bench beside the checkout")
	}
	bin := filepath.Join(t.TempDir(), "handson")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	type interp struct {
		name string
		argv []string
	}
	interps := []interp{{"handson", []string{bin, "run"}}, {"handson --cpython", []string{bin, "run", "--cpython"}}}
	py27 := os.Getenv("PYTHON27")
	if py27 == "" {
		home, _ := os.UserHomeDir()
		py27 = filepath.Join(home, ".pyenv/versions/2.7.18/bin/python")
	}
	if _, err := os.Stat(py27); err == nil {
		interps = append(interps, interp{"python2.7", []string{py27}})
	}
	if p, err := exec.LookPath("pypy3"); err == nil {
		interps = append(interps, interp{"pypy3", []string{p}})
	}
	sizeIdx := 0
	if *compareSize == "quick" {
		sizeIdx = 1
	}
	var report strings.Builder
	fmt.Fprintf(&report, "%-16s %9s", "program", "size")
	for _, in := range interps {
		fmt.Fprintf(&report, " %18s", in.name)
	}
	fmt.Fprintf(&report, " %12s %12s\n", "pypy/py2.7", "cpy/py2.7")
	files, _ := filepath.Glob(filepath.Join(dir, "*.py"))
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		size := benchSizes[name][sizeIdx]
		best := make([]time.Duration, len(interps))
		outputs := make([]string, len(interps))
		for run := 0; run < *compareRuns; run++ {
			for i, in := range interps {
				argv := append(append([]string(nil), in.argv...), file, size)
				cmd := exec.Command(argv[0], argv[1:]...)
				var out bytes.Buffer
				cmd.Stdout = &out
				cmd.Stderr = &out
				start := time.Now()
				if err := cmd.Run(); err != nil {
					t.Errorf("%s %s: %v\n%s", in.name, name, err, out.String())
				}
				d := time.Since(start)
				if run == 0 || d < best[i] {
					best[i] = d
				}
				outputs[i] = out.String()
			}
		}
		for i := range interps {
			if outputs[i] != outputs[0] {
				t.Errorf("%s: %s printed %q, %s printed %q", name, interps[i].name, outputs[i], interps[0].name, outputs[0])
			}
		}
		fmt.Fprintf(&report, "%-16s %9s", name, size)
		for _, d := range best {
			fmt.Fprintf(&report, " %17.3fs", d.Seconds())
		}
		ratio := func(i int) string {
			for j, in := range interps {
				if in.name == "python2.7" {
					return fmt.Sprintf("%.2fx", best[i].Seconds()/best[j].Seconds())
				}
			}
			return "-"
		}
		fmt.Fprintf(&report, " %12s %12s\n", ratio(0), ratio(1))
	}
	t.Log("\n" + report.String())
}
