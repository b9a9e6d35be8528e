package jitlog

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"handson/interp/pypylog"
)

const sharedLogs = "../../../shared/pypy-logs"

func parseShared(t *testing.T, name string) *Log {
	t.Helper()
	path := filepath.Join(sharedLogs, name)
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		t.Skipf("real PyPy logs not present: %v", err)
	}
	l, err := ParseFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func parseTestdata(t *testing.T, name string) *Log {
	t.Helper()
	l, err := ParseFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Warnings) > 0 {
		t.Errorf("%s: warnings %v", name, l.Warnings)
	}
	return l
}

func kinds(l *Log) (loops, bridges int) {
	for _, t := range l.Traces {
		if t.Kind == KindBridge {
			bridges++
		} else {
			loops++
		}
	}
	return
}

func TestCount2000(t *testing.T) {
	l := parseShared(t, "count-2000.pypylog")
	if loops, bridges := kinds(l); loops != 1 || bridges != 1 || len(l.Warnings) != 0 {
		t.Fatalf("%d loops, %d bridges, warnings %v; want 1, 1, none", loops, bridges, l.Warnings)
	}
	loop := l.Loop(1)
	if loop.Kind != KindLoop || loop.ID() != "loop-1" || loop.HeaderOps != 93 || len(loop.Ops) != 93 || loop.EndOffset != 752 {
		t.Errorf("loop: kind %v id %s ops %d/%d end %d", loop.Kind, loop.ID(), loop.HeaderOps, len(loop.Ops), loop.EndOffset)
	}
	if loop.Loc.Name != "count_mult_of_5" || loop.Loc.File != "count.py" || loop.Loc.FirstLine != 4 || loop.Loc.Line != 7 || loop.Loc.Offset != 16 || loop.Loc.Opcode != "FOR_ITER" {
		t.Errorf("loop location %+v", loop.Loc)
	}
	if strings.Join(loop.Inputargs, ",") != "p0,p1" {
		t.Errorf("inputargs %v", loop.Inputargs)
	}
	// split_trace: entry part up to the first label, then one part per label; parts end
	// on the next label, which they share.
	var got []string
	for _, p := range loop.Parts {
		got = append(got, p.Descr)
	}
	want := "entry 1|TargetToken(140450028240928)|TargetToken(140450028241008)"
	if strings.Join(got, "|") != want {
		t.Fatalf("parts %v", got)
	}
	if p := loop.Parts; p[0].Start != 0 || p[0].Stop != 13 || p[1].Start != 13 || p[1].Stop != 57 || p[2].Start != 57 || p[2].Stop != 92 {
		t.Errorf("part bounds %+v %+v %+v", *p[0], *p[1], *p[2])
	}
	if c := []int64{loop.Parts[0].Count, loop.Parts[1].Count, loop.Parts[2].Count}; c[0] != 392 || c[1] != 767 || c[2] != 191 {
		t.Errorf("counts %v", c)
	}
	if e, ok := loop.Entries(); !ok || e != 392 {
		t.Errorf("entries %d %v", e, ok)
	}
	// The bridge hangs off the preamble's i % 5 == 0 guard and jumps back to its label.
	br := l.BridgeOutOf(0x7fbd120b20f8)
	if br == nil || br.GuardOp == nil || br.GuardOp.Name != "guard_true" || br.GuardOp.Trace != loop || br.GuardOp.Bridge != br {
		t.Fatalf("bridge not linked to its guard: %+v", br)
	}
	if runs, ok := br.Runs(); !ok || runs != 375 {
		t.Errorf("bridge runs %d", runs)
	}
	jump := br.Ops[len(br.Ops)-1]
	if jump.Name != "jump" || jump.Target != loop.Parts[1].Label {
		t.Errorf("bridge jump target %v", jump.Target)
	}
	if j := loop.Ops[len(loop.Ops)-1]; j.Target != loop.Parts[2].Label {
		t.Errorf("loop jump target %v", j.Target)
	}
	// The guard ops carry their ids, fail args and locations.
	g := l.Guard(0x7fbd120b01a0)
	if g == nil || g.Name != "guard_true" || g.Offset != 685 || len(g.FailArgs) != 10 || g.FailArgs[8] != "None" || g.At.Loc.Line != 8 || g.At.Loc.Opcode != "COMPARE_OP" {
		t.Fatalf("guard 0x7fbd120b01a0: %+v", g)
	}
	if g.Bridge != nil {
		t.Error("the peeled loop's guard has no bridge at N=2000")
	}
	// The missing bridge: that guard, found hot.
	hot := l.HotExits()
	if len(hot) == 0 || hot[0].Guard != g || !hot[0].Missing || !hot[0].Hot || hot[0].Sibling.Guard != br.GuardOp {
		t.Fatalf("hottest exit is not the missing bridge: %+v", hot)
	}
	if e := hot[1]; e.Bridge != br || e.BridgeRuns != 375 || e.PartRuns != 767 || int(e.Percent) != 48 {
		t.Errorf("bridge exit %+v", e)
	}
}

