package jitviewer

import (
	"path/filepath"
	"strings"
	"testing"

	"handson/tracejit/jitlog"
)

func report(t *testing.T, path string) string {
	t.Helper()
	l, err := jitlog.ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := WriteReport(&b, l, ReportOptions{Name: filepath.Base(path)}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestReportCount2000ShowsTheMissingBridge(t *testing.T) {
	path := filepath.Join("../../../shared/pypy-logs", "count-2000.pypylog")
	if !fileExists(path) {
		t.Skip("real PyPy logs not present")
	}
	out := report(t, path)
	for _, want := range []string{
		"count-2000.pypylog: 1 loop, 1 bridge (from jit-log-opt, with run counts)",
		"Loop 1  count_mult_of_5 · count.py:7  (loop, 93 ops, log line 1)",
		"  entered from the interpreter  392  entry 1\n",
		"  loop body                     191  TargetToken(140450028241008)\n",
		"  15 guards, 1 with a bridge\n",
		"  bridge at count.py:8 #28 COMPARE_OP, Loop 1 preamble: run 375 times (49% of its part)\n",
		"  MISSING BRIDGE at count.py:8 #28 COMPARE_OP, Loop 1 loop body: guard(i71 is true)\n",
		"  jumps to Loop 1, preamble (TargetToken(140450028240928))\n",
		"  1. MISSING BRIDGE  Loop 1 loop body, count.py:8 #28 COMPARE_OP: guard(i71 is true)\n",
		"  2. bridge run 375 times (49%)  Loop 1 preamble, count.py:8 #28 COMPARE_OP: guard(i44 is true)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	out10k := report(t, filepath.Join("../../../shared/pypy-logs", "count-10000.pypylog"))
	if strings.Contains(out10k, "MISSING") || !strings.Contains(out10k, "  1. bridge run 6,364 times (78%)  Loop 1 loop body") {
		t.Errorf("count-10000 report:\n%s", out10k)
	}
}

func TestReportOwnLogs(t *testing.T) {
	out := report(t, "../jitlog/testdata/calls.pypylog")
	for _, want := range []string{
		"calls.pypylog: 4 loops, 5 bridges",
		"Loop 6  longest_collatz · calls.py:31",
		"Bridge out of guard 0x7fef481ba608  thirds · calls.py:41",
		"  1. MISSING BRIDGE  Loop 6 preamble, calls.py:21 #20 COMPARE_OP",
		"bridge run 42,319 times (32%)  Loop 2 loop body",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	out2 := report(t, "../jitlog/testdata/calls-pypy2.pypylog")
	if !strings.Contains(out2, "Loop 6  longest_collatz · calls.py (def at line 29)") || !strings.Contains(out2, "calls.py longest_collatz #14 FOR_ITER") && !strings.Contains(out2, "#20 COMPARE_OP") {
		t.Errorf("PyPy2 report:\n%s", out2)
	}
}

func TestReportEmptyAndTopLimit(t *testing.T) {
	l, err := jitlog.Parse(strings.NewReader("[1] {gc-minor\n[2] gc-minor}\n"))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := WriteReport(&b, l, ReportOptions{Name: "gc.log"}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "gc.log: 0 loops, 0 bridges\n\nNo traces. Write the log with PYPYLOG=jit-log-opt,jit-backend-counts:FILE.") {
		t.Errorf("empty report: %q", b.String())
	}
	l2, err := jitlog.ParseFile("../jitlog/testdata/calls.pypylog")
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	if err := WriteReport(&b, l2, ReportOptions{Name: "calls", Top: 2}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "  ... and 7 more (--top 9 shows them)") {
		t.Errorf("top limit:\n%s", b.String())
	}
}

func TestReentryNote(t *testing.T) {
	body := "[1] {jit-log-opt-loop\n# Loop 1 (f;x.py:1-2~#0 LOAD_FAST) : loop with 4 ops\n[i0]\n" +
		"+10: label(i0, descr=TargetToken(1))\n+12: label(i0, descr=TargetToken(2))\n+15: guard_true(i0, descr=<Guard0x10>) [i0]\n+20: jump(i0, descr=TargetToken(2))\n+30: --end of the loop--\n[2] jit-log-opt-loop}\n"
	for _, tc := range []struct {
		counts string
		note   bool
	}{
		{"entry 1:208\nTargetToken(1):208\nTargetToken(2):51\n", true},    // no bridge yet: back to the interpreter every time
		{"entry 1:401\nTargetToken(1):802\nTargetToken(2):8155\n", false}, // mostly in compiled code
	} {
		l, err := jitlog.Parse(strings.NewReader(body + "[3] {jit-backend-counts\n" + tc.counts + "[4] jit-backend-counts}\n"))
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if err := WriteReport(&b, l, ReportOptions{Name: "x"}); err != nil {
			t.Fatal(err)
		}
		got := strings.Contains(b.String(), "note: 100% of this loop's runs started in the interpreter (208 entries for 208 runs)")
		if got != tc.note {
			t.Errorf("counts %q: note %v, want %v:\n%s", tc.counts, got, tc.note, b.String())
		}
		_, page, _ := get(t, mustViewer(t, l), "/trace/loop-1")
		if strings.Contains(page, `<div class="notice">`) != tc.note {
			t.Errorf("counts %q: page notice %v, want %v", tc.counts, !tc.note, tc.note)
		}
	}
}

func mustViewer(t *testing.T, l *jitlog.Log) *Viewer {
	t.Helper()
	v := New(l, Options{LogPath: "x.pypylog"})
	return v
}
