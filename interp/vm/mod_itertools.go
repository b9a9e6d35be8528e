// mod_itertools.go defines _itertools, the iterators of the itertools module in Go (as
// CPython's are in C): count, repeat, cycle, chain, islice, imap, starmap, ifilter,
// ifilterfalse, izip, izip_longest, compress, takewhile, dropwhile and the combinatoric
// ones. Each is an itIter: its owned references in refs (so that the collectors see them)
// and a step function; an exhausted iterator drops its references. pylib/itertools.py adds
// groupby and tee.
package vm

import (
	"handson/gcsim"
)

// The itertools types, each with its own name as in CPython.
var (
	CountType        = newStaticType("count", KindOther, 0)
	RepeatType       = newStaticType("repeat", KindOther, 0)
	CycleType        = newStaticType("cycle", KindOther, 0)
	ChainType        = newStaticType("chain", KindOther, 0)
	ISliceType       = newStaticType("islice", KindOther, 0)
	IMapType         = newStaticType("imap", KindOther, 0)
	StarMapType      = newStaticType("starmap", KindOther, 0)
	IFilterType      = newStaticType("ifilter", KindOther, 0)
	IFilterFalseType = newStaticType("ifilterfalse", KindOther, 0)
	IZipType         = newStaticType("izip", KindOther, 0)
	IZipLongestType  = newStaticType("izip_longest", KindOther, 0)
	CompressType     = newStaticType("compress", KindOther, 0)
	TakeWhileType    = newStaticType("takewhile", KindOther, 0)
	DropWhileType    = newStaticType("dropwhile", KindOther, 0)
	ProductType      = newStaticType("product", KindOther, 0)
	PermutationsType = newStaticType("permutations", KindOther, 0)
	CombinationsType = newStaticType("combinations", KindOther, 0)
	CombWithRepType  = newStaticType("combinations_with_replacement", KindOther, 0)
)

// itIter is one itertools iterator.
type itIter struct {
	gcsim.Header
	typ  *Type
	refs []Object // owned: the source iterators, functions and saved values
	// step produces the next item (owned), or nil at the end.
	step func(vm *VM, it *itIter) (Object, *PyError)
	// Integer state of the combinatoric iterators and of islice, and a flag.
	ints  []int
	ints2 []int
	n, m  int
	flag  bool
	done  bool
}

func (it *itIter) Type() *Type { return it.typ }

func (it *itIter) clearRefs(vm *VM) {
	refs := it.refs
	it.refs = nil
	it.done = true
	for _, r := range refs {
		vm.Xdecref(r)
	}
}

func (it *itIter) traverse(visit func(Object)) {
	for _, r := range it.refs {
		if r != nil {
			visit(r)
		}
	}
}

// newItIter makes an iterator owning refs (references given up by the caller).
func (vm *VM) newItIter(t *Type, refs []Object, step func(vm *VM, it *itIter) (Object, *PyError)) *itIter {
	it := &itIter{Header: gcsim.Header{RC: 1}, typ: t, refs: refs, step: step}
	vm.track(it, 48+8*len(refs), 0)
	return it
}

// setRef replaces refs[i], releasing the old value after the store.
func (vm *VM) setRef(it *itIter, i int, o Object) {
	old := it.refs[i]
	it.refs[i] = o
	vm.Xdecref(old)
}

// itNext advances an itertools iterator.
func (vm *VM) itNext(it *itIter) (Object, *PyError) {
	if it.done {
		return nil, nil
	}
	o, err := it.step(vm, it)
	if err != nil {
		return nil, err
	}
	if o == nil {
		it.clearRefs(vm)
	}
	return o, nil
}

// iterOf is iter(o), with izip's message for a non-iterable argument when name is set.
func (vm *VM) iterOf(o Object, name string, pos int) (Object, *PyError) {
	it, err := vm.GetIter(o)
	if err != nil && name != "" && err.Matches(TypeErrorType) {
		err.release(vm)
		return nil, vm.typeErrorf("%s argument #%d must support iteration", name, pos)
	}
	return it, err
}

