// mod_math_libm.go gives the math module the results of CPython's C library. CPython 2.7's
// math functions call the platform libm, whose exp, log, pow, sin, cos, tan, atan and the
// rest are correctly rounded in practice on Linux (glibc); Go's math package is often one
// unit in the last place off, which shows in every repr. So each function here computes its
// value in double-double arithmetic (about 106 bits) and rounds once, which gives the
// correctly rounded result except in cases astronomically close to a rounding boundary.
// gamma, lgamma, erf and erfc follow CPython 2.7's own algorithms (mathmodule.c: Lanczos'
// approximation with Boost's N=13 coefficients, a series and a continued fraction) on top
// of these functions, since CPython does not use libm for them.
package vm

import "math"

// dd is a double-double: the unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

// Constants split into a double and the double nearest to the remainder.
var (
	ddLn2  = dd{0.6931471805599453, 2.3190468138462996e-17}
	ddLn10 = dd{2.302585092994046, -2.1707562233822494e-16}
	ddPi   = dd{3.141592653589793, 1.2246467991473532e-16}
	ddPio2 = dd{1.5707963267948966, 6.123233995736766e-17}
)

// invFact[n] is 1/n! in double-double.
var invFact = [...]dd{
	{1, 0},   // 1/0!
	{1, 0},   // 1/1!
	{0.5, 0}, // 1/2!
	{0.16666666666666666, 9.25185853854297e-18},       // 1/3!
	{0.041666666666666664, 2.3129646346357427e-18},    // 1/4!
	{0.008333333333333333, 1.1564823173178714e-19},    // 1/5!
	{0.001388888888888889, -5.300543954373577e-20},    // 1/6!
	{0.0001984126984126984, 1.7209558293420705e-22},   // 1/7!
	{2.48015873015873e-05, 2.1511947866775882e-23},    // 1/8!
	{2.7557319223985893e-06, -1.858393274046472e-22},  // 1/9!
	{2.755731922398589e-07, 2.3767714622250297e-23},   // 1/10!
	{2.505210838544172e-08, -1.448814070935912e-24},   // 1/11!
	{2.08767569878681e-09, -1.20734505911326e-25},     // 1/12!
	{1.6059043836821613e-10, 1.2585294588752098e-26},  // 1/13!
	{1.1470745597729725e-11, 2.0655512752830745e-28},  // 1/14!
	{7.647163731819816e-13, 7.03872877733453e-30},     // 1/15!
	{4.779477332387385e-14, 4.399205485834081e-31},    // 1/16!
	{2.8114572543455206e-15, 1.6508842730861433e-31},  // 1/17!
	{1.5619206968586225e-16, 1.1910679660273754e-32},  // 1/18!
	{8.22063524662433e-18, 2.2141894119604265e-34},    // 1/19!
	{4.110317623312165e-19, 1.4412973378659527e-36},   // 1/20!
	{1.9572941063391263e-20, -1.3643503830087908e-36}, // 1/21!
	{8.896791392450574e-22, -7.911402614872376e-38},   // 1/22!
	{3.868170170630684e-23, -8.843177655482344e-40},   // 1/23!
	{1.6117375710961184e-24, -3.6846573564509766e-41}, // 1/24!
	{6.446950284384474e-26, -1.9330404233703465e-42},  // 1/25!
	{2.4795962632247976e-27, -1.2953730964765229e-43}, // 1/26!
	{9.183689863795546e-29, 1.4303150396787322e-45},   // 1/27!
	{3.279889237069838e-30, 1.5117542744029879e-46},   // 1/28!
	{1.1309962886447716e-31, 1.0498015412959506e-47},  // 1/29!
	{3.7699876288159054e-33, 2.5870347832750324e-49},  // 1/30!
}

// pio2Parts is pi/2 in three doubles, for the argument reduction of sin and cos.
var pio2Parts = [3]float64{1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33}

func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return
}

func quickTwoSum(a, b float64) (s, e float64) {
	s = a + b
	e = b - (s - a)
	return
}

func twoProd(a, b float64) (p, e float64) {
	p = a * b
	e = math.FMA(a, b, -p)
	return
}

func ddF(x float64) dd { return dd{x, 0} }

func (x dd) value() float64 { return x.hi + x.lo }

func (x dd) neg() dd { return dd{-x.hi, -x.lo} }

