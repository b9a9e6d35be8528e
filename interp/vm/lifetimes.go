// lifetimes.go is where objects die. In CPython mode (refcounting) an object is
// deallocated the moment its count reaches zero: deallocate runs its finalizer (__del__,
// closing a file, closing a generator), clears its weak references and drops the references
// it holds, in the order CPython 2.7's tp_dealloc functions use. In PyPy mode the
// generational collector decides: the VM registers allocations with it, gives it the roots
// and the references of each object, and runs the finalizers it asks for at the next safe
// point. Both collectors are in gcsim; this file is the VM's side of their contract.
package vm

import (
	"fmt"

	"handson/gcsim"
)

// allocFlags describe an allocation to the collectors.
type allocFlags uint8

const (
	allocFinalizer allocFlags = 1 << iota // the object has a finalizer (__del__, file, generator)
	// allocImmutable: every reference the object holds is set before track and never
	// changes (a tuple, a bound method, a slice), so the generational collector's minor
	// collections need not scan it once it is old.
	allocImmutable
)

// track registers a new container object with the collector of the mode: the cycle
// collector in CPython mode, the generational heap (with its simulated size) in PyPy mode.
func (vm *VM) track(o Object, size int, flags allocFlags) {
	if vm.refcounting {
		if vm.cycles.Track(o) {
			vm.setPending(pendingCollect)
		}
		return
	}
	var gf gcsim.AllocFlags
	if flags&allocFinalizer != 0 {
		gf |= gcsim.FlagFinalizer
	}
	if flags&allocImmutable != 0 {
		gf |= gcsim.FlagImmutable
	}
	if vm.heap.Alloc(o, size, gf) {
		vm.setPending(pendingCollect)
	}
}

// untrack removes a dying object from the cycle collector (CPython mode).
func (vm *VM) untrack(o Object) {
	if vm.refcounting {
		vm.cycles.Freed(o)
	}
}

// allocLeaf accounts an allocation of an immutable leaf (int, float, str) in PyPy mode,
// where its bytes fill the nursery like any other allocation.
func (vm *VM) allocLeaf(size int) {
	if !vm.heap.TakeRoom(size) {
		vm.allocLeafSlow(size)
	}
}

// allocLeafSlow is allocLeaf when the nursery's room is used up or a collection is due.
func (vm *VM) allocLeafSlow(size int) {
	if vm.heap.AllocBytes(size) {
		vm.setPending(pendingCollect)
	}
}

// deallocate is called when o's reference count reaches zero.
func (vm *VM) deallocate(o Object) {
	// Ints and floats go back to their free lists in both modes: nothing refers to them
	// any more (counts are exact, never too low), and their death is not observable.
	switch x := o.(type) {
	case *Int:
		if len(vm.intFree) < freeListMax {
			vm.intFree = append(vm.intFree, x)
		}
		return
	case *Float:
		if len(vm.floatFree) < freeListMax {
			vm.floatFree = append(vm.floatFree, x)
		}
		return
	}
	if headerOf(o).RC < 0 {
		panic(fmt.Sprintf("BUG: negative reference count on %s object", o.Type().Name))
	}
	if !vm.refcounting {
		// PyPy mode: the generational collector decides when objects die. Frames are
		// recycled as soon as nothing refers to them (they are never finalizable).
		if f, ok := o.(*Frame); ok {
			vm.releaseFrame(f)
		}
		return
	}
	switch x := o.(type) {
	case *Str, *Long, *Unicode, *Complex, *NoneObject, *Code, *dummyObject:
		return
	case *Instance:
		vm.deallocInstance(x)
	case *Dict:
		vm.freeDict(x)
	case *Method:
		vm.freeMethod(x)
	case *Frame:
		vm.releaseFrame(x)
	case *Generator:
		vm.deallocGenerator(x)
	case *File:
		vm.untrack(x)
		if x.weakrefs != nil {
			vm.clearWeakrefs(&x.weakrefs)
		}
		if x.RC > 0 {
			return
		}
		vm.closeFileByCollector(x)
	default:
		vm.untrack(o)
		if lp := weakListOf(o); lp != nil && *lp != nil {
			vm.clearWeakrefs(lp)
			if o.GCHeader().RC > 0 {
				return // resurrected by a callback
			}
		}
		vm.clearRefs(o)
	}
}

