// modules.go is the registry of the modules a program can import without a file: those
// implemented in Go (builtinModules, each made by a function in its mod_NAME.go file) and
// those written in Python and embedded in the binary (embeddedModules, the files of
// pylib/, compiled only when first imported so that they cost nothing at start-up). It also
// holds the helpers the Go modules are built with.
package vm

import (
	_ "embed"
	"fmt"
	"slices"
	"sync"

	"handson/gcsim"
)

// builtinModules makes the modules implemented in Go, by name. The entries go through
// goModuleFactory because a package-level map whose initializer referred to the module
// functions directly would be an initialization cycle (they reach the importer, which reads
// this map); a call through an interface is not a reference for Go's initialization order.
var builtinModules = map[string]func(vm *VM) *Module{
	"sys": func(vm *VM) *Module { return newRef(vm.sys).(*Module) },
	"__builtin__": func(vm *VM) *Module {
		return newRef(vm.builtinsMod).(*Module)
	},
	"gc":           goModule("gc"),
	"_weakref":     goModule("_weakref"),
	"_traceback":   goModule("_traceback"),
	"_collections": goModule("_collections"),
	"exceptions":   goModule("exceptions"),
	"math":         goModule("math"),
	"_time":        goModule("_time"),
	"posix":        goModule("posix"),
	"errno":        goModule("errno"),
	"signal":       goModule("signal"),
	"operator":     goModule("operator"),
	"_random":      goModule("_random"),
	"_heapq":       goModule("_heapq"),
	"_itertools":   goModule("_itertools"),
	"struct":       goModule("struct"),
	"_bisect":      goModule("_bisect"),
	"_functools":   goModule("_functools"),
	"string":       goModule("string"),
	"re":           goModule("re"),
	"json":         goModule("json"),
}

// moduleFactory builds a Go module by name.
type moduleFactory interface {
	build(vm *VM, name string) *Module
}

// goModuleFactory is the factory the registry's entries call.
var goModuleFactory moduleFactory = goModules{}

// goModule is a registry entry for the Go module name.
func goModule(name string) func(vm *VM) *Module {
	return func(vm *VM) *Module { return goModuleFactory.build(vm, name) }
}

// goModules maps names to the functions making the Go modules.
type goModules struct{}

func (goModules) build(vm *VM, name string) *Module {
	switch name {
	case "gc":
		return newGCModule(vm)
	case "_weakref":
		return newWeakrefModule(vm)
	case "_collections":
		return newCollectionsModule(vm)
	case "_functools":
		return newFunctoolsModule(vm)
	case "_bisect":
		return newBisectModule(vm)
	case "struct":
		return newStructModule(vm)
	case "_itertools":
		return newItertoolsModule(vm)
	case "_heapq":
		return newHeapqModule(vm)
	case "_traceback":
		return newTracebackModule(vm)
	case "exceptions":
		return newExceptionsModule(vm)
	case "math":
		return newMathModule(vm)
	case "_time":
		return newTimeModule(vm)
	case "posix":
		return newPosixModule(vm)
	case "errno":
		return newErrnoModule(vm)
	case "signal":
		return newSignalModule(vm)
	case "operator":
		return newOperatorModule(vm)
	case "_random":
		return newRandomModule(vm)
	case "string":
		return makeStringModule(vm)
	case "re":
		return makeReModule(vm)
	case "json":
		return makeJSONModule(vm)
	}
	panic("BUG: no Go module " + name)
}

// The Python sources of pylib/.
var (
	//go:embed pylib/weakref.py
	pyWeakref string
	//go:embed pylib/os.py
	pyOS string
	//go:embed pylib/posixpath.py
	pyPosixpath string
	//go:embed pylib/contextlib.py
	pyContextlib string
	//go:embed pylib/__future__.py
	pyFuture string
	//go:embed pylib/functools.py
	pyFunctools string
	//go:embed pylib/collections.py
	pyCollections string
	//go:embed pylib/copy.py
	pyCopy string
	//go:embed pylib/heapq.py
	pyHeapq string
	//go:embed pylib/bisect.py
	pyBisect string
	//go:embed pylib/random.py
	pyRandom string
	//go:embed pylib/keyword.py
	pyKeyword string
	//go:embed pylib/itertools.py
	pyItertools string
	//go:embed pylib/time.py
	pyTime string
	//go:embed pylib/types.py
	pyTypes string
	//go:embed pylib/atexit.py
	pyAtexit string
	//go:embed pylib/traceback.py
	pyTraceback string
	//go:embed pylib/_structseq.py
	pyStructseq string
)

