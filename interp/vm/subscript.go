// subscript.go implements o[key], o[key] = v, del o[key] and the slicing forms for the
// builtin sequences and mappings and through __getitem__/__setitem__/__delitem__ (and
// Python 2's __getslice__ family) for classes, with CPython 2.7's messages.
package vm

import (
	"math"
	"math/big"

	"handson/gcsim"
)

// Slice is a slice object (start:stop:step).
type Slice struct {
	gcsim.Header
	Start, Stop, Step Object
}

func (*Slice) Type() *Type { return SliceType }

func (vm *VM) newSlice(start, stop, step Object) *Slice {
	incref(start)
	incref(stop)
	incref(step)
	s := &Slice{Header: gcsim.Header{RC: 1}, Start: start, Stop: stop, Step: step}
	vm.track(s, 40, allocImmutable)
	return s
}

func (s *Slice) clearRefs(vm *VM) {
	a, b, c := s.Start, s.Stop, s.Step
	s.Start, s.Stop, s.Step = nil, nil, nil
	vm.Xdecref(a)
	vm.Xdecref(b)
	vm.Xdecref(c)
}

func (s *Slice) traverse(visit func(Object)) {
	for _, o := range []Object{s.Start, s.Stop, s.Step} {
		if o != nil {
			visit(o)
		}
	}
}

// indexValue converts an index operand to an int: ints, longs, bools and objects with
// __index__. ok is false when o is not an integer at all; an index that does not fit is
// an IndexError, as in a subscript.
func (vm *VM) indexValue(o Object) (int64, bool, *PyError) {
	if x, isInt := o.(*Int); isInt {
		return x.V, true, nil
	}
	return vm.indexSized(o, IndexErrorType)
}

// indexSized is PyNumber_AsSsize_t: o's index as an int64, with overflow (IndexError or
// OverflowError, as the caller's CPython counterpart says) raised when it does not fit. ok
// is false when o is not an integer at all.
func (vm *VM) indexSized(o Object, overflow *Type) (int64, bool, *PyError) {
	n, large, ok, err := vm.indexInteger(o)
	if err == nil && large != nil {
		return 0, true, vm.Raise(overflow, "cannot fit '"+o.Type().Name+"' into an index-sized integer")
	}
	return n, ok, err
}

// indexInteger is PyNumber_Index: the value of an int, long, bool or object with __index__,
// in small when it fits an int64 and otherwise in large (then non-nil, and not to be
// modified). ok is false when o is not an integer at all.
func (vm *VM) indexInteger(o Object) (small int64, large *big.Int, ok bool, err *PyError) {
	switch x := o.(type) {
	case *Int:
		return x.V, nil, true, nil
	case *Long:
		if x.V.IsInt64() {
			return x.V.Int64(), nil, true, nil
		}
		return 0, x.V, true, nil
	case *Instance:
		if m := x.Class.Lookup(sIndex); m != nil {
			r, err := vm.callBound(m, o, x.Class)
			if err != nil {
				return 0, nil, true, err
			}
			defer vm.Decref(r)
			switch v := nativeIndexable(r).(type) {
			case *Int, *Long:
				return vm.indexInteger(v)
			}
			return 0, nil, true, vm.typeErrorf("__index__ returned non-(int,long) (type %s)", r.Type().Name)
		}
		if x.Native != nil {
			return vm.indexInteger(x.Native)
		}
	}
	return 0, nil, false, nil
}

// sliceIndex is _PyEval_SliceIndex: a slice bound as an int, indexes beyond the int64 range
// clipped to it (ok is false for None or an absent bound).
func (vm *VM) sliceIndex(o Object) (int64, bool, *PyError) {
	if o == nil || o == Object(None) {
		return 0, false, nil
	}
	v, large, ok, err := vm.indexInteger(o)
	if err != nil {
		return 0, true, err
	}
	if !ok {
		return 0, true, vm.typeErrorf("slice indices must be integers or None or have an __index__ method")
	}
	if large != nil {
		if large.Sign() < 0 {
			return math.MinInt64, true, nil
		}
		return math.MaxInt64, true, nil
	}
	return v, true, nil
}

