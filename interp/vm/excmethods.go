// excmethods.go defines the methods of BaseException and the special behaviour of some
// builtin exceptions (KeyError's str, EnvironmentError's errno/strerror/filename,
// SyntaxError's location fields, SystemExit's code).
package vm

import (
	"path/filepath"
	"strconv"
	"strings"
)

// exceptionSpec is BaseException's type table.
func exceptionSpec() typeSpec {
	// As in 2.7, __new__ leaves args empty; BaseException.__init__ sets them, so a class
	// whose __init__ does not call the base one has empty args.
	BaseExceptionType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		inst := vm.newInstance(cls)
		inst.Args = vm.NewTuple(nil)
		return inst, nil
	}
	return typeSpec{
		t: BaseExceptionType,
		methods: []methodDef{
			{name: "__init__", fn: excInit, keywords: true},
			{name: "__str__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				s, err := vm.exceptionStr(self.(*Instance))
				if err != nil {
					return nil, err
				}
				return vm.NewStr(s), nil
			}},
			{name: "__repr__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				s, err := vm.exceptionRepr(self.(*Instance))
				if err != nil {
					return nil, err
				}
				return vm.NewStr(s), nil
			}},
			{name: "__unicode__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				a := excArgsOrEmpty(self)
				switch len(a.Items) {
				case 0:
					return vm.NewUnicode(nil), nil
				case 1:
					return vm.toUnicode(a.Items[0])
				}
				return vm.toUnicode(a)
			}},
			{name: "__reduce__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				// (type, args), or (type, args, dict) when the instance has attributes.
				inst := self.(*Instance)
				if inst.Dict != nil && inst.Dict.Len() > 0 {
					return vm.NewTupleRefs(inst.Class, excArgsOrEmpty(inst), inst.Dict), nil
				}
				return vm.NewTupleRefs(inst.Class, excArgsOrEmpty(inst)), nil
			}},
			{name: "__setstate__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.methodArgO("__setstate__", args); err != nil {
					return nil, err
				}
				if args[0] == Object(None) {
					return noneRef(), nil
				}
				state, ok := args[0].(*Dict)
				if !ok {
					return nil, vm.typeErrorf("state is not a dictionary")
				}
				for _, kv := range state.Items() {
					name, ok := kv[0].(*Str)
					if !ok {
						return nil, vm.typeErrorf("attribute name must be string, not '%s'", kv[0].Type().Name)
					}
					incref(name)
					incref(kv[1])
					err := vm.SetAttr(self, name, kv[1])
					vm.Decref(name)
					vm.Decref(kv[1])
					if err != nil {
						return nil, err
					}
				}
				return noneRef(), nil
			}},
			{name: "__getslice__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if len(args) != 2 {
					return nil, vm.typeErrorf("__getslice__ expected 2 arguments, got %d", len(args))
				}
				return vm.getSlice(excArgsOrEmpty(self), args[0], args[1])
			}},
			{name: "__getitem__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if len(args) != 1 {
					return nil, vm.typeErrorf("__getitem__ expected 1 arguments, got %d", len(args))
				}
				return vm.GetItem(excArgsOrEmpty(self), args[0])
			}},
		},
		getsets: []getsetDef{
			{name: "args", get: func(vm *VM, o Object) (Object, *PyError) {
				return newRef(excArgsOrEmpty(o)), nil
			}, set: func(vm *VM, o Object, v Object) *PyError {
				if v == nil {
					return vm.typeErrorf("args may not be deleted")
				}
				items, err := vm.iterateAll(v)
				if err != nil {
					return err
				}
				inst := o.(*Instance)
				old := inst.Args
				inst.Args = vm.NewTuple(items)
				if old != nil {
					vm.Decref(old)
				}
				return nil
			}},
			{name: "message", get: func(vm *VM, o Object) (Object, *PyError) {
				inst := o.(*Instance)
				if inst.Dict != nil {
					if m := inst.Dict.GetString("message"); m != nil {
						return newRef(m), nil
					}
				}
				a := excArgsOrEmpty(o)
				if len(a.Items) == 1 {
					return newRef(a.Items[0]), nil
				}
				return vm.NewStr(""), nil
			}, set: func(vm *VM, o Object, v Object) *PyError {
				inst := o.(*Instance)
				if v == nil {
					if inst.Dict != nil {
						inst.Dict.DelItem(vm, vm.Intern("message"))
					}
					return nil
				}
				inst.dict(vm).SetString(vm, "message", v)
				return nil
			}},
			{name: "__dict__", get: func(vm *VM, o Object) (Object, *PyError) {
				return newRef(o.(*Instance).dict(vm)), nil
			}},
		},
		doc: "Common base class for all exceptions",
	}
}

