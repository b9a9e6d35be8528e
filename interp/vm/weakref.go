// weakref.go defines weak references (weakref.ref) and the per-object lists of them, with
// CPython 2.7's rules: a plain ref without callback is shared, refs with callbacks are kept
// newest first, and when the referent dies every ref is cleared before any callback runs.
package vm

import (
	"handson/gcsim"
)

// WeakRef is a weakref.ref object.
type WeakRef struct {
	gcsim.Header
	target   Object // not a counted reference; nil once cleared
	callback Object // owned; nil when none
	hash     int64
	hashed   bool
	list     **weakList // the referent's list this ref is in, until cleared
}

func (*WeakRef) Type() *Type { return WeakRefType }

// weakList is the list of weak references to one object, in CPython's order.
type weakList struct {
	refs []*WeakRef
}

// weakListOf returns the address of o's weakref list, or nil when o's type does not accept
// weak references.
func weakListOf(o Object) **weakList {
	switch x := o.(type) {
	case *Instance:
		if x.Class.Flags&FlagWeakrefable != 0 {
			return &x.weakrefs
		}
	case *Function:
		return &x.weakrefs
	case *Type:
		return &x.weakrefs
	case *Set:
		return &x.weakrefs
	case *File:
		return &x.weakrefs
	case *Generator:
		return &x.weakrefs
	case *Method:
		return nil
	case *Module:
		return &x.weakrefs
	case *Frame:
		return &x.weakrefs
	}
	return nil
}

// newWeakRef implements weakref.ref(o, callback).
func (vm *VM) newWeakRef(o, callback Object) (Object, *PyError) {
	lp := weakListOf(o)
	if lp == nil {
		return nil, vm.typeErrorf("cannot create weak reference to '%s' object", o.Type().Name)
	}
	if callback == Object(None) {
		callback = nil
	}
	if *lp == nil {
		*lp = &weakList{}
	}
	if vm.heap != nil {
		if callback != nil {
			vm.heap.NoteWeakrefCallback(o)
		} else {
			vm.heap.NoteWeakrefTarget(o)
		}
	}
	l := *lp
	if callback == nil {
		// The basic ref, shared, always first.
		if len(l.refs) > 0 && l.refs[0].callback == nil {
			return newRef(l.refs[0]), nil
		}
		r := &WeakRef{Header: gcsim.Header{RC: 1}, target: o, list: lp}
		vm.track(r, 32, 0)
		l.refs = append([]*WeakRef{r}, l.refs...)
		return r, nil
	}
	incref(callback)
	r := &WeakRef{Header: gcsim.Header{RC: 1}, target: o, callback: callback, list: lp}
	vm.track(r, 32, 0)
	// After the basic ref if there is one, else at the head: newest callback refs first.
	at := 0
	if len(l.refs) > 0 && l.refs[0].callback == nil {
		at = 1
	}
	l.refs = append(l.refs, nil)
	copy(l.refs[at+1:], l.refs[at:])
	l.refs[at] = r
	return r, nil
}

// removeWeakRef takes r out of its referent's list (the ref itself is dying).
func (r *WeakRef) detach() {
	if r.list == nil || *r.list == nil {
		return
	}
	l := *r.list
	for i, x := range l.refs {
		if x == r {
			l.refs = append(l.refs[:i], l.refs[i+1:]...)
			break
		}
	}
	r.list = nil
	r.target = nil
}

// clearWeakrefs is PyObject_ClearWeakRefs: the referent holding the weak list *lp is
// dying; every weak reference to it is cleared first, then the callbacks of the refs still
// alive are called in list order, each with its ref. Exceptions from callbacks are
// reported as unraisable.
func (vm *VM) clearWeakrefs(lp **weakList) {
	l := *lp
	if l == nil || len(l.refs) == 0 {
		*lp = nil
		return
	}
	refs := l.refs
	*lp = nil
	type pending struct {
		ref      *WeakRef
		callback Object
	}
	var calls []pending
	for _, r := range refs {
		cb := r.callback
		r.callback = nil
		r.target = nil
		r.list = nil
		if cb == nil {
			continue
		}
		if r.RC > 0 {
			incref(r)
			calls = append(calls, pending{r, cb})
		} else {
			vm.Decref(cb)
		}
	}
	for _, c := range calls {
		vm.callWeakrefCallback(c.ref, c.callback)
		vm.Decref(c.callback)
		vm.Decref(c.ref)
	}
}

// callWeakrefCallback calls callback(ref), reporting a failure as unraisable.
func (vm *VM) callWeakrefCallback(ref *WeakRef, callback Object) {
	res, err := vm.Call(callback, []Object{ref}, nil)
	if err != nil {
		vm.WriteUnraisable(err, callback)
		return
	}
	vm.Decref(res)
}

// weakrefCount is weakref.getweakrefcount(o).
func weakrefCount(o Object) int {
	lp := weakListOf(o)
	if lp == nil || *lp == nil {
		return 0
	}
	return len((*lp).refs)
}
