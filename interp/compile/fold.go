// This file defines the arithmetic the peephole optimizer folds at compile time, with
// Python 2.7's semantics: int results that overflow become longs, mixed operands are
// coerced up the int -> long -> float -> complex tower, sequences repeat and concatenate,
// and any operation that would raise an exception is simply not folded.

package compile

import (
	"math"
	"math/big"
)

// maxFoldBits bounds the size of an int or long result the optimizer is willing to
// compute. CPython has no bound (it would grind through 9**9**9); folding stops here so
// that compiling never hangs, which only changes the bytecode of such pathological code.
const maxFoldBits = 1 << 20

// isTrue is Python truth for a constant.
func isTrue(c Const) bool {
	switch v := c.(type) {
	case None:
		return false
	case Int:
		return v != 0
	case Long:
		return v.V.Sign() != 0
	case Float:
		return v != 0
	case Complex:
		return v != 0
	case Str:
		return len(v) > 0
	case Unicode:
		return len(v) > 0
	case Tuple:
		return len(v) > 0
	}
	return true // Ellipsis, code objects
}

// constSize is len() of a sequence constant; isSeq is false for non-sequences.
func constSize(c Const) (size int, isSeq bool) {
	switch v := c.(type) {
	case Str:
		return len(v), true
	case Unicode:
		return len(v), true
	case Tuple:
		return len(v), true
	}
	return 0, false
}

// foldUnaryOp computes -v, `v` or ~v. Negation is folded only for true values, so that
// -0.0 keeps its sign.
func foldUnaryOp(op int, v Const) (Const, bool) {
	switch op {
	case UNARY_NEGATIVE:
		if !isTrue(v) {
			return nil, false
		}
		switch x := v.(type) {
		case Int:
			if x == math.MinInt64 {
				return Long{new(big.Int).Neg(big.NewInt(int64(x)))}, true
			}
			return -x, true
		case Long:
			return Long{new(big.Int).Neg(x.V)}, true
		case Float:
			return -x, true
		case Complex:
			return Complex(complex(-real(x), -imag(x))), true
		}
	case UNARY_CONVERT:
		if _, isCode := v.(*Code); isCode {
			return nil, false // its repr has an address
		}
		return Str(v.Repr()), true
	case UNARY_INVERT:
		switch x := v.(type) {
		case Int:
			return ^x, true
		case Long:
			return Long{new(big.Int).Not(x.V)}, true
		}
	}
	return nil, false
}

// foldBinaryOp computes v op w for the binary opcodes the optimizer folds; ok is false
// when Python would raise.
func foldBinaryOp(op int, v, w Const) (Const, bool) {
	switch op {
	case BINARY_SUBSCR:
		return subscriptConst(v, w)
	case BINARY_ADD:
		if r, ok := concatConst(v, w); ok {
			return r, true
		}
	case BINARY_MULTIPLY:
		if r, handled, ok := repeatConst(v, w); handled {
			return r, ok
		}
		if r, handled, ok := repeatConst(w, v); handled {
			return r, ok
		}
	case BINARY_MODULO:
		switch v.(type) {
		case Str, Unicode:
			return formatConst(v, w)
		}
	}
	return numericOp(op, v, w)
}

func subscriptConst(v, w Const) (Const, bool) {
	idx, ok := indexOf(w)
	if !ok {
		return nil, false
	}
	switch s := v.(type) {
	case Str:
		if i, ok := normIndex(idx, len(s)); ok {
			return s[i : i+1], true
		}
	case Tuple:
		if i, ok := normIndex(idx, len(s)); ok {
			return s[i], true
		}
	}
	return nil, false
}

// indexOf returns an int or long constant as an index.
func indexOf(c Const) (int64, bool) {
	switch x := c.(type) {
	case Int:
		return int64(x), true
	case Long:
		if x.V.IsInt64() {
			return x.V.Int64(), true
		}
	}
	return 0, false
}

func normIndex(i int64, n int) (int, bool) {
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, false
	}
	return int(i), true
}

// concatConst adds strings, unicode strings (a str operand must be ASCII) and tuples.
func concatConst(v, w Const) (Const, bool) {
	switch a := v.(type) {
	case Str:
		switch b := w.(type) {
		case Str:
			return a + b, true
		case Unicode:
			if ua, ok := asciiToUnicode(a); ok {
				return append(ua, b...), true
			}
		}
	case Unicode:
		switch b := w.(type) {
		case Unicode:
			return append(append(Unicode(nil), a...), b...), true
		case Str:
			if ub, ok := asciiToUnicode(b); ok {
				return append(append(Unicode(nil), a...), ub...), true
			}
		}
	case Tuple:
		if b, ok := w.(Tuple); ok {
			return append(append(Tuple(nil), a...), b...), true
		}
	}
	return nil, false
}

