// objspecs.go defines the type tables of functions, methods, descriptors, code, frames,
// tracebacks, generators, modules, slices, weak references, xrange, enumerate, reversed,
// the iterator types and super.
package vm

import (
	"handson/gcsim"
)

func functionSpec() typeSpec {
	name := getsetDef{name: "__name__", get: func(vm *VM, o Object) (Object, *PyError) {
		return newRef(o.(*Function).Name), nil
	}, set: func(vm *VM, o Object, v Object) *PyError {
		if _, ok := v.(*Str); !ok {
			return vm.typeErrorf("__name__ must be set to a string object")
		}
		f := o.(*Function)
		incref(v)
		old := f.Name
		f.Name = v
		vm.Decref(old)
		return nil
	}}
	doc := getsetDef{name: "__doc__", get: func(vm *VM, o Object) (Object, *PyError) {
		return newRef(o.(*Function).Doc), nil
	}, set: func(vm *VM, o Object, v Object) *PyError {
		f := o.(*Function)
		if v == nil {
			v = None
		}
		incref(v)
		old := f.Doc
		f.Doc = v
		vm.Decref(old)
		return nil
	}}
	defaults := getsetDef{name: "__defaults__", get: func(vm *VM, o Object) (Object, *PyError) {
		f := o.(*Function)
		if len(f.Defaults) == 0 {
			return noneRef(), nil
		}
		return vm.NewTupleRefs(f.Defaults...), nil
	}, set: func(vm *VM, o Object, v Object) *PyError {
		f := o.(*Function)
		var items []Object
		if v != nil && v != Object(None) {
			t, ok := v.(*Tuple)
			if !ok {
				return vm.typeErrorf("__defaults__ must be set to a tuple object")
			}
			for _, it := range t.Items {
				items = append(items, newRef(it))
			}
		}
		old := f.Defaults
		f.Defaults = items
		for _, d := range old {
			vm.Decref(d)
		}
		return nil
	}}
	code := getsetDef{name: "__code__", get: func(vm *VM, o Object) (Object, *PyError) {
		return newRef(o.(*Function).Code), nil
	}}
	globals := getsetDef{name: "__globals__", get: func(vm *VM, o Object) (Object, *PyError) {
		return newRef(o.(*Function).Globals), nil
	}}
	closure := getsetDef{name: "__closure__", get: func(vm *VM, o Object) (Object, *PyError) {
		f := o.(*Function)
		if f.Closure == nil {
			return noneRef(), nil
		}
		items := make([]Object, len(f.Closure))
		for i, c := range f.Closure {
			items[i] = newRef(c)
		}
		return vm.NewTuple(items), nil
	}}
	module := getsetDef{name: "__module__", get: func(vm *VM, o Object) (Object, *PyError) {
		f := o.(*Function)
		if f.Module == nil {
			return noneRef(), nil
		}
		return newRef(f.Module), nil
	}, set: func(vm *VM, o Object, v Object) *PyError {
		f := o.(*Function)
		xincref(v)
		old := f.Module
		f.Module = v
		vm.Xdecref(old)
		return nil
	}}
	alias := func(g getsetDef, n string) getsetDef { g.name = n; return g }
	return typeSpec{
		t:    FunctionType,
		base: ObjectType,
		methods: []methodDef{
			{name: "__get__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsRange("__get__", args, 1, 2); err != nil {
					return nil, err
				}
				var cls Object = None
				if len(args) == 2 {
					cls = args[1]
				}
				obj := args[0]
				if obj == Object(None) {
					obj = nil
				}
				return vm.newMethod(self, obj, cls), nil
			}},
			{name: "__call__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.Call(self, args, kw)
			}, keywords: true},
		},
		getsets: []getsetDef{name, alias(name, "func_name"), doc, alias(doc, "func_doc"), defaults,
			alias(defaults, "func_defaults"), code, alias(code, "func_code"), globals,
			alias(globals, "func_globals"), closure, alias(closure, "func_closure"), module,
			funcDict, alias(funcDict, "func_dict")},
	}
}

// funcDict is a function's __dict__ (func_dict): made on first use, replaceable by a dict.
var funcDict = getsetDef{name: "__dict__", get: func(vm *VM, o Object) (Object, *PyError) {
	fn := o.(*Function)
	if fn.Dict == nil {
		fn.Dict = vm.NewDict()
	}
	return newRef(fn.Dict), nil
}, set: func(vm *VM, o Object, v Object) *PyError {
	fn := o.(*Function)
	if v == nil {
		return vm.typeErrorf("function's dictionary may not be deleted")
	}
	d, isDict := v.(*Dict)
	if !isDict {
		return vm.typeErrorf("setting function's dictionary to a non-dict")
	}
	old := fn.Dict
	fn.Dict = newRef(d).(*Dict)
	if old != nil {
		vm.Decref(old)
	}
	return nil
}}

