// numspecs.go defines the type tables of int, bool, long, float and complex: their
// constructors with Python 2.7's parsing rules and messages, and the special methods
// visible from Python (int.__add__ and friends), which delegate to numbers.go.
package vm

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// binaryMethods exposes the arithmetic operators of a builtin number type of kind k as
// methods. As in CPython 2.7, a method only takes an operand of its own kind or a lower
// one: int.__add__(1.5) and int.__add__(1L) are NotImplemented, so that the other
// operand's reflected method answers (a float subclass's __radd__ included). Floats and
// complexes have no shift or bitwise operators.
func binaryMethods(k numKind) []methodDef {
	var out []methodDef
	for o := binop(0); o < numBinops; o++ {
		if k >= kFloat && o >= opLshift {
			break // opLshift to opXor: the shift and bitwise operators end the list
		}
		o := o
		info := binopInfo[o]
		out = append(out,
			methodDef{name: info.name, fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly(info.name, args, 1); err != nil {
					return nil, err
				}
				a, b := nativeNumber(self), nativeNumber(args[0])
				if a == nil || b == nil || numberKind(b) > k {
					return newRef(NotImplemented), nil
				}
				return vm.numberBinary(o, a, b)
			}},
			methodDef{name: info.rname, fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.argsExactly(info.rname, args, 1); err != nil {
					return nil, err
				}
				a, b := nativeNumber(args[0]), nativeNumber(self)
				if a == nil || b == nil || numberKind(a) > k {
					return newRef(NotImplemented), nil
				}
				return vm.numberBinary(o, a, b)
			}})
	}
	return out
}

// unaryMethods exposes -x, +x, abs(x), ~x, int(x), float(x), long(x) and truth.
func unaryMethods() []methodDef {
	un := func(name string, f func(vm *VM, n Object) (Object, *PyError)) methodDef {
		return methodDef{name: name, fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly(name, args, 0); err != nil {
				return nil, err
			}
			n := nativeNumber(self)
			if n == nil {
				return nil, vm.typeErrorf("descriptor '%s' requires a number", name)
			}
			return f(vm, n)
		}}
	}
	return []methodDef{
		un("__neg__", func(vm *VM, n Object) (Object, *PyError) { return vm.unaryOp(11, n) }),
		un("__pos__", func(vm *VM, n Object) (Object, *PyError) { return vm.unaryOp(10, n) }),
		un("__abs__", func(vm *VM, n Object) (Object, *PyError) { return vm.absolute(n) }),
		un("__int__", func(vm *VM, n Object) (Object, *PyError) { return vm.toInt(n) }),
		un("__long__", func(vm *VM, n Object) (Object, *PyError) {
			b, ok := bigOf(n)
			if !ok {
				f := n.(*Float).V
				return vm.floatToIntegral(f, true)
			}
			return vm.NewLong(new(big.Int).Set(b)), nil
		}),
		un("__float__", func(vm *VM, n Object) (Object, *PyError) {
			f, err := vm.asFloat(n)
			if err != nil {
				return nil, err
			}
			return vm.NewFloat(f), nil
		}),
		un("__nonzero__", func(vm *VM, n Object) (Object, *PyError) {
			t, err := vm.IsTrue(n)
			return NewBool(t), err
		}),
		un("__hash__", func(vm *VM, n Object) (Object, *PyError) {
			h, err := vm.Hash(n)
			if err != nil {
				return nil, err
			}
			return vm.NewInt(h), nil
		}),
		un("__repr__", func(vm *VM, n Object) (Object, *PyError) { return vm.Repr(n) }),
		un("__str__", func(vm *VM, n Object) (Object, *PyError) { return vm.Str(n) }),
		un("__trunc__", func(vm *VM, n Object) (Object, *PyError) { return vm.toInt(n) }),
		{name: "__coerce__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return newRef(NotImplemented), nil
		}},
		{name: "__divmod__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("__divmod__", args, 1); err != nil {
				return nil, err
			}
			return vm.divmod(self, args[0])
		}},
		{name: "__getnewargs__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.NewTupleRefs(nativeNumber(self)), nil
		}},
	}
}

// absolute is abs(x) for builtin numbers.
func (vm *VM) absolute(n Object) (Object, *PyError) {
	switch x := n.(type) {
	case *Int:
		if x.V < 0 {
			return vm.unaryOp(11, x)
		}
		return vm.NewInt(x.V), nil
	case *Long:
		return vm.NewLong(new(big.Int).Abs(x.V)), nil
	case *Float:
		return vm.NewFloat(math.Abs(x.V)), nil
	case *Complex:
		return vm.NewFloat(math.Hypot(real(x.V), imag(x.V))), nil
	}
	return nil, vm.typeErrorf("bad operand type for abs(): '%s'", n.Type().Name)
}

