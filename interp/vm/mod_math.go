// mod_math.go defines the math module with CPython 2.7's semantics: arguments converted
// as PyFloat_AsDouble does, floor and ceil returning floats, huge longs accepted by the
// logarithms, and CPython's "math domain error" / "math range error" rules (a NaN from a
// non-NaN argument is a domain error; an infinity from a finite argument is a range error
// where the function can overflow, a domain error where it cannot).
package vm

import (
	"math"
	"math/big"
)

// mathFloat converts a math function's argument to float64 (PyFloat_AsDouble).
func (vm *VM) mathFloat(o Object) (float64, *PyError) {
	switch x := o.(type) {
	case *Float:
		return x.V, nil
	case *Int:
		return float64(x.V), nil
	case *Long:
		return vm.asFloat(x)
	}
	if n := nativeNumber(o); n != nil {
		if _, isComplex := n.(*Complex); !isComplex {
			return vm.mathFloat(n)
		}
	}
	t := o.Type()
	if m := t.Lookup(vm.Intern("__float__")); m != nil {
		r, err := vm.callBound(m, o, t)
		if err != nil {
			return 0, err
		}
		defer vm.Decref(r)
		f, ok := r.(*Float)
		if !ok {
			return 0, vm.typeErrorf("nb_float should return float object")
		}
		return f.V, nil
	}
	return 0, vm.typeErrorf("a float is required")
}

func (vm *VM) mathDomainError() *PyError { return vm.Raise(ValueErrorType, "math domain error") }
func (vm *VM) mathRangeError() *PyError  { return vm.Raise(OverflowErrorType, "math range error") }

// math1 wraps a one-argument function as CPython's math_1 does.
func math1(name string, f func(float64) float64, canOverflow bool) methodDef {
	return methodDef{name: name, fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.argsExactly(name, args, 1); err != nil {
			return nil, err
		}
		x, err := vm.mathFloat(args[0])
		if err != nil {
			return nil, err
		}
		r := f(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			return nil, vm.mathDomainError()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			if canOverflow {
				return nil, vm.mathRangeError()
			}
			return nil, vm.mathDomainError()
		}
		return vm.NewFloat(r), nil
	}}
}

// math2 wraps a two-argument function as CPython's math_2 does.
func math2(name string, f func(x, y float64) float64) methodDef {
	return methodDef{name: name, fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
		if len(args) != 2 {
			return nil, vm.typeErrorf("%s expected 2 arguments, got %d", name, len(args))
		}
		x, err := vm.mathFloat(args[0])
		if err != nil {
			return nil, err
		}
		y, err := vm.mathFloat(args[1])
		if err != nil {
			return nil, err
		}
		r := f(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return nil, vm.mathDomainError()
		}
		if math.IsInf(r, 0) && isFinite(x) && isFinite(y) {
			return nil, vm.mathRangeError()
		}
		return vm.NewFloat(r), nil
	}}
}

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// newMathModule makes math.
func newMathModule(vm *VM) *Module {
	m := vm.newGoModule("math", "Mathematical functions on floats, with CPython 2.7's results and errors.", mathFunctions())
	vm.modSet(m, "pi", vm.NewFloat(math.Pi))
	vm.modSet(m, "e", vm.NewFloat(math.E))
	return m
}

