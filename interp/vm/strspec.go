// strspec.go defines the str and unicode type tables: the constructors str() and
// unicode(), indexing and slicing, and the special methods (__len__, __getitem__, the
// comparisons, __mod__, __format__, ...) that CPython exposes as slot wrappers; the text
// methods are in strmethods.go and strunicode.go.
package vm

import (
	op "handson/interp/compile"
)

// strSubscript is s[key].
func (vm *VM) strSubscript(s *Str, key Object) (Object, *PyError) {
	if sl, ok := key.(*Slice); ok {
		start, _, step, n, err := vm.sliceIndices(sl, len(s.S))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if start == 0 && n == len(s.S) {
				return newRef(s), nil
			}
			return vm.NewStr(s.S[start : start+n]), nil
		}
		b := make([]byte, n)
		for i := 0; i < n; i++ {
			b[i] = s.S[start+i*step]
		}
		return vm.NewStr(bytesToStr(b)), nil
	}
	i, ok, err := vm.indexValue(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, vm.typeErrorf("string indices must be integers, not %s", key.Type().Name)
	}
	if i < 0 {
		i += int64(len(s.S))
	}
	if i < 0 || i >= int64(len(s.S)) {
		return nil, vm.Raise(IndexErrorType, "string index out of range")
	}
	if vm.heap != nil {
		vm.allocLeaf(24)
	}
	return newRef(charStrs[s.S[i]]), nil
}

// unicodeSubscript is u[key].
func (vm *VM) unicodeSubscript(u *Unicode, key Object) (Object, *PyError) {
	if sl, ok := key.(*Slice); ok {
		start, _, step, n, err := vm.sliceIndices(sl, len(u.R))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			return vm.unicodeResult(u, u.R[start:start+n]), nil
		}
		r := make([]rune, n)
		for i := 0; i < n; i++ {
			r[i] = u.R[start+i*step]
		}
		return vm.NewUnicode(r), nil
	}
	i, ok, err := vm.indexValue(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		// unicode_subscript names no type, unlike str's.
		return nil, vm.typeErrorf("string indices must be integers")
	}
	if i < 0 {
		i += int64(len(u.R))
	}
	if i < 0 || i >= int64(len(u.R)) {
		return nil, vm.Raise(IndexErrorType, "string index out of range")
	}
	return vm.NewUnicode([]rune{u.R[i]}), nil
}

// asStr returns the string behind self (a str or an instance of a str subclass), or nil.
func asStr(self Object) *Str {
	switch x := self.(type) {
	case *Str:
		return x
	case *Instance:
		if s, ok := x.Native.(*Str); ok {
			return s
		}
	}
	return nil
}

// asUnicode returns the unicode string behind self, or nil.
func asUnicode(self Object) *Unicode {
	switch x := self.(type) {
	case *Unicode:
		return x
	case *Instance:
		if u, ok := x.Native.(*Unicode); ok {
			return u
		}
	}
	return nil
}

// isStr reports whether o is an exact str.
func isStr(o Object) bool {
	_, ok := o.(*Str)
	return ok
}

// kwOnly reads keyword arguments into vals: each must be one of names and not also given
// by position (npos positional arguments were given). The re pattern methods use it where
// _sre's messages differ from bindBuiltinArgs's (a deprecated second name for an
// argument, counts of "positional arguments").
func (vm *VM) kwOnly(kw *Dict, names []string, vals []Object, npos int) *PyError {
	if kw == nil || kw.Len() == 0 {
		return nil
	}
	pos := 0
	for {
		k, v, ok := kw.Next(&pos)
		if !ok {
			return nil
		}
		ks, _ := k.(*Str)
		found := -1
		for i, n := range names {
			if ks != nil && ks.S == n {
				found = i
			}
		}
		if found < 0 {
			name := ""
			if ks != nil {
				name = ks.S
			}
			return vm.typeErrorf("'%s' is an invalid keyword argument for this function", name)
		}
		if found < npos {
			return vm.typeErrorf("Argument given by name ('%s') and position (%d)", ks.S, found+1)
		}
		vals[found] = v
	}
}

