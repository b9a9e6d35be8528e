// typespecs.go lists the builtin types in the order their dicts are built (bases first) and
// defines the tables of the core object types: object, type, functions and methods,
// descriptors, modules, code, frames, generators, cells, slices and weak references.
package vm

import (
	"slices"

	"handson/gcsim"
)

// builtinTypeSpecs returns every builtin type's table, bases first.
func builtinTypeSpecs() []typeSpec {
	return []typeSpec{
		objectSpec(),
		typeTypeSpec(),
		intSpec(),
		boolSpec(),
		longSpec(),
		floatSpec(),
		complexSpec(),
		{t: BaseStringType, base: ObjectType, doc: "Type basestring cannot be instantiated; it is the base for str and unicode."},
		strSpec(),
		unicodeSpec(),
		tupleSpec(),
		listSpec(),
		dictSpec(),
		dictViewSpec(DictKeysType),
		dictViewSpec(DictValuesType),
		dictViewSpec(DictItemsType),
		setSpec(),
		frozenSetSpec(),
		{t: NoneTypeType, base: ObjectType},
		{t: NotImplementedType, base: ObjectType},
		{t: EllipsisType, base: ObjectType},
		functionSpec(),
		methodSpec(),
		{t: BuiltinFunctionType, base: ObjectType, getsets: builtinGetsets(), methods: []methodDef{
			{name: "__call__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.Call(self, args, kw)
			}, keywords: true},
		}},
		{t: MethodDescrType, base: ObjectType},
		{t: GetSetDescrType, base: ObjectType},
		staticMethodSpec(),
		classMethodSpec(),
		propertySpec(),
		codeSpec(),
		frameSpec(),
		tracebackSpec(),
		generatorSpec(),
		{t: CellType, base: ObjectType, getsets: []getsetDef{{name: "cell_contents", get: func(vm *VM, o Object) (Object, *PyError) {
			c := o.(*Cell)
			if c.V == nil {
				return nil, vm.Raise(ValueErrorType, "Cell is empty")
			}
			return newRef(c.V), nil
		}}}},
		moduleSpec(),
		fileSpec(),
		sliceSpec(),
		weakrefSpec(),
		xrangeSpec(),
		enumerateSpec(),
		reversedSpec(),
		iterSpec(SeqIterType),
		iterSpec(ListIterType),
		iterSpec(ListRevIterType),
		iterSpec(TupleIterType),
		iterSpec(RangeIterType),
		iterSpec(DictKeyIterType),
		iterSpec(DictValueIterType),
		iterSpec(DictItemIterType),
		iterSpec(SetIterType),
		iterSpec(CallIterType),
		dictProxySpec(),
		{t: ClassObjType, base: ObjectType},
		{t: InstanceTypeType, base: ObjectType},
		superSpec(),
	}
}

// argsExactly checks a builtin method's argument count.
func (vm *VM) argsExactly(name string, args []Object, n int) *PyError {
	if len(args) == n {
		return nil
	}
	switch n {
	case 0:
		return vm.typeErrorf("%s() takes no arguments (%d given)", name, len(args))
	case 1:
		return vm.typeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
	}
	return vm.typeErrorf("%s expected %d arguments, got %d", name, n, len(args))
}

// argsRange checks a builtin's argument count is between lo and hi.
func (vm *VM) argsRange(name string, args []Object, lo, hi int) *PyError {
	if len(args) < lo {
		return vm.typeErrorf("%s expected at least %d arguments, got %d", name, lo, len(args))
	}
	if len(args) > hi {
		return vm.typeErrorf("%s expected at most %d arguments, got %d", name, hi, len(args))
	}
	return nil
}