// iters makes iterators of all args (owned), or releases what it made on failure.
func (vm *VM) iters(args []Object, name string) ([]Object, *PyError) {
	out := make([]Object, 0, len(args))
	for i, a := range args {
		it, err := vm.iterOf(a, name, i+1)
		if err != nil {
			for _, o := range out {
				vm.Decref(o)
			}
			return nil, err
		}
		out = append(out, it)
	}
	return out, nil
}

func isNumber(o Object) bool { return nativeNumber(o) != nil }

// itertoolsTypes are the specs of the itertools types.
func itertoolsTypes() []moduleTypeSpec {
	iterMethods := []methodDef{
		{name: "__iter__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return newRef(self), nil
		}},
		{name: "next", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			o, err := vm.itNext(self.(*itIter))
			if err != nil {
				return nil, err
			}
			if o == nil {
				return nil, vm.RaiseArgs(StopIterationType)
			}
			return o, nil
		}},
	}
	with := func(extra ...methodDef) []methodDef { return append(append([]methodDef{}, iterMethods...), extra...) }

	CountType.New = countNew
	RepeatType.New = repeatNew
	CycleType.New = cycleNew
	ChainType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.pyArgNoKeywords("chain()", kw); err != nil {
			return nil, err
		}
		// refs[0] is the current iterator (or nil); the rest are the iterables still to
		// run, made iterators only when reached (chain(1) fails when iterated, as in CPython).
		refs := []Object{nil}
		for _, a := range args {
			refs = append(refs, newRef(a))
		}
		return vm.newItIter(ChainType, refs, chainStep), nil
	}
	ISliceType.New = isliceNew
	IMapType.New = imapNew
	StarMapType.New = starmapNew
	IFilterType.New = filterNew(IFilterType, "ifilter", false)
	IFilterFalseType.New = filterNew(IFilterFalseType, "ifilterfalse", true)
	IZipType.New = izipNew
	IZipLongestType.New = izipLongestNew
	CompressType.New = compressNew
	TakeWhileType.New = whileNew(TakeWhileType, "takewhile", true)
	DropWhileType.New = whileNew(DropWhileType, "dropwhile", false)
	ProductType.New = productNew
	PermutationsType.New = permutationsNew
	CombinationsType.New = combinationsNew(CombinationsType, "combinations", false)
	CombWithRepType.New = combinationsNew(CombWithRepType, "combinations_with_replacement", true)

	spec := func(t *Type, methods []methodDef) moduleTypeSpec {
		return moduleTypeSpec{"itertools", typeSpec{t: t, base: ObjectType, methods: methods}}
	}
	return []moduleTypeSpec{
		{"itertools", typeSpec{t: CountType, base: ObjectType, methods: with(),
			getsets: []getsetDef{reprGetset(countRepr)}}},
		{"itertools", typeSpec{t: RepeatType, base: ObjectType, getsets: []getsetDef{reprGetset(repeatRepr)}, methods: with(
			methodDef{name: "__length_hint__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				it := self.(*itIter)
				if !it.flag {
					return nil, vm.typeErrorf("len() of unsized object")
				}
				return vm.NewInt(int64(it.n)), nil
			}})}},
		spec(CycleType, with()),
		{"itertools", typeSpec{t: ChainType, base: ObjectType, methods: with(), classMethods: []methodDef{
			{name: "from_iterable", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("from_iterable", args, 1); err != nil {
					return nil, err
				}
				src, err := vm.GetIter(args[0])
				if err != nil {
					return nil, err
				}
				// refs[0] is the current iterator, refs[1] the iterator of iterables.
				it := vm.newItIter(ChainType, []Object{nil, src}, chainStep)
				it.flag = true
				return it, nil
			}},
		}}},
		spec(ISliceType, with()),
		spec(IMapType, with()),
		spec(StarMapType, with()),
		spec(IFilterType, with()),
		spec(IFilterFalseType, with()),
		spec(IZipType, with()),
		spec(IZipLongestType, with()),
		spec(CompressType, with()),
		spec(TakeWhileType, with()),
		spec(DropWhileType, with()),
		spec(ProductType, with()),
		spec(PermutationsType, with()),
		spec(CombinationsType, with()),
		spec(CombWithRepType, with()),
	}
}

