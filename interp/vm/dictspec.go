// dictspec.go defines the dict and tuple type tables: constructors and methods with
// CPython 2.7's semantics (update from a mapping or from pairs, fromkeys, the iter*
// methods of Python 2, setdefault, pop with default, popitem order), and the dict views of
// viewkeys, viewvalues and viewitems (live, with set operations on keys and items).
package vm

import (
	"handson/gcsim"
	op "handson/interp/compile"
)

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
	spec := typeSpec{
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
			m("viewkeys", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.newDictView(self, d, dictKeys), nil
			}),
			m("viewvalues", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.newDictView(self, d, dictValues), nil
			}),
			m("viewitems", func(vm *VM, d *Dict, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.newDictView(self, d, dictItems), nil
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
	spec.methods = append(spec.methods, richCompareMethods()...)
	spec.methods = append(spec.methods, methodDef{name: "__cmp__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		// wrap_cmpfunc around dict_compare: the other operand must be a dict too.
		if len(args) != 1 {
			return nil, vm.typeErrorf("expected 1 arguments, got %d", len(args))
		}
		a, b := asDict(self), asDict(args[0])
		if b == nil {
			return nil, vm.typeErrorf("dict.__cmp__(x,y) requires y to be a 'dict', not a '%s'", args[0].Type().Name)
		}
		c, err := vm.dictCompare(a, b)
		if err != nil {
			return nil, err
		}
		return vm.NewInt(int64(c)), nil
	}})
	return spec
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
			items, err := vm.iterateProbed(a[0])
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
	spec := typeSpec{
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
				return vm.repeatWrapper(asTuple(self), args[0])
			}},
			{name: "__rmul__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__rmul__", args, 1); err != nil {
					return nil, err
				}
				return vm.repeatWrapper(asTuple(self), args[0])
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
	spec.methods = append(spec.methods, richCompareMethods()...)
	return spec
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

// The types of dict views (viewkeys, viewvalues, viewitems).
var (
	DictKeysType   = newStaticType("dict_keys", KindOther, 0)
	DictValuesType = newStaticType("dict_values", KindOther, 0)
	DictItemsType  = newStaticType("dict_items", KindOther, 0)
)

// dictView is a live view of a dict's keys, values or items: it holds the dict (or the
// dict subclass instance) it came from and reads it at each use.
type dictView struct {
	gcsim.Header
	owner Object // the object viewkeys() was called on
	d     *Dict
	kind  dictIterKind
}

func (v *dictView) Type() *Type {
	return [3]*Type{DictKeysType, DictValuesType, DictItemsType}[v.kind]
}

func (v *dictView) clearRefs(vm *VM) {
	if o := v.owner; o != nil {
		v.owner, v.d = nil, nil
		vm.Decref(o)
	}
}

func (v *dictView) traverse(visit func(Object)) {
	if v.owner != nil {
		visit(v.owner)
	}
}

// newDictView makes a view of d (owned by owner, borrowed).
func (vm *VM) newDictView(owner Object, d *Dict, kind dictIterKind) *dictView {
	v := &dictView{Header: gcsim.Header{RC: 1}, owner: newRef(owner), d: d, kind: kind}
	vm.track(v, 24, 0)
	return v
}

// isSetLikeView reports whether o is a keys or items view (PyDictViewSet_Check).
func isSetLikeView(o Object) bool {
	v, ok := o.(*dictView)
	return ok && v.kind != dictValues
}

// dictViewRepr is dictview_repr: the type's name around the repr of the view as a list.
func (vm *VM) dictViewRepr(v *dictView) (string, *PyError) {
	items, err := vm.iterateAll(v)
	if err != nil {
		return "", err
	}
	l := vm.NewList(items)
	defer vm.Decref(l)
	s, err := vm.ReprString(l)
	if err != nil {
		return "", err
	}
	return v.Type().Name + "(" + s + ")", nil
}

// dictViewContains is `x in view`: a key of the dict, or for items a (key, value) pair
// whose value equals the dict's.
func (vm *VM) dictViewContains(v *dictView, x Object) (bool, *PyError) {
	if v.kind == dictKeys {
		found, err := v.d.GetItem(vm, x)
		return found != nil, err
	}
	pair, ok := x.(*Tuple)
	if !ok || len(pair.Items) != 2 {
		return false, nil
	}
	found, err := v.d.GetItem(vm, pair.Items[0])
	if err != nil || found == nil {
		return false, err
	}
	incref(found)
	eq, err := vm.EqualBool(found, pair.Items[1])
	vm.Decref(found)
	return eq, err
}

