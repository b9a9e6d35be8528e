// mod_collections.go defines _collections.ring, the storage of collections.deque: a ring
// buffer of owned references with O(1) appends and pops at both ends and an optional
// maximum length. pylib/collections.py wraps it in the deque class (which keeps the
// Python-level protocol: comparisons, repr, subclassing) and binds the ring's methods
// directly to plain deques, so that append and popleft cost one builtin call.
package vm

import (
	"handson/gcsim"
)

// RingType is _collections.ring.
var (
	RingType     = newStaticType("ring", KindOther, 0)
	RingIterType = newStaticType("ring_iterator", KindOther, 0)
)

// ring is a double-ended queue in a circular buffer.
type ring struct {
	gcsim.Header
	buf    []Object // len(buf) is a power of two (or 0)
	head   int      // index of the first item
	n      int      // number of items
	maxlen int      // -1 when unbounded
	state  int      // changes with every mutation, for iterators
}

func (*ring) Type() *Type { return RingType }

func (r *ring) at(i int) int { return (r.head + i) & (len(r.buf) - 1) }

func (r *ring) grow() {
	size := len(r.buf) * 2
	if size == 0 {
		size = 8
	}
	nb := make([]Object, size)
	for i := 0; i < r.n; i++ {
		nb[i] = r.buf[r.at(i)]
	}
	r.buf, r.head = nb, 0
}

func (r *ring) clearRefs(vm *VM) {
	buf, head, n := r.buf, r.head, r.n
	r.buf, r.head, r.n = nil, 0, 0
	r.state++
	for i := 0; i < n; i++ {
		vm.Decref(buf[(head+i)&(len(buf)-1)])
	}
}

func (r *ring) traverse(visit func(Object)) {
	for i := 0; i < r.n; i++ {
		visit(r.buf[r.at(i)])
	}
}

// pushRight appends o (a new reference is taken); when the ring is full the leftmost item
// is dropped, and returned (owned) for the caller to release once consistent.
func (r *ring) pushRight(o Object) Object {
	if r.maxlen == 0 {
		return nil
	}
	incref(o)
	if r.n == len(r.buf) {
		r.grow()
	}
	r.buf[r.at(r.n)] = o
	r.n++
	r.state++
	if r.maxlen > 0 && r.n > r.maxlen {
		return r.popLeft()
	}
	return nil
}

func (r *ring) pushLeft(o Object) Object {
	if r.maxlen == 0 {
		return nil
	}
	incref(o)
	if r.n == len(r.buf) {
		r.grow()
	}
	r.head = (r.head - 1) & (len(r.buf) - 1)
	r.buf[r.head] = o
	r.n++
	r.state++
	if r.maxlen > 0 && r.n > r.maxlen {
		return r.popRight()
	}
	return nil
}

// popLeft and popRight remove an item and return it (owned); nil when empty.
func (r *ring) popLeft() Object {
	if r.n == 0 {
		return nil
	}
	o := r.buf[r.head]
	r.buf[r.head] = nil
	r.head = (r.head + 1) & (len(r.buf) - 1)
	r.n--
	r.state++
	return o
}

func (r *ring) popRight() Object {
	if r.n == 0 {
		return nil
	}
	i := r.at(r.n - 1)
	o := r.buf[i]
	r.buf[i] = nil
	r.n--
	r.state++
	return o
}

// items returns the items in order (borrowed).
func (r *ring) items() []Object {
	out := make([]Object, r.n)
	for i := range out {
		out[i] = r.buf[r.at(i)]
	}
	return out
}

// ringIter iterates a ring, failing if the ring changes meanwhile.
type ringIter struct {
	gcsim.Header
	r       *ring
	i       int
	state   int
	reverse bool
}

func (*ringIter) Type() *Type { return RingIterType }

func (it *ringIter) clearRefs(vm *VM) {
	if r := it.r; r != nil {
		it.r = nil
		vm.Decref(r)
	}
}

func (it *ringIter) traverse(visit func(Object)) {
	if it.r != nil {
		visit(it.r)
	}
}

func (vm *VM) ringNext(it *ringIter) (Object, *PyError) {
	r := it.r
	if r == nil {
		return nil, nil
	}
	if r.state != it.state {
		it.clearRefs(vm)
		return nil, vm.Raise(RuntimeErrorType, "deque mutated during iteration")
	}
	if it.i >= r.n {
		it.clearRefs(vm)
		return nil, nil
	}
	idx := it.i
	if it.reverse {
		idx = r.n - 1 - it.i
	}
	it.i++
	return newRef(r.buf[r.at(idx)]), nil
}

