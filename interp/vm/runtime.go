// runtime.go is the VM's side of the collectors' interfaces (gcsim.CycleRuntime and
// gcsim.GenRuntime): roots, references, clearing, weakref handling, and running what a
// generational collection asks for (finalizers and weakref callbacks) at a safe point.
package vm

import (
	"handson/gcsim"
)

// gcRuntime adapts the VM to gcsim's interfaces; it is a distinct type so the VM's own
// method set stays about Python.
type gcRuntime struct{ vm *VM }

func asObject(o gcsim.Object) Object { return o.(Object) }

// Traverse lists the references of o. traverse takes a func(Object); wrapping visit in a
// new closure at every call would allocate once per object visited, so the VM keeps one
// adapter (gcVisitAdapter) that calls whichever visit is current (saved and restored, in
// case a visit traverses in turn).
func (r gcRuntime) Traverse(o gcsim.Object, visit func(gcsim.Object)) {
	vm := r.vm
	saved := vm.gcVisit
	vm.gcVisit = visit
	traverse(asObject(o), vm.gcVisitAdapter)
	vm.gcVisit = saved
}

// UntrackScanned is _PyTuple_MaybeUntrack: a tuple none of whose items may be tracked
// stops being tracked when a collection finds it reachable.
func (r gcRuntime) UntrackScanned(o gcsim.Object) bool {
	t, ok := o.(*Tuple)
	if !ok {
		return false
	}
	for _, it := range t.Items {
		if it == nil || r.vm.mayBeTracked(it) {
			return false
		}
	}
	return true
}

// UntrackSurvivor is _PyDict_MaybeUntrack, which a full collection runs on its survivors: a
// dict none of whose keys and values may be tracked stops being tracked.
func (r gcRuntime) UntrackSurvivor(o gcsim.Object) bool {
	d, ok := o.(*Dict)
	if !ok {
		return false
	}
	for i := range d.table {
		e := &d.table[i]
		if e.value != nil && (r.vm.mayBeTracked(e.value) || r.vm.mayBeTracked(e.key)) {
			return false
		}
	}
	return true
}

// HasLegacyFinalizer is has_finalizer of CPython 2.7's gcmodule.
func (r gcRuntime) HasLegacyFinalizer(o gcsim.Object) bool {
	switch x := o.(type) {
	case *Instance:
		return x.Class != nil && x.Class.Flags&FlagHasDel != 0
	case *Generator:
		return x.needsFinalizing()
	}
	return false
}

// Clear is tp_clear.
func (r gcRuntime) Clear(o gcsim.Object) { r.vm.clearRefs(asObject(o)) }

// Incref takes a reference.
func (r gcRuntime) Incref(o gcsim.Object) { o.GCHeader().RC++ }

// Decref drops a reference.
func (r gcRuntime) Decref(o gcsim.Object) { r.vm.Decref(asObject(o)) }

// Garbage appends o to gc.garbage.
func (r gcRuntime) Garbage(o gcsim.Object) { r.vm.garbage.Append(r.vm, asObject(o)) }

// HandleWeakrefs is handle_weakrefs: every weakref to an unreachable object is cleared;
// then the callbacks of those weakrefs that are themselves reachable run.
func (r gcRuntime) HandleWeakrefs(unreachable []gcsim.Object, isUnreachable func(gcsim.Object) bool) int {
	vm := r.vm
	type call struct {
		ref *WeakRef
		cb  Object
	}
	var calls []call
	for _, u := range unreachable {
		o := asObject(u)
		lp := weakListOf(o)
		if lp == nil || *lp == nil {
			continue
		}
		refs := (*lp).refs
		*lp = nil
		for _, w := range refs {
			w.target = nil
			w.list = nil
			cb := w.callback
			if cb == nil {
				continue
			}
			if isUnreachable(w) {
				// The weakref dies with the cycle: its callback never runs.
				continue
			}
			w.callback = nil
			incref(w)
			calls = append(calls, call{w, cb})
		}
	}
	freed := 0
	for _, c := range calls {
		vm.callWeakrefCallback(c.ref, c.cb)
		vm.Decref(c.cb)
		if c.ref.RC == 1 {
			freed++
		}
		vm.Decref(c.ref)
	}
	return freed
}

