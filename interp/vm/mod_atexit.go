// mod_atexit.go defines the atexit module: register() appends to vm.atexit, which
// runExitFuncs (run.go) calls last registered first when the program ends.
package vm

// newAtexitModule makes atexit.
func newAtexitModule(vm *VM) *Module {
	return vm.newGoModule("atexit", "allow programmer to define multiple exit functions to be executed\nupon normal program termination.", []methodDef{
		{name: "register", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) == 0 {
				return nil, vm.typeErrorf("register() takes at least 1 argument (0 given)")
			}
			h := atexitHandler{fn: newRef(args[0])}
			for _, a := range args[1:] {
				h.args = append(h.args, newRef(a))
			}
			if kw != nil && kw.Len() > 0 {
				h.kwargs = vm.NewDict()
				pos := 0
				for {
					k, v, ok := kw.Next(&pos)
					if !ok {
						break
					}
					if err := h.kwargs.SetItem(vm, k, v); err != nil {
						return nil, err
					}
				}
			}
			vm.atexit = append(vm.atexit, h)
			// register returns its function, so that it works as a decorator.
			return newRef(args[0]), nil
		}},
	})
}
