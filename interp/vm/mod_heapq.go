// mod_heapq.go defines _heapq, the heap operations of the heapq module in Go, with
// CPython's exact algorithm (the same element order in the list, the same comparisons, so
// that a program printing its heap sees CPython's list), and the selection behind
// nlargest and nsmallest. pylib/heapq.py adds merge and the nlargest and nsmallest that
// decorate their items for it.
package vm

import (
	op "handson/interp/compile"
)

// heapList checks the heap argument and returns it with its items materialised.
func (vm *VM) heapList(o Object) (*List, *PyError) {
	l, ok := o.(*List)
	if !ok {
		if inst, isInst := o.(*Instance); isInst {
			if nl, isList := inst.Native.(*List); isList {
				l, ok = nl, true
			}
		}
	}
	if !ok {
		return nil, vm.typeErrorf("heap argument must be a list")
	}
	l.materialize(vm)
	return l, nil
}

// heapLess is the heap's comparison: a < b.
func (vm *VM) heapLess(a, b Object) (bool, *PyError) {
	incref(a)
	incref(b)
	r, err := vm.CompareBool(a, b, op.CmpLT)
	vm.Decref(a)
	vm.Decref(b)
	return r, err
}

// heapFirst reports whether a belongs above b: a < b in a min-heap, b < a in a max-heap
// (the one heapSelect keeps for nsmallest, as _siftdownmax and _siftupmax compare).
func (vm *VM) heapFirst(a, b Object, maxHeap bool) (bool, *PyError) {
	if maxHeap {
		return vm.heapLess(b, a)
	}
	return vm.heapLess(a, b)
}

// siftDown moves the item at pos up towards start while it belongs above its parent
// (CPython's _siftdown, or _siftdownmax for a max-heap). Items are swapped, never held
// out, so the list keeps each of its references when a comparison fails.
func (vm *VM) siftDown(l *List, start, pos int, maxHeap bool) *PyError {
	size := len(l.Items)
	newitem := l.Items[pos]
	for pos > start {
		parentpos := (pos - 1) >> 1
		parent := l.Items[parentpos]
		first, err := vm.heapFirst(newitem, parent, maxHeap)
		if err != nil {
			return err
		}
		if len(l.Items) != size {
			return vm.Raise(RuntimeErrorType, "list changed size during iteration")
		}
		if !first {
			break
		}
		l.Items[pos] = parent
		l.Items[parentpos] = newitem
		pos = parentpos
	}
	return nil
}

// siftUp moves the child that belongs higher up until a leaf is reached, then sifts the
// item there down into place (CPython's _siftup, or _siftupmax for a max-heap).
func (vm *VM) siftUp(l *List, pos int, maxHeap bool) *PyError {
	end := len(l.Items)
	start := pos
	childpos := 2*pos + 1
	for childpos < end {
		right := childpos + 1
		if right < end {
			first, err := vm.heapFirst(l.Items[childpos], l.Items[right], maxHeap)
			if err != nil {
				return err
			}
			if len(l.Items) != end {
				return vm.Raise(RuntimeErrorType, "list changed size during iteration")
			}
			if !first {
				childpos = right
			}
		}
		l.Items[pos], l.Items[childpos] = l.Items[childpos], l.Items[pos]
		pos = childpos
		childpos = 2*pos + 1
	}
	return vm.siftDown(l, start, pos, maxHeap)
}