// sliceIndices is PySlice_GetIndicesEx: the start, stop, step and length of a slice over
// a sequence of length n.
func (vm *VM) sliceIndices(s *Slice, n int) (start, stop, step, length int, err *PyError) {
	st, ok, err := vm.sliceIndex(s.Step)
	if err != nil {
		return
	}
	if !ok {
		st = 1
	}
	if st == 0 {
		err = vm.Raise(ValueErrorType, "slice step cannot be zero")
		return
	}
	if st < -math.MaxInt64 {
		st = -math.MaxInt64
	}
	step = int(st)
	var defStart, defStop int64
	if step < 0 {
		defStart, defStop = int64(n-1), -1
	} else {
		defStart, defStop = 0, int64(n)
	}
	a, ok, err := vm.sliceIndex(s.Start)
	if err != nil {
		return
	}
	if !ok {
		a = defStart
	} else {
		a = clipSliceBound(a, n, step)
	}
	b, ok, err := vm.sliceIndex(s.Stop)
	if err != nil {
		return
	}
	if !ok {
		b = defStop
	} else {
		b = clipSliceBound(b, n, step)
	}
	start, stop = int(a), int(b)
	switch {
	case step < 0 && stop >= start, step > 0 && start >= stop:
		length = 0
	case step < 0:
		length = (stop-start+1)/step + 1
	default:
		length = (stop-start-1)/step + 1
	}
	return
}

// clipSliceBound is how PySlice_GetIndicesEx places a given start or stop in a sequence of
// length n: negative bounds count from the end, and the result is clipped to [0, n], or to
// [-1, n-1] for a negative step.
func clipSliceBound(v int64, n, step int) int64 {
	if v < 0 {
		v += int64(n)
	}
	lo, hi := int64(0), int64(n)
	if step < 0 {
		lo, hi = -1, int64(n-1)
	}
	return min(max(v, lo), hi)
}

// simpleBounds turns the operands of SLICE+n (nil when absent) into [lo, hi) over a
// sequence of length n, as sq_slice sees them (negative bounds count from the end).
func (vm *VM) simpleBounds(lo, hi Object, n int) (int, int, *PyError) {
	l, ok, err := vm.sliceIndex(lo)
	if err != nil {
		return 0, 0, err
	}
	if !ok {
		l = 0
	}
	h, ok, err := vm.sliceIndex(hi)
	if err != nil {
		return 0, 0, err
	}
	if !ok {
		h = math.MaxInt64
	}
	return clipIndex(l, n), max(clipIndex(h, n), clipIndex(l, n)), nil
}

// clipIndex places a bound in a sequence of length n as simple slices, list.insert and
// index() do: negative bounds count from the end, and the result is clipped to [0, n].
func clipIndex(v int64, n int) int {
	if v < 0 {
		v += int64(n)
	}
	return int(min(max(v, 0), int64(n)))
}

// isSimpleIndex reports whether a SLICE+n operand can use the sequence slice path (ISINDEX).
func (vm *VM) isSimpleIndex(o Object) bool {
	switch x := o.(type) {
	case nil, *Int, *Long, *NoneObject:
		return true
	case *Instance:
		return x.Class.Lookup(sIndex) != nil
	}
	return false
}

