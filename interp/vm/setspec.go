// setspec.go defines the set and frozenset type tables: methods, the | & - ^ operators and
// their in-place forms, and subset comparisons, following setobject.c's algorithms so that
// results iterate in CPython's order.
package vm

import (
	op "handson/interp/compile"
)

// setResultLike makes an empty set of the same kind (set or frozenset) as self.
func (vm *VM) emptyLike(self Object) (Object, *setTable) {
	if _, ok := nativeIndexable(self).(*FrozenSet); ok {
		f := vm.newFrozenSet()
		return f, &f.setTable
	}
	s := vm.NewSet(nil)
	return s, &s.setTable
}

// setOperand returns the table of a set operand, or of a temporary set built from any
// iterable (release it with the returned function).
func (vm *VM) setOperand(o Object) (*setTable, func(), *PyError) {
	if st := tableOf(o); st != nil {
		return st, func() {}, nil
	}
	s := vm.NewSet(nil)
	if err := vm.setUpdate(&s.setTable, o); err != nil {
		vm.Decref(s)
		return nil, nil, err
	}
	return &s.setTable, func() { vm.Decref(s) }, nil
}

// setUnion is set_union: a copy of a, then b merged in.
func (vm *VM) setUnion(self Object, others []Object) (Object, *PyError) {
	res, st := vm.emptyLike(self)
	if err := st.mergeFrom(vm, tableOf(self)); err != nil {
		vm.Decref(res)
		return nil, err
	}
	for _, o := range others {
		if err := vm.setUpdate(st, o); err != nil {
			vm.Decref(res)
			return nil, err
		}
	}
	return res, nil
}

// setIntersection is set_intersection: iterate the smaller table, keep what the other has.
func (vm *VM) setIntersection(self Object, other Object) (Object, *PyError) {
	res, st := vm.emptyLike(self)
	a := tableOf(self)
	if b := tableOf(other); b != nil {
		if b.used > a.used {
			a, b = b, a
		}
		for _, e := range b.table {
			if e.key == nil || e.key == dummyKey {
				continue
			}
			in, err := a.contains(vm, e.key)
			if err != nil {
				vm.Decref(res)
				return nil, err
			}
			if in {
				if err := st.add(vm, e.key, e.hash); err != nil {
					vm.Decref(res)
					return nil, err
				}
			}
		}
		return res, nil
	}
	err := vm.forEach(other, func(k Object) *PyError {
		in, err := a.contains(vm, k)
		if err != nil || !in {
			return err
		}
		h, err := vm.Hash(k)
		if err != nil {
			return err
		}
		return st.add(vm, k, h)
	})
	if err != nil {
		vm.Decref(res)
		return nil, err
	}
	return res, nil
}

// setDifference is set_difference: for a set or dict, the members of self the other lacks,
// in self's order; for any other iterable, a copy of self with its items discarded.
func (vm *VM) setDifference(self Object, other Object) (Object, *PyError) {
	b := tableOf(other)
	d, isDict := other.(*Dict)
	if b == nil && !isDict {
		res, st := vm.emptyLike(self)
		if err := st.mergeFrom(vm, tableOf(self)); err != nil {
			vm.Decref(res)
			return nil, err
		}
		if err := vm.setDifferenceUpdate(st, other); err != nil {
			vm.Decref(res)
			return nil, err
		}
		return res, nil
	}
	res, st := vm.emptyLike(self)
	for _, e := range tableOf(self).table {
		if e.key == nil || e.key == dummyKey {
			continue
		}
		var in bool
		var err *PyError
		if isDict {
			var v Object
			v, err = d.GetItem(vm, e.key)
			in = v != nil
		} else {
			in, err = b.contains(vm, e.key)
		}
		if err != nil {
			vm.Decref(res)
			return nil, err
		}
		if !in {
			if err := st.add(vm, e.key, e.hash); err != nil {
				vm.Decref(res)
				return nil, err
			}
		}
	}
	return res, nil
}

