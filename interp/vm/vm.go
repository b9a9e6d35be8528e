// vm.go defines the VM: the interpreter state for one program run (its modules, the
// current frame, the handled exception, the collector of the chosen mode), its options,
// and the hooks a JIT plugs into.
package vm

import (
	"io"
	"sync"
	"sync/atomic"

	"handson/gcsim"
)

// GCKind chooses the collector: CPython's reference counting with a cycle collector, or
// PyPy's generational collector.
type GCKind int

const (
	GCRefcount GCKind = iota
	GCGenerational
)

// Options configure a VM. The zero value is CPython mode with the standard streams unset
// (Stdout and Stderr must be given).
type Options struct {
	GC GCKind
	// Gen configures the generational collector (PyPy mode).
	Gen gcsim.GenConfig
	// Argv is sys.argv.
	Argv []string
	// Stdin, Stdout and Stderr are file descriptors for sys.stdin/stdout/stderr.
	Stdin, Stdout, Stderr int
	// Log receives PYPYLOG sections (gc-minor, gc-major, jit-...); nil for none.
	Log Logger
	// MaxOpenFiles caps the descriptors the program may hold open (0: no cap).
	MaxOpenFiles int
	// TrackResources warns on stderr whenever a collector, not the program, closes a file.
	TrackResources bool
	// Getenv reads the environment for os.environ and os.getenv (nil: empty environment).
	Environ []string
	// Tracer is the JIT, or nil.
	Tracer Tracer
	// RecursionLimit is sys.getrecursionlimit() (default 1000).
	RecursionLimit int
	// PyPy selects PyPy's behaviour where the two differ beyond the collector: no
	// sys.getrefcount, exit without teardown, the version strings.
	PyPy bool
	// Interactive makes sys.stdout line buffered and enables the REPL's display hook.
	Interactive bool
	// Unbuffered writes sys.stdout at once (python -u, PYTHONUNBUFFERED).
	Unbuffered bool
	// InterruptIgnored says the process started with SIGINT ignored (a background job of
	// a shell, nohup): as in CPython, SIGINT's handler is then SIG_IGN until the program
	// installs one.
	InterruptIgnored bool
	// ErrorOutput is where the VM writes diagnostics that are not Python output (unraisable
	// exceptions are written to sys.stderr; this is for the VM's own last-resort messages).
	ErrorOutput io.Writer
}

// Logger is what the VM and its collectors write PYPYLOG sections to.
type Logger interface {
	Enabled(category string) bool
	Start(category string)
	Print(line string)
	Stop(category string)
}

// Tracer is the interface a tracing JIT implements. The VM calls BackEdge on every
// backward jump (the loop back-edges PyPy counts at JUMP_ABSOLUTE; CPython's bytecode also
// loops with conditional jumps), FunctionEntry when a Python function
// starts, and, while SetRecording(true) is in effect, BeforeInstruction before each
// instruction. A tracer may run compiled code in BackEdge: it then leaves the frame's state
// (Slots, SP, PC, Blocks) where the interpreter must continue and returns resumed.
type Tracer interface {
	BackEdge(vm *VM, f *Frame) (resumed bool, err *PyError)
	BeforeInstruction(vm *VM, f *Frame, opcode, oparg int)
	FunctionEntry(vm *VM, f *Frame)
}

// pending bits: work the interpreter loop does at the next instruction boundary.
const (
	pendingSignal  = 1 << iota // SIGINT arrived: raise KeyboardInterrupt
	pendingCollect             // a collection is due
	pendingFinal               // finalizers are queued (PyPy mode)
	pendingAbort               // the run must end now (Abort)
	// pendingRecord stays set while the JIT records a trace: the loop then calls
	// BeforeInstruction, so that the common path checks a single word per instruction.
	pendingRecord
	// pendingThrow says vm.thrown holds an exception the running frame raises at its
	// current instruction (a generator's throw(), or a callee's exception coming back to
	// its caller in the same loop). It rides on the pending word so that the loop checks
	// nothing more per instruction.
	pendingThrow
)

