// types.go declares the builtin types and builds their dicts once per process: each type
// gets its methods (as MethodDescr), computed attributes (GetSetDescr) and __new__ from the
// tables the files defining the types provide.
package vm

// The builtin types. Their dicts are filled by setupBuiltinTypes.
var (
	ObjectType          = newStaticType("object", KindObject, FlagBaseType)
	TypeType            = newStaticType("type", KindOther, FlagBaseType|FlagWeakrefable)
	IntType             = newStaticType("int", KindInt, FlagBaseType)
	BoolType            = newStaticType("bool", KindInt, 0)
	LongType            = newStaticType("long", KindLong, FlagBaseType)
	FloatType           = newStaticType("float", KindFloat, FlagBaseType)
	ComplexType         = newStaticType("complex", KindOther, FlagBaseType)
	BaseStringType      = newStaticType("basestring", KindOther, FlagBaseType)
	StrType             = newStaticType("str", KindStr, FlagBaseType)
	UnicodeType         = newStaticType("unicode", KindUnicode, FlagBaseType)
	TupleType           = newStaticType("tuple", KindTuple, FlagBaseType)
	ListType            = newStaticType("list", KindList, FlagBaseType)
	DictType            = newStaticType("dict", KindDict, FlagBaseType)
	SetType             = newStaticType("set", KindSet, FlagBaseType|FlagWeakrefable)
	FrozenSetType       = newStaticType("frozenset", KindFrozenSet, FlagBaseType|FlagWeakrefable)
	NoneTypeType        = newStaticType("NoneType", KindOther, 0)
	NotImplementedType  = newStaticType("NotImplementedType", KindOther, 0)
	EllipsisType        = newStaticType("ellipsis", KindOther, 0)
	FunctionType        = newStaticType("function", KindOther, FlagWeakrefable)
	MethodType          = newStaticType("instancemethod", KindOther, FlagWeakrefable)
	BuiltinFunctionType = newStaticType("builtin_function_or_method", KindOther, 0)
	MethodDescrType     = newStaticType("method_descriptor", KindOther, 0)
	GetSetDescrType     = newStaticType("getset_descriptor", KindOther, 0)
	StaticMethodType    = newStaticType("staticmethod", KindOther, FlagBaseType)
	ClassMethodType     = newStaticType("classmethod", KindOther, FlagBaseType)
	PropertyType        = newStaticType("property", KindOther, FlagBaseType)
	CodeType            = newStaticType("code", KindOther, 0)
	FrameType           = newStaticType("frame", KindOther, 0)
	TracebackType       = newStaticType("traceback", KindOther, 0)
	GeneratorType       = newStaticType("generator", KindOther, FlagWeakrefable)
	CellType            = newStaticType("cell", KindOther, 0)
	ModuleType          = newStaticType("module", KindOther, FlagBaseType|FlagWeakrefable)
	FileType            = newStaticType("file", KindOther, FlagBaseType|FlagWeakrefable)
	SliceType           = newStaticType("slice", KindOther, 0)
	WeakRefType         = newStaticType("weakref", KindOther, FlagBaseType)
	XRangeType          = newStaticType("xrange", KindOther, 0)
	EnumerateType       = newStaticType("enumerate", KindOther, FlagBaseType)
	ReversedType        = newStaticType("reversed", KindOther, FlagBaseType)
	SeqIterType         = newStaticType("iterator", KindOther, 0)
	ListIterType        = newStaticType("listiterator", KindOther, 0)
	ListRevIterType     = newStaticType("listreverseiterator", KindOther, 0)
	TupleIterType       = newStaticType("tupleiterator", KindOther, 0)
	RangeIterType       = newStaticType("rangeiterator", KindOther, 0)
	DictKeyIterType     = newStaticType("dictionary-keyiterator", KindOther, 0)
	DictValueIterType   = newStaticType("dictionary-valueiterator", KindOther, 0)
	DictItemIterType    = newStaticType("dictionary-itemiterator", KindOther, 0)
	SetIterType         = newStaticType("setiterator", KindOther, 0)
	CallIterType        = newStaticType("callable-iterator", KindOther, 0)
	StrIterType         = newStaticType("iterator", KindOther, 0)
	DictProxyType       = newStaticType("dictproxy", KindOther, 0)
)