// embeddedModules are modules written in Python, compiled from source on first import.
var embeddedModules = map[string]string{
	"weakref":     pyWeakref,
	"os":          pyOS,
	"posixpath":   pyPosixpath,
	"contextlib":  pyContextlib,
	"__future__":  pyFuture,
	"functools":   pyFunctools,
	"collections": pyCollections,
	"copy":        pyCopy,
	"heapq":       pyHeapq,
	"bisect":      pyBisect,
	"random":      pyRandom,
	"keyword":     pyKeyword,
	"itertools":   pyItertools,
	"time":        pyTime,
	"types":       pyTypes,
	"atexit":      pyAtexit,
	"traceback":   pyTraceback,
	"_structseq":  pyStructseq,
}

// newGoModule makes a module holding Go functions, owned by the caller.
func (vm *VM) newGoModule(name, doc string, funcs []methodDef) *Module {
	m := vm.NewModule(name)
	if doc != "" {
		vm.modSet(m, "__doc__", vm.NewStr(doc))
	}
	for _, f := range funcs {
		b := newModuleFunction(name, f)
		m.Dict.SetString(vm, f.name, b)
		vm.Decref(b)
	}
	return m
}

// execGoModuleSource runs the Python half of a Go module (string, re, json) in the
// module's namespace, after its Go functions are set. The source ships in the binary, so a
// compile error is a bug; running it can still fail for reasons of the program's (the
// recursion limit reached, a SIGINT, the run aborted), and then the error waits in
// vm.moduleInitErr for the import to raise it.
func (vm *VM) execGoModuleSource(m *Module, src string) {
	m.Dict.SetString(vm, "__builtins__", vm.builtinsMod)
	code, err := vm.CompileSource([]byte(src), "<"+m.Name+">")
	if err != nil {
		panic("BUG: " + m.Name + " module source: " + err.String())
	}
	res, err := vm.ExecCode(code, m.Dict, m.Dict)
	vm.Decref(code)
	if err != nil {
		vm.moduleInitErr = err
		return
	}
	vm.Decref(res)
}

// newErrorClass makes the class error of a module (struct.error, sre_constants.error): a
// subclass of Exception whose __module__ is module, made as a class statement would.
func (vm *VM) newErrorClass(module string) *Type {
	ns := vm.NewDict()
	modName := vm.NewStr(module)
	ns.SetString(vm, "__module__", modName)
	vm.Decref(modName)
	name := vm.NewStr("error")
	bases := vm.NewTupleRefs(ExceptionType)
	cls, err := vm.Call(TypeType, []Object{name, bases, ns}, nil)
	vm.Decref(name)
	vm.Decref(bases)
	vm.Decref(ns)
	if err != nil {
		panic("BUG: cannot make " + module + ".error: " + err.String())
	}
	return cls.(*Type)
}

// modSet stores v in a module under name; the module takes over the caller's reference.
func (vm *VM) modSet(m *Module, name string, v Object) {
	m.Dict.SetString(vm, name, v)
	vm.Decref(v)
}

// moduleTypesOnce builds the method tables of the types the Go modules define (deque,
// itemgetter, the itertools iterators, ...) the first time one of those modules is
// imported, once per process, like the builtin types.
var moduleTypesOnce sync.Once

// moduleTypeSpec is a module type's spec and the module it belongs to (its __module__).
type moduleTypeSpec struct {
	module string
	spec   typeSpec
}

// setupModuleTypes fills the dicts of the module types. Each gets a __repr__ (unless its
// spec has one) giving "<module.name object at 0x...>" as CPython's C types print.
func setupModuleTypes() {
	specs := moduleTypeSpecs()
	for _, s := range specs {
		finishStaticType(s.spec.t, s.spec.base)
		s.spec.t.module = s.module
		hasRepr := false
		for _, g := range s.spec.getsets {
			hasRepr = hasRepr || g.name == "__repr__"
		}
		if !hasRepr {
			t := s.spec.t
			s.spec.getsets = append(s.spec.getsets, reprGetset(func(vm *VM, o Object) (string, *PyError) {
				return fmt.Sprintf("<%s object at %#x>", t.QualName(), objectID(o)), nil
			}))
		}
		installSpec(s.spec)
	}
	for _, s := range specs {
		s.spec.t.computeFlags()
	}
}

