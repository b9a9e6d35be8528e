// sysextras.go holds the parts of sys beyond the core (argv, path, modules, exit, the
// streams): getsizeof, the display and exception hooks, the interpreter settings programs
// read (flags, float_info, long_info, check interval, tracing), and the struct sequences,
// which are made on first use so that they cost nothing at start-up.
package vm

import (
	"math"
	"os"
)

// sysExtraFunctions are the functions of sys defined here.
func sysExtraFunctions() []methodDef {
	return []methodDef{
		{name: "getsizeof", fn: sysGetsizeof, keywords: true},
		{name: "displayhook", fn: sysDisplayhook},
		{name: "excepthook", fn: sysExcepthook},
		{name: "getcheckinterval", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("getcheckinterval", args, 0); err != nil {
				return nil, err
			}
			return vm.NewInt(vm.checkInterval), nil
		}},
		{name: "setcheckinterval", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("setcheckinterval", args, 1); err != nil {
				return nil, err
			}
			n, err := vm.intArg(args[0])
			if err != nil {
				return nil, err
			}
			// Only remembered: signals and collections are checked at every safe point.
			vm.checkInterval = n
			return noneRef(), nil
		}},
		{name: "gettrace", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("gettrace", args, 0); err != nil {
				return nil, err
			}
			return noneRef(), nil
		}},
		{name: "getprofile", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("getprofile", args, 0); err != nil {
				return nil, err
			}
			return noneRef(), nil
		}},
		{name: "settrace", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.noTracing("settrace", args)
		}},
		{name: "setprofile", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.noTracing("setprofile", args)
		}},
		{name: "call_tracing", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("call_tracing", args, 2); err != nil {
				return nil, err
			}
			t, ok := args[1].(*Tuple)
			if !ok {
				return nil, vm.typeErrorf("call_tracing() argument 2 must be tuple, not %s", args[1].Type().Name)
			}
			return vm.Call(args[0], t.Items, nil)
		}},
	}
}

// noTracing is settrace/setprofile: None is accepted (there is nothing to turn off); a
// function is refused plainly, since the interpreter has no tracing hooks.
func (vm *VM) noTracing(name string, args []Object) (Object, *PyError) {
	if err := vm.argsExactly(name, args, 1); err != nil {
		return nil, err
	}
	if args[0] != Object(None) {
		return nil, vm.Raisef(NotImplementedErrorType, "sys.%s: tracing and profiling hooks are not available in handson", name)
	}
	return noneRef(), nil
}

// setupSysExtras adds the values of sys defined here; sys's functions are installed by
// setupSysModule.
func (vm *VM) setupSysExtras(set func(name string, v Object)) {
	vm.checkInterval = 100
	if vm.opts.PyPy {
		vm.checkInterval = 10000
	}
	set("float_repr_style", vm.NewStr("short"))
	set("py3kwarning", NewBool(false))
	set("warnoptions", vm.NewList(nil))
	set("meta_path", vm.NewList(nil))
	set("path_hooks", vm.NewList(nil))
	set("path_importer_cache", vm.NewDict())
	if vm.opts.PyPy {
		set("subversion", vm.NewTupleRefs(vm.NewStr("PyPy"), vm.NewStr(""), vm.NewStr("")))
	} else {
		set("subversion", vm.NewTupleRefs(vm.NewStr("CPython"), vm.NewStr(""), vm.NewStr("")))
	}
	set("copyright", vm.NewStr("handson: a course on how PyPy works, with a Python 2.7 interpreter of its own."))
	// The original hooks stay reachable as __displayhook__ and __excepthook__.
	for _, name := range []string{"displayhook", "excepthook"} {
		if h := vm.sys.Dict.GetString(name); h != nil {
			vm.sys.Dict.SetString(vm, "__"+name+"__", h)
		}
	}
}

// sysStructSeqs are the sys values that are struct sequences, made on first access.
var sysStructSeqs = map[string]func(vm *VM) (fields []string, values []Object){
	"flags": func(vm *VM) ([]string, []Object) {
		fields := []string{"debug", "py3k_warning", "division_warning", "division_new", "inspect",
			"interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
			"ignore_environment", "tabcheck", "verbose", "unicode", "bytes_warning", "hash_randomization"}
		values := make([]Object, len(fields))
		for i, f := range fields {
			v := int64(0)
			if f == "dont_write_bytecode" && os.Getenv("PYTHONDONTWRITEBYTECODE") != "" {
				v = 1
			}
			values[i] = vm.NewInt(v)
		}
		return fields, values
	},
	"float_info": func(vm *VM) ([]string, []Object) {
		return []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
				"mant_dig", "epsilon", "radix", "rounds"},
			[]Object{vm.NewFloat(math.MaxFloat64), vm.NewInt(1024), vm.NewInt(308),
				vm.NewFloat(2.2250738585072014e-308), vm.NewInt(-1021), vm.NewInt(-307), vm.NewInt(15),
				vm.NewInt(53), vm.NewFloat(2.220446049250313e-16), vm.NewInt(2), vm.NewInt(1)}
	},
	"long_info": func(vm *VM) ([]string, []Object) {
		return []string{"bits_per_digit", "sizeof_digit"}, []Object{vm.NewInt(30), vm.NewInt(4)}
	},
}