// count(start=0, step=1): refs = [current, step].
func countNew(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
	a, err := vm.bindBuiltinArgs("count", args, kw, []string{"start", "step"}, 0)
	if err != nil {
		return nil, err
	}
	var start, step Object = vm.NewInt(0), vm.NewInt(1)
	defer func() {
		vm.Decref(start)
		vm.Decref(step)
	}()
	if a[0] != nil {
		vm.Decref(start)
		start = newRef(a[0])
	}
	if a[1] != nil {
		vm.Decref(step)
		step = newRef(a[1])
	}
	if !isNumber(start) || !isNumber(step) {
		return nil, vm.typeErrorf("a number is required")
	}
	return vm.newItIter(CountType, []Object{newRef(start), newRef(step)}, func(vm *VM, it *itIter) (Object, *PyError) {
		cur := it.refs[0]
		next, err := vm.binaryOp(opAdd, cur, it.refs[1], false)
		if err != nil {
			return nil, err
		}
		incref(cur)
		vm.setRef(it, 0, next)
		return cur, nil
	}), nil
}

func countRepr(vm *VM, self Object) (string, *PyError) {
	it := self.(*itIter)
	if it.done || len(it.refs) < 2 {
		return "count()", nil
	}
	s, err := vm.ReprString(it.refs[0])
	if err != nil {
		return "", err
	}
	if st, ok := it.refs[1].(*Int); ok && st.V == 1 {
		return "count(" + s + ")", nil
	}
	t, err := vm.ReprString(it.refs[1])
	if err != nil {
		return "", err
	}
	return "count(" + s + ", " + t + ")", nil
}

// repeat(object[, times]): refs = [object]; flag says times was given, n is what is left.
func repeatNew(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
	a, err := vm.bindBuiltinArgs("repeat", args, kw, []string{"object", "times"}, 1)
	if err != nil {
		return nil, err
	}
	obj, times := a[0], a[1]
	it := vm.newItIter(RepeatType, []Object{newRef(obj)}, func(vm *VM, it *itIter) (Object, *PyError) {
		if it.flag {
			if it.n <= 0 {
				return nil, nil
			}
			it.n--
		}
		return newRef(it.refs[0]), nil
	})
	if times != nil {
		// The "n" format: None and floats are refused, __int__ counts.
		n, err := vm.cLongArg(times)
		if err != nil {
			vm.Decref(it)
			return nil, err
		}
		it.flag, it.n = true, int(max(n, 0))
	}
	return it, nil
}

func repeatRepr(vm *VM, self Object) (string, *PyError) {
	it := self.(*itIter)
	if len(it.refs) == 0 {
		return "repeat()", nil
	}
	s, err := vm.ReprString(it.refs[0])
	if err != nil {
		return "", err
	}
	if it.flag {
		return "repeat(" + s + ", " + intRepr(int64(it.n)) + ")", nil
	}
	return "repeat(" + s + ")", nil
}