// asciiToUnicode decodes a str with the default (ASCII) codec.
func asciiToUnicode(s Str) (Unicode, bool) {
	u := make(Unicode, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return nil, false
		}
		u[i] = rune(s[i])
	}
	return u, true
}

// repeatConst computes seq * count. handled is false when seq is not a sequence; ok is
// false when Python raises or the result would be longer than the optimizer keeps.
func repeatConst(seq, count Const) (r Const, handled, ok bool) {
	n, isSeq := constSize(seq)
	if !isSeq {
		return nil, false, false
	}
	k, isIndex := indexOf(count)
	if !isIndex {
		return nil, true, false
	}
	if k < 0 {
		k = 0
	}
	// A result over 20 items is discarded by the optimizer anyway: do not build it.
	if n > 0 && k > 20/int64(n) {
		return nil, true, false
	}
	if n == 0 {
		k = 0 // an empty sequence repeated any number of times
	}
	times := int(k)
	switch s := seq.(type) {
	case Str:
		out := make([]byte, 0, len(s)*times)
		for range times {
			out = append(out, s...)
		}
		return Str(out), true, true
	case Unicode:
		out := make(Unicode, 0, len(s)*times)
		for range times {
			out = append(out, s...)
		}
		return out, true, true
	case Tuple:
		out := make(Tuple, 0, len(s)*times)
		for range times {
			out = append(out, s...)
		}
		return out, true, true
	}
	return nil, true, false
}

// numeric kinds, in coercion order.
const (
	kindNone = iota
	kindInt
	kindLong
	kindFloat
	kindComplex
)

func numKind(c Const) int {
	switch c.(type) {
	case Int:
		return kindInt
	case Long:
		return kindLong
	case Float:
		return kindFloat
	case Complex:
		return kindComplex
	}
	return kindNone
}

func bigOf(c Const) *big.Int {
	switch x := c.(type) {
	case Int:
		return big.NewInt(int64(x))
	case Long:
		return x.V
	}
	panic("BUG: bigOf on a non-integer")
}

// floatOf converts an int, long or float to a float; a long too large fails as Python's
// OverflowError does.
func floatOf(c Const) (float64, bool) {
	switch x := c.(type) {
	case Int:
		return float64(x), true
	case Long:
		f, _ := new(big.Float).SetInt(x.V).Float64()
		if math.IsInf(f, 0) {
			return 0, false
		}
		return f, true
	case Float:
		return float64(x), true
	}
	panic("BUG: floatOf on a non-real")
}

func complexOf(c Const) (complex128, bool) {
	if x, ok := c.(Complex); ok {
		return complex128(x), true
	}
	f, ok := floatOf(c)
	return complex(f, 0), ok
}

// intResult returns a long result as an int when both operands were ints and it fits,
// as Python 2's int operations only overflow into longs.
func intResult(r *big.Int, bothInts bool) (Const, bool) {
	if r.BitLen() > maxFoldBits {
		return nil, false
	}
	if bothInts && r.IsInt64() {
		return Int(r.Int64()), true
	}
	return Long{r}, true
}

func numericOp(op int, v, w Const) (Const, bool) {
	kv, kw := numKind(v), numKind(w)
	if kv == kindNone || kw == kindNone {
		return nil, false
	}
	k := max(kv, kw)
	switch k {
	case kindInt, kindLong:
		return integerOp(op, bigOf(v), bigOf(w), k == kindInt)
	case kindFloat:
		a, ok1 := floatOf(v)
		b, ok2 := floatOf(w)
		if !ok1 || !ok2 {
			return nil, false
		}
		r, ok := floatOp(op, a, b)
		if !ok {
			return nil, false
		}
		return Float(r), true
	default:
		a, ok1 := complexOf(v)
		b, ok2 := complexOf(w)
		if !ok1 || !ok2 {
			return nil, false
		}
		r, ok := complexOp(op, a, b)
		if !ok {
			return nil, false
		}
		return Complex(r), true
	}
}

