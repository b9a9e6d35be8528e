// iter.go implements iteration: iter() and next() over the builtin containers (with their
// own iterator types, as CPython has), generators, the old __getitem__ protocol, iter(f,
// sentinel), xrange, and user iterators with Python 2's next() method.
package vm

import (
	"handson/gcsim"
)

// seqIter iterates a list, tuple, str or unicode by index, or any object through
// __getitem__ (the old protocol). It sees changes to a list made while iterating, as
// CPython's listiterator does.
type seqIter struct {
	gcsim.Header
	typ *Type
	seq Object // nil when exhausted
	i   int
}

func (it *seqIter) Type() *Type { return it.typ }

func (it *seqIter) clearRefs(vm *VM) {
	if s := it.seq; s != nil {
		it.seq = nil
		vm.Decref(s)
	}
}

func (it *seqIter) traverse(visit func(Object)) {
	if it.seq != nil {
		visit(it.seq)
	}
}

func (vm *VM) newSeqIter(t *Type, seq Object) *seqIter {
	incref(seq)
	it := &seqIter{Header: gcsim.Header{RC: 1}, typ: t, seq: seq}
	vm.track(it, 32, 0)
	return it
}

// dictIter iterates a dict's keys, values or items.
type dictIter struct {
	gcsim.Header
	typ  *Type
	d    *Dict
	pos  int
	used int
	kind dictIterKind
	left int
}

// dictIterKind says what a dict iterator yields: keys, values or (key, value) items.
type dictIterKind uint8

const (
	dictKeys dictIterKind = iota
	dictValues
	dictItems
)

func (it *dictIter) Type() *Type { return it.typ }

func (it *dictIter) clearRefs(vm *VM) {
	if d := it.d; d != nil {
		it.d = nil
		vm.Decref(d)
	}
}

func (it *dictIter) traverse(visit func(Object)) {
	if it.d != nil {
		visit(it.d)
	}
}

func (vm *VM) newDictIter(d *Dict, kind dictIterKind) *dictIter {
	incref(d)
	t := [3]*Type{DictKeyIterType, DictValueIterType, DictItemIterType}[kind]
	it := &dictIter{Header: gcsim.Header{RC: 1}, typ: t, d: d, used: d.used, kind: kind, left: d.used}
	vm.track(it, 40, 0)
	return it
}

// setIter iterates a set or frozenset.
type setIter struct {
	gcsim.Header
	set  Object
	st   *setTable
	pos  int
	used int
}

func (*setIter) Type() *Type { return SetIterType }

func (it *setIter) clearRefs(vm *VM) {
	if s := it.set; s != nil {
		it.set = nil
		vm.Decref(s)
	}
}

func (it *setIter) traverse(visit func(Object)) {
	if it.set != nil {
		visit(it.set)
	}
}

// callIter is iter(callable, sentinel).
type callIter struct {
	gcsim.Header
	fn, sentinel Object
}

func (*callIter) Type() *Type { return CallIterType }

func (it *callIter) clearRefs(vm *VM) {
	f, s := it.fn, it.sentinel
	it.fn, it.sentinel = nil, nil
	vm.Xdecref(f)
	vm.Xdecref(s)
}

func (it *callIter) traverse(visit func(Object)) {
	if it.fn != nil {
		visit(it.fn)
		visit(it.sentinel)
	}
}

// XRange is an xrange object.
type XRange struct {
	gcsim.Header
	start, step int64
	n           int64
}

func (*XRange) Type() *Type { return XRangeType }

// rangeIter iterates an xrange.
type rangeIter struct {
	gcsim.Header
	next, step int64
	left       int64
}

func (*rangeIter) Type() *Type { return RangeIterType }

