// This file defines the decoding of number and string literals into the values a Num or
// Str node holds, following CPython 2.7's parsenumber, parsestr and the str and unicode
// escape decoders, including their error messages.

package syntax

import (
	"math/big"
	"strconv"
	"strings"
)

// numberValue converts a NUMBER token (with a leading '-' when the parser folds a unary
// minus into it) to int64, *big.Int, float64 or complex128, as CPython's parsenumber does:
// an L suffix makes a long; otherwise an integer that C's strtol (base 0: 0x, 0o, 0b and
// old-style 0 octal) can hold is an int and a larger one a long; anything else is a float,
// or an imaginary number for a j suffix.
func numberValue(s string) any {
	last := s[len(s)-1]
	if last == 'l' || last == 'L' {
		return longValue(s[:len(s)-1])
	}
	if v, ok, isInt := strtol(s); isInt {
		if ok {
			return v
		}
		return longValue(s)
	}
	if last == 'j' || last == 'J' {
		return complex(0, floatValue(s[:len(s)-1]))
	}
	return floatValue(s)
}

// splitIntLiteral separates sign, base and digits of an integer literal written with
// Python 2's base-0 rules.
func splitIntLiteral(s string) (neg bool, base int, digits string) {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) >= 2 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			return neg, 16, s[2:]
		case 'o', 'O':
			return neg, 8, s[2:]
		case 'b', 'B':
			return neg, 2, s[2:]
		}
		return neg, 8, s[1:]
	}
	return neg, 10, s
}

// strtol reports whether s is entirely an integer literal (isInt) and, if so, whether its
// value fits a C long (ok) and the value.
func strtol(s string) (v int64, ok, isInt bool) {
	neg, base, digits := splitIntLiteral(s)
	if digits == "" && base != 8 {
		return 0, false, false
	}
	for i := 0; i < len(digits); i++ {
		if digitValue(digits[i]) >= base {
			return 0, false, false
		}
	}
	if digits == "" {
		return 0, true, true // "0"
	}
	u, err := strconv.ParseUint(digits, base, 64)
	if err != nil {
		return 0, false, true
	}
	if neg {
		if u > 1<<63 {
			return 0, false, true
		}
		return -int64(u), true, true
	}
	if u > 1<<63-1 {
		return 0, false, true
	}
	return int64(u), true, true
}

func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

func longValue(s string) *big.Int {
	neg, base, digits := splitIntLiteral(s)
	v := new(big.Int)
	if digits != "" {
		if _, ok := v.SetString(digits, base); !ok {
			panic("BUG: the tokenizer let through a malformed long literal " + s)
		}
	}
	if neg {
		v.Neg(v)
	}
	return v
}

func floatValue(s string) float64 {
	// strtod semantics: correctly rounded, overflow to infinity without complaint.
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			panic("BUG: the tokenizer let through a malformed float literal " + s)
		}
	}
	return f
}

// strValue is a decoded string literal: bytes for str, code points for unicode.
type strValue struct {
	unicode bool
	s       []byte
	u       []rune
}

// literalError is a failure to decode a literal: CPython reports a UnicodeError as a
// SyntaxError "(unicode error) ..." and lets a ValueError through as it is.
type literalError struct {
	valueError bool
	msg        string
}

// stringValue decodes one STRING token (prefix and quotes included).
func (p *parser) stringValue(tok []byte) (strValue, *literalError) {
	unicode := p.flags&FutureUnicodeLiterals != 0
	raw := false
	i := 0
	if c := tok[0]; c == 'u' || c == 'U' {
		unicode = true
		i++
	}
	if c := tok[i]; c == 'b' || c == 'B' {
		unicode = false
		i++
	}
	if c := tok[i]; c == 'r' || c == 'R' {
		raw = true
		i++
	}
	if c := tok[0]; c != 'u' && c != 'U' && c != 'b' && c != 'B' {
		p.sawPlainString = true
	}
	quote := tok[i]
	body := tok[i+1 : len(tok)-1]
	if len(body) >= 4 && body[0] == quote && body[1] == quote {
		body = body[2 : len(body)-2]
	}
	if unicode {
		u, err := p.decodeUnicodeLiteral(body, raw)
		return strValue{unicode: true, u: u}, err
	}
	recode := p.src.enc == encCodec && !p.src.codec.isUTF8
	if raw || !containsByte(body, '\\') {
		if recode {
			out, err := p.recodeBytes(body)
			return strValue{s: out}, err
		}
		return strValue{s: append([]byte(nil), body...)}, nil
	}
	out, err := p.decodeStrEscapes(body, recode)
	return strValue{s: out}, err
}