// GetItem is o[key]; the result is owned.
func (vm *VM) GetItem(o, key Object) (Object, *PyError) {
	switch x := o.(type) {
	case *List:
		if i, ok := key.(*Int); ok {
			n := x.Len()
			idx := i.V
			if idx < 0 {
				idx += int64(n)
			}
			if idx < 0 || idx >= int64(n) {
				return nil, vm.Raise(IndexErrorType, "list index out of range")
			}
			return x.item(vm, int(idx)), nil
		}
		return vm.listSubscript(x, key)
	case *Dict:
		v, err := x.GetItem(vm, key)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, vm.RaiseArgs(KeyErrorType, key)
		}
		incref(v)
		return v, nil
	case *Tuple:
		if i, ok := key.(*Int); ok {
			idx := i.V
			if idx < 0 {
				idx += int64(len(x.Items))
			}
			if idx < 0 || idx >= int64(len(x.Items)) {
				return nil, vm.Raise(IndexErrorType, "tuple index out of range")
			}
			return newRef(x.Items[idx]), nil
		}
		return vm.tupleSubscript(x, key)
	case *Str:
		return vm.strSubscript(x, key)
	case *Unicode:
		return vm.unicodeSubscript(x, key)
	}
	if isClassicInstance(o) {
		// instance_subscript: __getitem__ as an attribute of the instance.
		return vm.callClassicMethod(o, sGetitem, key)
	}
	t := o.Type()
	if inst, ok := o.(*Instance); ok && inst.Native != nil {
		if m := t.Lookup(sGetitem); m != nil {
			if _, isBuiltin := m.(*MethodDescr); !isBuiltin {
				return vm.callBound(m, o, t, key)
			}
		}
		if d, ok := inst.Native.(*Dict); ok {
			v, err := d.GetItem(vm, key)
			if err != nil {
				return nil, err
			}
			if v != nil {
				return newRef(v), nil
			}
			if m := t.Lookup(sMissing); m != nil {
				return vm.callBound(m, o, t, key)
			}
			return nil, vm.RaiseArgs(KeyErrorType, key)
		}
		return vm.GetItem(inst.Native, key)
	}
	if m := t.Lookup(sGetitem); m != nil {
		return vm.callBound(m, o, t, key)
	}
	if _, ok := o.(*Type); ok {
		return nil, vm.typeErrorf("'type' object has no attribute '__getitem__'")
	}
	if t.Flags&FlagClassic != 0 {
		return nil, vm.Raisef(AttributeErrorType, "%s instance has no attribute '__getitem__'", t.Name)
	}
	// PyObject_GetItem: a type with sequence methods but no item (every class, sets)
	// refuses an index through PySequence_GetItem, with that function's message.
	if t.Flags&FlagHeap != 0 || t == SetType || t == FrozenSetType {
		if _, _, isIndex, err := vm.indexInteger(key); err != nil {
			return nil, err
		} else if isIndex || isClassicInstance(key) {
			return nil, vm.typeErrorf("'%s' object does not support indexing", cTypeName(t))
		}
	}
	return nil, vm.typeErrorf("'%s' object has no attribute '__getitem__'", cTypeName(t))
}

// SetItem is o[key] = v.
func (vm *VM) SetItem(o, key, v Object) *PyError {
	switch x := o.(type) {
	case *List:
		return vm.listAssItem(x, key, v)
	case *Dict:
		return x.SetItem(vm, key, v)
	}
	if isClassicInstance(o) {
		r, err := vm.callClassicMethod(o, sSetitem, key, v)
		if err == nil {
			vm.Decref(r)
		}
		return err
	}
	t := o.Type()
	if m := t.Lookup(sSetitem); m != nil {
		if _, isBuiltin := m.(*MethodDescr); !isBuiltin || o.Type().Flags&FlagHeap == 0 {
			r, err := vm.callBound(m, o, t, key, v)
			if err != nil {
				return err
			}
			vm.Decref(r)
			return nil
		}
	}
	if inst, ok := o.(*Instance); ok && inst.Native != nil {
		return vm.SetItem(inst.Native, key, v)
	}
	if t.Flags&FlagClassic != 0 {
		return vm.Raisef(AttributeErrorType, "%s instance has no attribute '__setitem__'", t.Name)
	}
	return vm.typeErrorf("'%s' object does not support item assignment", cTypeName(t))
}

