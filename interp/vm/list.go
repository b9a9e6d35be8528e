// list.go implements list operations: indexing and slicing (with CPython's order of
// releasing replaced items, which decides the order of __del__ calls), concatenation, and
// the list methods, including a stable sort with key, cmp and reverse.
package vm

// listSlice returns l[lo:hi] as a new list.
func (vm *VM) listSlice(l *List, lo, hi int) Object {
	if l.rng != nil {
		r := l.rng
		return vm.newRangeList(r.start+int64(lo)*r.step, r.step, hi-lo)
	}
	items := make([]Object, hi-lo)
	for i := range items {
		items[i] = newRef(l.Items[lo+i])
	}
	return vm.NewList(items)
}

// listConcat is a + b.
func (vm *VM) listConcat(a, b *List) Object {
	a.materialize(vm)
	b.materialize(vm)
	items := make([]Object, 0, len(a.Items)+len(b.Items))
	for _, it := range a.Items {
		items = append(items, newRef(it))
	}
	for _, it := range b.Items {
		items = append(items, newRef(it))
	}
	return vm.NewList(items)
}

// listExtend appends the items of another list (a += b).
func (vm *VM) listExtend(a, b *List) *PyError {
	a.materialize(vm)
	b.materialize(vm)
	src := b.Items
	if a == b {
		src = append([]Object(nil), src...)
	}
	if len(src) > 0 {
		a.noteResize(len(a.Items) + len(src))
	}
	for _, it := range src {
		a.Items = append(a.Items, newRef(it))
	}
	return nil
}

// listExtendIter appends the items of any iterable.
func (vm *VM) listExtendIter(l *List, it Object) *PyError {
	if other, ok := it.(*List); ok {
		return vm.listExtend(l, other)
	}
	hint := vm.lengthHint(it)
	items, err := vm.iterateProbed(it)
	if err != nil {
		return err
	}
	l.materialize(vm)
	// CPython's list_extend: room for the guessed length, then one slot at a time as
	// app1 grows it, then a resize to the length reached.
	n := len(l.Items)
	target := n + len(items)
	alloc := cpythonListResize(max(l.alloc, n), n+hint)
	for alloc < target {
		alloc = cpythonListResize(alloc, alloc+1)
	}
	if target < alloc {
		alloc = cpythonListResize(alloc, target)
	}
	l.alloc = alloc
	l.Items = append(l.Items, items...)
	return nil
}

// repeatWrapper is the __mul__ and __rmul__ of a builtin sequence called directly
// (wrap_indexargfunc): the count goes through PyNumber_AsSsize_t, with its message.
func (vm *VM) repeatWrapper(seq, n Object) (Object, *PyError) {
	if _, ok, err := vm.repeatCount(n); err != nil {
		return nil, err
	} else if !ok {
		return nil, vm.typeErrorf("'%s' object cannot be interpreted as an index", cTypeName(typeOf(n)))
	}
	r, err, _ := vm.sequenceRepeat(seq, n)
	return r, err
}

// listRepeatInPlace is l *= n.
func (vm *VM) listRepeatInPlace(l *List, n int) *PyError {
	l.materialize(vm)
	if err := vm.checkRepeat(len(l.Items), n, l); err != nil {
		return err
	}
	if n <= 0 {
		items := l.Items
		l.Items = nil
		for i := len(items) - 1; i >= 0; i-- {
			vm.Decref(items[i])
		}
		return nil
	}
	l.noteResize(len(l.Items) * n)
	orig := l.Items
	for i := 1; i < n; i++ {
		for _, it := range orig {
			l.Items = append(l.Items, newRef(it))
		}
	}
	return nil
}

// listSubscript is l[key] for a non-int key: a long index or a slice.
func (vm *VM) listSubscript(l *List, key Object) (Object, *PyError) {
	if s, ok := key.(*Slice); ok {
		start, _, step, n, err := vm.sliceIndices(s, l.Len())
		if err != nil {
			return nil, err
		}
		if step == 1 {
			return vm.listSlice(l, start, start+n), nil
		}
		items := make([]Object, n)
		for i := 0; i < n; i++ {
			items[i] = l.item(vm, start+i*step)
		}
		return vm.NewList(items), nil
	}
	i, ok, err := vm.indexValue(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, vm.typeErrorf("list indices must be integers, not %s", key.Type().Name)
	}
	n := int64(l.Len())
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, vm.Raise(IndexErrorType, "list index out of range")
	}
	return l.item(vm, int(i)), nil
}