func strSpec() typeSpec {
	StrType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		vals, err := vm.bindBuiltinArgs("str", args, kw, []string{"object"}, 0)
		if err != nil {
			return nil, err
		}
		var s Object
		if vals[0] == nil {
			s = vm.NewStr("")
		} else if s, err = vm.Str(vals[0]); err != nil {
			return nil, err
		}
		if cls == StrType {
			return s, nil
		}
		return vm.nativeSubclassInstance(cls, s), nil
	}
	return typeSpec{t: StrType, base: BaseStringType, methods: append(strMethods(), strSpecialMethods()...),
		doc: "str(object='') -> string\n\nReturn a nice string representation of the object.\nIf the argument is a string, the return value is the same object."}
}

func unicodeSpec() typeSpec {
	UnicodeType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		vals, err := vm.bindBuiltinArgs("unicode", args, kw, []string{"string", "encoding", "errors"}, 0)
		if err != nil {
			return nil, err
		}
		var u Object
		switch {
		case vals[0] == nil:
			u = vm.NewUnicode(nil)
		case vals[1] == nil && vals[2] == nil:
			u, err = vm.toUnicode(vals[0])
		default:
			u, err = vm.decodeObject(vals[0], vals[1], vals[2])
		}
		if err != nil {
			return nil, err
		}
		if cls == UnicodeType {
			return u, nil
		}
		return vm.nativeSubclassInstance(cls, u), nil
	}
	return typeSpec{t: UnicodeType, base: BaseStringType, methods: append(unicodeMethods(), unicodeSpecialMethods()...),
		doc: "unicode(object='') -> unicode object\nunicode(string[, encoding[, errors]]) -> unicode object\n\nCreate a new Unicode object from the given encoded string.\nencoding defaults to the current default string encoding.\nerrors can be 'strict', 'replace' or 'ignore' and defaults to 'strict'."}
}

// toUnicode is unicode(x): unicode as is, str decoded with the default codec, objects
// with __unicode__ asked, anything else through str().
func (vm *VM) toUnicode(x Object) (Object, *PyError) {
	switch v := x.(type) {
	case *Unicode:
		return newRef(v), nil
	case *Str:
		return vm.decodeBytes(v.S, codecASCII, "strict", v)
	}
	t := x.Type()
	if m := t.Lookup(sUnicode); m != nil {
		r, err := vm.callBound(m, x, t)
		if err != nil {
			return nil, err
		}
		return vm.coercedUnicode(r)
	}
	if u := asUnicode(x); u != nil {
		return vm.NewUnicode(u.R), nil
	}
	s, err := vm.strOrUnicode(x)
	if err != nil {
		return nil, err
	}
	return vm.coercedUnicode(s)
}

// coercedUnicode turns the result of __unicode__ or str() (owned, consumed) into unicode.
func (vm *VM) coercedUnicode(r Object) (Object, *PyError) {
	defer vm.Decref(r)
	if u := asUnicode(r); u != nil {
		if x, ok := r.(*Unicode); ok {
			return newRef(x), nil
		}
		return vm.NewUnicode(u.R), nil
	}
	if s := asStr(r); s != nil {
		return vm.decodeBytes(s.S, codecASCII, "strict", s)
	}
	return nil, vm.typeErrorf("coercing to Unicode: need string or buffer, %s found", r.Type().Name)
}

// strOrUnicode is _PyObject_Str: str(x), except that a __str__ returning unicode gives
// that unicode object.
func (vm *VM) strOrUnicode(x Object) (Object, *PyError) {
	if inst, ok := x.(*Instance); ok {
		t := inst.Class
		if m := t.Lookup(sStr); m != nil {
			if _, isBuiltin := m.(*MethodDescr); !isBuiltin {
				r, err := vm.callBound(m, x, t)
				if err != nil {
					return nil, err
				}
				switch r.(type) {
				case *Str, *Unicode:
					return r, nil
				}
				if asStr(r) != nil || asUnicode(r) != nil {
					return r, nil
				}
				defer vm.Decref(r)
				return nil, vm.typeErrorf("__str__ returned non-string (type %s)", r.Type().Name)
			}
		}
	}
	return vm.Str(x)
}

