// strspec.go defines the str and unicode type tables (constructors, indexing, the core
// methods) and str.join; the rest of the string methods are in strmethods.go.
package vm

import (
	"strings"
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
		return vm.NewStr(string(b)), nil
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
		return nil, vm.typeErrorf("string indices must be integers, not %s", key.Type().Name)
	}
	if i < 0 {
		i += int64(len(u.R))
	}
	if i < 0 || i >= int64(len(u.R)) {
		return nil, vm.Raise(IndexErrorType, "string index out of range")
	}
	return vm.NewUnicode([]rune{u.R[i]}), nil
}

// asStr returns the string behind self (a str or an instance of a str subclass).
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

// asUnicode returns the unicode string behind self.
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

func strSpec() typeSpec {
	StrType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.argsRange("str", args, 0, 1); err != nil {
			return nil, err
		}
		var s Object
		if len(args) == 0 {
			s = vm.NewStr("")
		} else {
			var err *PyError
			s, err = vm.Str(args[0])
			if err != nil {
				return nil, err
			}
		}
		if cls == StrType {
			return s, nil
		}
		return vm.nativeSubclassInstance(cls, s), nil
	}
	return typeSpec{t: StrType, base: BaseStringType, methods: strMethods(),
		doc: "str(object='') -> string\n\nReturn a nice string representation of the object.\nIf the argument is a string, the return value is the same object."}
}

func unicodeSpec() typeSpec {
	UnicodeType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.argsRange("unicode", args, 0, 3); err != nil {
			return nil, err
		}
		var u Object
		if len(args) == 0 {
			u = vm.NewUnicode(nil)
		} else {
			var err *PyError
			u, err = vm.toUnicode(args[0], args[1:])
			if err != nil {
				return nil, err
			}
		}
		if cls == UnicodeType {
			return u, nil
		}
		return vm.nativeSubclassInstance(cls, u), nil
	}
	return typeSpec{t: UnicodeType, base: BaseStringType, methods: unicodeMethods()}
}

// toUnicode is unicode(x[, encoding[, errors]]).
func (vm *VM) toUnicode(x Object, codec []Object) (Object, *PyError) {
	switch v := x.(type) {
	case *Unicode:
		return newRef(v), nil
	case *Str:
		if len(codec) > 0 {
			return vm.decodeStr(v.S, codec)
		}
		r, err := vm.decodeASCII(v.S)
		if err != nil {
			return nil, err
		}
		return vm.NewUnicode(r), nil
	}
	t := x.Type()
	if m := t.Lookup(vm.Intern("__unicode__")); m != nil {
		return vm.callBound(m, x, t)
	}
	s, err := vm.StrString(x)
	if err != nil {
		return nil, err
	}
	r, err := vm.decodeASCII(s)
	if err != nil {
		return nil, err
	}
	return vm.NewUnicode(r), nil
}

// decodeStr is str.decode(encoding[, errors]) for the codecs programs use.
func (vm *VM) decodeStr(s string, codec []Object) (Object, *PyError) {
	enc := "ascii"
	if len(codec) > 0 {
		e, ok := codec[0].(*Str)
		if !ok {
			return nil, vm.typeErrorf("decode() argument 1 must be string, not %s", codec[0].Type().Name)
		}
		enc = strings.ToLower(strings.ReplaceAll(e.S, "_", "-"))
	}
	errors := "strict"
	if len(codec) > 1 {
		if e, ok := codec[1].(*Str); ok {
			errors = e.S
		}
	}
	switch enc {
	case "ascii", "us-ascii":
		r := make([]rune, 0, len(s))
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				switch errors {
				case "ignore":
					continue
				case "replace":
					r = append(r, 0xFFFD)
					continue
				}
				return nil, vm.Raisef(UnicodeDecodeErrorType, "'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", s[i], i)
			}
			r = append(r, rune(s[i]))
		}
		return vm.NewUnicode(r), nil
	case "utf-8", "utf8":
		return vm.NewUnicode(decodeUTF8(s)), nil
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1":
		r := make([]rune, len(s))
		for i := 0; i < len(s); i++ {
			r[i] = rune(s[i])
		}
		return vm.NewUnicode(r), nil
	}
	return nil, vm.Raisef(LookupErrorType, "unknown encoding: %s", enc)
}

// isStr reports whether o is a str.
func isStr(o Object) bool {
	_, ok := o.(*Str)
	return ok
}