// cycle(iterable): refs = [source iterator or nil, saved list]; n indexes the saved items
// once the source is exhausted.
func cycleNew(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.pyArgNoKeywords("cycle()", kw); err != nil {
		return nil, err
	}
	if err := vm.argsExactly("cycle", args, 1); err != nil {
		return nil, err
	}
	src, err := vm.GetIter(args[0])
	if err != nil {
		return nil, err
	}
	return vm.newItIter(CycleType, []Object{src, vm.NewList(nil)}, func(vm *VM, it *itIter) (Object, *PyError) {
		saved := it.refs[1].(*List)
		if it.refs[0] != nil {
			o, err := vm.Next(it.refs[0])
			if err != nil {
				return nil, err
			}
			if o != nil {
				saved.Append(vm, o)
				return o, nil
			}
			vm.setRef(it, 0, nil)
		}
		if len(saved.Items) == 0 {
			return nil, nil
		}
		o := saved.Items[it.n%len(saved.Items)]
		it.n = (it.n + 1) % len(saved.Items)
		return newRef(o), nil
	}), nil
}

// chainStep: refs[0] is the current iterator; with flag (from_iterable) refs[1] yields the
// iterables, otherwise refs[1:] are the iterators still to run.
func chainStep(vm *VM, it *itIter) (Object, *PyError) {
	for {
		if it.refs[0] != nil {
			o, err := vm.Next(it.refs[0])
			if err != nil || o != nil {
				return o, err
			}
			vm.setRef(it, 0, nil)
		}
		if it.flag {
			src, err := vm.Next(it.refs[1])
			if err != nil || src == nil {
				return nil, err
			}
			sub, err := vm.GetIter(src)
			vm.Decref(src)
			if err != nil {
				return nil, err
			}
			vm.setRef(it, 0, sub)
			continue
		}
		if it.n+1 >= len(it.refs) {
			return nil, nil
		}
		it.n++
		src := it.refs[it.n]
		it.refs[it.n] = nil
		next, err := vm.GetIter(src)
		vm.Decref(src)
		if err != nil {
			return nil, err
		}
		vm.setRef(it, 0, next)
	}
}

// isliceInt reads an islice argument as islice_new does, with PyInt_AsSsize_t: a float
// truncates, anything with __int__ will do, and a failure is -1 (its error dropped).
func (vm *VM) isliceInt(o Object) int64 {
	n, err := vm.intAsLong(o, "")
	if err != nil {
		err.release(vm)
		return -1
	}
	return n
}

// islice(iterable, [start,] stop[, step]): refs = [source]; ints = [next index to yield,
// stop (-1: none), step, index of the next item read].
func isliceNew(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.pyArgNoKeywords("islice()", kw); err != nil {
		return nil, err
	}
	if len(args) < 2 {
		return nil, vm.typeErrorf("islice expected at least 2 arguments, got %d", len(args))
	}
	if len(args) > 4 {
		return nil, vm.typeErrorf("islice expected at most 4 arguments, got %d", len(args))
	}
	// islice_new's checks, in its order: the stop (-1 is its failure value), then the
	// start and stop ranges, then the step; the iterable last.
	const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= maxint."
	var start, stop, step int64 = 0, -1, 1
	if len(args) == 2 {
		if args[1] != Object(None) {
			if stop = vm.isliceInt(args[1]); stop == -1 {
				return nil, vm.Raise(ValueErrorType, stopMsg)
			}
		}
	} else {
		if args[1] != Object(None) {
			start = vm.isliceInt(args[1])
		}
		if args[2] != Object(None) {
			if stop = vm.isliceInt(args[2]); stop == -1 {
				return nil, vm.Raise(ValueErrorType, stopMsg)
			}
		}
	}
	if start < 0 || stop < -1 {
		return nil, vm.Raise(ValueErrorType, "Indices for islice() must be None or an integer: 0 <= x <= maxint.")
	}
	if len(args) == 4 && args[3] != Object(None) {
		step = vm.isliceInt(args[3])
	}
	if step < 1 {
		return nil, vm.Raise(ValueErrorType, "Step for islice() must be a positive integer or None.")
	}
	src, err := vm.GetIter(args[0])
	if err != nil {
		return nil, err
	}
	it := vm.newItIter(ISliceType, []Object{src}, func(vm *VM, it *itIter) (Object, *PyError) {
		next, stop, step := it.ints[0], it.ints[1], it.ints[2]
		for stop < 0 || next < stop {
			o, err := vm.Next(it.refs[0])
			if err != nil || o == nil {
				return nil, err
			}
			i := it.ints[3]
			it.ints[3]++
			if i == next {
				it.ints[0] = next + step
				return o, nil
			}
			vm.Decref(o)
		}
		return nil, nil
	})
	it.ints = []int{int(start), int(stop), int(step), 0}
	return it, nil
}