func methodSpec() typeSpec {
	fn := getsetDef{name: "__func__", get: func(vm *VM, o Object) (Object, *PyError) {
		return newRef(o.(*Method).Func), nil
	}}
	self := getsetDef{name: "__self__", get: func(vm *VM, o Object) (Object, *PyError) {
		m := o.(*Method)
		if m.Self == nil {
			return noneRef(), nil
		}
		return newRef(m.Self), nil
	}}
	alias := func(g getsetDef, n string) getsetDef { g.name = n; return g }
	return typeSpec{
		t:    MethodType,
		base: ObjectType,
		methods: []methodDef{{name: "__call__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.Call(self, args, kw)
		}, keywords: true}},
		getsets: []getsetDef{fn, alias(fn, "im_func"), self, alias(self, "im_self"),
			{name: "im_class", get: func(vm *VM, o Object) (Object, *PyError) {
				m := o.(*Method)
				if m.Class == nil {
					return noneRef(), nil
				}
				return newRef(m.Class), nil
			}},
			{name: "__name__", get: func(vm *VM, o Object) (Object, *PyError) {
				return vm.GetAttr(o.(*Method).Func, sName)
			}},
			{name: "__doc__", get: func(vm *VM, o Object) (Object, *PyError) {
				return vm.GetAttr(o.(*Method).Func, sDoc)
			}},
		},
	}
}

func builtinGetsets() []getsetDef {
	return []getsetDef{
		{name: "__name__", get: func(vm *VM, o Object) (Object, *PyError) {
			return vm.NewStr(o.(*Builtin).Name), nil
		}},
		{name: "__self__", get: func(vm *VM, o Object) (Object, *PyError) {
			b := o.(*Builtin)
			if b.Self == nil {
				return noneRef(), nil
			}
			return newRef(b.Self), nil
		}},
		{name: "__doc__", get: func(vm *VM, o Object) (Object, *PyError) {
			b := o.(*Builtin)
			if b.Doc == "" {
				return noneRef(), nil
			}
			return vm.NewStr(b.Doc), nil
		}},
		{name: "__module__", get: func(vm *VM, o Object) (Object, *PyError) {
			b := o.(*Builtin)
			if b.Module == "" {
				return noneRef(), nil
			}
			return vm.NewStr(b.Module), nil
		}},
	}
}

// wrapperSpec builds the type table of staticmethod/classmethod: one callable argument, by
// position only. __new__ checks the arguments as __init__ does (CPython's __new__ checks
// nothing and its __init__ all), so that a failing call fails with __init__'s message;
// __init__ called again replaces the callable. funcSlot is where an object keeps it.
func wrapperSpec(t *Type, make func(vm *VM, f Object) Object, funcSlot func(o Object) *Object) typeSpec {
	parse := func(vm *VM, args []Object, kw *Dict) *PyError {
		if len(args) != 1 {
			return vm.typeErrorf("%s expected 1 arguments, got %d", t.Name, len(args))
		}
		return vm.pyArgNoKeywords(t.Name, kw)
	}
	t.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		if err := parse(vm, args, kw); err != nil {
			return nil, err
		}
		return make(vm, args[0]), nil
	}
	return typeSpec{
		t:    t,
		base: ObjectType,
		methods: []methodDef{
			{name: "__init__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := parse(vm, args, kw); err != nil {
					return nil, err
				}
				slot := funcSlot(self)
				old := *slot
				*slot = newRef(args[0])
				vm.Decref(old)
				return noneRef(), nil
			}, keywords: true},
			{name: "__get__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsRange("__get__", args, 1, 2); err != nil {
					return nil, err
				}
				var cls *Type
				if len(args) == 2 {
					cls, _ = args[1].(*Type)
				}
				if cls == nil {
					cls = args[0].Type()
				}
				return vm.descrGet(self, args[0], cls)
			}},
		},
		getsets: []getsetDef{{name: "__func__", get: func(vm *VM, o Object) (Object, *PyError) {
			return newRef(*funcSlot(o)), nil
		}}},
	}
}

func staticMethodSpec() typeSpec {
	return wrapperSpec(StaticMethodType, func(vm *VM, f Object) Object {
		sm := &StaticMethod{Header: gcsim.Header{RC: 1}, Func: newRef(f)}
		vm.track(sm, 24, 0)
		return sm
	}, func(o Object) *Object { return &o.(*StaticMethod).Func })
}

func classMethodSpec() typeSpec {
	return wrapperSpec(ClassMethodType, func(vm *VM, f Object) Object {
		cm := &ClassMethod{Header: gcsim.Header{RC: 1}, Func: newRef(f)}
		vm.track(cm, 24, 0)
		return cm
	}, func(o Object) *Object { return &o.(*ClassMethod).Func })
}

// propertyInit is property(fget=None, fset=None, fdel=None, doc=None): it sets p's
// functions (None means none) and its doc, which defaults to the getter's.
func (vm *VM) propertyInit(p *Property, args []Object, kw *Dict) *PyError {
	vals, err := vm.bindBuiltinArgs("property", args, kw, []string{"fget", "fset", "fdel", "doc"}, 0)
	if err != nil {
		return err
	}
	for i := range vals {
		if vals[i] == Object(None) {
			vals[i] = nil
		}
		xincref(vals[i])
	}
	if vals[3] == nil && vals[0] != nil {
		if d, err := vm.GetAttr(vals[0], sDoc); err == nil {
			if d != Object(None) {
				vals[3] = d
			} else {
				vm.Decref(d)
			}
		} else {
			err.release(vm)
		}
	}
	old := []Object{p.Get, p.Set, p.Del, p.Doc}
	p.Get, p.Set, p.Del, p.Doc = vals[0], vals[1], vals[2], vals[3]
	for _, o := range old {
		vm.Xdecref(o)
	}
	return nil
}

