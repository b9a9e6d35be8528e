// attr.go implements attribute access: the generic lookup of new-style classes (data
// descriptors on the type, then the instance dict, then other descriptors and class
// attributes, then __getattr__), the lookup on class objects (which makes Python 2's
// unbound methods), modules, and the descriptor protocol (functions, staticmethod,
// classmethod, property, builtin methods, getset descriptors, user descriptors).
package vm

import (
	"handson/gcsim"
)

// GetSetDescr is a computed attribute of a builtin type (int.real, file.closed,
// function.__name__, ...): a data descriptor implemented in Go.
type GetSetDescr struct {
	gcsim.Header
	Name  string
	Owner *Type
	Get   func(vm *VM, o Object) (Object, *PyError)
	Set   func(vm *VM, o Object, v Object) *PyError // v nil means delete; nil Set: read-only
}

func (*GetSetDescr) Type() *Type { return GetSetDescrType }

// GetAttr is getattr(o, name); the result is owned.
func (vm *VM) GetAttr(o Object, name *Str) (Object, *PyError) {
	switch x := o.(type) {
	case *Instance:
		// A classic class's __getattribute__ is an ordinary method.
		if x.Class.Flags&(FlagCustomAttrs|FlagClassic) != FlagCustomAttrs {
			return vm.genericGetAttr(o, x.Class, name, x.Dict)
		}
	case *Module:
		if x.Dict != nil {
			if v := x.Dict.GetStr(name); v != nil {
				incref(v)
				return v, nil
			}
		}
		if name.S == "__dict__" && x.Dict != nil {
			return newRef(x.Dict), nil
		}
		if x == vm.sys {
			if v, err := vm.lazySysAttr(name.S); v != nil || err != nil {
				return v, err
			}
		}
		return nil, vm.Raisef(AttributeErrorType, "'module' object has no attribute '%s'", name.S)
	case *Type:
		return vm.typeGetAttr(x, name)
	case *superObj:
		return vm.superGetAttr(x, name)
	}
	t := o.Type()
	if t.Flags&FlagCustomAttrs != 0 {
		if ga := t.Lookup(sGetattribute); ga != nil {
			if _, isDefault := ga.(*MethodDescr); !isDefault {
				res, err := vm.callBound(ga, o, t, name)
				if err != nil && err.Matches(AttributeErrorType) && t.Flags&FlagHasGetattr != 0 {
					err.release(vm)
					return vm.callGetattrHook(o, t, name)
				}
				return res, err
			}
		}
	}
	return vm.genericGetAttr(o, t, name, instanceDict(o))
}

// instanceDict returns the __dict__ of objects that have one (borrowed), else nil.
func instanceDict(o Object) *Dict {
	switch x := o.(type) {
	case *Instance:
		return x.Dict
	case *Function:
		return x.Dict
	}
	return nil
}

// genericGetAttr is PyObject_GenericGetAttr plus the __getattr__ fallback.
func (vm *VM) genericGetAttr(o Object, t *Type, name *Str, dict *Dict) (Object, *PyError) {
	if t.Flags&FlagClassic != 0 {
		if inst, ok := o.(*Instance); ok {
			return vm.classicGetAttr(inst, t, name)
		}
	}
	descr := t.Lookup(name)
	if descr != nil && isDataDescriptor(descr) {
		res, err := vm.descrGet(descr, o, t)
		if err != nil && t.Flags&FlagHasGetattr != 0 {
			return vm.getattrAfterDescriptor(o, t, name, err)
		}
		return res, err
	}
	if dict != nil {
		if v := dict.GetStr(name); v != nil {
			incref(v)
			return v, nil
		}
	}
	if descr != nil {
		res, err := vm.descrGet(descr, o, t)
		if err != nil && t.Flags&FlagHasGetattr != 0 {
			return vm.getattrAfterDescriptor(o, t, name, err)
		}
		return res, err
	}
	if t.Flags&FlagClassic != 0 {
		// Old-style instances have no object base; these two come from the instance.
		switch name.S {
		case "__class__":
			return newRef(t), nil
		case "__dict__":
			if inst, ok := o.(*Instance); ok {
				return newRef(inst.dict(vm)), nil
			}
		}
	}
	if t.Flags&FlagHasGetattr != 0 {
		return vm.callGetattrHook(o, t, name)
	}
	return nil, vm.attributeError(o, name)
}