// divmod is divmod(a, b) for builtin numbers.
func (vm *VM) divmod(a, b Object) (Object, *PyError) {
	na, nb := nativeNumber(a), nativeNumber(b)
	if na == nil || nb == nil {
		return nil, vm.typeErrorf("unsupported operand type(s) for divmod(): '%s' and '%s'", a.Type().Name, b.Type().Name)
	}
	if numberKind(na) == kFloat || numberKind(nb) == kFloat {
		x, err := vm.asFloat(na)
		if err != nil {
			return nil, err
		}
		y, err := vm.asFloat(nb)
		if err != nil {
			return nil, err
		}
		if y == 0 {
			return nil, vm.Raise(ZeroDivisionErrorType, "float divmod()")
		}
		d, m := floatDivmod(x, y)
		return vm.NewTuple([]Object{vm.NewFloat(d), vm.NewFloat(m)}), nil
	}
	q, err := vm.numberBinary(opFloorDiv, na, nb)
	if err != nil {
		return nil, err
	}
	r, err := vm.numberBinary(opMod, na, nb)
	if err != nil {
		vm.Decref(q)
		return nil, err
	}
	return vm.NewTuple([]Object{q, r}), nil
}

// toInt is int(x) for a builtin number: floats truncate (to a long when too big).
func (vm *VM) toInt(n Object) (Object, *PyError) {
	switch x := n.(type) {
	case *Int:
		return vm.NewInt(x.V), nil
	case *Long:
		if x.V.IsInt64() {
			return vm.NewInt(x.V.Int64()), nil
		}
		return vm.NewLong(new(big.Int).Set(x.V)), nil
	case *Float:
		return vm.floatToIntegral(x.V, false)
	case *Complex:
		return nil, vm.typeErrorf("can't convert complex to int")
	}
	return nil, vm.typeErrorf("int() argument must be a string or a number, not '%s'", n.Type().Name)
}

// floatToIntegral truncates a float to an int (or long when asLong or too big).
func (vm *VM) floatToIntegral(f float64, asLong bool) (Object, *PyError) {
	if math.IsInf(f, 0) {
		return nil, vm.Raise(OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, vm.Raise(ValueErrorType, "cannot convert float NaN to integer")
	}
	t := math.Trunc(f)
	if !asLong && t >= -9.223372036854775808e18 && t < 9.223372036854775808e18 {
		return vm.NewInt(int64(t)), nil
	}
	b, _ := new(big.Float).SetFloat64(t).Int(nil)
	return vm.NewLong(b), nil
}

// parseIntLiteral parses int()/long() text in a base (0: from the prefix), Python 2.7's
// rules: surrounding white space, a sign, a 0x/0o/0b prefix matching the base, and for
// long() a trailing L.
func parseIntLiteral(s string, base int, allowL bool) (*big.Int, bool) {
	s = strings.Trim(s, " \t\n\r\v\f")
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = strings.TrimLeft(s[1:], " \t\n\r\v\f")
	}
	if allowL && (strings.HasSuffix(s, "l") || strings.HasSuffix(s, "L")) {
		s = s[:len(s)-1]
	}
	lower := strings.ToLower(s)
	switch {
	case base == 0:
		switch {
		case strings.HasPrefix(lower, "0x"):
			base, s = 16, s[2:]
		case strings.HasPrefix(lower, "0o"):
			base, s = 8, s[2:]
		case strings.HasPrefix(lower, "0b"):
			base, s = 2, s[2:]
		case len(s) > 1 && s[0] == '0':
			base, s = 8, s[1:]
		default:
			base = 10
		}
	case base == 16 && strings.HasPrefix(lower, "0x"),
		base == 8 && strings.HasPrefix(lower, "0o"),
		base == 2 && strings.HasPrefix(lower, "0b"):
		s = s[2:]
	}
	if s == "" || strings.ContainsAny(s, "_ +-") {
		return nil, false
	}
	v, ok := new(big.Int).SetString(s, base)
	if !ok {
		return nil, false
	}
	if neg {
		v.Neg(v)
	}
	return v, true
}