// setDifferenceUpdate is set_difference_update_internal: other's members (a set's in
// table order, or any iterable's items) are discarded from st, whose table is then
// rebuilt when more than a fifth of it is deleted entries.
func (vm *VM) setDifferenceUpdate(st *setTable, other Object) *PyError {
	if b := tableOf(other); b == st {
		st.clearAll(vm)
		return nil
	} else if b != nil {
		for _, e := range b.table {
			if e.key != nil && e.key != dummyKey {
				if _, err := st.discard(vm, e.key); err != nil {
					return err
				}
			}
		}
	} else {
		err := vm.forEach(other, func(k Object) *PyError {
			_, err := vm.setDiscardKey(st, k)
			return err
		})
		if err != nil {
			return err
		}
	}
	if (st.fill-st.used)*5 >= st.mask {
		if st.used > 50000 {
			st.resize(st.used * 2)
		} else {
			st.resize(st.used * 4)
		}
	}
	return nil
}

// setSymmetricDifference is set_symmetric_difference: a new set (of self's kind) made from
// other, then updated with self's members toggled in.
func (vm *VM) setSymmetricDifference(self Object, other Object) (Object, *PyError) {
	res, st := vm.emptyLike(self)
	if err := vm.setUpdate(st, other); err != nil {
		vm.Decref(res)
		return nil, err
	}
	if err := vm.setSymmetricDifferenceUpdate(st, self); err != nil {
		vm.Decref(res)
		return nil, err
	}
	return res, nil
}

