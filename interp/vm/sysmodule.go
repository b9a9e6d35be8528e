// sysmodule.go defines the sys module and the registry of builtin modules.
package vm

import (
	"math"
	"os"

	"handson/interp/compile"
	"handson/interp/syntax"
)

// setupSysModule makes sys.
func (vm *VM) setupSysModule() {
	m := vm.NewModule("sys")
	vm.sys = m
	d := m.Dict
	argv := make([]Object, len(vm.opts.Argv))
	for i, a := range vm.opts.Argv {
		argv[i] = vm.NewStr(a)
	}
	l := vm.NewList(argv)
	d.SetString(vm, "argv", l)
	vm.Decref(l)
	path := vm.NewList([]Object{vm.NewStr("")})
	d.SetString(vm, "path", path)
	vm.Decref(path)
	d.SetString(vm, "modules", vm.modules)
	for _, s := range []struct {
		name string
		f    *File
	}{{"stdin", vm.stdin}, {"stdout", vm.stdout}, {"stderr", vm.stderr}} {
		d.SetString(vm, s.name, s.f)
		d.SetString(vm, "__"+s.name+"__", s.f)
	}
	set := func(name string, v Object) {
		d.SetString(vm, name, v)
		vm.Decref(v)
	}
	set("maxint", vm.NewInt(math.MaxInt64))
	set("maxsize", vm.NewInt(math.MaxInt64))
	set("maxunicode", vm.NewInt(0x10ffff))
	set("byteorder", vm.NewStr("little"))
	set("platform", vm.NewStr("linux2"))
	set("executable", vm.NewStr("handson"))
	set("prefix", vm.NewStr("/usr"))
	set("exec_prefix", vm.NewStr("/usr"))
	set("dont_write_bytecode", NewBool(os.Getenv("PYTHONDONTWRITEBYTECODE") != ""))
	if vm.opts.PyPy {
		set("version", vm.NewStr("2.7.18 (handson, PyPy mode)\n[generational GC]"))
		set("pypy_version_info", vm.NewTupleRefs(vm.NewInt(7), vm.NewInt(3), vm.NewInt(11), vm.NewStr("final"), vm.NewInt(0)))
	} else {
		set("version", vm.NewStr("2.7.18 (handson, CPython mode)\n[reference counting]"))
	}
	set("version_info", vm.NewTupleRefs(vm.NewInt(2), vm.NewInt(7), vm.NewInt(18), vm.NewStr("final"), vm.NewInt(0)))
	set("hexversion", vm.NewInt(0x020712f0))
	set("api_version", vm.NewInt(1013))
	set("builtin_module_names", vm.NewTupleRefs(vm.NewStr("__builtin__"), vm.NewStr("sys")))
	for _, f := range append(sysFunctions(vm.opts.PyPy), sysExtraFunctions()...) {
		b := newModuleFunction("sys", f)
		b.Self = newRef(m)
		d.SetString(vm, f.name, b)
		vm.Decref(b)
	}
	vm.setupSysExtras(set)
	vm.modules.SetString(vm, "sys", m)
	vm.Decref(m)
}

// sysFunctions are the functions of sys (getrefcount only in CPython mode, as PyPy has
// none).
func sysFunctions(pypy bool) []methodDef {
	fns := []methodDef{
		{name: "exit", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsRange("exit", args, 0, 1); err != nil {
				return nil, err
			}
			return nil, vm.RaiseArgs(SystemExitType, args...)
		}},
		{name: "exc_info", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			t, v, tb := vm.excInfo()
			return vm.NewTupleRefs(t, v, tb), nil
		}},
		{name: "exc_clear", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			t, v, tb := vm.excType, vm.excValue, vm.excTB
			vm.excType, vm.excValue, vm.excTB = nil, nil, nil
			vm.Xdecref(t)
			vm.Xdecref(v)
			vm.Xdecref(tb)
			return noneRef(), nil
		}},
		{name: "getrecursionlimit", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.NewInt(int64(vm.recursionLimit)), nil
		}},
		{name: "setrecursionlimit", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("setrecursionlimit", args, 1); err != nil {
				return nil, err
			}
			n, ok := args[0].(*Int)
			if !ok {
				return nil, vm.typeErrorf("an integer is required")
			}
			if n.V <= 0 {
				return nil, vm.Raise(ValueErrorType, "recursion limit must be positive")
			}
			// Deeper Python recursion needs Go stack; cap it where Go's default stack holds.
			if n.V > 100000 {
				n.V = 100000
			}
			vm.recursionLimit = int(n.V)
			return noneRef(), nil
		}},
		{name: "_getframe", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			depth := int64(0)
			if len(args) > 0 {
				if n, ok := args[0].(*Int); ok {
					depth = n.V
				}
			}
			f := vm.frame
			for ; depth > 0 && f != nil; depth-- {
				f = f.Back
			}
			if f == nil {
				return nil, vm.Raise(ValueErrorType, "call stack is not deep enough")
			}
			vm.exposeFrame(f)
			return newRef(f), nil
		}},
		{name: "getdefaultencoding", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.NewStr("ascii"), nil
		}},
		{name: "getfilesystemencoding", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.NewStr("UTF-8"), nil
		}},
	}
	if !pypy {
		fns = append(fns, methodDef{name: "getrefcount", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("getrefcount", args, 1); err != nil {
				return nil, err
			}
			// The argument's own reference on the caller's stack counts, as in CPython.
			return vm.NewInt(int64(args[0].GCHeader().RC)), nil
		}})
	}
	return fns
}

// CompileExpression compiles source for eval().
func (vm *VM) CompileExpression(src, filename string) (*Code, *PyError) {
	code, _, err := vm.compileMode([]byte(src), filename, syntax.EvalMode, 0)
	return code, err
}

// CompileInteractive compiles one interactive input (single mode) with the future flags a
// REPL session has accumulated, and returns the flags in force after it.
func (vm *VM) CompileInteractive(src, filename string, flags compile.Flags) (*Code, compile.Flags, *PyError) {
	return vm.compileMode([]byte(src), filename, syntax.SingleMode, flags)
}