// intFromArgs implements int(x=0, base=10) and long(x=0, base=10).
func (vm *VM) intFromArgs(name string, args []Object, kw *Dict, asLong bool) (Object, *PyError) {
	a, err := vm.bindBuiltinArgs(name, args, kw, []string{"x", "base"}, 0)
	if err != nil {
		return nil, err
	}
	x, baseObj := a[0], a[1]
	base := 10
	if baseObj != nil {
		if base, err = vm.cIntArg(baseObj); err != nil {
			return nil, err
		}
	}
	if x == nil {
		if baseObj != nil {
			return nil, vm.typeErrorf("%s() missing string argument", name)
		}
		if asLong {
			return vm.NewLong(new(big.Int)), nil
		}
		return vm.NewInt(0), nil
	}
	if baseObj != nil {
		switch x.(type) {
		case *Str, *Unicode:
		default:
			return nil, vm.typeErrorf("%s() can't convert non-string with explicit base", name)
		}
		if base != 0 && (base < 2 || base > 36) {
			return nil, vm.Raisef(ValueErrorType, "%s() base must be >= 2 and <= 36, or 0", name)
		}
	}
	var text string
	switch v := x.(type) {
	case *Str:
		text = v.S
	case *Unicode:
		text = asciiDigits(v.R)
	default:
		n := nativeNumber(x)
		if n == nil {
			t := x.Type()
			meth := "__int__"
			if asLong {
				meth = "__long__"
			}
			m := t.Lookup(vm.Intern(meth))
			if m == nil && asLong {
				m = t.Lookup(sInt)
			}
			if m == nil {
				m = t.Lookup(sTrunc)
			}
			if m == nil {
				if s, ok := nativeIndexable(x).(*Str); ok {
					text = s.S
					break
				}
				return nil, vm.typeErrorf("%s() argument must be a string or a number, not '%s'", name, t.Name)
			}
			r, err := vm.callBound(m, x, t)
			if err != nil {
				return nil, err
			}
			if numberKind(r) != kInt && numberKind(r) != kLong {
				defer vm.Decref(r)
				return nil, vm.typeErrorf("__int__ returned non-int (type %s)", r.Type().Name)
			}
			if asLong {
				if i, ok := r.(*Int); ok {
					vm.Decref(r)
					return vm.NewLong(big.NewInt(i.V)), nil
				}
			}
			return r, nil
		}
		if asLong {
			switch nv := n.(type) {
			case *Float:
				return vm.floatToIntegral(nv.V, true)
			case *Complex:
				return nil, vm.typeErrorf("can't convert complex to long")
			}
			b, _ := bigOf(n)
			return vm.NewLong(new(big.Int).Set(b)), nil
		}
		return vm.toInt(n)
	}
	v, ok := parseIntLiteral(text, base, asLong)
	if !ok {
		lit := text
		if len(lit) > 200 {
			lit = lit[:200]
		}
		shown := 10
		if baseObj != nil {
			shown = base
		}
		return nil, vm.Raisef(ValueErrorType, "invalid literal for %s() with base %d: %s", name, shown, strRepr(lit))
	}
	if asLong {
		return vm.NewLong(v), nil
	}
	return vm.newIntFromBig(v), nil
}

func intSpec() typeSpec {
	IntType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		v, err := vm.intFromArgs("int", args, kw, false)
		if err != nil || cls == IntType {
			return v, err
		}
		return vm.nativeSubclassInstance(cls, v), nil
	}
	methods := append(binaryMethods(kInt), unaryMethods()...)
	methods = append(methods,
		methodDef{name: "bit_length", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			b, _ := bigOf(nativeNumber(self))
			return vm.NewInt(int64(new(big.Int).Abs(b).BitLen())), nil
		}},
		methodDef{name: "conjugate", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.toInt(nativeNumber(self))
		}},
		methodDef{name: "__format__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("__format__", args, 1); err != nil {
				return nil, err
			}
			return vm.formatValue(nativeNumber(self), args[0])
		}},
		methodDef{name: "__index__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.toInt(nativeNumber(self))
		}},
		methodDef{name: "__oct__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.NewStr(octString(nativeNumber(self))), nil
		}},
		methodDef{name: "__hex__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.NewStr(hexString(nativeNumber(self))), nil
		}},
	)
	integral := func(name string, f func(vm *VM, n Object) (Object, *PyError)) getsetDef {
		return getsetDef{name: name, get: func(vm *VM, o Object) (Object, *PyError) { return f(vm, nativeNumber(o)) }}
	}
	return typeSpec{
		t:       IntType,
		base:    ObjectType,
		methods: methods,
		getsets: []getsetDef{
			integral("real", func(vm *VM, n Object) (Object, *PyError) { return vm.toInt(n) }),
			integral("numerator", func(vm *VM, n Object) (Object, *PyError) { return vm.toInt(n) }),
			integral("imag", func(vm *VM, n Object) (Object, *PyError) { return vm.NewInt(0), nil }),
			integral("denominator", func(vm *VM, n Object) (Object, *PyError) { return vm.NewInt(1), nil }),
		},
		doc: "int(x=0) -> int or long\nint(x, base=10) -> int or long",
	}
}

