// strunichar.go classifies characters as CPython 2.7 does: bytes of a str with the C
// locale's <ctype.h> (ASCII only, since Python 2 never calls setlocale), and code points of
// a unicode string with CPython's Unicode 5.2 database (strunidata.go).
package vm

// uniRecord is one set of character properties; flags holds the uni* bits.
type uniRecord struct {
	flags               uint8
	upper, lower, title int32 // mappings, as deltas from the code point
	decimal, digit      int8  // values, -1 when the character has none
}

// Property bits of uniRecord.flags.
const (
	uniAlpha = 1 << iota
	uniDecimal
	uniDigit
	uniNumeric
	uniLower
	uniUpper
	uniSpace
	uniTitle
)

// uniLatin1 caches the record index of the first 256 code points, the common case.
var uniLatin1 = func() (t [256]uint8) {
	for c := range t {
		t[c] = uint8(uniSearch(rune(c)))
	}
	return t
}()

// uniSearch finds the record index of r in the run table.
func uniSearch(r rune) uint32 {
	lo, hi := 0, len(uniRuns)
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if rune(uniRuns[mid]>>8) <= r {
			lo = mid
		} else {
			hi = mid
		}
	}
	return uniRuns[lo] & 0xff
}

// uniProps returns the properties of code point r.
func uniProps(r rune) *uniRecord {
	if uint32(r) < 256 {
		return &uniRecords[uniLatin1[r]]
	}
	if r < 0 || r >= 0x110000 {
		return &uniRecords[0]
	}
	return &uniRecords[uniSearch(r)]
}

func uniHas(r rune, flag uint8) bool { return uniProps(r).flags&flag != 0 }

func uniIsAlpha(r rune) bool   { return uniHas(r, uniAlpha) }
func uniIsDecimal(r rune) bool { return uniHas(r, uniDecimal) }
func uniIsDigit(r rune) bool   { return uniHas(r, uniDigit) }
func uniIsNumeric(r rune) bool { return uniHas(r, uniNumeric) }
func uniIsLower(r rune) bool   { return uniHas(r, uniLower) }
func uniIsUpper(r rune) bool   { return uniHas(r, uniUpper) }
func uniIsTitle(r rune) bool   { return uniHas(r, uniTitle) }
func uniIsAlnum(r rune) bool {
	return uniProps(r).flags&(uniAlpha|uniDecimal|uniDigit|uniNumeric) != 0
}

// uniIsSpace is Py_UNICODE_ISSPACE.
func uniIsSpace(r rune) bool {
	if r < 128 {
		return byteIsSpace(byte(r)) || (r >= 0x1c && r <= 0x1f)
	}
	return uniHas(r, uniSpace)
}

// uniIsLinebreak is Py_UNICODE_ISLINEBREAK: the characters unicode.splitlines splits at.
func uniIsLinebreak(r rune) bool {
	switch r {
	case '\n', '\r', 0x0b, 0x0c, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func uniToUpper(r rune) rune { return r + uniProps(r).upper }
func uniToLower(r rune) rune { return r + uniProps(r).lower }
func uniToTitle(r rune) rune { return r + uniProps(r).title }

// uniDecimalValue is the decimal digit value of r, or -1; int() and float() of unicode
// strings accept any decimal digit.
func uniDecimalValue(r rune) int { return int(uniProps(r).decimal) }

// The C locale's character classes, for str methods.

func byteIsUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func byteIsLower(c byte) bool { return c >= 'a' && c <= 'z' }
func byteIsDigit(c byte) bool { return c >= '0' && c <= '9' }
func byteIsAlpha(c byte) bool { return byteIsUpper(c) || byteIsLower(c) }
func byteIsAlnum(c byte) bool { return byteIsAlpha(c) || byteIsDigit(c) }

// byteIsSpace is isspace(): space, \t, \n, \v, \f and \r.
func byteIsSpace(c byte) bool { return c == ' ' || (c >= '\t' && c <= '\r') }

func byteToUpper(c byte) byte {
	if byteIsLower(c) {
		return c - 'a' + 'A'
	}
	return c
}

func byteToLower(c byte) byte {
	if byteIsUpper(c) {
		return c - 'A' + 'a'
	}
	return c
}