// classicGetAttr is instance_getattr: __dict__ and __class__, then the instance dict, then
// the class and its bases (a descriptor found there only gets its __get__: a property's
// setter never runs for classic instances, and the instance dict comes first), then
// __getattr__ for any AttributeError.
func (vm *VM) classicGetAttr(inst *Instance, t *Type, name *Str) (Object, *PyError) {
	switch name.S {
	case "__dict__":
		return newRef(inst.dict(vm)), nil
	case "__class__":
		return newRef(t), nil
	}
	if inst.Dict != nil {
		if v := inst.Dict.GetStr(name); v != nil {
			return newRef(v), nil
		}
	}
	var res Object
	var err *PyError
	if v := t.Lookup(name); v != nil {
		res, err = vm.descrGet(v, inst, t)
	} else {
		err = vm.attributeError(inst, name)
	}
	if err != nil && t.Flags&FlagHasGetattr != 0 {
		return vm.getattrAfterDescriptor(inst, t, name, err)
	}
	return res, err
}

// getattrAfterDescriptor handles a descriptor's error (an unset slot, a property's
// getter) in a class with __getattr__: an AttributeError gives __getattr__ its turn.
func (vm *VM) getattrAfterDescriptor(o Object, t *Type, name *Str, err *PyError) (Object, *PyError) {
	if !err.Matches(AttributeErrorType) {
		return nil, err
	}
	err.release(vm)
	return vm.callGetattrHook(o, t, name)
}

// attributeError is the AttributeError for a missing attribute, worded as CPython words it
// for the kind of object.
func (vm *VM) attributeError(o Object, name *Str) *PyError {
	t := o.Type()
	if t.Flags&FlagClassic != 0 {
		return vm.Raisef(AttributeErrorType, "%s instance has no attribute '%s'", t.Name, name.S)
	}
	return vm.Raisef(AttributeErrorType, "'%s' object has no attribute '%s'", cTypeName(t), name.S)
}

// callGetattrHook calls type(o).__getattr__(o, name).
func (vm *VM) callGetattrHook(o Object, t *Type, name *Str) (Object, *PyError) {
	hook := t.Lookup(sGetattr)
	if hook == nil {
		return nil, vm.attributeError(o, name)
	}
	return vm.callBound(hook, o, t, name)
}

// callBound calls descriptor d bound to o with args (all borrowed).
func (vm *VM) callBound(d, o Object, t *Type, args ...Object) (Object, *PyError) {
	if f, ok := d.(*Function); ok {
		return vm.callWithSelf(f, o, args, nil)
	}
	bound, err := vm.descrGet(d, o, t)
	if err != nil {
		return nil, err
	}
	defer vm.Decref(bound)
	return vm.Call(bound, args, nil)
}

// isDataDescriptor reports whether d defines __set__ (or __delete__): such descriptors on
// a class take precedence over the instance dict.
func isDataDescriptor(d Object) bool {
	switch x := d.(type) {
	case *Property, *GetSetDescr, *MemberDescr:
		return true
	case *Function, *StaticMethod, *ClassMethod, *MethodDescr, *Str, *Int, *Builtin, *Tuple, *List, *Dict, *NoneObject:
		return false
	case *Instance:
		t := x.Class
		return t.Lookup(internedSet) != nil || t.Lookup(internedDelete) != nil
	}
	return false
}

var (
	internedSet    = NewStrConst("__set__")
	internedDelete = NewStrConst("__delete__")
	internedGet    = NewStrConst("__get__")
)