// nextAll advances every iterator of refs[from:], returning the items (owned), or nil
// when one is exhausted.
func (vm *VM) nextAll(its []Object) ([]Object, *PyError) {
	items := make([]Object, len(its))
	for i, src := range its {
		o, err := vm.Next(src)
		if err != nil || o == nil {
			for _, p := range items[:i] {
				vm.Decref(p)
			}
			return nil, err
		}
		items[i] = o
	}
	return items, nil
}

// imap(function, *iterables): refs = [function, iterators...].
func imapNew(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.pyArgNoKeywords("imap()", kw); err != nil {
		return nil, err
	}
	if len(args) < 2 {
		return nil, vm.typeErrorf("imap() must have at least two arguments.")
	}
	its, err := vm.iters(args[1:], "")
	if err != nil {
		return nil, err
	}
	return vm.newItIter(IMapType, append([]Object{newRef(args[0])}, its...), func(vm *VM, it *itIter) (Object, *PyError) {
		items, err := vm.nextAll(it.refs[1:])
		if err != nil || items == nil {
			return nil, err
		}
		if it.refs[0] == Object(None) {
			return vm.NewTuple(items), nil
		}
		r, err := vm.Call(it.refs[0], items, nil)
		for _, o := range items {
			vm.Decref(o)
		}
		return r, err
	}), nil
}

// funcIterArgs reads the (function, iterable) of starmap, ifilter, ifilterfalse,
// takewhile and dropwhile (name), giving an iterator over the iterable.
func (vm *VM) funcIterArgs(name string, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.pyArgNoKeywords(name+"()", kw); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, vm.typeErrorf("%s expected 2 arguments, got %d", name, len(args))
	}
	return vm.GetIter(args[1])
}

// starmap(function, iterable): refs = [function, iterator].
func starmapNew(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
	src, err := vm.funcIterArgs("starmap", args, kw)
	if err != nil {
		return nil, err
	}
	return vm.newItIter(StarMapType, []Object{newRef(args[0]), src}, func(vm *VM, it *itIter) (Object, *PyError) {
		o, err := vm.Next(it.refs[1])
		if err != nil || o == nil {
			return nil, err
		}
		defer vm.Decref(o)
		callArgs, err := vm.iterateAll(o)
		if err != nil {
			return nil, err
		}
		r, err := vm.Call(it.refs[0], callArgs, nil)
		for _, a := range callArgs {
			vm.Decref(a)
		}
		return r, err
	}), nil
}

// ifilter / ifilterfalse(predicate or None, iterable): refs = [predicate, iterator].
func filterNew(t *Type, name string, keepFalse bool) func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
	return func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		src, err := vm.funcIterArgs(name, args, kw)
		if err != nil {
			return nil, err
		}
		return vm.newItIter(t, []Object{newRef(args[0]), src}, func(vm *VM, it *itIter) (Object, *PyError) {
			for {
				o, err := vm.Next(it.refs[1])
				if err != nil || o == nil {
					return nil, err
				}
				var truth bool
				if it.refs[0] == Object(None) {
					truth, err = vm.IsTrue(o)
				} else {
					var r Object
					r, err = vm.Call(it.refs[0], []Object{o}, nil)
					if err == nil {
						truth, err = vm.IsTrue(r)
						vm.Decref(r)
					}
				}
				if err != nil {
					vm.Decref(o)
					return nil, err
				}
				if truth != keepFalse {
					return o, nil
				}
				vm.Decref(o)
			}
		}), nil
	}
}