func TestCount10000HasBothBridges(t *testing.T) {
	l := parseShared(t, "count-10000.pypylog")
	if loops, bridges := kinds(l); loops != 1 || bridges != 2 {
		t.Fatalf("%d loops %d bridges", loops, bridges)
	}
	loop := l.Loop(1)
	if len(loop.Bridges) != 2 || loop.Bridges[0].GuardOp.Index > loop.Bridges[1].GuardOp.Index {
		t.Errorf("loop bridges %v", loop.Bridges)
	}
	for _, e := range l.Exits() {
		if e.Missing {
			t.Errorf("guard 0x%x marked missing at N=10000, where both checks have bridges", e.Guard.GuardID)
		}
	}
	if runs, _ := loop.Runs(); runs != 8155 {
		t.Errorf("loop runs %d", runs)
	}
}

func TestFullLogMachineCode(t *testing.T) {
	l := parseShared(t, "count-10000-full.pypylog")
	if l.Category != "jit-log-opt" || len(l.Traces) != 3 {
		t.Fatalf("category %s, %d traces (noopt traces must not be mixed in)", l.Category, len(l.Traces))
	}
	if l.Backend == nil || l.Backend.Name != "x86_64" || l.Backend.Executable != "pypy3" || len(l.Backend.Addrs) != 3 {
		t.Fatalf("backend %+v", l.Backend)
	}
	loop := l.Loop(1)
	if loop.Code == nil || loop.Code.Start != 0x7fceec4c4950 || loop.Code.Addr.Bootstrap != 0x7fceec4c49d0 {
		t.Fatalf("loop code %+v", loop.Code)
	}
	first := loop.Ops[0]
	addr, data, known, ok := loop.OpCode(first)
	if !ok || addr != 0x7fceec4c4950+280 || len(data) != 291-280 {
		t.Fatalf("first op code at %x, %d bytes", addr, len(data))
	}
	for i, k := range known {
		if !k {
			t.Errorf("byte %d of the first op was never dumped", i)
		}
	}
	// getfield_gc_r(p0, ...) loads from memory: a mov, REX.W prefix 0x48/0x49/0x4c/0x4d.
	if data[0]&0xf0 != 0x40 {
		t.Errorf("first op's code %x does not start with a REX prefix", data)
	}
	// "+486: i31 = int_eq(...)" and "+486: i33 = int_rshift(...)": the first emitted nothing.
	var shared []*Op
	for _, op := range loop.Ops {
		if op.Offset == 486 {
			shared = append(shared, op)
		}
	}
	if len(shared) != 2 {
		t.Fatalf("%d ops at +486", len(shared))
	}
	if _, _, _, ok := loop.OpCode(shared[0]); ok {
		t.Error("an op sharing its offset with the next got code")
	}
	if _, d, _, ok := loop.OpCode(shared[1]); !ok || len(d) != 493-486 {
		t.Errorf("the op at +486 that emitted code got %d bytes", len(d))
	}
	for _, b := range loop.Bridges {
		if b.Code == nil || b.Code.Addr.Fields["jump target"] == 0 {
			t.Errorf("%s has no code", b.Name())
		}
	}
	if len(l.Warnings) != 0 {
		t.Errorf("warnings %v", l.Warnings)
	}
}