func ddAdd(x, y dd) dd {
	s, e := twoSum(x.hi, y.hi)
	t, f := twoSum(x.lo, y.lo)
	e += t
	s, e = quickTwoSum(s, e)
	e += f
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func ddSub(x, y dd) dd { return ddAdd(x, y.neg()) }

func ddAddF(x dd, f float64) dd {
	s, e := twoSum(x.hi, f)
	e += x.lo
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func ddMul(x, y dd) dd {
	p, e := twoProd(x.hi, y.hi)
	e += x.hi*y.lo + x.lo*y.hi
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddMulF(x dd, f float64) dd {
	p, e := twoProd(x.hi, f)
	e += x.lo * f
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddDiv(x, y dd) dd {
	q1 := x.hi / y.hi
	r := ddSub(x, ddMulF(y, q1))
	q2 := r.hi / y.hi
	r = ddSub(r, ddMulF(y, q2))
	q3 := r.hi / y.hi
	s, e := quickTwoSum(q1, q2)
	return ddAddF(dd{s, e}, q3)
}

func ddSqrt(x dd) dd {
	if x.hi <= 0 {
		return dd{math.Sqrt(x.hi), 0}
	}
	s := math.Sqrt(x.hi)
	p, e := twoProd(s, s)
	r := ddSub(x, dd{p, e})
	return ddAddF(ddF(s), r.hi/(2*s))
}

// ddLdexp scales by 2**k and rounds once (the result may be subnormal).
func ddLdexp(x dd, k int) float64 {
	v := x.value()
	if k > -1000 {
		return math.Ldexp(v, k)
	}
	// Scale in two steps so that only the final one can round.
	return math.Ldexp(math.Ldexp(v, -1000)+math.Ldexp(x.lo-(v-x.hi), -1000), k+1000)
}

// expm1Small is exp(r) - 1 for |r| <= 2**-10, by its Taylor series to the term of degree
// 11 (r**12/12! < 1e-44 there).
func expm1Small(r dd) dd {
	p := invFact[11]
	for n := 10; n >= 1; n-- {
		p = ddAdd(ddMul(p, r), invFact[n])
	}
	return ddMul(p, r)
}

// expDD is exp(x) as k and m with exp(x) = m * 2**k, m in dd.
func expDD(x dd) (dd, int) {
	k := math.Round(x.hi / ddLn2.hi)
	r := ddSub(x, ddMulF(ddLn2, k))
	// exp(r) = (exp(r/1024))**1024, with exp(s)-1 kept separately to avoid losing bits.
	s := dd{r.hi / 1024, r.lo / 1024}
	p := expm1Small(s)
	for i := 0; i < 10; i++ {
		p = ddAdd(ddMulF(p, 2), ddMul(p, p))
	}
	return ddAddF(p, 1), int(k)
}

// crExp is a correctly rounded exp.
func crExp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1):
		return 0
	case x > 709.8:
		return math.Inf(1)
	case x < -745.2:
		return 0
	case x == 0:
		return 1
	}
	m, k := expDD(ddF(x))
	return ddLdexp(m, k)
}

// logDD is log(x) for a positive finite dd x.
func logDD(x dd) dd {
	// x = m * 2**e with m in [sqrt(1/2), sqrt(2)), so that log(m) has no cancellation.
	m, e := math.Frexp(x.hi)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	scaled := dd{math.Ldexp(x.hi, -e), math.Ldexp(x.lo, -e)}
	y0 := math.Log(m)
	// One Newton step on exp(y) = m from a nearly exact y0 doubles its accuracy.
	em, k := expDD(ddF(-y0))
	t := ddMul(scaled, dd{math.Ldexp(em.hi, k), math.Ldexp(em.lo, k)})
	y := ddAddF(ddAddF(t, -1), y0)
	if e != 0 {
		y = ddAdd(y, ddMulF(ddLn2, float64(e)))
	}
	return y
}

// crLog is a correctly rounded natural logarithm (NaN below zero, -Inf at zero).
func crLog(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x < 0:
		return math.NaN()
	case x == 0:
		return math.Inf(-1)
	case x == 1:
		return 0
	}
	return logDD(ddF(x)).value()
}