// descrGet is the descriptor protocol's __get__: d found on type t, accessed through o
// (nil when accessed on the class itself). Objects that are not descriptors come back as
// they are. The result is owned.
func (vm *VM) descrGet(d Object, o Object, t *Type) (Object, *PyError) {
	switch x := d.(type) {
	case *Function:
		if o == nil {
			return vm.newMethod(x, nil, t), nil
		}
		return vm.newMethod(x, o, t), nil
	case *MethodDescr:
		if x.static {
			return newRef(x), nil
		}
		if x.classMethod {
			return &Builtin{Header: gcsim.Header{RC: 1}, Name: x.Name, Fn: x.Fn, Self: newRef(t), kw: x.kw}, nil
		}
		if o == nil {
			return newRef(x), nil
		}
		return &Builtin{Header: gcsim.Header{RC: 1}, Name: x.Name, Fn: x.Fn, Self: newRef(o), kw: x.kw}, nil
	case *GetSetDescr:
		if o == nil {
			return newRef(x), nil
		}
		if err := vm.refuseObjectDict(x, o); err != nil {
			return nil, err
		}
		return x.Get(vm, o)
	case *MemberDescr:
		if o == nil {
			return newRef(x), nil
		}
		return vm.memberGet(x, o)
	case *StaticMethod:
		return newRef(x.Func), nil
	case *ClassMethod:
		return vm.newMethod(x.Func, t, t.Type()), nil
	case *Property:
		if o == nil {
			return newRef(x), nil
		}
		if x.Get == nil {
			return nil, vm.Raise(AttributeErrorType, "unreadable attribute")
		}
		return vm.Call(x.Get, []Object{o}, nil)
	case *Instance:
		get := x.Class.Lookup(internedGet)
		if get == nil {
			return newRef(d), nil
		}
		var inst Object = None
		if o != nil {
			inst = o
		}
		return vm.callBound(get, d, x.Class, inst, t)
	}
	return newRef(d), nil
}

// bindDescriptor binds d (found on t) to o; the result is owned.
func (vm *VM) bindDescriptor(d Object, o Object, t *Type) (Object, *PyError) {
	return vm.descrGet(d, o, t)
}

// typeGetAttr is getattr on a class or type object.
func (vm *VM) typeGetAttr(t *Type, name *Str) (Object, *PyError) {
	meta := t.Type()
	metaAttr := meta.Lookup(name)
	if metaAttr != nil && isDataDescriptor(metaAttr) {
		return vm.descrGet(metaAttr, t, meta)
	}
	if attr := t.Lookup(name); attr != nil {
		return vm.descrGet(attr, nil, t)
	}
	if metaAttr != nil {
		return vm.descrGet(metaAttr, t, meta)
	}
	if meta.Flags&FlagHasGetattr != 0 {
		return vm.callGetattrHook(t, meta, name)
	}
	if t.Flags&FlagClassic != 0 {
		return nil, vm.Raisef(AttributeErrorType, "class %s has no attribute '%s'", t.Name, name.S)
	}
	return nil, vm.Raisef(AttributeErrorType, "type object '%s' has no attribute '%s'", cTypeName(t), name.S)
}

