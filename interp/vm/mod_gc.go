// mod_gc.go defines the gc module. In CPython mode it drives gcsim.CycleCollector
// (collect, thresholds, counts, gc.garbage); in PyPy mode gc.collect() is a full
// collection of gcsim.Generational followed by the finalizers it asks for, and the module
// has PyPy's smaller set of functions (no thresholds or counts).
package vm

import (
	"handson/gcsim"
)

// newGCModule makes gc.
func newGCModule(vm *VM) *Module {
	funcs := []methodDef{
		{name: "collect", fn: gcCollect, keywords: true},
		{name: "enable", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("enable", args, 0); err != nil {
				return nil, err
			}
			if vm.refcounting {
				vm.cycles.Enable()
			} else {
				vm.heap.Enable()
			}
			return noneRef(), nil
		}},
		{name: "disable", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("disable", args, 0); err != nil {
				return nil, err
			}
			if vm.refcounting {
				vm.cycles.Disable()
			} else {
				vm.heap.Disable()
			}
			return noneRef(), nil
		}},
		{name: "isenabled", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("isenabled", args, 0); err != nil {
				return nil, err
			}
			if vm.refcounting {
				return NewBool(vm.cycles.IsEnabled()), nil
			}
			return NewBool(vm.heap.IsEnabled()), nil
		}},
		{name: "get_objects", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("get_objects", args, 0); err != nil {
				return nil, err
			}
			objs := vm.gcObjects()
			for _, o := range objs {
				incref(o)
			}
			return vm.NewList(objs), nil
		}},
		{name: "get_referents", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			var out []Object
			for _, a := range args {
				traverse(a, func(o Object) {
					incref(o)
					out = append(out, o)
				})
			}
			return vm.NewList(out), nil
		}},
		{name: "get_referrers", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			var out []Object
			for _, o := range vm.gcObjects() {
				refers := false
				traverse(o, func(x Object) {
					for _, a := range args {
						if x == a {
							refers = true
						}
					}
				})
				if refers {
					incref(o)
					out = append(out, o)
				}
			}
			return vm.NewList(out), nil
		}},
	}
	if vm.refcounting {
		funcs = append(funcs,
			methodDef{name: "get_count", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("get_count", args, 0); err != nil {
					return nil, err
				}
				c := vm.cycles.Count()
				return vm.NewTuple([]Object{vm.NewInt(int64(c[0])), vm.NewInt(int64(c[1])), vm.NewInt(int64(c[2]))}), nil
			}},
			methodDef{name: "get_threshold", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("get_threshold", args, 0); err != nil {
					return nil, err
				}
				t := vm.cycles.Threshold()
				return vm.NewTuple([]Object{vm.NewInt(int64(t[0])), vm.NewInt(int64(t[1])), vm.NewInt(int64(t[2]))}), nil
			}},
			methodDef{name: "set_threshold", fn: gcSetThreshold},
			methodDef{name: "is_tracked", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("is_tracked", args, 1); err != nil {
					return nil, err
				}
				return NewBool(vm.cycles.IsTracked(args[0])), nil
			}},
		)
	}
	m := vm.newGoModule("gc", "Control of the garbage collector: collections, thresholds, and what it tracks.", funcs)
	m.Dict.SetString(vm, "garbage", vm.garbage)
	return m
}

// gcCollect is gc.collect([generation]): the number of unreachable objects found (CPython
// mode), or 0 after a full collection and its finalizers (PyPy mode, as PyPy returns).
func gcCollect(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	a, err := vm.bindBuiltinArgs("collect", args, kw, []string{"generation"}, 0)
	if err != nil {
		return nil, err
	}
	gen := int64(gcsim.NumGenerations - 1)
	if a[0] != nil {
		n, err := vm.intArg(a[0])
		if err != nil {
			return nil, err
		}
		gen = n
	}
	if gen < 0 || gen >= gcsim.NumGenerations {
		return nil, vm.Raise(ValueErrorType, "invalid generation")
	}
	if !vm.refcounting {
		if vm.holding > 1 {
			// Called back from Go code that keeps objects the collector cannot see
			// (sorted's key, a generator list() drains): collect once it returns.
			vm.deferredFull, vm.deferredCollect = true, true
			return vm.NewInt(0), nil
		}
		vm.applyOutcome(vm.heap.FullCollect())
		return vm.NewInt(0), nil
	}
	r, cerr := vm.cycles.Collect(int(gen))
	if cerr != nil {
		return nil, vm.Raise(ValueErrorType, "invalid generation")
	}
	return vm.NewInt(int64(r.Unreachable())), nil
}

// gcSetThreshold is gc.set_threshold(threshold0[, threshold1[, threshold2]]).
func gcSetThreshold(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if len(args) < 1 {
		return nil, vm.typeErrorf("set_threshold() takes at least 1 argument (0 given)")
	}
	if len(args) > 3 {
		return nil, vm.typeErrorf("set_threshold() takes at most 3 arguments (%d given)", len(args))
	}
	t := vm.cycles.Threshold()
	for i, a := range args {
		n, err := vm.intArg(a)
		if err != nil {
			return nil, err
		}
		t[i] = int(n)
	}
	vm.cycles.SetThreshold(t[0], t[1], t[2])
	return noneRef(), nil
}

// gcObjects lists the objects gc.get_objects reports (borrowed): the containers the cycle
// collector tracks in CPython mode; in PyPy mode every object reachable from the roots,
// as PyPy's gc.get_objects walks the live heap.
func (vm *VM) gcObjects() []Object {
	if vm.refcounting {
		tracked := vm.cycles.TrackedObjects()
		out := make([]Object, 0, len(tracked))
		for _, o := range tracked {
			out = append(out, asObject(o))
		}
		return out
	}
	seen := make(map[Object]bool)
	var out []Object
	var stack []Object
	push := func(o gcsim.Object) {
		x := asObject(o)
		if !seen[x] {
			seen[x] = true
			stack = append(stack, x)
		}
	}
	gcRuntime{vm}.Roots(push)
	for len(stack) > 0 {
		o := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if _, isFrame := o.(*Frame); !isFrame {
			out = append(out, o)
		}
		traverse(o, func(x Object) { push(x) })
	}
	return out
}
