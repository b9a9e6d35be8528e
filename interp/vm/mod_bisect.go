// mod_bisect.go defines _bisect, the bisection functions of the bisect module in Go (as
// CPython's are in C): bisect_left, bisect_right and the insort functions, over any
// sequence, with lo and hi bounds.
package vm

import (
	op "handson/interp/compile"
)

// bisectArgs reads (a, x[, lo[, hi]]) with keywords.
func (vm *VM) bisectArgs(name string, args []Object, kw *Dict) (a, x Object, lo, hi int64, err *PyError) {
	bound, err := vm.bindBuiltinArgs(name, args, kw, []string{"a", "x", "lo", "hi"}, 2)
	if err != nil {
		return nil, nil, 0, 0, err
	}
	a, x = bound[0], bound[1]
	hi = -1
	if o := bound[2]; o != nil {
		if lo, err = vm.intArg(o); err != nil {
			return
		}
	}
	if o := bound[3]; o != nil {
		if hi, err = vm.intArg(o); err != nil {
			return
		}
	}
	if lo < 0 {
		return nil, nil, 0, 0, vm.Raise(ValueErrorType, "lo must be non-negative")
	}
	if hi == -1 {
		n, err := vm.Len(a)
		if err != nil {
			return nil, nil, 0, 0, err
		}
		hi = int64(n)
	}
	return a, x, lo, hi, nil
}

// bisectIndex finds the insertion point of x in a[lo:hi]: before equal items (left) or
// after them.
func (vm *VM) bisectIndex(a, x Object, lo, hi int64, left bool) (int64, *PyError) {
	for lo < hi {
		mid := int64(uint64(lo+hi) / 2)
		idx := vm.NewInt(mid)
		item, err := vm.GetItem(a, idx)
		vm.Decref(idx)
		if err != nil {
			return 0, err
		}
		var less bool
		if left {
			less, err = vm.CompareBool(item, x, op.CmpLT)
		} else {
			less, err = vm.CompareBool(x, item, op.CmpLT)
		}
		vm.Decref(item)
		if err != nil {
			return 0, err
		}
		if left == less {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, nil
}

// bisectCall reads the arguments of a bisect or insort function (name) and finds the
// insertion point of x in a.
func (vm *VM) bisectCall(name string, args []Object, kw *Dict, left bool) (a, x Object, i int64, err *PyError) {
	a, x, lo, hi, err := vm.bisectArgs(name, args, kw)
	if err != nil {
		return nil, nil, 0, err
	}
	i, err = vm.bisectIndex(a, x, lo, hi, left)
	return a, x, i, err
}

func bisectFn(name string, left bool) methodDef {
	return methodDef{name: name, fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
		_, _, i, err := vm.bisectCall(name, args, kw, left)
		if err != nil {
			return nil, err
		}
		return vm.NewInt(i), nil
	}, keywords: true}
}

func insortFn(name string, left bool) methodDef {
	return methodDef{name: name, fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
		a, x, i, err := vm.bisectCall(name, args, kw, left)
		if err != nil {
			return nil, err
		}
		idx := vm.NewInt(i)
		defer vm.Decref(idx)
		r, err := vm.CallMethod(a, "insert", idx, x)
		if err != nil {
			return nil, err
		}
		vm.Decref(r)
		return noneRef(), nil
	}, keywords: true}
}

// newBisectModule makes _bisect.
func newBisectModule(vm *VM) *Module {
	return vm.newGoModule("_bisect", "The bisection functions of bisect, in Go.", []methodDef{
		bisectFn("bisect_left", true),
		bisectFn("bisect_right", false),
		insortFn("insort_left", true),
		insortFn("insort_right", false),
	})
}