func containsByte(b []byte, c byte) bool {
	for _, x := range b {
		if x == c {
			return true
		}
	}
	return false
}

// recodeBytes turns UTF-8 text back into the declared source encoding (the tokenizer read
// the source transcoded to UTF-8).
func (p *parser) recodeBytes(b []byte) ([]byte, *literalError) {
	out := make([]byte, 0, len(b))
	for _, r := range string(b) {
		c, ok := p.src.codec.encode(r)
		if !ok {
			return nil, &literalError{msg: "(unicode error) '" + p.src.codec.name +
				"' codec can't encode character"}
		}
		out = append(out, c)
	}
	return out, nil
}

// decodeStrEscapes decodes the escapes of a str literal like PyString_DecodeEscape.
func (p *parser) decodeStrEscapes(s []byte, recode bool) ([]byte, *literalError) {
	out := make([]byte, 0, len(s))
	end := len(s)
	for i := 0; i < end; {
		if s[i] != '\\' {
			if recode && s[i] >= 0x80 {
				j := i
				for j < end && s[j] >= 0x80 {
					j++
				}
				b, err := p.recodeBytes(s[i:j])
				if err != nil {
					return nil, err
				}
				out = append(out, b...)
				i = j
				continue
			}
			out = append(out, s[i])
			i++
			continue
		}
		i++ // the backslash; a literal's body never ends with a lone one
		c := s[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'b', 'f', 't', 'n', 'r', 'v', 'a':
			out = append(out, controlEscape(c))
		case '0', '1', '2', '3', '4', '5', '6', '7':
			var v rune
			v, i = octalEscape(s, i)
			out = append(out, byte(v))
		case 'x':
			if i+1 < end && isXDigit(int(s[i])) && isXDigit(int(s[i+1])) {
				out = append(out, byte(digitValue(s[i])<<4|digitValue(s[i+1])))
				i += 2
				break
			}
			return nil, &literalError{valueError: true, msg: "invalid \\x escape"}
		default:
			// Not an escape: keep the backslash and read the character again.
			out = append(out, '\\')
			i--
		}
	}
	return out, nil
}

// controlEscape returns the control character that a backslash and letter (one of
// b f t n r v a) stand for, in str and unicode literals alike.
func controlEscape(letter byte) byte {
	switch letter {
	case 'b':
		return '\b'
	case 'f':
		return '\f'
	case 't':
		return '\t'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 'v':
		return '\v'
	case 'a':
		return '\a'
	}
	panic("BUG: controlEscape of a letter that names no control character")
}

// octalEscape reads an octal escape whose first digit is s[i-1]: it takes up to two more
// octal digits and returns the value and the index after the escape.
func octalEscape(s []byte, i int) (rune, int) {
	v := rune(s[i-1] - '0')
	for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
		v = v<<3 + rune(s[i]-'0')
		i++
	}
	return v, i
}

// decodeUnicodeLiteral decodes the body of a unicode literal like CPython's
// decode_unicode: with a UTF-8 source, runs of non-ASCII bytes are first rewritten as
// \U escapes (a backslash before one as \u005c) so that the unicode-escape decoder, whose
// error positions count in that rewritten text, sees pure ASCII.
func (p *parser) decodeUnicodeLiteral(s []byte, raw bool) ([]rune, *literalError) {
	if p.src.enc == encUTF8 || p.src.enc == encCodec {
		var b []byte
		for i := 0; i < len(s); {
			if s[i] == '\\' {
				b = append(b, '\\')
				i++
				if i < len(s) && s[i] >= 0x80 {
					b = append(b, "u005c"...)
				}
			}
			if i < len(s) && s[i] >= 0x80 {
				j := i
				for j < len(s) && s[j] >= 0x80 {
					j++
				}
				runes, msg := decodeUTF8(s[i:j], "utf8")
				if msg != "" {
					return nil, unicodeError(msg)
				}
				for _, r := range runes {
					b = append(b, '\\', 'U')
					b = append(b, hexPad(uint32(r), 8)...)
				}
				i = j
			} else if i < len(s) {
				b = append(b, s[i])
				i++
			}
		}
		s = b
	}
	if raw {
		return decodeRawUnicodeEscape(s)
	}
	return decodeUnicodeEscape(s)
}