func mathFunctions() []methodDef {
	return []methodDef{
		math1("acos", crAcos, false),
		math1("acosh", crAcosh, false),
		math1("asin", crAsin, false),
		math1("asinh", crAsinh, false),
		math1("atan", crAtan, false),
		math1("atanh", crAtanh, false),
		math1("ceil", math.Ceil, false),
		math1("cos", crCos, false),
		math1("cosh", crCosh, true),
		math1("erf", cpyErf, false),
		math1("erfc", cpyErfc, false),
		math1("exp", crExp, true),
		math1("expm1", math.Expm1, true),
		math1("fabs", math.Abs, false),
		math1("floor", math.Floor, false),
		math1("gamma", cpyGamma, true),
		math1("lgamma", cpyLgamma, true),
		math1("log1p", mathLog1p, true),
		math1("sin", crSin, false),
		math1("sinh", crSinh, true),
		math1("sqrt", math.Sqrt, false),
		math1("tan", crTan, false),
		math1("tanh", crTanh, false),
		math1("degrees", func(x float64) float64 { return x * (180.0 / math.Pi) }, true),
		math1("radians", func(x float64) float64 { return x * (math.Pi / 180.0) }, true),
		math2("atan2", crAtan2),
		math2("copysign", math.Copysign),
		math2("fmod", mathFmod),
		math2("hypot", mathHypot),
		{name: "pow", fn: mathPow},
		{name: "log", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsRange("log", args, 1, 2); err != nil {
				return nil, err
			}
			num, err := vm.mathLog(args[0], crLog)
			if err != nil {
				return nil, err
			}
			if len(args) == 1 {
				return vm.NewFloat(num), nil
			}
			den, err := vm.mathLog(args[1], crLog)
			if err != nil {
				return nil, err
			}
			if den == 0 {
				return nil, vm.Raise(ZeroDivisionErrorType, "float division by zero")
			}
			return vm.NewFloat(num / den), nil
		}},
		{name: "log10", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("log10", args, 1); err != nil {
				return nil, err
			}
			r, err := vm.mathLog(args[0], crLog10)
			if err != nil {
				return nil, err
			}
			return vm.NewFloat(r), nil
		}},
		{name: "isinf", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("isinf", args, 1); err != nil {
				return nil, err
			}
			x, err := vm.mathFloat(args[0])
			if err != nil {
				return nil, err
			}
			return NewBool(math.IsInf(x, 0)), nil
		}},
		{name: "isnan", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("isnan", args, 1); err != nil {
				return nil, err
			}
			x, err := vm.mathFloat(args[0])
			if err != nil {
				return nil, err
			}
			return NewBool(math.IsNaN(x)), nil
		}},
		{name: "frexp", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("frexp", args, 1); err != nil {
				return nil, err
			}
			x, err := vm.mathFloat(args[0])
			if err != nil {
				return nil, err
			}
			if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
				return vm.NewTuple([]Object{vm.NewFloat(x), vm.NewInt(0)}), nil
			}
			fr, e := math.Frexp(x)
			return vm.NewTuple([]Object{vm.NewFloat(fr), vm.NewInt(int64(e))}), nil
		}},
		{name: "ldexp", fn: mathLdexp},
		{name: "modf", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("modf", args, 1); err != nil {
				return nil, err
			}
			x, err := vm.mathFloat(args[0])
			if err != nil {
				return nil, err
			}
			if math.IsInf(x, 0) {
				return vm.NewTuple([]Object{vm.NewFloat(math.Copysign(0, x)), vm.NewFloat(x)}), nil
			}
			ip, fp := math.Modf(x)
			return vm.NewTuple([]Object{vm.NewFloat(fp), vm.NewFloat(ip)}), nil
		}},
		{name: "trunc", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("trunc", args, 1); err != nil {
				return nil, err
			}
			return vm.CallMethod(args[0], "__trunc__")
		}},
		{name: "factorial", fn: mathFactorial},
		{name: "fsum", fn: mathFsum},
	}
}

func mathFmod(x, y float64) float64 {
	if math.IsInf(y, 0) && isFinite(x) {
		return x
	}
	if y == 0 && !math.IsNaN(x) {
		return math.NaN()
	}
	return math.Mod(x, y)
}

func mathHypot(x, y float64) float64 { return crHypot(x, y) }

// mathLog is loghelper: ints and longs too large for a float are taken apart as m * 2**e.
func (vm *VM) mathLog(o Object, f func(float64) float64) (float64, *PyError) {
	if n := nativeNumber(o); n != nil {
		if l, ok := n.(*Long); ok {
			if l.V.Sign() <= 0 {
				return 0, vm.mathDomainError()
			}
			if x, ok := bigToFloat(l.V); ok {
				return f(x), nil
			}
			e := l.V.BitLen()
			mant := new(big.Float).SetInt(l.V)
			mant.SetMantExp(mant, -e)
			mf, _ := mant.Float64()
			return f(mf) + float64(e)*f(2.0), nil
		}
	}
	x, err := vm.mathFloat(o)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(x) || math.IsInf(x, 1) {
		return x, nil
	}
	if x <= 0 {
		return 0, vm.mathDomainError()
	}
	return f(x), nil
}

// mathPow is math.pow with C99's special cases, as CPython 2.7 applies them.
func mathPow(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if len(args) != 2 {
		return nil, vm.typeErrorf("pow expected 2 arguments, got %d", len(args))
	}
	x, err := vm.mathFloat(args[0])
	if err != nil {
		return nil, err
	}
	y, err := vm.mathFloat(args[1])
	if err != nil {
		return nil, err
	}
	if x == 0 && y < 0 && isFinite(y) {
		return nil, vm.mathDomainError()
	}
	if x < 0 && isFinite(x) && isFinite(y) && y != math.Floor(y) {
		return nil, vm.mathDomainError()
	}
	r := crPow(x, y)
	if math.IsInf(r, 0) && isFinite(x) && isFinite(y) {
		return nil, vm.mathRangeError()
	}
	return vm.NewFloat(r), nil
}

