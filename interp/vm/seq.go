// seq.go defines Tuple and List, the two builtin sequences of object references, and their
// constructors. Deallocation releases items last to first, as CPython does.
package vm

import (
	"handson/gcsim"
)

// Tuple is an immutable sequence.
type Tuple struct {
	gcsim.Header
	Items []Object
}

func (*Tuple) Type() *Type { return TupleType }

// emptyTuple is shared, as in CPython.
var emptyTuple = &Tuple{Header: gcsim.ImmortalHeader(immortalRC)}

// NewTuple returns a tuple that takes over the references in items (owned by the caller
// until now), owned.
func (vm *VM) NewTuple(items []Object) *Tuple {
	if len(items) == 0 {
		emptyTuple.RC++
		return emptyTuple
	}
	t := &Tuple{Header: gcsim.Header{RC: 1}, Items: items}
	vm.track(t, 16+8*len(items), allocImmutable)
	return t
}

// NewTupleRefs returns a tuple of the given objects, taking a new reference to each.
func (vm *VM) NewTupleRefs(items ...Object) *Tuple {
	cp := make([]Object, len(items))
	for i, o := range items {
		incref(o)
		cp[i] = o
	}
	return vm.NewTuple(cp)
}

// List is a mutable sequence. A list made by range() may be lazily backed: rng holds the
// arithmetic progression and Items is nil until the list is first changed or indexed in a
// way that needs the objects.
type List struct {
	gcsim.Header
	Items []Object
	rng   *lazyRange
	// alloc is the slot count CPython's list would have allocated (what getsizeof
	// reports), kept by noteResize; below len(Items) it means exactly len(Items), as for a
	// list made at its final size. Items' capacity grows Go's way, independently.
	alloc int
}

// noteResize follows CPython's list_resize to newsize on alloc; call it before the length
// changes.
func (l *List) noteResize(newsize int) {
	l.alloc = cpythonListResize(max(l.alloc, len(l.Items)), newsize)
}

// cpythonListResize is the allocated count after CPython's list_resize(newsize) of a list
// with allocated slots: kept while it is between newsize and twice newsize, otherwise
// newsize plus an eighth and a few slots.
func cpythonListResize(allocated, newsize int) int {
	switch {
	case allocated >= newsize && newsize >= allocated>>1:
		return allocated
	case newsize == 0:
		return 0
	case newsize < 9:
		return newsize + newsize>>3 + 3
	default:
		return newsize + newsize>>3 + 6
	}
}

func (*List) Type() *Type { return ListType }

// lazyRange is the progression start, start+step, ... of n items.
type lazyRange struct {
	start, step int64
	n           int
}

// NewList returns a list that takes over the references in items, owned.
func (vm *VM) NewList(items []Object) *List {
	l := &List{Header: gcsim.Header{RC: 1}, Items: items}
	vm.track(l, 32+8*cap(items), 0)
	return l
}

// newRangeList returns range(start, stop, step) as a lazily backed list.
func (vm *VM) newRangeList(start, step int64, n int) *List {
	l := &List{Header: gcsim.Header{RC: 1}, rng: &lazyRange{start, step, n}}
	vm.track(l, 48, 0)
	return l
}

// Len is the number of items.
func (l *List) Len() int {
	if l.rng != nil {
		return l.rng.n
	}
	return len(l.Items)
}

// materialize turns a lazily backed list into real items before it changes or is read in
// bulk.
func (l *List) materialize(vm *VM) {
	if l.rng == nil {
		return
	}
	r := l.rng
	l.rng = nil
	items := make([]Object, r.n)
	v := r.start
	for i := 0; i < r.n; i++ {
		items[i] = vm.NewInt(v)
		v += r.step
	}
	l.Items = items
}

// item returns item i (0 <= i < Len), owned.
func (l *List) item(vm *VM, i int) Object {
	if l.rng != nil {
		return vm.NewInt(l.rng.start + int64(i)*l.rng.step)
	}
	o := l.Items[i]
	incref(o)
	return o
}

// Append adds o, taking a reference.
func (l *List) Append(vm *VM, o Object) {
	l.materialize(vm)
	incref(o)
	if len(l.Items) >= l.alloc {
		l.noteResize(len(l.Items) + 1)
	}
	l.Items = append(l.Items, o)
}
