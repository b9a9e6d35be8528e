// repr.go implements repr() and str() for every builtin type, with CPython 2.7's forms
// (including the recursion markers [...] and {...}), and the dispatch to __repr__ and
// __str__ of classes.
package vm

import (
	"fmt"
	"strings"

	"handson/interp/syntax"
)

// Repr is repr(o) as a str object (owned).
func (vm *VM) Repr(o Object) (Object, *PyError) {
	s, err := vm.ReprString(o)
	if err != nil {
		return nil, err
	}
	return vm.NewStr(s), nil
}

// ReprString is repr(o) as a Go string.
func (vm *VM) ReprString(o Object) (string, *PyError) {
	switch x := o.(type) {
	case *Str:
		return strRepr(x.S), nil
	case *Int:
		if x == True {
			return "True", nil
		}
		if x == False {
			return "False", nil
		}
		return intRepr(x.V), nil
	case *NoneObject:
		return "None", nil
	case *Float:
		return floatRepr(x.V), nil
	case *Long:
		return x.V.String() + "L", nil
	case *Unicode:
		return unicodeRepr(x.R), nil
	case *List:
		return vm.reprSeq(o, "[", "]", listItems(vm, x), false)
	case *Tuple:
		return vm.reprSeq(o, "(", ")", x.Items, len(x.Items) == 1)
	case *Dict:
		return vm.reprDict(x)
	case *Set:
		return vm.reprSet(o, "set", &x.setTable)
	case *FrozenSet:
		return vm.reprSet(o, "frozenset", &x.setTable)
	case *Instance:
		t := x.Class
		if m := t.Lookup(sRepr); m != nil {
			if _, isBuiltin := m.(*MethodDescr); !isBuiltin {
				return vm.callForString(m, o, t, "__repr__")
			}
		}
		if x.Native != nil && solidBase(t) != ObjectType {
			// set_repr names the object's own type: S([1]) for a subclass S.
			switch n := x.Native.(type) {
			case *Set:
				return vm.reprSet(o, tpName(t), &n.setTable)
			case *FrozenSet:
				return vm.reprSet(o, tpName(t), &n.setTable)
			}
			return vm.ReprString(x.Native)
		}
		if t.IsSubtype(BaseExceptionType) {
			return vm.exceptionRepr(x)
		}
		if t.Flags&FlagClassic != 0 {
			return fmt.Sprintf("<%s instance at %#x>", t.QualName(), objectID(o)), nil
		}
		return fmt.Sprintf("<%s object at %#x>", t.QualName(), objectID(o)), nil
	}
	t := o.Type()
	if m := t.Lookup(sRepr); m != nil {
		if _, isBuiltin := m.(*MethodDescr); !isBuiltin {
			return vm.callForString(m, o, t, "__repr__")
		}
	}
	return vm.builtinRepr(o), nil
}

// callForString calls a __repr__ or __str__ method and checks it returned a string.
func (vm *VM) callForString(m, o Object, t *Type, name string) (string, *PyError) {
	// Constant texts, so that no message is built on every call.
	where := " while getting the str of an object"
	if name == "__repr__" {
		where = " while getting the repr of an object"
	}
	var s string
	_, err := vm.enterRecursive(where, func() (Object, *PyError) {
		r, err := vm.callBound(m, o, t)
		if err != nil {
			return nil, err
		}
		defer vm.Decref(r)
		switch rv := r.(type) {
		case *Str:
			s = rv.S
			return nil, nil
		case *Unicode:
			b, err := vm.encodeASCII(rv.R)
			s = b
			return nil, err
		}
		if inst, ok := r.(*Instance); ok {
			if sv, ok := inst.Native.(*Str); ok {
				s = sv.S
				return nil, nil
			}
		}
		return nil, vm.typeErrorf("%s returned non-string (type %s)", name, r.Type().Name)
	})
	return s, err
}