// lazySysAttr makes sys.flags, sys.float_info or sys.long_info the first time a program
// asks, storing it in sys; it returns nil for any other name.
func (vm *VM) lazySysAttr(name string) (Object, *PyError) {
	build, ok := sysStructSeqs[name]
	if !ok {
		return nil, nil
	}
	mod, err := vm.importModuleLevel("_structseq", nil)
	if err != nil {
		return nil, err
	}
	defer vm.Decref(mod)
	mk, err := vm.GetAttr(mod, vm.Intern("make"))
	if err != nil {
		return nil, err
	}
	defer vm.Decref(mk)
	fields, values := build(vm)
	names := make([]Object, len(fields))
	for i, f := range fields {
		names[i] = vm.NewStr(f)
	}
	fieldTuple := vm.NewTuple(names)
	typeName, module, doc := vm.NewStr(name), vm.NewStr("sys"), vm.NewStr("sys."+name)
	cls, err := vm.Call(mk, []Object{typeName, module, fieldTuple, doc}, nil)
	for _, o := range []Object{typeName, module, fieldTuple, doc} {
		vm.Decref(o)
	}
	if err != nil {
		for _, v := range values {
			vm.Decref(v)
		}
		return nil, err
	}
	defer vm.Decref(cls)
	valueTuple := vm.NewTuple(values)
	defer vm.Decref(valueTuple)
	v, err := vm.Call(cls, []Object{valueTuple}, nil)
	if err != nil {
		return nil, err
	}
	vm.sys.Dict.SetString(vm, name, v)
	return v, nil
}

// sysGetsizeof is sys.getsizeof(object[, default]). CPython mode answers as CPython 2.7
// does on x86-64: type(object).__sizeof__(object) plus the collector's header for tracked
// types. PyPy has no meaningful per-object size: it returns default, or raises TypeError.
func sysGetsizeof(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	args, err := vm.bindBuiltinArgs("getsizeof", args, kw, []string{"object", "default"}, 1)
	if err != nil {
		return nil, err
	}
	if vm.opts.PyPy {
		if args[1] != nil {
			return newRef(args[1]), nil
		}
		return nil, vm.typeErrorf("sys.getsizeof() has no answer on PyPy: an object's size there depends on maps, sharing and the JIT (pass a default to get it back instead)")
	}
	t := args[0].Type()
	method := t.Lookup(vm.Intern("__sizeof__"))
	if t.Flags&FlagClassic != 0 || method == nil {
		// Classic instances and classes: their C struct, as CPython's getsizeof takes it.
		return vm.NewInt(cpythonSizeof(args[0]) + gcHeaderSize), nil
	}
	bound, err := vm.bindDescriptor(method, args[0], args[0].Type())
	if err != nil {
		return nil, err
	}
	res, err := vm.Call(bound, nil, nil)
	vm.Decref(bound)
	if err != nil {
		return vm.sizeofDefault(args[1], err)
	}
	defer vm.Decref(res)
	n, err := vm.intArg(res)
	if err != nil {
		return vm.sizeofDefault(args[1], err)
	}
	if n < 0 {
		return vm.sizeofDefault(args[1], vm.Raise(ValueErrorType, "__sizeof__() should return >= 0"))
	}
	if cpythonIsGC(args[0]) {
		n += gcHeaderSize
	}
	return vm.NewInt(n), nil
}

// sizeofDefault returns getsizeof's default in place of a TypeError, as CPython does.
func (vm *VM) sizeofDefault(def Object, err *PyError) (Object, *PyError) {
	if def != nil && err.Matches(TypeErrorType) {
		err.release(vm)
		return newRef(def), nil
	}
	return nil, err
}

// sysDisplayhook is sys.displayhook(value): print repr(value) and keep it in __builtin__._.
func sysDisplayhook(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.argsExactly("displayhook", args, 1); err != nil {
		return nil, err
	}
	if err := vm.builtinDisplay(args[0]); err != nil {
		return nil, err
	}
	return noneRef(), nil
}

// sysExcepthook is sys.excepthook(type, value, traceback): print the traceback and the
// exception to stderr.
func sysExcepthook(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.argsExactly("excepthook", args, 3); err != nil {
		return nil, err
	}
	tb, _ := args[2].(*Traceback)
	vm.flushStdout()
	vm.writeStderr(vm.FormatException(&PyError{Value: args[1], Traceback: tb}))
	return noneRef(), nil
}
