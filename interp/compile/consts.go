// This file defines the constants a code object holds in co_consts: one Go type per kind
// of constant CPython 2.7 puts there, each with CPython's repr, and the keys the compiler
// uses to share one co_consts slot between equal constants as compile.c does.

package compile

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"handson/interp/syntax"
)

// Const is a value in co_consts: None, Int, Long, Float, Complex, Str, Unicode, Tuple,
// Ellipsis or *Code.
type Const interface {
	// Repr is the value's repr() in CPython 2.7.
	Repr() string
	// TypeName is the name of the value's Python type ("int", "str", "code", ...).
	TypeName() string
	isConst()
}

// None is Python's None.
type None struct{}

// Int is a Python int (a C long: 64 bits here, as on CPython for Linux amd64).
type Int int64

// Long is a Python long. V is never nil and is never modified once in a Const.
type Long struct{ V *big.Int }

// Float is a Python float.
type Float float64

// Complex is a Python complex.
type Complex complex128

// Str is a Python 2 str: a string of bytes (not necessarily UTF-8).
type Str string

// Unicode is a Python 2 unicode string as code points (CPython 2.7 built with UCS-4, so a
// code point above U+FFFF is one element).
type Unicode []rune

// Tuple is a tuple of constants (the folded `(1, 2)` or an import's name list).
type Tuple []Const

// Ellipsis is the `...` of an extended subscript.
type Ellipsis struct{}

func (None) isConst()     {}
func (Int) isConst()      {}
func (Long) isConst()     {}
func (Float) isConst()    {}
func (Complex) isConst()  {}
func (Str) isConst()      {}
func (Unicode) isConst()  {}
func (Tuple) isConst()    {}
func (Ellipsis) isConst() {}
func (*Code) isConst()    {}

// TypeName returns "NoneType".
func (None) TypeName() string { return "NoneType" }

// TypeName returns "int".
func (Int) TypeName() string { return "int" }

// TypeName returns "long".
func (Long) TypeName() string { return "long" }

// TypeName returns "float".
func (Float) TypeName() string { return "float" }

// TypeName returns "complex".
func (Complex) TypeName() string { return "complex" }

// TypeName returns "str".
func (Str) TypeName() string { return "str" }

// TypeName returns "unicode".
func (Unicode) TypeName() string { return "unicode" }

// TypeName returns "tuple".
func (Tuple) TypeName() string { return "tuple" }

// TypeName returns "ellipsis".
func (Ellipsis) TypeName() string { return "ellipsis" }

// TypeName returns "code".
func (*Code) TypeName() string { return "code" }

// Repr returns "None".
func (None) Repr() string { return "None" }

// Repr returns the decimal digits.
func (i Int) Repr() string { return strconv.FormatInt(int64(i), 10) }

// Repr returns the decimal digits followed by L.
func (l Long) Repr() string { return l.V.String() + "L" }

// Repr returns the shortest repr that reads back as the same float, as repr(x) does.
func (f Float) Repr() string { return syntax.ReprFloat(float64(f)) }

// Repr returns complex's repr: `1j`, `(1+2j)`, `(-0+0j)`.
func (c Complex) Repr() string { return syntax.ReprNumber(complex128(c)) }

// Repr returns str's repr with CPython's choice of quotes and its escapes.
func (s Str) Repr() string { return syntax.ReprStr(string(s)) }

// Repr returns unicode's repr: u'...' with \x, \u and \U escapes.
func (u Unicode) Repr() string { return syntax.ReprUnicode(u) }

// Repr returns the tuple's repr, with the trailing comma of a 1-tuple.
func (t Tuple) Repr() string {
	var b strings.Builder
	b.WriteByte('(')
	for i, c := range t {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(c.Repr())
	}
	if len(t) == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
	return b.String()
}

// Repr returns "Ellipsis".
func (Ellipsis) Repr() string { return "Ellipsis" }

// Repr returns `<code object NAME at 0x..., file "FILE", line N>`. The address is the Go
// object's, so like CPython's it differs from run to run.
func (c *Code) Repr() string {
	return fmt.Sprintf("<code object %s at %p, file \"%s\", line %d>", c.Name, c, c.Filename, c.FirstLineNo)
}