// crLog10 is fdlibm's log10 (as in glibc, which does not round it correctly): the
// exponent and the logarithm of the significand are combined with split constants.
func crLog10(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 1) || x <= 0 || x == 1 {
		return crLog(x)
	}
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	m, e := math.Frexp(x) // x = m * 2**e, m in [0.5, 1)
	k := e - 1            // x = (2m) * 2**k with 2m in [1, 2)
	i := 0
	if k < 0 {
		i = 1
	}
	y := float64(k + i)
	xs := math.Ldexp(m, 1-i) // in [1, 2) when k >= 0, in [0.5, 1) when k < 0
	z := float64(y*log10_2lo) + float64(ivln10*crLog(xs))
	return z + float64(y*log10_2hi)
}

// crPow is a correctly rounded pow with C99's special cases (Go's math.Pow has the same
// special cases; only the finite, non-trivial ones are computed here).
func crPow(x, y float64) float64 {
	if y == 0 || x == 1 {
		return 1
	}
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 {
		return math.Pow(x, y)
	}
	if y == 1 {
		return x
	}
	neg := false
	if x < 0 {
		if y != math.Trunc(y) {
			return math.NaN()
		}
		x = -x
		neg = math.Abs(y) < 1<<53 && math.Mod(y, 2) != 0
	}
	var r float64
	if y == math.Trunc(y) && math.Abs(y) <= 64 {
		r = ddPowInt(x, int(y))
	} else {
		t := ddMulF(logDD(ddF(x)), y)
		switch {
		case math.IsNaN(t.hi) || math.IsInf(t.hi, 0):
			// y*log(x) is beyond float range (the double-double product's error term
			// then turns to NaN): the result overflows or underflows.
			if (x > 1) == (y > 0) {
				r = math.Inf(1)
			} else {
				r = 0
			}
		case t.hi > 709.8:
			r = math.Inf(1)
		case t.hi < -745.2:
			r = 0
		default:
			m, k := expDD(t)
			r = ddLdexp(m, k)
		}
	}
	if neg {
		return -r
	}
	return r
}

// ddPowInt is x**n by repeated squaring in double-double, rounded once.
func ddPowInt(x float64, n int) float64 {
	inv := n < 0
	if inv {
		n = -n
	}
	result := ddF(1)
	base := ddF(x)
	for n > 0 {
		if n&1 != 0 {
			result = ddMul(result, base)
		}
		base = ddMul(base, base)
		n >>= 1
	}
	if math.IsInf(result.hi, 0) || math.IsNaN(result.hi) {
		if inv {
			return 0
		}
		return math.Inf(1)
	}
	if inv {
		if result.hi == 0 {
			return math.Inf(1)
		}
		return ddDiv(ddF(1), result).value()
	}
	return result.value()
}

// reducePio2 reduces x by multiples of pi/2: x = k*pi/2 + r, |r| <= pi/4 (about).
// ok is false when x is too large for this reduction to keep its accuracy.
func reducePio2(x float64) (r dd, k int, ok bool) {
	if math.Abs(x) > 1e6 {
		return dd{}, 0, false
	}
	kf := math.Round(x / pio2Parts[0])
	r = ddF(x)
	for _, p := range pio2Parts {
		hi, lo := twoProd(kf, p)
		r = ddSub(r, dd{hi, lo})
	}
	return r, int(kf), true
}

// sinDD and cosDD are sin and cos of a reduced argument |r| <= pi/4 + a little, by their
// Taylor series to the terms of degree 29 and 28 (the next are below 1e-34).
func sinDD(r dd) dd { return ddMul(taylorDD(ddMul(r, r), 29), r) }

func cosDD(r dd) dd { return taylorDD(ddMul(r, r), 28) }

// taylorDD sums the alternating series of sin/r (top odd) or cos (top even) in r2 = r*r
// by Horner's rule, from the term of degree top (whose sign is + for 28 and 29) down.
func taylorDD(r2 dd, top int) dd {
	s := invFact[top]
	for n := top - 2; n >= 0; n -= 2 {
		t := invFact[n]
		if (n/2)%2 == 1 {
			t = t.neg()
		}
		s = ddAdd(ddMul(s, r2), t)
	}
	return s
}

// sinQuadrant and cosQuadrant are sin and cos of k*pi/2 + r.
func sinQuadrant(r dd, k int) dd {
	switch k & 3 {
	case 0:
		return sinDD(r)
	case 1:
		return cosDD(r)
	case 2:
		return sinDD(r).neg()
	}
	return cosDD(r).neg()
}

func cosQuadrant(r dd, k int) dd {
	switch k & 3 {
	case 0:
		return cosDD(r)
	case 1:
		return sinDD(r).neg()
	case 2:
		return cosDD(r).neg()
	}
	return sinDD(r)
}

