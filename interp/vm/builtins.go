// builtins.go defines the __builtin__ module: Python 2.7's builtin functions, types and
// constants.
package vm

import (
	"math"
	"math/big"
	"strings"

	op "handson/interp/compile"
	"handson/interp/syntax"
)

// setupBuiltinsModule makes __builtin__.
func (vm *VM) setupBuiltinsModule() {
	m := vm.NewModule("__builtin__")
	vm.builtinsMod = m
	vm.builtins = m.Dict
	d := m.Dict
	for _, t := range []*Type{ObjectType, TypeType, IntType, BoolType, LongType, FloatType, ComplexType,
		BaseStringType, StrType, UnicodeType, TupleType, ListType, DictType, SetType, FrozenSetType,
		StaticMethodType, ClassMethodType, PropertyType, SliceType, XRangeType, EnumerateType,
		ReversedType, SuperType, FileType} {
		d.SetString(vm, t.Name, t)
	}
	d.SetString(vm, "bytes", StrType)
	d.SetString(vm, "None", None)
	d.SetString(vm, "True", True)
	d.SetString(vm, "False", False)
	d.SetString(vm, "NotImplemented", NotImplemented)
	d.SetString(vm, "Ellipsis", Ellipsis)
	d.SetString(vm, "__debug__", True)
	for _, e := range exceptionTree {
		d.SetString(vm, e.t.Name, e.t)
	}
	for _, f := range builtinFunctions() {
		b := newModuleFunction("__builtin__", f)
		d.SetString(vm, f.name, b)
		vm.Decref(b)
	}
	vm.modules.SetString(vm, "__builtin__", m)
	vm.Decref(m)
}