// decodeObject is unicode(s, encoding, errors): only str (and buffers) can be decoded.
func (vm *VM) decodeObject(s, encoding, errors Object) (Object, *PyError) {
	args := []Object{}
	if encoding != nil {
		args = append(args, encoding)
	} else {
		args = append(args, vm.Intern("ascii"))
	}
	if errors != nil {
		args = append(args, errors)
	}
	enc, errs, err := vm.codecArgs("unicode", args, nil)
	if err != nil {
		return nil, err
	}
	if asUnicode(s) != nil {
		return nil, vm.typeErrorf("decoding Unicode is not supported")
	}
	str := asStr(s)
	if str == nil {
		return nil, vm.typeErrorf("coercing to Unicode: need string or buffer, %s found", s.Type().Name)
	}
	codec := lookupCodec(enc)
	if codec == codecUnknown {
		return nil, vm.Raisef(LookupErrorType, "unknown encoding: %s", enc)
	}
	if codec.bytesCodec() {
		r, err := vm.strDecode(str, str.S, enc, errs)
		if err != nil {
			return nil, err
		}
		return vm.coercedUnicode(r)
	}
	return vm.decodeBytes(str.S, codec, errs, str)
}

// wrapperArgs checks the argument count of a special method wrapper as CPython's
// check_num_args does.
func (vm *VM) wrapperArgs(args []Object, n int) *PyError {
	if len(args) != n {
		return vm.typeErrorf("expected %d arguments, got %d", n, len(args))
	}
	return nil
}

// richCompareFn makes __eq__, __lt__ and the others for a string type: comparisons with
// anything but a string of the right kind are NotImplemented.
func richCompareFn(cmp int, uni bool) BuiltinFn {
	return func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.wrapperArgs(args, 1); err != nil {
			return nil, err
		}
		if !uni {
			a, b := asStr(self), asStr(args[0])
			if b == nil {
				return newRef(NotImplemented), nil
			}
			return vm.builtinRich(a, b, cmp)
		}
		a := asUnicode(self)
		var b Object
		if u := asUnicode(args[0]); u != nil {
			b = u
		} else if s := asStr(args[0]); s != nil {
			b = s
		} else {
			return newRef(NotImplemented), nil
		}
		return vm.builtinRich(a, b, cmp)
	}
}