// VM is one interpreter.
type VM struct {
	opts Options

	// refcounting is true in CPython mode: objects die when their count reaches zero.
	refcounting bool
	cycles      *gcsim.CycleCollector
	heap        *gcsim.Generational
	// gcVisit is the visit function of the collector's current Traverse call, and
	// gcVisitAdapter the one func(Object) that forwards to it (see gcRuntime.Traverse).
	gcVisit        func(gcsim.Object)
	gcVisitAdapter func(Object)

	// pending is set from other goroutines (signals) and by allocation; the loop checks it
	// at every instruction boundary.
	pending atomic.Int32
	thrown  *PyError // the exception pendingThrow announces
	// moduleInitErr is the error of a Go module's Python half, for the import to raise.
	moduleInitErr *PyError

	interned map[string]*Str

	builtins    *Dict
	builtinsMod *Module
	modules     *Dict // sys.modules
	sys         *Module
	main        *Module

	frame          *Frame
	depth          int
	recursionLimit int

	// The exception being handled (tstate->exc_type/value/traceback), owned.
	excType, excValue, excTB Object

	tracer    Tracer
	recording bool

	// files is the set of open files, for the descriptor cap, exit flushing and
	// --track-resources.
	files *fileTable

	// finalizers queued by the generational collector, run at the next safe point.
	finalQueue []gcsim.Object

	// gc.garbage (CPython mode).
	garbage *List

	// sources caches the lines of files shown in tracebacks.
	sources map[string][]string

	// inFinalizer counts nested finalizer runs (a finalizer does not trigger another
	// collection's finalizers from inside itself).
	inFinalizer int

	// exiting is set once the program has ended; SystemExit code.
	exitCode int

	stdout, stderr, stdin *File

	// reprStack holds the containers whose repr is being computed (Py_ReprEnter).
	reprStack []uintptr

	// Generational mode: what collections asked for and has not run yet, the weakrefs of
	// dead objects waiting for their callbacks, and extra roots the JIT holds.
	pendingActions []gcsim.Action
	deadWeakrefs   map[*gcsim.Header][]*WeakRef
	extraRoots     []Object

	// collectorClosed lists the files a collector closed, for reports.
	collectorClosed []OpenFile

	// abortReason is the message of Abort.
	abortMu     sync.Mutex
	abortReason string

	// holding counts the Go code on the stack that keeps objects in Go variables while
	// Python code runs (builtins, iteration helpers): the generational collector sees
	// only the roots the VM lists, so its collections wait until holding is back to zero.
	// deferredCollect records a collection that had to wait; deferredFull, that it is
	// the full collection gc.collect() asked for.
	holding         int
	deferredCollect bool
	deferredFull    bool

	// checkInterval is sys.getcheckinterval()'s value (remembered, not used).
	checkInterval int64

	// cycleCollections counts the cycle collector's runs (CPython mode).
	cycleCollections int

	// Free lists of dead ints, floats and small dicts, reused by NewInt, NewFloat and
	// NewDict.
	intFree    []*Int
	floatFree  []*Float
	dictFree   []*Dict
	methodFree []*Method
}

// release ends a holding section, asking for the collection that waited, if any.
func (vm *VM) release() {
	vm.holding--
	if vm.holding == 0 && vm.deferredCollect {
		vm.deferredCollect = false
		vm.setPending(pendingCollect)
	}
}

// startStress arms the permanent collection request of --gc-stress.
func (vm *VM) startStress() {
	if !vm.refcounting && vm.opts.Gen.Stress {
		vm.setPending(pendingCollect)
	}
}

// SetRecording turns per-instruction tracing on or off (the JIT's recorder).
func (vm *VM) SetRecording(on bool) {
	vm.recording = on && vm.tracer != nil
	if vm.recording {
		vm.setPending(pendingRecord)
	} else {
		vm.clearPending(pendingRecord)
	}
}

// Frame returns the executing frame (nil between runs).
func (vm *VM) Frame() *Frame { return vm.frame }

// RefcountMode reports whether the VM runs in CPython mode.
func (vm *VM) RefcountMode() bool { return vm.refcounting }

// Interrupt asks the program to raise KeyboardInterrupt at its next instruction. It is
// safe to call from another goroutine (the SIGINT handler).
func (vm *VM) Interrupt() {
	for {
		old := vm.pending.Load()
		if vm.pending.CompareAndSwap(old, old|pendingSignal) {
			return
		}
	}
}

// Abort ends the run at the next instruction boundary, whatever the program does: no
// except or finally clause runs. reason is printed on stderr. Safe to call from another
// goroutine (a time limit).
func (vm *VM) Abort(reason string) {
	vm.abortMu.Lock()
	if vm.abortReason == "" {
		vm.abortReason = reason
	}
	vm.abortMu.Unlock()
	vm.setPending(pendingAbort)
}

// abortError is the exception an aborted run unwinds with.
func (vm *VM) abortError() *PyError {
	e := vm.RaiseArgs(SystemExitType)
	e.abort = true
	return e
}

// setPending raises a pending bit from the VM's own goroutine.
func (vm *VM) setPending(bit int32) {
	for {
		old := vm.pending.Load()
		if vm.pending.CompareAndSwap(old, old|bit) {
			return
		}
	}
}

// throwAtNext makes the running frame raise e at its next instruction boundary, before
// anything else pending is served.
func (vm *VM) throwAtNext(e *PyError) {
	if vm.thrown != nil {
		panic("BUG: an exception thrown over another not yet raised")
	}
	vm.thrown = e
	vm.setPending(pendingThrow)
}

// clearPending drops pending bits.
func (vm *VM) clearPending(bit int32) {
	for {
		old := vm.pending.Load()
		if vm.pending.CompareAndSwap(old, old&^bit) {
			return
		}
	}
}

// handlePending serves the pending work at a safe point: a signal becomes
// KeyboardInterrupt; a due collection runs; queued finalizers run.
func (vm *VM) handlePending() *PyError {
	p := vm.pending.Load()
	if p&pendingAbort != 0 {
		// The bit stays set: whatever Python code still runs (finally clauses are
		// skipped, but finalizers may run) aborts at once too.
		return vm.abortError()
	}
	if p&pendingSignal != 0 {
		vm.clearPending(pendingSignal)
		if err := vm.deliverSIGINT(); err != nil {
			return err
		}
	}
	if p&pendingCollect != 0 {
		// Under --gc-stress the bit stays set: a collection runs at every safe point.
		if !vm.opts.Gen.Stress || vm.refcounting {
			vm.clearPending(pendingCollect)
		}
		vm.collectDue()
	}
	if vm.pending.Load()&pendingFinal != 0 {
		vm.clearPending(pendingFinal)
		vm.runFinalizers()
	}
	return nil
}
