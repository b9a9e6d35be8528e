// This file defines Python 2.7's `%` string formatting of constants, which the peephole
// optimizer folds ('%d items' % 3), and the str() of constants it needs. Anything the
// formatter does not cover (mapping keys, `*` widths) is simply not folded.

package compile

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Conversion flags of a % specifier.
const (
	fmtLeft  = 1 << iota // '-'
	fmtSign              // '+'
	fmtBlank             // ' '
	fmtAlt               // '#'
	fmtZero              // '0'
)

// formatConst computes format % args for a str or unicode format; ok is false where
// Python would raise (or where the formatter gives up).
func formatConst(format, args Const) (Const, bool) {
	switch f := format.(type) {
	case Str:
		out, needUnicode, ok := formatText(bytesToRunes(string(f)), args, false)
		if needUnicode {
			u, isASCII := asciiToUnicode(f)
			if !isASCII {
				return nil, false
			}
			out, _, ok = formatText(u, args, true)
			if !ok {
				return nil, false
			}
			return Unicode(out), true
		}
		if !ok {
			return nil, false
		}
		b := make([]byte, len(out))
		for i, r := range out {
			b[i] = byte(r)
		}
		return Str(b), true
	case Unicode:
		out, _, ok := formatText(f, args, true)
		if !ok {
			return nil, false
		}
		return Unicode(out), true
	}
	return nil, false
}

func bytesToRunes(s string) []rune {
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		r[i] = rune(s[i])
	}
	return r
}

// formatText runs the formatting loop over a format held as code points (bytes for a
// str). In str mode, needUnicode reports that a unicode argument turns the whole result
// into unicode, as PyString_Format does by starting over with PyUnicode_Format.
func formatText(f []rune, args Const, unicodeMode bool) (out []rune, needUnicode, ok bool) {
	var list []Const
	argLen, argIdx := -1, -2
	if t, isTuple := args.(Tuple); isTuple {
		list = t
		argLen, argIdx = len(t), 0
	}
	nextArg := func() (Const, bool) {
		if argIdx < argLen {
			argIdx++
			if argLen < 0 {
				return args, true
			}
			return list[argIdx-1], true
		}
		return nil, false
	}
	i := 0
	for i < len(f) {
		if f[i] != '%' {
			out = append(out, f[i])
			i++
			continue
		}
		i++
		if i < len(f) && f[i] == '(' {
			return nil, false, false // needs a mapping
		}
		flags := 0
		for ; i < len(f); i++ {
			bit := map[rune]int{'-': fmtLeft, '+': fmtSign, ' ': fmtBlank, '#': fmtAlt, '0': fmtZero}[f[i]]
			if bit == 0 {
				break
			}
			flags |= bit
		}
		if i < len(f) && f[i] == '*' {
			return nil, false, false // the width would come from a tuple argument
		}
		var width int
		var ok bool
		if width, i, ok = readDecimal(f, i); !ok {
			return nil, false, false
		}
		prec := -1
		if i < len(f) && f[i] == '.' {
			i++
			if i < len(f) && f[i] == '*' {
				return nil, false, false
			}
			if prec, i, ok = readDecimal(f, i); !ok {
				return nil, false, false
			}
			prec = max(prec, 0) // "%.f" has precision 0
		}
		if i < len(f) && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L') {
			i++ // C length modifiers are accepted and ignored
		}
		if i >= len(f) {
			return nil, false, false // incomplete format
		}
		c := f[i]
		i++
		var v Const
		if c != '%' {
			var have bool
			if v, have = nextArg(); !have {
				return nil, false, false
			}
		}
		var body []rune
		signed := false
		fill := ' '
		switch c {
		case '%':
			body = []rune{'%'}
		case 's', 'r':
			var text Const
			if c == 's' {
				if _, isUni := v.(Unicode); isUni && !unicodeMode {
					return nil, true, false
				}
				text = strOf(v)
			} else {
				text = Str(v.Repr())
			}
			switch t := text.(type) {
			case nil:
				return nil, false, false
			case Str:
				if unicodeMode {
					u, isASCII := asciiToUnicode(t)
					if !isASCII {
						return nil, false, false
					}
					body = u
				} else {
					body = bytesToRunes(string(t))
				}
			case Unicode:
				body = append([]rune(nil), t...)
			}
			if prec >= 0 && len(body) > prec {
				body = body[:prec]
			}
		case 'i', 'd', 'u', 'o', 'x', 'X':
			n, isNum := intForFormat(v)
			if !isNum {
				return nil, false, false
			}
			body = []rune(formatInt(n, c, flags, prec))
			signed = true
			if flags&fmtZero != 0 {
				fill = '0'
			}
		case 'e', 'E', 'f', 'F', 'g', 'G':
			var x float64
			switch v.(type) {
			case Int, Long, Float:
				var fits bool
				if x, fits = floatOf(v); !fits {
					return nil, false, false
				}
			default:
				return nil, false, false
			}
			body = []rune(formatFloat(x, byte(c), prec, flags&fmtAlt != 0))
			signed = true
			if flags&fmtZero != 0 {
				fill = '0'
			}
		case 'c':
			switch x := v.(type) {
			case Unicode:
				if !unicodeMode {
					return nil, true, false
				}
				if len(x) != 1 {
					return nil, false, false
				}
				body = []rune{x[0]}
			case Str:
				if len(x) != 1 || unicodeMode && x[0] >= 0x80 {
					return nil, false, false
				}
				body = []rune{rune(x[0])}
			case Int, Long:
				n, _ := indexOf(x)
				limit := int64(256)
				if unicodeMode {
					limit = 0x110000
				}
				if n < 0 || n >= limit {
					return nil, false, false
				}
				body = []rune{rune(n)}
			default:
				return nil, false, false
			}
		default:
			return nil, false, false // unsupported format character
		}
		out = appendPadded(out, body, c, flags, width, signed, fill)
	}
	if argIdx < argLen {
		return nil, false, false // not all arguments converted
	}
	return out, false, true
}