// strSpecialMethods are str's slot wrappers.
func strSpecialMethods() []methodDef {
	return []methodDef{
		{name: "__len__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.wrapperArgs(args, 0); err != nil {
				return nil, err
			}
			return vm.NewInt(int64(len(asStr(self).S))), nil
		}},
		{name: "__getitem__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.wrapperArgs(args, 1); err != nil {
				return nil, err
			}
			return vm.strSubscript(asStr(self), args[0])
		}},
		{name: "__getslice__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			s := asStr(self).S
			i, j, err := vm.getsliceArgs(args, len(s))
			if err != nil {
				return nil, err
			}
			return vm.strResult(self, s[i:j]), nil
		}},
		{name: "__contains__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.wrapperArgs(args, 1); err != nil {
				return nil, err
			}
			sub, kind := strArgOf(args[0])
			switch kind {
			case argIsUnicode:
				r, err := vm.decodeASCII(asStr(self).S)
				if err != nil {
					return nil, err
				}
				return NewBool(textIndex(r, asUnicode(args[0]).R) >= 0), nil
			case argIsOther:
				return nil, vm.typeErrorf("'in <string>' requires string as left operand, not %s", args[0].Type().Name)
			}
			return NewBool(textIndex(strBytes(asStr(self).S), strBytes(sub)) >= 0), nil
		}},
		{name: "__add__", fn: concatWrapper},
		{name: "__mul__", fn: repeatWrapper},
		{name: "__rmul__", fn: repeatWrapper},
		{name: "__mod__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.wrapperArgs(args, 1); err != nil {
				return nil, err
			}
			return vm.strPercent(asStr(self), args[0])
		}},
		{name: "__rmod__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.wrapperArgs(args, 1); err != nil {
				return nil, err
			}
			f := asStr(args[0])
			if f == nil {
				return newRef(NotImplemented), nil
			}
			return vm.strPercent(f, self)
		}},
		{name: "__hash__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.wrapperArgs(args, 0); err != nil {
				return nil, err
			}
			return vm.NewInt(asStr(self).Hash()), nil
		}},
		{name: "__eq__", fn: richCompareFn(op.CmpEQ, false)},
		{name: "__ne__", fn: richCompareFn(op.CmpNE, false)},
		{name: "__lt__", fn: richCompareFn(op.CmpLT, false)},
		{name: "__le__", fn: richCompareFn(op.CmpLE, false)},
		{name: "__gt__", fn: richCompareFn(op.CmpGT, false)},
		{name: "__ge__", fn: richCompareFn(op.CmpGE, false)},
		{name: "__repr__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.wrapperArgs(args, 0); err != nil {
				return nil, err
			}
			return vm.NewStr(strRepr(asStr(self).S)), nil
		}},
		{name: "__str__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.wrapperArgs(args, 0); err != nil {
				return nil, err
			}
			if s, ok := self.(*Str); ok {
				return newRef(s), nil
			}
			return vm.NewStr(asStr(self).S), nil
		}},
		{name: "__format__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.methodArgs("__format__", args, 1, 1); err != nil {
				return nil, err
			}
			if _, kind := strArgOf(args[0]); kind == argIsOther {
				return nil, vm.typeErrorf("__format__ arg must be str or unicode, not %s", args[0].Type().Name)
			}
			return vm.formatValue(self, args[0])
		}},
		{name: "__getnewargs__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.methodArgs("__getnewargs__", args, 0, 0); err != nil {
				return nil, err
			}
			s := vm.NewStr(asStr(self).S)
			return vm.NewTuple([]Object{s}), nil
		}},
		{name: "__sizeof__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.methodArgs("__sizeof__", args, 0, 0); err != nil {
				return nil, err
			}
			return vm.NewInt(int64(37 + len(asStr(self).S))), nil
		}},
	}
}