// SetAttr is setattr(o, name, v), or delattr when v is nil.
func (vm *VM) SetAttr(o Object, name *Str, v Object) *PyError {
	name = vm.internStr(name)
	switch x := o.(type) {
	case *Instance:
		if x.Class.Flags&FlagCustomAttrs == 0 {
			return vm.genericSetAttr(x, x.Class, name, v)
		}
	case *Type:
		return vm.typeSetAttr(x, name, v)
	case *Module:
		if v == nil {
			found, err := x.Dict.DelItem(vm, name)
			if err == nil && !found {
				err = vm.Raise(AttributeErrorType, name.S)
			}
			return err
		}
		x.Dict.SetStr(vm, name, v)
		return nil
	}
	t := o.Type()
	if t.Flags&FlagCustomAttrs != 0 {
		hookName := sSetattr
		if v == nil {
			hookName = sDelattr
		}
		if hook := t.Lookup(hookName); hook != nil {
			if _, isDefault := hook.(*MethodDescr); !isDefault {
				var res Object
				var err *PyError
				if v == nil {
					res, err = vm.callBound(hook, o, t, name)
				} else {
					res, err = vm.callBound(hook, o, t, name, v)
				}
				if err != nil {
					return err
				}
				vm.Decref(res)
				return nil
			}
		}
		if inst, ok := o.(*Instance); ok {
			return vm.genericSetAttr(inst, t, name, v)
		}
	}
	// Builtin objects: only data descriptors of their type (and function attributes).
	descr := t.Lookup(name)
	if descr != nil && isDataDescriptor(descr) {
		return vm.descrSet(descr, o, name, v)
	}
	if f, ok := o.(*Function); ok {
		if v == nil {
			if f.Dict == nil {
				return vm.Raise(AttributeErrorType, name.S)
			}
			found, err := f.Dict.DelItem(vm, name)
			if err == nil && !found {
				err = vm.Raise(AttributeErrorType, name.S)
			}
			return err
		}
		if f.Dict == nil {
			f.Dict = vm.NewDict()
		}
		f.Dict.SetStr(vm, name, v)
		return nil
	}
	if descr != nil {
		return vm.Raisef(AttributeErrorType, "'%s' object attribute '%s' is read-only", cTypeName(t), name.S)
	}
	return vm.Raisef(AttributeErrorType, "'%s' object has no attribute '%s'", cTypeName(t), name.S)
}

// genericSetAttr is PyObject_GenericSetAttr for instances: a data descriptor on the class
// wins, else the instance dict.
func (vm *VM) genericSetAttr(x *Instance, t *Type, name *Str, v Object) *PyError {
	descr := t.Lookup(name)
	if t.Flags&FlagClassic != 0 {
		switch name.S {
		case "__dict__", "__class__":
			return vm.setClassicSpecial(x, name.S, v)
		}
		// instance_setattr1: the instance dict, whatever the class holds.
		descr = nil
	}
	if descr != nil && isDataDescriptor(descr) {
		return vm.descrSet(descr, x, name, v)
	}
	if v == nil {
		newStyle := t.Flags&FlagClassic == 0
		if x.Dict != nil {
			found, err := x.Dict.DelItem(vm, name)
			if err != nil || found {
				return err
			}
			if newStyle {
				return vm.Raise(AttributeErrorType, name.S) // the dict's KeyError, reworded
			}
		} else if newStyle && descr != nil {
			return vm.Raisef(AttributeErrorType, "'%s' object attribute '%s' is read-only", cTypeName(t), name.S)
		}
		return vm.attributeError(x, name)
	}
	if x.Dict == nil && !instanceHasDict(t) {
		// A class with __slots__ and no __dict__: only the slots can be set.
		if descr != nil {
			return vm.Raisef(AttributeErrorType, "'%s' object attribute '%s' is read-only", cTypeName(t), name.S)
		}
		return vm.attributeError(x, name)
	}
	x.dict(vm).SetStr(vm, name, v)
	return nil
}

// setClassicSpecial is instance_setattr for __dict__ (a dict) and __class__ (a classic
// class), which cannot be deleted.
func (vm *VM) setClassicSpecial(x *Instance, name string, v Object) *PyError {
	if name == "__dict__" {
		d, ok := v.(*Dict)
		if !ok {
			return vm.typeErrorf("__dict__ must be set to a dictionary")
		}
		old := x.Dict
		x.Dict = newRef(d).(*Dict)
		if old != nil {
			vm.Decref(old)
		}
		return nil
	}
	c, ok := v.(*Type)
	if !ok || c.Flags&FlagClassic == 0 {
		return vm.typeErrorf("__class__ must be set to a class")
	}
	old := x.Class
	x.Class = newRef(c).(*Type)
	vm.Decref(old)
	return nil
}