// allContainedIn is all_contained_in: every item of a is in b.
func (vm *VM) allContainedIn(a, b Object) (bool, *PyError) {
	all := true
	err := vm.forEach(a, func(x Object) *PyError {
		if !all {
			return nil
		}
		in, err := vm.Contains(b, x)
		if err != nil {
			return err
		}
		all = in
		return nil
	})
	return all, err
}

// dictViewRichCompare is dictview_richcompare: keys and items views compare with sets
// and other such views by size and containment.
func (vm *VM) dictViewRichCompare(v *dictView, w Object, cmp int) (Object, *PyError) {
	if tableOf(w) == nil && !isSetLikeView(w) {
		return newRef(NotImplemented), nil
	}
	lv := v.d.used
	lw, err := vm.Len(w)
	if err != nil {
		return nil, err
	}
	ok := false
	switch cmp {
	case op.CmpEQ, op.CmpNE:
		if lv == lw {
			ok, err = vm.allContainedIn(v, w)
		}
		if cmp == op.CmpNE && err == nil {
			ok = !ok
		}
	case op.CmpLT:
		if lv < lw {
			ok, err = vm.allContainedIn(v, w)
		}
	case op.CmpLE:
		if lv <= lw {
			ok, err = vm.allContainedIn(v, w)
		}
	case op.CmpGT:
		if lv > lw {
			ok, err = vm.allContainedIn(w, v)
		}
	case op.CmpGE:
		if lv >= lw {
			ok, err = vm.allContainedIn(w, v)
		}
	}
	if err != nil {
		return nil, err
	}
	return NewBool(ok), nil
}

// dictViewSetOp is the | & - ^ of keys and items views: a set made from the left operand,
// updated in place with the right one, as dictviews_and and its siblings do.
func (vm *VM) dictViewSetOp(left, right Object, update string) (Object, *PyError) {
	s := vm.NewSet(nil)
	if err := vm.setUpdate(&s.setTable, left); err != nil {
		vm.Decref(s)
		return nil, err
	}
	r, err := vm.CallMethod(s, update, right)
	if err != nil {
		vm.Decref(s)
		return nil, err
	}
	vm.Decref(r)
	return s, nil
}

func dictViewSpec(t *Type) typeSpec {
	view := func(self Object) *dictView { return self.(*dictView) }
	methods := []methodDef{
		{name: "__len__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.NewInt(int64(view(self).d.used)), nil
		}},
		{name: "__iter__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			v := view(self)
			return vm.newDictIter(v.d, v.kind), nil
		}},
	}
	if t != DictValuesType {
		methods = append(methods, methodDef{name: "__contains__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("__contains__", args, 1); err != nil {
				return nil, err
			}
			in, err := vm.dictViewContains(view(self), args[0])
			if err != nil {
				return nil, err
			}
			return NewBool(in), nil
		}, coexist: true})
		for _, o := range []struct{ name, update string }{
			{"and", "intersection_update"}, {"or", "update"}, {"sub", "difference_update"}, {"xor", "symmetric_difference_update"},
		} {
			update := o.update
			methods = append(methods,
				methodDef{name: "__" + o.name + "__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
					if err := vm.argsExactly("__"+o.name+"__", args, 1); err != nil {
						return nil, err
					}
					return vm.dictViewSetOp(self, args[0], update)
				}},
				methodDef{name: "__r" + o.name + "__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
					if err := vm.argsExactly("__r"+o.name+"__", args, 1); err != nil {
						return nil, err
					}
					return vm.dictViewSetOp(args[0], self, update)
				}})
		}
		for i, n := range richNames {
			cmp := i
			methods = append(methods, methodDef{name: n.S, fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly(richNames[cmp].S, args, 1); err != nil {
					return nil, err
				}
				return vm.dictViewRichCompare(view(self), args[0], cmp)
			}})
		}
	}
	return typeSpec{t: t, base: ObjectType, methods: methods}
}
