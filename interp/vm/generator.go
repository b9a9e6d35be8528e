// generator.go defines generator objects: a suspended frame resumed by next(), send(),
// throw() and close(), with Python 2.7's rules (close raises GeneratorExit at the yield; a
// generator that yields during close is a RuntimeError; send of a value to a just-started
// generator is a TypeError).
package vm

import (
	"handson/gcsim"
	op "handson/interp/compile"
)

// Generator is a generator object.
type Generator struct {
	gcsim.Header
	Frame    *Frame // nil once finished
	code     *Code  // gi_code, kept after the frame is gone
	Running  bool
	weakrefs *weakList
}

func (*Generator) Type() *Type { return GeneratorType }

// generatorSize is the simulated size of a generator with its frame in PyPy.
const generatorSize = 64

// newGenerator wraps a frame (borrowed; the generator takes a reference).
func (vm *VM) newGenerator(f *Frame) *Generator {
	vm.exposeFrame(f)
	incref(f)
	g := &Generator{Header: gcsim.Header{RC: 1}, Frame: f, code: f.Code}
	f.gen = g
	// In PyPy every generator has a finalizer that closes it (it may sit in a try).
	vm.track(g, generatorSize, allocFinalizer)
	return g
}

// suspended reports whether the generator is paused at a yield (started, not finished,
// not running): only then does closing it run code.
func (g *Generator) suspended() bool {
	return g.Frame != nil && !g.Running && g.Frame.Lasti != -1 && g.Frame.PC >= 0
}

// needsFinalizing is PyGen_NeedsFinalizing: a suspended generator inside a try or with
// block (any block other than a loop) has code to run when closed; the cycle collector
// treats it like an object with __del__.
func (g *Generator) needsFinalizing() bool {
	if !g.suspended() {
		return false
	}
	for _, b := range g.Frame.Blocks {
		if b.Kind != op.SETUP_LOOP {
			return true
		}
	}
	return false
}

// resume runs the generator with value sent in (borrowed, may be nil for next()) or with
// exc thrown in (owned). It returns the yielded value (owned), or nil and no error when the
// generator finished (StopIteration for the caller to raise or not).
func (vm *VM) resume(g *Generator, value Object, exc *PyError) (Object, *PyError) {
	f := g.Frame
	if g.Running {
		if exc != nil {
			exc.release(vm)
		}
		return nil, vm.Raise(ValueErrorType, "generator already executing")
	}
	if f == nil || f.PC < 0 {
		if exc != nil {
			return nil, exc
		}
		return nil, nil
	}
	if f.Lasti == -1 {
		if value != nil && value != Object(None) && exc == nil {
			return nil, vm.typeErrorf("can't send non-None value to a just-started generator")
		}
	} else if exc == nil {
		if value == nil {
			value = None
		}
		incref(value)
		f.Slots[f.SP] = value
		f.SP++
	}
	g.Running = true
	incref(g)
	res, err := vm.eval(f, exc)
	g.Running = false
	if !f.yielded {
		// Finished: drop the frame (its locals die now, as in gen_send_ex).
		g.Frame = nil
		f.gen = nil
		vm.Decref(f)
		if err == nil {
			vm.Decref(res)
			res = nil
		}
	}
	vm.Decref(g)
	return res, err
}

// genNext is next(g): StopIteration when finished.
func (vm *VM) genNext(g *Generator) (Object, *PyError) {
	res, err := vm.resume(g, nil, nil)
	if err == nil && res == nil {
		return nil, vm.RaiseArgs(StopIterationType)
	}
	return res, err
}

// genClose is g.close(): GeneratorExit is thrown in; the generator must not yield again.
func (vm *VM) genClose(g *Generator) (Object, *PyError) {
	if g.Frame == nil || g.Frame.Lasti == -1 {
		// Never started or finished: nothing runs; the frame is dropped.
		if g.Frame != nil {
			f := g.Frame
			g.Frame = nil
			f.gen = nil
			f.PC = -1
			vm.Decref(f)
		}
		return noneRef(), nil
	}
	exc := vm.RaiseArgs(GeneratorExitType)
	res, err := vm.resume(g, nil, exc)
	if err == nil && res != nil {
		vm.Decref(res)
		return nil, vm.Raise(RuntimeErrorType, "generator ignored GeneratorExit")
	}
	if err != nil {
		if err.Matches(GeneratorExitType) || err.Matches(StopIterationType) {
			err.release(vm)
			return noneRef(), nil
		}
		return nil, err
	}
	return noneRef(), nil
}