// tupleSubscript is t[key] for a non-int key.
func (vm *VM) tupleSubscript(t *Tuple, key Object) (Object, *PyError) {
	if s, ok := key.(*Slice); ok {
		start, _, step, n, err := vm.sliceIndices(s, len(t.Items))
		if err != nil {
			return nil, err
		}
		if step == 1 && start == 0 && n == len(t.Items) {
			return newRef(t), nil
		}
		items := make([]Object, n)
		for i := 0; i < n; i++ {
			items[i] = newRef(t.Items[start+i*step])
		}
		return vm.NewTuple(items), nil
	}
	i, ok, err := vm.indexValue(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, vm.typeErrorf("tuple indices must be integers, not %s", key.Type().Name)
	}
	n := int64(len(t.Items))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, vm.Raise(IndexErrorType, "tuple index out of range")
	}
	return newRef(t.Items[i]), nil
}

// listAssItem is l[key] = v, or del l[key] when v is nil.
func (vm *VM) listAssItem(l *List, key, v Object) *PyError {
	if s, ok := key.(*Slice); ok {
		return vm.listAssExtSlice(l, s, v)
	}
	i, ok, err := vm.indexValue(key)
	if err != nil {
		return err
	}
	if !ok {
		return vm.typeErrorf("list indices must be integers, not %s", key.Type().Name)
	}
	l.materialize(vm)
	n := int64(len(l.Items))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return vm.Raise(IndexErrorType, "list assignment index out of range")
	}
	if v == nil {
		return vm.listAssSlice(l, int(i), int(i)+1, nil)
	}
	old := l.Items[i]
	l.Items[i] = newRef(v)
	vm.Decref(old)
	return nil
}

// listAssSlice is l[lo:hi] = v (any iterable), or del l[lo:hi] when v is nil. The replaced
// items are released last to first after the list has its new contents (list_ass_slice).
func (vm *VM) listAssSlice(l *List, lo, hi int, v Object) *PyError {
	l.materialize(vm)
	var items []Object
	if v != nil {
		if v == Object(l) {
			items = make([]Object, len(l.Items))
			for i, it := range l.Items {
				items[i] = newRef(it)
			}
		} else {
			var err *PyError
			items, err = vm.iterateAll(v)
			if err != nil {
				if err.Matches(TypeErrorType) && !vm.isIterable(v) {
					err.release(vm)
					return vm.typeErrorf("can only assign an iterable")
				}
				return err
			}
		}
	}
	n := len(l.Items)
	if lo > n {
		lo = n
	}
	if hi < lo {
		hi = lo
	}
	if hi > n {
		hi = n
	}
	recycle := append([]Object(nil), l.Items[lo:hi]...)
	if len(items) != hi-lo {
		l.noteResize(n - (hi - lo) + len(items))
	}
	newItems := make([]Object, 0, n-(hi-lo)+len(items))
	newItems = append(newItems, l.Items[:lo]...)
	newItems = append(newItems, items...)
	newItems = append(newItems, l.Items[hi:]...)
	l.Items = newItems
	for i := len(recycle) - 1; i >= 0; i-- {
		vm.Decref(recycle[i])
	}
	return nil
}

