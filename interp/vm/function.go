// function.go defines the callable objects: Python functions and the cells of their
// closures, bound methods, builtin functions and methods, and the descriptors staticmethod,
// classmethod and property.
package vm

import (
	"handson/gcsim"
)

// Function is a Python function (def or lambda).
type Function struct {
	gcsim.Header
	Code    *Code
	Globals *Dict
	// Builtins is the builtins namespace of the frame that defined the function: calls
	// use it instead of looking __builtins__ up in Globals each time.
	Builtins *Dict
	Defaults []Object // func_defaults, owned
	Closure  []*Cell  // func_closure, owned
	Name     Object   // __name__ (a str)
	Doc      Object   // __doc__
	Dict     *Dict    // function attributes, made on first use
	Module   Object   // __module__
	weakrefs *weakList
}

func (*Function) Type() *Type { return FunctionType }

// Cell is a closure cell: a variable shared between a function and the functions nested in
// it.
type Cell struct {
	gcsim.Header
	V Object // nil when empty
}

func (*Cell) Type() *Type { return CellType }

// newCell makes a cell holding v (a new reference is taken), owned.
func (vm *VM) newCell(v Object) *Cell {
	xincref(v)
	c := &Cell{Header: gcsim.Header{RC: 1}, V: v}
	vm.track(c, 16, 0)
	return c
}

// Method is a bound method (Self set) or, for Python 2's unbound methods, a function
// retrieved from a class (Self nil, Class the class).
type Method struct {
	gcsim.Header
	Func  Object
	Self  Object
	Class Object
}

func (*Method) Type() *Type { return MethodType }

// newMethod binds f to self (both borrowed), owned.
func (vm *VM) newMethod(f, self, class Object) *Method {
	incref(f)
	xincref(self)
	xincref(class)
	var m *Method
	if n := len(vm.methodFree); n > 0 {
		m = vm.methodFree[n-1]
		vm.methodFree[n-1] = nil
		vm.methodFree = vm.methodFree[:n-1]
		m.RC = 1
		m.Func, m.Self, m.Class = f, self, class
	} else {
		m = &Method{Header: gcsim.Header{RC: 1}, Func: f, Self: self, Class: class}
	}
	vm.track(m, 32, allocImmutable)
	return m
}

// methodFreeMax is how many dead bound methods are kept for reuse (every method call
// makes one, as in CPython, which keeps a free list of them too).
const methodFreeMax = 256

// freeMethod is a bound method's deallocation in CPython mode.
func (vm *VM) freeMethod(m *Method) {
	vm.untrack(m)
	vm.clearRefs(m)
	if m.RC == 0 && len(vm.methodFree) < methodFreeMax {
		vm.methodFree = append(vm.methodFree, m)
	}
}

// BuiltinFn is the Go signature of a builtin function or method. self is the bound object
// (nil for a plain function); args and kwargs are borrowed; the result is owned.
type BuiltinFn func(vm *VM, self Object, args []Object, kwargs *Dict) (Object, *PyError)

// Builtin is a builtin function, or a builtin method bound to Self.
type Builtin struct {
	gcsim.Header
	Name   string
	Fn     BuiltinFn
	Self   Object // nil for functions
	Module string // for reprs of functions
	Doc    string
	// kw is what Fn does with keyword arguments; the zero value refuses them before Fn runs.
	kw kwPolicy
}

func (*Builtin) Type() *Type { return BuiltinFunctionType }

// MethodDescr is a builtin type's method as found in the type's dict (list.append); it binds
// to an instance when looked up on one.
type MethodDescr struct {
	gcsim.Header
	Name  string
	Owner *Type
	Fn    BuiltinFn
	Doc   string
	// kw is what Fn does with keyword arguments, also once bound to an instance.
	kw kwPolicy
	// static marks __new__ wrappers and other static builtins that do not bind.
	static bool
	// classMethod marks builtins that bind to the class (dict.fromkeys).
	classMethod bool
}

func (*MethodDescr) Type() *Type { return MethodDescrType }

// StaticMethod is staticmethod(f).
type StaticMethod struct {
	gcsim.Header
	Func Object
}

func (*StaticMethod) Type() *Type { return StaticMethodType }

// ClassMethod is classmethod(f).
type ClassMethod struct {
	gcsim.Header
	Func Object
}

func (*ClassMethod) Type() *Type { return ClassMethodType }

// Property is property(fget, fset, fdel, doc).
type Property struct {
	gcsim.Header
	Get, Set, Del, Doc Object // nil when absent
}

func (*Property) Type() *Type { return PropertyType }

// newBuiltin makes an unbound builtin function that takes no keyword arguments, owned by
// the caller.
func newBuiltin(module, name string, fn BuiltinFn) *Builtin {
	return &Builtin{Header: gcsim.Header{RC: 1}, Name: name, Fn: fn, Module: module}
}

// newModuleFunction makes a module's builtin function from its def, owned by the caller.
func newModuleFunction(module string, d methodDef) *Builtin {
	return &Builtin{Header: gcsim.Header{RC: 1}, Name: d.name, Fn: d.fn, Module: module, Doc: d.doc, kw: d.policy(false)}
}