func objectSpec() typeSpec {
	ObjectType.New = objectNew
	return typeSpec{
		t: ObjectType,
		methods: []methodDef{
			{name: "__init__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.objectInitCheck(self.Type(), args, kw); err != nil {
					return nil, err
				}
				return noneRef(), nil
			}, keywords: true},
			{name: "__repr__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				t := self.Type()
				if inst, ok := self.(*Instance); ok && t.IsSubtype(BaseExceptionType) {
					s, err := vm.exceptionRepr(inst)
					if err != nil {
						return nil, err
					}
					return vm.NewStr(s), nil
				}
				if _, ok := self.(*Instance); ok {
					return vm.NewStr("<" + t.QualName() + " object at " + hexID(self) + ">"), nil
				}
				return vm.NewStr(vm.builtinRepr(self)), nil
			}},
			{name: "__str__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.Repr(self)
			}},
			{name: "__hash__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.NewInt(hashPointer(self)), nil
			}},
			{name: "__getattribute__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__getattribute__", args, 1); err != nil {
					return nil, err
				}
				name, err := vm.attrName(args[0], "")
				if err != nil {
					return nil, err
				}
				return vm.genericGetAttr(self, self.Type(), name, instanceDict(self))
			}},
			{name: "__setattr__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__setattr__", args, 2); err != nil {
					return nil, err
				}
				return vm.setOrDelAttr(self, args[0], args[1], true)
			}},
			{name: "__delattr__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__delattr__", args, 1); err != nil {
					return nil, err
				}
				return vm.setOrDelAttr(self, args[0], nil, true)
			}},
			// handson has no pickle or copy_reg: both refuse, as CPython does for objects
			// it cannot pickle.
			{name: "__reduce_ex__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return nil, vm.typeErrorf("can't pickle %s objects", self.Type().Name)
			}},
			{name: "__reduce__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return nil, vm.typeErrorf("can't pickle %s objects", self.Type().Name)
			}},
			{name: "__format__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__format__", args, 1); err != nil {
					return nil, err
				}
				return vm.objectFormat(self, args[0])
			}},
			{name: "__sizeof__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.methodArgs("__sizeof__", args, 0, 0); err != nil {
					return nil, err
				}
				return vm.NewInt(cpythonSizeof(self)), nil
			}},
		},
		classMethods: []methodDef{{name: "__subclasshook__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			// The abc module's hook: object's answers "no opinion".
			return newRef(NotImplemented), nil
		}, keywords: true}},
		statics: []methodDef{{name: "__new__", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) == 0 {
				return nil, vm.typeErrorf("object.__new__(): not enough arguments")
			}
			cls, ok := args[0].(*Type)
			if !ok {
				return nil, vm.typeErrorf("object.__new__(X): X is not a type object (%s)", args[0].Type().Name)
			}
			if cls.New == nil {
				return nil, vm.typeErrorf("object.__new__(%s) is not safe", cls.Name)
			}
			// tp_new_wrapper: the nearest builtin type in cls's bases must make its
			// instances with object's __new__, so object.__new__(int) is refused.
			static := cls
			for static != nil && static.Flags&FlagHeap != 0 {
				static = static.Base
			}
			if static != nil && static != ObjectType {
				return nil, vm.typeErrorf("object.__new__(%s) is not safe, use %s.__new__()", cTypeName(cls), cTypeName(static))
			}
			return cls.New(vm, cls, args[1:], kw)
		}, keywords: true}},
		getsets: []getsetDef{
			{name: "__class__", get: func(vm *VM, o Object) (Object, *PyError) {
				return newRef(o.Type()), nil
			}, set: func(vm *VM, o Object, v Object) *PyError {
				inst, ok := o.(*Instance)
				nt, isType := v.(*Type)
				if v == nil {
					return vm.typeErrorf("can't delete __class__ attribute")
				}
				if !isType || nt.Flags&FlagClassic != 0 {
					return vm.typeErrorf("__class__ must be set to new-style class, not '%s' object", typeOf(v).Name)
				}
				if !ok {
					return vm.typeErrorf("__class__ assignment: only for heap types")
				}
				if nt.Flags&FlagHeap == 0 || inst.Class.Flags&FlagHeap == 0 {
					return vm.typeErrorf("__class__ assignment: only for heap types")
				}
				if err := vm.compatibleForAssignment(nt, inst.Class, "__class__"); err != nil {
					return err
				}
				incref(nt)
				old := inst.Class
				inst.Class = nt
				vm.Decref(old)
				return nil
			}},
			{name: "__dict__", get: func(vm *VM, o Object) (Object, *PyError) {
				return instanceDictGet(vm, o)
			}, set: func(vm *VM, o Object, v Object) *PyError {
				return instanceDictSet(vm, o, v)
			}},
			{name: "__doc__", get: func(vm *VM, o Object) (Object, *PyError) {
				if d := o.Type().Lookup(sDoc); d != nil {
					if _, isGS := d.(*GetSetDescr); !isGS {
						return newRef(d), nil
					}
				}
				return noneRef(), nil
			}},
		},
		doc: "The most base type",
	}
}

func typeNameOf(o Object) string {
	if o == nil {
		return "NoneType"
	}
	return o.Type().Name
}

func hexID(o Object) string { return formatHex(uint64(objectID(o))) }

func formatHex(v uint64) string {
	const digits = "0123456789abcdef"
	if v == 0 {
		return "0x0"
	}
	var b [18]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = digits[v&15]
		v >>= 4
	}
	i--
	b[i] = 'x'
	i--
	b[i] = '0'
	return string(b[i:])
}