// integerOp does int and long arithmetic; ints is true when both operands are ints.
func integerOp(op int, a, b *big.Int, ints bool) (Const, bool) {
	r := new(big.Int)
	switch op {
	case BINARY_ADD:
		r.Add(a, b)
	case BINARY_SUBTRACT:
		r.Sub(a, b)
	case BINARY_MULTIPLY:
		if a.BitLen()+b.BitLen() > maxFoldBits+1 {
			return nil, false
		}
		r.Mul(a, b)
	case BINARY_FLOOR_DIVIDE, BINARY_MODULO:
		if b.Sign() == 0 {
			return nil, false
		}
		if ints && a.Int64() == math.MinInt64 && b.Int64() == -1 {
			ints = false // the one int division that overflows: CPython redoes it in longs
		}
		q, m := floorDivMod(a, b)
		if op == BINARY_MODULO {
			r = m
		} else {
			r = q
		}
	case BINARY_TRUE_DIVIDE:
		if b.Sign() == 0 {
			return nil, false
		}
		if a.Sign() == 0 {
			if b.Sign() < 0 {
				return Float(math.Copysign(0, -1)), true
			}
			return Float(0), true
		}
		f, _ := new(big.Rat).SetFrac(a, b).Float64()
		if math.IsInf(f, 0) {
			return nil, false
		}
		return Float(f), true
	case BINARY_POWER:
		if b.Sign() < 0 {
			// A negative exponent gives a float.
			x, ok1 := floatOf(Long{a})
			y, ok2 := floatOf(Long{b})
			if !ok1 || !ok2 {
				return nil, false
			}
			f, ok := floatPow(x, y)
			if !ok {
				return nil, false
			}
			return Float(f), true
		}
		if a.BitLen() > 1 && (!b.IsInt64() || b.Int64() > maxFoldBits/int64(a.BitLen()-1)) {
			return nil, false
		}
		r.Exp(a, b, nil)
	case BINARY_LSHIFT:
		if b.Sign() < 0 {
			return nil, false // ValueError: negative shift count
		}
		if ints && (a.Sign() == 0 || b.Sign() == 0) {
			return intResult(r.Set(a), ints)
		}
		// A long shift count must fit in a C ssize_t (OverflowError otherwise).
		if !b.IsInt64() || b.Int64() > maxFoldBits-int64(a.BitLen()) {
			return nil, false
		}
		r.Lsh(a, uint(b.Int64()))
	case BINARY_RSHIFT:
		if b.Sign() < 0 || !b.IsInt64() {
			return nil, false
		}
		r.Rsh(a, uint(min(b.Int64(), math.MaxInt32))) // rounds toward -inf, as Python does
	case BINARY_AND:
		r.And(a, b)
	case BINARY_XOR:
		r.Xor(a, b)
	case BINARY_OR:
		r.Or(a, b)
	default:
		return nil, false
	}
	return intResult(r, ints)
}

// floorDivMod divides rounding toward negative infinity; the remainder takes the
// divisor's sign.
func floorDivMod(a, b *big.Int) (q, m *big.Int) {
	q, m = new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, b)
	}
	return q, m
}

// floatOp is float arithmetic as floatobject.c does it.
func floatOp(op int, a, b float64) (float64, bool) {
	switch op {
	case BINARY_ADD:
		return a + b, true
	case BINARY_SUBTRACT:
		return a - b, true
	case BINARY_MULTIPLY:
		return a * b, true
	case BINARY_TRUE_DIVIDE:
		if b == 0 {
			return 0, false
		}
		return a / b, true
	case BINARY_MODULO:
		if b == 0 {
			return 0, false
		}
		_, m := floatDivMod(a, b)
		return m, true
	case BINARY_FLOOR_DIVIDE:
		if b == 0 {
			return 0, false
		}
		d, _ := floatDivMod(a, b)
		return d, true
	case BINARY_POWER:
		return floatPow(a, b)
	}
	return 0, false // shifts and bitwise operators do not take floats
}

// floatDivMod is float_divmod: the floor quotient and a remainder with the divisor's sign.
func floatDivMod(vx, wx float64) (floordiv, mod float64) {
	mod = math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

func isOddInteger(x float64) bool { return math.Mod(math.Abs(x), 2.0) == 1.0 }

// floatPow is float_pow, with its special cases and errors.
func floatPow(iv, iw float64) (float64, bool) {
	switch {
	case iw == 0:
		return 1.0, true
	case math.IsNaN(iv):
		return iv, true
	case math.IsNaN(iw):
		if iv == 1.0 {
			return 1.0, true
		}
		return iw, true
	case math.IsInf(iw, 0):
		iv = math.Abs(iv)
		if iv == 1.0 {
			return 1.0, true
		}
		if (iw > 0) == (iv > 1.0) {
			return math.Abs(iw), true
		}
		return 0.0, true
	case math.IsInf(iv, 0):
		odd := isOddInteger(iw)
		if iw > 0 {
			if odd {
				return iv, true
			}
			return math.Abs(iv), true
		}
		if odd {
			return math.Copysign(0, iv), true
		}
		return 0, true
	case iv == 0:
		if iw < 0 {
			return 0, false
		}
		if isOddInteger(iw) {
			return iv, true
		}
		return 0, true
	}
	negate := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			return 0, false
		}
		iv = -iv
		negate = isOddInteger(iw)
	}
	if iv == 1.0 {
		if negate {
			return -1.0, true
		}
		return 1.0, true
	}
	ix := accuratePow(iv, iw)
	if math.IsInf(ix, 0) {
		return 0, false // OverflowError
	}
	if negate {
		ix = -ix
	}
	return ix, true
}

