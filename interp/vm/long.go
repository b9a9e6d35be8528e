// long.go defines Long, Python 2's arbitrary-precision integer, and Float.
package vm

import (
	"math"
	"math/big"

	"handson/gcsim"
)

// Long is a Python long (repr with an L suffix).
type Long struct {
	gcsim.Header
	V *big.Int
}

func (*Long) Type() *Type { return LongType }

// NewLong returns a long holding v (not copied: the caller gives v up), owned.
func (vm *VM) NewLong(v *big.Int) Object {
	if vm.heap != nil {
		vm.allocLeaf(16 + 8*len(v.Bits()))
	}
	return &Long{Header: gcsim.Header{RC: 1}, V: v}
}

// Float is a Python float.
type Float struct {
	gcsim.Header
	V float64
}

func (*Float) Type() *Type { return FloatType }

// NewFloat returns a float, owned.
func (vm *VM) NewFloat(v float64) Object {
	if vm.heap != nil && !vm.heap.TakeRoom(16) { // allocLeaf, inline
		vm.allocLeafSlow(16)
	}
	if n := len(vm.floatFree); n > 0 {
		o := vm.floatFree[n-1]
		vm.floatFree = vm.floatFree[:n-1]
		o.RC = 1
		o.V = v
		return o
	}
	return &Float{Header: gcsim.Header{RC: 1}, V: v}
}

// pyLongShift is the digit size of CPython's longs on 64-bit builds; the hash of a long is
// defined in terms of these digits.
const pyLongShift = 30

// hashBig is CPython 2.7's long_hash, so that equal ints, longs and floats hash alike and
// dicts keyed by longs iterate in CPython's order.
func hashBig(v *big.Int) int64 {
	if v.IsInt64() {
		return hashInt(v.Int64())
	}
	abs := new(big.Int).Abs(v)
	// Split into 30-bit digits, most significant first.
	var digits []uint64
	mask := big.NewInt(1<<pyLongShift - 1)
	for abs.Sign() > 0 {
		d := new(big.Int).And(abs, mask)
		digits = append(digits, d.Uint64())
		abs.Rsh(abs, pyLongShift)
	}
	var x uint64
	for i := len(digits) - 1; i >= 0; i-- {
		x = (x << pyLongShift) | (x >> (64 - pyLongShift))
		x += digits[i]
		if x < digits[i] {
			x++
		}
	}
	r := int64(x)
	if v.Sign() < 0 {
		r = -r
	}
	if r == -1 {
		r = -2
	}
	return r
}

// hashFloat is CPython 2.7's _Py_HashDouble.
func hashFloat(v float64) int64 {
	intpart, fracpart := math.Modf(v)
	if fracpart == 0 {
		if math.IsInf(v, 0) {
			if v > 0 {
				return 314159
			}
			return -271828
		}
		if intpart >= -9.223372036854775808e18 && intpart < 9.223372036854775808e18 {
			return hashInt(int64(intpart))
		}
		b, _ := new(big.Float).SetFloat64(intpart).Int(nil)
		return hashBig(b)
	}
	if math.IsNaN(v) {
		return 0
	}
	frac, expo := math.Frexp(v)
	frac *= 2147483648.0
	hipart := int64(frac)
	frac = (frac - float64(hipart)) * 2147483648.0
	x := hipart + int64(frac) + int64(expo)<<15
	if x == -1 {
		x = -2
	}
	return x
}

// bigOf returns an int or long value as a big.Int (a fresh one for ints).
func bigOf(o Object) (*big.Int, bool) {
	switch x := o.(type) {
	case *Int:
		return big.NewInt(x.V), true
	case *Long:
		return x.V, true
	case *Instance:
		if x.Native != nil {
			return bigOf(x.Native)
		}
	}
	return nil, false
}

// floorDivModBig is Python's floor division and modulo on longs.
func floorDivModBig(a, b *big.Int) (q, r *big.Int) {
	q, r = new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		r.Add(r, b)
	}
	return q, r
}

// bigToFloat converts with correct rounding, reporting overflow.
func bigToFloat(b *big.Int) (float64, bool) {
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// trueDivideBig is a/b correctly rounded, as CPython's long true division.
func trueDivideBig(a, b *big.Int) (float64, bool) {
	r := new(big.Rat).SetFrac(a, b)
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}