func propertySpec() typeSpec {
	PropertyType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		p := &Property{Header: gcsim.Header{RC: 1}}
		vm.track(p, 48, 0)
		if err := vm.propertyInit(p, args, kw); err != nil {
			vm.Decref(p)
			return nil, err
		}
		return p, nil
	}
	accessor := func(which int) BuiltinFn {
		return func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly([]string{"getter", "setter", "deleter"}[which], args, 1); err != nil {
				return nil, err
			}
			old := self.(*Property)
			p := &Property{Header: gcsim.Header{RC: 1}}
			vm.track(p, 48, 0)
			vals := []Object{old.Get, old.Set, old.Del}
			vals[which] = args[0]
			if vals[which] == Object(None) {
				vals[which] = nil
			}
			p.Get, p.Set, p.Del = vals[0], vals[1], vals[2]
			p.Doc = old.Doc
			xincref(p.Get)
			xincref(p.Set)
			xincref(p.Del)
			xincref(p.Doc)
			return p, nil
		}
	}
	field := func(name string, get func(p *Property) Object) getsetDef {
		return getsetDef{name: name, get: func(vm *VM, o Object) (Object, *PyError) {
			if v := get(o.(*Property)); v != nil {
				return newRef(v), nil
			}
			return noneRef(), nil
		}}
	}
	return typeSpec{
		t:    PropertyType,
		base: ObjectType,
		methods: []methodDef{
			{name: "getter", fn: accessor(0)},
			{name: "setter", fn: accessor(1)},
			{name: "deleter", fn: accessor(2)},
			// __init__ runs again what __new__ did (property() makes the property whole in
			// __new__ because it ignores the class it is given), and re-initializes a
			// property it is called on directly, as CPython's does.
			{name: "__init__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.propertyInit(self.(*Property), args, kw); err != nil {
					return nil, err
				}
				return noneRef(), nil
			}, keywords: true},
			{name: "__get__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsRange("__get__", args, 1, 2); err != nil {
					return nil, err
				}
				obj := args[0]
				if obj == Object(None) {
					obj = nil
				}
				return vm.descrGet(self, obj, nil)
			}},
			{name: "__set__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__set__", args, 2); err != nil {
					return nil, err
				}
				if err := vm.descrSet(self, args[0], vm.Intern("?"), args[1]); err != nil {
					return nil, err
				}
				return noneRef(), nil
			}},
		},
		getsets: []getsetDef{
			field("fget", func(p *Property) Object { return p.Get }),
			field("fset", func(p *Property) Object { return p.Set }),
			field("fdel", func(p *Property) Object { return p.Del }),
			field("__doc__", func(p *Property) Object { return p.Doc }),
		},
	}
}

func codeSpec() typeSpec {
	str := func(name string, f func(c *Code) string) getsetDef {
		return getsetDef{name: name, get: func(vm *VM, o Object) (Object, *PyError) { return vm.NewStr(f(o.(*Code))), nil }}
	}
	num := func(name string, f func(c *Code) int) getsetDef {
		return getsetDef{name: name, get: func(vm *VM, o Object) (Object, *PyError) {
			return vm.NewInt(int64(f(o.(*Code)))), nil
		}}
	}
	names := func(name string, f func(c *Code) []*Str) getsetDef {
		return getsetDef{name: name, get: func(vm *VM, o Object) (Object, *PyError) {
			ns := f(o.(*Code))
			items := make([]Object, len(ns))
			for i, n := range ns {
				items[i] = newRef(n)
			}
			return vm.NewTuple(items), nil
		}}
	}
	return typeSpec{
		t:    CodeType,
		base: ObjectType,
		getsets: []getsetDef{
			str("co_name", func(c *Code) string { return c.Name }),
			str("co_filename", func(c *Code) string { return c.Filename }),
			str("co_code", func(c *Code) string { return string(c.Code.Code) }),
			str("co_lnotab", func(c *Code) string { return string(c.LNoTab) }),
			num("co_firstlineno", func(c *Code) int { return c.FirstLineNo }),
			num("co_argcount", func(c *Code) int { return c.ArgCount }),
			num("co_nlocals", func(c *Code) int { return c.NLocals }),
			num("co_stacksize", func(c *Code) int { return c.StackSize }),
			num("co_flags", func(c *Code) int { return c.Flags }),
			names("co_names", func(c *Code) []*Str { return c.Names }),
			names("co_varnames", func(c *Code) []*Str { return c.VarNames }),
			names("co_cellvars", func(c *Code) []*Str { return c.CellVars }),
			names("co_freevars", func(c *Code) []*Str { return c.FreeVars }),
			{name: "co_consts", get: func(vm *VM, o Object) (Object, *PyError) {
				return vm.NewTupleRefs(o.(*Code).Consts...), nil
			}},
		},
	}
}

