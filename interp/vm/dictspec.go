// dictspec.go defines the dict and tuple type tables: constructors and methods with
// CPython 2.7's semantics (update from a mapping or from pairs, fromkeys, the iter* and
// view-less methods of Python 2, setdefault, pop with default, popitem order).
package vm

// NewDict returns an empty dict registered with the collector, owned. In CPython mode it is
// counted as an allocation but not tracked, as PyDict_New makes it: maintainTracking tracks
// it when it gets a container, and a full collection untracks it again when it holds none.
func (vm *VM) NewDict() *Dict {
	var d *Dict
	if n := len(vm.dictFree); n > 0 {
		d = vm.dictFree[n-1]
		vm.dictFree[n-1] = nil
		vm.dictFree = vm.dictFree[:n-1]
		d.RC = 1
	} else {
		d = newDictTable()
	}
	if vm.refcounting {
		if vm.cycles.CountAlloc(d) {
			vm.setPending(pendingCollect)
		}
		return d
	}
	vm.track(d, 64, 0)
	return d
}

// maintainTracking is CPython 2.7's MAINTAIN_TRACKING, run whenever d gets a key and value:
// an untracked dict starts being tracked when either may be tracked. (vm is nil while the
// builtin types are set up, before any VM exists.)
func (d *Dict) maintainTracking(vm *VM, key, value Object) {
	if !d.Header.Tracked() && vm != nil && vm.refcounting && (vm.mayBeTracked(key) || vm.mayBeTracked(value)) && vm.cycles.IsCounted(d) {
		vm.cycles.Retrack(d)
	}
}

// mayBeTracked is _PyObject_GC_MAY_BE_TRACKED: o is tracked, or is a container that may be
// tracked later (an untracked dict; an untracked tuple stays untracked for good).
func (vm *VM) mayBeTracked(o Object) bool {
	if headerOf(o).Tracked() {
		return true
	}
	d, ok := o.(*Dict)
	return ok && vm.cycles.IsCounted(d)
}

// dictFreeMax is how many dead small dicts are kept for reuse (CPython keeps 80).
const dictFreeMax = 80

// freeDict is a dict's deallocation in CPython mode: emptied, and kept for reuse when it
// has its small table.
func (vm *VM) freeDict(d *Dict) {
	vm.untrack(d)
	d.Clear(vm)
	if d.RC == 0 && len(vm.dictFree) < dictFreeMax && &d.table[0] == &d.small[0] {
		d.generic = false
		d.popFinger = 0
		vm.dictFree = append(vm.dictFree, d)
	}
}

// asDict returns the dict behind self (a dict or an instance of a dict subclass).
func asDict(self Object) *Dict {
	switch x := self.(type) {
	case *Dict:
		return x
	case *Instance:
		if d, ok := x.Native.(*Dict); ok {
			return d
		}
	}
	return nil
}