// readDecimal reads the digits at f[i:] as a number: -1 when there are none; ok is false
// for a number too large to format with.
func readDecimal(f []rune, i int) (n, next int, ok bool) {
	n = -1
	for ; i < len(f) && f[i] >= '0' && f[i] <= '9'; i++ {
		n = max(n, 0)*10 + int(f[i]-'0')
		if n > 1<<20 {
			return 0, i, false
		}
	}
	return n, i, true
}

// appendPadded lays out one converted value with its sign, the 0x of %#x, and the padding
// to width, the way PyString_Format does.
func appendPadded(out, body []rune, c rune, flags, width int, signed bool, fill rune) []rune {
	var sign rune
	if signed {
		if len(body) > 0 && (body[0] == '-' || body[0] == '+') {
			sign = body[0]
			body = body[1:]
		} else if flags&fmtSign != 0 {
			sign = '+'
		} else if flags&fmtBlank != 0 {
			sign = ' '
		}
	}
	n := len(body)
	if width < n {
		width = n
	}
	if sign != 0 {
		if fill != ' ' {
			out = append(out, sign)
		}
		if width > n {
			width--
		}
	}
	alt := flags&fmtAlt != 0 && (c == 'x' || c == 'X')
	if alt {
		if fill != ' ' {
			out = append(out, body[0], body[1])
			body = body[2:]
		}
		width -= 2
		if width < 0 {
			width = 0
		}
		n -= 2
	}
	if width > n && flags&fmtLeft == 0 {
		for ; width > n; width-- {
			out = append(out, fill)
		}
	}
	if fill == ' ' {
		if sign != 0 {
			out = append(out, sign)
		}
		if alt {
			out = append(out, body[0], body[1])
			body = body[2:]
		}
	}
	out = append(out, body...)
	for ; width > n; width-- {
		out = append(out, ' ')
	}
	return out
}

// intForFormat converts the argument of %d and friends: ints and longs as they are,
// floats truncated toward zero.
func intForFormat(v Const) (*big.Int, bool) {
	switch x := v.(type) {
	case Int, Long:
		return bigOf(x), true
	case Float:
		f := float64(x)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			return nil, false
		}
		b, _ := new(big.Float).SetFloat64(math.Trunc(f)).Int(nil)
		return b, true
	}
	return nil, false
}