// ringIndex normalises an index argument, with deque's messages.
func (vm *VM) ringIndex(r *ring, o Object) (int, *PyError) {
	i, ok, err := vm.indexValue(o)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, vm.typeErrorf("sequence index must be integer, not '%s'", o.Type().Name)
	}
	if i < 0 {
		i += int64(r.n)
	}
	if i < 0 || i >= int64(r.n) {
		return 0, vm.Raise(IndexErrorType, "deque index out of range")
	}
	return int(i), nil
}

// ringOfDeque returns the ring inside a collections.deque instance (its _r), or nil.
func ringOfDeque(o Object) *ring {
	if d := instanceDict(o); d != nil {
		r, _ := d.GetString("_r").(*ring)
		return r
	}
	return nil
}

func ringMethod(name string, nargs int, f func(vm *VM, r *ring, args []Object) (Object, *PyError)) methodDef {
	return methodDef{name: name, fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		if nargs >= 0 {
			if err := vm.argsExactly(name, args, nargs); err != nil {
				return nil, err
			}
		}
		return f(vm, self.(*ring), args)
	}}
}

func collectionsTypes() []moduleTypeSpec {
	RingType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.argsExactly("ring", args, 1); err != nil {
			return nil, err
		}
		maxlen := int64(-1)
		if args[0] != Object(None) {
			n, err := vm.intArg(args[0])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, vm.Raise(ValueErrorType, "maxlen must be non-negative")
			}
			maxlen = n
		}
		r := &ring{Header: gcsim.Header{RC: 1}, maxlen: int(maxlen)}
		vm.track(r, 64, 0)
		return r, nil
	}
	push := func(left bool) func(vm *VM, r *ring, args []Object) (Object, *PyError) {
		return func(vm *VM, r *ring, args []Object) (Object, *PyError) {
			var dropped Object
			if left {
				dropped = r.pushLeft(args[0])
			} else {
				dropped = r.pushRight(args[0])
			}
			vm.Xdecref(dropped)
			return noneRef(), nil
		}
	}
	extend := func(left bool) func(vm *VM, r *ring, args []Object) (Object, *PyError) {
		return func(vm *VM, r *ring, args []Object) (Object, *PyError) {
			src := args[0]
			if src == Object(r) || ringOfDeque(src) == r {
				// Extending a deque with itself iterates over a snapshot.
				snap := r.items()
				for _, o := range snap {
					incref(o)
				}
				l := vm.NewList(snap)
				defer vm.Decref(l)
				src = l
			}
			err := vm.forEach(src, func(o Object) *PyError {
				var dropped Object
				if left {
					dropped = r.pushLeft(o)
				} else {
					dropped = r.pushRight(o)
				}
				vm.Xdecref(dropped)
				return nil
			})
			if err != nil {
				return nil, err
			}
			return noneRef(), nil
		}
	}
	pop := func(left bool) func(vm *VM, r *ring, args []Object) (Object, *PyError) {
		return func(vm *VM, r *ring, args []Object) (Object, *PyError) {
			var o Object
			if left {
				o = r.popLeft()
			} else {
				o = r.popRight()
			}
			if o == nil {
				return nil, vm.Raise(IndexErrorType, "pop from an empty deque")
			}
			return o, nil
		}
	}
	return []moduleTypeSpec{
		{"_collections", typeSpec{t: RingType, base: ObjectType, methods: []methodDef{
			ringMethod("append", 1, push(false)),
			ringMethod("appendleft", 1, push(true)),
			ringMethod("extend", 1, extend(false)),
			ringMethod("extendleft", 1, extend(true)),
			ringMethod("pop", 0, pop(false)),
			ringMethod("popleft", 0, pop(true)),
			ringMethod("clear", 0, func(vm *VM, r *ring, args []Object) (Object, *PyError) {
				r.clearRefs(vm)
				return noneRef(), nil
			}),
			ringMethod("__len__", 0, func(vm *VM, r *ring, args []Object) (Object, *PyError) {
				return vm.NewInt(int64(r.n)), nil
			}),
			ringMethod("maxlen", 0, func(vm *VM, r *ring, args []Object) (Object, *PyError) {
				if r.maxlen < 0 {
					return noneRef(), nil
				}
				return vm.NewInt(int64(r.maxlen)), nil
			}),
			ringMethod("items", 0, func(vm *VM, r *ring, args []Object) (Object, *PyError) {
				items := r.items()
				for _, o := range items {
					incref(o)
				}
				return vm.NewList(items), nil
			}),
			ringMethod("iter", 1, func(vm *VM, r *ring, args []Object) (Object, *PyError) {
				rev, err := vm.IsTrue(args[0])
				if err != nil {
					return nil, err
				}
				incref(r)
				it := &ringIter{Header: gcsim.Header{RC: 1}, r: r, state: r.state, reverse: rev}
				vm.track(it, 40, 0)
				return it, nil
			}),
			ringMethod("get", 1, func(vm *VM, r *ring, args []Object) (Object, *PyError) {
				i, err := vm.ringIndex(r, args[0])
				if err != nil {
					return nil, err
				}
				return newRef(r.buf[r.at(i)]), nil
			}),
			ringMethod("set", 2, func(vm *VM, r *ring, args []Object) (Object, *PyError) {
				i, err := vm.ringIndex(r, args[0])
				if err != nil {
					return nil, err
				}
				old := r.buf[r.at(i)]
				r.buf[r.at(i)] = newRef(args[1])
				vm.Decref(old)
				return noneRef(), nil
			}),
			ringMethod("delete", 1, func(vm *VM, r *ring, args []Object) (Object, *PyError) {
				i, err := vm.ringIndex(r, args[0])
				if err != nil {
					return nil, err
				}
				vm.Decref(r.removeAt(i))
				return noneRef(), nil
			}),
			ringMethod("rotate", 1, func(vm *VM, r *ring, args []Object) (Object, *PyError) {
				n, err := vm.intArg(args[0])
				if err != nil {
					return nil, err
				}
				if r.n <= 1 {
					return noneRef(), nil
				}
				k := int(n % int64(r.n))
				if k < 0 {
					k += r.n
				}
				for ; k > 0; k-- {
					o := r.popRight()
					r.pushLeft(o)
					vm.Decref(o) // pushLeft took its own reference
				}
				return noneRef(), nil
			}),
			ringMethod("reverse", 0, func(vm *VM, r *ring, args []Object) (Object, *PyError) {
				for i, j := 0, r.n-1; i < j; i, j = i+1, j-1 {
					a, b := r.at(i), r.at(j)
					r.buf[a], r.buf[b] = r.buf[b], r.buf[a]
				}
				r.state++
				return noneRef(), nil
			}),
			ringMethod("remove", 1, func(vm *VM, r *ring, args []Object) (Object, *PyError) {
				for i := 0; i < r.n; i++ {
					item := r.buf[r.at(i)]
					state := r.state
					incref(item)
					eq, err := vm.EqualBool(item, args[0])
					vm.Decref(item)
					if err != nil {
						return nil, err
					}
					if r.state != state {
						return nil, vm.Raise(IndexErrorType, "deque mutated during remove().")
					}
					if eq {
						vm.Decref(r.removeAt(i))
						return noneRef(), nil
					}
				}
				return nil, vm.Raise(ValueErrorType, "deque.remove(x): x not in deque")
			}),
			ringMethod("count", 1, func(vm *VM, r *ring, args []Object) (Object, *PyError) {
				n := int64(0)
				state := r.state
				for i := 0; i < r.n; i++ {
					item := r.buf[r.at(i)]
					incref(item)
					eq, err := vm.EqualBool(item, args[0])
					vm.Decref(item)
					if err != nil {
						return nil, err
					}
					if r.state != state {
						return nil, vm.Raise(RuntimeErrorType, "deque mutated during iteration")
					}
					if eq {
						n++
					}
				}
				return vm.NewInt(n), nil
			}),
		}}},
		{"_collections", typeSpec{t: RingIterType, base: ObjectType, methods: []methodDef{
			{name: "__iter__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return newRef(self), nil
			}},
			{name: "next", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				o, err := vm.ringNext(self.(*ringIter))
				if err != nil {
					return nil, err
				}
				if o == nil {
					return nil, vm.RaiseArgs(StopIterationType)
				}
				return o, nil
			}},
		}}},
	}
}

// removeAt takes out the item at position i and returns it (owned).
func (r *ring) removeAt(i int) Object {
	o := r.buf[r.at(i)]
	for j := i; j < r.n-1; j++ {
		r.buf[r.at(j)] = r.buf[r.at(j+1)]
	}
	r.buf[r.at(r.n-1)] = nil
	r.n--
	r.state++
	return o
}

// newCollectionsModule makes _collections.
func newCollectionsModule(vm *VM) *Module {
	ensureModuleTypes()
	m := vm.newGoModule("_collections", "", nil)
	m.Dict.SetString(vm, "ring", RingType)
	return m
}