func TestCallsLog(t *testing.T) {
	l := parseTestdata(t, "calls.pypylog")
	if loops, bridges := kinds(l); loops != 4 || bridges != 5 {
		t.Fatalf("%d loops, %d bridges", loops, bridges)
	}
	// sum_with_add inlines add: depth-1 merge points between enter/leave_portal_frame.
	loop := l.Loop(1)
	depth := 0
	sawInlined := false
	for _, op := range loop.Ops {
		switch op.Name {
		case "enter_portal_frame":
			depth++
		case "leave_portal_frame":
			depth--
		case "debug_merge_point":
			if op.Merge.Depth != depth {
				t.Errorf("line %d: merge point depth %d inside %d portal frames", op.Line, op.Merge.Depth, depth)
			}
			if op.Merge.Depth == 1 {
				sawInlined = op.Merge.Loc.Name == "add"
			}
		}
	}
	if !sawInlined {
		t.Error("no inlined call to add found in Loop 1")
	}
	// longest_collatz calls collatz_steps' compiled loop through call_assembler.
	var call *Op
	for _, op := range l.Loop(6).Ops {
		if strings.HasPrefix(op.Name, "call_assembler") {
			call = op
		}
	}
	if call == nil || call.TargetLoop != l.Loop(2) {
		t.Errorf("call_assembler does not lead to Loop 2: %+v", call)
	}
	// Every bridge is attached, every trace has code and counts.
	for _, tr := range l.Traces {
		if tr.Kind == KindBridge && tr.GuardOp == nil {
			t.Errorf("%s not attached", tr.Name())
		}
		if tr.Code == nil {
			t.Errorf("%s has no machine code", tr.Name())
		}
		if _, ok := tr.Runs(); !ok {
			t.Errorf("%s has no count", tr.Name())
		}
	}
}

func TestObjectsLog(t *testing.T) {
	l := parseTestdata(t, "objects.pypylog")
	if loops, bridges := kinds(l); loops != 1 || bridges != 3 {
		t.Fatalf("%d loops, %d bridges", loops, bridges)
	}
	// One bridge leaves another bridge: Root leads back to the loop.
	var nested *Trace
	for _, tr := range l.Traces {
		if tr.Kind == KindBridge && tr.GuardOp.Trace.Kind == KindBridge {
			nested = tr
		}
	}
	if nested == nil || nested.Root() != l.Loop(1) {
		t.Errorf("bridge of a bridge not found or not rooted in Loop 1")
	}
	if l.Loop(1).Loc.File != "/home/learner/course/objects.py" {
		t.Errorf("file %q", l.Loop(1).Loc.File)
	}
}

func TestWholeJitFamilyLog(t *testing.T) {
	// PYPYLOG=jit: noopt, rewritten and opt traces all present; opt is the one read.
	l := parseTestdata(t, "misc-jit.pypylog")
	if l.Category != "jit-log-opt" {
		t.Errorf("category %s", l.Category)
	}
	if loops, bridges := kinds(l); loops != 5 || bridges != 4 {
		t.Errorf("%d loops, %d bridges", loops, bridges)
	}
	for _, tr := range l.Traces {
		if tr.Code == nil {
			t.Errorf("%s has no machine code", tr.Name())
		}
	}
	// Loop 1's preamble holds several guard_values at one FOR_ITER, one of them with a
	// bridge: they are different checks, not copies of one.
	for _, e := range l.Exits() {
		if e.Missing && e.Sibling.Part == e.Part {
			t.Errorf("guard 0x%x taken for a copy of 0x%x in the same part", e.Guard.GuardID, e.Sibling.Guard.GuardID)
		}
		if e.Missing && e.Guard.Name == "guard_value" {
			t.Errorf("guard_value 0x%x marked missing", e.Guard.GuardID)
		}
	}
}