// builtinFunctions lists the builtin functions.
func builtinFunctions() []methodDef {
	return []methodDef{
		{name: "len", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("len", args, 1); err != nil {
				return nil, err
			}
			n, err := vm.Len(args[0])
			if err != nil {
				return nil, err
			}
			return vm.NewInt(int64(n)), nil
		}},
		{name: "print", fn: builtinPrint, keywords: true},
		{name: "open", fn: builtinOpen, keywords: true},
		{name: "repr", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("repr", args, 1); err != nil {
				return nil, err
			}
			return vm.Repr(args[0])
		}},
		{name: "range", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			start, step, n, err := vm.rangeArgs("range", args)
			if err != nil {
				return nil, err
			}
			if n > maxSeqItems {
				return nil, vm.Raise(MemoryErrorType, "")
			}
			return vm.newRangeList(start, step, int(n)), nil
		}},
		{name: "isinstance", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("isinstance", args, 2); err != nil {
				return nil, err
			}
			r, err := vm.isInstance(args[0], args[1], 0)
			return NewBool(r), err
		}},
		{name: "issubclass", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("issubclass", args, 2); err != nil {
				return nil, err
			}
			r, err := vm.isSubclass(args[0], args[1], 0)
			return NewBool(r), err
		}},
		{name: "getattr", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsRange("getattr", args, 2, 3); err != nil {
				return nil, err
			}
			name, err := vm.attrName(args[1], "getattr")
			if err != nil {
				return nil, err
			}
			v, err := vm.GetAttr(args[0], name)
			if err != nil && len(args) == 3 && err.Matches(AttributeErrorType) {
				err.release(vm)
				return newRef(args[2]), nil
			}
			return v, err
		}},
		{name: "setattr", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("setattr", args, 3); err != nil {
				return nil, err
			}
			return vm.setOrDelAttr(args[0], args[1], args[2], false)
		}},
		{name: "delattr", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("delattr", args, 2); err != nil {
				return nil, err
			}
			return vm.setOrDelAttr(args[0], args[1], nil, false)
		}},
		{name: "hasattr", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("hasattr", args, 2); err != nil {
				return nil, err
			}
			name, err := vm.attrName(args[1], "hasattr")
			if err != nil {
				return nil, err
			}
			r, err := vm.HasAttr(args[0], name)
			return NewBool(r), err
		}},
		{name: "id", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("id", args, 1); err != nil {
				return nil, err
			}
			return vm.newIntFromBig(new(big.Int).SetUint64(uint64(objectID(args[0])))), nil
		}},
		{name: "hash", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("hash", args, 1); err != nil {
				return nil, err
			}
			h, err := vm.Hash(args[0])
			if err != nil {
				return nil, err
			}
			return vm.NewInt(h), nil
		}},
		{name: "iter", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsRange("iter", args, 1, 2); err != nil {
				return nil, err
			}
			if len(args) == 2 {
				if !vm.isCallable(args[0]) {
					return nil, vm.typeErrorf("iter(v, w): v must be callable")
				}
				it := &callIter{fn: newRef(args[0]), sentinel: newRef(args[1])}
				it.RC = 1
				vm.track(it, 32, 0)
				return it, nil
			}
			return vm.GetIter(args[0])
		}},
		{name: "next", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsRange("next", args, 1, 2); err != nil {
				return nil, err
			}
			if !vm.isIterator(args[0]) {
				return nil, vm.typeErrorf("%s object is not an iterator", args[0].Type().Name)
			}
			x, err := vm.Next(args[0])
			if err != nil {
				return nil, err
			}
			if x == nil {
				if len(args) == 2 {
					return newRef(args[1]), nil
				}
				return nil, vm.RaiseArgs(StopIterationType)
			}
			return x, nil
		}},
		{name: "callable", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("callable", args, 1); err != nil {
				return nil, err
			}
			return NewBool(vm.isCallable(args[0])), nil
		}},
		{name: "abs", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("abs", args, 1); err != nil {
				return nil, err
			}
			if numberKind(args[0]) != notNumber {
				return vm.absolute(args[0])
			}
			if isClassicInstance(args[0]) {
				return vm.callClassicMethod(args[0], sAbs)
			}
			t := args[0].Type()
			if m := t.Lookup(sAbs); m != nil {
				return vm.callBound(m, args[0], t)
			}
			return nil, vm.typeErrorf("bad operand type for abs(): '%s'", cTypeName(t))
		}},
		{name: "divmod", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("divmod", args, 2); err != nil {
				return nil, err
			}
			return vm.builtinDivmod(args[0], args[1])
		}},
		{name: "pow", fn: builtinPow},
		{name: "min", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.minMax("min", args, kw, op.CmpLT)
		}, keywords: true},
		{name: "max", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.minMax("max", args, kw, op.CmpGT)
		}, keywords: true},
		{name: "sum", fn: builtinSum},
		{name: "sorted", fn: builtinSorted, keywords: true},
		{name: "any", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("any", args, 1); err != nil {
				return nil, err
			}
			return vm.anyAll(args[0], true)
		}},
		{name: "all", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("all", args, 1); err != nil {
				return nil, err
			}
			return vm.anyAll(args[0], false)
		}},
		{name: "chr", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("chr", args, 1); err != nil {
				return nil, err
			}
			n, err := vm.cLongArg(args[0])
			if err != nil {
				return nil, err
			}
			if n < 0 || n > 255 {
				return nil, vm.Raise(ValueErrorType, "chr() arg not in range(256)")
			}
			return vm.NewStr(string([]byte{byte(n)})), nil
		}},
		{name: "unichr", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("unichr", args, 1); err != nil {
				return nil, err
			}
			n, err := vm.cIntArg(args[0])
			if err != nil {
				return nil, err
			}
			if n < 0 || n > 0x10ffff {
				return nil, vm.Raise(ValueErrorType, "unichr() arg not in range(0x110000) (wide Python build)")
			}
			return vm.NewUnicode([]rune{rune(n)}), nil
		}},
		{name: "ord", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("ord", args, 1); err != nil {
				return nil, err
			}
			switch x := args[0].(type) {
			case *Str:
				if len(x.S) != 1 {
					return nil, vm.typeErrorf("ord() expected a character, but string of length %d found", len(x.S))
				}
				return vm.NewInt(int64(x.S[0])), nil
			case *Unicode:
				if len(x.R) != 1 {
					return nil, vm.typeErrorf("ord() expected a character, but string of length %d found", len(x.R))
				}
				return vm.NewInt(int64(x.R[0])), nil
			}
			return nil, vm.typeErrorf("ord() expected string of length 1, but %s found", args[0].Type().Name)
		}},
		{name: "hex", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.hexOct(args, "hex", "__hex__", hexString)
		}},
		{name: "oct", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.hexOct(args, "oct", "__oct__", octString)
		}},
		{name: "bin", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("bin", args, 1); err != nil {
				return nil, err
			}
			v, b, ok, err := vm.indexInteger(args[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, vm.typeErrorf("'%s' object cannot be interpreted as an index", args[0].Type().Name)
			}
			if b == nil {
				b = big.NewInt(v)
			}
			s := "0b" + new(big.Int).Abs(b).Text(2)
			if b.Sign() < 0 {
				s = "-" + s
			}
			return vm.NewStr(s), nil
		}},
		{name: "round", fn: builtinRound, keywords: true},
		{name: "cmp", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("cmp", args, 2); err != nil {
				return nil, err
			}
			c, err := vm.cmp3(args[0], args[1])
			if err != nil {
				return nil, err
			}
			return vm.NewInt(int64(c)), nil
		}},
		{name: "zip", fn: builtinZip},
		{name: "map", fn: builtinMap},
		{name: "filter", fn: builtinFilter},
		{name: "reduce", fn: builtinReduce},
		{name: "apply", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsRange("apply", args, 1, 3); err != nil {
				return nil, err
			}
			var pos []Object
			if len(args) > 1 {
				items, err := vm.iterateAll(args[1])
				if err != nil {
					return nil, err
				}
				defer func() {
					for _, it := range items {
						vm.Decref(it)
					}
				}()
				pos = items
			}
			var kwargs *Dict
			if len(args) > 2 {
				kwargs, _ = args[2].(*Dict)
			}
			return vm.Call(args[0], pos, kwargs)
		}},
		{name: "vars", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsRange("vars", args, 0, 1); err != nil {
				return nil, err
			}
			if len(args) == 0 {
				return vm.frameLocals(vm.frame), nil
			}
			d, err := vm.GetAttr(args[0], sDict)
			if err != nil {
				if err.Matches(AttributeErrorType) {
					err.release(vm)
					return nil, vm.typeErrorf("vars() argument must have __dict__ attribute")
				}
				return nil, err
			}
			return d, nil
		}},
		{name: "locals", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.frameLocals(vm.frame), nil
		}},
		{name: "globals", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			return newRef(vm.frame.Globals), nil
		}},
		{name: "dir", fn: builtinDir},
		{name: "intern", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("intern", args, 1); err != nil {
				return nil, err
			}
			s, ok := args[0].(*Str)
			if !ok {
				return nil, vm.typeErrorf("intern() argument 1 must be string, not %s", argTypeName(args[0]))
			}
			return newRef(vm.internStr(s)), nil
		}},
		{name: "raw_input", fn: builtinRawInput},
		{name: "input", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			line, err := builtinRawInput(vm, nil, args, kw)
			if err != nil {
				return nil, err
			}
			defer vm.Decref(line)
			return vm.evalSource(line, nil, nil)
		}},
		{name: "eval", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsRange("eval", args, 1, 3); err != nil {
				return nil, err
			}
			var g, l Object
			if len(args) > 1 {
				g = args[1]
			}
			if len(args) > 2 {
				l = args[2]
			}
			if g != nil && g != Object(None) {
				if _, ok := g.(*Dict); !ok {
					if _, isSeq := g.(*List); !isSeq && g.Type().Lookup(sGetitem) != nil {
						return nil, vm.typeErrorf("globals must be a real dict; try eval(expr, {}, mapping)")
					}
					return nil, vm.typeErrorf("globals must be a dict")
				}
			}
			switch src := args[0].(type) {
			case *Str, *Unicode:
				return vm.evalSource(src, g, l)
			case *Code:
				gd, ld, err := vm.execNamespaces(orNone(g), orNone(l), vm.frame)
				if err != nil {
					return nil, err
				}
				return vm.ExecCode(src, gd, ld)
			}
			return nil, vm.typeErrorf("eval() arg 1 must be a string or code object")
		}},
		{name: "execfile", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsRange("execfile", args, 1, 3); err != nil {
				return nil, err
			}
			fn, ok := args[0].(*Str)
			if !ok {
				return nil, vm.typeErrorf("execfile() argument 1 must be string, not %s", argTypeName(args[0]))
			}
			f, err := vm.openFile(fn, "r", -1)
			if err != nil {
				return nil, err
			}
			src, err := vm.fileRead(f.(*File), -1)
			vm.fileClose(f.(*File))
			vm.Decref(f)
			if err != nil {
				return nil, err
			}
			var g, l Object = None, None
			if len(args) > 1 {
				g = args[1]
			}
			if len(args) > 2 {
				l = args[2]
			}
			gd, ld, err := vm.execNamespaces(g, l, vm.frame)
			if err != nil {
				return nil, err
			}
			code, err := vm.CompileSource([]byte(src), fn.S)
			if err != nil {
				return nil, err
			}
			return vm.ExecCode(code, gd, ld)
		}},
		{name: "compile", fn: builtinCompile, keywords: true},
		{name: "format", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsRange("format", args, 1, 2); err != nil {
				return nil, err
			}
			var spec Object = emptyStr
			if len(args) == 2 {
				spec = args[1]
			}
			return vm.callFormat(args[0], spec)
		}},
		{name: "__import__", fn: builtinImport, keywords: true},
		{name: "reload", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("reload", args, 1); err != nil {
				return nil, err
			}
			return newRef(args[0]), nil
		}},
		{name: "coerce", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("coerce", args, 2); err != nil {
				return nil, err
			}
			a, b := nativeNumber(args[0]), nativeNumber(args[1])
			if a == nil || b == nil {
				return nil, vm.typeErrorf("number coercion failed")
			}
			k := max(numberKind(a), numberKind(b))
			conv := func(x Object) (Object, *PyError) {
				switch k {
				case kLong:
					bi, _ := bigOf(x)
					return vm.NewLong(new(big.Int).Set(bi)), nil
				case kFloat:
					f, err := vm.asFloat(x)
					return vm.NewFloat(f), err
				case kComplex:
					c, err := vm.asComplex(x)
					return vm.NewComplex(c), err
				}
				return newRef(x), nil
			}
			x, err := conv(a)
			if err != nil {
				return nil, err
			}
			y, err := conv(b)
			if err != nil {
				vm.Decref(x)
				return nil, err
			}
			return vm.NewTuple([]Object{x, y}), nil
		}},
	}
}

