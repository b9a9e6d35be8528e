// modules.go is the registry of the modules a program can import without a file: those
// implemented in Go and those written in Python and embedded in the binary.
package vm

// builtinModules makes the modules implemented in Go, by name.
var builtinModules = map[string]func(vm *VM) *Module{
	"sys": func(vm *VM) *Module { return newRef(vm.sys).(*Module) },
	"__builtin__": func(vm *VM) *Module {
		return newRef(vm.builtinsMod).(*Module)
	},
}

// embeddedModules are modules written in Python, compiled from source on first import.
var embeddedModules = map[string]string{}