// nativeSubclassInstance wraps a builtin value (owned, given up) in an instance of a class
// deriving from its type.
func (vm *VM) nativeSubclassInstance(cls *Type, v Object) Object {
	inst := vm.newInstance(cls)
	inst.Native = v
	return inst
}

// boolSpec is bool: an int subclass whose only own behaviour is its constructor.
func boolSpec() typeSpec {
	BoolType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		a, err := vm.bindBuiltinArgs("bool", args, kw, []string{"x"}, 0)
		if err != nil {
			return nil, err
		}
		if a[0] == nil {
			return NewBool(false), nil
		}
		t, err := vm.IsTrue(a[0])
		if err != nil {
			return nil, err
		}
		return NewBool(t), nil
	}
	return typeSpec{t: BoolType, base: IntType, doc: "bool(x) -> bool"}
}

// octString and hexString are oct() and hex() of ints and longs.
func octString(n Object) string {
	b, _ := bigOf(n)
	neg := b.Sign() < 0
	abs := new(big.Int).Abs(b)
	s := abs.Text(8)
	if s != "0" {
		s = "0" + s
	}
	if _, isLong := n.(*Long); isLong {
		s += "L"
	}
	if neg {
		s = "-" + s
	}
	return s
}

func hexString(n Object) string {
	b, _ := bigOf(n)
	neg := b.Sign() < 0
	s := "0x" + new(big.Int).Abs(b).Text(16)
	if _, isLong := n.(*Long); isLong {
		s += "L"
	}
	if neg {
		s = "-" + s
	}
	return s
}

func longSpec() typeSpec {
	LongType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		v, err := vm.intFromArgs("long", args, kw, true)
		if err != nil || cls == LongType {
			return v, err
		}
		return vm.nativeSubclassInstance(cls, v), nil
	}
	methods := append(binaryMethods(kLong), unaryMethods()...)
	methods = append(methods, methodDef{name: "bit_length", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		b, _ := bigOf(nativeNumber(self))
		return vm.NewInt(int64(new(big.Int).Abs(b).BitLen())), nil
	}}, methodDef{name: "__format__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.argsExactly("__format__", args, 1); err != nil {
			return nil, err
		}
		return vm.formatValue(nativeNumber(self), args[0])
	}}, methodDef{name: "__index__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		return newRef(nativeNumber(self)), nil
	}})
	return typeSpec{t: LongType, base: ObjectType, methods: methods,
		doc: "long(x=0) -> long\nlong(x, base=10) -> long"}
}

// parseFloatLiteral parses float() text: white space, sign, inf/infinity/nan, decimal.
func parseFloatLiteral(s string) (float64, bool) {
	s = strings.Trim(s, " \t\n\r\v\f")
	lower := strings.ToLower(s)
	sign := 1.0
	body := lower
	if body != "" && (body[0] == '+' || body[0] == '-') {
		if body[0] == '-' {
			sign = -1
		}
		body = body[1:]
	}
	switch body {
	case "inf", "infinity":
		return sign * math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	if body == "" || strings.ContainsAny(body, "_xp") || strings.HasPrefix(body, "0x") {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

func floatSpec() typeSpec {
	FloatType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		a, err := vm.bindBuiltinArgs("float", args, kw, []string{"x"}, 0)
		if err != nil {
			return nil, err
		}
		var v Object
		if a[0] == nil {
			v = vm.NewFloat(0)
		} else if v, err = vm.toFloat(a[0]); err != nil {
			return nil, err
		}
		if cls == FloatType {
			return v, nil
		}
		return vm.nativeSubclassInstance(cls, v), nil
	}
	methods := append(binaryMethods(kFloat), unaryMethods()...)
	methods = append(methods,
		methodDef{name: "is_integer", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			f := nativeNumber(self).(*Float).V
			return NewBool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
		}},
		methodDef{name: "conjugate", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return newRef(nativeNumber(self)), nil
		}},
		methodDef{name: "__format__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("__format__", args, 1); err != nil {
				return nil, err
			}
			return vm.formatValue(nativeNumber(self), args[0])
		}},
		methodDef{name: "hex", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			f := nativeNumber(self).(*Float).V
			return vm.NewStr(strconv.FormatFloat(f, 'x', -1, 64)), nil
		}},
	)
	return typeSpec{t: FloatType, base: ObjectType, methods: methods,
		getsets: []getsetDef{
			{name: "real", get: func(vm *VM, o Object) (Object, *PyError) { return newRef(nativeNumber(o)), nil }},
			{name: "imag", get: func(vm *VM, o Object) (Object, *PyError) { return vm.NewFloat(0), nil }},
		},
		doc: "float(x) -> floating point number"}
}