// heapSelect is _heapq's nlargest (largest) and nsmallest: the first n items of iterable
// make a heap (a min-heap to keep the largest, a max-heap to keep the smallest); each
// further item that beats the heap's first replaces it; the heap is then sorted (and
// reversed for nlargest). n is read with the "n" format.
func (vm *VM) heapSelect(name string, args []Object, largest bool) (Object, *PyError) {
	if len(args) != 2 {
		return nil, vm.typeErrorf("%s expected 2 arguments, got %d", name, len(args))
	}
	n, err := vm.cLongArg(args[0])
	if err != nil {
		return nil, err
	}
	it, err := vm.GetIter(args[1])
	if err != nil {
		return nil, err
	}
	defer vm.Decref(it)
	heap := vm.NewList(nil)
	finish := func() (Object, *PyError) {
		if err := vm.sortList(heap, nil, nil, false); err != nil {
			vm.Decref(heap)
			return nil, err
		}
		if largest {
			for i, j := 0, len(heap.Items)-1; i < j; i, j = i+1, j-1 {
				heap.Items[i], heap.Items[j] = heap.Items[j], heap.Items[i]
			}
		}
		return heap, nil
	}
	for i := int64(0); i < n; i++ {
		x, err := vm.Next(it)
		if err != nil {
			vm.Decref(heap)
			return nil, err
		}
		if x == nil {
			return finish()
		}
		heap.Append(vm, x)
		vm.Decref(x)
	}
	if len(heap.Items) == 0 {
		return finish()
	}
	for i := len(heap.Items)/2 - 1; i >= 0; i-- {
		if err = vm.siftUp(heap, i, !largest); err != nil {
			vm.Decref(heap)
			return nil, err
		}
	}
	for {
		x, err := vm.Next(it)
		if err != nil {
			vm.Decref(heap)
			return nil, err
		}
		if x == nil {
			return finish()
		}
		var beats bool
		if largest {
			beats, err = vm.heapLess(heap.Items[0], x)
		} else {
			beats, err = vm.heapLess(x, heap.Items[0])
		}
		if err != nil || !beats {
			vm.Decref(x)
			if err != nil {
				vm.Decref(heap)
				return nil, err
			}
			continue
		}
		old := heap.Items[0]
		heap.Items[0] = x
		vm.Decref(old)
		if err = vm.siftUp(heap, 0, !largest); err != nil {
			vm.Decref(heap)
			return nil, err
		}
	}
}

// newHeapqModule makes _heapq.
func newHeapqModule(vm *VM) *Module {
	return vm.newGoModule("_heapq", "The heap operations of heapq, in Go.", []methodDef{
		{name: "heappush", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) != 2 {
				return nil, vm.typeErrorf("heappush expected 2 arguments, got %d", len(args))
			}
			l, err := vm.heapList(args[0])
			if err != nil {
				return nil, err
			}
			l.Append(vm, args[1])
			if err := vm.siftDown(l, 0, len(l.Items)-1, false); err != nil {
				return nil, err
			}
			return noneRef(), nil
		}},
		{name: "heappop", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("heappop", args, 1); err != nil {
				return nil, err
			}
			l, err := vm.heapList(args[0])
			if err != nil {
				return nil, err
			}
			n := len(l.Items)
			if n == 0 {
				return nil, vm.Raise(IndexErrorType, "index out of range")
			}
			last := l.Items[n-1]
			l.Items[n-1] = nil
			l.Items = l.Items[:n-1]
			if n == 1 {
				return last, nil
			}
			ret := l.Items[0]
			l.Items[0] = last
			if err := vm.siftUp(l, 0, false); err != nil {
				vm.Decref(ret)
				return nil, err
			}
			return ret, nil
		}},
		{name: "heapreplace", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) != 2 {
				return nil, vm.typeErrorf("heapreplace expected 2 arguments, got %d", len(args))
			}
			l, err := vm.heapList(args[0])
			if err != nil {
				return nil, err
			}
			if len(l.Items) == 0 {
				return nil, vm.Raise(IndexErrorType, "index out of range")
			}
			ret := l.Items[0]
			l.Items[0] = newRef(args[1])
			if err := vm.siftUp(l, 0, false); err != nil {
				vm.Decref(ret)
				return nil, err
			}
			return ret, nil
		}},
		{name: "heappushpop", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) != 2 {
				return nil, vm.typeErrorf("heappushpop expected 2 arguments, got %d", len(args))
			}
			l, err := vm.heapList(args[0])
			if err != nil {
				return nil, err
			}
			item := args[1]
			if len(l.Items) == 0 {
				return newRef(item), nil
			}
			less, err := vm.heapLess(l.Items[0], item)
			if err != nil {
				return nil, err
			}
			if !less || len(l.Items) == 0 {
				return newRef(item), nil
			}
			ret := l.Items[0]
			l.Items[0] = newRef(item)
			if err := vm.siftUp(l, 0, false); err != nil {
				vm.Decref(ret)
				return nil, err
			}
			return ret, nil
		}},
		{name: "nlargest", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.heapSelect("nlargest", args, true)
		}},
		{name: "nsmallest", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.heapSelect("nsmallest", args, false)
		}},
		{name: "heapify", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("heapify", args, 1); err != nil {
				return nil, err
			}
			l, err := vm.heapList(args[0])
			if err != nil {
				return nil, err
			}
			for i := len(l.Items)/2 - 1; i >= 0; i-- {
				if err := vm.siftUp(l, i, false); err != nil {
					return nil, err
				}
			}
			return noneRef(), nil
		}},
	})
}
