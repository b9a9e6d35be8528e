// numbers.go implements arithmetic on the builtin numbers (int, bool, long, float,
// complex) with Python 2.7's coercion rules and error messages, and the int fast paths the
// interpreter loop uses.
package vm

import (
	"math"
	"math/big"
	"math/cmplx"

	"handson/gcsim"
	op "handson/interp/compile"
)

// binop identifies a binary operator.
type binop uint8

const (
	opAdd binop = iota
	opSub
	opMul
	opDiv // classic division: floors on ints
	opTrueDiv
	opFloorDiv
	opMod
	opPow
	opLshift
	opRshift
	opAnd
	opOr
	opXor
	numBinops
)

// binopNames are an operator's symbol for messages and its special method names.
type binopNames struct {
	symbol             string
	name, rname, iname string
	// The same names as shared interned strs (see names.go).
	nameS, rnameS, inameS *Str
}

// binopInfo gives each operator its symbol and special method names.
var binopInfo = func() [numBinops]binopNames {
	t := binopTable
	for i := range t {
		t[i].nameS = builtinName(t[i].name)
		t[i].rnameS = builtinName(t[i].rname)
		t[i].inameS = builtinName(t[i].iname)
	}
	return t
}()

var binopTable = [numBinops]binopNames{
	opAdd:      {"+", "__add__", "__radd__", "__iadd__", nil, nil, nil},
	opSub:      {"-", "__sub__", "__rsub__", "__isub__", nil, nil, nil},
	opMul:      {"*", "__mul__", "__rmul__", "__imul__", nil, nil, nil},
	opDiv:      {"/", "__div__", "__rdiv__", "__idiv__", nil, nil, nil},
	opTrueDiv:  {"/", "__truediv__", "__rtruediv__", "__itruediv__", nil, nil, nil},
	opFloorDiv: {"//", "__floordiv__", "__rfloordiv__", "__ifloordiv__", nil, nil, nil},
	opMod:      {"%", "__mod__", "__rmod__", "__imod__", nil, nil, nil},
	opPow:      {"** or pow()", "__pow__", "__rpow__", "__ipow__", nil, nil, nil},
	opLshift:   {"<<", "__lshift__", "__rlshift__", "__ilshift__", nil, nil, nil},
	opRshift:   {">>", "__rshift__", "__rrshift__", "__irshift__", nil, nil, nil},
	opAnd:      {"&", "__and__", "__rand__", "__iand__", nil, nil, nil},
	opOr:       {"|", "__or__", "__ror__", "__ior__", nil, nil, nil},
	opXor:      {"^", "__xor__", "__rxor__", "__ixor__", nil, nil, nil},
}

// binopOf maps BINARY_* and INPLACE_* opcodes to operators.
var binopOf = func() [256]binop {
	var t [256]binop
	t[op.BINARY_ADD], t[op.INPLACE_ADD] = opAdd, opAdd
	t[op.BINARY_SUBTRACT], t[op.INPLACE_SUBTRACT] = opSub, opSub
	t[op.BINARY_MULTIPLY], t[op.INPLACE_MULTIPLY] = opMul, opMul
	t[op.BINARY_DIVIDE], t[op.INPLACE_DIVIDE] = opDiv, opDiv
	t[op.BINARY_TRUE_DIVIDE], t[op.INPLACE_TRUE_DIVIDE] = opTrueDiv, opTrueDiv
	t[op.BINARY_FLOOR_DIVIDE], t[op.INPLACE_FLOOR_DIVIDE] = opFloorDiv, opFloorDiv
	t[op.BINARY_MODULO], t[op.INPLACE_MODULO] = opMod, opMod
	t[op.BINARY_POWER], t[op.INPLACE_POWER] = opPow, opPow
	t[op.BINARY_LSHIFT], t[op.INPLACE_LSHIFT] = opLshift, opLshift
	t[op.BINARY_RSHIFT], t[op.INPLACE_RSHIFT] = opRshift, opRshift
	t[op.BINARY_AND], t[op.INPLACE_AND] = opAnd, opAnd
	t[op.BINARY_OR], t[op.INPLACE_OR] = opOr, opOr
	t[op.BINARY_XOR], t[op.INPLACE_XOR] = opXor, opXor
	return t
}()