func typeTypeSpec() typeSpec {
	TypeType.New = typeNew
	return typeSpec{
		t:    TypeType,
		base: ObjectType,
		methods: []methodDef{
			{name: "__call__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				// type_call itself: a metaclass's __call__ reaches it through super().
				t, ok := self.(*Type)
				if !ok {
					return vm.Call(self, args, kw)
				}
				return vm.enterRecursive(" while calling a Python object", func() (Object, *PyError) {
					return vm.callType(t, args, kw)
				})
			}, keywords: true},
			{name: "__init__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				// type_init: the class is made already; it only checks the call, so a
				// metaclass's __init__ can pass its arguments on.
				if kwLen(kw) > 0 {
					return nil, vm.typeErrorf("type.__init__() takes no keyword arguments")
				}
				if len(args) != 1 && len(args) != 3 {
					return nil, vm.typeErrorf("type.__init__() takes 1 or 3 arguments")
				}
				return noneRef(), nil
			}, keywords: true},
			{name: "mro", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				t := self.(*Type)
				items := make([]Object, len(t.MRO))
				for i, c := range t.MRO {
					items[i] = newRef(c)
				}
				return vm.NewList(items), nil
			}},
			{name: "__subclasses__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				t := self.(*Type)
				items := make([]Object, len(t.subclasses))
				for i, c := range t.subclasses {
					items[i] = newRef(c)
				}
				return vm.NewList(items), nil
			}},
			{name: "__instancecheck__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__instancecheck__", args, 1); err != nil {
					return nil, err
				}
				return NewBool(args[0].Type().IsSubtype(self.(*Type))), nil
			}},
			{name: "__subclasscheck__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__subclasscheck__", args, 1); err != nil {
					return nil, err
				}
				c, ok := args[0].(*Type)
				return NewBool(ok && c.IsSubtype(self.(*Type))), nil
			}},
		},
		getsets: []getsetDef{
			{name: "__name__", get: func(vm *VM, o Object) (Object, *PyError) {
				return vm.NewStr(o.(*Type).Name), nil
			}, set: func(vm *VM, o Object, v Object) *PyError {
				t := o.(*Type)
				s, ok := v.(*Str)
				if t.Flags&FlagHeap == 0 {
					return vm.typeErrorf("can't set %s.__name__", t.Name)
				}
				if v == nil {
					return vm.typeErrorf("can't delete %s.__name__", t.Name)
				}
				if !ok {
					return vm.typeErrorf("can only assign string to %s.__name__, not '%s'", t.Name, typeNameOf(v))
				}
				t.Name = s.S
				return nil
			}},
			{name: "__bases__", get: func(vm *VM, o Object) (Object, *PyError) {
				t := o.(*Type)
				items := make([]Object, len(t.Bases))
				for i, b := range t.Bases {
					items[i] = newRef(b)
				}
				return vm.NewTuple(items), nil
			}, set: func(vm *VM, o Object, v Object) *PyError {
				return vm.setBases(o.(*Type), v)
			}},
			{name: "__abstractmethods__", get: func(vm *VM, o Object) (Object, *PyError) {
				// type_abstractmethods: what abc.ABCMeta stored in the class's dict (type
				// itself has only this descriptor).
				t := o.(*Type)
				if t != TypeType {
					if v := t.Dict.GetString("__abstractmethods__"); v != nil {
						return newRef(v), nil
					}
				}
				return nil, vm.Raise(AttributeErrorType, "__abstractmethods__")
			}, set: func(vm *VM, o Object, v Object) *PyError {
				return vm.setAbstractMethods(o.(*Type), v)
			}},
			{name: "__base__", get: func(vm *VM, o Object) (Object, *PyError) {
				// tp_base: the base whose layout the instances extend (best_base),
				// which need not be the first.
				t := o.(*Type)
				if len(t.Bases) == 0 {
					return noneRef(), nil
				}
				if t.Flags&FlagClassic == 0 && t.Base != nil {
					return newRef(t.Base), nil
				}
				return newRef(t.Bases[0]), nil
			}},
			{name: "__mro__", get: func(vm *VM, o Object) (Object, *PyError) {
				t := o.(*Type)
				items := make([]Object, len(t.MRO))
				for i, c := range t.MRO {
					items[i] = newRef(c)
				}
				return vm.NewTuple(items), nil
			}},
			{name: "__dict__", get: func(vm *VM, o Object) (Object, *PyError) {
				return vm.newDictProxy(o.(*Type).Dict), nil
			}},
			{name: "__module__", get: func(vm *VM, o Object) (Object, *PyError) {
				t := o.(*Type)
				if t.Flags&FlagHeap != 0 {
					if m := t.Dict.GetString("__module__"); m != nil {
						return newRef(m), nil
					}
				}
				return vm.NewStr(t.ModuleName()), nil
			}},
			{name: "__doc__", get: func(vm *VM, o Object) (Object, *PyError) {
				t := o.(*Type)
				if d := t.Dict.GetString("__doc__"); d != nil {
					return newRef(d), nil
				}
				return noneRef(), nil
			}},
		},
		doc: "type(object) -> the object's type\ntype(name, bases, dict) -> a new type",
	}
}