// Roots lists the generational collector's roots: every frame on the stack (their locals
// and value stacks), the modules, the exception being handled, the finalizer queue, and
// the JIT's live values.
func (r gcRuntime) Roots(visit func(gcsim.Object)) {
	vm := r.vm
	v := func(o Object) {
		if o != nil {
			visit(o)
		}
	}
	for f := vm.frame; f != nil; f = f.Back {
		traverseFrame(f, v)
	}
	v(vm.modules)
	v(vm.builtins)
	v(vm.excType)
	v(vm.excValue)
	v(vm.excTB)
	v(vm.garbage)
	for _, f := range vm.openFiles() {
		_ = f // open files are not roots: an unreachable open file is finalized (closed)
	}
	for _, o := range vm.pendingActions {
		v(asObject(o.Obj))
	}
	for _, o := range vm.extraRoots {
		v(o)
	}
}

// collectDue runs the collection a safe point found due.
func (vm *VM) collectDue() {
	if vm.refcounting {
		if vm.cycles.Due() {
			vm.cycles.CollectDue()
			vm.cycleCollections++
		}
		return
	}
	if vm.holding > 0 {
		if vm.deferredFull || vm.heap.Due() {
			vm.deferredCollect = true
		}
		return
	}
	if vm.deferredFull {
		vm.deferredFull = false
		vm.applyOutcome(vm.heap.FullCollect())
		return
	}
	if vm.heap.Due() {
		vm.applyOutcome(vm.heap.CollectDue())
	}
}

// applyOutcome clears weakrefs of dead objects and queues the finalizers and callbacks a
// generational collection asked for; they run at once (we are at a safe point).
func (vm *VM) applyOutcome(out gcsim.Outcome) {
	for _, c := range out.Cleared {
		o := asObject(c)
		if lp := weakListOf(o); lp != nil && *lp != nil {
			for _, w := range (*lp).refs {
				w.target = nil
			}
			vm.deadWeakrefs[c.GCHeader()] = (*lp).refs
			*lp = nil
		}
	}
	vm.pendingActions = append(vm.pendingActions, out.Actions...)
	if len(vm.pendingActions) > 0 {
		vm.runFinalizers()
	}
}

// runFinalizers performs the queued actions of generational collections: finalizers
// (__del__, closing a file, closing a generator) and weakref callbacks, in order.
func (vm *VM) runFinalizers() {
	if vm.inFinalizer > 0 {
		return
	}
	vm.inFinalizer++
	defer func() { vm.inFinalizer-- }()
	for len(vm.pendingActions) > 0 {
		a := vm.pendingActions[0]
		vm.pendingActions = vm.pendingActions[1:]
		o := asObject(a.Obj)
		switch a.Kind {
		case gcsim.RunFinalizer:
			vm.finalize(o)
		case gcsim.RunWeakrefCallbacks:
			h := a.Obj.GCHeader()
			refs := vm.deadWeakrefs[h]
			delete(vm.deadWeakrefs, h)
			for _, w := range refs {
				if w.callback == nil || w.GCHeader().Dead() {
					continue
				}
				cb := w.callback
				w.callback = nil
				incref(w)
				vm.callWeakrefCallback(w, cb)
				vm.Decref(cb)
				vm.Decref(w)
			}
		}
	}
}

// finalize runs one object's finalizer on behalf of the generational collector.
func (vm *VM) finalize(o Object) {
	switch x := o.(type) {
	case *Instance:
		if x.finalized {
			return
		}
		x.finalized = true
		incref(x)
		vm.callDel(x)
		vm.Decref(x)
	case *File:
		vm.closeFileByCollector(x)
	case *Generator:
		incref(x)
		vm.finalizeGenerator(x)
		vm.Decref(x)
	}
}