// DelItem is del o[key].
func (vm *VM) DelItem(o, key Object) *PyError {
	switch x := o.(type) {
	case *List:
		return vm.listAssItem(x, key, nil)
	case *Dict:
		found, err := x.DelItem(vm, key)
		if err != nil {
			return err
		}
		if !found {
			return vm.RaiseArgs(KeyErrorType, key)
		}
		return nil
	}
	if isClassicInstance(o) {
		r, err := vm.callClassicMethod(o, sDelitem, key)
		if err == nil {
			vm.Decref(r)
		}
		return err
	}
	t := o.Type()
	if m := t.Lookup(sDelitem); m != nil {
		if _, isBuiltin := m.(*MethodDescr); !isBuiltin || o.Type().Flags&FlagHeap == 0 {
			r, err := vm.callBound(m, o, t, key)
			if err != nil {
				return err
			}
			vm.Decref(r)
			return nil
		}
	}
	if inst, ok := o.(*Instance); ok && inst.Native != nil {
		return vm.DelItem(inst.Native, key)
	}
	if t.Flags&FlagClassic != 0 {
		return vm.Raisef(AttributeErrorType, "%s instance has no attribute '__delitem__'", t.Name)
	}
	return vm.typeErrorf("'%s' object doesn't support item deletion", cTypeName(t))
}

// getSlice is SLICE+n: o[lo:hi] with absent bounds nil.
func (vm *VM) getSlice(o, lo, hi Object) (Object, *PyError) {
	if vm.isSimpleIndex(lo) && vm.isSimpleIndex(hi) {
		switch x := o.(type) {
		case *List:
			l, h, err := vm.simpleBounds(lo, hi, x.Len())
			if err != nil {
				return nil, err
			}
			return vm.listSlice(x, l, h), nil
		case *Tuple:
			l, h, err := vm.simpleBounds(lo, hi, len(x.Items))
			if err != nil {
				return nil, err
			}
			if l == 0 && h == len(x.Items) {
				return newRef(x), nil
			}
			items := make([]Object, h-l)
			for i := range items {
				items[i] = newRef(x.Items[l+i])
			}
			return vm.NewTuple(items), nil
		case *Str:
			l, h, err := vm.simpleBounds(lo, hi, len(x.S))
			if err != nil {
				return nil, err
			}
			if l == 0 && h == len(x.S) {
				return newRef(x), nil
			}
			return vm.NewStr(x.S[l:h]), nil
		case *Unicode:
			l, h, err := vm.simpleBounds(lo, hi, len(x.R))
			if err != nil {
				return nil, err
			}
			return vm.NewUnicode(append([]rune(nil), x.R[l:h]...)), nil
		}
		if isClassicInstance(o) {
			return vm.classicSlice(o, lo, hi, nil, false)
		}
		t := o.Type()
		if m := t.Lookup(sGetslice); m != nil {
			if _, isBuiltin := m.(*MethodDescr); !isBuiltin {
				n, err := vm.lenForSlice(o, lo, hi)
				if err != nil {
					return nil, err
				}
				l, h, err := vm.classicSliceArgs(lo, hi, n)
				if err != nil {
					return nil, err
				}
				// No defers in getSlice: Go could not open-code them, and every slice
				// would pay for runtime.deferreturn.
				lo2, hi2 := vm.NewInt(l), vm.NewInt(h)
				r, err := vm.callBound(m, o, t, lo2, hi2)
				vm.Decref(lo2)
				vm.Decref(hi2)
				return r, err
			}
		}
	}
	s := vm.sliceOf(lo, hi)
	r, err := vm.GetItem(o, s)
	vm.Decref(s)
	return r, err
}

// lenForSlice is the length used to adjust negative bounds before calling __getslice__
// (only when a bound is negative).
func (vm *VM) lenForSlice(o, lo, hi Object) (int, *PyError) {
	neg := func(x Object) bool {
		v, ok, _ := vm.sliceIndex(x)
		return ok && v < 0
	}
	if neg(lo) || neg(hi) {
		if o.Type().Lookup(sLen) != nil {
			return vm.Len(o)
		}
	}
	return 0, nil
}

