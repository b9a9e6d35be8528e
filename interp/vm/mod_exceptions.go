// mod_exceptions.go defines the exceptions module: the builtin exception classes, the same
// objects __builtin__ holds.
package vm

// newExceptionsModule makes exceptions.
func newExceptionsModule(vm *VM) *Module {
	m := vm.newGoModule("exceptions", "The builtin exception classes.", nil)
	for _, e := range exceptionTree {
		m.Dict.SetString(vm, e.t.Name, e.t)
	}
	return m
}