// toFloat is float(x).
func (vm *VM) toFloat(x Object) (Object, *PyError) {
	switch v := x.(type) {
	case *Float:
		return newRef(v), nil
	case *Int, *Long:
		f, err := vm.asFloat(v)
		if err != nil {
			return nil, err
		}
		return vm.NewFloat(f), nil
	case *Str:
		f, ok := parseFloatLiteral(v.S)
		if !ok {
			return nil, vm.Raisef(ValueErrorType, "could not convert string to float: %s", v.S)
		}
		return vm.NewFloat(f), nil
	case *Unicode:
		f, ok := parseFloatLiteral(asciiDigits(v.R))
		if !ok {
			return nil, vm.Raisef(ValueErrorType, "invalid literal for float(): %s", string(v.R))
		}
		return vm.NewFloat(f), nil
	}
	t := x.Type()
	if m := t.Lookup(sFloat); m != nil {
		r, err := vm.callBound(m, x, t)
		if err != nil {
			return nil, err
		}
		if _, ok := r.(*Float); !ok {
			defer vm.Decref(r)
			return nil, vm.typeErrorf("__float__ returned non-float (type %s)", r.Type().Name)
		}
		return r, nil
	}
	if n := nativeNumber(x); n != nil {
		return vm.toFloat(n)
	}
	if s, ok := nativeIndexable(x).(*Str); ok {
		return vm.toFloat(s)
	}
	return nil, vm.typeErrorf("float() argument must be a string or a number")
}

func complexSpec() typeSpec {
	ComplexType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		a, err := vm.bindBuiltinArgs("complex", args, kw, []string{"real", "imag"}, 0)
		if err != nil {
			return nil, err
		}
		var re, im float64
		imSet := false
		if a[0] != nil {
			if c, ok := a[0].(*Complex); ok {
				re, im = real(c.V), imag(c.V)
			} else {
				f, err := vm.asFloat(nativeNumberOr(a[0]))
				if err != nil {
					return nil, vm.typeErrorf("complex() argument must be a string or a number")
				}
				re = f
			}
		}
		if a[1] != nil {
			if c, ok := a[1].(*Complex); ok {
				re -= imag(c.V)
				im += real(c.V)
			} else {
				f, err := vm.asFloat(nativeNumberOr(a[1]))
				if err != nil {
					return nil, vm.typeErrorf("complex() argument must be a string or a number")
				}
				if im == 0 && !imSet {
					im = f // keeps the sign of -0.0
				} else {
					im += f
				}
				imSet = true
			}
		}
		return vm.NewComplex(complex(re, im)), nil
	}
	return typeSpec{t: ComplexType, base: ObjectType, methods: append(binaryMethods(kComplex),
		methodDef{name: "conjugate", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			c := self.(*Complex).V
			return vm.NewComplex(complex(real(c), -imag(c))), nil
		}},
		methodDef{name: "__format__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("__format__", args, 1); err != nil {
				return nil, err
			}
			return vm.formatValue(nativeNumber(self), args[0])
		}}),
		getsets: []getsetDef{
			{name: "real", get: func(vm *VM, o Object) (Object, *PyError) { return vm.NewFloat(real(o.(*Complex).V)), nil }},
			{name: "imag", get: func(vm *VM, o Object) (Object, *PyError) { return vm.NewFloat(imag(o.(*Complex).V)), nil }},
		}}
}

func nativeNumberOr(o Object) Object {
	if n := nativeNumber(o); n != nil {
		return n
	}
	return o
}

// asciiDigits rewrites a unicode number for parsing: any decimal digit becomes its ASCII
// digit and any white space a space, as int() and float() of unicode accept them.
func asciiDigits(r []rune) string {
	b := make([]byte, 0, len(r))
	for _, c := range r {
		if c < 0x80 {
			b = append(b, byte(c))
		} else if d := uniDecimalValue(c); d >= 0 {
			b = append(b, byte('0'+d))
		} else if uniIsSpace(c) {
			b = append(b, ' ')
		} else {
			b = append(b, '?')
		}
	}
	return string(b)
}
