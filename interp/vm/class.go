// class.go creates classes (the class statement's BUILD_CLASS and type(name, bases, dict))
// and instances (calling a class: __new__, then __init__), with Python 2.7's choice of
// metaclass and its error messages.
package vm

import (
	"strings"

	"handson/gcsim"
)

// Types that exist only to name classic classes and their instances in type() and reprs.
var (
	ClassObjType     = newStaticType("classobj", KindOther, 0)
	InstanceTypeType = newStaticType("instance", KindOther, 0)
)

// buildClass is BUILD_CLASS: the class body's namespace methods, the bases tuple and the
// name; globals is for the module-level __metaclass__.
func (vm *VM) buildClass(methods, bases, name Object, globals *Dict) (Object, *PyError) {
	d, ok := methods.(*Dict)
	if !ok {
		return nil, vm.Raise(SystemErrorType, "build_class with non-dictionary")
	}
	bt, ok := bases.(*Tuple)
	if !ok {
		return nil, vm.Raise(SystemErrorType, "build_class with non-tuple bases")
	}
	var meta Object
	if m := d.GetString("__metaclass__"); m != nil {
		meta = m
	} else if len(bt.Items) > 0 {
		meta = bt.Items[0].Type()
		if t, ok := bt.Items[0].(*Type); ok && t.Flags&FlagClassic != 0 {
			meta = ClassObjType
		}
	} else if m := globals.GetString("__metaclass__"); m != nil {
		meta = m
	} else {
		meta = ClassObjType
	}
	if meta == Object(ClassObjType) {
		// A classic class unless a base is new-style.
		for _, b := range bt.Items {
			if t, ok := b.(*Type); ok && t.Flags&FlagClassic == 0 {
				meta = b.Type()
				break
			}
		}
	}
	if meta == Object(ClassObjType) {
		return vm.newClass(TypeType, name, bt, d, true)
	}
	res, err := vm.Call(meta, []Object{name, bases, methods}, nil)
	if err != nil {
		return nil, vm.metaclassBasesError(err)
	}
	return res, nil
}

// metaclassBasesPrefix starts the message of a TypeError that a class statement's
// metaclass call raised from Go (most likely about the bases).
const metaclassBasesPrefix = "Error when calling the metaclass bases\n    "

// metaclassBasesError is what build_class does to a TypeError of the metaclass call that
// still has its message string (raised by a builtin, not by Python code): the message
// gets metaclassBasesPrefix. A message that already has it is left alone.
func (vm *VM) metaclassBasesError(err *PyError) *PyError {
	inst, ok := err.Value.(*Instance)
	if !ok || !err.fromGo || !err.Matches(TypeErrorType) || inst.Args == nil || len(inst.Args.Items) != 1 {
		return err
	}
	msg, ok := inst.Args.Items[0].(*Str)
	if !ok || strings.HasPrefix(msg.S, metaclassBasesPrefix) {
		return err
	}
	wrapped := vm.Raise(inst.Class, metaclassBasesPrefix+msg.S)
	wrapped.Traceback, err.Traceback = err.Traceback, nil
	err.release(vm)
	return wrapped
}

