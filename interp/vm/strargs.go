// strargs.go reads the arguments of str and unicode methods with the conversions and
// messages of CPython 2.7's PyArg_ParseTuple: argument counts, Py_ssize_t and int
// arguments, slice bounds, and the string arguments of str methods (which hand the work
// to the unicode method when given a unicode string).
package vm

import (
	"math"
)

// argTypeName names a wrong argument's type as PyArg_ParseTuple's messages do: "None" for
// None, the type's name otherwise.
func argTypeName(o Object) string {
	if o == Object(None) {
		return "None"
	}
	return o.Type().Name
}

// methodArgs checks the positional argument count of a method taking min to max
// arguments (keywords were refused before the method ran: see kwpolicy.go).
func (vm *VM) methodArgs(name string, args []Object, min, max int) *PyError {
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	plural := func(k int) string {
		if k == 1 {
			return ""
		}
		return "s"
	}
	switch {
	case max == 0:
		return vm.typeErrorf("%s() takes no arguments (%d given)", name, n)
	case min == max:
		return vm.typeErrorf("%s() takes exactly %d argument%s (%d given)", name, min, plural(min), n)
	case n < min:
		return vm.typeErrorf("%s() takes at least %d argument%s (%d given)", name, min, plural(min), n)
	}
	return vm.typeErrorf("%s() takes at most %d argument%s (%d given)", name, max, plural(max), n)
}

// methodArgO checks the single argument of a METH_O method.
func (vm *VM) methodArgO(name string, args []Object) *PyError {
	if len(args) != 1 {
		return vm.typeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// ssizeArg converts an argument parsed with the "n" format: ints and longs, and objects
// with __int__; floats are refused.
func (vm *VM) ssizeArg(o Object) (int, *PyError) {
	v, err := vm.cLongArg(o)
	return int(v), err
}

// cLongArg is PyInt_AsSsize_t behind the "n" and "i" formats.
func (vm *VM) cLongArg(o Object) (int64, *PyError) {
	switch x := o.(type) {
	case *Int:
		return x.V, nil
	case *Long:
		if !x.V.IsInt64() {
			return 0, vm.Raise(OverflowErrorType, "Python int too large to convert to C long")
		}
		return x.V.Int64(), nil
	case *Float:
		return 0, vm.typeErrorf("integer argument expected, got float")
	case *Complex:
		return 0, vm.typeErrorf("can't convert complex to int")
	case *Instance:
		switch n := x.Native.(type) {
		case *Int, *Long:
			return vm.cLongArg(n)
		case *Float:
			return 0, vm.typeErrorf("integer argument expected, got float")
		case *Complex:
			if x.Class.Lookup(sInt) == nil {
				return 0, vm.typeErrorf("can't convert complex to int")
			}
		}
	}
	t := o.Type()
	if m := t.Lookup(sInt); m != nil {
		r, err := vm.callBound(m, o, t)
		if err != nil {
			return 0, err
		}
		defer vm.Decref(r)
		switch r.(type) {
		case *Int, *Long:
			return vm.cLongArg(r)
		}
		return 0, vm.typeErrorf("nb_int should return int object")
	}
	return 0, vm.typeErrorf("an integer is required")
}

// cIntArg converts an argument parsed with the "i" format (a C int).
func (vm *VM) cIntArg(o Object) (int, *PyError) {
	v, err := vm.cLongArg(o)
	if err != nil {
		return 0, err
	}
	if v > math.MaxInt32 {
		return 0, vm.Raise(OverflowErrorType, "signed integer is greater than maximum")
	}
	if v < math.MinInt32 {
		return 0, vm.Raise(OverflowErrorType, "signed integer is less than minimum")
	}
	return int(v), nil
}

// boundsArgs reads the optional start and end of find, count, startswith and the like
// (slice indices: None, ints, longs clipped, or objects with __index__).
func (vm *VM) boundsArgs(args []Object) (start, end int, err *PyError) {
	start, end = 0, math.MaxInt
	for i, a := range args {
		v, ok, err := vm.sliceIndex(a)
		if err != nil {
			return 0, 0, err
		}
		if !ok {
			continue
		}
		if i == 0 {
			start = int(v)
		} else {
			end = int(v)
		}
	}
	return start, end, nil
}

// strArgKind classifies a string argument of a str method.
type strArgKind uint8

const (
	argIsStr strArgKind = iota
	argIsUnicode
	argIsOther
)

// strArgOf returns the bytes of a str argument (or of a str subclass instance) and
// whether it is a str, a unicode string or something else.
func strArgOf(o Object) (string, strArgKind) {
	switch x := o.(type) {
	case *Str:
		return x.S, argIsStr
	case *Unicode:
		return "", argIsUnicode
	case *Instance:
		switch n := x.Native.(type) {
		case *Str:
			return n.S, argIsStr
		case *Unicode:
			return "", argIsUnicode
		}
	}
	return "", argIsOther
}

func (vm *VM) notCharBuffer() *PyError {
	return vm.typeErrorf("expected a string or other character buffer object")
}

// unicodeArg converts a string argument of a unicode method: unicode as is, str decoded
// with the default (ascii) codec.
func (vm *VM) unicodeArg(o Object) ([]rune, *PyError) {
	if u := asUnicode(o); u != nil {
		return u.R, nil
	}
	if s := asStr(o); s != nil {
		return vm.decodeASCII(s.S)
	}
	return nil, vm.typeErrorf("coercing to Unicode: need string or buffer, %s found", o.Type().Name)
}

// strViaUnicode runs a unicode method on a str decoded with the default codec: what a
// str method does when one of its string arguments is unicode.
func (vm *VM) strViaUnicode(self Object, fn BuiltinFn, args []Object) (Object, *PyError) {
	r, err := vm.decodeASCII(asStr(self).S)
	if err != nil {
		return nil, err
	}
	u := vm.NewUnicode(r)
	defer vm.Decref(u)
	return fn(vm, u, args, nil)
}