func crSin(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Sin(x)
	}
	if math.Abs(x) < 1e-8 {
		// sin(x) = x - x**3/6 with the cube far below half an ulp of x... except that
		// it decides the rounding direction: x - tiny rounds to x or its predecessor.
		return ddSub(ddF(x), ddMulF(ddMul(ddF(x), ddF(x*x/6)), 1)).value()
	}
	r, k, ok := reducePio2(x)
	if !ok {
		return math.Sin(x)
	}
	return sinQuadrant(r, k).value()
}

func crCos(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Cos(x)
	}
	r, k, ok := reducePio2(x)
	if !ok {
		return math.Cos(x)
	}
	return cosQuadrant(r, k).value()
}

func crTan(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return math.Tan(x)
	}
	r, k, ok := reducePio2(x)
	if !ok {
		return math.Tan(x)
	}
	return ddDiv(sinQuadrant(r, k), cosQuadrant(r, k)).value()
}

// atanDD is atan of a dd argument, refined from Go's atan by one Newton step on tan.
func atanDD(x dd) dd {
	if math.Abs(x.hi) > 1 {
		// atan(x) = sign*pi/2 - atan(1/x) keeps tan's argument away from pi/2.
		inv := atanDD(ddDiv(ddF(1), x))
		if x.hi > 0 {
			return ddSub(ddPio2, inv)
		}
		return ddSub(ddPio2.neg(), inv)
	}
	y0 := math.Atan(x.hi)
	r, k, _ := reducePio2(y0)
	s, c := sinQuadrant(r, k), cosQuadrant(r, k)
	// y1 = y0 - (tan(y0) - x) * cos(y0)**2 = y0 - (s*c - x*c*c)
	d := ddSub(ddMul(s, c), ddMul(x, ddMul(c, c)))
	return ddSub(ddF(y0), d)
}

func crAtan(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) < 1e-8 || math.Abs(x) > 1e300 {
		return math.Atan(x)
	}
	return atanDD(ddF(x)).value()
}

func crAtan2(y, x float64) float64 {
	if x == 0 || y == 0 || math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Atan2(y, x)
	}
	q := ddDiv(ddF(y), ddF(x))
	if math.IsInf(q.hi, 0) || q.hi == 0 || math.Abs(q.hi) < 1e-290 || math.Abs(q.hi) > 1e290 {
		return math.Atan2(y, x)
	}
	a := atanDD(q)
	if x < 0 {
		if y >= 0 {
			a = ddAdd(a, ddPi)
		} else {
			a = ddSub(a, ddPi)
		}
	}
	return a.value()
}

// asinDD is asin(x) for |x| < 1: atan(x / sqrt(1 - x*x)).
func asinDD(x dd) dd {
	x2 := ddMul(x, x)
	return atanDD(ddDiv(x, ddSqrt(ddSub(ddF(1), x2))))
}

func crAsin(x float64) float64 {
	if math.IsNaN(x) || x == 0 || math.Abs(x) < 1e-8 || math.Abs(x) > 1 {
		return math.Asin(x)
	}
	if math.Abs(x) == 1 {
		return math.Copysign(ddPio2.value(), x)
	}
	return asinDD(ddF(x)).value()
}

func crAcos(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) > 1 {
		return math.Acos(x)
	}
	switch {
	case x == 1:
		return 0
	case x == -1:
		return ddPi.value()
	case x > 0.5:
		// acos(x) = 2*asin(sqrt((1-x)/2)), with 1-x exact.
		return ddMulF(asinDD(ddSqrt(ddF((1-x)/2))), 2).value()
	case x < -0.5:
		return ddSub(ddPi, ddMulF(asinDD(ddSqrt(ddF((1+x)/2))), 2)).value()
	}
	return ddSub(ddPio2, asinDD(ddF(x))).value()
}

func crHypot(x, y float64) float64 {
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Inf(1)
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN()
	}
	x, y = math.Abs(x), math.Abs(y)
	if x < y {
		x, y = y, x
	}
	if y == 0 {
		return x
	}
	// Scale so that the squares neither overflow nor lose bits to underflow.
	_, e := math.Frexp(x)
	xs, ys := math.Ldexp(x, -e), math.Ldexp(y, -e)
	p1, e1 := twoProd(xs, xs)
	p2, e2 := twoProd(ys, ys)
	s := ddSqrt(ddAdd(dd{p1, e1}, dd{p2, e2}))
	return ddLdexp(s, e)
}

