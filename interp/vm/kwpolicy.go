// kwpolicy.go defines what a builtin does with keyword arguments (kwPolicy), which of a
// builtin type's methods CPython exposes as slot wrappers (isSlotWrapperName), and the
// check every call of a builtin makes before its Go function runs (refuseKeywords).
package vm

// kwPolicy is what a builtin function or method does with keyword arguments. The zero
// value refuses them, as CPython's builtins do unless they are flagged METH_KEYWORDS.
type kwPolicy uint8

const (
	// kwRefused builtins raise "f() takes no keyword arguments", as PyCFunction_Call does
	// for a METH_NOARGS, METH_O or METH_VARARGS function.
	kwRefused kwPolicy = iota
	// kwRefusedWrapper builtins are slot wrappers ('a'.__len__): they raise
	// "wrapper f doesn't take keyword arguments", as wrapper_call does.
	kwRefusedWrapper
	// kwAccepted builtins receive the keyword dict and bind its entries themselves.
	kwAccepted
)

// policy is the keyword policy of the builtin a def makes; inType is true for a type's
// method and false for a module's function.
func (d *methodDef) policy(inType bool) kwPolicy {
	switch {
	case d.keywords:
		return kwAccepted
	case inType && !d.coexist && isSlotWrapperName(d.name):
		return kwRefusedWrapper
	}
	return kwRefused
}

// refuseKeywords is the check a call of a builtin makes before the Go function runs: a
// builtin that does not take keywords refuses a non-empty keyword dict with CPython's
// message. An empty dict (f(**{})) is not a keyword call and passes.
func (vm *VM) refuseKeywords(p kwPolicy, name string, kw *Dict) *PyError {
	if p == kwAccepted || kw == nil || kw.Len() == 0 {
		return nil
	}
	if p == kwRefusedWrapper {
		return vm.typeErrorf("wrapper %s doesn't take keyword arguments", name)
	}
	return vm.typeErrorf("%s() takes no keyword arguments", name)
}

// isSlotWrapperName reports whether CPython 2.7 gives a builtin type's method of this name
// as a slot wrapper rather than a method (the names of typeobject.c's slotdefs that have a
// wrapper). A type can still define a plain method of such a name (METH_COEXIST:
// dict.__getitem__); its methodDef says so with coexist.
func isSlotWrapperName(name string) bool {
	switch name {
	case "__abs__", "__add__", "__and__", "__call__", "__cmp__", "__coerce__", "__contains__",
		"__delattr__", "__delete__", "__delitem__", "__delslice__", "__div__", "__divmod__",
		"__eq__", "__float__", "__floordiv__", "__ge__", "__get__", "__getattribute__",
		"__getitem__", "__getslice__", "__gt__", "__hash__", "__hex__", "__iadd__", "__iand__",
		"__idiv__", "__ifloordiv__", "__ilshift__", "__imod__", "__imul__", "__index__",
		"__init__", "__int__", "__invert__", "__ior__", "__ipow__", "__irshift__", "__isub__",
		"__iter__", "__itruediv__", "__ixor__", "__le__", "__len__", "__long__", "__lshift__",
		"__lt__", "__mod__", "__mul__", "__ne__", "__neg__", "__nonzero__", "__oct__", "__or__",
		"__pos__", "__pow__", "__radd__", "__rand__", "__rdiv__", "__rdivmod__", "__repr__",
		"__rfloordiv__", "__rlshift__", "__rmod__", "__rmul__", "__ror__", "__rpow__",
		"__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__", "__set__",
		"__setattr__", "__setitem__", "__setslice__", "__str__", "__sub__", "__truediv__",
		"__xor__", "next":
		return true
	}
	return false
}

// takesKeywords marks a def made by a table's helper as binding keyword arguments.
func takesKeywords(d methodDef) methodDef {
	d.keywords = true
	return d
}

// coexisting marks a def made by a table's helper as a plain method although its name is a
// slot's (see methodDef.coexist).
func coexisting(d methodDef) methodDef {
	d.coexist = true
	return d
}

// cTypeName is a type's tp_name, which CPython's messages quote: "exceptions.ValueError"
// for a builtin type defined outside __builtin__, the bare name for a class.
func cTypeName(t *Type) string {
	if t.Flags&FlagHeap != 0 {
		return t.Name
	}
	return t.QualName()
}