// GetIter is iter(o); the result is owned.
func (vm *VM) GetIter(o Object) (Object, *PyError) {
	switch x := o.(type) {
	case *List:
		return vm.newSeqIter(ListIterType, x), nil
	case *Tuple:
		return vm.newSeqIter(TupleIterType, x), nil
	case *Dict:
		return vm.newDictIter(x, dictKeys), nil
	case *Str, *Unicode:
		return vm.newSeqIter(SeqIterType, x), nil
	case *Generator:
		return newRef(x), nil
	case *Set:
		return vm.newSetIter(x, &x.setTable), nil
	case *FrozenSet:
		return vm.newSetIter(x, &x.setTable), nil
	case *XRange:
		it := &rangeIter{Header: gcsim.Header{RC: 1}, next: x.start, step: x.step, left: x.n}
		return it, nil
	case *seqIter, *dictIter, *setIter, *callIter, *rangeIter, *enumerateObj, *reversedObj:
		return newRef(o), nil
	}
	if inst, ok := o.(*Instance); ok && inst.Class.Flags&FlagClassic != 0 {
		return vm.classicGetIter(inst)
	}
	t := o.Type()
	if m := t.Lookup(sIter); m != nil {
		if _, isBuiltin := m.(*MethodDescr); !isBuiltin || t.Flags&FlagHeap == 0 {
			it, err := vm.callBound(m, o, t)
			if err != nil {
				return nil, err
			}
			if !vm.isIterator(it) {
				name := it.Type().Name
				vm.Decref(it)
				return nil, vm.typeErrorf("iter() returned non-iterator of type '%s'", name)
			}
			return it, nil
		}
	}
	if inst, ok := o.(*Instance); ok && inst.Native != nil {
		// A subclass of a builtin type iterates as its base does when it inherits the
		// base's __iter__ (a list subclass overriding only __getitem__ still iterates its
		// items, as list's tp_iter does), or, for a base without __iter__ (str), when it
		// does not override __getitem__.
		_, inheritedIter := t.Lookup(sIter).(*MethodDescr)
		if _, ok := t.Lookup(sGetitem).(*MethodDescr); ok || inheritedIter || t.Lookup(sGetitem) == nil {
			return vm.GetIter(inst.Native)
		}
	}
	if t.Lookup(sGetitem) != nil {
		return vm.newSeqIter(SeqIterType, o), nil
	}
	return nil, vm.typeErrorf("'%s' object is not iterable", cTypeName(t))
}

// probeLength runs what _PyObject_LengthHint runs that a program can see, for the
// functions that size their result from it (list(), tuple(), list.extend, sorted, map,
// filter, zip): a class's __len__, then its __length_hint__. A TypeError or
// AttributeError from either is ignored, as is the value; any other error is returned.
// Builtin objects run no code, so they are skipped.
func (vm *VM) probeLength(o Object) *PyError {
	inst, ok := o.(*Instance)
	if !ok {
		return nil
	}
	ignorable := func(err *PyError) *PyError {
		if err.Matches(TypeErrorType) || err.Matches(AttributeErrorType) {
			err.release(vm)
			return nil
		}
		return err
	}
	t := inst.Class
	if t.Flags&FlagClassic != 0 || t.Lookup(sLen) != nil {
		if _, err := vm.Len(o); err != nil {
			if err = ignorable(err); err != nil {
				return err
			}
		} else {
			return nil
		}
	}
	if t.Flags&FlagClassic != 0 {
		return nil
	}
	m := t.Lookup(vm.Intern("__length_hint__"))
	if m == nil {
		return nil
	}
	r, err := vm.callBound(m, o, t)
	if err != nil {
		return ignorable(err)
	}
	_, err = vm.intAsLong(r, "Python int too large to convert to C long")
	vm.Decref(r)
	return err
}

// iterateProbed is what list(x) and its relatives do: the iterator of x, then x's length
// hint (probeLength), then the items.
func (vm *VM) iterateProbed(x Object) ([]Object, *PyError) {
	it, err := vm.GetIter(x)
	if err != nil {
		return nil, err
	}
	defer vm.Decref(it)
	if err := vm.probeLength(x); err != nil {
		return nil, err
	}
	return vm.iterateAll(it)
}