func frameSpec() typeSpec {
	return typeSpec{
		t:    FrameType,
		base: ObjectType,
		getsets: []getsetDef{
			{name: "f_back", get: func(vm *VM, o Object) (Object, *PyError) {
				f := o.(*Frame)
				if f.Back == nil {
					return noneRef(), nil
				}
				return newRef(f.Back), nil
			}},
			{name: "f_code", get: func(vm *VM, o Object) (Object, *PyError) { return newRef(o.(*Frame).Code), nil }},
			{name: "f_globals", get: func(vm *VM, o Object) (Object, *PyError) { return newRef(o.(*Frame).Globals), nil }},
			{name: "f_locals", get: func(vm *VM, o Object) (Object, *PyError) { return vm.frameLocals(o.(*Frame)), nil }},
			{name: "f_lineno", get: func(vm *VM, o Object) (Object, *PyError) {
				return vm.NewInt(int64(o.(*Frame).Lineno())), nil
			}},
			{name: "f_lasti", get: func(vm *VM, o Object) (Object, *PyError) {
				return vm.NewInt(int64(o.(*Frame).Lasti)), nil
			}},
		},
	}
}

// frameLocals is f.f_locals / locals(): the locals dict, or for a function a new dict of
// its fast locals and cells (owned).
func (vm *VM) frameLocals(f *Frame) Object {
	if f.Locals != nil && !f.isOptimized() {
		return newRef(f.Locals)
	}
	d := vm.NewDict()
	code := f.Code
	for i, n := range code.VarNames {
		if i < len(f.Slots) {
			if v := f.Slots[i]; v != nil {
				d.SetStr(vm, n, v)
			}
		}
	}
	for i, n := range append(append([]*Str(nil), code.CellVars...), code.FreeVars...) {
		if c, ok := f.Slots[code.NLocals+i].(*Cell); ok && c.V != nil {
			d.SetStr(vm, n, c.V)
		}
	}
	return d
}

func tracebackSpec() typeSpec {
	return typeSpec{
		t:    TracebackType,
		base: ObjectType,
		getsets: []getsetDef{
			{name: "tb_next", get: func(vm *VM, o Object) (Object, *PyError) {
				tb := o.(*Traceback)
				if tb.Next == nil {
					return noneRef(), nil
				}
				return newRef(tb.Next), nil
			}},
			{name: "tb_frame", get: func(vm *VM, o Object) (Object, *PyError) { return newRef(o.(*Traceback).Frame), nil }},
			{name: "tb_lineno", get: func(vm *VM, o Object) (Object, *PyError) {
				return vm.NewInt(int64(o.(*Traceback).Lineno)), nil
			}},
			{name: "tb_lasti", get: func(vm *VM, o Object) (Object, *PyError) {
				return vm.NewInt(int64(o.(*Traceback).Lasti)), nil
			}},
		},
	}
}

func generatorSpec() typeSpec {
	return typeSpec{
		t:    GeneratorType,
		base: ObjectType,
		methods: []methodDef{
			{name: "next", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("next", args, 0); err != nil {
					return nil, err
				}
				return vm.genNext(self.(*Generator))
			}},
			{name: "__iter__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return newRef(self), nil
			}},
			{name: "send", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("send", args, 1); err != nil {
					return nil, err
				}
				g := self.(*Generator)
				res, err := vm.resume(g, args[0], nil)
				if err == nil && res == nil {
					return nil, vm.RaiseArgs(StopIterationType)
				}
				return res, err
			}},
			{name: "throw", fn: genThrow},
			{name: "close", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("close", args, 0); err != nil {
					return nil, err
				}
				return vm.genClose(self.(*Generator))
			}},
		},
		getsets: []getsetDef{
			{name: "gi_frame", get: func(vm *VM, o Object) (Object, *PyError) {
				g := o.(*Generator)
				if g.Frame == nil {
					return noneRef(), nil
				}
				return newRef(g.Frame), nil
			}},
			{name: "gi_running", get: func(vm *VM, o Object) (Object, *PyError) {
				// An int in CPython 2.7 (a char member), not a bool.
				if o.(*Generator).Running {
					return vm.NewInt(1), nil
				}
				return vm.NewInt(0), nil
			}},
			{name: "gi_code", get: func(vm *VM, o Object) (Object, *PyError) { return newRef(o.(*Generator).code), nil }},
			{name: "__name__", get: func(vm *VM, o Object) (Object, *PyError) {
				return vm.NewStr(o.(*Generator).code.Name), nil
			}},
		},
	}
}

// genThrow is generator.throw(type[, value[, tb]]).
func genThrow(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.argsRange("throw", args, 1, 3); err != nil {
		return nil, err
	}
	var value, tb Object
	if len(args) > 1 {
		value = args[1]
	}
	if len(args) > 2 {
		tb = args[2]
		if tb == Object(None) {
			tb = nil
		} else if _, ok := tb.(*Traceback); !ok {
			return nil, vm.typeErrorf("throw() third argument must be a traceback object")
		}
	}
	// gen_throw takes what PyExceptionClass_Check or PyExceptionInstance_Check accept and
	// nothing else: no tuple unwrapping, and its own message for the rest.
	if !isExceptionClass(args[0]) && !isExceptionClass(args[0].Type()) {
		return nil, vm.typeErrorf("exceptions must be classes, or instances, not %s", args[0].Type().Name)
	}
	inst, err := vm.raisedInstance(args[0], value)
	if err != nil {
		return nil, err
	}
	exc := &PyError{Value: inst}
	if tb != nil {
		exc.Traceback = newRef(tb).(*Traceback)
	}
	g := self.(*Generator)
	res, err := vm.resume(g, nil, exc)
	if err == nil && res == nil {
		return nil, vm.RaiseArgs(StopIterationType)
	}
	return res, err
}