// mathLdexp is ldexp(x, i): i must be an int or long; a huge exponent saturates.
func mathLdexp(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if len(args) != 2 {
		return nil, vm.typeErrorf("ldexp expected 2 arguments, got %d", len(args))
	}
	x, err := vm.mathFloat(args[0])
	if err != nil {
		return nil, err
	}
	var e int64
	switch n := nativeNumber(args[1]).(type) {
	case *Int:
		e = n.V
	case *Long:
		if n.V.Sign() > 0 {
			e = math.MaxInt32
		} else {
			e = math.MinInt32
		}
	default:
		return nil, vm.typeErrorf("Expected an int or long as second argument to ldexp.")
	}
	if x == 0 || !isFinite(x) {
		return vm.NewFloat(x), nil
	}
	if e > math.MaxInt32 {
		e = math.MaxInt32
	} else if e < math.MinInt32 {
		e = math.MinInt32
	}
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) {
		return nil, vm.mathRangeError()
	}
	return vm.NewFloat(r), nil
}

// mathFactorial is math.factorial: an int or an integral float.
func mathFactorial(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.argsExactly("factorial", args, 1); err != nil {
		return nil, err
	}
	var n int64
	switch x := nativeNumber(args[0]).(type) {
	case *Float:
		if x.V != math.Floor(x.V) || !isFinite(x.V) {
			return nil, vm.Raise(ValueErrorType, "factorial() only accepts integral values")
		}
		if x.V < 0 {
			return nil, vm.Raise(ValueErrorType, "factorial() not defined for negative values")
		}
		if x.V > math.MaxInt64 {
			return nil, vm.Raise(OverflowErrorType, "Python int too large to convert to C long")
		}
		n = int64(x.V)
	case *Int:
		n = x.V
	case *Long:
		if x.V.Sign() < 0 {
			return nil, vm.Raise(ValueErrorType, "factorial() not defined for negative values")
		}
		return nil, vm.Raise(OverflowErrorType, "Python int too large to convert to C long")
	default:
		return nil, vm.typeErrorf("an integer is required")
	}
	if n < 0 {
		return nil, vm.Raise(ValueErrorType, "factorial() not defined for negative values")
	}
	if n <= 20 {
		r := int64(1)
		for i := int64(2); i <= n; i++ {
			r *= i
		}
		return vm.NewInt(r), nil
	}
	r := new(big.Int).MulRange(1, n)
	return vm.NewLong(r), nil
}

// mathFsum is math.fsum: Shewchuk's exact summation with non-overlapping partials,
// rounded once at the end (half-even), with CPython's handling of infinities and NaNs.
func mathFsum(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.argsExactly("fsum", args, 1); err != nil {
		return nil, err
	}
	var partials []float64
	specialSum, infSum := 0.0, 0.0
	err := vm.forEach(args[0], func(item Object) *PyError {
		x, err := vm.mathFloat(item)
		if err != nil {
			return err
		}
		xsave := x
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x != 0 {
			if !isFinite(x) {
				// A non-finite x could arise from an infinite or NaN input, or from an
				// intermediate overflow.
				if isFinite(xsave) {
					return vm.Raise(OverflowErrorType, "intermediate overflow in fsum")
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				partials = partials[:0]
			} else {
				partials = append(partials, x)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			return nil, vm.Raise(ValueErrorType, "-inf + inf in fsum")
		}
		return vm.NewFloat(specialSum), nil
	}
	hi := 0.0
	n := len(partials)
	if n > 0 {
		n--
		hi = partials[n]
		lo := 0.0
		for n > 0 {
			x := hi
			n--
			y := partials[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		// Round half-even correctly: if the next partial has the same sign as lo, the
		// sum is not exactly halfway and hi may need adjusting.
		if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return vm.NewFloat(hi), nil
}

// mathLog1p is fdlibm's log1p (Go's, like glibc's), with -1 a range error as in CPython.
func mathLog1p(x float64) float64 {
	if x == -1 {
		return math.Inf(-1)
	}
	return math.Log1p(x)
}