// builtinRepr is the repr of builtin objects that are not containers or numbers.
func (vm *VM) builtinRepr(o Object) string {
	id := objectID(o)
	switch x := o.(type) {
	case *Type:
		if x.Flags&FlagClassic != 0 {
			// class_repr: the module when __module__ is a str, else "?".
			mod := "?"
			if m, ok := x.Dict.GetString("__module__").(*Str); ok {
				mod = m.S
			}
			return fmt.Sprintf("<class %s.%s at %#x>", mod, x.Name, id)
		}
		kind := "type"
		if x.Flags&FlagHeap != 0 {
			kind = "class"
		}
		mod := x.ModuleName()
		if mod == "__builtin__" || mod == "" {
			return fmt.Sprintf("<%s '%s'>", kind, x.Name)
		}
		return fmt.Sprintf("<%s '%s.%s'>", kind, mod, x.Name)
	case *Function:
		return fmt.Sprintf("<function %s at %#x>", x.nameString(), id)
	case *Method:
		fname := vm.callableName(x.Func)
		if f, ok := x.Func.(*Function); ok {
			fname = f.nameString()
		}
		cname := "?"
		if c, ok := x.Class.(*Type); ok {
			cname = c.Name
		}
		if x.Self == nil {
			return fmt.Sprintf("<unbound method %s.%s>", cname, fname)
		}
		selfRepr, err := vm.ReprString(x.Self)
		if err != nil {
			err.release(vm)
			selfRepr = "?"
		}
		return fmt.Sprintf("<bound method %s.%s of %s>", cname, fname, selfRepr)
	case *Builtin:
		if x.Self == nil {
			return fmt.Sprintf("<built-in function %s>", x.Name)
		}
		if _, isMod := x.Self.(*Module); isMod {
			return fmt.Sprintf("<built-in function %s>", x.Name)
		}
		if isSlotWrapperName(x.Name) && x.kw != kwRefused {
			return fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", x.Name, x.Self.Type().Name, objectID(x.Self))
		}
		return fmt.Sprintf("<built-in method %s of %s object at %#x>", x.Name, x.Self.Type().Name, objectID(x.Self))
	case *MethodDescr:
		// A slot's method (__add__, __len__, next, ...) is a slot wrapper unless the
		// type defines a plain method of that name beside the slot (METH_COEXIST, whose
		// keyword policy is a method's).
		// __new__ is a builtin method of the type; the owner is named by its tp_name
		// (exceptions.KeyError).
		if x.static && x.Name == "__new__" {
			return fmt.Sprintf("<built-in method __new__ of type object at %#x>", objectID(x.Owner))
		}
		if isSlotWrapperName(x.Name) && x.kw != kwRefused {
			return fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", x.Name, x.Owner.QualName())
		}
		return fmt.Sprintf("<method '%s' of '%s' objects>", x.Name, x.Owner.QualName())
	case *GetSetDescr:
		return fmt.Sprintf("<attribute '%s' of '%s' objects>", x.Name, x.Owner.Name)
	case *Module:
		if x.Dict != nil {
			if f, ok := x.Dict.GetString("__file__").(*Str); ok {
				return fmt.Sprintf("<module '%s' from '%s'>", x.Name, f.S)
			}
		}
		return fmt.Sprintf("<module '%s' (built-in)>", x.Name)
	case *Generator:
		name := "?"
		if x.Frame != nil {
			name = x.Frame.Code.Name
		} else if x.code != nil {
			name = x.code.Name
		}
		return fmt.Sprintf("<generator object %s at %#x>", name, id)
	case *Code:
		return fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>", x.Name, id, x.Filename, x.FirstLineNo)
	case *Frame:
		return fmt.Sprintf("<frame object at %#x>", id)
	case *Traceback:
		return fmt.Sprintf("<traceback object at %#x>", id)
	case *Cell:
		if x.V == nil {
			return fmt.Sprintf("<cell at %#x: empty>", id)
		}
		return fmt.Sprintf("<cell at %#x: %s object at %#x>", id, x.V.Type().Name, objectID(x.V))
	case *NotImplementedObject:
		return "NotImplemented"
	case *EllipsisObject:
		return "Ellipsis"
	case *Set:
		s, err := vm.reprSet(o, "set", &x.setTable)
		if err != nil {
			err.release(vm)
		}
		return s
	case *FrozenSet:
		s, err := vm.reprSet(o, "frozenset", &x.setTable)
		if err != nil {
			err.release(vm)
		}
		return s
	case *Complex:
		return syntax.ReprNumber(x.V)
	case *Slice:
		a, _ := vm.ReprString(x.Start)
		b, _ := vm.ReprString(x.Stop)
		c, _ := vm.ReprString(x.Step)
		return fmt.Sprintf("slice(%s, %s, %s)", a, b, c)
	case *XRange:
		return xrangeRepr(x)
	case *WeakRef:
		if x.target == nil {
			return fmt.Sprintf("<weakref at %#x; dead>", id)
		}
		return fmt.Sprintf("<weakref at %#x; to '%s' at %#x>", id, x.target.Type().Name, objectID(x.target))
	case *StaticMethod:
		return fmt.Sprintf("<staticmethod object at %#x>", id)
	case *ClassMethod:
		return fmt.Sprintf("<classmethod object at %#x>", id)
	case *Property:
		return fmt.Sprintf("<property object at %#x>", id)
	case *File:
		return x.repr(id)
	case *superObj:
		// super_repr names the types by tp_name; an unbound super has NULL for the object.
		name := "NULL"
		if x.typ != nil {
			name = tpName(x.typ)
		}
		if x.objType == nil {
			return fmt.Sprintf("<super: <class '%s'>, NULL>", name)
		}
		return fmt.Sprintf("<super: <class '%s'>, <%s object>>", name, tpName(x.objType))
	}
	return fmt.Sprintf("<%s object at %#x>", o.Type().Name, id)
}