// izip(*iterables): refs = iterators.
func izipNew(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.pyArgNoKeywords("izip()", kw); err != nil {
		return nil, err
	}
	its, err := vm.iters(args, "izip")
	if err != nil {
		return nil, err
	}
	return vm.newItIter(IZipType, its, func(vm *VM, it *itIter) (Object, *PyError) {
		if len(it.refs) == 0 {
			return nil, nil
		}
		items, err := vm.nextAll(it.refs)
		if err != nil || items == nil {
			return nil, err
		}
		return vm.NewTuple(items), nil
	}), nil
}

// izip_longest(*iterables, fillvalue=None): refs = [fillvalue, iterators (nil once
// exhausted)...]; n counts the active ones.
func izipLongestNew(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
	// The one keyword is fillvalue; CPython checks the dict's size and that entry only.
	var fill Object = None
	if n := kwLen(kw); n > 0 {
		fill = kw.GetString("fillvalue")
		if n != 1 || fill == nil {
			return nil, vm.typeErrorf("izip_longest() got an unexpected keyword argument")
		}
	}
	its, err := vm.iters(args, "izip_longest")
	if err != nil {
		return nil, err
	}
	it := vm.newItIter(IZipLongestType, append([]Object{newRef(fill)}, its...), func(vm *VM, it *itIter) (Object, *PyError) {
		if it.n == 0 {
			return nil, nil
		}
		items := make([]Object, 0, len(it.refs)-1)
		release := func() {
			for _, o := range items {
				vm.Decref(o)
			}
		}
		for i := 1; i < len(it.refs); i++ {
			src := it.refs[i]
			if src == nil {
				items = append(items, newRef(it.refs[0]))
				continue
			}
			o, err := vm.Next(src)
			if err != nil {
				release()
				return nil, err
			}
			if o == nil {
				it.n--
				if it.n == 0 {
					release()
					return nil, nil
				}
				vm.setRef(it, i, nil)
				o = newRef(it.refs[0])
			}
			items = append(items, o)
		}
		return vm.NewTuple(items), nil
	})
	it.n = len(its)
	return it, nil
}

// compress(data, selectors): refs = [data iterator, selector iterator].
func compressNew(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
	args, err := vm.bindBuiltinArgs("compress", args, kw, []string{"data", "selectors"}, 2)
	if err != nil {
		return nil, err
	}
	its, err := vm.iters(args, "")
	if err != nil {
		return nil, err
	}
	return vm.newItIter(CompressType, its, func(vm *VM, it *itIter) (Object, *PyError) {
		for {
			items, err := vm.nextAll(it.refs)
			if err != nil || items == nil {
				return nil, err
			}
			keep, err := vm.IsTrue(items[1])
			vm.Decref(items[1])
			if err != nil || !keep {
				vm.Decref(items[0])
				if err != nil {
					return nil, err
				}
				continue
			}
			return items[0], nil
		}
	}), nil
}

// takewhile / dropwhile(predicate, iterable): refs = [predicate, iterator]; flag is set
// once the predicate has failed.
func whileNew(t *Type, name string, take bool) func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
	return func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		src, err := vm.funcIterArgs(name, args, kw)
		if err != nil {
			return nil, err
		}
		return vm.newItIter(t, []Object{newRef(args[0]), src}, func(vm *VM, it *itIter) (Object, *PyError) {
			for {
				if take && it.flag {
					return nil, nil
				}
				o, err := vm.Next(it.refs[1])
				if err != nil || o == nil {
					return nil, err
				}
				if !take && it.flag {
					return o, nil
				}
				r, err := vm.Call(it.refs[0], []Object{o}, nil)
				var truth bool
				if err == nil {
					truth, err = vm.IsTrue(r)
					vm.Decref(r)
				}
				if err != nil {
					vm.Decref(o)
					return nil, err
				}
				if take {
					if truth {
						return o, nil
					}
					it.flag = true
					vm.Decref(o)
					return nil, nil
				}
				if !truth {
					it.flag = true
					return o, nil
				}
				vm.Decref(o)
			}
		}), nil
	}
}