// intBinaryFast does int op int for the common cases without overflow; nil means "take
// the general path" (overflow, division by zero, negative powers, bools in bit ops).
func (vm *VM) intBinaryFast(opcode int, a, b int64) Object {
	switch opcode {
	case op.BINARY_ADD, op.INPLACE_ADD:
		if r, of := addOverflows(a, b); !of {
			return vm.NewInt(r)
		}
	case op.BINARY_SUBTRACT, op.INPLACE_SUBTRACT:
		if r, of := subOverflows(a, b); !of {
			return vm.NewInt(r)
		}
	case op.BINARY_MULTIPLY, op.INPLACE_MULTIPLY:
		if r, of := mulOverflows(a, b); !of {
			return vm.NewInt(r)
		}
	case op.BINARY_MODULO, op.INPLACE_MODULO:
		if b != 0 {
			if _, r, of := floorDivMod(a, b); !of {
				return vm.NewInt(r)
			}
		}
	case op.BINARY_DIVIDE, op.INPLACE_DIVIDE, op.BINARY_FLOOR_DIVIDE, op.INPLACE_FLOOR_DIVIDE:
		if b != 0 {
			if q, _, of := floorDivMod(a, b); !of {
				return vm.NewInt(q)
			}
		}
	}
	return nil
}

// floatBinaryFast is the eval loop's fast path for arithmetic on a float and a float or
// an int: addition, subtraction, multiplication, and division by anything but zero, none
// of which can fail or need floatOp's rules. It returns nil for anything else (two ints
// included: they are never converted here), and the loop then takes the general path. It
// does the arithmetic itself rather than call floatOp: the extra call costs nbody 4%.
func (vm *VM) floatBinaryFast(opcode int, v, w Object) Object {
	var a, b float64
	var floats int
	switch x := v.(type) {
	case *Float:
		a, floats = x.V, 1
	case *Int:
		a = float64(x.V)
	default:
		return nil
	}
	switch x := w.(type) {
	case *Float:
		b, floats = x.V, floats+1
	case *Int:
		b = float64(x.V)
	default:
		return nil
	}
	if floats == 0 {
		return nil
	}
	switch opcode {
	case op.BINARY_ADD, op.INPLACE_ADD:
		return vm.NewFloat(a + b)
	case op.BINARY_SUBTRACT, op.INPLACE_SUBTRACT:
		return vm.NewFloat(a - b)
	case op.BINARY_MULTIPLY, op.INPLACE_MULTIPLY:
		return vm.NewFloat(a * b)
	case op.BINARY_DIVIDE, op.INPLACE_DIVIDE, op.BINARY_TRUE_DIVIDE, op.INPLACE_TRUE_DIVIDE:
		if b != 0 {
			return vm.NewFloat(a / b)
		}
	}
	return nil
}

// compareInts compares for COMPARE_OP's six orderings.
func compareInts(cmp int, a, b int64) bool {
	switch cmp {
	case op.CmpLT:
		return a < b
	case op.CmpLE:
		return a <= b
	case op.CmpEQ:
		return a == b
	case op.CmpNE:
		return a != b
	case op.CmpGT:
		return a > b
	case op.CmpGE:
		return a >= b
	}
	panic("BUG: compareInts with a non-ordering comparison")
}

// numKind orders the builtin numbers for coercion: int < long < float < complex.
type numKind uint8

const (
	notNumber numKind = iota
	kInt
	kLong
	kFloat
	kComplex
)

// numberKind tells whether o is an exact builtin number (subclass instances are not: their
// methods may be overridden).
func numberKind(o Object) numKind {
	switch o.(type) {
	case *Int:
		return kInt
	case *Long:
		return kLong
	case *Float:
		return kFloat
	case *Complex:
		return kComplex
	}
	return notNumber
}

// nativeNumber returns the builtin number behind o: o itself, or the native value of an
// instance of a number subclass.
func nativeNumber(o Object) Object {
	if inst, ok := o.(*Instance); ok && inst.Native != nil {
		if numberKind(inst.Native) != notNumber {
			return inst.Native
		}
	}
	if numberKind(o) != notNumber {
		return o
	}
	return nil
}

// asFloat converts an int, long or float to float64.
func (vm *VM) asFloat(o Object) (float64, *PyError) {
	switch x := o.(type) {
	case *Int:
		return float64(x.V), nil
	case *Long:
		f, ok := bigToFloat(x.V)
		if !ok {
			return 0, vm.Raise(OverflowErrorType, "long int too large to convert to float")
		}
		return f, nil
	case *Float:
		return x.V, nil
	}
	return 0, vm.typeErrorf("a float is required")
}

// numberBinary computes a op b when both are builtin numbers (exact or native parts);
// NotImplemented (owned) otherwise.
func (vm *VM) numberBinary(o binop, a, b Object) (Object, *PyError) {
	ka, kb := numberKind(a), numberKind(b)
	if ka == notNumber || kb == notNumber {
		return newRef(NotImplemented), nil
	}
	k := max(ka, kb)
	switch k {
	case kInt:
		x, y := a.(*Int), b.(*Int)
		return vm.intOp(o, x, y)
	case kLong:
		x, _ := bigOf(a)
		y, _ := bigOf(b)
		return vm.longOp(o, x, y)
	case kFloat:
		if o >= opLshift {
			return newRef(NotImplemented), nil
		}
		x, err := vm.asFloat(a)
		if err != nil {
			return nil, err
		}
		y, err := vm.asFloat(b)
		if err != nil {
			return nil, err
		}
		return vm.floatOp(o, x, y)
	case kComplex:
		x, err := vm.asComplex(a)
		if err != nil {
			return nil, err
		}
		y, err := vm.asComplex(b)
		if err != nil {
			return nil, err
		}
		return vm.complexOp(o, x, y)
	}
	return newRef(NotImplemented), nil
}

