// mod_operator.go defines the operator module: the operators as functions (each also under
// its __dunder__ name), the sequence helpers, and the itemgetter, attrgetter and
// methodcaller types. Each function goes through the VM's own operator code, so user
// classes' special methods are honoured exactly as by the operators.
package vm

import (
	"strings"

	"handson/gcsim"
	op "handson/interp/compile"
)

var (
	ItemGetterType   = newStaticType("itemgetter", KindOther, 0)
	AttrGetterType   = newStaticType("attrgetter", KindOther, 0)
	MethodCallerType = newStaticType("methodcaller", KindOther, 0)
)

// getter is an itemgetter or attrgetter: the items (or dotted attribute names) it fetches.
type getter struct {
	gcsim.Header
	typ   *Type
	items []Object // owned
}

func (g *getter) Type() *Type { return g.typ }

func (g *getter) clearRefs(vm *VM) {
	items := g.items
	g.items = nil
	for _, it := range items {
		vm.Decref(it)
	}
}

func (g *getter) traverse(visit func(Object)) {
	for _, it := range g.items {
		visit(it)
	}
}

// methodCaller is methodcaller(name, *args, **kwargs).
type methodCaller struct {
	gcsim.Header
	name   Object
	args   []Object
	kwargs *Dict
}

func (*methodCaller) Type() *Type { return MethodCallerType }

func (m *methodCaller) clearRefs(vm *VM) {
	name, args, kw := m.name, m.args, m.kwargs
	m.name, m.args, m.kwargs = nil, nil, nil
	vm.Xdecref(name)
	for _, a := range args {
		vm.Decref(a)
	}
	if kw != nil {
		vm.Decref(kw)
	}
}

func (m *methodCaller) traverse(visit func(Object)) {
	if m.name != nil {
		visit(m.name)
	}
	for _, a := range m.args {
		visit(a)
	}
	if m.kwargs != nil {
		visit(m.kwargs)
	}
}

// operatorTypes are the types of the operator module.
func operatorTypes() []moduleTypeSpec {
	newGetter := func(t *Type) func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		return func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.pyArgNoKeywords(t.Name+"()", kw); err != nil {
				return nil, err
			}
			if len(args) == 0 {
				return nil, vm.typeErrorf("%s expected 1 arguments, got 0", t.Name)
			}
			g := &getter{Header: gcsim.Header{RC: 1}, typ: t}
			for _, a := range args {
				g.items = append(g.items, newRef(a))
			}
			vm.track(g, 32+8*len(args), 0)
			return g, nil
		}
	}
	ItemGetterType.New = newGetter(ItemGetterType)
	AttrGetterType.New = newGetter(AttrGetterType)
	MethodCallerType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		if len(args) == 0 {
			return nil, vm.typeErrorf("methodcaller needs at least one argument, the method name")
		}
		// methodcaller_new keeps any name; a call looks it up as getattr does.
		m := &methodCaller{Header: gcsim.Header{RC: 1}, name: newRef(args[0])}
		for _, a := range args[1:] {
			m.args = append(m.args, newRef(a))
		}
		if kw != nil && kw.Len() > 0 {
			m.kwargs = vm.NewDict()
			pos := 0
			for {
				k, v, ok := kw.Next(&pos)
				if !ok {
					break
				}
				if err := m.kwargs.SetItem(vm, k, v); err != nil {
					vm.Decref(m)
					return nil, err
				}
			}
		}
		vm.track(m, 48, 0)
		return m, nil
	}
	return []moduleTypeSpec{
		{"operator", typeSpec{t: ItemGetterType, base: ObjectType, methods: []methodDef{
			{name: "__call__", fn: itemGetterCall, keywords: true}}}},
		{"operator", typeSpec{t: AttrGetterType, base: ObjectType, methods: []methodDef{
			{name: "__call__", fn: attrGetterCall, keywords: true}}}},
		{"operator", typeSpec{t: MethodCallerType, base: ObjectType, methods: []methodDef{
			{name: "__call__", fn: methodCallerCall, keywords: true}}}},
	}
}