// complexOp is complex arithmetic as complexobject.c does it.
func complexOp(op int, a, b complex128) (complex128, bool) {
	switch op {
	case BINARY_ADD:
		return complex(real(a)+real(b), imag(a)+imag(b)), true
	case BINARY_SUBTRACT:
		return complex(real(a)-real(b), imag(a)-imag(b)), true
	case BINARY_MULTIPLY:
		return complexProd(a, b), true
	case BINARY_TRUE_DIVIDE:
		return complexQuot(a, b)
	case BINARY_FLOOR_DIVIDE, BINARY_MODULO:
		// Deprecated in 2.7 but still computed: floor of the real quotient.
		q, ok := complexQuot(a, b)
		if !ok {
			return 0, false
		}
		div := complex(math.Floor(real(q)), 0)
		if op == BINARY_FLOOR_DIVIDE {
			return div, true
		}
		p := complexProd(b, div)
		return complex(real(a)-real(p), imag(a)-imag(p)), true
	case BINARY_POWER:
		return complexPow(a, b)
	}
	return 0, false
}

func complexProd(a, b complex128) complex128 {
	return complex(real(a)*real(b)-imag(a)*imag(b), real(a)*imag(b)+imag(a)*real(b))
}

// complexQuot is c_quot: Smith's algorithm, dividing by the larger part of b.
func complexQuot(a, b complex128) (complex128, bool) {
	absBr, absBi := math.Abs(real(b)), math.Abs(imag(b))
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false // ZeroDivisionError
		}
		ratio := imag(b) / real(b)
		denom := real(b) + imag(b)*ratio
		return complex((real(a)+imag(a)*ratio)/denom, (imag(a)-real(a)*ratio)/denom), true
	case absBi >= absBr:
		ratio := real(b) / imag(b)
		denom := real(b)*ratio + imag(b)
		return complex((real(a)*ratio+imag(a))/denom, (imag(a)*ratio-real(a))/denom), true
	}
	return complex(math.NaN(), math.NaN()), true
}

// complexPow is complex_pow: repeated squaring for small integral exponents, polar form
// otherwise.
func complexPow(a, b complex128) (complex128, bool) {
	var p complex128
	intExp := int64(real(b))
	if imag(b) == 0 && real(b) == float64(intExp) {
		if intExp > 100 || intExp < -100 {
			var ok bool
			if p, ok = complexPowGeneral(a, complex(float64(intExp), 0)); !ok {
				return 0, false
			}
		} else if intExp > 0 {
			p = complexPowU(a, intExp)
		} else {
			var ok bool
			if p, ok = complexQuot(1, complexPowU(a, -intExp)); !ok {
				return 0, false
			}
		}
	} else {
		var ok bool
		if p, ok = complexPowGeneral(a, b); !ok {
			return 0, false
		}
	}
	if math.IsInf(real(p), 0) || math.IsInf(imag(p), 0) {
		return 0, false // OverflowError
	}
	return p, true
}

func complexPowU(x complex128, n int64) complex128 {
	r := complex(1, 0)
	p := x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexProd(r, p)
		}
		p = complexProd(p, p)
	}
	return r
}

func complexPowGeneral(a, b complex128) (complex128, bool) {
	if b == 0 {
		return 1, true
	}
	if a == 0 {
		if imag(b) != 0 || real(b) < 0 {
			return 0, false // ZeroDivisionError
		}
		return 0, true
	}
	vabs := math.Hypot(real(a), imag(a))
	length := math.Pow(vabs, real(b))
	at := math.Atan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		length /= math.Exp(at * imag(b))
		phase += imag(b) * math.Log(vabs)
	}
	return complex(length*math.Cos(phase), length*math.Sin(phase)), true
}