// deallocInstance is subtype_dealloc: weak references are cleared (their callbacks run),
// then __del__ runs with the object briefly alive again; if __del__ stored a new reference
// the object lives on; otherwise its dict and native part are released.
func (vm *VM) deallocInstance(x *Instance) {
	if x.weakrefs != nil {
		x.RC = 1
		vm.clearWeakrefs(&x.weakrefs)
		x.RC--
		if x.RC > 0 {
			return
		}
	}
	if x.Class.Flags&FlagHasDel != 0 && !x.finalized {
		x.RC = 1
		vm.callDel(x)
		x.RC--
		if x.RC > 0 {
			return // resurrected
		}
	}
	vm.untrack(x)
	vm.clearRefs(x)
	cls := x.Class
	x.Class = nil
	vm.Decref(cls)
}

// callDel runs x.__del__(), reporting an exception as CPython does ("Exception ...
// ignored") and keeping the exception being handled intact.
func (vm *VM) callDel(x *Instance) {
	del := x.Class.Lookup(sDel)
	if del == nil {
		return
	}
	bound, err := vm.bindDescriptor(del, x, x.Class)
	if err != nil {
		vm.WriteUnraisable(err, nil)
		return
	}
	res, err := vm.Call(bound, nil, nil)
	if err != nil {
		vm.WriteUnraisable(err, bound)
	} else {
		vm.Decref(res)
	}
	vm.Decref(bound)
}

// deallocGenerator is gen_dealloc: a suspended generator is closed first (GeneratorExit
// raised at its yield, so its finally clauses run).
func (vm *VM) deallocGenerator(g *Generator) {
	if g.weakrefs != nil {
		g.RC = 1
		vm.clearWeakrefs(&g.weakrefs)
		g.RC--
		if g.RC > 0 {
			return
		}
	}
	if g.suspended() {
		g.RC = 1
		vm.finalizeGenerator(g)
		g.RC--
		if g.RC > 0 {
			return
		}
	}
	vm.untrack(g)
	vm.clearRefs(g)
}

// finalizeGenerator closes a suspended generator on behalf of a collector, reporting a
// failure as unraisable.
func (vm *VM) finalizeGenerator(g *Generator) {
	if !g.suspended() {
		return
	}
	res, err := vm.genClose(g)
	if err != nil {
		vm.WriteUnraisable(err, g)
		return
	}
	vm.Decref(res)
}