// The hyperbolic functions, asinh and acosh, follow fdlibm's algorithms, as glibc's do,
// on the correctly rounded exp and log above and on expm1 and log1p, which Go takes from
// fdlibm too. These are not correctly rounded in glibc, so computing them exactly would
// differ from CPython.

const (
	fdlibmLn2   = 6.93147180559945286227e-01
	fdlibmHuge  = 1e300
	twoPow28    = 1 << 28
	twoPowM28   = 1.0 / (1 << 28)
	sinhOverMax = 7.09782712893383973096e+02 // log(max double)
)

func crSinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	h := 0.5
	if x < 0 {
		h = -h
	}
	ax := math.Abs(x)
	if ax < 22 {
		if ax < twoPowM28 {
			return x
		}
		t := math.Expm1(ax)
		if ax < 1 {
			return h * (2.0*t - t*t/(t+1.0))
		}
		return h * (t + t/(t+1.0))
	}
	if ax < sinhOverMax {
		return h * crExp(ax)
	}
	if ax <= 7.10475860073943863426e+02 {
		w := crExp(0.5 * ax)
		t := h * w
		return t * w
	}
	return x * fdlibmHuge
}

func crCosh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	ax := math.Abs(x)
	if math.IsInf(x, 0) {
		return math.Inf(1)
	}
	if ax < 0.5*fdlibmLn2 {
		t := math.Expm1(ax)
		w := 1.0 + t
		if ax < 1.0/(1<<55) {
			return w
		}
		return 1.0 + (t*t)/(w+w)
	}
	if ax < 22 {
		t := crExp(ax)
		return 0.5*t + 0.5/t
	}
	if ax < sinhOverMax {
		return 0.5 * crExp(ax)
	}
	if ax <= 7.10475860073943863426e+02 {
		w := crExp(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	return math.Inf(1)
}

func crTanh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	if math.IsInf(x, 0) {
		return math.Copysign(1, x)
	}
	ax := math.Abs(x)
	var z float64
	if ax < 22 {
		switch {
		case ax < 1.0/(1<<55):
			return x * (1.0 + x)
		case ax >= 1:
			t := math.Expm1(2 * ax)
			z = 1.0 - 2.0/(t+2.0)
		default:
			t := math.Expm1(-2 * ax)
			z = -t / (t + 2.0)
		}
	} else {
		z = 1.0
	}
	return math.Copysign(z, x)
}

func crAsinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	ax := math.Abs(x)
	if ax < twoPowM28 {
		return x
	}
	var w float64
	switch {
	case ax > twoPow28:
		w = crLog(ax) + fdlibmLn2
	case ax > 2:
		w = crLog(2.0*ax + 1.0/(math.Sqrt(x*x+1.0)+ax))
	default:
		t := x * x
		w = math.Log1p(ax + t/(1.0+math.Sqrt(1.0+t)))
	}
	return math.Copysign(w, x)
}

func crAcosh(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x < 1:
		return math.NaN()
	case x >= twoPow28:
		if math.IsInf(x, 1) {
			return x
		}
		return crLog(x) + fdlibmLn2
	case x == 1:
		return 0
	case x > 2:
		t := x * x
		return crLog(2.0*x - 1.0/(x+math.Sqrt(t-1.0)))
	}
	t := x - 1.0
	return math.Log1p(t + math.Sqrt(2.0*t+t*t))
}

// crAtanh is fdlibm's atanh (Go's math.Atanh is the same algorithm on log1p).
func crAtanh(x float64) float64 {
	if math.Abs(x) >= 1 && !math.IsNaN(x) {
		return math.NaN()
	}
	return math.Atanh(x)
}

// CPython 2.7's gamma, lgamma, erf and erfc (mathmodule.c), on the functions above.

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	mathLogPi         = 1.144729885849400174143427351353058711647
	mathSqrtPi        = 1.772453850905516027298167483341145182798
)

var lanczosNum = [13]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDen = [13]float64{0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}

