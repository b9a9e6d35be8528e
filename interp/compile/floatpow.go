// This file defines the float power the constant folder uses: x**y computed in 256-bit
// floating point and rounded once, so that folded constants agree with the C library's
// pow, which glibc rounds correctly in all but the hardest cases. Go's math.Pow is off by
// an ulp or more (1.7**1000 differs in the 14th digit).

package compile

import (
	"math"
	"math/big"
)

// powPrec is the working precision, far beyond float64's 53 bits so that one final
// rounding gives the correctly rounded result.
const powPrec = 256

// accuratePow returns x**y for finite x > 0, x != 1, and finite y != 0.
func accuratePow(x, y float64) float64 {
	whole, frac := math.Modf(y)
	if frac == 0 && math.Abs(whole) <= 1<<40 {
		return intPow(x, int64(whole))
	}
	// x**y = exp(y * ln x). Decide overflow and underflow in float64 first: exp's
	// argument must stay within the float range for the big computation to be useful.
	approx := y * math.Log(x)
	switch {
	case approx > 710:
		return math.Inf(1)
	case approx < -746:
		return 0
	}
	t := bigLog(newBig(x))
	t.Mul(t, newBig(y))
	f, _ := bigExp(t).Float64()
	return f
}

func newBig(x float64) *big.Float { return new(big.Float).SetPrec(powPrec).SetFloat64(x) }

// intPow computes x**n by repeated squaring, exactly enough to round once at the end.
func intPow(x float64, n int64) float64 {
	result := newBig(1)
	base := newBig(x)
	for k := n; k != 0; k /= 2 {
		if k%2 != 0 {
			result.Mul(result, base)
		}
		base.Mul(base, base)
	}
	if n < 0 {
		result.Quo(newBig(1), result)
	}
	f, _ := result.Float64()
	return f
}

// bigLog returns ln(x) for x > 0: with x = m * 2**e, m in [0.5, 1),
// ln x = e*ln 2 + 2*atanh((m-1)/(m+1)).
func bigLog(x *big.Float) *big.Float {
	m := new(big.Float).SetPrec(powPrec)
	e := x.MantExp(m)
	result := atanh2(ratioNear1(m))
	if e != 0 {
		ln2 := ln2()
		result.Add(result, ln2.Mul(ln2, newBig(float64(e))))
	}
	return result
}

// ln2 returns ln 2 = 2*atanh(1/3).
func ln2() *big.Float {
	return atanh2(new(big.Float).SetPrec(powPrec).Quo(newBig(1), newBig(3)))
}

// ratioNear1 returns (m-1)/(m+1).
func ratioNear1(m *big.Float) *big.Float {
	num := new(big.Float).SetPrec(powPrec).Sub(m, newBig(1))
	den := new(big.Float).SetPrec(powPrec).Add(m, newBig(1))
	return num.Quo(num, den)
}

// atanh2 returns 2*atanh(z) = 2*(z + z**3/3 + z**5/5 + ...) for |z| <= 1/3.
func atanh2(z *big.Float) *big.Float {
	if z.Sign() == 0 {
		return newBig(0)
	}
	sum := new(big.Float).SetPrec(powPrec).Set(z)
	z2 := new(big.Float).SetPrec(powPrec).Mul(z, z)
	power := new(big.Float).SetPrec(powPrec).Set(z)
	term := new(big.Float).SetPrec(powPrec)
	for k := 3; ; k += 2 {
		power.Mul(power, z2)
		term.Quo(power, newBig(float64(k)))
		if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -powPrec {
			break
		}
		sum.Add(sum, term)
	}
	return sum.Mul(sum, newBig(2))
}

// bigExp returns e**t for |t| < 750: t = k*ln 2 + r, and e**r from its Taylor series on
// r / 2**16, squared back 16 times.
func bigExp(t *big.Float) *big.Float {
	ln2 := ln2()
	kf, _ := new(big.Float).Quo(t, ln2).Float64()
	k := math.Round(kf)
	r := new(big.Float).SetPrec(powPrec).Sub(t, new(big.Float).SetPrec(powPrec).Mul(ln2, newBig(k)))
	const halvings = 16
	r.SetMantExp(r, -halvings)
	sum := newBig(1)
	term := newBig(1)
	for n := 1; ; n++ {
		term.Mul(term, r)
		term.Quo(term, newBig(float64(n)))
		if term.Sign() == 0 || term.MantExp(nil)-sum.MantExp(nil) < -powPrec {
			break
		}
		sum.Add(sum, term)
	}
	for range halvings {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}