// descrSet calls a data descriptor's __set__ (or __delete__ when v is nil).
func (vm *VM) descrSet(d Object, o Object, name *Str, v Object) *PyError {
	switch x := d.(type) {
	case *Property:
		fn := x.Set
		if v == nil {
			fn = x.Del
		}
		if fn == nil {
			if v == nil {
				return vm.Raise(AttributeErrorType, "can't delete attribute")
			}
			return vm.Raise(AttributeErrorType, "can't set attribute")
		}
		args := []Object{o}
		if v != nil {
			args = append(args, v)
		}
		res, err := vm.Call(fn, args, nil)
		if err != nil {
			return err
		}
		vm.Decref(res)
		return nil
	case *GetSetDescr:
		if x.Set == nil {
			return vm.Raisef(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", x.Name, cTypeName(x.Owner))
		}
		if err := vm.refuseObjectDict(x, o); err != nil {
			return err
		}
		return x.Set(vm, o, v)
	case *MemberDescr:
		return vm.memberSet(x, o, v)
	case *Instance:
		hookName := internedSet
		if v == nil {
			hookName = internedDelete
		}
		hook := x.Class.Lookup(hookName)
		if hook == nil {
			return vm.Raise(AttributeErrorType, "__delete__")
		}
		var res Object
		var err *PyError
		if v == nil {
			res, err = vm.callBound(hook, x, x.Class, o)
		} else {
			res, err = vm.callBound(hook, x, x.Class, o, v)
		}
		if err != nil {
			return err
		}
		vm.Decref(res)
		return nil
	}
	return vm.Raisef(AttributeErrorType, "can't set attribute '%s'", name.S)
}

// typeSetAttr sets an attribute on a class, keeping lookup caches and derived flags right.
func (vm *VM) typeSetAttr(t *Type, name *Str, v Object) *PyError {
	if t.Flags&FlagHeap == 0 {
		return vm.typeErrorf("can't set attributes of built-in/extension type '%s'", cTypeName(t))
	}
	meta := t.Type()
	if d := meta.Lookup(name); d != nil && isDataDescriptor(d) {
		return vm.descrSet(d, t, name, v)
	}
	if v == nil {
		found, err := t.Dict.DelItem(vm, name)
		if err != nil {
			return err
		}
		if !found {
			return vm.Raise(AttributeErrorType, name.S)
		}
	} else {
		t.Dict.SetStr(vm, name, v)
	}
	t.invalidate()
	vm.refreshFlags(t)
	return nil
}

// refreshFlags recomputes the derived flags of t and its subclasses after a change.
func (vm *VM) refreshFlags(t *Type) {
	t.computeFlags()
	t.setLayoutFlags()
	for _, s := range t.subclasses {
		vm.refreshFlags(s)
	}
}

// lookupSpecialBound looks a special method up on o's type (not the instance) and binds
// it; nil when absent. The result is owned.
func (vm *VM) lookupSpecialBound(o Object, name *Str) (Object, *PyError) {
	t := o.Type()
	d := t.Lookup(name)
	if d == nil {
		if inst, ok := o.(*Instance); ok && t.Flags&FlagClassic != 0 {
			// Old-style instances look special methods up on the instance too.
			return vm.classicMethod(inst, name)
		}
		return nil, nil
	}
	return vm.descrGet(d, o, t)
}

// HasAttr is hasattr(o, name): true unless getattr raises (Python 2 swallows every
// exception here, not only AttributeError).
func (vm *VM) HasAttr(o Object, name *Str) (bool, *PyError) {
	v, err := vm.GetAttr(o, name)
	if err != nil {
		if err.Matches(ExceptionType) {
			err.release(vm)
			return false, nil
		}
		return false, err
	}
	vm.Decref(v)
	return true, nil
}