// classicSliceArgs converts SLICE bounds for __getslice__: absent lower is 0, absent upper
// sys.maxint, negatives get the length added.
func (vm *VM) classicSliceArgs(lo, hi Object, n int) (int64, int64, *PyError) {
	l, ok, err := vm.sliceIndex(lo)
	if err != nil {
		return 0, 0, err
	}
	if !ok {
		l = 0
	}
	h, ok, err := vm.sliceIndex(hi)
	if err != nil {
		return 0, 0, err
	}
	if !ok {
		h = math.MaxInt64
	}
	if l < 0 {
		l += int64(n)
	}
	if h < 0 {
		h += int64(n)
	}
	return l, h, nil
}

// classicSlice is o[lo:hi] (read, or assigned v, or deleted when assign is set and v is
// nil) for a classic instance with simple bounds: they default to 0 and sys.maxint, a
// negative one gets len(o) added (PySequence_GetSlice), then instance_slice (or
// instance_ass_slice) calls __getslice__ (__setslice__, __delslice__), or failing that
// __getitem__ (__setitem__, __delitem__) with slice(lo, hi).
func (vm *VM) classicSlice(o, lo, hi, v Object, assign bool) (Object, *PyError) {
	l, ok, err := vm.sliceIndex(lo)
	if err != nil {
		return nil, err
	}
	if !ok {
		l = 0
	}
	h, ok, err := vm.sliceIndex(hi)
	if err != nil {
		return nil, err
	}
	if !ok {
		h = math.MaxInt64
	}
	if l < 0 || h < 0 {
		n, err := vm.Len(o)
		if err != nil {
			return nil, err
		}
		if l < 0 {
			l += int64(n)
		}
		if h < 0 {
			h += int64(n)
		}
	}
	sliceName, itemName := sGetslice, sGetitem
	switch {
	case assign && v != nil:
		sliceName, itemName = vm.Intern("__setslice__"), sSetitem
	case assign:
		sliceName, itemName = vm.Intern("__delslice__"), sDelitem
	}
	inst := o.(*Instance)
	lo2, hi2 := vm.NewInt(l), vm.NewInt(h)
	defer vm.Decref(lo2)
	defer vm.Decref(hi2)
	args := []Object{lo2, hi2}
	m, err := vm.classicMethod(inst, sliceName)
	if err != nil {
		return nil, err
	}
	if m == nil {
		if m, err = vm.GetAttr(inst, itemName); err != nil {
			return nil, err
		}
		s := vm.newSlice(lo2, hi2, None)
		defer vm.Decref(s)
		args = []Object{s}
	}
	if v != nil {
		args = append(args, v)
	}
	r, err := vm.Call(m, args, nil)
	vm.Decref(m)
	if err != nil || !assign {
		return r, err
	}
	vm.Decref(r)
	return nil, nil
}

// sliceOf makes slice(lo, hi, None) with absent bounds as None.
func (vm *VM) sliceOf(lo, hi Object) *Slice {
	if lo == nil {
		lo = None
	}
	if hi == nil {
		hi = None
	}
	return vm.newSlice(lo, hi, None)
}