// dictUpdate is dict.update(other, **kw) and the dict(...) constructor: a dict is merged;
// an object with keys() is read as a mapping; anything else must be an iterable of pairs.
func (vm *VM) dictUpdate(d *Dict, args []Object, kw *Dict, name string) *PyError {
	if len(args) > 1 {
		return vm.typeErrorf("%s expected at most 1 arguments, got %d", name, len(args))
	}
	if len(args) == 1 {
		src := args[0]
		if sd := asDict(src); sd != nil && (src == Object(sd) || src.Type().Lookup(sKeys) == DictType.Dict.GetString("keys")) {
			if err := d.Merge(vm, sd, true); err != nil {
				return err
			}
		} else if src.Type().Lookup(sKeys) != nil {
			keys, err := vm.CallMethod(src, "keys")
			if err != nil {
				return err
			}
			err = vm.forEach(keys, func(k Object) *PyError {
				v, err := vm.GetItem(src, k)
				if err != nil {
					return err
				}
				err = d.SetItem(vm, k, v)
				vm.Decref(v)
				return err
			})
			vm.Decref(keys)
			if err != nil {
				return err
			}
		} else {
			i := 0
			err := vm.forEach(src, func(item Object) *PyError {
				pair, err := vm.iterateAll(item)
				if err != nil {
					if err.Matches(TypeErrorType) {
						err.release(vm)
						return vm.typeErrorf("cannot convert dictionary update sequence element #%d to a sequence", i)
					}
					return err
				}
				defer func() {
					for _, p := range pair {
						vm.Decref(p)
					}
				}()
				if len(pair) != 2 {
					return vm.Raisef(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
				}
				i++
				return d.SetItem(vm, pair[0], pair[1])
			})
			if err != nil {
				return err
			}
		}
	}
	if kw != nil {
		return d.Merge(vm, kw, true)
	}
	return nil
}

func dictSpec() typeSpec {
	DictType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		d := vm.NewDict()
		if cls == DictType {
			return d, nil
		}
		return vm.nativeSubclassInstance(cls, d), nil
	}
	m := func(name string, fn func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError)) methodDef {
		return methodDef{name: name, fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			d := asDict(self)
			if d == nil {
				return nil, vm.typeErrorf("descriptor '%s' requires a 'dict' object but received a '%s'", name, self.Type().Name)
			}
			return fn(vm, d, self, args, kw)
		}}
	}
	listOf := func(vm *VM, d *Dict, kind int) Object {
		items := make([]Object, 0, d.used)
		for i := range d.table {
			e := d.table[i]
			if e.value == nil {
				continue
			}
			switch kind {
			case 0:
				items = append(items, newRef(e.key))
			case 1:
				items = append(items, newRef(e.value))
			default:
				items = append(items, vm.NewTupleRefs(e.key, e.value))
			}
		}
		return vm.NewList(items)
	}
	return typeSpec{
		t:    DictType,
		base: ObjectType,
		methods: []methodDef{
			takesKeywords(m("__init__", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.dictUpdate(d, args, kw, "dict"); err != nil {
					return nil, err
				}
				return noneRef(), nil
			})),
			m("keys", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return listOf(vm, d, 0), nil
			}),
			m("values", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return listOf(vm, d, 1), nil
			}),
			m("items", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return listOf(vm, d, 2), nil
			}),
			m("iterkeys", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.newDictIter(d, dictKeys), nil
			}),
			m("itervalues", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.newDictIter(d, dictValues), nil
			}),
			m("iteritems", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.newDictIter(d, dictItems), nil
			}),
			m("__iter__", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.newDictIter(d, dictKeys), nil
			}),
			m("get", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsRange("get", args, 1, 2); err != nil {
					return nil, err
				}
				v, err := d.GetItem(vm, args[0])
				if err != nil {
					return nil, err
				}
				if v == nil {
					if len(args) == 2 {
						return newRef(args[1]), nil
					}
					return noneRef(), nil
				}
				return newRef(v), nil
			}),
			m("setdefault", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsRange("setdefault", args, 1, 2); err != nil {
					return nil, err
				}
				v, err := d.GetItem(vm, args[0])
				if err != nil {
					return nil, err
				}
				if v != nil {
					return newRef(v), nil
				}
				var def Object = None
				if len(args) == 2 {
					def = args[1]
				}
				if err := d.SetItem(vm, args[0], def); err != nil {
					return nil, err
				}
				return newRef(def), nil
			}),
			m("has_key", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("has_key", args, 1); err != nil {
					return nil, err
				}
				v, err := d.GetItem(vm, args[0])
				return NewBool(v != nil), err
			}),
			coexisting(m("__contains__", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__contains__", args, 1); err != nil {
					return nil, err
				}
				v, err := d.GetItem(vm, args[0])
				return NewBool(v != nil), err
			})),
			m("pop", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsRange("pop", args, 1, 2); err != nil {
					return nil, err
				}
				v, err := d.Pop(vm, args[0])
				if err != nil {
					return nil, err
				}
				if v == nil {
					if len(args) == 2 {
						return newRef(args[1]), nil
					}
					return nil, vm.RaiseArgs(KeyErrorType, args[0])
				}
				return v, nil
			}),
			m("popitem", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				k, v, ok := d.PopItem()
				if !ok {
					return nil, vm.Raise(KeyErrorType, "popitem(): dictionary is empty")
				}
				return vm.NewTuple([]Object{k, v}), nil
			}),
			takesKeywords(m("update", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.dictUpdate(d, args, kw, "update"); err != nil {
					return nil, err
				}
				return noneRef(), nil
			})),
			m("clear", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				d.Clear(vm)
				return noneRef(), nil
			}),
			m("copy", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				c := vm.NewDict()
				if err := c.Merge(vm, d, true); err != nil {
					vm.Decref(c)
					return nil, err
				}
				return c, nil
			}),
			m("__len__", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.NewInt(int64(d.used)), nil
			}),
			coexisting(m("__getitem__", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__getitem__", args, 1); err != nil {
					return nil, err
				}
				v, err := d.GetItem(vm, args[0])
				if err != nil {
					return nil, err
				}
				if v == nil {
					if inst, ok := self.(*Instance); ok {
						if mm := inst.Class.Lookup(sMissing); mm != nil {
							return vm.callBound(mm, self, inst.Class, args[0])
						}
					}
					return nil, vm.RaiseArgs(KeyErrorType, args[0])
				}
				return newRef(v), nil
			})),
			m("__setitem__", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__setitem__", args, 2); err != nil {
					return nil, err
				}
				if err := d.SetItem(vm, args[0], args[1]); err != nil {
					return nil, err
				}
				return noneRef(), nil
			}),
			m("__delitem__", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__delitem__", args, 1); err != nil {
					return nil, err
				}
				if err := vm.DelItem(d, args[0]); err != nil {
					return nil, err
				}
				return noneRef(), nil
			}),
			m("__repr__", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.Repr(d)
			}),
		},
		classMethods: []methodDef{{name: "fromkeys", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsRange("fromkeys", args, 1, 2); err != nil {
				return nil, err
			}
			var value Object = None
			if len(args) == 2 {
				value = args[1]
			}
			res, err := vm.Call(self, nil, nil)
			if err != nil {
				return nil, err
			}
			err = vm.forEach(args[0], func(k Object) *PyError {
				if d := asDict(res); d != nil && res == Object(d) {
					return d.SetItem(vm, k, value)
				}
				return vm.SetItem(res, k, value)
			})
			if err != nil {
				vm.Decref(res)
				return nil, err
			}
			return res, nil
		}}},
		doc: "dict() -> new empty dictionary",
	}
}