// pools materialises each iterable as a tuple (owned).
func (vm *VM) pools(args []Object) ([]*Tuple, *PyError) {
	out := make([]*Tuple, 0, len(args))
	for _, a := range args {
		items, err := vm.iterateAll(a)
		if err != nil {
			for _, t := range out {
				vm.Decref(t)
			}
			return nil, err
		}
		out = append(out, vm.NewTuple(items))
	}
	return out, nil
}

// tupleOf builds a result tuple from pool items chosen by indices.
func (vm *VM) tupleOf(pool *Tuple, indices []int) Object {
	items := make([]Object, len(indices))
	for i, j := range indices {
		items[i] = newRef(pool.Items[j])
	}
	return vm.NewTuple(items)
}

// product(*iterables, repeat=1): refs = pools; ints = the current indices; flag after the
// first item.
func productNew(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
	// repeat is keyword-only: CPython parses the keywords alone, as a call with no
	// positional arguments.
	kwArgs, err := vm.bindBuiltinArgs("product", nil, kw, []string{"repeat"}, 0)
	if err != nil {
		return nil, err
	}
	repeat := int64(1)
	if r := kwArgs[0]; r != nil {
		n, err := vm.cLongArg(r)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, vm.Raise(ValueErrorType, "repeat argument cannot be negative")
		}
		repeat = n
	}
	if repeat == 0 {
		// product_new takes no iterables at all then: one empty tuple.
		args = nil
	}
	ps, err := vm.pools(args)
	if err != nil {
		return nil, err
	}
	refs := make([]Object, 0, len(ps)*int(repeat))
	for r := int64(0); r < repeat; r++ {
		for _, p := range ps {
			refs = append(refs, newRef(p))
		}
	}
	for _, p := range ps {
		vm.Decref(p)
	}
	it := vm.newItIter(ProductType, refs, func(vm *VM, it *itIter) (Object, *PyError) {
		n := len(it.refs)
		if !it.flag {
			it.flag = true
			for _, p := range it.refs {
				if len(p.(*Tuple).Items) == 0 {
					return nil, nil
				}
			}
		} else {
			i := n - 1
			for ; i >= 0; i-- {
				it.ints[i]++
				if it.ints[i] < len(it.refs[i].(*Tuple).Items) {
					break
				}
				it.ints[i] = 0
			}
			if i < 0 {
				return nil, nil
			}
		}
		items := make([]Object, n)
		for i, p := range it.refs {
			items[i] = newRef(p.(*Tuple).Items[it.ints[i]])
		}
		return vm.NewTuple(items), nil
	})
	it.ints = make([]int, len(refs))
	return it, nil
}

// rArg reads the r argument of the combinatoric iterators.
func (vm *VM) rArg(o Object) (int, *PyError) {
	n, err := vm.cLongArg(o) // the "n" format
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, vm.Raise(ValueErrorType, "r must be non-negative")
	}
	return int(n), nil
}

