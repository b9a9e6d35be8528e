// mod_weakref.go defines _weakref, the Go half of the weakref module: ref (the weakref
// type of weakref.go), getweakrefcount and getweakrefs. The Python half (pylib/weakref.py)
// adds proxies and the weak dictionaries on top of ref callbacks, as CPython's does.
package vm

// newWeakrefModule makes _weakref.
func newWeakrefModule(vm *VM) *Module {
	m := vm.newGoModule("_weakref", "Weak references: ref and the reference counts of objects.", []methodDef{
		{name: "getweakrefcount", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("getweakrefcount", args, 1); err != nil {
				return nil, err
			}
			return vm.NewInt(int64(weakrefCount(args[0]))), nil
		}},
		{name: "getweakrefs", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("getweakrefs", args, 1); err != nil {
				return nil, err
			}
			var out []Object
			if lp := weakListOf(args[0]); lp != nil && *lp != nil {
				for _, r := range (*lp).refs {
					out = append(out, newRef(r))
				}
			}
			return vm.NewList(out), nil
		}},
	})
	m.Dict.SetString(vm, "ref", WeakRefType)
	m.Dict.SetString(vm, "ReferenceType", WeakRefType)
	return m
}

// weakrefModuleTypes lists the types _weakref defines beyond weakref.go's (none yet: the
// proxies are written in Python).
func weakrefModuleTypes() []moduleTypeSpec { return nil }