func tupleSpec() typeSpec {
	TupleType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		a, err := vm.bindBuiltinArgs("tuple", args, kw, []string{"sequence"}, 0)
		if err != nil {
			return nil, err
		}
		var t Object
		if a[0] == nil {
			t = vm.NewTuple(nil)
		} else if tt, ok := a[0].(*Tuple); ok && cls == TupleType {
			return newRef(tt), nil
		} else {
			items, err := vm.iterateAll(a[0])
			if err != nil {
				return nil, err
			}
			t = vm.NewTuple(items)
		}
		if cls == TupleType {
			return t, nil
		}
		return vm.nativeSubclassInstance(cls, t), nil
	}
	asTuple := func(self Object) *Tuple {
		if t, ok := nativeIndexable(self).(*Tuple); ok {
			return t
		}
		return emptyTuple
	}
	return typeSpec{
		t:    TupleType,
		base: ObjectType,
		methods: []methodDef{
			{name: "index", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsRange("index", args, 1, 3); err != nil {
					return nil, err
				}
				t := asTuple(self)
				start, stop, err := vm.searchBounds(args[1:], len(t.Items))
				if err != nil {
					return nil, err
				}
				for i := start; i < stop; i++ {
					eq, err := vm.EqualBool(t.Items[i], args[0])
					if err != nil {
						return nil, err
					}
					if eq {
						return vm.NewInt(int64(i)), nil
					}
				}
				return nil, vm.Raise(ValueErrorType, "tuple.index(x): x not in tuple")
			}},
			{name: "count", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("count", args, 1); err != nil {
					return nil, err
				}
				n := 0
				for _, it := range asTuple(self).Items {
					eq, err := vm.EqualBool(it, args[0])
					if err != nil {
						return nil, err
					}
					if eq {
						n++
					}
				}
				return vm.NewInt(int64(n)), nil
			}},
			{name: "__len__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.NewInt(int64(len(asTuple(self).Items))), nil
			}},
			{name: "__getitem__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__getitem__", args, 1); err != nil {
					return nil, err
				}
				return vm.GetItem(asTuple(self), args[0])
			}},
			{name: "__contains__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__contains__", args, 1); err != nil {
					return nil, err
				}
				in, err := vm.Contains(asTuple(self), args[0])
				return NewBool(in), err
			}},
			{name: "__iter__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.newSeqIter(TupleIterType, asTuple(self)), nil
			}},
			{name: "__hash__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				h, err := vm.hashTuple(asTuple(self))
				if err != nil {
					return nil, err
				}
				return vm.NewInt(h), nil
			}},
			{name: "__add__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__add__", args, 1); err != nil {
					return nil, err
				}
				r, err, _ := vm.sequenceConcat(asTuple(self), args[0])
				return r, err
			}},
			{name: "__mul__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__mul__", args, 1); err != nil {
					return nil, err
				}
				r, err, _ := vm.sequenceRepeat(asTuple(self), args[0])
				return r, err
			}},
			{name: "__getnewargs__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.NewTupleRefs(asTuple(self)), nil
			}},
			{name: "__repr__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.Repr(asTuple(self))
			}},
		},
		doc: "tuple() -> empty tuple\ntuple(iterable) -> tuple initialized from iterable's items",
	}
}

// newSetOf makes a set or frozenset (kind by cls) from an optional iterable.
func (vm *VM) newSetOf(cls *Type, args []Object, frozen bool) (Object, *PyError) {
	name := "set"
	if frozen {
		name = "frozenset"
	}
	if err := vm.argsRange(name, args, 0, 1); err != nil {
		return nil, err
	}
	var o Object
	var st *setTable
	if frozen {
		if len(args) == 1 && cls == FrozenSetType {
			if fs, ok := args[0].(*FrozenSet); ok {
				return newRef(fs), nil
			}
		}
		f := vm.newFrozenSet()
		o, st = f, &f.setTable
	} else {
		s := vm.NewSet(nil)
		o, st = s, &s.setTable
	}
	if len(args) == 1 && frozen {
		if err := vm.setUpdate(st, args[0]); err != nil {
			vm.Decref(o)
			return nil, err
		}
	}
	if cls == SetType || cls == FrozenSetType {
		return o, nil
	}
	return vm.nativeSubclassInstance(cls, o), nil
}