// exceptionSubclassMethods gives the __init__ of the builtin exceptions that store fields.
func exceptionSubclassMethods(t *Type) []methodDef {
	switch t {
	case EnvironmentErrorType:
		return []methodDef{{name: "__init__", fn: envErrorInit, keywords: true}, {name: "__str__", fn: envErrorStrMethod}}
	case SyntaxErrorType:
		return []methodDef{{name: "__init__", fn: syntaxErrorInit, keywords: true}}
	case SystemExitType:
		return []methodDef{{name: "__init__", fn: systemExitInit, keywords: true}}
	case UnicodeDecodeErrorType, UnicodeEncodeErrorType, UnicodeTranslateErrorType:
		return []methodDef{{name: "__init__", fn: unicodeErrorInit, keywords: true}, {name: "__str__", fn: envErrorStrMethod}}
	case KeyErrorType:
		return []methodDef{{name: "__str__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			s, err := vm.exceptionStr(self.(*Instance))
			if err != nil {
				return nil, err
			}
			return vm.NewStr(s), nil
		}}}
	}
	return nil
}

func excArgsOrEmpty(o Object) *Tuple {
	if a := excArgs(o); a != nil {
		return a
	}
	return emptyTuple
}

// excInit is BaseException.__init__: args become the args tuple. It takes keywords only to
// refuse them with _PyArg_NoKeywords's message, which names the type by its tp_name.
func excInit(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	inst, ok := self.(*Instance)
	if !ok {
		return nil, vm.typeErrorf("descriptor '__init__' requires a 'exceptions.BaseException' object")
	}
	if err := vm.pyArgNoKeywords(cTypeName(inst.Class), kw); err != nil {
		return nil, err
	}
	old := inst.Args
	inst.Args = vm.NewTupleRefs(args...)
	if old != nil {
		vm.Decref(old)
	}
	return noneRef(), nil
}

// envErrorInit is EnvironmentError.__init__: with 2 or 3 args it sets errno, strerror and
// filename (args keeps only the first two when a filename is given).
func envErrorInit(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if _, err := excInit(vm, self, args, kw); err != nil {
		return nil, err
	}
	inst := self.(*Instance)
	d := inst.dict(vm)
	d.SetString(vm, "errno", None)
	d.SetString(vm, "strerror", None)
	d.SetString(vm, "filename", None)
	if len(args) >= 2 && len(args) <= 3 {
		d.SetString(vm, "errno", args[0])
		d.SetString(vm, "strerror", args[1])
		if len(args) == 3 {
			d.SetString(vm, "filename", args[2])
			old := inst.Args
			inst.Args = vm.NewTupleRefs(args[0], args[1])
			vm.Decref(old)
		}
	}
	return noneRef(), nil
}

func envErrorStrMethod(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	s, err := vm.exceptionStr(self.(*Instance))
	if err != nil {
		return nil, err
	}
	return vm.NewStr(s), nil
}

// syntaxErrorInit is SyntaxError.__init__(msg, (filename, lineno, offset, text)).
func syntaxErrorInit(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if _, err := excInit(vm, self, args, kw); err != nil {
		return nil, err
	}
	inst := self.(*Instance)
	d := inst.dict(vm)
	for _, n := range []string{"msg", "filename", "lineno", "offset", "text", "print_file_and_line"} {
		d.SetString(vm, n, None)
	}
	if len(args) >= 1 {
		d.SetString(vm, "msg", args[0])
	}
	if len(args) == 2 {
		info, ok := args[1].(*Tuple)
		if !ok || len(info.Items) != 4 {
			return nil, vm.Raise(IndexErrorType, "tuple index out of range")
		}
		for i, n := range []string{"filename", "lineno", "offset", "text"} {
			d.SetString(vm, n, info.Items[i])
		}
	}
	return noneRef(), nil
}