// methodDef describes a builtin method for a type's table, or a function for a module's.
type methodDef struct {
	name string
	fn   BuiltinFn
	doc  string
	// keywords says fn binds keyword arguments itself, as CPython's METH_KEYWORDS does.
	// Without it a call passing keywords is refused with CPython's TypeError before fn runs.
	// Refusing is the default because most builtins take positional arguments only (as in
	// CPython, whose default it also is), and because a def that forgets the flag then
	// fails loudly at its first keyword call instead of dropping the keywords unseen.
	keywords bool
	// coexist marks a type's method whose name is a slot's but which CPython defines as a
	// plain method (METH_COEXIST: dict.__getitem__), so that it refuses keywords with a
	// method's message rather than a slot wrapper's.
	coexist bool
}

// getsetDef describes a computed attribute for a type's table.
type getsetDef struct {
	name string
	get  func(vm *VM, o Object) (Object, *PyError)
	set  func(vm *VM, o Object, v Object) *PyError
}

// typeSpec is what a file defining a builtin type contributes.
type typeSpec struct {
	t       *Type
	base    *Type
	methods []methodDef
	getsets []getsetDef
	// statics and classmethods are bound specially.
	statics      []methodDef
	classMethods []methodDef
	doc          string
}

// setupBuiltinTypes builds every builtin type's dict. It runs once per process.
func setupBuiltinTypes() {
	finishStaticType(ObjectType, nil)
	for _, spec := range builtinTypeSpecs() {
		if spec.t != ObjectType {
			finishStaticType(spec.t, spec.base)
		}
		installSpec(spec)
	}
	excSpec := exceptionSpec()
	for _, e := range exceptionTree {
		finishStaticType(e.t, e.base)
		e.t.module = "exceptions"
		e.t.computeFlags()
	}
	installSpec(excSpec)
	for _, e := range exceptionTree[1:] {
		installSpec(typeSpec{t: e.t, methods: exceptionSubclassMethods(e.t)})
	}
	for _, spec := range builtinTypeSpecs() {
		spec.t.computeFlags()
	}
	ObjectType.computeFlags()
}

// installSpec fills a type's dict from its spec.
func installSpec(spec typeSpec) {
	t := spec.t
	d := t.Dict
	for _, m := range spec.methods {
		d.SetStr(nil, NewStrConst(m.name), &MethodDescr{Header: immortalHeader(), Name: m.name, Owner: t, Fn: m.fn, Doc: m.doc,
			kw: m.policy(true)})
	}
	for _, m := range spec.statics {
		d.SetStr(nil, NewStrConst(m.name), &MethodDescr{Header: immortalHeader(), Name: m.name, Owner: t, Fn: m.fn, Doc: m.doc,
			kw: m.policy(true), static: true})
	}
	for _, m := range spec.classMethods {
		d.SetStr(nil, NewStrConst(m.name), &MethodDescr{Header: immortalHeader(), Name: m.name, Owner: t, Fn: m.fn, Doc: m.doc,
			kw: m.policy(true), classMethod: true})
	}
	for _, g := range spec.getsets {
		d.SetStr(nil, NewStrConst(g.name), &GetSetDescr{Header: immortalHeader(), Name: g.name, Owner: t, Get: g.get, Set: g.set})
	}
	if t.New != nil && d.GetString("__new__") == nil {
		// tp_new_wrapper hands the keywords to the type's __new__.
		d.SetStr(nil, NewStrConst("__new__"), &MethodDescr{Header: immortalHeader(), Name: "__new__", Owner: t,
			Fn: builtinNewWrapper(t), kw: kwAccepted, static: true})
	}
	if d.GetString("__doc__") == nil {
		if spec.doc != "" {
			d.SetStr(nil, NewStrConst("__doc__"), NewStrConst(spec.doc))
		} else {
			d.SetStr(nil, NewStrConst("__doc__"), None)
		}
	}
}

// builtinNewWrapper is T.__new__(cls, ...) for a builtin type T: cls must derive from T.
func builtinNewWrapper(t *Type) BuiltinFn {
	return func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
		if len(args) == 0 {
			return nil, vm.typeErrorf("%s.__new__(): not enough arguments", t.Name)
		}
		cls, ok := args[0].(*Type)
		if !ok {
			return nil, vm.typeErrorf("%s.__new__(X): X is not a type object (%s)", t.Name, args[0].Type().Name)
		}
		if !cls.IsSubtype(t) {
			return nil, vm.typeErrorf("%s.__new__(%s): %s is not a subtype of %s", t.Name, cls.Name, cls.Name, t.Name)
		}
		return t.New(vm, cls, args[1:], kw)
	}
}
