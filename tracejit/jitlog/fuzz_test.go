package jitlog

import (
	"errors"
	"os"
	"strings"
	"testing"

	"handson/interp/pypylog"
)

// FuzzParse: any input is read or refused with an error that names a line; never a panic.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"testdata/calls.pypylog", "testdata/objects.pypylog"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		// Seed with the first sections of each real log: whole logs make slow seeds.
		if len(data) > 6000 {
			data = data[:6000]
		}
		f.Add(string(data))
	}
	f.Add(scriptLogSeed)
	f.Fuzz(func(t *testing.T, in string) {
		l, err := Parse(strings.NewReader(in))
		if err != nil {
			var je *Error
			var se *pypylog.SyntaxError
			if !errors.As(err, &je) && !errors.As(err, &se) {
				t.Fatalf("error without a line: %v", err)
			}
			return
		}
		// Whatever was read can be walked the way the viewer walks it.
		for _, e := range l.Exits() {
			_ = e.Heat()
		}
		for _, tr := range l.Traces {
			_, _ = tr.Runs()
			_ = tr.Root()
			for _, op := range tr.Ops {
				tr.OpCode(op)
				_ = tr.PartOf(op)
			}
		}
	})
}

const scriptLogSeed = "[1] {jit-log-opt-loop\n# Loop 1 (f;x.py:1-2~#0 LOAD_FAST) : loop with 3 ops\n[i0]\n+10: label(i0, descr=TargetToken(1))\n+15: guard_true(i0, descr=<Guard0x10>) [i0]\n+20: jump(i0, descr=TargetToken(1))\n+30: --end of the loop--\n[2] jit-log-opt-loop}\n[3] {jit-backend-counts\nentry 1:5\n[4] jit-backend-counts}\n"