// clearRefs drops every reference o holds, in the order of CPython's dealloc/clear
// functions. It is also the cycle collector's tp_clear.
func (vm *VM) clearRefs(o Object) {
	switch x := o.(type) {
	case *List:
		items := x.Items
		x.Items = nil
		x.rng = nil
		for i := len(items) - 1; i >= 0; i-- {
			if items[i] != nil {
				vm.Decref(items[i])
			}
		}
	case *Tuple:
		items := x.Items
		x.Items = nil
		for i := len(items) - 1; i >= 0; i-- {
			if items[i] != nil {
				vm.Decref(items[i])
			}
		}
	case *Dict:
		x.Clear(vm)
	case *Set:
		x.clearAll(vm)
	case *Instance:
		// subtype_dealloc's order: the slots, then the dict, then the builtin part.
		if x.slots != nil {
			vm.clearSlots(x)
		}
		if x.Dict != nil {
			d := x.Dict
			x.Dict = nil
			vm.Decref(d)
		}
		if x.Native != nil {
			n := x.Native
			x.Native = nil
			vm.Decref(n)
		}
		if x.Args != nil {
			a := x.Args
			x.Args = nil
			vm.Decref(a)
		}
	case *Function:
		// func_dealloc order: code, globals, module, name, defaults, doc, dict, closure.
		// A function the cycle collector cleared is cleared again when it dies.
		if g := x.Globals; g != nil {
			x.Globals = nil
			vm.Decref(g)
		}
		if x.Builtins != nil {
			b := x.Builtins
			x.Builtins = nil
			vm.Decref(b)
		}
		vm.Xdecref(x.Module)
		vm.Xdecref(x.Name)
		defaults := x.Defaults
		x.Defaults = nil
		for i := len(defaults) - 1; i >= 0; i-- {
			vm.Decref(defaults[i])
		}
		vm.Xdecref(x.Doc)
		if x.Dict != nil {
			vm.Decref(x.Dict)
		}
		closure := x.Closure
		x.Closure = nil
		for i := len(closure) - 1; i >= 0; i-- {
			vm.Decref(closure[i])
		}
		x.Module, x.Name, x.Doc, x.Dict = nil, nil, nil, nil
	case *Method:
		f, s, c := x.Func, x.Self, x.Class
		x.Func, x.Self, x.Class = nil, nil, nil
		vm.Xdecref(f)
		vm.Xdecref(s)
		vm.Xdecref(c)
	case *Cell:
		v := x.V
		x.V = nil
		vm.Xdecref(v)
	case *Generator:
		if fr := x.Frame; fr != nil {
			x.Frame = nil
			vm.Decref(fr)
		}
	case *Traceback:
		next, fr := x.Next, x.Frame
		x.Next, x.Frame = nil, nil
		if next != nil {
			vm.Decref(next)
		}
		if fr != nil {
			vm.Decref(fr)
		}
	case *Builtin:
		if x.Self != nil {
			s := x.Self
			x.Self = nil
			vm.Decref(s)
		}
	case *StaticMethod:
		vm.Xdecref(x.Func)
		x.Func = nil
	case *ClassMethod:
		vm.Xdecref(x.Func)
		x.Func = nil
	case *Property:
		g, s, d, doc := x.Get, x.Set, x.Del, x.Doc
		x.Get, x.Set, x.Del, x.Doc = nil, nil, nil, nil
		vm.Xdecref(g)
		vm.Xdecref(s)
		vm.Xdecref(d)
		vm.Xdecref(doc)
	case *Module:
		if x.Dict != nil {
			vm.clearModuleDict(x.Dict)
			d := x.Dict
			x.Dict = nil
			vm.Decref(d)
		}
	case *Type:
		if x.Flags&FlagHeap != 0 {
			vm.clearHeapType(x)
		}
	case *WeakRef:
		x.detach()
		if cb := x.callback; cb != nil {
			x.callback = nil
			vm.Decref(cb)
		}
	case *Frame:
		vm.releaseFrame(x)
	case refHolder:
		x.clearRefs(vm)
	}
}

// refHolder is implemented by the smaller object kinds (iterators, slices, ...) that hold
// references: they release them in clearRefs and list them in traverse.
type refHolder interface {
	clearRefs(vm *VM)
	traverse(visit func(Object))
}