// moduleInitArgs reads module.__init__'s (name, doc=None); both are borrowed.
func (vm *VM) moduleInitArgs(args []Object, kw *Dict) (*Str, Object, *PyError) {
	a, err := vm.bindBuiltinArgs("module.__init__", args, kw, []string{"name", "doc"}, 1)
	if err != nil {
		return nil, nil, err
	}
	name, ok := a[0].(*Str)
	if !ok {
		return nil, nil, vm.typeErrorf("module.__init__() argument 1 must be string, not %s", argTypeName(a[0]))
	}
	if a[1] == nil {
		return name, None, nil
	}
	return name, a[1], nil
}

func moduleSpec() typeSpec {
	// module(name[, doc]) is read by CPython's module.__init__; handson's __new__ reads it
	// too, to make the module with its name, and __init__ sets __name__ and __doc__ again.
	ModuleType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		name, doc, err := vm.moduleInitArgs(args, kw)
		if err != nil {
			return nil, err
		}
		m := vm.NewModule(name.S)
		m.Dict.SetString(vm, "__doc__", doc)
		return m, nil
	}
	return typeSpec{
		t:    ModuleType,
		base: ObjectType,
		methods: []methodDef{{name: "__init__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			name, doc, err := vm.moduleInitArgs(args, kw)
			if err != nil {
				return nil, err
			}
			d := self.(*Module).Dict
			d.SetString(vm, "__name__", name)
			d.SetString(vm, "__doc__", doc)
			return noneRef(), nil
		}, keywords: true}},
		getsets: []getsetDef{{name: "__dict__", get: func(vm *VM, o Object) (Object, *PyError) {
			return newRef(o.(*Module).Dict), nil
		}}},
	}
}

func sliceSpec() typeSpec {
	SliceType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.pyArgNoKeywords("slice()", kw); err != nil {
			return nil, err
		}
		if err := vm.argsRange("slice", args, 1, 3); err != nil {
			return nil, err
		}
		switch len(args) {
		case 1:
			return vm.newSlice(None, args[0], None), nil
		case 2:
			return vm.newSlice(args[0], args[1], None), nil
		}
		return vm.newSlice(args[0], args[1], args[2]), nil
	}
	field := func(name string, get func(s *Slice) Object) getsetDef {
		return getsetDef{name: name, get: func(vm *VM, o Object) (Object, *PyError) { return newRef(get(o.(*Slice))), nil }}
	}
	return typeSpec{
		t:    SliceType,
		base: ObjectType,
		methods: []methodDef{{name: "indices", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("indices", args, 1); err != nil {
				return nil, err
			}
			n, ok, err := vm.indexSized(args[0], OverflowErrorType)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, vm.typeErrorf("'%s' object cannot be interpreted as an index", args[0].Type().Name)
			}
			start, stop, step, _, err := vm.sliceIndices(self.(*Slice), int(n))
			if err != nil {
				return nil, err
			}
			a, b, c := vm.NewInt(int64(start)), vm.NewInt(int64(stop)), vm.NewInt(int64(step))
			return vm.NewTuple([]Object{a, b, c}), nil
		}}},
		getsets: []getsetDef{
			field("start", func(s *Slice) Object { return s.Start }),
			field("stop", func(s *Slice) Object { return s.Stop }),
			field("step", func(s *Slice) Object { return s.Step }),
		},
	}
}

func weakrefSpec() typeSpec {
	WeakRefType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.argsRange("__new__", args, 1, 2); err != nil {
			return nil, err
		}
		var cb Object
		if len(args) == 2 {
			cb = args[1]
		}
		return vm.newWeakRef(args[0], cb)
	}
	return typeSpec{
		t:    WeakRefType,
		base: ObjectType,
		methods: []methodDef{
			// A reference is called with no arguments: CPython parses them against an
			// empty keyword list.
			{name: "__call__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if _, err := vm.bindBuiltinArgs("__call__", args, kw, nil, 0); err != nil {
					return nil, err
				}
				w := self.(*WeakRef)
				if w.target == nil {
					return noneRef(), nil
				}
				return newRef(w.target), nil
			}, keywords: true},
			// __new__ made the reference; __init__ checks the arguments again, refusing
			// keywords, as CPython's does.
			{name: "__init__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.pyArgNoKeywords("ref()", kw); err != nil {
					return nil, err
				}
				if err := vm.argsRange("__init__", args, 1, 2); err != nil {
					return nil, err
				}
				return noneRef(), nil
			}, keywords: true},
		},
	}
}