// setOrDelAttr is setattr(o, name, v), or delattr(o, name) when v is nil; generic is for
// object.__setattr__ and __delattr__, which skip the class's own __setattr__ on instances.
func (vm *VM) setOrDelAttr(o, nameArg, v Object, generic bool) (Object, *PyError) {
	name, err := vm.attrName(nameArg, "")
	if err != nil {
		return nil, err
	}
	if inst, isInst := o.(*Instance); isInst && generic {
		err = vm.genericSetAttr(inst, inst.Class, name, v)
	} else {
		err = vm.SetAttr(o, name, v)
	}
	if err != nil {
		return nil, err
	}
	return noneRef(), nil
}

// attrName reads an attribute name argument: a str (or str subclass) interned, or a unicode
// encoded to ASCII. A wrong type gets CPython's message, which names the function for
// getattr and hasattr (caller) and otherwise names the type given.
func (vm *VM) attrName(o Object, caller string) (*Str, *PyError) {
	switch x := nativeIndexable(o).(type) {
	case *Str:
		return vm.internStr(x), nil
	case *Unicode:
		s, err := vm.encodeASCII(x.R)
		if err != nil {
			return nil, err
		}
		return vm.Intern(s), nil
	}
	if caller != "" {
		return nil, vm.typeErrorf("%s(): attribute name must be string", caller)
	}
	return nil, vm.typeErrorf("attribute name must be string, not '%s'", o.Type().Name)
}

// isCallable is callable(o).
func (vm *VM) isCallable(o Object) bool {
	switch x := o.(type) {
	case *Function, *Builtin, *Method, *Type, *MethodDescr, *StaticMethod:
		return true
	case *Instance:
		if x.Class.Flags&FlagClassic != 0 {
			// PyCallable_Check: a classic instance is callable when it has a __call__
			// attribute (its dict and __getattr__ count).
			m, err := vm.classicMethod(x, sCall)
			if err != nil {
				err.release(vm)
				return false
			}
			if m != nil {
				vm.Decref(m)
				return true
			}
			return false
		}
	}
	return o.Type().Lookup(sCall) != nil
}