// moduleTypeSpecs lists every type defined by a Go module, bases before derived types.
func moduleTypeSpecs() []moduleTypeSpec {
	var out []moduleTypeSpec
	out = append(out, weakrefModuleTypes()...)
	out = append(out, operatorTypes()...)
	out = append(out, randomTypes()...)
	out = append(out, collectionsTypes()...)
	out = append(out, itertoolsTypes()...)
	out = append(out, structTypes()...)
	out = append(out, functoolsTypes()...)
	out = append(out, reModuleTypes()...)
	return out
}

// ensureModuleTypes makes sure the module types are ready; every module factory that
// exposes one calls it.
func ensureModuleTypes() { moduleTypesOnce.Do(setupModuleTypes) }

// intArg converts an argument that must be an int (or long in int range, or an object with
// __index__) to int64, with CPython's "an integer is required" message.
func (vm *VM) intArg(o Object) (int64, *PyError) {
	if _, isFloat := o.(*Float); isFloat {
		return 0, vm.typeErrorf("integer argument expected, got float")
	}
	n, ok, err := vm.indexValue(o)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, vm.typeErrorf("an integer is required")
	}
	return n, nil
}

// kwArg fetches a keyword argument by name (borrowed; nil when absent).
func kwArg(kw *Dict, name string) Object {
	if kw == nil {
		return nil
	}
	return kw.GetString(name)
}

// pyArgNoKeywords refuses keyword arguments with _PyArg_NoKeywords's message, which
// names the callable as given (the itertools pass "chain()", operator's getters
// "itemgetter"). Constructors and the functions that take keywords only to refuse them
// call it; a builtin function or method without keywords is refused before it runs, with
// the message of refuseKeywords.
func (vm *VM) pyArgNoKeywords(name string, kw *Dict) *PyError {
	if kw != nil && kw.Len() > 0 {
		return vm.typeErrorf("%s does not take keyword arguments", name)
	}
	return nil
}

// bindBuiltinArgs matches a builtin's positional and keyword arguments to its parameter names as
// CPython's PyArg_ParseTupleAndKeywords does, with its messages and in its order: too many
// arguments, then each parameter in turn (given twice, or required and missing), then
// keywords naming no parameter. The result has one slot per name (borrowed); optional
// parameters not given are nil.
func (vm *VM) bindBuiltinArgs(fn string, args []Object, kw *Dict, names []string, required int) ([]Object, *PyError) {
	nkw := kwLen(kw)
	if n := len(args) + nkw; n > len(names) {
		return nil, vm.typeErrorf("%s() takes at most %d argument%s (%d given)", fn, len(names), pluralS(len(names)), n)
	}
	out := make([]Object, len(names))
	copy(out, args)
	found := 0
	for i, name := range names {
		var v Object
		if found < nkw {
			v = kw.GetString(name)
		}
		switch {
		case v != nil && i < len(args):
			return nil, vm.typeErrorf("Argument given by name ('%s') and position (%d)", name, i+1)
		case v != nil:
			out[i] = v
			found++
		case out[i] == nil && i < required:
			return nil, vm.typeErrorf("Required argument '%s' (pos %d) not found", name, i+1)
		}
	}
	if found < nkw {
		pos := 0
		for {
			k, _, ok := kw.Next(&pos)
			if !ok {
				break
			}
			s, isStr := k.(*Str)
			if !isStr {
				return nil, vm.typeErrorf("keywords must be strings")
			}
			if !slices.Contains(names, s.S) {
				return nil, vm.typeErrorf("'%s' is an invalid keyword argument for this function", s.S)
			}
		}
	}
	return out, nil
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func kwLen(kw *Dict) int {
	if kw == nil {
		return 0
	}
	return kw.Len()
}

// reprGetset makes a module type's __repr__. It is a computed attribute returning the
// bound method rather than a method descriptor because the VM calls a type's own __repr__
// only when it is not a builtin method descriptor (those are object's default).
func reprGetset(repr func(vm *VM, o Object) (string, *PyError)) getsetDef {
	fn := func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.argsExactly("__repr__", args, 0); err != nil {
			return nil, err
		}
		s, err := repr(vm, self)
		if err != nil {
			return nil, err
		}
		return vm.NewStr(s), nil
	}
	return getsetDef{name: "__repr__", get: func(vm *VM, o Object) (Object, *PyError) {
		return &Builtin{Header: gcsim.Header{RC: 1}, Name: "__repr__", Fn: fn, Self: newRef(o), kw: kwRefusedWrapper}, nil
	}}
}
