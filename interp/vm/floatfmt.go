// floatfmt.go formats floats as CPython 2.7's PyOS_double_to_string does: repr (the
// shortest digits that read back the same, exponent from 1e16 and below 1e-4), str (12
// significant digits), and the e, f, g conversions (and their upper-case forms) that %
// formatting and format() use, with the '#' form, forced signs, and the ".0" that str and
// format's empty type add to integral values. Digits come from strconv, which rounds
// correctly as David Gay's dtoa does.
package vm

import (
	"math"
	"strconv"
	"strings"
)

// floatFlags are PyOS_double_to_string's Py_DTSF_* flags.
type floatFlags uint8

const (
	floatSign    floatFlags = 1 << iota // always write a sign
	floatAddDot0                        // write ".0" when the result would read as an int
	floatAlt                            // '#': keep the point and trailing zeros
)

// floatRepr is repr(x).
func floatRepr(x float64) string { return formatDouble(x, 'r', 0, floatAddDot0) }

// floatStr is str(x).
func floatStr(x float64) string { return formatDouble(x, 'g', 12, floatAddDot0) }

// formatDouble formats x with code 'e', 'E', 'f', 'F', 'g', 'G' (prec digits) or 'r'
// (repr; prec unused).
func formatDouble(x float64, code byte, prec int, flags floatFlags) string {
	upper := code == 'E' || code == 'F' || code == 'G'
	if upper {
		code += 'a' - 'A'
	}
	neg := math.Signbit(x) && !math.IsNaN(x)
	var b []byte
	if neg {
		b = append(b, '-')
	} else if flags&floatSign != 0 {
		b = append(b, '+')
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		special := "inf"
		if math.IsNaN(x) {
			special = "nan"
		}
		if upper {
			special = strings.ToUpper(special)
		}
		return string(append(b, special...))
	}
	ax := math.Abs(x)
	alt := flags&floatAlt != 0
	if code == 'f' {
		b = strconv.AppendFloat(b, ax, 'f', prec, 64)
		if alt && prec == 0 {
			b = append(b, '.')
		}
		return string(b)
	}

	// The significant digits (no trailing zeros) and the position of the decimal point
	// relative to them, as dtoa gives them.
	var digits string
	var decpt int
	switch code {
	case 'r':
		digits, decpt = floatDigits(ax, -1)
	case 'e':
		prec++
		digits, decpt = floatDigits(ax, prec)
	case 'g':
		if prec == 0 {
			prec = 1
		}
		digits, decpt = floatDigits(ax, prec)
	default:
		panic("BUG: formatDouble code " + string(code))
	}

	// Which slice of the infinite string ...000<digits>000... to show, and whether to
	// use an exponent.
	vEnd := len(digits)
	useExp := false
	addDot0 := flags&floatAddDot0 != 0
	switch code {
	case 'e':
		useExp = true
		vEnd = prec
	case 'g':
		limit := prec
		if addDot0 {
			limit = prec - 1
		}
		useExp = decpt <= -4 || decpt > limit
		if alt {
			vEnd = prec
		}
	case 'r':
		useExp = decpt <= -4 || decpt > 16
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vStart := 0
	if decpt <= 0 {
		vStart = decpt - 1
	}
	if !useExp && addDot0 {
		vEnd = max(vEnd, decpt+1)
	} else {
		vEnd = max(vEnd, decpt)
	}

	zeros := func(n int) {
		for ; n > 0; n-- {
			b = append(b, '0')
		}
	}
	if decpt <= 0 {
		zeros(decpt - vStart)
		b = append(b, '.')
		zeros(-decpt)
	} else {
		zeros(-vStart)
	}
	if decpt > 0 && decpt <= len(digits) {
		b = append(b, digits[:decpt]...)
		b = append(b, '.')
		b = append(b, digits[decpt:]...)
	} else {
		b = append(b, digits...)
	}
	if len(digits) < decpt {
		zeros(decpt - len(digits))
		b = append(b, '.')
		zeros(vEnd - decpt)
	} else {
		zeros(vEnd - len(digits))
	}
	if b[len(b)-1] == '.' && !alt {
		b = b[:len(b)-1]
	}
	if useExp {
		if upper {
			b = append(b, 'E')
		} else {
			b = append(b, 'e')
		}
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, int64(exp), 10)
	}
	return string(b)
}

// floatDigits gives the significant digits of ax >= 0 without trailing zeros and the
// decimal point position: the shortest round-tripping ones (n < 0) or n correctly
// rounded ones. Zero is "0" with the point after it.
func floatDigits(ax float64, n int) (string, int) {
	if ax == 0 {
		return "0", 1
	}
	var buf [32]byte
	var e []byte
	if n < 0 {
		e = strconv.AppendFloat(buf[:0], ax, 'e', -1, 64)
	} else {
		e = strconv.AppendFloat(buf[:0], ax, 'e', n-1, 64)
	}
	// e is d[.ddd]e±XX.
	k := len(e) - 1
	for e[k] != 'e' {
		k--
	}
	exp, _ := strconv.Atoi(string(e[k+1:]))
	mant := e[:k]
	digits := make([]byte, 0, len(mant))
	for _, c := range mant {
		if c != '.' {
			digits = append(digits, c)
		}
	}
	end := len(digits)
	for end > 1 && digits[end-1] == '0' {
		end--
	}
	return string(digits[:end]), exp + 1
}