// listAssExtSlice is assignment and deletion through a slice object.
func (vm *VM) listAssExtSlice(l *List, s *Slice, v Object) *PyError {
	l.materialize(vm)
	start, _, step, n, err := vm.sliceIndices(s, len(l.Items))
	if err != nil {
		return err
	}
	if step == 1 {
		return vm.listAssSlice(l, start, start+n, v)
	}
	if v == nil {
		// Delete every step-th item; the removed ones are released in order.
		var garbage []Object
		del := make(map[int]bool, n)
		for i := 0; i < n; i++ {
			del[start+i*step] = true
		}
		kept := make([]Object, 0, len(l.Items)-n)
		for i, it := range l.Items {
			if del[i] {
				garbage = append(garbage, it)
			} else {
				kept = append(kept, it)
			}
		}
		if step < 0 {
			for i, j := 0, len(garbage)-1; i < j; i, j = i+1, j-1 {
				garbage[i], garbage[j] = garbage[j], garbage[i]
			}
		}
		l.Items = kept
		for _, g := range garbage {
			vm.Decref(g)
		}
		return nil
	}
	items, err := vm.iterateAll(v)
	if err != nil {
		return err
	}
	if len(items) != n {
		for _, it := range items {
			vm.Decref(it)
		}
		return vm.Raisef(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	garbage := make([]Object, n)
	for i := 0; i < n; i++ {
		idx := start + i*step
		garbage[i] = l.Items[idx]
		l.Items[idx] = items[i]
	}
	for _, g := range garbage {
		vm.Decref(g)
	}
	return nil
}

// asList returns the list behind self (a list or an instance of a list subclass).
func asList(self Object) *List {
	switch x := self.(type) {
	case *List:
		return x
	case *Instance:
		if l, ok := x.Native.(*List); ok {
			return l
		}
	}
	return nil
}

func listSpec() typeSpec {
	ListType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		l := vm.NewList(nil)
		if cls == ListType {
			return l, nil
		}
		return vm.nativeSubclassInstance(cls, l), nil
	}
	m := func(name string, fn func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError)) methodDef {
		return methodDef{name: name, fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			l := asList(self)
			if l == nil {
				return nil, vm.typeErrorf("descriptor '%s' requires a 'list' object but received a '%s'", name, self.Type().Name)
			}
			return fn(vm, l, args, kw)
		}}
	}
	spec := typeSpec{
		t:    ListType,
		base: ObjectType,
		methods: []methodDef{
			takesKeywords(m("__init__", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				a, err := vm.bindBuiltinArgs("list", args, kw, []string{"sequence"}, 0)
				if err != nil {
					return nil, err
				}
				if err := vm.listAssSlice(l, 0, l.Len(), nil); err != nil {
					return nil, err
				}
				if a[0] != nil {
					if err := vm.listExtendIter(l, a[0]); err != nil {
						return nil, err
					}
				}
				return noneRef(), nil
			})),
			m("append", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("append", args, 1); err != nil {
					return nil, err
				}
				l.Append(vm, args[0])
				return noneRef(), nil
			}),
			m("extend", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("extend", args, 1); err != nil {
					return nil, err
				}
				if err := vm.listExtendIter(l, args[0]); err != nil {
					return nil, err
				}
				return noneRef(), nil
			}),
			m("insert", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("insert", args, 2); err != nil {
					return nil, err
				}
				i, err := vm.cLongArg(args[0])
				if err != nil {
					return nil, err
				}
				l.materialize(vm)
				at := clipIndex(i, len(l.Items))
				l.noteResize(len(l.Items) + 1)
				l.Items = append(l.Items, nil)
				copy(l.Items[at+1:], l.Items[at:])
				l.Items[at] = newRef(args[1])
				return noneRef(), nil
			}),
			m("pop", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsRange("pop", args, 0, 1); err != nil {
					return nil, err
				}
				i := int64(-1)
				if len(args) == 1 {
					v, err := vm.cLongArg(args[0])
					if err != nil {
						return nil, err
					}
					i = v
				}
				l.materialize(vm)
				n := int64(len(l.Items))
				if n == 0 {
					return nil, vm.Raise(IndexErrorType, "pop from empty list")
				}
				if i < 0 {
					i += n
				}
				if i < 0 || i >= n {
					return nil, vm.Raise(IndexErrorType, "pop index out of range")
				}
				v := l.Items[i]
				l.noteResize(int(n - 1))
				copy(l.Items[i:], l.Items[i+1:])
				l.Items[n-1] = nil
				l.Items = l.Items[:n-1]
				return v, nil
			}),
			m("remove", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("remove", args, 1); err != nil {
					return nil, err
				}
				l.materialize(vm)
				for i := 0; i < len(l.Items); i++ {
					eq, err := vm.EqualBool(l.Items[i], args[0])
					if err != nil {
						return nil, err
					}
					if eq {
						if err := vm.listAssSlice(l, i, i+1, nil); err != nil {
							return nil, err
						}
						return noneRef(), nil
					}
				}
				return nil, vm.Raise(ValueErrorType, "list.remove(x): x not in list")
			}),
			m("index", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsRange("index", args, 1, 3); err != nil {
					return nil, err
				}
				l.materialize(vm)
				start, stop, err := vm.searchBounds(args[1:], len(l.Items))
				if err != nil {
					return nil, err
				}
				for i := start; i < stop && i < len(l.Items); i++ {
					eq, err := vm.EqualBool(l.Items[i], args[0])
					if err != nil {
						return nil, err
					}
					if eq {
						return vm.NewInt(int64(i)), nil
					}
				}
				r, err := vm.ReprString(args[0])
				if err != nil {
					return nil, err
				}
				return nil, vm.Raisef(ValueErrorType, "%s is not in list", r)
			}),
			m("count", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("count", args, 1); err != nil {
					return nil, err
				}
				l.materialize(vm)
				n := 0
				for i := 0; i < len(l.Items); i++ {
					eq, err := vm.EqualBool(l.Items[i], args[0])
					if err != nil {
						return nil, err
					}
					if eq {
						n++
					}
				}
				return vm.NewInt(int64(n)), nil
			}),
			m("reverse", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("reverse", args, 0); err != nil {
					return nil, err
				}
				l.materialize(vm)
				for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
					l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
				}
				return noneRef(), nil
			}),
			takesKeywords(m("sort", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				a, err := vm.bindBuiltinArgs("sort", args, kw, []string{"cmp", "key", "reverse"}, 0)
				if err != nil {
					return nil, err
				}
				cmpFn, key, reverse, err := vm.sortArgs(a[0], a[1], a[2])
				if err != nil {
					return nil, err
				}
				if err := vm.sortList(l, cmpFn, key, reverse); err != nil {
					return nil, err
				}
				return noneRef(), nil
			})),
			m("__len__", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				return vm.NewInt(int64(l.Len())), nil
			}),
			coexisting(m("__getitem__", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__getitem__", args, 1); err != nil {
					return nil, err
				}
				return vm.GetItem(l, args[0])
			})),
			m("__setitem__", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__setitem__", args, 2); err != nil {
					return nil, err
				}
				if err := vm.listAssItem(l, args[0], args[1]); err != nil {
					return nil, err
				}
				return noneRef(), nil
			}),
			m("__delitem__", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__delitem__", args, 1); err != nil {
					return nil, err
				}
				if err := vm.listAssItem(l, args[0], nil); err != nil {
					return nil, err
				}
				return noneRef(), nil
			}),
			m("__contains__", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__contains__", args, 1); err != nil {
					return nil, err
				}
				in, err := vm.Contains(l, args[0])
				return NewBool(in), err
			}),
			m("__iter__", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				return vm.newSeqIter(ListIterType, l), nil
			}),
			m("__reversed__", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				r := &reversedObj{seq: newRef(l), i: l.Len() - 1}
				r.RC = 1
				vm.track(r, 32, 0)
				return r, nil
			}),
			m("__add__", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__add__", args, 1); err != nil {
					return nil, err
				}
				o, ok := nativeIndexable(args[0]).(*List)
				if !ok {
					return nil, vm.typeErrorf("can only concatenate list (not \"%s\") to list", typeOf(args[0]).Name)
				}
				return vm.listConcat(l, o), nil
			}),
			{name: "__iadd__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				// list_inplace_concat returns the object itself (a subclass instance too).
				l := asList(self)
				if l == nil {
					return nil, vm.typeErrorf("descriptor '__iadd__' requires a 'list' object but received a '%s'", self.Type().Name)
				}
				if err := vm.argsExactly("__iadd__", args, 1); err != nil {
					return nil, err
				}
				if err := vm.listExtendIter(l, args[0]); err != nil {
					return nil, err
				}
				return newRef(self), nil
			}},
			{name: "__imul__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				// list_inplace_repeat, returning the object itself.
				l := asList(self)
				if l == nil {
					return nil, vm.typeErrorf("descriptor '__imul__' requires a 'list' object but received a '%s'", self.Type().Name)
				}
				if err := vm.argsExactly("__imul__", args, 1); err != nil {
					return nil, err
				}
				n, ok, err := vm.repeatCount(args[0])
				if err != nil {
					return nil, err
				}
				if !ok {
					return nil, vm.typeErrorf("'%s' object cannot be interpreted as an index", cTypeName(typeOf(args[0])))
				}
				if err := vm.listRepeatInPlace(l, n); err != nil {
					return nil, err
				}
				return newRef(self), nil
			}},
			m("__mul__", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__mul__", args, 1); err != nil {
					return nil, err
				}
				return vm.repeatWrapper(l, args[0])
			}),
			m("__rmul__", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__rmul__", args, 1); err != nil {
					return nil, err
				}
				return vm.repeatWrapper(l, args[0])
			}),
			m("__repr__", func(vm *VM, l *List, args []Object, kw *Dict) (Object, *PyError) {
				return vm.Repr(l)
			}),
		},
		doc: "list() -> new empty list\nlist(iterable) -> new list initialized from iterable's items",
	}
	spec.methods = append(spec.methods, richCompareMethods()...)
	return spec
}

