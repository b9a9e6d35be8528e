// mod_heapq.go defines _heapq, the heap operations of the heapq module in Go, with
// CPython's exact algorithm (the same element order in the list, the same comparisons, so
// that a program printing its heap sees CPython's list). pylib/heapq.py adds merge,
// nlargest and nsmallest.
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

// siftDown moves the item at pos up towards start while it is smaller than its parent
// (CPython's _siftdown).
func (vm *VM) siftDown(l *List, start, pos int) *PyError {
	size := len(l.Items)
	newitem := l.Items[pos]
	for pos > start {
		parentpos := (pos - 1) >> 1
		parent := l.Items[parentpos]
		less, err := vm.heapLess(newitem, parent)
		if err != nil {
			return err
		}
		if len(l.Items) != size {
			return vm.Raise(RuntimeErrorType, "list changed size during iteration")
		}
		if !less {
			break
		}
		l.Items[pos] = parent
		l.Items[parentpos] = newitem
		pos = parentpos
	}
	return nil
}

// siftUp moves the smaller child up until a leaf is reached, then sifts the item there
// down into place (CPython's _siftup).
func (vm *VM) siftUp(l *List, pos int) *PyError {
	end := len(l.Items)
	start := pos
	childpos := 2*pos + 1
	for childpos < end {
		right := childpos + 1
		if right < end {
			less, err := vm.heapLess(l.Items[childpos], l.Items[right])
			if err != nil {
				return err
			}
			if len(l.Items) != end {
				return vm.Raise(RuntimeErrorType, "list changed size during iteration")
			}
			if !less {
				childpos = right
			}
		}
		l.Items[pos], l.Items[childpos] = l.Items[childpos], l.Items[pos]
		pos = childpos
		childpos = 2*pos + 1
	}
	return vm.siftDown(l, start, pos)
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
			if err := vm.siftDown(l, 0, len(l.Items)-1); err != nil {
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
			if err := vm.siftUp(l, 0); err != nil {
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
			if err := vm.siftUp(l, 0); err != nil {
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
			if err := vm.siftUp(l, 0); err != nil {
				vm.Decref(ret)
				return nil, err
			}
			return ret, nil
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
				if err := vm.siftUp(l, i); err != nil {
					return nil, err
				}
			}
			return noneRef(), nil
		}},
	})
}