// typeNew is type.__new__(meta, name, bases, dict).
func typeNew(vm *VM, meta *Type, args []Object, kwargs *Dict) (Object, *PyError) {
	nkw := kwLen(kwargs)
	if len(args) == 1 && nkw == 0 && meta == TypeType {
		return newRef(typeOf(args[0])), nil
	}
	if len(args)+nkw != 3 {
		return nil, vm.typeErrorf("type() takes 1 or 3 arguments")
	}
	a, err := vm.bindBuiltinArgs("type", args, kwargs, []string{"name", "bases", "dict"}, 3)
	if err != nil {
		return nil, err
	}
	bases, ok := a[1].(*Tuple)
	if !ok {
		return nil, vm.typeErrorf("type() argument 2 must be tuple, not %s", a[1].Type().Name)
	}
	d, ok := a[2].(*Dict)
	if !ok {
		return nil, vm.typeErrorf("type() argument 3 must be dict, not %s", a[2].Type().Name)
	}
	// The most derived metaclass among the bases wins.
	winner := meta
	for _, b := range bases.Items {
		bm := b.Type()
		if winner.IsSubtype(bm) {
			continue
		}
		if bm.IsSubtype(winner) {
			winner = bm
			continue
		}
		// A class statement adds "Error when calling the metaclass bases" (buildClass).
		return nil, vm.typeErrorf("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	if winner != meta && winner.New != nil && winner != TypeType {
		return vm.Call(winner, args, kwargs)
	}
	// type_new: a class made without __module__ in its namespace gets the __name__ of the
	// globals of the code calling type(), as a class statement's body sets it.
	if d.GetString("__module__") == nil && vm.frame != nil && vm.frame.Globals != nil {
		if name := vm.frame.Globals.GetString("__name__"); name != nil {
			withModule := vm.NewDict()
			defer vm.Decref(withModule)
			if err := withModule.Merge(vm, d, true); err != nil {
				return nil, err
			}
			withModule.SetString(vm, "__module__", name)
			d = withModule
		}
	}
	return vm.newClass(winner, a[0], bases, d, false)
}

// DictProxy is the read-only view of a class's dict (C.__dict__).
type DictProxy struct {
	gcsim.Header
	d *Dict
}

func (*DictProxy) Type() *Type { return DictProxyType }

func (p *DictProxy) clearRefs(vm *VM) {
	if d := p.d; d != nil {
		p.d = nil
		vm.Decref(d)
	}
}

func (p *DictProxy) traverse(visit func(Object)) {
	if p.d != nil {
		visit(p.d)
	}
}

func (vm *VM) newDictProxy(d *Dict) Object {
	incref(d)
	p := &DictProxy{Header: gcsim.Header{RC: 1}, d: d}
	vm.track(p, 24, 0)
	return p
}

// dictProxySpec is the read-only mapping interface of C.__dict__.
func dictProxySpec() typeSpec {
	fwd := func(name string) methodDef {
		return methodDef{name: name, fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			m, err := vm.GetAttr(self.(*DictProxy).d, vm.Intern(name))
			if err != nil {
				return nil, err
			}
			defer vm.Decref(m)
			return vm.Call(m, args, kw)
		}}
	}
	var methods []methodDef
	for _, n := range []string{"keys", "values", "items", "iterkeys", "itervalues", "iteritems", "get",
		"has_key", "copy", "__getitem__", "__contains__", "__len__", "__iter__"} {
		methods = append(methods, fwd(n))
	}
	methods = append(methods, methodDef{name: "__repr__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		s, err := vm.ReprString(self.(*DictProxy).d)
		if err != nil {
			return nil, err
		}
		return vm.NewStr("dict_proxy(" + s + ")"), nil
	}})
	return typeSpec{t: DictProxyType, base: ObjectType, methods: methods}
}