// systemExitInit sets SystemExit.code: None, the single argument, or the args tuple.
func systemExitInit(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if _, err := excInit(vm, self, args, kw); err != nil {
		return nil, err
	}
	inst := self.(*Instance)
	var code Object = None
	switch len(args) {
	case 0:
	case 1:
		code = args[0]
	default:
		code = inst.Args
	}
	inst.dict(vm).SetString(vm, "code", code)
	return noneRef(), nil
}

// exceptionStr is str(exc) for the builtin exceptions.
func (vm *VM) exceptionStr(inst *Instance) (string, *PyError) {
	t := inst.Class
	args := excArgsOrEmpty(inst)
	d := inst.Dict
	switch {
	case t.IsSubtype(KeyErrorType) && len(args.Items) == 1:
		return vm.ReprString(args.Items[0])
	case t.IsSubtype(EnvironmentErrorType) && d != nil:
		errno, strerror, filename := d.GetString("errno"), d.GetString("strerror"), d.GetString("filename")
		if filename != nil && filename != Object(None) {
			e, err := vm.StrString(orNone(errno))
			if err != nil {
				return "", err
			}
			s, err := vm.StrString(orNone(strerror))
			if err != nil {
				return "", err
			}
			f, err := vm.ReprString(filename)
			if err != nil {
				return "", err
			}
			return "[Errno " + e + "] " + s + ": " + f, nil
		}
		if errno != nil && errno != Object(None) && strerror != nil && strerror != Object(None) {
			e, err := vm.StrString(errno)
			if err != nil {
				return "", err
			}
			s, err := vm.StrString(strerror)
			if err != nil {
				return "", err
			}
			return "[Errno " + e + "] " + s, nil
		}
	case (t.IsSubtype(UnicodeDecodeErrorType) || t.IsSubtype(UnicodeEncodeErrorType) || t.IsSubtype(UnicodeTranslateErrorType)) &&
		d != nil && d.GetString("object") != nil:
		// One raised from Go without its fields keeps its message.
		return vm.unicodeErrorStr(inst, d.GetString("object"))
	case t.IsSubtype(SyntaxErrorType) && d != nil:
		msg := d.GetString("msg")
		if msg == nil || msg == Object(None) {
			break
		}
		ms, err := vm.StrString(msg)
		if err != nil {
			return "", err
		}
		fn, hasFile := d.GetString("filename").(*Str)
		ln, hasLine := d.GetString("lineno").(*Int)
		switch {
		case hasFile && hasLine:
			return ms + " (" + filepath.Base(fn.S) + ", line " + intRepr(ln.V) + ")", nil
		case hasFile:
			return ms + " (" + filepath.Base(fn.S) + ")", nil
		case hasLine:
			return ms + " (line " + intRepr(ln.V) + ")", nil
		}
		return ms, nil
	}
	switch len(args.Items) {
	case 0:
		return "", nil
	case 1:
		return vm.StrString(args.Items[0])
	}
	return vm.StrString(args)
}

func orNone(o Object) Object {
	if o == nil {
		return None
	}
	return o
}

// exceptionRepr is repr(exc): the class name and the repr of args.
func (vm *VM) exceptionRepr(inst *Instance) (string, *PyError) {
	args := excArgsOrEmpty(inst)
	name := inst.Class.Name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	if len(args.Items) == 1 {
		s, err := vm.ReprString(args.Items[0])
		if err != nil {
			return "", err
		}
		return name + "(" + s + ",)", nil
	}
	s, err := vm.ReprString(args)
	if err != nil {
		return "", err
	}
	return name + s, nil
}