// tpName is a type's tp_name: a class's bare name, a builtin type's name with its module
// unless that is __builtin__ (exceptions.KeyError).
func tpName(t *Type) string {
	if t.Flags&FlagHeap != 0 {
		return t.Name
	}
	return t.QualName()
}

// nameString is the function's __name__ as a Go string.
func (f *Function) nameString() string {
	if s, ok := f.Name.(*Str); ok {
		return s.S
	}
	return f.Code.Name
}

// listItems returns a list's items, making a lazily backed list real first.
func listItems(vm *VM, l *List) []Object {
	l.materialize(vm)
	return l.Items
}

// reprEnter and reprLeave guard against infinite recursion in the repr of containers that
// contain themselves (Py_ReprEnter).
func (vm *VM) reprEnter(o Object) bool {
	id := objectID(o)
	for _, x := range vm.reprStack {
		if x == id {
			return false
		}
	}
	vm.reprStack = append(vm.reprStack, id)
	return true
}

func (vm *VM) reprLeave() { vm.reprStack = vm.reprStack[:len(vm.reprStack)-1] }

func (vm *VM) reprSeq(o Object, open, close string, items []Object, trailingComma bool) (string, *PyError) {
	if len(items) == 0 {
		return open + close, nil
	}
	if !vm.reprEnter(o) {
		return open + "..." + close, nil
	}
	defer vm.reprLeave()
	var b strings.Builder
	b.WriteString(open)
	for i := 0; i < len(items); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		it := items[i]
		incref(it)
		s, err := vm.reprNested(it)
		vm.Decref(it)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	if trailingComma {
		b.WriteByte(',')
	}
	b.WriteString(close)
	return b.String(), nil
}

// reprNested is repr of an item inside a container, counting recursion depth.
func (vm *VM) reprNested(o Object) (string, *PyError) {
	vm.depth++
	defer func() { vm.depth-- }()
	if vm.depth > vm.recursionLimit {
		return "", vm.Raise(RuntimeErrorType, "maximum recursion depth exceeded while getting the repr of an object")
	}
	return vm.ReprString(o)
}