// hashWeakRef is the hash of a weakref: its referent's, remembered once computed.
func (vm *VM) hashWeakRef(w *WeakRef) (int64, *PyError) {
	if w.hashed {
		return w.hash, nil
	}
	if w.target == nil {
		return 0, vm.typeErrorf("weak object has gone away")
	}
	h, err := vm.Hash(w.target)
	if err != nil {
		return 0, err
	}
	w.hash, w.hashed = h, true
	return h, nil
}

func xrangeSpec() typeSpec {
	XRangeType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.pyArgNoKeywords("xrange()", kw); err != nil {
			return nil, err
		}
		start, step, n, err := vm.rangeArgs("xrange", args)
		if err != nil {
			return nil, err
		}
		return &XRange{Header: gcsim.Header{RC: 1}, start: start, step: step, n: n}, nil
	}
	return typeSpec{
		t:    XRangeType,
		base: ObjectType,
		methods: []methodDef{
			{name: "__len__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.NewInt(self.(*XRange).n), nil
			}},
			{name: "__getitem__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__getitem__", args, 1); err != nil {
					return nil, err
				}
				x := self.(*XRange)
				i, ok, err := vm.indexValue(args[0])
				if err != nil {
					return nil, err
				}
				if !ok {
					return nil, vm.typeErrorf("sequence index must be integer, not '%s'", args[0].Type().Name)
				}
				if i < 0 {
					i += x.n
				}
				if i < 0 || i >= x.n {
					return nil, vm.Raise(IndexErrorType, "xrange object index out of range")
				}
				return vm.NewInt(x.start + i*x.step), nil
			}},
			{name: "__iter__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.GetIter(self)
			}},
			{name: "__reversed__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				x := self.(*XRange)
				return &rangeIter{Header: gcsim.Header{RC: 1}, next: x.start + (x.n-1)*x.step, step: -x.step, left: x.n}, nil
			}},
		},
	}
}

// xrangeRepr is repr(xrange(...)) in CPython 2.7's forms.
func xrangeRepr(x *XRange) string {
	switch {
	case x.start == 0 && x.step == 1:
		return "xrange(" + intRepr(x.n) + ")"
	case x.step == 1:
		return "xrange(" + intRepr(x.start) + ", " + intRepr(x.start+x.n) + ")"
	}
	return "xrange(" + intRepr(x.start) + ", " + intRepr(x.start+x.n*x.step) + ", " + intRepr(x.step) + ")"
}

// rangeArgs reads range()/xrange() arguments: start, step and the number of items.
func (vm *VM) rangeArgs(name string, args []Object) (start, step, n int64, err *PyError) {
	if len(args) < 1 || len(args) > 3 {
		if len(args) == 0 {
			return 0, 0, 0, vm.typeErrorf("%s expected at least 1 arguments, got 0", name)
		}
		return 0, 0, 0, vm.typeErrorf("%s expected at most 3 arguments, got %d", name, len(args))
	}
	// Each argument is read as PyArg_ParseTuple's "l" reads it: no floats, anything else
	// through PyInt_AsLong (so __int__ counts, __index__ does not).
	vals := make([]int64, len(args))
	var failed *PyError
	for i, a := range args {
		if _, isFloat := a.(*Float); isFloat {
			failed = vm.typeErrorf("integer argument expected, got float")
			break
		}
		v, err := vm.intAsLong(a, "Python int too large to convert to C long")
		if err != nil {
			failed = err
			break
		}
		vals[i] = v
	}
	if failed != nil {
		if name != "range" {
			return 0, 0, 0, failed
		}
		// builtin_range then tries handle_range_longs, which reads the end, then the
		// start, then the step (ints, longs, or anything but a float with __int__) and
		// names the argument it refuses.
		failed.release(vm)
		order := []struct {
			i    int
			name string
		}{{0, "end"}}
		if len(args) > 1 {
			order = []struct {
				i    int
				name string
			}{{1, "end"}, {0, "start"}, {2, "step"}}[:len(args)]
		}
		for _, o := range order {
			if err := vm.rangeLongArgument(args[o.i], o.name); err != nil {
				return 0, 0, 0, err
			}
		}
		// Only longs beyond an int64 are left; handson does not build such ranges.
		return 0, 0, 0, vm.Raisef(OverflowErrorType, "range() result has too many items")
	}
	var stop int64
	step = 1
	switch len(vals) {
	case 1:
		stop = vals[0]
	case 2:
		start, stop = vals[0], vals[1]
	case 3:
		start, stop, step = vals[0], vals[1], vals[2]
	}
	if step == 0 {
		return 0, 0, 0, vm.Raisef(ValueErrorType, "%s() step argument must not be zero", name)
	}
	switch {
	case step > 0 && stop > start:
		n = (stop-start-1)/step + 1
	case step < 0 && stop < start:
		n = (start-stop-1)/(-step) + 1
	}
	return start, step, n, nil
}

