// frame.go defines Frame, one activation of a code object. Everything the interpreter needs
// to continue a frame lives in it (no state hides in Go locals between instructions), so
// that generators can suspend and resume it and the JIT can read and rebuild it.
package vm

import (
	"handson/gcsim"
	"handson/interp/compile"
)

// maxBlocks is CO_MAXBLOCKS: the deepest nesting of loops and try blocks.
const maxBlocks = 20

// Block is an entry of the block stack: a loop, try or with statement in progress.
type Block struct {
	Kind    uint8 // SETUP_LOOP, SETUP_EXCEPT, SETUP_FINALLY or SETUP_WITH (with is a finally)
	Handler int   // where to go when the block is unwound
	Level   int   // value-stack depth to unwind to
}

// Frame is an executing (or suspended) code object.
type Frame struct {
	gcsim.Header
	Code     *Code
	Back     *Frame
	Globals  *Dict
	Builtins *Dict
	// Locals is the namespace dict of module and class bodies and exec'd code; nil in
	// functions, whose locals are fast slots.
	Locals *Dict
	// Slots holds the fast locals (co_nlocals), then the cells of cellvars and freevars,
	// then the value stack.
	Slots []Object
	// SP is the index in Slots of the first free stack slot; stackBase is where the value
	// stack starts.
	SP, stackBase int
	// PC is the offset of the next instruction; Lasti the offset of the one executing.
	PC, Lasti int
	Blocks    []Block
	// The exception state saved when this frame caught an exception (2.7's f_exc_*):
	// restored when the frame exits.
	excSaved                  bool
	excType, excValue, excTBk Object
	// gen is the generator running this frame, if any.
	gen *Generator
	// yielded is set when the last eval of this frame ended in a yield.
	yielded bool
	// inlinePop is set while the frame runs inside its caller's run loop (a plain call
	// of a Python function, entered without recursing in Go): the caller's stack slots
	// (the callable and the arguments) to drop when it returns. 0 for frames run by eval.
	inlinePop int
	// tracked is set once the frame is known to the cycle collector (exposeFrame).
	tracked bool
	// lineno caches the line for frames of non-running code (f_lineno).
	weakrefs *weakList
}

func (*Frame) Type() *Type { return FrameType }

// Lineno is the current line (PyFrame_GetLineNumber / PyCode_Addr2Line).
func (f *Frame) Lineno() int {
	return f.Code.LineForOffset(f.Lasti)
}

// newFrame makes (or reuses) a frame for code with the given namespaces, owned. The locals
// and stack are empty.
func (vm *VM) newFrame(code *Code, globals, locals, builtins *Dict) *Frame {
	var f *Frame
	if n := len(code.framePool); n > 0 {
		f = code.framePool[n-1]
		code.framePool = code.framePool[:n-1]
		f.RC = 1
	} else {
		nslots := code.NLocals + code.nCells + code.StackSize
		f = &Frame{Header: gcsim.Header{RC: 1}, Code: code, Slots: make([]Object, nslots),
			Blocks: make([]Block, 0, maxBlocks)}
		f.stackBase = code.NLocals + code.nCells
	}
	f.SP = f.stackBase
	f.PC = 0
	f.Lasti = -1
	incref(globals)
	f.Globals = globals
	f.Builtins = builtins
	if locals != nil {
		incref(locals)
	}
	f.Locals = locals
	if !vm.refcounting && !vm.heap.TakeRoom(64+8*len(f.Slots)) { // allocLeaf, inline
		vm.allocLeafSlow(64 + 8*len(f.Slots))
	}
	return f
}

// releaseFrame is the frame's deallocation: its locals are dropped (in slot order, as
// frame_dealloc does), and it goes back to its code's pool.
func (vm *VM) releaseFrame(f *Frame) {
	if f.Globals == nil {
		return // already released (a frame can be dropped by its generator and its owner)
	}
	if f.tracked {
		f.tracked = false
		vm.untrack(f)
	}
	for i := 0; i < f.SP; i++ {
		if o := f.Slots[i]; o != nil {
			f.Slots[i] = nil
			vm.Decref(o)
		}
	}
	f.Blocks = f.Blocks[:0]
	if f.Back != nil {
		back := f.Back
		f.Back = nil
		vm.Decref(back)
	}
	vm.Decref(f.Globals)
	f.Globals = nil
	if f.Locals != nil {
		l := f.Locals
		f.Locals = nil
		vm.Decref(l)
	}
	if f.excSaved {
		vm.clearSavedExc(f)
	}
	f.gen = nil
	if f.weakrefs != nil {
		vm.clearWeakrefs(&f.weakrefs)
	}
	if len(f.Code.framePool) < 16 && f.RC == 0 {
		f.Code.framePool = append(f.Code.framePool, f)
	}
}

// exposeFrame is called when a frame becomes reachable from an object (a traceback, a
// generator, sys._getframe): from then on it can be part of a reference cycle, so in
// CPython mode the cycle collector must know it and the frames that called it. Frames that
// live and die on the call stack alone are never tracked, which keeps calls cheap.
func (vm *VM) exposeFrame(f *Frame) {
	if !vm.refcounting {
		return
	}
	for ; f != nil && !f.tracked; f = f.Back {
		f.tracked = true
		if vm.cycles.Track(f) {
			vm.setPending(pendingCollect)
		}
	}
}

// clearSavedExc drops the exception state a frame saved.
func (vm *VM) clearSavedExc(f *Frame) {
	if !f.excSaved {
		return
	}
	f.excSaved = false
	t, v, tb := f.excType, f.excValue, f.excTBk
	f.excType, f.excValue, f.excTBk = nil, nil, nil
	vm.Xdecref(t)
	vm.Xdecref(v)
	vm.Xdecref(tb)
}

// isOptimized reports whether the frame's code uses fast locals.
func (f *Frame) isOptimized() bool { return f.Code.Flags&compile.CO_OPTIMIZED != 0 }

// callFrame makes the frame of a call of fn with positional args (borrowed) and, for a
// bound method, self before them: its parameters are bound as PyEval_EvalCodeEx binds
// them, the arguments first and then the defaults of the parameters left out. fn's code
// must be simpleCall, and the arguments must fit its parameters and defaults.
func (vm *VM) callFrame(fn *Function, self Object, args []Object) *Frame {
	nf := vm.newFrame(fn.Code, fn.Globals, nil, fn.Builtins)
	dst := nf.Slots
	if self != nil {
		incref(self)
		dst[0] = self
		dst = dst[1:]
	}
	for j, a := range args {
		incref(a)
		dst[j] = a
	}
	if missing := fn.Code.ArgCount - len(args) - boolInt(self != nil); missing > 0 {
		defaults := fn.Defaults[len(fn.Defaults)-missing:]
		for k, d := range defaults {
			incref(d)
			dst[len(args)+k] = d
		}
	}
	return nf
}