// unicodeErrorFields are the arguments of UnicodeDecodeError, UnicodeEncodeError and
// UnicodeTranslateError, in order, with the type each must have (nil: an index-sized int).
func unicodeErrorFields(t *Type) ([]string, []*Type) {
	switch t {
	case UnicodeDecodeErrorType:
		return []string{"encoding", "object", "start", "end", "reason"}, []*Type{StrType, StrType, nil, nil, StrType}
	case UnicodeEncodeErrorType:
		return []string{"encoding", "object", "start", "end", "reason"}, []*Type{StrType, UnicodeType, nil, nil, StrType}
	}
	return []string{"object", "start", "end", "reason"}, []*Type{UnicodeType, nil, nil, StrType}
}

// unicodeErrorInit is UnicodeError_init: args as for BaseException, and the fields parsed
// as PyArg_ParseTuple's "O!O!nnO!" (or "O!nnO!" for UnicodeTranslateError) parses them,
// with its messages.
func unicodeErrorInit(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if _, err := excInit(vm, self, args, kw); err != nil {
		return nil, err
	}
	inst := self.(*Instance)
	var base *Type
	for _, t := range []*Type{UnicodeDecodeErrorType, UnicodeEncodeErrorType, UnicodeTranslateErrorType} {
		if inst.Class.IsSubtype(t) {
			base = t
		}
	}
	names, kinds := unicodeErrorFields(base)
	if len(args) != len(names) {
		return nil, vm.typeErrorf("function takes exactly %d arguments (%d given)", len(names), len(args))
	}
	values := make([]Object, len(args))
	for i, a := range args {
		if kinds[i] == nil {
			n, err := vm.cLongArg(a)
			if err != nil {
				return nil, err
			}
			values[i] = vm.NewInt(n)
			continue
		}
		if !a.Type().IsSubtype(kinds[i]) {
			return nil, vm.typeErrorf("argument %d must be %s, not %s", i+1, kinds[i].Name, argTypeName(a))
		}
		values[i] = newRef(a)
	}
	d := inst.dict(vm)
	for i, n := range names {
		d.SetString(vm, n, values[i])
		vm.Decref(values[i])
	}
	return noneRef(), nil
}

// unicodeErrorStr is the str of the three UnicodeError subclasses: the codec's message
// about the offending character (one) or positions (several), from the fields.
func (vm *VM) unicodeErrorStr(inst *Instance, obj Object) (string, *PyError) {
	field := func(name string) Object {
		if v := inst.Dict.GetString(name); v != nil {
			return v
		}
		return None
	}
	start, err := vm.intAsLong(field("start"), "long int too large to convert to int")
	if err != nil {
		return "", err
	}
	end, err := vm.intAsLong(field("end"), "long int too large to convert to int")
	if err != nil {
		return "", err
	}
	reason, err := vm.StrString(field("reason"))
	if err != nil {
		return "", err
	}
	size := int64(0)
	switch o := obj.(type) {
	case *Str:
		size = int64(len(o.S))
	case *Unicode:
		size = int64(len(o.R))
	}
	positions := " in position " + strconv.FormatInt(start, 10) + "-" + strconv.FormatInt(end-1, 10) + ": " + reason
	// The one offending item is shown when it exists (CPython does not check start >= 0,
	// and reads outside the object; handson shows the positions then).
	one := start >= 0 && start < size && end == start+1
	var msg string
	if inst.Class.IsSubtype(UnicodeTranslateErrorType) {
		if u, ok := obj.(*Unicode); ok && one {
			msg = "can't translate character u'" + escapedCodePoint(u.R[start]) + "' in position " + strconv.FormatInt(start, 10) + ": " + reason
		} else {
			msg = "can't translate characters" + positions
		}
		return msg, nil
	}
	encoding, err := vm.StrString(field("encoding"))
	if err != nil {
		return "", err
	}
	switch o := obj.(type) {
	case *Str:
		if one {
			msg = "'" + encoding + "' codec can't decode byte 0x" + hex2(o.S[start]) + " in position " + strconv.FormatInt(start, 10) + ": " + reason
		} else {
			msg = "'" + encoding + "' codec can't decode bytes" + positions
		}
	case *Unicode:
		if one {
			msg = "'" + encoding + "' codec can't encode character u'" + escapedCodePoint(o.R[start]) + "' in position " + strconv.FormatInt(start, 10) + ": " + reason
		} else {
			msg = "'" + encoding + "' codec can't encode characters" + positions
		}
	}
	return msg, nil
}