// setSlice is STORE_SLICE+n and DELETE_SLICE+n (v nil).
func (vm *VM) setSlice(o, lo, hi, v Object) *PyError {
	if l, ok := o.(*List); ok && vm.isSimpleIndex(lo) && vm.isSimpleIndex(hi) {
		a, b, err := vm.simpleBounds(lo, hi, l.Len())
		if err != nil {
			return err
		}
		return vm.listAssSlice(l, a, b, v)
	}
	if isClassicInstance(o) && vm.isSimpleIndex(lo) && vm.isSimpleIndex(hi) {
		_, err := vm.classicSlice(o, lo, hi, v, true)
		return err
	}
	t := o.Type()
	name := "__setslice__"
	if v == nil {
		name = "__delslice__"
	}
	if m := t.Lookup(vm.Intern(name)); m != nil && vm.isSimpleIndex(lo) && vm.isSimpleIndex(hi) {
		if _, isBuiltin := m.(*MethodDescr); !isBuiltin {
			n, err := vm.lenForSlice(o, lo, hi)
			if err != nil {
				return err
			}
			a, b, err := vm.classicSliceArgs(lo, hi, n)
			if err != nil {
				return err
			}
			ao, bo := vm.NewInt(a), vm.NewInt(b)
			defer vm.Decref(ao)
			defer vm.Decref(bo)
			var r Object
			if v == nil {
				r, err = vm.callBound(m, o, t, ao, bo)
			} else {
				r, err = vm.callBound(m, o, t, ao, bo, v)
			}
			if err != nil {
				return err
			}
			vm.Decref(r)
			return nil
		}
	}
	s := vm.sliceOf(lo, hi)
	defer vm.Decref(s)
	if v == nil {
		return vm.DelItem(o, s)
	}
	return vm.SetItem(o, s, v)
}

// unpackSequence stores the n items of v into out (owned references), first item first in
// out (which the interpreter then reads as the top of the stack last-to-first).
func (vm *VM) unpackSequence(v Object, n int, out []Object) *PyError {
	var items []Object
	switch x := v.(type) {
	case *Tuple:
		items = x.Items
	case *List:
		x.materialize(vm)
		items = x.Items
	}
	if items != nil || isEmptySeq(v) {
		if len(items) != n {
			return vm.unpackError(len(items), n)
		}
		for i, it := range items {
			incref(it)
			out[n-1-i] = it
		}
		return nil
	}
	return vm.unpackIterable(v, n, out)
}

// unpackIterable is unpackSequence for anything but a tuple or list: v is iterated. (A
// function of its own so that unpacking a tuple or list, the common case, pays for none of
// these defers: Go cannot open-code them here, and runtime.deferreturn would run at every
// unpacking.)
func (vm *VM) unpackIterable(v Object, n int, out []Object) *PyError {
	vm.holding++ // the items are in Go variables until they reach the stack
	defer vm.release()
	it, err := vm.GetIter(v)
	if err != nil {
		if err.Matches(TypeErrorType) {
			err.release(vm)
			return vm.typeErrorf("'%s' object is not iterable", v.Type().Name)
		}
		return err
	}
	defer vm.Decref(it)
	got := 0
	for got < n {
		x, err := vm.Next(it)
		if err != nil {
			vm.dropFilled(out, n, got)
			return err
		}
		if x == nil {
			vm.dropFilled(out, n, got)
			return vm.unpackError(got, n)
		}
		out[n-1-got] = x
		got++
	}
	extra, err := vm.Next(it)
	if err != nil {
		vm.dropFilled(out, n, got)
		return err
	}
	if extra != nil {
		vm.Decref(extra)
		vm.dropFilled(out, n, got)
		return vm.Raise(ValueErrorType, "too many values to unpack")
	}
	return nil
}

func isEmptySeq(v Object) bool {
	switch x := v.(type) {
	case *Tuple:
		return len(x.Items) == 0
	case *List:
		return x.Len() == 0
	}
	return false
}

func (vm *VM) dropFilled(out []Object, n, got int) {
	for i := 0; i < got; i++ {
		vm.Decref(out[n-1-i])
		out[n-1-i] = nil
	}
}

func (vm *VM) unpackError(got, want int) *PyError {
	if got > want {
		return vm.Raise(ValueErrorType, "too many values to unpack")
	}
	s := "s"
	if got == 1 {
		s = ""
	}
	return vm.Raisef(ValueErrorType, "need more than %d value%s to unpack", got, s)
}