// isInstance is isinstance(o, cls) with tuples of classes.
func (vm *VM) isInstance(o, cls Object, depth int) (bool, *PyError) {
	if depth > vm.recursionLimit {
		return false, vm.Raise(RuntimeErrorType, "maximum recursion depth exceeded in __instancecheck__")
	}
	switch c := cls.(type) {
	case *Type:
		// PyObject_IsInstance: the exact type, then a metaclass's __instancecheck__,
		// then the subtype test.
		// A classic instance is an instance of its classes, and its type 'instance' is a
		// subtype of object; a classic class is of type 'classobj', not 'type'.
		ot := o.Type()
		if cl, isClass := o.(*Type); isClass && cl.Flags&FlagClassic != 0 {
			ot = ClassObjType
		}
		if ot == c {
			return true, nil
		}
		if r, ok, err := vm.callTypeCheckHook(c, sInstancecheck, o); ok || err != nil {
			return r, err
		}
		if ot.IsSubtype(c) || typeOf(o).IsSubtype(c) {
			return true, nil
		}
		// recursive_isinstance: an object whose class overrides __class__ (a proxy) is
		// also an instance of the class that attribute names.
		if inst, isInst := o.(*Instance); isInst && inst.Class.Flags&FlagClassic == 0 {
			if d, isGetSet := inst.Class.Lookup(sClassAttr).(*GetSetDescr); !isGetSet || d.Owner != ObjectType {
				v, err := vm.GetAttr(o, sClassAttr)
				if err != nil {
					// Whatever the attribute raised is dropped.
					err.release(vm)
					return false, nil
				}
				defer vm.Decref(v)
				if vt, ok := v.(*Type); ok && vt != ot {
					return vt.IsSubtype(c), nil
				}
			}
		}
		return false, nil
	case *Tuple:
		for _, x := range c.Items {
			r, err := vm.isInstance(o, x, depth+1)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	return false, vm.typeErrorf("isinstance() arg 2 must be a class, type, or tuple of classes and types")
}

// sSubclasscheck names the metaclass hook of issubclass; sClassAttr the attribute a
// proxy may override to pass isinstance.
var (
	sSubclasscheck = builtinName("__subclasscheck__")
	sClassAttr     = builtinName("__class__")
)

// callTypeCheckHook calls the __instancecheck__ or __subclasscheck__ (name) that cls's
// metaclass defines in Python, with arg; ok is false when it defines none.
func (vm *VM) callTypeCheckHook(cls *Type, name *Str, arg Object) (result, ok bool, err *PyError) {
	meta := cls.Type()
	if meta == TypeType {
		return false, false, nil
	}
	m := meta.Lookup(name)
	if m == nil {
		return false, false, nil
	}
	if _, isBuiltin := m.(*MethodDescr); isBuiltin {
		return false, false, nil
	}
	r, err := vm.callBound(m, cls, meta, arg)
	if err != nil {
		return false, true, err
	}
	defer vm.Decref(r)
	t, err := vm.IsTrue(r)
	return t, true, err
}

// isSubclass is issubclass(c, cls).
func (vm *VM) isSubclass(c, cls Object, depth int) (bool, *PyError) {
	if depth > vm.recursionLimit {
		return false, vm.Raise(RuntimeErrorType, "maximum recursion depth exceeded in __subclasscheck__")
	}
	switch x := cls.(type) {
	case *Type:
		// PyObject_IsSubclass: a metaclass's __subclasscheck__ decides, whatever c is.
		if r, ok, err := vm.callTypeCheckHook(x, sSubclasscheck, c); ok || err != nil {
			return r, err
		}
		ct, ok := c.(*Type)
		if !ok {
			return false, vm.typeErrorf("issubclass() arg 1 must be a class")
		}
		return ct.IsSubtype(x), nil
	case *Tuple:
		for _, it := range x.Items {
			r, err := vm.isSubclass(c, it, depth+1)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	return false, vm.typeErrorf("issubclass() arg 2 must be a class or tuple of classes")
}

// cmp3 is cmp(a, b), PyObject_Compare: -1, 0 or 1. Two objects of one type with a
// three-way comparison use it; otherwise ==, < and > by rich comparison alone, then the
// three-way comparisons across types, then the default order (do_cmp).
func (vm *VM) cmp3(a, b Object) (int, *PyError) {
	if a == b {
		return 0, nil
	}
	vm.depth++
	defer func() { vm.depth-- }()
	if vm.depth > vm.recursionLimit {
		return 0, vm.Raise(RuntimeErrorType, "maximum recursion depth exceeded in cmp")
	}
	ta := a.Type()
	if isClassicInstance(a) && isClassicInstance(b) {
		if c, err := vm.classic3way(a, b); err != nil || c != 2 {
			return c, err
		}
	} else if ta == b.Type() {
		if slot := compareSlotOf(ta); slot != noCompare {
			return vm.callCompareSlot(slot, a, b)
		}
	}
	if vm.hasRich(ta) || vm.hasRich(b.Type()) {
		for _, o := range []struct{ op, res int }{{op.CmpEQ, 0}, {op.CmpLT, -1}, {op.CmpGT, 1}} {
			r, err := vm.tryRichCompare(a, b, o.op)
			if err != nil {
				return 0, err
			}
			if r == Object(NotImplemented) {
				vm.Decref(r)
				continue
			}
			t, err := vm.IsTrue(r)
			vm.Decref(r)
			if err != nil {
				return 0, err
			}
			if t {
				return o.res, nil
			}
		}
	}
	c, err := vm.try3way(a, b)
	if err != nil || c != 2 {
		return c, err
	}
	return vm.default3way(a, b), nil
}

// minMax is min() and max() with an iterable or several arguments, and key=.
func (vm *VM) minMax(name string, args []Object, kw *Dict, cmp int) (Object, *PyError) {
	if len(args) == 0 {
		return nil, vm.typeErrorf("%s expected 1 arguments, got 0", name)
	}
	// The one keyword is key; CPython's min_max checks the dict's size and that entry only.
	var key Object
	if n := kwLen(kw); n > 0 {
		key = kw.GetString("key")
		if n != 1 || key == nil {
			return nil, vm.typeErrorf("%s() got an unexpected keyword argument", name)
		}
	}
	var seq Object
	if len(args) == 1 {
		seq = args[0]
	} else {
		seq = vm.NewTupleRefs(args...)
		defer vm.Decref(seq)
	}
	var best, bestKey Object
	err := vm.forEach(seq, func(o Object) *PyError {
		k := o
		if key != nil {
			var err *PyError
			k, err = vm.Call(key, []Object{o}, nil)
			if err != nil {
				return err
			}
		} else {
			incref(k)
		}
		if best == nil {
			best, bestKey = newRef(o), k
			return nil
		}
		better, err := vm.CompareBool(k, bestKey, cmp)
		if err != nil {
			vm.Decref(k)
			return err
		}
		if better {
			vm.Decref(best)
			vm.Decref(bestKey)
			best, bestKey = newRef(o), k
		} else {
			vm.Decref(k)
		}
		return nil
	})
	if bestKey != nil {
		vm.Decref(bestKey)
	}
	if err != nil {
		vm.Xdecref(best)
		return nil, err
	}
	if best == nil {
		return nil, vm.Raisef(ValueErrorType, "%s() arg is an empty sequence", name)
	}
	return best, nil
}

// builtinSum is sum(iterable[, start]).
func builtinSum(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.argsRange("sum", args, 1, 2); err != nil {
		return nil, err
	}
	// builtin_sum: the iterator first, then the start value, which may not be a string.
	it, err := vm.GetIter(args[0])
	if err != nil {
		return nil, err
	}
	defer vm.Decref(it)
	var acc Object
	if len(args) == 2 {
		switch nativeIndexable(args[1]).(type) {
		case *Str, *Unicode:
			return nil, vm.typeErrorf("sum() can't sum strings [use ''.join(seq) instead]")
		}
		acc = newRef(args[1])
	} else {
		acc = vm.NewInt(0)
	}
	for {
		o, err := vm.Next(it)
		if err != nil {
			vm.Decref(acc)
			return nil, err
		}
		if o == nil {
			return acc, nil
		}
		r, err := vm.binaryOp(opAdd, acc, o, false)
		vm.Decref(o)
		vm.Decref(acc)
		if err != nil {
			return nil, err
		}
		acc = r
	}
}

// builtinPow is pow(x, y[, z]).
func builtinPow(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.argsRange("pow", args, 2, 3); err != nil {
		return nil, err
	}
	if len(args) == 2 || args[2] == Object(None) {
		return vm.binaryOp(opPow, args[0], args[1], false)
	}
	// ternary_op: three builtin numbers compute here; otherwise only the first operand's
	// own __pow__(y, z) is asked (slot_nb_power uses no __rpow__ with a modulus, and a
	// classic instance's instance_pow calls its __pow__ attribute).
	kinds := [3]numKind{}
	allNumbers := true
	for i, x := range args {
		if kinds[i] = numberKind(nativeNumberOr(x)); kinds[i] == notNumber {
			allNumbers = false
		}
	}
	if !allNumbers {
		if isClassicInstance(args[0]) {
			return vm.callClassicMethod(args[0], binopInfo[opPow].nameS, args[1], args[2])
		}
		t := args[0].Type()
		if m := t.Lookup(binopInfo[opPow].nameS); m != nil && t.Flags&FlagHeap != 0 {
			if _, isBuiltin := m.(*MethodDescr); !isBuiltin {
				r, err := vm.callBound(m, args[0], t, args[1], args[2])
				if err != nil || r != Object(NotImplemented) {
					return r, err
				}
				vm.Decref(r)
			}
		}
		return nil, vm.typeErrorf("unsupported operand type(s) for pow(): '%s', '%s', '%s'",
			typeOf(args[0]).Name, typeOf(args[1]).Name, typeOf(args[2]).Name)
	}
	for _, k := range kinds {
		if k == kComplex {
			return nil, vm.Raise(ValueErrorType, "complex modulo")
		}
	}
	a, ok1 := bigOf(nativeNumberOr(args[0]))
	b, ok2 := bigOf(nativeNumberOr(args[1]))
	m, ok3 := bigOf(nativeNumberOr(args[2]))
	if !ok1 || !ok2 || !ok3 {
		return nil, vm.typeErrorf("pow() 3rd argument not allowed unless all arguments are integers")
	}
	if b.Sign() < 0 {
		return nil, vm.typeErrorf("pow() 2nd argument cannot be negative when 3rd argument specified")
	}
	if m.Sign() == 0 {
		return nil, vm.Raise(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	r := new(big.Int).Exp(a, b, new(big.Int).Abs(m))
	if r.Sign() != 0 && m.Sign() < 0 {
		r.Add(r, m)
	}
	_, isLong := nativeNumberOr(args[0]).(*Long)
	_, isLong2 := nativeNumberOr(args[1]).(*Long)
	_, isLong3 := nativeNumberOr(args[2]).(*Long)
	if isLong || isLong2 || isLong3 {
		return vm.NewLong(r), nil
	}
	return vm.newIntFromBig(r), nil
}

// builtinDivmod is divmod(a, b), PyNumber_Divmod: a class's __divmod__ and the other's
// __rdivmod__ in binary_op1's order (the right one first when its class derives from the
// left one's), classic instances' methods as attributes, then the builtin numbers.
func (vm *VM) builtinDivmod(a, b Object) (Object, *PyError) {
	name, rname := vm.Intern("__divmod__"), vm.Intern("__rdivmod__")
	userMethod := func(o Object, n *Str) Object {
		if isClassicInstance(o) {
			return nil
		}
		m := o.Type().Lookup(n)
		if _, isBuiltin := m.(*MethodDescr); isBuiltin {
			return nil
		}
		return m
	}
	ta, tb := a.Type(), b.Type()
	la := userMethod(a, name)
	var rb Object
	if tb != ta {
		rb = userMethod(b, rname)
	}
	try := func(m, self, other Object) (Object, *PyError) {
		if m == nil {
			return newRef(NotImplemented), nil
		}
		if isClassicInstance(self) {
			return vm.classicMethodOrNotImplemented(self.(*Instance), m.(*Str), other)
		}
		return vm.callBound(m, self, self.Type(), other)
	}
	steps := []struct{ m, self, other Object }{{la, a, b}, {rb, b, a}}
	if rb != nil && tb.IsSubtype(ta) {
		steps[0], steps[1] = steps[1], steps[0]
	}
	if isClassicInstance(a) {
		steps[0] = struct{ m, self, other Object }{name, a, b}
	}
	if isClassicInstance(b) {
		steps[1] = struct{ m, self, other Object }{rname, b, a}
	}
	for _, st := range steps {
		r, err := try(st.m, st.self, st.other)
		if err != nil || r != Object(NotImplemented) {
			return r, err
		}
		vm.Decref(r)
	}
	if nativeNumber(a) == nil || nativeNumber(b) == nil {
		return nil, vm.typeErrorf("unsupported operand type(s) for divmod(): '%s' and '%s'", typeOf(a).Name, typeOf(b).Name)
	}
	return vm.divmod(a, b)
}

// builtinSorted is sorted(iterable, cmp=None, key=None, reverse=False). CPython parses
// all four, builds the list, then calls its sort with the same keywords, which do not
// include iterable: so sorted(iterable=x) fails, after x is read.
func builtinSorted(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	a, err := vm.bindBuiltinArgs("sorted", args, kw, []string{"iterable", "cmp", "key", "reverse"}, 1)
	if err != nil {
		return nil, err
	}
	cmpFn, key, reverse, err := vm.sortArgs(a[1], a[2], a[3])
	if err != nil {
		return nil, err
	}
	// PySequence_List, then sort: the list grows as list(iterable) does.
	l := vm.NewList(nil)
	if err := vm.listExtendIter(l, a[0]); err != nil {
		vm.Decref(l)
		return nil, err
	}
	if kwArg(kw, "iterable") != nil {
		err = vm.typeErrorf("'iterable' is an invalid keyword argument for this function")
	} else {
		err = vm.sortList(l, cmpFn, key, reverse)
	}
	if err != nil {
		vm.Decref(l)
		return nil, err
	}
	return l, nil
}

// builtinImport is __import__(name, globals={}, locals={}, fromlist=[], level=-1).
// handson has no packages, so a relative import (level > 0) from a module's globals finds
// no package to be relative to, as CPython finds none for a top-level module; without
// globals the level does not matter, as in CPython.
func builtinImport(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	a, err := vm.bindBuiltinArgs("__import__", args, kw, []string{"name", "globals", "locals", "fromlist", "level"}, 1)
	if err != nil {
		return nil, err
	}
	name, ok := a[0].(*Str)
	if !ok {
		return nil, vm.typeErrorf("__import__() argument 1 must be string, not %s", argTypeName(a[0]))
	}
	level := -1
	if a[4] != nil {
		if level, err = vm.cIntArg(a[4]); err != nil {
			return nil, err
		}
	}
	if g, isDict := a[1].(*Dict); isDict && level > 0 {
		if _, named := g.GetString("__name__").(*Str); named {
			return nil, vm.Raise(ValueErrorType, "Attempted relative import in non-package")
		}
	}
	fromlist := a[3]
	if fromlist == nil {
		fromlist = None
	}
	return vm.importModuleLevel(name.S, fromlist)
}

// builtinRound is round(x[, n]): halves away from zero, as Python 2 does, on the decimal
// value of the float (via correctly rounded string conversion).
func builtinRound(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	a, err := vm.bindBuiltinArgs("round", args, kw, []string{"number", "ndigits"}, 1)
	if err != nil {
		return nil, err
	}
	x, nd := a[0], a[1]
	f, err := vm.formatFloatArg(x)
	if err != nil {
		return nil, vm.typeErrorf("a float is required")
	}
	n := int64(0)
	if nd != nil {
		v, ok, err := vm.indexValue(nd)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, vm.typeErrorf("an integer is required")
		}
		n = v
	}
	return vm.NewFloat(roundHalfAway(f, n)), nil
}

// roundHalfAway rounds f to n decimal digits, halves away from zero, using the exact
// decimal expansion of f (CPython 2.7's round uses its correctly rounded dtoa for this).
func roundHalfAway(f float64, n int64) float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
		return f
	}
	if n > 22 {
		return f
	}
	if n < -308 {
		return math.Copysign(0, f)
	}
	exact := new(big.Float).SetPrec(2000).SetFloat64(math.Abs(f))
	scale := new(big.Float).SetPrec(2000).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(absInt64(n)), nil))
	if n >= 0 {
		exact.Mul(exact, scale)
	} else {
		exact.Quo(exact, scale)
	}
	half := new(big.Float).SetPrec(2000).SetFloat64(0.5)
	exact.Add(exact, half)
	intPart, _ := exact.Int(nil)
	r := new(big.Float).SetPrec(2000).SetInt(intPart)
	if n >= 0 {
		r.Quo(r, scale)
	} else {
		r.Mul(r, scale)
	}
	res, _ := r.Float64()
	return math.Copysign(res, f)
}

func absInt64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// hexOct is hex() and oct().
func (vm *VM) hexOct(args []Object, name, special string, conv func(Object) string) (Object, *PyError) {
	if err := vm.argsExactly(name, args, 1); err != nil {
		return nil, err
	}
	var res Object
	var err *PyError
	t := args[0].Type()
	if isClassicInstance(args[0]) {
		// instance_hex and instance_oct: the attribute, or an AttributeError.
		res, err = vm.callClassicMethod(args[0], vm.Intern(special))
	} else if m := t.Lookup(vm.Intern(special)); m != nil {
		res, err = vm.callBound(m, args[0], t)
	} else {
		switch n := nativeIndexable(args[0]).(type) {
		case *Int, *Long:
			return vm.NewStr(conv(n)), nil
		}
		return nil, vm.typeErrorf("%s() argument can't be converted to %s", name, name)
	}
	if err != nil {
		return nil, err
	}
	if _, ok := nativeIndexable(res).(*Str); !ok {
		vm.Decref(res)
		return nil, vm.typeErrorf("%s returned non-string (type %s)", special, res.Type().Name)
	}
	return res, nil
}

// anyAll is any() (wantTrue) and all().
func (vm *VM) anyAll(seq Object, wantTrue bool) (Object, *PyError) {
	found := false
	errStop := &PyError{}
	err := vm.forEach(seq, func(o Object) *PyError {
		t, err := vm.IsTrue(o)
		if err != nil {
			return err
		}
		if t == wantTrue {
			found = true
			return errStop
		}
		return nil
	})
	if err != nil && err != errStop {
		return nil, err
	}
	if wantTrue {
		return NewBool(found), nil
	}
	return NewBool(!found), nil
}

// builtinZip is zip(*iterables): a list of tuples, as long as the shortest.
func builtinZip(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	// builtin_zip asks every argument for its length hint before any for its iterator.
	for _, a := range args {
		if err := vm.probeLength(a); err != nil {
			return nil, err
		}
	}
	its, err := vm.iters(args, "zip")
	if err != nil {
		return nil, err
	}
	defer func() {
		for _, it := range its {
			vm.Decref(it)
		}
	}()
	var out []Object
	if len(its) == 0 {
		return vm.NewList(nil), nil
	}
	for {
		row := make([]Object, len(its))
		for i, it := range its {
			x, err := vm.Next(it)
			if err != nil || x == nil {
				for _, r := range row[:i] {
					vm.Decref(r)
				}
				if err != nil {
					for _, o := range out {
						vm.Decref(o)
					}
					return nil, err
				}
				return vm.NewList(out), nil
			}
			row[i] = x
		}
		out = append(out, vm.NewTuple(row))
	}
}

// builtinMap is map(f, *iterables): a list; None as f makes tuples; shorter iterables are
// padded with None.
func builtinMap(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if len(args) < 2 {
		return nil, vm.typeErrorf("map() requires at least two args")
	}
	fn := args[0]
	if fn == Object(None) && len(args) == 2 {
		// map(None, S) is list(S), errors included.
		items, err := vm.iterateProbed(args[1])
		if err != nil {
			return nil, err
		}
		return vm.NewList(items), nil
	}
	its := make([]Object, len(args)-1)
	for i, a := range args[1:] {
		it, err := vm.GetIter(a)
		if err != nil {
			for _, x := range its[:i] {
				vm.Decref(x)
			}
			// Whatever went wrong, builtin_map says this instead.
			err.release(vm)
			return nil, vm.typeErrorf("argument %d to map() must support iteration", i+2)
		}
		its[i] = it
		if err := vm.probeLength(a); err != nil {
			for _, x := range its[:i+1] {
				vm.Decref(x)
			}
			return nil, err
		}
	}
	defer func() {
		for _, it := range its {
			vm.Decref(it)
		}
	}()
	var out []Object
	fail := func(err *PyError) (Object, *PyError) {
		for _, o := range out {
			vm.Decref(o)
		}
		return nil, err
	}
	for {
		row := make([]Object, len(its))
		alive := 0
		for i, it := range its {
			x, err := vm.Next(it)
			if err != nil {
				for _, r := range row[:i] {
					vm.Xdecref(r)
				}
				return fail(err)
			}
			if x == nil {
				x = noneRef()
			} else {
				alive++
			}
			row[i] = x
		}
		if alive == 0 {
			for _, r := range row {
				vm.Decref(r)
			}
			return vm.NewList(out), nil
		}
		var v Object
		if fn == Object(None) {
			if len(row) == 1 {
				v = row[0]
			} else {
				v = vm.NewTuple(row)
			}
		} else {
			r, err := vm.Call(fn, row, nil)
			for _, x := range row {
				vm.Decref(x)
			}
			if err != nil {
				return fail(err)
			}
			v = r
		}
		out = append(out, v)
	}
}

// builtinFilter is filter(f, seq): a list, or a str/tuple for those inputs.
func builtinFilter(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.argsExactly("filter", args, 2); err != nil {
		return nil, err
	}
	fn, seq := args[0], args[1]
	keep := func(o Object) (bool, *PyError) {
		if fn == Object(None) {
			return vm.IsTrue(o)
		}
		r, err := vm.Call(fn, []Object{o}, nil)
		if err != nil {
			return false, err
		}
		defer vm.Decref(r)
		return vm.IsTrue(r)
	}
	if s, ok := seq.(*Str); ok {
		var b strings.Builder
		for i := 0; i < len(s.S); i++ {
			c := charStrs[s.S[i]]
			k, err := keep(c)
			if err != nil {
				return nil, err
			}
			if k {
				b.WriteByte(s.S[i])
			}
		}
		return vm.NewStr(b.String()), nil
	}
	switch nativeIndexable(seq).(type) {
	case *Str, *Unicode, *Tuple:
		// filterstring, filterunicode and filtertuple: the result has the base type,
		// the items come from the sequence's __getitem__ (a subclass may override it).
		return vm.filterSequence(seq, keep)
	}
	it, err := vm.GetIter(seq)
	if err != nil {
		return nil, err
	}
	defer vm.Decref(it)
	if err := vm.probeLength(seq); err != nil {
		return nil, err
	}
	var out []Object
	err = vm.forEach(it, func(o Object) *PyError {
		k, err := keep(o)
		if err != nil {
			return err
		}
		if k {
			out = append(out, newRef(o))
		}
		return nil
	})
	if err != nil {
		for _, o := range out {
			vm.Decref(o)
		}
		return nil, err
	}
	if _, ok := seq.(*Tuple); ok {
		return vm.NewTuple(out), nil
	}
	return vm.NewList(out), nil
}

// filterSequence is filter over a str, unicode or tuple (or a subclass of one): a value of
// the base type made of the items kept. A string's items must be strings of its kind.
func (vm *VM) filterSequence(seq Object, keep func(Object) (bool, *PyError)) (Object, *PyError) {
	n, err := vm.Len(seq)
	if err != nil {
		return nil, err
	}
	var out []Object
	release := func() {
		for _, o := range out {
			vm.Decref(o)
		}
	}
	for i := 0; i < n; i++ {
		idx := vm.NewInt(int64(i))
		item, err := vm.GetItem(seq, idx)
		vm.Decref(idx)
		if err != nil {
			release()
			return nil, err
		}
		k, err := keep(item)
		if err != nil || !k {
			vm.Decref(item)
			if err != nil {
				release()
				return nil, err
			}
			continue
		}
		out = append(out, item)
	}
	switch nativeIndexable(seq).(type) {
	case *Tuple:
		return vm.NewTuple(out), nil
	case *Str:
		var b strings.Builder
		for _, o := range out {
			s, ok := nativeIndexable(o).(*Str)
			if !ok {
				release()
				return nil, vm.typeErrorf("can't filter str to str: __getitem__ returned different type")
			}
			b.WriteString(s.S)
		}
		release()
		return vm.NewStr(b.String()), nil
	}
	var r []rune
	for _, o := range out {
		u, ok := nativeIndexable(o).(*Unicode)
		if !ok {
			release()
			return nil, vm.typeErrorf("can't filter unicode to unicode: __getitem__ returned different type")
		}
		r = append(r, u.R...)
	}
	release()
	return vm.NewUnicode(r), nil
}

// builtinReduce is reduce(f, seq[, initial]).
func builtinReduce(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.argsRange("reduce", args, 2, 3); err != nil {
		return nil, err
	}
	it, err := vm.GetIter(args[1])
	if err != nil {
		if err.Matches(TypeErrorType) {
			err.release(vm)
			return nil, vm.typeErrorf("reduce() arg 2 must support iteration")
		}
		return nil, err
	}
	defer vm.Decref(it)
	var acc Object
	if len(args) == 3 {
		acc = newRef(args[2])
	}
	for {
		o, err := vm.Next(it)
		if err != nil {
			vm.Xdecref(acc)
			return nil, err
		}
		if o == nil {
			break
		}
		if acc == nil {
			acc = o
			continue
		}
		r, err := vm.Call(args[0], []Object{acc, o}, nil)
		vm.Decref(o)
		if err != nil {
			vm.Decref(acc)
			return nil, err
		}
		vm.Decref(acc)
		acc = r
	}
	if acc == nil {
		return nil, vm.typeErrorf("reduce() of empty sequence with no initial value")
	}
	return acc, nil
}

// builtinDir is dir([o]): sorted names.
func builtinDir(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.argsRange("dir", args, 0, 1); err != nil {
		return nil, err
	}
	names := map[string]bool{}
	addDict := func(d *Dict) {
		if d == nil {
			return
		}
		for _, k := range d.Keys() {
			if s, ok := k.(*Str); ok {
				// object's __dict__ is handson's way to reach the dicts of builtin
				// objects that have one; CPython's object has no such attribute.
				if d == ObjectType.Dict && s.S == "__dict__" {
					continue
				}
				names[s.S] = true
			}
		}
	}
	if len(args) == 0 {
		loc := vm.frameLocals(vm.frame)
		addDict(loc.(*Dict))
		vm.Decref(loc)
	} else {
		o := args[0]
		t := o.Type()
		if m := t.Lookup(sDir); m != nil {
			if _, isBuiltin := m.(*MethodDescr); !isBuiltin {
				r, err := vm.callBound(m, o, t)
				if err != nil {
					return nil, err
				}
				defer vm.Decref(r)
				items, err := vm.iterateAll(r)
				if err != nil {
					return nil, err
				}
				l := vm.NewList(items)
				if err := vm.sortList(l, nil, nil, false); err != nil {
					vm.Decref(l)
					return nil, err
				}
				return l, nil
			}
		}
		switch x := o.(type) {
		case *Module:
			addDict(x.Dict)
		case *Type:
			for _, c := range x.MRO {
				addDict(c.Dict)
			}
		default:
			addDict(instanceDict(o))
			for _, c := range t.MRO {
				addDict(c.Dict)
			}
			if inst, ok := o.(*Instance); ok && inst.Class.IsSubtype(BaseExceptionType) {
				names["args"] = true
				names["message"] = true
			}
		}
	}
	items := make([]Object, 0, len(names))
	for n := range names {
		items = append(items, vm.NewStr(n))
	}
	l := vm.NewList(items)
	if err := vm.sortList(l, nil, nil, false); err != nil {
		vm.Decref(l)
		return nil, err
	}
	return l, nil
}

// builtinRawInput is raw_input([prompt]).
func builtinRawInput(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.argsRange("raw_input", args, 0, 1); err != nil {
		return nil, err
	}
	stdout, err := vm.stdoutObject()
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		if err := vm.writeObject(stdout, args[0]); err != nil {
			return nil, err
		}
	}
	if f, ok := stdout.(*File); ok {
		if err := vm.fileFlush(f); err != nil {
			return nil, err
		}
		f.softspace = false
	}
	stdin := vm.stdin
	if vm.sys != nil {
		if in, ok := vm.sys.Dict.GetString("stdin").(*File); ok {
			stdin = in
		}
	}
	line, err := vm.fileReadline(stdin, -1)
	if err != nil {
		return nil, err
	}
	if line == "" {
		return nil, vm.Raise(EOFErrorType, "EOF when reading a line")
	}
	return vm.NewStr(strings.TrimSuffix(line, "\n")), nil
}