// intOp is int op int, promoting to long on overflow.
func (vm *VM) intOp(o binop, x, y *Int) (Object, *PyError) {
	a, b := x.V, y.V
	switch o {
	case opAdd:
		if r, of := addOverflows(a, b); !of {
			return vm.NewInt(r), nil
		}
	case opSub:
		if r, of := subOverflows(a, b); !of {
			return vm.NewInt(r), nil
		}
	case opMul:
		if r, of := mulOverflows(a, b); !of {
			return vm.NewInt(r), nil
		}
	case opDiv, opFloorDiv:
		if b == 0 {
			return nil, vm.Raise(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		if q, _, of := floorDivMod(a, b); !of {
			return vm.NewInt(q), nil
		}
	case opMod:
		if b == 0 {
			return nil, vm.Raise(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		if _, r, of := floorDivMod(a, b); !of {
			return vm.NewInt(r), nil
		}
	case opTrueDiv:
		if b == 0 {
			return nil, vm.Raise(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		if absU(a) <= 1<<53 && absU(b) <= 1<<53 {
			return vm.NewFloat(float64(a) / float64(b)), nil
		}
		f, ok := trueDivideBig(big.NewInt(a), big.NewInt(b))
		if !ok {
			return nil, vm.Raise(OverflowErrorType, "integer division result too large for a float")
		}
		return vm.NewFloat(f), nil
	case opPow:
		if b < 0 {
			if a == 0 {
				return nil, vm.Raise(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
			}
			return vm.floatOp(opPow, float64(a), float64(b))
		}
		if r, of := intPow(a, b); !of {
			return vm.NewInt(r), nil
		}
	case opLshift:
		if b < 0 {
			return nil, vm.Raise(ValueErrorType, "negative shift count")
		}
		if a == 0 {
			return vm.NewInt(0), nil
		}
		if b < 63 {
			r := a << uint(b)
			if r>>uint(b) == a {
				return vm.NewInt(r), nil
			}
		}
	case opRshift:
		if b < 0 {
			return nil, vm.Raise(ValueErrorType, "negative shift count")
		}
		if b >= 64 {
			if a < 0 {
				return vm.NewInt(-1), nil
			}
			return vm.NewInt(0), nil
		}
		return vm.NewInt(a >> uint(b)), nil
	case opAnd, opOr, opXor:
		var r int64
		switch o {
		case opAnd:
			r = a & b
		case opOr:
			r = a | b
		default:
			r = a ^ b
		}
		if (x == True || x == False) && (y == True || y == False) {
			return NewBool(r != 0), nil
		}
		return vm.NewInt(r), nil
	}
	return vm.longOp(o, big.NewInt(a), big.NewInt(b))
}

// longOp is arithmetic on longs; results stay longs (2L + 1 is 3L), except true division
// and negative powers, which give floats.
func (vm *VM) longOp(o binop, a, b *big.Int) (Object, *PyError) {
	r := new(big.Int)
	switch o {
	case opAdd:
		r.Add(a, b)
	case opSub:
		r.Sub(a, b)
	case opMul:
		r.Mul(a, b)
	case opDiv, opFloorDiv, opMod:
		if b.Sign() == 0 {
			return nil, vm.Raise(ZeroDivisionErrorType, "long division or modulo by zero")
		}
		q, m := floorDivModBig(a, b)
		if o == opMod {
			r = m
		} else {
			r = q
		}
	case opTrueDiv:
		if b.Sign() == 0 {
			return nil, vm.Raise(ZeroDivisionErrorType, "long division or modulo by zero")
		}
		f, ok := trueDivideBig(a, b)
		if !ok {
			return nil, vm.Raise(OverflowErrorType, "long/long too large for a float")
		}
		return vm.NewFloat(f), nil
	case opPow:
		if b.Sign() < 0 {
			if a.Sign() == 0 {
				return nil, vm.Raise(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
			}
			x, ok1 := bigToFloat(a)
			y, ok2 := bigToFloat(b)
			if !ok1 || !ok2 {
				return nil, vm.Raise(OverflowErrorType, "long int too large to convert to float")
			}
			return vm.floatOp(opPow, x, y)
		}
		if a.CmpAbs(big.NewInt(1)) > 0 && (!b.IsInt64() || int64(a.BitLen())*b.Int64() > maxLongBits) {
			return nil, vm.Raise(MemoryErrorType, "")
		}
		r.Exp(a, b, nil)
	case opLshift:
		if b.Sign() < 0 {
			return nil, vm.Raise(ValueErrorType, "negative shift count")
		}
		if !b.IsInt64() || b.Int64() > 1<<31 {
			return nil, vm.Raise(OverflowErrorType, "outrageous left shift count")
		}
		if a.Sign() != 0 && int64(a.BitLen())+b.Int64() > maxLongBits {
			return nil, vm.Raise(MemoryErrorType, "")
		}
		r.Lsh(a, uint(b.Int64()))
	case opRshift:
		if b.Sign() < 0 {
			return nil, vm.Raise(ValueErrorType, "negative shift count")
		}
		if !b.IsInt64() || b.Int64() > 1<<31 {
			if a.Sign() < 0 {
				r.SetInt64(-1)
			}
		} else {
			r.Rsh(a, uint(b.Int64()))
		}
	case opAnd:
		r.And(a, b)
	case opOr:
		r.Or(a, b)
	case opXor:
		r.Xor(a, b)
	}
	return vm.NewLong(r), nil
}

// floatOp is arithmetic on floats with Python's modulo and floor rules.
func (vm *VM) floatOp(o binop, a, b float64) (Object, *PyError) {
	switch o {
	case opAdd:
		return vm.NewFloat(a + b), nil
	case opSub:
		return vm.NewFloat(a - b), nil
	case opMul:
		return vm.NewFloat(a * b), nil
	case opDiv, opTrueDiv:
		if b == 0 {
			return nil, vm.Raise(ZeroDivisionErrorType, "float division by zero")
		}
		return vm.NewFloat(a / b), nil
	case opMod:
		if b == 0 {
			return nil, vm.Raise(ZeroDivisionErrorType, "float modulo")
		}
		_, m := floatDivmod(a, b)
		return vm.NewFloat(m), nil
	case opFloorDiv:
		if b == 0 {
			return nil, vm.Raise(ZeroDivisionErrorType, "float divmod()")
		}
		d, _ := floatDivmod(a, b)
		return vm.NewFloat(d), nil
	case opPow:
		return vm.floatPow(a, b)
	}
	return newRef(NotImplemented), nil
}

// floatDivmod is float_divmod: floor quotient and modulo with the divisor's sign.
func floatDivmod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
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

// floatPow is float_pow with its special cases and errors.
func (vm *VM) floatPow(a, b float64) (Object, *PyError) {
	if b == 0 {
		return vm.NewFloat(1.0), nil
	}
	if math.IsNaN(a) {
		return vm.NewFloat(a), nil
	}
	if a == 0 && b < 0 && !math.IsInf(b, 0) {
		return nil, vm.Raise(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
	}
	if a < 0 && !math.IsInf(a, 0) && b != math.Floor(b) && !math.IsInf(b, 0) && !math.IsNaN(b) {
		return nil, vm.Raise(ValueErrorType, "negative number cannot be raised to a fractional power")
	}
	r := crPow(a, b) // correctly rounded, as glibc's pow is
	if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
		return nil, vm.RaiseArgs(OverflowErrorType, vm.NewInt(34), vm.NewStr("Numerical result out of range"))
	}
	return vm.NewFloat(r), nil
}

// Complex is a Python complex.
type Complex struct {
	gcsim.Header
	V complex128
}

func (*Complex) Type() *Type { return ComplexType }

// NewComplex returns a complex, owned.
func (vm *VM) NewComplex(v complex128) Object {
	if vm.heap != nil {
		vm.allocLeaf(24)
	}
	return &Complex{Header: gcsim.Header{RC: 1}, V: v}
}

func (vm *VM) asComplex(o Object) (complex128, *PyError) {
	if c, ok := o.(*Complex); ok {
		return c.V, nil
	}
	f, err := vm.asFloat(o)
	return complex(f, 0), err
}

func (vm *VM) complexOp(o binop, a, b complex128) (Object, *PyError) {
	switch o {
	case opAdd:
		return vm.NewComplex(a + b), nil
	case opSub:
		return vm.NewComplex(a - b), nil
	case opMul:
		return vm.NewComplex(a * b), nil
	case opDiv, opTrueDiv:
		if b == 0 {
			return nil, vm.Raise(ZeroDivisionErrorType, "complex division by zero")
		}
		return vm.NewComplex(a / b), nil
	case opPow:
		if a == 0 && (real(b) < 0 || imag(b) != 0) {
			return nil, vm.Raise(ZeroDivisionErrorType, "0.0 to a negative or complex power")
		}
		return vm.NewComplex(cmplx.Pow(a, b)), nil
	}
	return nil, vm.typeErrorf("can't take floor or mod of complex number.")
}