// traverse calls visit for every reference o holds (tp_traverse).
func traverse(o Object, visit func(Object)) {
	switch x := o.(type) {
	case *List:
		for _, it := range x.Items {
			if it != nil {
				visit(it)
			}
		}
	case *Tuple:
		for _, it := range x.Items {
			if it != nil {
				visit(it)
			}
		}
	case *Dict:
		for i := range x.table {
			if x.table[i].value != nil {
				visit(x.table[i].key)
				visit(x.table[i].value)
			}
		}
	case *Set:
		for i := range x.table {
			if k := x.table[i].key; k != nil && k != dummyKey {
				visit(k)
			}
		}
	case *Instance:
		// subtype_traverse's order: the slots, the dict a class added, the class, then
		// the builtin part (an exception's dict is BaseException's, after the class).
		if x.slots != nil {
			traverseSlots(x, visit)
		}
		classDict := x.Dict != nil && x.Args == nil
		if classDict {
			visit(x.Dict)
		}
		visit(x.Class)
		if x.Dict != nil && !classDict {
			visit(x.Dict)
		}
		if x.Native != nil {
			visit(x.Native)
		}
		if x.Args != nil {
			visit(x.Args)
		}
	case *Function:
		if x.Globals != nil {
			visit(x.Globals)
		}
		for _, d := range x.Defaults {
			visit(d)
		}
		for _, c := range x.Closure {
			visit(c)
		}
		if x.Dict != nil {
			visit(x.Dict)
		}
		if x.Module != nil {
			visit(x.Module)
		}
	case *Method:
		if x.Func != nil {
			visit(x.Func)
		}
		if x.Self != nil {
			visit(x.Self)
		}
		if x.Class != nil {
			visit(x.Class)
		}
	case *Cell:
		if x.V != nil {
			visit(x.V)
		}
	case *Generator:
		if x.Frame != nil {
			visit(x.Frame)
		}
	case *Frame:
		traverseFrame(x, visit)
	case *Traceback:
		if x.Next != nil {
			visit(x.Next)
		}
		if x.Frame != nil {
			visit(x.Frame)
		}
	case *Builtin:
		if x.Self != nil {
			visit(x.Self)
		}
	case *StaticMethod:
		if x.Func != nil {
			visit(x.Func)
		}
	case *ClassMethod:
		if x.Func != nil {
			visit(x.Func)
		}
	case *Property:
		for _, p := range []Object{x.Get, x.Set, x.Del, x.Doc} {
			if p != nil {
				visit(p)
			}
		}
	case *Module:
		if x.Dict != nil {
			visit(x.Dict)
		}
	case *Type:
		if x.Flags&FlagHeap != 0 {
			visit(x.Dict)
			for _, b := range x.Bases {
				visit(b)
			}
		}
	case *WeakRef:
		if x.callback != nil {
			visit(x.callback)
		}
	case refHolder:
		x.traverse(visit)
	}
}

// traverseFrame visits what a frame refers to: its namespaces, its live slots and the
// frame that called it.
func traverseFrame(f *Frame, visit func(Object)) {
	if f.Globals != nil {
		visit(f.Globals)
	}
	if f.Locals != nil {
		visit(f.Locals)
	}
	for i := 0; i < f.SP && i < len(f.Slots); i++ {
		if o := f.Slots[i]; o != nil {
			visit(o)
		}
	}
	if f.Back != nil {
		visit(f.Back)
	}
	for _, o := range []Object{f.excType, f.excValue, f.excTBk} {
		if o != nil {
			visit(o)
		}
	}
}

// WriteUnraisable reports an exception that cannot propagate (raised by __del__, a weakref
// callback, a generator being closed by the collector) the way PyErr_WriteUnraisable does:
// `Exception NAME: VALUE in OBJ ignored` on sys.stderr.
func (vm *VM) WriteUnraisable(e *PyError, where Object) {
	defer e.release(vm)
	var b []byte
	b = append(b, "Exception "...)
	t := e.Value.Type()
	mod := t.ModuleName()
	if mod != "exceptions" && mod != "__builtin__" && mod != "" {
		b = append(b, mod...)
		b = append(b, '.')
	}
	b = append(b, t.Name...)
	if v := unraisableValue(e); v != nil {
		r, err := vm.ReprString(v)
		if err != nil {
			err.release(vm)
			r = "<unprintable>"
		}
		b = append(b, ": "...)
		b = append(b, r...)
	}
	b = append(b, " in "...)
	if where != nil {
		r, err := vm.ReprString(where)
		if err != nil {
			err.release(vm)
			r = "<unprintable>"
		}
		b = append(b, r...)
	}
	b = append(b, " ignored\n"...)
	vm.writeStderr(string(b))
}

// unraisableValue is what CPython prints as the value of an unraisable exception: for an
// exception raised from C with a message, the message itself (it was never normalised);
// for a Python-raised instance, the instance.
func unraisableValue(e *PyError) Object {
	inst, ok := e.Value.(*Instance)
	if !ok {
		return e.Value
	}
	if e.fromGo {
		if inst.Args == nil || len(inst.Args.Items) == 0 {
			return nil
		}
		if len(inst.Args.Items) == 1 {
			return inst.Args.Items[0]
		}
		return inst.Args
	}
	return e.Value
}