func TestStdlibLog(t *testing.T) {
	l := parseTestdata(t, "stdlib.pypylog") // no warnings: Loop -1 and entry -1 are PyPy's helpers
	var entryBridges int
	var foreign []string // loops of RPython's other jitdrivers: the regex engine, list sorting...
	for _, tr := range l.Traces {
		if tr.Kind == KindEntryBridge {
			entryBridges++
		}
		if tr.Kind != KindBridge && !tr.Loc.Known() {
			foreign = append(foreign, tr.Location)
		}
	}
	joined := strings.Join(foreign, "\n")
	if entryBridges == 0 || !strings.Contains(joined, "unpackiterable [dict_keyiterator]") || !strings.Contains(joined, "re StrSpecMatchIn at 9 [") {
		t.Errorf("%d entry bridges; loops of other jitdrivers:\n%s", entryBridges, joined)
	}
}

func TestPyPy2Locations(t *testing.T) {
	l := parseTestdata(t, "calls-pypy2.pypylog")
	generic := parseTestdata(t, "calls.pypylog")
	if len(l.Traces) != len(generic.Traces) {
		t.Fatalf("%d traces, want %d", len(l.Traces), len(generic.Traces))
	}
	for i, tr := range l.Traces {
		g := generic.Traces[i]
		if tr.Loc.Format != g.Loc.Format && tr.Kind != KindBridge && tr.Loc.Format != LocPyPy2 {
			t.Errorf("%s header location format %v", tr.Name(), tr.Loc.Format)
		}
		for j, op := range tr.Ops {
			if op.Merge == nil {
				continue
			}
			want := g.Ops[j].Merge.Loc
			got := op.Merge.Loc
			if got.Format != LocPyPy2 || got.Name != want.Name || got.File != want.File || got.FirstLine != want.FirstLine ||
				got.Offset != want.Offset || got.Opcode != want.Opcode || got.Line != 0 {
				t.Fatalf("line %d: %+v, want %+v without a line", op.Line, got, want)
			}
		}
	}
	// The exits analysis works on bytecodes, so it finds the same missing bridges.
	var a, b []uint64
	for _, e := range l.HotExits() {
		a = append(a, e.Guard.GuardID)
	}
	for _, e := range generic.HotExits() {
		b = append(b, e.Guard.GuardID)
	}
	if len(a) == 0 || len(a) != len(b) {
		t.Errorf("hot exits differ: %x vs %x", a, b)
	}
}