func hexPad(v uint32, n int) string {
	h := strconv.FormatUint(uint64(v), 16)
	return strings.Repeat("0", n-len(h)) + h
}

func unicodeError(msg string) *literalError {
	msg = "(unicode error) " + msg
	if len(msg) > 127 { // CPython formats it into a 128-byte buffer
		msg = msg[:127]
	}
	return &literalError{msg: msg}
}

// decodeErrorMessage formats a UnicodeDecodeError the way its str() does.
func decodeErrorMessage(codec string, s []byte, start, end int, reason string) string {
	if end == start+1 && start < len(s) {
		return "'" + codec + "' codec can't decode byte 0x" + hex2(s[start]) +
			" in position " + strconv.Itoa(start) + ": " + reason
	}
	return "'" + codec + "' codec can't decode bytes in position " + strconv.Itoa(start) +
		"-" + strconv.Itoa(end-1) + ": " + reason
}

// decodeUnicodeEscape is Python 2.7's unicode-escape codec applied to a literal's body.
func decodeUnicodeEscape(s []byte) ([]rune, *literalError) {
	out := make([]rune, 0, len(s))
	end := len(s)
	fail := func(start, stop int, reason string) ([]rune, *literalError) {
		return nil, unicodeError(decodeErrorMessage("unicodeescape", s, start, stop, reason))
	}
	for i := 0; i < end; {
		if s[i] != '\\' {
			out = append(out, rune(s[i]))
			i++
			continue
		}
		start := i
		i++
		if i >= end {
			return fail(start, end, "\\ at end of string")
		}
		c := s[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, rune(c))
		case 'b', 'f', 't', 'n', 'r', 'v', 'a':
			out = append(out, rune(controlEscape(c)))
		case '0', '1', '2', '3', '4', '5', '6', '7':
			var v rune
			v, i = octalEscape(s, i)
			out = append(out, v)
		case 'x', 'u', 'U':
			digits, reason := 2, "truncated \\xXX escape"
			if c == 'u' {
				digits, reason = 4, "truncated \\uXXXX escape"
			} else if c == 'U' {
				digits, reason = 8, "truncated \\UXXXXXXXX escape"
			}
			var v uint32
			for k := 0; k < digits; k++ {
				// The error ends at the first character that is not a hex digit (the
				// end of the literal counts as one).
				if i+k >= end || !isXDigit(int(s[i+k])) {
					return fail(start, i+k, reason)
				}
				v = v<<4 | uint32(digitValue(s[i+k]))
			}
			i += digits
			if v > 0x10ffff {
				return fail(start, i, "illegal Unicode character")
			}
			out = append(out, rune(v))
		case 'N':
			reason := "malformed \\N character escape"
			if i < end && s[i] == '{' {
				nameStart := i + 1
				for i < end && s[i] != '}' {
					i++
				}
				if i > nameStart && i < end {
					i++
					if r, ok := lookupUnicodeName(string(s[nameStart : i-1])); ok {
						out = append(out, r)
						break
					}
					return fail(start, i, "unknown Unicode character name")
				}
			}
			return fail(start, i, reason)
		default:
			out = append(out, '\\', rune(c))
		}
	}
	return out, nil
}

// decodeRawUnicodeEscape is Python 2.7's raw-unicode-escape codec: only \u and \U after an
// odd number of backslashes are escapes.
func decodeRawUnicodeEscape(s []byte) ([]rune, *literalError) {
	out := make([]rune, 0, len(s))
	end := len(s)
	for i := 0; i < end; {
		if s[i] != '\\' {
			out = append(out, rune(s[i]))
			i++
			continue
		}
		start := i
		bs := i
		for i < end && s[i] == '\\' {
			out = append(out, '\\')
			i++
		}
		if (i-bs)&1 == 0 || i >= end || (s[i] != 'u' && s[i] != 'U') {
			continue
		}
		out = out[:len(out)-1]
		count := 4
		if s[i] == 'U' {
			count = 8
		}
		i++
		var v uint32
		for k := 0; k < count; k, i = k+1, i+1 {
			if i >= end || !isXDigit(int(s[i])) {
				return nil, unicodeError(decodeErrorMessage("rawunicodeescape", s, start, i, "truncated \\uXXXX"))
			}
			v = v<<4 | uint32(digitValue(s[i]))
		}
		if v > 0x10ffff {
			return nil, unicodeError(decodeErrorMessage("rawunicodeescape", s, start, i, "\\Uxxxxxxxx out of range"))
		}
		out = append(out, rune(v))
	}
	return out, nil
}

