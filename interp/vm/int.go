// int.go defines Int, Python 2's machine-word int (and bool, whose two values are Ints),
// with the arithmetic rules of Python 2.7: results that overflow 64 bits become longs,
// division and modulo floor, and a negative power gives a float.
package vm

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"

	"handson/gcsim"
)

// Int is a Python int. True and False are the two Ints whose type is bool.
type Int struct {
	gcsim.Header
	V int64
}

// Type is bool for True and False, int otherwise.
func (i *Int) Type() *Type {
	if i == True || i == False {
		return BoolType
	}
	return IntType
}

const (
	smallIntMin = -5
	smallIntMax = 256
)

// smallInts are the shared ints -5..256, as CPython keeps them (so `is` behaves alike).
var smallInts = func() [smallIntMax - smallIntMin + 1]*Int {
	var a [smallIntMax - smallIntMin + 1]*Int
	for i := range a {
		a[i] = &Int{Header: gcsim.ImmortalHeader(immortalRC), V: int64(i + smallIntMin)}
	}
	return a
}()

// True and False.
var (
	True  = &Int{Header: gcsim.ImmortalHeader(immortalRC), V: 1}
	False = &Int{Header: gcsim.ImmortalHeader(immortalRC), V: 0}
)

// NewBool returns True or False, owned.
func NewBool(b bool) Object {
	if b {
		True.RC++
		return True
	}
	False.RC++
	return False
}

// intSize is the simulated size of an int in PyPy (header plus value).
const intSize = 16

// NewInt returns an int, owned.
func (vm *VM) NewInt(v int64) Object {
	if vm.heap != nil && !vm.heap.TakeRoom(intSize) { // allocLeaf, inline
		vm.allocLeafSlow(intSize)
	}
	if v >= smallIntMin && v <= smallIntMax {
		o := smallInts[v-smallIntMin]
		o.RC++
		return o
	}
	if n := len(vm.intFree); n > 0 {
		o := vm.intFree[n-1]
		vm.intFree = vm.intFree[:n-1]
		o.RC = 1
		o.V = v
		return o
	}
	return &Int{Header: gcsim.Header{RC: 1}, V: v}
}

// freeListMax bounds the free lists of ints and floats (CPython keeps such lists too).
const freeListMax = 4096

// newIntFromBig returns an int when b fits in 64 bits, a long otherwise.
func (vm *VM) newIntFromBig(b *big.Int) Object {
	if b.IsInt64() {
		return vm.NewInt(b.Int64())
	}
	return vm.NewLong(b)
}

// intAdd and friends implement the int fast paths; they return nil when the result does
// not fit, and the caller then redoes the operation with longs.

// addOverflows and subOverflows test the sign bits with XOR: cheap enough (inline cost
// under 20) for Go to inline them even into the eval loop. A sum overflows when its sign
// differs from both operands'; a difference, when the operands' signs differ and the
// result's differs from the first's.
func addOverflows(a, b int64) (int64, bool) {
	r := a + b
	return r, (r^a)&(r^b) < 0
}

func subOverflows(a, b int64) (int64, bool) {
	r := a - b
	return r, (a^b)&(a^r) < 0
}

func mulOverflows(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, false
	}
	hi, lo := bits.Mul64(uint64(absU(a)), uint64(absU(b)))
	neg := (a < 0) != (b < 0)
	if hi != 0 {
		return 0, true
	}
	if neg {
		if lo > 1<<63 {
			return 0, true
		}
		return -int64(lo), false
	}
	if lo > math.MaxInt64 {
		return 0, true
	}
	return int64(lo), false
}

func absU(a int64) uint64 {
	if a < 0 {
		return uint64(-a)
	}
	return uint64(a)
}

// floorDivMod is Python's integer division and modulo: the quotient rounds toward minus
// infinity and the remainder takes the divisor's sign. b must not be zero; the only
// overflow (minInt / -1) is reported.
func floorDivMod(a, b int64) (q, r int64, overflow bool) {
	if b == -1 && a == math.MinInt64 {
		return 0, 0, true
	}
	q = a / b
	r = a % b
	if r != 0 && (r < 0) != (b < 0) {
		q--
		r += b
	}
	return q, r, false
}

// intPow computes a**b for b >= 0, reporting overflow.
func intPow(a, b int64) (int64, bool) {
	result := int64(1)
	base := a
	for b > 0 {
		if b&1 == 1 {
			var of bool
			result, of = mulOverflows(result, base)
			if of {
				return 0, true
			}
		}
		b >>= 1
		if b > 0 {
			var of bool
			base, of = mulOverflows(base, base)
			if of {
				return 0, true
			}
		}
	}
	return result, false
}

// intRepr is repr() and str() of an int.
func intRepr(v int64) string { return strconv.FormatInt(v, 10) }

// hashInt is CPython 2.7's int hash: the value, with -1 reserved for errors.
func hashInt(v int64) int64 {
	if v == -1 {
		return -2
	}
	return v
}