// dottedAttr fetches a possibly dotted attribute name.
func (vm *VM) dottedAttr(o Object, name Object) (Object, *PyError) {
	s, ok := name.(*Str)
	if !ok {
		return nil, vm.typeErrorf("attribute name must be a string")
	}
	cur := newRef(o)
	for _, part := range strings.Split(s.S, ".") {
		next, err := vm.GetAttr(cur, vm.Intern(part))
		vm.Decref(cur)
		if err != nil {
			return nil, err
		}
		cur = next
	}
	return cur, nil
}

func itemGetterCall(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	return vm.getterCall("itemgetter", self.(*getter), args, kw, vm.GetItem)
}

func attrGetterCall(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	return vm.getterCall("attrgetter", self.(*getter), args, kw, vm.dottedAttr)
}

// getterCall applies an itemgetter or attrgetter (name) to its one argument: fetch with
// each of its items, giving the value itself for one item and a tuple for several.
func (vm *VM) getterCall(name string, g *getter, args []Object, kw *Dict, fetch func(o, item Object) (Object, *PyError)) (Object, *PyError) {
	if err := vm.getterArgs(name, args, kw); err != nil {
		return nil, err
	}
	if len(g.items) == 1 {
		return fetch(args[0], g.items[0])
	}
	out := make([]Object, 0, len(g.items))
	for _, k := range g.items {
		v, err := fetch(args[0], k)
		if err != nil {
			for _, o := range out {
				vm.Decref(o)
			}
			return nil, err
		}
		out = append(out, v)
	}
	return vm.NewTuple(out), nil
}

// getterArgs checks the call of an itemgetter, attrgetter or methodcaller (name): one
// positional argument and no keywords, with CPython 2.7's messages.
func (vm *VM) getterArgs(name string, args []Object, kw *Dict) *PyError {
	if err := vm.pyArgNoKeywords(name, kw); err != nil {
		return err
	}
	if len(args) != 1 {
		return vm.typeErrorf("%s expected 1 arguments, got %d", name, len(args))
	}
	return nil
}

func methodCallerCall(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.getterArgs("methodcaller", args, kw); err != nil {
		return nil, err
	}
	m := self.(*methodCaller)
	name, err := vm.attrName(m.name, "")
	if err != nil {
		return nil, err
	}
	meth, err := vm.GetAttr(args[0], name)
	if err != nil {
		return nil, err
	}
	defer vm.Decref(meth)
	return vm.Call(meth, m.args, m.kwargs)
}

// opBinary makes operator.NAME for a binary operator.
func opBinary(name string, o binop, inplace bool) methodDef {
	return methodDef{name: name, fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
		if len(args) != 2 {
			return nil, vm.typeErrorf("op_%s expected 2 arguments, got %d", strings.Trim(name, "_"), len(args))
		}
		return vm.binaryOp(o, args[0], args[1], inplace)
	}}
}

// opCompare makes operator.NAME for a rich comparison.
func opCompare(name string, cmp int) methodDef {
	return methodDef{name: name, fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
		if len(args) != 2 {
			return nil, vm.typeErrorf("%s expected 2 arguments, got %d", name, len(args))
		}
		return vm.RichCompare(args[0], args[1], cmp)
	}}
}

// opUnary makes operator.NAME for a one-argument operation.
func opUnary(name string, f func(vm *VM, x Object) (Object, *PyError)) methodDef {
	return methodDef{name: name, fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.argsExactly(name, args, 1); err != nil {
			return nil, err
		}
		return f(vm, args[0])
	}}
}

// opTwo makes operator.NAME for a two-argument operation.
func opTwo(name string, f func(vm *VM, a, b Object) (Object, *PyError)) methodDef {
	return methodDef{name: name, fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
		if len(args) != 2 {
			return nil, vm.typeErrorf("%s expected 2 arguments, got %d", name, len(args))
		}
		return f(vm, args[0], args[1])
	}}
}

// isSequenceLike is PySequence_Check: a __getitem__ that is not a dict's.
func (vm *VM) isSequenceLike(o Object) bool {
	switch o.(type) {
	case *Dict:
		return false
	case *List, *Tuple, *Str, *Unicode, *XRange:
		return true
	}
	if o.Type().IsSubtype(DictType) {
		return false
	}
	return o.Type().Lookup(vm.Intern("__getitem__")) != nil
}