// unicodeSpecialMethods are unicode's slot wrappers.
func unicodeSpecialMethods() []methodDef {
	return []methodDef{
		{name: "__len__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.wrapperArgs(args, 0); err != nil {
				return nil, err
			}
			return vm.NewInt(int64(len(asUnicode(self).R))), nil
		}},
		{name: "__getitem__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.wrapperArgs(args, 1); err != nil {
				return nil, err
			}
			return vm.unicodeSubscript(asUnicode(self), args[0])
		}},
		{name: "__getslice__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			r := asUnicode(self).R
			i, j, err := vm.getsliceArgs(args, len(r))
			if err != nil {
				return nil, err
			}
			return vm.unicodeResult(self, r[i:j]), nil
		}},
		{name: "__contains__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.wrapperArgs(args, 1); err != nil {
				return nil, err
			}
			sub, err := vm.unicodeArg(args[0])
			if err != nil {
				return nil, err
			}
			return NewBool(textIndex(asUnicode(self).R, sub) >= 0), nil
		}},
		{name: "__add__", fn: concatWrapper},
		{name: "__mul__", fn: repeatWrapper},
		{name: "__rmul__", fn: repeatWrapper},
		{name: "__mod__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.wrapperArgs(args, 1); err != nil {
				return nil, err
			}
			return vm.unicodePercent(asUnicode(self), args[0])
		}},
		{name: "__rmod__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.wrapperArgs(args, 1); err != nil {
				return nil, err
			}
			f := asUnicode(args[0])
			if f == nil {
				return newRef(NotImplemented), nil
			}
			return vm.unicodePercent(f, self)
		}},
		{name: "__hash__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.wrapperArgs(args, 0); err != nil {
				return nil, err
			}
			return vm.NewInt(hashUnicode(asUnicode(self).R)), nil
		}},
		{name: "__eq__", fn: richCompareFn(op.CmpEQ, true)},
		{name: "__ne__", fn: richCompareFn(op.CmpNE, true)},
		{name: "__lt__", fn: richCompareFn(op.CmpLT, true)},
		{name: "__le__", fn: richCompareFn(op.CmpLE, true)},
		{name: "__gt__", fn: richCompareFn(op.CmpGT, true)},
		{name: "__ge__", fn: richCompareFn(op.CmpGE, true)},
		{name: "__repr__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.wrapperArgs(args, 0); err != nil {
				return nil, err
			}
			return vm.NewStr(unicodeRepr(asUnicode(self).R)), nil
		}},
		{name: "__str__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.wrapperArgs(args, 0); err != nil {
				return nil, err
			}
			return vm.encodeRunes(asUnicode(self).R, codecASCII, "strict", self)
		}},
		{name: "__format__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.methodArgs("__format__", args, 1, 1); err != nil {
				return nil, err
			}
			if _, kind := strArgOf(args[0]); kind == argIsOther {
				return nil, vm.typeErrorf("__format__ arg must be str or unicode, not %s", args[0].Type().Name)
			}
			return vm.formatValue(self, args[0])
		}},
		{name: "__getnewargs__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.methodArgs("__getnewargs__", args, 0, 0); err != nil {
				return nil, err
			}
			return vm.NewTuple([]Object{vm.NewUnicode(asUnicode(self).R)}), nil
		}},
		{name: "__sizeof__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.methodArgs("__sizeof__", args, 0, 0); err != nil {
				return nil, err
			}
			return vm.NewInt(int64(48 + 4*(len(asUnicode(self).R)+1))), nil
		}},
	}
}

// getsliceArgs reads the two bounds of __getslice__ (Py_ssize_t arguments) and clips them
// to a string of length n.
func (vm *VM) getsliceArgs(args []Object, n int) (int, int, *PyError) {
	if len(args) != 2 {
		return 0, 0, vm.typeErrorf("function takes exactly 2 arguments (%d given)", len(args))
	}
	i, err := vm.ssizeArg(args[0])
	if err != nil {
		return 0, 0, err
	}
	j, err := vm.ssizeArg(args[1])
	if err != nil {
		return 0, 0, err
	}
	if i < 0 {
		i = 0
	}
	if j < 0 {
		j = 0
	}
	if j > n {
		j = n
	}
	if i > j {
		i = j
	}
	return i, j, nil
}

// concatWrapper is __add__ of str and unicode, the wrapper of sq_concat: called
// directly it concatenates or fails, whatever the other operand's __radd__ (the
// interpreter's + does not call it: see isSequenceSlot).
func concatWrapper(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.wrapperArgs(args, 1); err != nil {
		return nil, err
	}
	r, err, _ := vm.sequenceConcat(self, args[0])
	return r, err
}

// repeatWrapper is __mul__ and __rmul__ of str and unicode, the wrapper of sq_repeat
// (wrap_indexargfunc): its one argument is read as an index, with that wrapper's
// argument-count message, then seq is repeated.
func repeatWrapper(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if len(args) != 1 {
		return nil, vm.typeErrorf(" expected 1 arguments, got %d", len(args))
	}
	var seq Object
	if s := asStr(self); s != nil {
		seq = s
	} else {
		seq = asUnicode(self)
	}
	n, ok, err := vm.indexSized(args[0], OverflowErrorType)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, vm.typeErrorf("'%s' object cannot be interpreted as an index", args[0].Type().Name)
	}
	count := vm.NewInt(n)
	defer vm.Decref(count)
	r, err, _ := vm.sequenceRepeat(seq, count)
	return r, err
}