// newClass makes a class: the work of type.__new__(meta, name, bases, dict).
func (vm *VM) newClass(meta *Type, nameObj Object, bases *Tuple, dict *Dict, classic bool) (Object, *PyError) {
	name, ok := nameObj.(*Str)
	if !ok {
		return nil, vm.typeErrorf("type() argument 1 must be string, not %s", nameObj.Type().Name)
	}
	var bs []*Type
	for _, b := range bases.Items {
		bt, ok := b.(*Type)
		if !ok {
			return nil, vm.typeErrorf("metaclass must be a class, not %s", b.Type().Name)
		}
		if bt.Flags&FlagBaseType == 0 && bt.Flags&FlagHeap == 0 {
			return nil, vm.typeErrorf("type '%s' is not an acceptable base type", bt.Name)
		}
		bs = append(bs, bt)
	}
	for i, b := range bs {
		for _, prev := range bs[:i] {
			if prev == b {
				return nil, vm.typeErrorf("duplicate base class %s", b.Name)
			}
		}
	}
	if len(bs) == 0 && !classic {
		bs = []*Type{ObjectType}
	}
	t := newHeapType()
	t.Header = gcsim.Header{RC: 1}
	t.Name, t.Bases, t.Flags = name.S, bs, FlagHeap|FlagBaseType
	if classic {
		t.Flags |= FlagClassic
		t.Base = ObjectType
		if len(bs) > 0 {
			t.Base = bs[0]
		}
	} else {
		// The base whose layout the instances extend (slots.go); its builtin part decides
		// which Go struct holds them.
		base, msg := bestBase(bs)
		if msg != "" {
			return nil, vm.typeErrorf("%s", msg)
		}
		t.Base = base
	}
	t.Kind = solidBase(t.Base).Kind
	t.New = solidBase(t.Base).New
	if t.New == nil {
		t.New = objectNew
	}
	if classic {
		t.MRO = classicMRO(t)
	} else {
		mro, msg := c3MRO(t)
		if msg != "" {
			return nil, vm.typeErrorf("%s", msg)
		}
		t.MRO = mro
	}
	// Copy the namespace; a plain function __new__ becomes a static method.
	t.Dict = vm.NewDict()
	if err := t.Dict.Merge(vm, dict, true); err != nil {
		vm.Decref(t.Dict)
		return nil, err
	}
	if !classic {
		if err := vm.layoutClass(t); err != nil {
			vm.Decref(t.Dict)
			return nil, err
		}
	}
	if meta != TypeType {
		incref(meta)
		t.Meta = meta
	}
	if nf, ok := t.Dict.GetString("__new__").(*Function); ok {
		sm := &StaticMethod{Header: gcsim.Header{RC: 1}, Func: newRef(nf)}
		vm.track(sm, 24, 0)
		t.Dict.SetString(vm, "__new__", sm)
		vm.Decref(sm)
	}
	if t.Dict.GetString("__doc__") == nil {
		t.Dict.SetString(vm, "__doc__", None)
	}
	for _, b := range bs {
		incref(b)
		b.subclasses = append(b.subclasses, t)
	}
	t.computeFlags()
	t.setLayoutFlags()
	vm.track(t, 256, 0)
	return t, nil
}

// callType calls a class or type: type(x), or __new__ then __init__.
func (vm *VM) callType(cls *Type, args []Object, kwargs *Dict) (Object, *PyError) {
	if cls == TypeType && len(args) == 1 && (kwargs == nil || kwargs.Len() == 0) {
		return newRef(typeOf(args[0])), nil
	}
	if cls.Flags&FlagClassic != 0 {
		inst := vm.newInstance(cls)
		if err := vm.runInit(inst, cls, args, kwargs, true); err != nil {
			vm.Decref(inst)
			return nil, err
		}
		return inst, nil
	}
	var obj Object
	var err *PyError
	newAttr := cls.Lookup(sNew)
	if sm, ok := newAttr.(*StaticMethod); ok {
		all := make([]Object, 0, len(args)+1)
		all = append(all, cls)
		all = append(all, args...)
		obj, err = vm.Call(sm.Func, all, kwargs)
	} else {
		if cls.New == nil {
			return nil, vm.typeErrorf("cannot create '%s' instances", cls.Name)
		}
		obj, err = cls.New(vm, cls, args, kwargs)
	}
	if err != nil {
		return nil, err
	}
	// __init__ runs only when __new__ returned an instance of cls.
	if !obj.Type().IsSubtype(cls) {
		return obj, nil
	}
	if cls == TypeType {
		// type.__init__ takes no keywords, though type.__new__ read them.
		if kwLen(kwargs) > 0 {
			vm.Decref(obj)
			return nil, vm.typeErrorf("type.__init__() takes no keyword arguments")
		}
		return obj, nil
	}
	if err := vm.runInit(obj, obj.Type(), args, kwargs, false); err != nil {
		vm.Decref(obj)
		return nil, err
	}
	return obj, nil
}

// runInit calls type(obj).__init__(obj, *args, **kwargs) when a class defines one, and
// checks it returned None.
func (vm *VM) runInit(obj Object, t *Type, args []Object, kwargs *Dict, classic bool) *PyError {
	init := t.Lookup(sInit)
	if init == nil {
		if classic && (len(args) > 0 || (kwargs != nil && kwargs.Len() > 0)) {
			return vm.typeErrorf("this constructor takes no arguments")
		}
		return nil
	}
	if md, ok := init.(*MethodDescr); ok {
		if md.Owner == ObjectType {
			// object.__init__ reached through type call: object.__new__ already
			// checked the arguments.
			return nil
		}
		if err := vm.refuseKeywords(md.kw, md.Name, kwargs); err != nil {
			return err
		}
		res, err := md.Fn(vm, obj, args, kwargs)
		if err != nil {
			return err
		}
		vm.Decref(res)
		return nil
	}
	var res Object
	var err *PyError
	if f, ok := init.(*Function); ok {
		res, err = vm.callWithSelf(f, obj, args, kwargs)
	} else {
		var bound Object
		bound, err = vm.descrGet(init, obj, t)
		if err == nil {
			res, err = vm.Call(bound, args, kwargs)
			vm.Decref(bound)
		}
	}
	if err != nil {
		return err
	}
	defer vm.Decref(res)
	if res != Object(None) {
		return vm.typeErrorf("__init__() should return None, not '%s'", res.Type().Name)
	}
	return nil
}