// classicGetIter is instance_getiter: the instance's __iter__ attribute (whose result
// must be an iterator), or, without one, a sequence iterator when it has __getitem__.
func (vm *VM) classicGetIter(inst *Instance) (Object, *PyError) {
	m, err := vm.classicMethod(inst, sIter)
	if err != nil {
		return nil, err
	}
	if m != nil {
		it, err := vm.Call(m, nil, nil)
		vm.Decref(m)
		if err != nil {
			return nil, err
		}
		if !vm.isIterator(it) {
			name := it.Type().Name
			vm.Decref(it)
			return nil, vm.typeErrorf("__iter__ returned non-iterator of type '%s'", name)
		}
		return it, nil
	}
	getitem, err := vm.classicMethod(inst, sGetitem)
	if err != nil {
		return nil, err
	}
	if getitem == nil {
		return nil, vm.typeErrorf("iteration over non-sequence")
	}
	vm.Decref(getitem)
	return vm.newSeqIter(SeqIterType, inst), nil
}

// isIterator reports whether o has a next method (PyIter_Check). Every classic instance
// has one (instance_iternext asks for the attribute when called).
func (vm *VM) isIterator(o Object) bool {
	switch o.(type) {
	case *seqIter, *dictIter, *setIter, *callIter, *rangeIter, *Generator, *enumerateObj, *reversedObj:
		return true
	}
	return isClassicInstance(o) || o.Type().Lookup(sNext) != nil
}

// isIterable reports whether iter(o) could work.
func (vm *VM) isIterable(o Object) bool {
	switch o.(type) {
	case *List, *Tuple, *Dict, *Str, *Unicode, *Set, *FrozenSet, *Generator, *XRange:
		return true
	}
	t := o.Type()
	return t.Lookup(sIter) != nil || t.Lookup(sGetitem) != nil
}

func (vm *VM) newSetIter(s Object, st *setTable) *setIter {
	incref(s)
	it := &setIter{Header: gcsim.Header{RC: 1}, set: s, st: st, used: st.used}
	vm.track(it, 32, 0)
	return it
}

// Next advances an iterator: the next item (owned), or nil and no error when exhausted.
func (vm *VM) Next(it Object) (Object, *PyError) {
	switch x := it.(type) {
	case *seqIter:
		return vm.seqIterNext(x)
	case *Generator:
		// A StopIteration raised in the body leaves gen.next() as it is; whoever asks
		// for the next item takes it as the end, as for any iterator's next method.
		r, err := vm.resume(x, nil, nil)
		if err != nil && err.Matches(StopIterationType) {
			err.release(vm)
			return nil, nil
		}
		return r, err
	case *enumerateObj:
		return vm.enumerateNext(x)
	case *reversedObj:
		return vm.reversedNext(x)
	case *dictIter:
		return vm.dictIterNext(x)
	case *rangeIter:
		if x.left <= 0 {
			return nil, nil
		}
		v := x.next
		x.next += x.step
		x.left--
		return vm.NewInt(v), nil
	case *setIter:
		if x.st == nil {
			return nil, nil
		}
		if x.st.used != x.used {
			x.used = -1
			return nil, vm.Raise(RuntimeErrorType, "Set changed size during iteration")
		}
		for x.pos < len(x.st.table) {
			e := x.st.table[x.pos]
			x.pos++
			if e.key != nil && e.key != dummyKey {
				return newRef(e.key), nil
			}
		}
		x.st = nil
		return nil, nil
	case *callIter:
		if x.fn == nil {
			return nil, nil
		}
		r, err := vm.Call(x.fn, nil, nil)
		if err != nil {
			if err.Matches(StopIterationType) {
				err.release(vm)
				x.clearRefs(vm)
				return nil, nil
			}
			return nil, err
		}
		eq, err := vm.EqualBool(r, x.sentinel)
		if err != nil {
			vm.Decref(r)
			return nil, err
		}
		if eq {
			vm.Decref(r)
			x.clearRefs(vm)
			return nil, nil
		}
		return r, nil
	}
	t := it.Type()
	if isClassicInstance(it) {
		// instance_iternext: the next attribute, StopIteration ending the iteration.
		m, err := vm.classicMethod(it.(*Instance), sNext)
		if err != nil {
			return nil, err
		}
		if m == nil {
			return nil, vm.typeErrorf("instance has no next() method")
		}
		r, err := vm.Call(m, nil, nil)
		vm.Decref(m)
		if err != nil && err.Matches(StopIterationType) {
			err.release(vm)
			return nil, nil
		}
		return r, err
	}
	m := t.Lookup(sNext)
	if m == nil {
		return nil, vm.typeErrorf("%s object is not an iterator", t.Name)
	}
	r, err := vm.callBound(m, it, t)
	if err != nil {
		if err.Matches(StopIterationType) {
			err.release(vm)
			return nil, nil
		}
		return nil, err
	}
	return r, nil
}