// setBases is assigning a class's __bases__: type_set_bases for a new-style class (the
// new bases must keep the instances' layout; the class and its subclasses get new MROs),
// set_bases for a classic one.
func (vm *VM) setBases(t *Type, v Object) *PyError {
	if t.Flags&FlagHeap == 0 {
		return vm.typeErrorf("can't set %s.__bases__", t.Name)
	}
	classic := t.Flags&FlagClassic != 0
	if v == nil {
		if classic {
			return vm.typeErrorf("__bases__ must be a tuple object")
		}
		return vm.typeErrorf("can't delete %s.__bases__", t.Name)
	}
	tup, ok := v.(*Tuple)
	if !ok {
		if classic {
			return vm.typeErrorf("__bases__ must be a tuple object")
		}
		return vm.typeErrorf("can only assign tuple to %s.__bases__, not %s", t.Name, v.Type().Name)
	}
	if len(tup.Items) == 0 && !classic {
		return vm.typeErrorf("can only assign non-empty tuple to %s.__bases__, not ()", t.Name)
	}
	bases := make([]*Type, len(tup.Items))
	for i, b := range tup.Items {
		bt, isType := b.(*Type)
		if classic {
			if !isType || bt.Flags&FlagClassic == 0 {
				return vm.typeErrorf("__bases__ items must be classes")
			}
		} else if !isType {
			return vm.typeErrorf("%s.__bases__ must be tuple of old- or new-style classes, not '%s'", t.Name, b.Type().Name)
		}
		if bt.IsSubtype(t) {
			return vm.typeErrorf("a __bases__ item causes an inheritance cycle")
		}
		bases[i] = bt
	}
	oldBases, oldBase := t.Bases, t.Base
	if !classic {
		for i, b := range bases {
			if slices.Contains(bases[:i], b) {
				return vm.typeErrorf("duplicate base class %s", b.Name)
			}
		}
		newBase, msg := bestBase(bases)
		if msg != "" {
			return vm.typeErrorf("%s", msg)
		}
		if err := vm.compatibleForAssignment(t.Base, newBase, "__bases__"); err != nil {
			return err
		}
		t.Base = newBase
	} else if len(bases) > 0 {
		t.Base = bases[0]
	} else {
		t.Base = ObjectType
	}
	t.Bases = bases
	// The new MROs, of t and of every class deriving from it; any failure restores all.
	var changed []*Type
	var oldMROs [][]*Type
	var remro func(c *Type) string
	remro = func(c *Type) string {
		var mro []*Type
		if c.Flags&FlagClassic != 0 {
			mro = classicMRO(c)
		} else {
			var msg string
			if mro, msg = c3MRO(c); msg != "" {
				return msg
			}
		}
		changed, oldMROs = append(changed, c), append(oldMROs, c.MRO)
		c.MRO = mro
		for _, s := range c.subclasses {
			if msg := remro(s); msg != "" {
				return msg
			}
		}
		return ""
	}
	if msg := remro(t); msg != "" {
		for i, c := range changed {
			c.MRO = oldMROs[i]
		}
		t.Bases, t.Base = oldBases, oldBase
		return vm.typeErrorf("%s", msg)
	}
	for _, b := range oldBases {
		for i, s := range b.subclasses {
			if s == t {
				b.subclasses = append(b.subclasses[:i], b.subclasses[i+1:]...)
				break
			}
		}
	}
	for _, b := range bases {
		incref(b)
		b.subclasses = append(b.subclasses, t)
	}
	for _, b := range oldBases {
		vm.Decref(b)
	}
	t.invalidate()
	vm.refreshFlags(t)
	return nil
}

// setAbstractMethods is type_set_abstractmethods: the value goes in the class's dict, and
// the class is abstract while it is true.
func (vm *VM) setAbstractMethods(t *Type, v Object) *PyError {
	if t.Flags&FlagHeap == 0 {
		return vm.typeErrorf("can't set attributes of built-in/extension type '%s'", cTypeName(t))
	}
	abstract := false
	if v != nil {
		var err *PyError
		if abstract, err = vm.IsTrue(v); err != nil {
			return err
		}
		t.Dict.SetString(vm, "__abstractmethods__", v)
	} else {
		found, err := t.Dict.DelItem(vm, vm.Intern("__abstractmethods__"))
		if err != nil {
			return err
		}
		if !found {
			return vm.Raise(AttributeErrorType, "__abstractmethods__")
		}
	}
	t.invalidate()
	if abstract {
		t.Flags |= FlagAbstract
	} else {
		t.Flags &^= FlagAbstract
	}
	return nil
}
