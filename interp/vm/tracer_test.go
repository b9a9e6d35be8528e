package vm_test

import (
	"slices"
	"testing"

	"handson/interp/compile"
	"handson/interp/vm"
)

// recordingTracer is a stand-in for the JIT: it counts back-edges per frame, starts
// recording after a threshold, records one loop iteration (the instructions between two
// back-edges) and stops, as a tracing JIT's recorder does.
type recordingTracer struct {
	threshold int
	backEdges int
	entries   []string
	recording bool
	done      bool
	trace     []string // opcode names, one loop iteration
	lines     []int
}

func (r *recordingTracer) BackEdge(machine *vm.VM, f *vm.Frame) (bool, *vm.PyError) {
	r.backEdges++
	switch {
	case r.recording:
		r.recording, r.done = false, true
		machine.SetRecording(false)
	case !r.done && r.backEdges == r.threshold:
		r.recording = true
		machine.SetRecording(true)
	}
	return false, nil
}

func (r *recordingTracer) BeforeInstruction(machine *vm.VM, f *vm.Frame, opcode, oparg int) {
	if !r.recording {
		panic("BeforeInstruction while not recording")
	}
	r.trace = append(r.trace, compile.OpName[opcode])
	r.lines = append(r.lines, f.Lineno())
}

func (r *recordingTracer) FunctionEntry(machine *vm.VM, f *vm.Frame) {
	r.entries = append(r.entries, f.Code.Name)
}

// TestTracerHooks: the hooks a tracing JIT needs fire where PyPy's would: a back-edge per
// loop iteration, a function entry per call, and, while recording, every instruction of
// the iteration in order with its frame readable (line numbers).
func TestTracerHooks(t *testing.T) {
	src := []byte(`def step(i):
    return i % 5

total = 0
for i in range(100):
    if step(i) == 0:
        total += 1
print total
`)
	tr := &recordingTracer{threshold: 50}
	machine, out := newTestVM(t, vm.Options{GC: vm.GCRefcount, Tracer: tr})
	if status := machine.RunMain(src, "loop.py"); status != 0 {
		t.Fatalf("exit status %d", status)
	}
	if got := out(); got != "20\n" {
		t.Fatalf("stdout %q", got)
	}
	if tr.backEdges != 100 {
		t.Errorf("%d back-edges for 100 iterations", tr.backEdges)
	}
	if n := len(tr.entries); n != 100 || tr.entries[0] != "step" {
		t.Errorf("function entries: %d, first %q; want 100 calls of step", n, tr.entries[0])
	}
	// Iteration 50 (i = 50, a multiple of 5): the loop body, the call's body, the
	// increment, and the jump back.
	want := []string{
		"FOR_ITER", "STORE_NAME", "LOAD_NAME", "LOAD_NAME", "CALL_FUNCTION",
		"LOAD_FAST", "LOAD_CONST", "BINARY_MODULO", "RETURN_VALUE",
		"LOAD_CONST", "COMPARE_OP", "POP_JUMP_IF_FALSE",
		"LOAD_NAME", "LOAD_CONST", "INPLACE_ADD", "STORE_NAME", "JUMP_ABSOLUTE",
	}
	if !slices.Equal(tr.trace, want) {
		t.Errorf("recorded iteration:\n got %v\nwant %v", tr.trace, want)
	}
	wantLines := []int{5, 5, 6, 6, 6, 2, 2, 2, 2, 6, 6, 6, 7, 7, 7, 7, 7}
	if !slices.Equal(tr.lines, wantLines) {
		t.Errorf("lines of the recorded instructions: %v, want %v", tr.lines, wantLines)
	}
}

// finishingTracer plays a JIT that takes a loop over after a few iterations: at the
// tenth back-edge of sum_to's loop it reads the frame's locals, does the remaining
// iterations itself and leaves the frame where the interpreter resumes (the loop test),
// with the locals rebuilt.
type finishingTracer struct {
	backEdges int
	resumed   bool
}

func (r *finishingTracer) BackEdge(machine *vm.VM, f *vm.Frame) (bool, *vm.PyError) {
	r.backEdges++
	if r.backEdges != 10 || f.Code.Name != "sum_to" {
		return false, nil
	}
	slot := map[string]int{}
	for i, name := range f.Code.VarNames {
		slot[name.S] = i
	}
	n := f.Slots[slot["n"]].(*vm.Int).V
	total := f.Slots[slot["total"]].(*vm.Int).V
	for i := f.Slots[slot["i"]].(*vm.Int).V; i < n; i++ {
		total += i
	}
	for name, v := range map[string]int64{"i": n, "total": total} {
		old := f.Slots[slot[name]]
		f.Slots[slot[name]] = machine.NewInt(v)
		machine.Decref(old)
	}
	r.resumed = true
	return true, nil
}

func (r *finishingTracer) BeforeInstruction(*vm.VM, *vm.Frame, int, int) {}
func (r *finishingTracer) FunctionEntry(*vm.VM, *vm.Frame)               {}

// TestTracerResumes: a tracer can read a frame's state and rebuild it at a back-edge,
// and the interpreter goes on from there (how compiled code will hand control back).
func TestTracerResumes(t *testing.T) {
	src := []byte(`def sum_to(n):
    total = 0
    i = 0
    while i < n:
        total += i
        i += 1
    return total, i

print sum_to(1000)
`)
	tr := &finishingTracer{}
	machine, out := newTestVM(t, vm.Options{GC: vm.GCRefcount, Tracer: tr})
	if status := machine.RunMain(src, "sum.py"); status != 0 {
		t.Fatalf("exit status %d", status)
	}
	if !tr.resumed {
		t.Fatal("the tracer never took the loop over")
	}
	if got := out(); got != "(499500, 1000)\n" {
		t.Errorf("stdout %q, want (499500, 1000)", got)
	}
	if tr.backEdges != 10 {
		t.Errorf("%d back-edges; the loop should have ended right after the tracer resumed it", tr.backEdges)
	}
}