// objectInitCheck is object.__init__'s argument check: extra arguments are an error unless
// the class overrides __new__.
func (vm *VM) objectInitCheck(t *Type, args []Object, kwargs *Dict) *PyError {
	if len(args) == 0 && (kwargs == nil || kwargs.Len() == 0) {
		return nil
	}
	_, userInit := t.Lookup(sInit).(*Function)
	_, userNew := t.Lookup(sNew).(*StaticMethod)
	if userInit || (solidBase(t) == ObjectType && !userNew) {
		return vm.typeErrorf("object.__init__() takes no parameters")
	}
	return nil
}

// objectNew is object.__new__: a plain instance, or one with the right native part for
// classes deriving from builtin types.
func objectNew(vm *VM, cls *Type, args []Object, kwargs *Dict) (Object, *PyError) {
	if cls.Flags&FlagHeap == 0 && cls != ObjectType {
		return nil, vm.typeErrorf("object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Name)
	}
	if len(args) > 0 || (kwargs != nil && kwargs.Len() > 0) {
		init := cls.Lookup(sInit)
		if md, ok := init.(*MethodDescr); ok && md.Owner == ObjectType {
			return nil, vm.typeErrorf("object() takes no parameters")
		}
	}
	if cls.Flags&FlagAbstract != 0 {
		return nil, vm.abstractInstantiationError(cls)
	}
	inst := vm.newInstance(cls)
	if cls.Kind == KindException {
		inst.Args = vm.NewTuple(nil)
	}
	return inst, nil
}

// typeOf is type(o): the class, or for classic instances the 'instance' type.
func typeOf(o Object) *Type {
	if c, isClass := o.(*Type); isClass && c.Flags&FlagClassic != 0 {
		return ClassObjType
	}
	t := o.Type()
	if t.Flags&FlagClassic != 0 {
		return InstanceTypeType
	}
	return t
}

// isInstanceOf is isinstance(o, cls) for a single class (and classic classes).
func (vm *VM) isInstanceOf(o Object, cls Object) bool {
	t, ok := cls.(*Type)
	if !ok {
		return false
	}
	return o.Type().IsSubtype(t)
}

// clearHeapType releases a class's references when it dies.
func (vm *VM) clearHeapType(t *Type) {
	for _, b := range t.Bases {
		for i, s := range b.subclasses {
			if s == t {
				b.subclasses = append(b.subclasses[:i], b.subclasses[i+1:]...)
				break
			}
		}
	}
	bases := t.Bases
	t.Bases = nil
	t.MRO = nil
	t.cache = nil
	if t.Dict != nil {
		d := t.Dict
		t.Dict = newDictTable()
		vm.Decref(d)
	}
	for _, b := range bases {
		vm.Decref(b)
	}
	if t.Meta != nil {
		m := t.Meta
		t.Meta = nil
		vm.Decref(m)
	}
}

// abstractInstantiationError is object_new's refusal to instantiate an abstract class: it
// names the abstract methods, sorted.
func (vm *VM) abstractInstantiationError(cls *Type) *PyError {
	methods := cls.Dict.GetString("__abstractmethods__")
	if methods == nil {
		return vm.Raise(AttributeErrorType, "__abstractmethods__")
	}
	names, err := vm.iterateAll(methods)
	if err != nil {
		return err
	}
	l := vm.NewList(names)
	defer vm.Decref(l)
	if err := vm.sortList(l, nil, nil, false); err != nil {
		return err
	}
	parts := make([]string, 0, len(l.Items))
	for _, n := range l.Items {
		s, ok := n.(*Str)
		if !ok {
			return vm.typeErrorf("sequence item %d: expected string, %s found", len(parts), n.Type().Name)
		}
		parts = append(parts, s.S)
	}
	return vm.typeErrorf("Can't instantiate abstract class %s with abstract methods %s", cls.Name, strings.Join(parts, ", "))
}