// formatInt formats an integer for %d %u %o %x %X: precision is a minimum digit count;
// # adds 0x (or a leading 0 for octal); negative numbers get a '-' in front.
func formatInt(n *big.Int, c rune, flags, prec int) string {
	base := 10
	switch c {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	digits := new(big.Int).Abs(n).Text(base)
	if prec == 0 && n.Sign() == 0 {
		digits = "" // C's printf prints no digit for zero at precision 0
	}
	if prec > len(digits) {
		digits = strings.Repeat("0", prec-len(digits)) + digits
	}
	if flags&fmtAlt != 0 {
		switch c {
		case 'o':
			if digits == "" || digits[0] != '0' {
				digits = "0" + digits
			}
		case 'x', 'X':
			digits = "0x" + digits
		}
	}
	if c == 'X' {
		digits = strings.ToUpper(digits)
	}
	if n.Sign() < 0 {
		return "-" + digits
	}
	return digits
}

// formatFloat is PyOS_double_to_string for the %e %f %g conversions (uppercase for
// %E %F %G); alt is the # flag. The default precision is 6.
func formatFloat(x float64, c byte, prec int, alt bool) string {
	upper := c == 'E' || c == 'F' || c == 'G'
	lower := c | 0x20
	if prec < 0 {
		prec = 6
	}
	s, special := nonFinite(x)
	switch {
	case special:
	case lower == 'f':
		s = strconv.FormatFloat(x, 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
	case lower == 'e':
		s = strconv.FormatFloat(x, 'e', prec, 64)
		if alt && prec == 0 {
			mant, exp, _ := strings.Cut(s, "e")
			s = mant + ".e" + exp
		}
	default:
		s = formatG(x, prec, alt)
	}
	if upper {
		s = strings.ToUpper(s)
	}
	return s
}

// formatG is C's %g: prec significant digits, exponent notation when the exponent is
// below -4 or at least prec, trailing zeros removed unless alt.
func formatG(x float64, prec int, alt bool) string {
	if prec == 0 {
		prec = 1
	}
	mant, exp := scientific(x, prec-1)
	if exp < -4 || exp >= prec {
		if !alt {
			mant = trimFractionZeros(mant)
		}
		return mant + exponentSuffix(exp)
	}
	s := strconv.FormatFloat(x, 'f', prec-1-exp, 64)
	if !alt {
		s = trimFractionZeros(s)
	} else if !strings.Contains(s, ".") {
		s += "."
	}
	return s
}

func trimFractionZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// strOf is str() of a constant: a Str, or a Unicode for a unicode value; nil when it
// cannot be computed here.
func strOf(v Const) Const {
	switch x := v.(type) {
	case Str, Unicode:
		return x
	case Long:
		return Str(x.V.String())
	case Float:
		return Str(floatStr(float64(x)))
	case Complex:
		re, im := real(x), imag(x)
		if re == 0 && !math.Signbit(re) {
			return Str(formatStrG(im, false) + "j")
		}
		return Str("(" + formatStrG(re, false) + formatStrG(im, true) + "j)")
	case *Code:
		return nil
	}
	return Str(v.Repr())
}

// floatStr is str(float): 12 significant digits and ".0" added to integral values. As
// in CPython, exponent notation starts one digit earlier than %.12g's, so that the
// added ".0" never makes a thirteenth digit.
func floatStr(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return formatStrG(x, false)
	}
	const prec = 12
	mant, exp := scientific(x, prec-1)
	if decpt := exp + 1; decpt <= -4 || decpt > prec-1 {
		return trimFractionZeros(mant) + exponentSuffix(exp)
	}
	s := trimFractionZeros(strconv.FormatFloat(x, 'f', prec-1-exp, 64))
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// formatStrG formats with %.12g, spelling infinities and NaN as Python does; sign forces
// a '+' on non-negative values.
func formatStrG(x float64, sign bool) string {
	s, special := nonFinite(x)
	if !special {
		s = formatG(x, 12, false)
	}
	if sign && !strings.HasPrefix(s, "-") {
		s = "+" + s
	}
	return s
}