func TestParseLocation(t *testing.T) {
	tests := []struct {
		in   string
		want Location
	}{
		{"count_mult_of_5;count.py:4-7~#16 FOR_ITER", Location{LocGeneric, "count_mult_of_5", "count.py", 4, 7, 16, "FOR_ITER"}},
		{"f;C:/x/y.py:1-2~#0 LOAD_FAST", Location{LocGeneric, "f", "C:/x/y.py", 1, 2, 0, "LOAD_FAST"}},
		{"<module>;m.py:1-3~#4 STORE_NAME", Location{LocGeneric, "<module>", "m.py", 1, 3, 4, "STORE_NAME"}},
		{"<code object f. file 'x.py'. line 2> #9 LOAD_FAST", Location{LocPyPy2, "f", "x.py", 2, 0, 9, "LOAD_FAST"}},
		{"<code object <genexpr>, file '/a b/x.py', line 20> #25 FOR_ITER", Location{LocPyPy2, "<genexpr>", "/a b/x.py", 20, 0, 25, "FOR_ITER"}},
		{"f;x.py:1-2~", Location{LocGeneric, "f", "x.py", 1, 2, -1, ""}},
		{"SomeInterp pc=3", Location{Offset: -1}},
		{"", Location{Offset: -1}},
	}
	for _, tt := range tests {
		if got := ParseLocation(tt.in); got != tt.want {
			t.Errorf("ParseLocation(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

// logOf wraps trace lines into a log with one loop section.
func logOf(lines ...string) string {
	return "[1] {jit-log-opt-loop\n" + strings.Join(lines, "\n") + "\n[2] jit-log-opt-loop}\n"
}

func TestMalformedLogsNameTheLine(t *testing.T) {
	header := "# Loop 1 (f;x.py:1-2~#0 LOAD_FAST) : loop with 2 ops"
	tests := []struct {
		name, log string
		line      int
		msg       string
	}{
		{"no header", logOf("[p0]", "+1: jump(p0, descr=TargetToken(1))"), 2, "not a '# Loop' or '# bridge' header"},
		{"bad inputargs", logOf(header, "[p0, 7]"), 3, "inputarg \"7\" is not a variable"},
		{"unclosed inputargs", logOf(header, "[p0, p1"), 3, "does not end with ']'"},
		{"no parenthesis", logOf(header, "[p0]", "+3: this is not an op"), 4, "no '('"},
		{"no closing parenthesis", logOf(header, "[p0]", "+3: i1 = int_add(p0, 1"), 4, "no closing ')'"},
		{"bad offset", logOf(header, "[p0]", "+x3: i1 = int_add(p0, 1)"), 4, "offset"},
		{"undefined arg", logOf(header, "[p0]", "+3: i1 = int_add(i9, 1)"), 4, "uses i9"},
		{"redefined var", logOf(header, "[p0]", "+3: p0 = same_as_r(p0)"), 4, "p0 is defined a second time"},
		{"guard without descr", logOf(header, "[i0]", "+3: guard_true(i0) [i0]"), 4, "no descr=<Guard0x"},
		{"guard without fail args", logOf(header, "[i0]", "+3: guard_true(i0, descr=<Guard0x1>)"), 4, "no fail args"},
		{"unknown fail arg", logOf(header, "[i0]", "+3: guard_true(i0, descr=<Guard0x1>) [i0, p7]"), 4, "unknown variable p7"},
		{"junk after op", logOf(header, "[i0]", "+3: int_add(i0, 1) junk"), 4, "unexpected \"junk\""},
		{"unbalanced args", logOf(header, "[i0]", "+3: i1 = int_add(ConstPtr(ptr1, i0)"), 4, "arguments"},
		{"merge point unquoted", logOf(header, "[i0]", "debug_merge_point(0, 0, f;x.py:1-2~#0 LOAD_FAST)"), 4, "not quoted"},
		{"merge point depth", logOf(header, "[i0]", "debug_merge_point(a, 0, 'x')"), 4, "must be integers"},
		{"op after end", logOf(header, "[i0]", "+9: --end of the loop--", "+10: jump(i0)"), 5, "after --end of the loop--"},
		{"counts without count", logOf(header, "[i0]") + "[3] {jit-backend-counts\nentry 1:12\nentry 2\n[4] jit-backend-counts}\n", 7, "has no ':count'"},
		{"counts not a number", logOf(header, "[i0]") + "[3] {jit-backend-counts\nentry 1:lots\n[4] jit-backend-counts}\n", 6, "not a number"},
		{"bad code dump", "[1] {jit-backend-dump\nBACKEND x86_64\nCODE_DUMP @zz +0  00\n[2] jit-backend-dump}\n", 3, "CODE_DUMP line"},
		{"bad addr", "[1] {jit-backend-addr\nLoop 1 (f) has address somewhere\n[2] jit-backend-addr}\n", 2, "has address"},
		{"not a log", "import sys\n\ndef f():\n    pass\n", 1, "not a PyPy log: \"import sys\""},
		{"framing", "[1] {jit-log-opt-loop\n" + header + "\n[2] {jit-backend\n[3] jit-log-opt-loop}\n", 4, "sections must nest"},
	}
	for _, tt := range tests {
		_, err := Parse(strings.NewReader(tt.log))
		if err == nil {
			t.Errorf("%s: parsed without error", tt.name)
			continue
		}
		want := "line " + itoa(tt.line) + ": "
		if !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: error %q, want %q...%q", tt.name, err, want, tt.msg)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestEmptyLogIsNoTraces(t *testing.T) {
	// PyPy writes an empty log when nothing got hot enough to compile.
	l, err := Parse(strings.NewReader(""))
	if err != nil || len(l.Traces) != 0 || l.HasCounts {
		t.Errorf("empty log: %v %+v", err, l)
	}
	l, err = Parse(strings.NewReader("[1] {jit-backend-counts\n[2] jit-backend-counts}\n"))
	if err != nil || len(l.Traces) != 0 || !l.HasCounts || len(l.Counts) != 0 {
		t.Errorf("counts-only log: %v %+v", err, l)
	}
}

func TestParseFileErrorNamesFileAndLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.pypylog")
	if err := os.WriteFile(path, []byte(logOf("# Loop 1 (f) : loop with 1 ops", "[i0]", "+3: i1 = int_add(i0")), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ParseFile(path)
	if err == nil || !strings.HasPrefix(err.Error(), path+":4: ") {
		t.Errorf("error %v, want %s:4: ...", err, path)
	}
	if _, err := ParseFile(filepath.Join(t.TempDir(), "missing.pypylog")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestWarningsDoNotStopReading(t *testing.T) {
	log := logOf("# Loop 1 (f;x.py:1-2~#0 LOAD_FAST) : loop with 5 ops", "[i0]",
		"+1: i1 = int_frobnicate(i0)",
		"+2: label(i0, descr=TargetToken(5))",
		"+3: jump(i0, descr=TargetToken(6))",
		"+4: --end of the loop--") +
		"[3] {jit-log-opt-loop\n[4] jit-log-opt-loop}\n" +
		"[5] {jit-backend-counts\nentry 1:3\nentry 9:1\nfrobs:2\n[6] jit-backend-counts}\n"
	l, err := Parse(strings.NewReader(log))
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, w := range l.Warnings {
		msgs = append(msgs, w.String())
	}
	joined := strings.Join(msgs, "\n")
	for _, want := range []string{
		"line 2: header says 5 ops, the section has 3",
		"line 4: unknown operation \"int_frobnicate\"",
		"line 6: jump to TargetToken(6), a label the log does not hold",
		"line 9: jit-log-opt-loop section is empty",
		"line 14: jit-backend-counts key \"frobs\"",
		"line 13: count for entry 9, which no trace in the log has",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("missing warning %q in:\n%s", want, joined)
		}
	}
	if n, ok := l.Loop(1).Entries(); !ok || n != 3 {
		t.Errorf("entries %d", n)
	}
}

func TestTruncatedLogStillOpens(t *testing.T) {
	// PyPy killed while writing: the last section is never closed.
	data, err := os.ReadFile("testdata/calls.pypylog")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	cut := strings.Join(lines[:400], "\n") // inside Loop 2
	l, err := Parse(strings.NewReader(cut))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Traces) != 2 || l.HasCounts {
		t.Fatalf("%d traces, counts %v", len(l.Traces), l.HasCounts)
	}
	var msgs []string
	for _, w := range l.Warnings {
		msgs = append(msgs, w.String())
	}
	joined := strings.Join(msgs, "\n")
	if !strings.Contains(joined, "line 350: jit-log-opt-loop section is never closed: the log was cut short") ||
		!strings.Contains(joined, "line 351: header says 87 ops, the section has") {
		t.Errorf("warnings:\n%s", joined)
	}
}

func TestOpLineForms(t *testing.T) {
	tests := []struct {
		in   string
		want string // Op.String() of the parsed op
		off  int
	}{
		{"+280: p2 = getfield_gc_r(p0, descr=<FieldP pypy.interpreter.pyframe.PyFrame.inst_pycode 64>)", "p2 = getfield_gc_r(p0, descr=<FieldP pypy.interpreter.pyframe.PyFrame.inst_pycode 64>)", 280},
		{"+566: guard_no_overflow(descr=<Guard0x7fbd120b2140>) [p0, None]", "guard_no_overflow(descr=<Guard0x7fbd120b2140>) [p0, None]", 566},
		{"i3 = int_add(i1, 2) # a comment", "i3 = int_add(i1, 2)", -1},
		{"debug_merge_point(0, 0, '<code object f, file 'x, y.py', line 2> #9 LOAD_FAST')", "debug_merge_point(0, 0, '<code object f, file 'x, y.py', line 2> #9 LOAD_FAST')", -1},
		{"+10: call_n(ConstClass(f), p1, descr=<Callv 0 r EF=3>)", "call_n(ConstClass(f), p1, descr=<Callv 0 r EF=3>)", 10},
		{"+0: finish()", "finish()", 0},
	}
	for _, tt := range tests {
		op, end, err := parseOpLine(lineOf(tt.in))
		if err != nil || end {
			t.Errorf("%q: %v %v", tt.in, err, end)
			continue
		}
		if op.String() != tt.want || op.Offset != tt.off {
			t.Errorf("%q: got %q at %d", tt.in, op.String(), op.Offset)
		}
	}
	op, _, _ := parseOpLine(lineOf("i3 = int_add(i1, 2) # a comment"))
	if op.Comment != "a comment" {
		t.Errorf("comment %q", op.Comment)
	}
}

func TestKnownOps(t *testing.T) {
	for _, name := range []string{"int_add", "getfield_gc_r", "call_assembler_r", "same_as_i", "guard_nonnull_class", "vec_int_add", "uint_mul_high", "call_n", "getfield_gc"} {
		if !knownOp(name) {
			t.Errorf("%s not known", name)
		}
	}
	for _, name := range []string{"int_addd", "getfield_gc_x", "guard", "call_q", "frob"} {
		if knownOp(name) {
			t.Errorf("%s known", name)
		}
	}
}

func lineOf(s string) pypylog.Line { return pypylog.Line{Num: 1, Text: s} }

func TestBackendReadPatchesInLogOrder(t *testing.T) {
	log := "[1] {jit-backend-dump\nBACKEND x86_64\nCODE_DUMP @1000 +0  00112233445566778899\n[2] jit-backend-dump}\n" +
		"[3] {jit-backend-dump\nCODE_DUMP @1004 +0  AABB\n[4] jit-backend-dump}\n" +
		"[5] {jit-backend-dump\nCODE_DUMP @0ff0 +2  CCCC\n[6] jit-backend-dump}\n" +
		"[7] {jit-backend-dump\nCODE_DUMP @1000 +12  DD\n[8] jit-backend-dump}\n"
	l, err := Parse(strings.NewReader(log))
	if err != nil {
		t.Fatal(err)
	}
	data, known := l.Backend.Read(0xff0, 0x1010)
	var b strings.Builder
	for i := range data {
		if known[i] {
			b.WriteString(strconv.FormatUint(uint64(data[i])|0x100, 16)[1:])
		} else {
			b.WriteString("..")
		}
	}
	want := "...." + "cccc" + strings.Repeat(".", 24) + "00112233aabb66778899" + "...." + "dd" + "......"
	if b.String() != want {
		t.Errorf("memory\n got %s\nwant %s", b.String(), want)
	}
}