// setSymmetricDifferenceUpdate is set_symmetric_difference_update: each member of other
// (a dict's keys, a set's table, or a set made from any other iterable) is removed from st
// when there and added when not.
func (vm *VM) setSymmetricDifferenceUpdate(st *setTable, other Object) *PyError {
	toggle := func(key Object, hash int64) *PyError {
		i, err := st.lookup(vm, key, hash)
		if err != nil {
			return err
		}
		if e := &st.table[i]; e.key != nil && e.key != dummyKey {
			old := e.key
			e.key = dummyKey
			st.used--
			vm.Decref(old)
			return nil
		}
		return st.add(vm, key, hash)
	}
	if d, ok := other.(*Dict); ok {
		for _, e := range d.table {
			if e.value != nil {
				if err := toggle(e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	b := tableOf(other)
	if b == st {
		st.clearAll(vm)
		return nil
	}
	if b == nil {
		tmp := vm.NewSet(nil)
		defer vm.Decref(tmp)
		if err := vm.setUpdate(&tmp.setTable, other); err != nil {
			return err
		}
		b = &tmp.setTable
	}
	for _, e := range b.table {
		if e.key != nil && e.key != dummyKey {
			if err := toggle(e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// setDiscardKey discards key from st; a set given as a key is looked up as the frozenset
// with its members, as set_discard_key does (found is false when absent).
func (vm *VM) setDiscardKey(st *setTable, key Object) (bool, *PyError) {
	found, err := st.discard(vm, key)
	if err == nil {
		return found, nil
	}
	frozen, ferr := vm.frozenKey(key, err)
	if ferr != nil {
		return false, ferr
	}
	defer vm.Decref(frozen)
	return st.discard(vm, frozen)
}

// setContainsKey is set_contains_key with set_contains's retry: a set is looked up as the
// frozenset with its members.
func (vm *VM) setContainsKey(st *setTable, key Object) (bool, *PyError) {
	in, err := st.contains(vm, key)
	if err == nil {
		return in, nil
	}
	frozen, ferr := vm.frozenKey(key, err)
	if ferr != nil {
		return false, ferr
	}
	defer vm.Decref(frozen)
	return st.contains(vm, frozen)
}

// frozenKey turns the TypeError of hashing a set (err, which it releases) into a
// frozenset with the set's members (owned); any other error is returned as it is.
func (vm *VM) frozenKey(key Object, err *PyError) (Object, *PyError) {
	if _, isSet := nativeIndexable(key).(*Set); !isSet || !err.Matches(TypeErrorType) {
		return nil, err
	}
	err.release(vm)
	f := vm.newFrozenSet()
	if err := f.mergeFrom(vm, tableOf(key)); err != nil {
		vm.Decref(f)
		return nil, err
	}
	return f, nil
}

// isSubset reports whether every member of a is in b.
func (vm *VM) isSubset(a, b *setTable) (bool, *PyError) {
	if a.used > b.used {
		return false, nil
	}
	for _, e := range a.table {
		if e.key == nil || e.key == dummyKey {
			continue
		}
		in, err := b.contains(vm, e.key)
		if err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

// setRichCompare compares sets: == and != by content, the orderings as subset tests.
func (vm *VM) setRichCompare(v, w Object, cmp int) (Object, *PyError) {
	a, b := tableOf(v), tableOf(w)
	if b == nil {
		// 2.7's set_richcompare leaves any other operand to its reflected comparison
		// and the default order (so a keys view can answer set == view).
		return newRef(NotImplemented), nil
	}
	var r bool
	var err *PyError
	switch cmp {
	case op.CmpEQ, op.CmpNE:
		r = a.used == b.used
		if r {
			r, err = vm.isSubset(a, b)
		}
		if cmp == op.CmpNE {
			r = !r
		}
	case op.CmpLE:
		r, err = vm.isSubset(a, b)
	case op.CmpGE:
		r, err = vm.isSubset(b, a)
	case op.CmpLT:
		r = a.used < b.used
		if r {
			r, err = vm.isSubset(a, b)
		}
	case op.CmpGT:
		r = a.used > b.used
		if r {
			r, err = vm.isSubset(b, a)
		}
	}
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

func setSpec() typeSpec {
	SetType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		if cls == SetType {
			if err := vm.pyArgNoKeywords("set()", kw); err != nil {
				return nil, err
			}
		}
		return vm.newSetOf(cls, nil, false)
	}
	methods := setCommonMethods()
	mut := func(name string, fn func(vm *VM, st *setTable, self Object, args []Object) (Object, *PyError)) methodDef {
		return methodDef{name: name, fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			st := tableOf(self)
			if st == nil {
				return nil, vm.typeErrorf("descriptor '%s' requires a 'set' object", name)
			}
			return fn(vm, st, self, args)
		}}
	}
	// The in-place operators take sets only, and update the set itself as the
	// corresponding methods do.
	inplace := func(name string, update func(vm *VM, st *setTable, self, other Object) *PyError) methodDef {
		return mut(name, func(vm *VM, st *setTable, self Object, args []Object) (Object, *PyError) {
			if err := vm.argsExactly(name, args, 1); err != nil {
				return nil, err
			}
			if tableOf(args[0]) == nil {
				return newRef(NotImplemented), nil
			}
			if err := update(vm, st, self, args[0]); err != nil {
				return nil, err
			}
			return newRef(self), nil
		})
	}
	methods = append(methods,
		// set.__init__ takes keywords to refuse them with _PyArg_NoKeywords's message.
		methodDef{name: "__init__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			st := tableOf(self)
			if st == nil {
				return nil, vm.typeErrorf("descriptor '__init__' requires a 'set' object")
			}
			if err := vm.pyArgNoKeywords("set()", kw); err != nil {
				return nil, err
			}
			if err := vm.argsRange("set", args, 0, 1); err != nil {
				return nil, err
			}
			st.clearAll(vm)
			if len(args) == 1 {
				if err := vm.setUpdate(st, args[0]); err != nil {
					return nil, err
				}
			}
			return noneRef(), nil
		}, keywords: true},
		mut("add", func(vm *VM, st *setTable, self Object, args []Object) (Object, *PyError) {
			if err := vm.argsExactly("add", args, 1); err != nil {
				return nil, err
			}
			h, err := vm.Hash(args[0])
			if err != nil {
				return nil, err
			}
			if err := st.add(vm, args[0], h); err != nil {
				return nil, err
			}
			return noneRef(), nil
		}),
		mut("discard", func(vm *VM, st *setTable, self Object, args []Object) (Object, *PyError) {
			if err := vm.argsExactly("discard", args, 1); err != nil {
				return nil, err
			}
			if _, err := vm.setDiscardKey(st, args[0]); err != nil {
				return nil, err
			}
			return noneRef(), nil
		}),
		mut("remove", func(vm *VM, st *setTable, self Object, args []Object) (Object, *PyError) {
			if err := vm.argsExactly("remove", args, 1); err != nil {
				return nil, err
			}
			found, err := vm.setDiscardKey(st, args[0])
			if err != nil {
				return nil, err
			}
			if !found {
				return nil, vm.RaiseArgs(KeyErrorType, args[0])
			}
			return noneRef(), nil
		}),
		mut("pop", func(vm *VM, st *setTable, self Object, args []Object) (Object, *PyError) {
			if st.used == 0 {
				return nil, vm.Raise(KeyErrorType, "pop from an empty set")
			}
			i := int64(0)
			if e := st.table[0]; e.key == nil || e.key == dummyKey {
				i = st.finger
				if i > int64(st.mask) || i < 1 {
					i = 1
				}
				for k := st.table[i].key; k == nil || k == dummyKey; k = st.table[i].key {
					i++
					if i > int64(st.mask) {
						i = 1
					}
				}
			}
			key := st.table[i].key
			st.table[i].key = dummyKey
			st.used--
			st.finger = i + 1
			return key, nil
		}),
		mut("clear", func(vm *VM, st *setTable, self Object, args []Object) (Object, *PyError) {
			st.clearAll(vm)
			return noneRef(), nil
		}),
		mut("update", func(vm *VM, st *setTable, self Object, args []Object) (Object, *PyError) {
			for _, a := range args {
				if err := vm.setUpdate(st, a); err != nil {
					return nil, err
				}
			}
			return noneRef(), nil
		}),
		mut("difference_update", func(vm *VM, st *setTable, self Object, args []Object) (Object, *PyError) {
			for _, a := range args {
				if err := vm.setDifferenceUpdate(st, a); err != nil {
					return nil, err
				}
			}
			return noneRef(), nil
		}),
		mut("intersection_update", func(vm *VM, st *setTable, self Object, args []Object) (Object, *PyError) {
			for _, a := range args {
				if err := vm.setIntersectionUpdate(st, self, a); err != nil {
					return nil, err
				}
			}
			return noneRef(), nil
		}),
		mut("symmetric_difference_update", func(vm *VM, st *setTable, self Object, args []Object) (Object, *PyError) {
			if err := vm.argsExactly("symmetric_difference_update", args, 1); err != nil {
				return nil, err
			}
			if err := vm.setSymmetricDifferenceUpdate(st, args[0]); err != nil {
				return nil, err
			}
			return noneRef(), nil
		}),
		inplace("__ior__", func(vm *VM, st *setTable, s, o Object) *PyError { return vm.setUpdate(st, o) }),
		inplace("__iand__", func(vm *VM, st *setTable, s, o Object) *PyError { return vm.setIntersectionUpdate(st, s, o) }),
		inplace("__isub__", func(vm *VM, st *setTable, s, o Object) *PyError { return vm.setDifferenceUpdate(st, o) }),
		inplace("__ixor__", func(vm *VM, st *setTable, s, o Object) *PyError { return vm.setSymmetricDifferenceUpdate(st, o) }),
	)
	methods = append(methods, richCompareMethods()...)
	return typeSpec{t: SetType, base: ObjectType, methods: methods,
		doc: "set() -> new empty set object\nset(iterable) -> new set object"}
}

// setIntersectionUpdate is set_intersection_update: st takes the table of the
// intersection of self and other as it is (set_swap_bodies).
func (vm *VM) setIntersectionUpdate(st *setTable, self, other Object) *PyError {
	res, err := vm.setIntersection(self, other)
	if err != nil {
		return err
	}
	rt := tableOf(res)
	*st, *rt = *rt, *st
	vm.Decref(res)
	return nil
}

func frozenSetSpec() typeSpec {
	FrozenSetType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		if cls == FrozenSetType {
			if err := vm.pyArgNoKeywords("frozenset()", kw); err != nil {
				return nil, err
			}
		}
		return vm.newSetOf(cls, args, true)
	}
	return typeSpec{t: FrozenSetType, base: ObjectType, methods: append(append(setCommonMethods(), richCompareMethods()...),
		methodDef{name: "__hash__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			h, err := vm.Hash(nativeIndexable(self))
			if err != nil {
				return nil, err
			}
			return vm.NewInt(h), nil
		}}),
		doc: "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object"}
}

// setCommonMethods are the methods shared by set and frozenset.
func setCommonMethods() []methodDef {
	binary := func(name string, needSet bool, f func(vm *VM, self, other Object) (Object, *PyError)) methodDef {
		return methodDef{name: name, fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly(name, args, 1); err != nil {
				return nil, err
			}
			if needSet && tableOf(args[0]) == nil {
				return newRef(NotImplemented), nil
			}
			return f(vm, self, args[0])
		}}
	}
	multi := func(name string, f func(vm *VM, self Object, others []Object) (Object, *PyError)) methodDef {
		return methodDef{name: name, fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return f(vm, self, args)
		}}
	}
	chain := func(step func(vm *VM, a, b Object) (Object, *PyError)) func(vm *VM, self Object, others []Object) (Object, *PyError) {
		return func(vm *VM, self Object, others []Object) (Object, *PyError) {
			if len(others) == 0 {
				res, st := vm.emptyLike(self)
				_ = st.mergeFrom(vm, tableOf(self))
				return res, nil
			}
			cur := newRef(self)
			for _, o := range others {
				next, err := step(vm, cur, o)
				vm.Decref(cur)
				if err != nil {
					return nil, err
				}
				cur = next
			}
			return cur, nil
		}
	}
	pred := func(name string, f func(vm *VM, a, b *setTable) (bool, *PyError)) methodDef {
		return methodDef{name: name, fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly(name, args, 1); err != nil {
				return nil, err
			}
			b, release, err := vm.setOperand(args[0])
			if err != nil {
				return nil, err
			}
			defer release()
			r, err := f(vm, tableOf(self), b)
			if err != nil {
				return nil, err
			}
			return NewBool(r), nil
		}}
	}
	return []methodDef{
		multi("union", func(vm *VM, self Object, others []Object) (Object, *PyError) { return vm.setUnion(self, others) }),
		multi("intersection", chain(func(vm *VM, a, b Object) (Object, *PyError) { return vm.setIntersection(a, b) })),
		multi("difference", func(vm *VM, self Object, others []Object) (Object, *PyError) {
			// set_difference_multi: the difference with the first, then the others
			// discarded from it in place.
			if len(others) == 0 {
				res, st := vm.emptyLike(self)
				_ = st.mergeFrom(vm, tableOf(self))
				return res, nil
			}
			res, err := vm.setDifference(self, others[0])
			if err != nil {
				return nil, err
			}
			for _, o := range others[1:] {
				if err := vm.setDifferenceUpdate(tableOf(res), o); err != nil {
					vm.Decref(res)
					return nil, err
				}
			}
			return res, nil
		}),
		binary("symmetric_difference", false, func(vm *VM, s, o Object) (Object, *PyError) { return vm.setSymmetricDifference(s, o) }),
		binary("__or__", true, func(vm *VM, s, o Object) (Object, *PyError) { return vm.setUnion(s, []Object{o}) }),
		binary("__and__", true, func(vm *VM, s, o Object) (Object, *PyError) { return vm.setIntersection(s, o) }),
		binary("__sub__", true, func(vm *VM, s, o Object) (Object, *PyError) { return vm.setDifference(s, o) }),
		binary("__xor__", true, func(vm *VM, s, o Object) (Object, *PyError) { return vm.setSymmetricDifference(s, o) }),
		pred("issubset", func(vm *VM, a, b *setTable) (bool, *PyError) { return vm.isSubset(a, b) }),
		pred("issuperset", func(vm *VM, a, b *setTable) (bool, *PyError) { return vm.isSubset(b, a) }),
		pred("isdisjoint", func(vm *VM, a, b *setTable) (bool, *PyError) {
			for _, e := range a.table {
				if e.key == nil || e.key == dummyKey {
					continue
				}
				in, err := b.contains(vm, e.key)
				if err != nil || in {
					return false, err
				}
			}
			return true, nil
		}),
		{name: "copy", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if fs, ok := self.(*FrozenSet); ok {
				return newRef(fs), nil
			}
			res, st := vm.emptyLike(self)
			_ = st.mergeFrom(vm, tableOf(self))
			return res, nil
		}},
		{name: "__len__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.NewInt(int64(tableOf(self).used)), nil
		}},
		{name: "__contains__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("__contains__", args, 1); err != nil {
				return nil, err
			}
			in, err := vm.setContainsKey(tableOf(self), args[0])
			return NewBool(in), err
		}, coexist: true},
		{name: "__iter__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.newSetIter(self, tableOf(self)), nil
		}},
	}
}