// decodeUTF8 decodes b as Python 2.7's UTF-8 codec does (encoded surrogates are accepted)
// and returns its error message, naming the codec as given, if b is not valid.
func decodeUTF8(b []byte, codecName string) ([]rune, string) {
	out := make([]rune, 0, len(b))
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			out = append(out, rune(b[i]))
			i++
			continue
		}
		r, next, reason := DecodeUTF8At(b, i)
		if reason != "" {
			return nil, decodeErrorMessage(codecName, b, i, next, reason)
		}
		out = append(out, r)
		i = next
	}
	return out, ""
}

// DecodeUTF8At decodes the UTF-8 sequence that starts at b[i] as Python 2.7's codec does
// (encoded surrogates are accepted) and returns where the next one starts. For a
// malformed sequence, reason says what is wrong and next is where Python 2.7's decoder
// ends the error (and resumes when an error handler lets it go on). The str codecs of
// interp/vm decode with it too.
func DecodeUTF8At[T string | []byte](b T, i int) (r rune, next int, reason string) {
	c := b[i]
	n := 0
	switch {
	case c < 0x80:
		return rune(c), i + 1, ""
	case c >= 0xc2 && c <= 0xdf:
		n = 2
	case c >= 0xe0 && c <= 0xef:
		n = 3
	case c >= 0xf0 && c <= 0xf4:
		n = 4
	default:
		return 0, i + 1, "invalid start byte"
	}
	cont := func(k int) bool { return b[i+k]&0xc0 == 0x80 }
	if i+n > len(b) {
		stop := i + 1
		for stop < len(b) && cont(stop-i) {
			stop++
		}
		return 0, stop, "unexpected end of data"
	}
	bad := false
	switch n {
	case 2:
		bad = !cont(1)
	case 3:
		bad = !cont(1) || !cont(2) || (c == 0xe0 && b[i+1] < 0xa0)
	case 4:
		bad = !cont(1) || !cont(2) || !cont(3) || (c == 0xf0 && b[i+1] < 0x90) ||
			(c == 0xf4 && b[i+1] > 0x8f)
	}
	if bad {
		stop := i + 1
		if n > 2 && cont(1) {
			stop++
			if n > 3 && cont(2) {
				stop++
			}
		}
		return 0, stop, "invalid continuation byte"
	}
	switch n {
	case 2:
		r = rune(c&0x1f)<<6 | rune(b[i+1]&0x3f)
	case 3:
		r = rune(c&0x0f)<<12 | rune(b[i+1]&0x3f)<<6 | rune(b[i+2]&0x3f)
	case 4:
		r = rune(c&0x07)<<18 | rune(b[i+1]&0x3f)<<12 | rune(b[i+2]&0x3f)<<6 | rune(b[i+3]&0x3f)
	}
	return r, i + n, ""
}

// utf8ErrorMessage is the message for the first UTF-8 error in b.
func utf8ErrorMessage(codecName string, b []byte) string {
	_, msg := decodeUTF8(b, codecName)
	if msg == "" {
		return "'" + codecName + "' codec can't decode bytes"
	}
	return msg
}

// decodeUTF8Replace decodes b as Python 2.7's UTF-8 codec does with errors="replace":
// each malformed sequence becomes one U+FFFD.
func decodeUTF8Replace(b []byte) []rune {
	out := make([]rune, 0, len(b))
	for i := 0; i < len(b); {
		r, next, reason := DecodeUTF8At(b, i)
		if reason != "" {
			r = 0xfffd
		}
		out = append(out, r)
		i = next
	}
	return out
}

// appendUTF8 appends r in UTF-8, surrogates included (Python 2.7 encodes them).
func appendUTF8(out []byte, r rune) []byte {
	switch {
	case r < 0x80:
		return append(out, byte(r))
	case r < 0x800:
		return append(out, byte(0xc0|r>>6), byte(0x80|r&0x3f))
	case r < 0x10000:
		return append(out, byte(0xe0|r>>12), byte(0x80|r>>6&0x3f), byte(0x80|r&0x3f))
	}
	return append(out, byte(0xf0|r>>18), byte(0x80|r>>12&0x3f), byte(0x80|r>>6&0x3f), byte(0x80|r&0x3f))
}