// searchBounds reads the optional start and stop of index() methods.
func (vm *VM) searchBounds(args []Object, n int) (int, int, *PyError) {
	start, stop := 0, n
	for i, a := range args {
		v, ok, err := vm.sliceIndex(a)
		if err != nil {
			return 0, 0, err
		}
		if !ok {
			continue
		}
		if i == 0 {
			start = clipIndex(v, n)
		} else {
			stop = clipIndex(v, n)
		}
	}
	return start, stop, nil
}

// sortArgs converts the cmp, key and reverse arguments of list.sort and sorted, as bound
// by bindBuiltinArgs (nil when not given): None means no function, and reverse is read
// with the "i" format's conversion.
func (vm *VM) sortArgs(cmpArg, keyArg, reverseArg Object) (cmpFn, key Object, reverse bool, err *PyError) {
	if cmpArg != nil && cmpArg != Object(None) {
		cmpFn = cmpArg
	}
	if keyArg != nil && keyArg != Object(None) {
		key = keyArg
	}
	if reverseArg != nil {
		var r int
		r, err = vm.cIntArg(reverseArg)
		reverse = r != 0
	}
	return
}

// sortList sorts in place, stably, comparing with < (or cmp(a, b) < 0) on the keys. The
// list is empty while it is sorted, as CPython makes it, so changes made by a comparison
// are detected.
func (vm *VM) sortList(l *List, cmpFn, key Object, reverse bool) *PyError {
	l.materialize(vm)
	items := l.Items
	l.Items = nil
	keys := items
	if key != nil {
		keys = make([]Object, len(items))
		for i, it := range items {
			k, err := vm.Call(key, []Object{it}, nil)
			if err != nil {
				for _, kk := range keys[:i] {
					vm.Decref(kk)
				}
				l.Items = items
				return err
			}
			keys[i] = k
		}
	}
	// CPython's listsort: reversed before and after, so that equal items keep their
	// order, and a timsort of the keys in between. After a failed comparison the items
	// stay in the partly sorted order the sort had reached, as in CPython.
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	ts := &timsort{vm: vm, keys: keys, cmpFn: cmpFn, a: idx}
	if reverse {
		ts.reverse(0, len(idx))
	}
	sortErr := ts.run()
	if reverse {
		ts.reverse(0, len(idx))
	}
	sorted := make([]Object, len(items))
	for i, k := range idx {
		sorted[i] = items[k]
	}
	if key != nil {
		for _, k := range keys {
			vm.Decref(k)
		}
	}
	modified := len(l.Items) > 0
	for _, o := range l.Items {
		vm.Decref(o)
	}
	l.Items = sorted
	if sortErr != nil {
		return sortErr
	}
	if modified {
		return vm.Raise(ValueErrorType, "list modified during sort")
	}
	return nil
}