// rangeLongArgument is get_range_long_argument's check of one argument of range().
func (vm *VM) rangeLongArgument(a Object, name string) *PyError {
	switch a.(type) {
	case *Int, *Long:
		return nil
	case *Float:
		return vm.typeErrorf("range() integer %s argument expected, got float.", name)
	}
	if !isClassicInstance(a) && a.Type().Lookup(sInt) == nil {
		return vm.typeErrorf("range() integer %s argument expected, got %s.", name, typeOf(a).Name)
	}
	var r Object
	var err *PyError
	if isClassicInstance(a) {
		r, err = vm.callClassicMethod(a, sInt)
	} else {
		r, err = vm.callBound(a.Type().Lookup(sInt), a, a.Type())
	}
	if err != nil {
		return err
	}
	defer vm.Decref(r)
	switch r.(type) {
	case *Int, *Long:
		return nil
	}
	return vm.typeErrorf("__int__ should return int object")
}

// enumerateObj is an enumerate object.
type enumerateObj struct {
	gcsim.Header
	it  Object
	i   int64
	typ *Type
}

func (e *enumerateObj) Type() *Type { return e.typ }
func (e *enumerateObj) clearRefs(vm *VM) {
	if it := e.it; it != nil {
		e.it = nil
		vm.Decref(it)
	}
}
func (e *enumerateObj) traverse(visit func(Object)) {
	if e.it != nil {
		visit(e.it)
	}
}

func enumerateSpec() typeSpec {
	EnumerateType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		a, err := vm.bindBuiltinArgs("enumerate", args, kw, []string{"sequence", "start"}, 1)
		if err != nil {
			return nil, err
		}
		seq, start := a[0], a[1]
		// enumerate_new reads start (PyNumber_Index) before it asks for the iterator.
		var i int64
		if start != nil {
			v, ok, err := vm.indexValue(start)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, vm.typeErrorf("'%s' object cannot be interpreted as an index", typeOf(start).Name)
			}
			i = v
		}
		it, err := vm.GetIter(seq)
		if err != nil {
			return nil, err
		}
		e := &enumerateObj{Header: gcsim.Header{RC: 1}, it: it, i: i, typ: cls}
		vm.track(e, 32, 0)
		return e, nil
	}
	return typeSpec{t: EnumerateType, base: ObjectType, methods: iterMethods(func(vm *VM, self Object) (Object, *PyError) {
		return vm.enumerateNext(self.(*enumerateObj))
	})}
}

// enumerateNext is next(enumerate): (index, item), or nil at the end.
func (vm *VM) enumerateNext(e *enumerateObj) (Object, *PyError) {
	if e.it == nil {
		return nil, nil
	}
	x, err := vm.Next(e.it)
	if err != nil || x == nil {
		return nil, err
	}
	idx := vm.NewInt(e.i)
	e.i++
	return vm.NewTuple([]Object{idx, x}), nil
}

// reversedObj iterates a sequence backwards.
type reversedObj struct {
	gcsim.Header
	seq Object
	i   int
}

func (*reversedObj) Type() *Type { return ReversedType }
func (r *reversedObj) clearRefs(vm *VM) {
	if s := r.seq; s != nil {
		r.seq = nil
		vm.Decref(s)
	}
}
func (r *reversedObj) traverse(visit func(Object)) {
	if r.seq != nil {
		visit(r.seq)
	}
}

func reversedSpec() typeSpec {
	ReversedType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		if cls == ReversedType {
			if err := vm.pyArgNoKeywords("reversed()", kw); err != nil {
				return nil, err
			}
		}
		if err := vm.argsExactly("reversed", args, 1); err != nil {
			return nil, err
		}
		seq := args[0]
		t := seq.Type()
		if m := t.Lookup(sReversed); m != nil {
			return vm.callBound(m, seq, t)
		}
		// PySequence_Check: a dict (or a subclass of dict) is never a sequence, whatever
		// methods it has; anything else needs __getitem__.
		if t.IsSubtype(DictType) || t.Lookup(sGetitem) == nil {
			return nil, vm.typeErrorf("argument to reversed() must be a sequence")
		}
		n, err := vm.Len(seq)
		if err != nil {
			return nil, err
		}
		r := &reversedObj{Header: gcsim.Header{RC: 1}, seq: newRef(seq), i: n - 1}
		vm.track(r, 32, 0)
		return r, nil
	}
	return typeSpec{t: ReversedType, base: ObjectType, methods: iterMethods(func(vm *VM, self Object) (Object, *PyError) {
		return vm.reversedNext(self.(*reversedObj))
	})}
}

// reversedNext is next(reversed): the item before the last one returned, or nil at the
// start.
func (vm *VM) reversedNext(r *reversedObj) (Object, *PyError) {
	{
		if r.seq == nil || r.i < 0 {
			r.clearRefs(vm)
			return nil, nil
		}
		idx := vm.NewInt(int64(r.i))
		r.i--
		x, err := vm.GetItem(r.seq, idx)
		vm.Decref(idx)
		if err != nil {
			if err.Matches(IndexErrorType) || err.Matches(StopIterationType) {
				err.release(vm)
				r.clearRefs(vm)
				return nil, nil
			}
			return nil, err
		}
		return x, nil
	}
}

// iterMethods gives an iterator type its next() and __iter__ from a Go next function that
// returns nil, nil at the end.
func iterMethods(next func(vm *VM, self Object) (Object, *PyError)) []methodDef {
	return []methodDef{
		{name: "next", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			x, err := next(vm, self)
			if err == nil && x == nil {
				return nil, vm.RaiseArgs(StopIterationType)
			}
			return x, err
		}},
		{name: "__iter__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return newRef(self), nil
		}},
	}
}

