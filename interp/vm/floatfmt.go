// floatfmt.go formats floats as CPython 2.7 does: repr (the shortest digits that read back
// the same), str (12 significant digits), and the %e/%f/%g conversions of % formatting and
// format(), all with correct rounding.
package vm

import (
	"math"
	"strconv"
	"strings"
)

// floatRepr is repr(x).
func floatRepr(x float64) string { return formatFloatShort(x, 'r', 0, true, false) }

// floatStr is str(x).
func floatStr(x float64) string { return formatFloatShort(x, 'g', 12, true, false) }

// formatFloatShort is PyOS_double_to_string for the 'r' (shortest) and 'e', 'f', 'g' codes:
// addDot0 appends ".0" to results that would read as an int; alt keeps trailing zeros and
// the point ('#').
func formatFloatShort(x float64, code byte, prec int, addDot0, alt bool) string {
	if math.IsNaN(x) {
		return "nan"
	}
	if math.IsInf(x, 0) {
		if x > 0 {
			return "inf"
		}
		return "-inf"
	}
	neg := math.Signbit(x)
	ax := math.Abs(x)
	var digits string // significant digits, no point
	var decpt int     // position of the decimal point relative to digits
	switch code {
	case 'r':
		digits, decpt = shortestDigits(ax)
	case 'e':
		digits, decpt = roundedDigits(ax, prec+1)
	case 'f':
		s := strconv.FormatFloat(ax, 'f', prec, 64)
		if neg {
			s = "-" + s
		}
		if alt && prec == 0 {
			s += "."
		}
		return s
	case 'g':
		if prec == 0 {
			prec = 1
		}
		digits, decpt = roundedDigits(ax, prec)
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	useExp := false
	switch code {
	case 'r':
		useExp = decpt <= -4 || decpt > 16
	case 'e':
		useExp = true
	case 'g':
		useExp = decpt <= -4 || decpt > prec
	}
	if code == 'g' && !alt {
		digits = strings.TrimRight(digits, "0")
		if digits == "" {
			digits = "0"
		}
	}
	if code == 'r' || (code == 'g' && alt) {
		// keep digits as they are
	}
	if useExp {
		exp := decpt - 1
		b.WriteByte(digits[0])
		rest := digits[1:]
		if code == 'e' || (code == 'g' && alt) {
			want := prec
			if code == 'g' {
				want = prec - 1
			}
			for len(rest) < want {
				rest += "0"
			}
		}
		if len(rest) > 0 || alt {
			b.WriteByte('.')
			b.WriteString(rest)
		}
		b.WriteByte('e')
		if exp < 0 {
			b.WriteByte('-')
			exp = -exp
		} else {
			b.WriteByte('+')
		}
		if exp < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.Itoa(exp))
		return b.String()
	}
	// Fixed notation.
	if decpt <= 0 {
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -decpt))
		b.WriteString(digits)
		if code == 'g' && alt {
			for n := len(digits); n < prec; n++ {
				b.WriteByte('0')
			}
		}
		return b.String()
	}
	if decpt >= len(digits) {
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", decpt-len(digits)))
		if code == 'g' && alt {
			b.WriteByte('.')
			for n := decpt; n < prec; n++ {
				b.WriteByte('0')
			}
		} else if addDot0 {
			b.WriteString(".0")
		}
		return b.String()
	}
	b.WriteString(digits[:decpt])
	b.WriteByte('.')
	b.WriteString(digits[decpt:])
	if code == 'g' && alt {
		for n := len(digits); n < prec; n++ {
			b.WriteByte('0')
		}
	}
	return b.String()
}

// shortestDigits gives the shortest round-tripping digits of ax > 0 (or 0) and the decimal
// point position.
func shortestDigits(ax float64) (string, int) {
	if ax == 0 {
		return "0", 1
	}
	e := strconv.FormatFloat(ax, 'e', -1, 64)
	return splitExp(e)
}

// roundedDigits gives n significant digits of ax, correctly rounded.
func roundedDigits(ax float64, n int) (string, int) {
	if ax == 0 {
		return strings.Repeat("0", n), 1
	}
	e := strconv.FormatFloat(ax, 'e', n-1, 64)
	return splitExp(e)
}

// splitExp splits Go's d.ddde±XX into digits and decimal point position.
func splitExp(e string) (string, int) {
	mant, expStr, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expStr)
	return strings.Replace(mant, ".", "", 1), exp + 1
}
