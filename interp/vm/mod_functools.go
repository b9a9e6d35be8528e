// mod_functools.go defines _functools.partial, the partial-application type of functools
// (CPython's is C too): it keeps the function, the leading positional arguments and the
// keyword arguments, and calls the function with the call's own arguments after them.
package vm

import (
	"handson/gcsim"
)

// PartialType is functools.partial.
var PartialType = newStaticType("partial", KindOther, FlagBaseType)

// partialObj is a partial object.
type partialObj struct {
	gcsim.Header
	fn   Object
	args *Tuple
	kw   *Dict
}

func (*partialObj) Type() *Type { return PartialType }

func (p *partialObj) clearRefs(vm *VM) {
	fn, args, kw := p.fn, p.args, p.kw
	p.fn, p.args, p.kw = nil, nil, nil
	vm.Xdecref(fn)
	if args != nil {
		vm.Decref(args)
	}
	if kw != nil {
		vm.Decref(kw)
	}
}

func (p *partialObj) traverse(visit func(Object)) {
	if p.fn != nil {
		visit(p.fn)
	}
	if p.args != nil {
		visit(p.args)
	}
	if p.kw != nil {
		visit(p.kw)
	}
}

// asPartial returns the partial of a partial object or of an instance of a subclass.
func asPartial(o Object) *partialObj {
	if inst, ok := o.(*Instance); ok {
		p, _ := inst.Native.(*partialObj)
		return p
	}
	p, _ := o.(*partialObj)
	return p
}

func functoolsTypes() []moduleTypeSpec {
	PartialType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		if len(args) < 1 {
			return nil, vm.typeErrorf("type 'partial' takes at least one argument")
		}
		if !vm.isCallable(args[0]) {
			return nil, vm.typeErrorf("the first argument must be callable")
		}
		rest := make([]Object, len(args)-1)
		for i, a := range args[1:] {
			rest[i] = newRef(a)
		}
		p := &partialObj{Header: gcsim.Header{RC: 1}, fn: newRef(args[0]), args: vm.NewTuple(rest), kw: vm.NewDict()}
		if kw != nil {
			if err := p.kw.Merge(vm, kw, true); err != nil {
				vm.Decref(p)
				return nil, err
			}
		}
		vm.track(p, 48, 0)
		if cls != PartialType {
			return vm.nativeSubclassInstance(cls, p), nil
		}
		return p, nil
	}
	field := func(name string, get func(p *partialObj) Object) getsetDef {
		return getsetDef{name: name, get: func(vm *VM, o Object) (Object, *PyError) {
			p := asPartial(o)
			if p == nil || get(p) == nil {
				return noneRef(), nil
			}
			return newRef(get(p)), nil
		}}
	}
	return []moduleTypeSpec{{"functools", typeSpec{t: PartialType, base: ObjectType,
		doc:     "partial(func, *args, **keywords): a callable that calls func with these\narguments first and the call's own after them.",
		methods: []methodDef{{name: "__call__", fn: partialCall, keywords: true}},
		getsets: []getsetDef{
			field("func", func(p *partialObj) Object { return p.fn }),
			field("args", func(p *partialObj) Object { return p.args }),
			field("keywords", func(p *partialObj) Object { return p.kw }),
		}}}}
}

// partialCall calls the function with the stored arguments, then the call's; the call's
// keywords override the stored ones.
func partialCall(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	p := asPartial(self)
	if p == nil || p.fn == nil {
		return nil, vm.typeErrorf("partial object is not initialised")
	}
	all := args
	if len(p.args.Items) > 0 {
		all = make([]Object, 0, len(p.args.Items)+len(args))
		all = append(all, p.args.Items...)
		all = append(all, args...)
	}
	kwargs := kw
	if p.kw.Len() > 0 {
		if kw == nil || kw.Len() == 0 {
			kwargs = p.kw
		} else {
			// PyDict_Copy of the stored keywords, then PyDict_Merge of the call's.
			merged := vm.NewDict()
			defer vm.Decref(merged)
			if err := merged.Merge(vm, p.kw, true); err != nil {
				return nil, err
			}
			if err := merged.Merge(vm, kw, true); err != nil {
				return nil, err
			}
			kwargs = merged
		}
	}
	return vm.Call(p.fn, all, kwargs)
}

// newFunctoolsModule makes _functools.
func newFunctoolsModule(vm *VM) *Module {
	ensureModuleTypes()
	m := vm.newGoModule("_functools", "", nil)
	m.Dict.SetString(vm, "partial", PartialType)
	if r := vm.builtins.GetString("reduce"); r != nil {
		m.Dict.SetString(vm, "reduce", r)
	}
	return m
}