func (vm *VM) reprDict(d *Dict) (string, *PyError) {
	if d.used == 0 {
		return "{}", nil
	}
	if !vm.reprEnter(d) {
		return "{...}", nil
	}
	defer vm.reprLeave()
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for i := 0; i < len(d.table); i++ {
		e := d.table[i]
		if e.value == nil {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		incref(e.key)
		incref(e.value)
		ks, err := vm.reprNested(e.key)
		if err == nil {
			var vs string
			vs, err = vm.reprNested(e.value)
			ks += ": " + vs
		}
		vm.Decref(e.key)
		vm.Decref(e.value)
		if err != nil {
			return "", err
		}
		b.WriteString(ks)
	}
	b.WriteByte('}')
	return b.String(), nil
}

func (vm *VM) reprSet(o Object, name string, st *setTable) (string, *PyError) {
	if st.used == 0 {
		return name + "([])", nil
	}
	if !vm.reprEnter(o) {
		return name + "(...)", nil
	}
	defer vm.reprLeave()
	keys := st.keys()
	var b strings.Builder
	b.WriteString(name)
	b.WriteString("([")
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := vm.reprNested(k)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString("])")
	return b.String(), nil
}

// strRepr is repr() of a str: single quotes unless the string contains ' and no ". The
// literal dumper in interp/syntax writes the same form, so there is one implementation.
func strRepr(s string) string { return syntax.ReprStr(s) }

// unicodeRepr is repr() of a unicode string (see strRepr).
func unicodeRepr(r []rune) string { return syntax.ReprUnicode(r) }

// Str is str(o) as a str object (owned).
func (vm *VM) Str(o Object) (Object, *PyError) {
	if s, ok := o.(*Str); ok {
		return newRef(s), nil
	}
	s, err := vm.StrString(o)
	if err != nil {
		return nil, err
	}
	return vm.NewStr(s), nil
}

// StrString is str(o) as a Go string.
func (vm *VM) StrString(o Object) (string, *PyError) {
	switch x := o.(type) {
	case *Str:
		return x.S, nil
	case *Int:
		if x == True || x == False {
			return vm.ReprString(o)
		}
		return intRepr(x.V), nil
	case *Float:
		return floatStr(x.V), nil
	case *Long:
		return x.V.String(), nil
	case *Unicode:
		return vm.encodeASCII(x.R)
	case *Complex:
		return syntax.ReprNumber(x.V), nil
	case *Type:
		if x.Flags&FlagClassic != 0 {
			// class_str: MODULE.NAME, or the bare name when __module__ is not a str.
			if m, ok := x.Dict.GetString("__module__").(*Str); ok {
				return m.S + "." + x.Name, nil
			}
			return x.Name, nil
		}
	case *Instance:
		t := x.Class
		if m := t.Lookup(sStr); m != nil {
			if _, isBuiltin := m.(*MethodDescr); !isBuiltin {
				return vm.callForString(m, o, t, "__str__")
			}
		}
		if t.IsSubtype(BaseExceptionType) {
			return vm.exceptionStr(x)
		}
		if x.Native != nil && solidBase(t) != ObjectType {
			// Containers have no str of their own (CPython's object_str calls
			// repr, so a subclass's __repr__ counts); strings and numbers have one.
			switch x.Native.(type) {
			case *Str, *Unicode, *Int, *Long, *Float, *Complex:
				return vm.StrString(x.Native)
			}
			return vm.ReprString(o)
		}
		return vm.ReprString(o)
	}
	t := o.Type()
	if m := t.Lookup(sStr); m != nil {
		if _, isBuiltin := m.(*MethodDescr); !isBuiltin {
			return vm.callForString(m, o, t, "__str__")
		}
	}
	return vm.ReprString(o)
}

// encodeASCII is unicode → str with the default (ascii) codec, with the codec's errors.
func (vm *VM) encodeASCII(r []rune) (string, *PyError) {
	for _, c := range r {
		if c >= 0x80 {
			o, err := vm.encodeRunes(r, codecASCII, "strict", nil)
			if err != nil {
				return "", err
			}
			defer vm.Decref(o)
			return o.(*Str).S, nil
		}
	}
	b := make([]byte, len(r))
	for i, c := range r {
		b[i] = byte(c)
	}
	return string(b), nil
}

// decodeASCII is str → unicode with the default (ascii) codec.
func (vm *VM) decodeASCII(s string) ([]rune, *PyError) {
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return nil, vm.Raisef(UnicodeDecodeErrorType, "'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", s[i], i)
		}
		r[i] = rune(s[i])
	}
	return r, nil
}