func (vm *VM) seqIterNext(x *seqIter) (Object, *PyError) {
	if x.seq == nil {
		return nil, nil
	}
	switch s := x.seq.(type) {
	case *List:
		if x.i < s.Len() {
			v := s.item(vm, x.i)
			x.i++
			return v, nil
		}
	case *Tuple:
		if x.i < len(s.Items) {
			v := s.Items[x.i]
			x.i++
			return newRef(v), nil
		}
	case *Str:
		if x.i < len(s.S) {
			c := charStrs[s.S[x.i]]
			x.i++
			if vm.heap != nil {
				vm.allocLeaf(24)
			}
			return newRef(c), nil
		}
	case *Unicode:
		if x.i < len(s.R) {
			r := s.R[x.i]
			x.i++
			return vm.NewUnicode([]rune{r}), nil
		}
	default:
		idx := vm.NewInt(int64(x.i))
		v, err := vm.GetItem(s, idx)
		vm.Decref(idx)
		if err != nil {
			if err.Matches(IndexErrorType) || err.Matches(StopIterationType) {
				err.release(vm)
				x.clearRefs(vm)
				return nil, nil
			}
			return nil, err
		}
		x.i++
		return v, nil
	}
	x.clearRefs(vm)
	return nil, nil
}

func (vm *VM) dictIterNext(x *dictIter) (Object, *PyError) {
	d := x.d
	if d == nil {
		return nil, nil
	}
	if d.used != x.used {
		x.used = -1
		return nil, vm.Raise(RuntimeErrorType, "dictionary changed size during iteration")
	}
	k, v, ok := d.Next(&x.pos)
	if !ok || x.left <= 0 {
		x.clearRefs(vm)
		return nil, nil
	}
	x.left--
	switch x.kind {
	case dictKeys:
		return newRef(k), nil
	case dictValues:
		return newRef(v), nil
	}
	return vm.NewTupleRefs(k, v), nil
}

// forEach calls fn for each item of an iterable (items borrowed for the call).
func (vm *VM) forEach(iterable Object, fn func(Object) *PyError) *PyError {
	// The caller may keep what fn sees in Go variables only: no collection meanwhile.
	vm.holding++
	defer vm.release()
	switch x := iterable.(type) {
	case *List:
		if x.rng == nil {
			for i := 0; i < len(x.Items); i++ {
				it := x.Items[i]
				incref(it)
				err := fn(it)
				vm.Decref(it)
				if err != nil {
					return err
				}
			}
			return nil
		}
	case *Tuple:
		for _, it := range x.Items {
			if err := fn(it); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := vm.GetIter(iterable)
	if err != nil {
		return err
	}
	defer vm.Decref(it)
	for {
		x, err := vm.Next(it)
		if err != nil {
			return err
		}
		if x == nil {
			return nil
		}
		err = fn(x)
		vm.Decref(x)
		if err != nil {
			return err
		}
	}
}

// iterateAll collects the items of an iterable (owned references).
func (vm *VM) iterateAll(iterable Object) ([]Object, *PyError) {
	var out []Object
	err := vm.forEach(iterable, func(o Object) *PyError {
		incref(o)
		out = append(out, o)
		return nil
	})
	if err != nil {
		for _, o := range out {
			vm.Decref(o)
		}
		return nil, err
	}
	return out, nil
}