func iterSpec(t *Type) typeSpec {
	return typeSpec{t: t, base: ObjectType, methods: iterMethods(func(vm *VM, self Object) (Object, *PyError) {
		return vm.Next(self)
	})}
}

// superObj is super(type, obj).
type superObj struct {
	gcsim.Header
	typ     *Type  // the class after which the search starts
	obj     Object // the instance or class bound to (nil when unbound)
	objType *Type
}

// SuperType is the type of super objects.
var SuperType = newStaticType("super", KindOther, FlagBaseType)

func (*superObj) Type() *Type { return SuperType }
func (s *superObj) clearRefs(vm *VM) {
	t, o := s.typ, s.obj
	s.typ, s.obj = nil, nil
	if t != nil {
		vm.Decref(t)
	}
	vm.Xdecref(o)
}
func (s *superObj) traverse(visit func(Object)) {
	if s.typ != nil {
		visit(s.typ)
	}
	if s.obj != nil {
		visit(s.obj)
	}
}

// superInit is super(type[, obj]): it binds s to type and obj, which must be an instance
// or a subclass of type. Keywords are refused with _PyArg_NoKeywords's message.
func (vm *VM) superInit(s *superObj, args []Object, kw *Dict) *PyError {
	if err := vm.pyArgNoKeywords("super", kw); err != nil {
		return err
	}
	if err := vm.argsRange("super", args, 1, 2); err != nil {
		return err
	}
	t, ok := args[0].(*Type)
	if !ok || t.Flags&FlagClassic != 0 {
		return vm.typeErrorf("super() argument 1 must be type, not %s", typeOf(args[0]).Name)
	}
	var obj Object
	var objType *Type
	if len(args) == 2 && args[1] != Object(None) {
		obj = args[1]
		if ot, isType := obj.(*Type); isType && ot.IsSubtype(t) {
			objType = ot
		} else if obj.Type().IsSubtype(t) {
			objType = obj.Type()
		} else {
			return vm.typeErrorf("super(type, obj): obj must be an instance or subtype of type")
		}
		incref(obj)
	}
	oldType, oldObj := s.typ, s.obj
	s.typ, s.obj, s.objType = newRef(t).(*Type), obj, objType
	if oldType != nil {
		vm.Decref(oldType)
	}
	vm.Xdecref(oldObj)
	return nil
}

func superSpec() typeSpec {
	// CPython's super does its work in __init__; handson's __new__ does it (the object is
	// whole from the start) and __init__ does it again, which only a direct call of
	// super.__init__ can notice.
	SuperType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		s := &superObj{Header: gcsim.Header{RC: 1}}
		if err := vm.superInit(s, args, kw); err != nil {
			vm.Decref(s)
			return nil, err
		}
		vm.track(s, 32, 0)
		return s, nil
	}
	return typeSpec{
		t:    SuperType,
		base: ObjectType,
		methods: []methodDef{
			{name: "__init__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.superInit(self.(*superObj), args, kw); err != nil {
					return nil, err
				}
				return noneRef(), nil
			}, keywords: true},
			{name: "__getattribute__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly("__getattribute__", args, 1); err != nil {
					return nil, err
				}
				name, err := vm.attrName(args[0], "")
				if err != nil {
					return nil, err
				}
				return vm.superGetAttr(self.(*superObj), name)
			}},
			{name: "__get__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				// super_descr_get: an unbound super binds to the instance it is
				// fetched through; a bound one (or a fetch through a class) is itself.
				if err := vm.argsRange("__get__", args, 1, 2); err != nil {
					return nil, err
				}
				s := self.(*superObj)
				if args[0] == Object(None) || s.obj != nil {
					return newRef(s), nil
				}
				return vm.Call(SuperType, []Object{s.typ, args[0]}, nil)
			}},
		},
		getsets: []getsetDef{
			{name: "__self_class__", get: func(vm *VM, o Object) (Object, *PyError) {
				if s := o.(*superObj); s.objType != nil {
					return newRef(s.objType), nil
				}
				return noneRef(), nil
			}},
			{name: "__thisclass__", get: func(vm *VM, o Object) (Object, *PyError) { return newRef(o.(*superObj).typ), nil }},
			{name: "__self__", get: func(vm *VM, o Object) (Object, *PyError) {
				if s := o.(*superObj); s.obj != nil {
					return newRef(s.obj), nil
				}
				return noneRef(), nil
			}},
		},
	}
}

// superGetAttr looks name up along the MRO of the bound object's type, after s.typ.
func (vm *VM) superGetAttr(s *superObj, name *Str) (Object, *PyError) {
	if s.objType != nil && name.S != "__class__" {
		mro := s.objType.MRO
		i := 0
		for ; i < len(mro); i++ {
			if mro[i] == s.typ {
				break
			}
		}
		for i++; i < len(mro); i++ {
			if v := mro[i].Dict.GetStr(name); v != nil {
				var inst Object = s.obj
				if inst == Object(s.objType) {
					inst = nil
				}
				return vm.descrGet(v, inst, s.objType)
			}
		}
	}
	return vm.genericGetAttr(s, SuperType, name, nil)
}