// lanczosSum is the rational function L_g(x) for x > 0.
func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5.0 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = float64(num*x) + lanczosNum[i]
			den = float64(den*x) + lanczosDen[i]
		}
	} else {
		for i := range lanczosNum {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinPi is sin(pi*x) for finite x, exact at the integers and half-integers.
func sinPi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2.0)
	var r float64
	switch int(math.Round(2.0 * y)) {
	case 0:
		r = crSin(math.Pi * y)
	case 1:
		r = crCos(math.Pi * (y - 0.5))
	case 2:
		r = crSin(math.Pi * (1.0 - y))
	case 3:
		r = -crCos(math.Pi * (y - 1.5))
	default:
		r = crSin(math.Pi * (y - 2.0))
	}
	return math.Copysign(1.0, x) * r
}

// cpyGamma is m_tgamma; NaN marks a domain error and Inf a range error.
func cpyGamma(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 1) {
		return x
	}
	if math.IsInf(x, -1) {
		return math.NaN()
	}
	if x == 0 {
		return math.NaN() // CPython raises ValueError for gamma(0)
	}
	if x == math.Floor(x) {
		if x < 0 {
			return math.NaN()
		}
		if x <= 23 {
			r := 1.0
			for i := 2.0; i < x; i++ {
				r *= i
			}
			return r
		}
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return 1.0 / x
	}
	if absx > 200.0 {
		if x < 0.0 {
			return 0.0 / sinPi(x)
		}
		return math.Inf(1)
	}
	y := absx + lanczosGMinusHalf
	var z float64
	if absx > lanczosGMinusHalf {
		q := y - absx
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - absx
	}
	z = z * lanczosG / y
	var r float64
	if x < 0.0 {
		r = -math.Pi / sinPi(absx) / absx * crExp(y) / lanczosSum(absx)
		r -= float64(z * r)
		if absx < 140.0 {
			r /= crPow(y, absx-0.5)
		} else {
			sqrtpow := crPow(y, absx/2.0-0.25)
			r /= sqrtpow
			r /= sqrtpow
		}
	} else {
		r = lanczosSum(absx) / crExp(y)
		r += float64(z * r)
		if absx < 140.0 {
			r *= crPow(y, absx-0.5)
		} else {
			sqrtpow := crPow(y, absx/2.0-0.25)
			r *= sqrtpow
			r *= sqrtpow
		}
	}
	return r
}

// cpyLgamma is m_lgamma; NaN marks a domain error (the poles, which CPython 2.7 reports
// as "math domain error").
func cpyLgamma(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	if math.IsInf(x, 0) {
		return math.Inf(1)
	}
	if x == math.Floor(x) && x <= 2.0 {
		if x <= 0.0 {
			return math.NaN()
		}
		return 0.0
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return -crLog(absx)
	}
	r := crLog(lanczosSum(absx)) - lanczosG
	r += float64((absx - 0.5) * (crLog(absx+lanczosG-0.5) - 1))
	if x < 0.0 {
		r = mathLogPi - crLog(math.Abs(sinPi(absx))) - crLog(absx) - r
	}
	return r
}

const (
	erfSeriesCutoff    = 1.5
	erfSeriesTerms     = 25
	erfcContfracCutoff = 30.0
	erfcContfracTerms  = 50
)

func erfSeries(x float64) float64 {
	x2 := x * x
	acc := 0.0
	fk := float64(erfSeriesTerms) + 0.5
	for i := 0; i < erfSeriesTerms; i++ {
		acc = 2.0 + float64(x2*acc)/fk
		fk -= 1.0
	}
	return acc * x * crExp(-x2) / mathSqrtPi
}

func erfcContfrac(x float64) float64 {
	if x >= erfcContfracCutoff {
		return 0.0
	}
	x2 := x * x
	a, da := 0.0, 0.5
	p, pLast := 1.0, 0.0
	q, qLast := da+x2, 1.0
	for i := 0; i < erfcContfracTerms; i++ {
		a += da
		da += 2.0
		b := da + x2
		p, pLast = float64(b*p)-float64(a*pLast), p
		q, qLast = float64(b*q)-float64(a*qLast), q
	}
	return p / q * x * crExp(-x2) / mathSqrtPi
}

func cpyErf(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	absx := math.Abs(x)
	if absx < erfSeriesCutoff {
		return erfSeries(x)
	}
	cf := erfcContfrac(absx)
	if x > 0.0 {
		return 1.0 - cf
	}
	return cf - 1.0
}

func cpyErfc(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	absx := math.Abs(x)
	if absx < erfSeriesCutoff {
		return 1.0 - erfSeries(x)
	}
	cf := erfcContfrac(absx)
	if x > 0.0 {
		return cf
	}
	return 2.0 - cf
}