func operatorFunctions() []methodDef {
	abs := func(vm *VM, x Object) (Object, *PyError) {
		if numberKind(x) != notNumber {
			return vm.absolute(x)
		}
		t := x.Type()
		if m := t.Lookup(vm.Intern("__abs__")); m != nil {
			return vm.callBound(m, x, t)
		}
		return nil, vm.typeErrorf("bad operand type for abs(): '%s'", t.Name)
	}
	neg := func(vm *VM, x Object) (Object, *PyError) { return vm.unaryOp(op.UNARY_NEGATIVE, x) }
	pos := func(vm *VM, x Object) (Object, *PyError) { return vm.unaryOp(op.UNARY_POSITIVE, x) }
	inv := func(vm *VM, x Object) (Object, *PyError) { return vm.unaryOp(op.UNARY_INVERT, x) }
	not := func(vm *VM, x Object) (Object, *PyError) {
		t, err := vm.IsTrue(x)
		if err != nil {
			return nil, err
		}
		return NewBool(!t), nil
	}
	truth := func(vm *VM, x Object) (Object, *PyError) {
		t, err := vm.IsTrue(x)
		if err != nil {
			return nil, err
		}
		return NewBool(t), nil
	}
	index := func(vm *VM, x Object) (Object, *PyError) {
		if l, ok := x.(*Long); ok {
			return newRef(l), nil
		}
		n, ok, err := vm.indexValue(x)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, vm.typeErrorf("'%s' object cannot be interpreted as an index", x.Type().Name)
		}
		return vm.NewInt(n), nil
	}
	contains := func(vm *VM, a, b Object) (Object, *PyError) {
		r, err := vm.Contains(a, b)
		if err != nil {
			return nil, err
		}
		return NewBool(r), nil
	}
	getitem := func(vm *VM, a, b Object) (Object, *PyError) { return vm.GetItem(a, b) }
	delitem := func(vm *VM, a, b Object) (Object, *PyError) {
		if err := vm.DelItem(a, b); err != nil {
			return nil, err
		}
		return noneRef(), nil
	}
	concat := func(inplace bool) func(vm *VM, a, b Object) (Object, *PyError) {
		return func(vm *VM, a, b Object) (Object, *PyError) {
			if !vm.isSequenceLike(a) {
				return nil, vm.typeErrorf("'%s' object can't be concatenated", a.Type().Name)
			}
			return vm.binaryOp(opAdd, a, b, inplace)
		}
	}
	repeat := func(inplace bool) func(vm *VM, a, b Object) (Object, *PyError) {
		return func(vm *VM, a, b Object) (Object, *PyError) {
			if !vm.isSequenceLike(a) {
				return nil, vm.typeErrorf("'%s' object can't be repeated", a.Type().Name)
			}
			if _, ok, _ := vm.indexValue(b); !ok {
				return nil, vm.typeErrorf("can't multiply sequence by non-int of type '%s'", b.Type().Name)
			}
			return vm.binaryOp(opMul, a, b, inplace)
		}
	}
	countOf := func(vm *VM, a, b Object) (Object, *PyError) {
		n := int64(0)
		err := vm.forEach(a, func(x Object) *PyError {
			eq, err := vm.EqualBool(x, b)
			if eq {
				n++
			}
			return err
		})
		if err != nil {
			return nil, err
		}
		return vm.NewInt(n), nil
	}
	indexOf := func(vm *VM, a, b Object) (Object, *PyError) {
		i, found := int64(0), int64(-1)
		stop := &PyError{}
		err := vm.forEach(a, func(x Object) *PyError {
			eq, err := vm.EqualBool(x, b)
			if err != nil {
				return err
			}
			if eq {
				found = i
				return stop
			}
			i++
			return nil
		})
		if err != nil && err != stop {
			return nil, err
		}
		if found < 0 {
			return nil, vm.Raise(ValueErrorType, "sequence.index(x): x not in sequence")
		}
		return vm.NewInt(found), nil
	}
	is := func(vm *VM, a, b Object) (Object, *PyError) { return NewBool(a == b), nil }
	isNot := func(vm *VM, a, b Object) (Object, *PyError) { return NewBool(a != b), nil }

	var fns []methodDef
	both := func(name string, d methodDef) {
		d.name = name
		fns = append(fns, d)
		d.name = "__" + strings.TrimSuffix(name, "_") + "__"
		fns = append(fns, d)
	}
	for _, b := range []struct {
		name string
		o    binop
	}{{"add", opAdd}, {"sub", opSub}, {"mul", opMul}, {"div", opDiv}, {"truediv", opTrueDiv},
		{"floordiv", opFloorDiv}, {"mod", opMod}, {"pow", opPow}, {"lshift", opLshift}, {"rshift", opRshift},
		{"and_", opAnd}, {"or_", opOr}, {"xor", opXor}} {
		both(b.name, opBinary(b.name, b.o, false))
		iname := "i" + strings.TrimSuffix(b.name, "_")
		both(iname, opBinary(iname, b.o, true))
	}
	for _, c := range []struct {
		name string
		cmp  int
	}{{"lt", op.CmpLT}, {"le", op.CmpLE}, {"eq", op.CmpEQ}, {"ne", op.CmpNE}, {"gt", op.CmpGT}, {"ge", op.CmpGE}} {
		both(c.name, opCompare(c.name, c.cmp))
	}
	both("neg", opUnary("neg", neg))
	both("pos", opUnary("pos", pos))
	both("abs", opUnary("abs", abs))
	both("inv", opUnary("inv", inv))
	both("invert", opUnary("invert", inv))
	both("not_", opUnary("not_", not))
	both("index", opUnary("index", index))
	both("contains", opTwo("contains", contains))
	both("getitem", opTwo("getitem", getitem))
	both("delitem", opTwo("delitem", delitem))
	both("concat", opTwo("concat", concat(false)))
	both("iconcat", opTwo("iconcat", concat(true)))
	both("repeat", opTwo("repeat", repeat(false)))
	both("irepeat", opTwo("irepeat", repeat(true)))
	fns = append(fns,
		opUnary("truth", truth),
		opTwo("is_", is),
		opTwo("is_not", isNot),
		opTwo("countOf", countOf),
		opTwo("indexOf", indexOf),
		opTwo("sequenceIncludes", contains),
		methodDef{name: "setitem", fn: operatorSetitem},
		methodDef{name: "__setitem__", fn: operatorSetitem},
		opUnary("isCallable", func(vm *VM, x Object) (Object, *PyError) { return NewBool(vm.isCallable(x)), nil }),
		opUnary("isSequenceType", func(vm *VM, x Object) (Object, *PyError) { return NewBool(vm.isSequenceLike(x)), nil }),
		opUnary("isMappingType", func(vm *VM, x Object) (Object, *PyError) {
			return NewBool(x.Type().Lookup(vm.Intern("__getitem__")) != nil && !vm.isSequenceLike(x) || x.Type().IsSubtype(DictType)), nil
		}),
		opUnary("isNumberType", func(vm *VM, x Object) (Object, *PyError) {
			if nativeNumber(x) != nil {
				return True, nil
			}
			t := x.Type()
			return NewBool(t.Lookup(vm.Intern("__int__")) != nil || t.Lookup(vm.Intern("__float__")) != nil), nil
		}),
	)
	return fns
}

func operatorSetitem(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if len(args) != 3 {
		return nil, vm.typeErrorf("setitem expected 3 arguments, got %d", len(args))
	}
	if err := vm.SetItem(args[0], args[1], args[2]); err != nil {
		return nil, err
	}
	return noneRef(), nil
}

// newOperatorModule makes operator.
func newOperatorModule(vm *VM) *Module {
	ensureModuleTypes()
	m := vm.newGoModule("operator", "The operators as functions: operator.add(a, b) is a + b, and so on.", operatorFunctions())
	for _, t := range []*Type{ItemGetterType, AttrGetterType, MethodCallerType} {
		m.Dict.SetString(vm, t.Name, t)
	}
	return m
}