// nonFinite spells infinities and NaN as Python does; special is false for finite x.
func nonFinite(x float64) (s string, special bool) {
	switch {
	case math.IsNaN(x):
		return "nan", true
	case math.IsInf(x, 1):
		return "inf", true
	case math.IsInf(x, -1):
		return "-inf", true
	}
	return "", false
}

// scientific formats x as d.ddd with prec digits after the point (-1: as few as read back
// as x) and returns that mantissa and the decimal exponent.
func scientific(x float64, prec int) (mant string, exp int) {
	e := strconv.FormatFloat(x, 'e', prec, 64)
	mant, expStr, _ := strings.Cut(e, "e")
	exp, err := strconv.Atoi(expStr)
	if err != nil {
		panic("BUG: strconv produced a bad exponent: " + e)
	}
	return mant, exp
}

// exponentSuffix is the exponent part of a float in exponent notation, as C prints it:
// "e", a sign, and at least two digits.
func exponentSuffix(exp int) string {
	sign := "+"
	if exp < 0 {
		sign, exp = "-", -exp
	}
	digits := strconv.Itoa(exp)
	if len(digits) < 2 {
		digits = "0" + digits
	}
	return "e" + sign + digits
}

// constKey returns the key under which compile.c's compiler_add_o files a constant
// (CPython 2.7.18's _PyCode_ConstantKey): the value together with its type, all the way
// down into tuples and the constants of code objects, so that 1, 1L, 1.0 and (1,),
// (1.0,) get separate slots, and 0.0 and -0.0 do too. Two constants share a slot exactly
// when their keys are equal; ok is false for a value containing a NaN, which equals
// nothing and shares no slot.
func constKey(c Const) (key string, ok bool) {
	w := &keyWriter{}
	w.add(c)
	return w.b.String(), !w.nan
}

// keyWriter builds a constant key; nan records that a NaN was met.
type keyWriter struct {
	b   strings.Builder
	nan bool
}

// text writes a tagged, length-prefixed string, so that keys cannot run into each other.
func (w *keyWriter) text(tag byte, s string) {
	w.b.WriteByte(tag)
	w.b.WriteString(strconv.Itoa(len(s)))
	w.b.WriteByte(':')
	w.b.WriteString(s)
}

// float writes a float by its bits: floats compare equal exactly when their bits are
// equal, except for 0.0 == -0.0, which the key keeps apart on purpose, and NaN.
func (w *keyWriter) float(f float64) {
	if math.IsNaN(f) {
		w.nan = true
	}
	w.text('f', strconv.FormatUint(math.Float64bits(f), 16))
}

func (w *keyWriter) add(c Const) {
	w.b.WriteString(c.TypeName())
	switch v := c.(type) {
	case None, Ellipsis:
	case Int:
		w.text('n', strconv.FormatInt(int64(v), 10))
	case Long:
		w.text('n', v.V.String())
	case Float:
		w.float(float64(v))
	case Complex:
		w.float(real(v))
		w.float(imag(v))
	case Str:
		w.text('s', string(v))
	case Unicode:
		w.text('u', string(utf32Bytes(v)))
	case Tuple:
		w.b.WriteString("(" + strconv.Itoa(len(v)))
		for _, item := range v {
			w.add(item)
		}
		w.b.WriteString(")")
	case *Code:
		// The fields code_richcompare compares (not the filename, stack size or lnotab).
		w.text('s', v.Name)
		for _, n := range []int{v.ArgCount, v.NLocals, v.Flags, v.FirstLineNo} {
			w.text('i', strconv.Itoa(n))
		}
		w.text('b', string(v.Code))
		w.add(Tuple(v.Consts))
		for _, names := range [][]string{v.Names, v.VarNames, v.FreeVars, v.CellVars} {
			w.b.WriteString("[" + strconv.Itoa(len(names)))
			for _, n := range names {
				w.text('s', n)
			}
		}
	default:
		panic(fmt.Sprintf("BUG: unknown constant type %T", c))
	}
}

// utf32Bytes encodes code points at four bytes each, lone surrogates included.
func utf32Bytes(u []rune) []byte {
	b := make([]byte, 0, 4*len(u))
	for _, r := range u {
		b = append(b, byte(r>>24), byte(r>>16), byte(r>>8), byte(r))
	}
	return b
}