// permutations(iterable[, r]): refs = [pool]; ints = indices, ints2 = cycles (CPython's
// algorithm, so the order is the same).
func permutationsNew(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
	a, err := vm.bindBuiltinArgs("permutations", args, kw, []string{"iterable", "r"}, 1)
	if err != nil {
		return nil, err
	}
	ps, err := vm.pools(a[:1])
	if err != nil {
		return nil, err
	}
	pool := ps[0]
	n := len(pool.Items)
	r := n
	rObj := a[1]
	if rObj != nil && rObj != Object(None) {
		// permutations_new reads r with PyInt_AsSsize_t (so a float truncates).
		v, err := vm.intAsLong(rObj, "long int too large to convert to int")
		if err == nil && v < 0 {
			err = vm.Raise(ValueErrorType, "r must be non-negative")
		}
		if err != nil {
			vm.Decref(pool)
			return nil, err
		}
		r = int(v)
	}
	it := vm.newItIter(PermutationsType, []Object{pool}, func(vm *VM, it *itIter) (Object, *PyError) {
		pool := it.refs[0].(*Tuple)
		n, r := len(pool.Items), it.m
		if r > n {
			return nil, nil
		}
		if !it.flag {
			it.flag = true
			return vm.tupleOf(pool, it.ints[:r]), nil
		}
		if n == 0 {
			return nil, nil
		}
		indices, cycles := it.ints, it.ints2
		for i := r - 1; i >= 0; i-- {
			cycles[i]--
			if cycles[i] == 0 {
				first := indices[i]
				copy(indices[i:], indices[i+1:])
				indices[n-1] = first
				cycles[i] = n - i
			} else {
				j := cycles[i]
				indices[i], indices[n-j] = indices[n-j], indices[i]
				return vm.tupleOf(pool, indices[:r]), nil
			}
		}
		return nil, nil
	})
	it.m = r
	it.ints = make([]int, n)
	for i := range it.ints {
		it.ints[i] = i
	}
	if r <= n {
		it.ints2 = make([]int, r)
		for i := range it.ints2 {
			it.ints2[i] = n - i
		}
	}
	return it, nil
}

// combinations / combinations_with_replacement(iterable, r): refs = [pool]; ints =
// indices; m = r.
func combinationsNew(t *Type, name string, withReplacement bool) func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
	return func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		args, err := vm.bindBuiltinArgs(name, args, kw, []string{"iterable", "r"}, 2)
		if err != nil {
			return nil, err
		}
		r, err := vm.rArg(args[1])
		if err != nil {
			return nil, err
		}
		ps, err := vm.pools(args[:1])
		if err != nil {
			return nil, err
		}
		it := vm.newItIter(t, []Object{ps[0]}, func(vm *VM, it *itIter) (Object, *PyError) {
			pool := it.refs[0].(*Tuple)
			n, r := len(pool.Items), it.m
			indices := it.ints
			if !it.flag {
				it.flag = true
				if withReplacement {
					if n == 0 && r > 0 {
						return nil, nil
					}
				} else if r > n {
					return nil, nil
				}
				return vm.tupleOf(pool, indices), nil
			}
			i := r - 1
			if withReplacement {
				for ; i >= 0 && indices[i] == n-1; i-- {
				}
				if i < 0 {
					return nil, nil
				}
				v := indices[i] + 1
				for j := i; j < r; j++ {
					indices[j] = v
				}
				return vm.tupleOf(pool, indices), nil
			}
			for ; i >= 0 && indices[i] == i+n-r; i-- {
			}
			if i < 0 {
				return nil, nil
			}
			indices[i]++
			for j := i + 1; j < r; j++ {
				indices[j] = indices[j-1] + 1
			}
			return vm.tupleOf(pool, indices), nil
		})
		it.m = r
		it.ints = make([]int, r)
		if !withReplacement {
			for i := range it.ints {
				it.ints[i] = i
			}
		}
		return it, nil
	}
}

// newItertoolsModule makes _itertools.
func newItertoolsModule(vm *VM) *Module {
	ensureModuleTypes()
	m := vm.newGoModule("_itertools", "", nil)
	for _, t := range []*Type{CountType, RepeatType, CycleType, ChainType, ISliceType, IMapType, StarMapType,
		IFilterType, IFilterFalseType, IZipType, IZipLongestType, CompressType, TakeWhileType, DropWhileType,
		ProductType, PermutationsType, CombinationsType, CombWithRepType} {
		m.Dict.SetString(vm, t.Name, t)
	}
	return m
}