// evalSource is eval(source, globals, locals) of a str or unicode, with the caller's
// future features.
func (vm *VM) evalSource(src, globals, locals Object) (Object, *PyError) {
	gd, ld, err := vm.execNamespaces(orNone(globals), orNone(locals), vm.frame)
	if err != nil {
		return nil, err
	}
	code, err := vm.compileRuntime(src, "<string>", syntax.EvalMode, callerFutureFlags(vm.frame), "")
	if err != nil {
		return nil, err
	}
	return vm.ExecCode(code, gd, ld)
}

// The compile() flags beside the future features (CPython's PyCF_* values).
const (
	pycfDontImplyDedent = 0x200 // codeop's: an incomplete block is not closed at the end
	pycfOnlyAST         = 0x400 // return the abstract syntax tree
)

// builtinCompile is compile(source, filename, mode[, flags[, dont_inherit]]).
func builtinCompile(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	args, err := vm.bindBuiltinArgs("compile", args, kw, []string{"source", "filename", "mode", "flags", "dont_inherit"}, 3)
	if err != nil {
		return nil, err
	}
	fn, ok := args[1].(*Str)
	if !ok {
		return nil, vm.typeErrorf("compile() argument 2 must be string, not %s", argTypeName(args[1]))
	}
	modeStr, ok := args[2].(*Str)
	if !ok {
		return nil, vm.typeErrorf("compile() argument 3 must be string, not %s", argTypeName(args[2]))
	}
	var flags, dontInherit int64
	if args[3] != nil {
		if flags, err = vm.intArg(args[3]); err != nil {
			return nil, err
		}
	}
	if args[4] != nil {
		if dontInherit, err = vm.intArg(args[4]); err != nil {
			return nil, err
		}
	}
	if flags&^(int64(futureBits)|op.CO_NESTED|pycfDontImplyDedent|pycfOnlyAST) != 0 {
		return nil, vm.Raise(ValueErrorType, "compile(): unrecognised flags")
	}
	future := op.Flags(flags) & futureBits
	if dontInherit == 0 {
		future |= callerFutureFlags(vm.frame)
	}
	var mode syntax.Mode
	switch modeStr.S {
	case "exec":
		mode = syntax.ExecMode
	case "eval":
		mode = syntax.EvalMode
	case "single":
		mode = syntax.SingleMode
	default:
		return nil, vm.Raise(ValueErrorType, "compile() arg 3 must be 'exec', 'eval' or 'single'")
	}
	if flags&pycfOnlyAST != 0 {
		return nil, vm.Raise(NotImplementedErrorType, "compile(): abstract syntax trees (PyCF_ONLY_AST, the ast module) are not available in handson")
	}
	return vm.compileRuntime(args[0], fn.S, mode, future, "compile() ")
}

// callFormat is format(value, spec): type(value).__format__(value, spec).
func (vm *VM) callFormat(value, spec Object) (Object, *PyError) {
	return vm.formatObject(value, spec)
}
