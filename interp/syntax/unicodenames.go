// This file defines the lookup of Unicode character names for \N{...} escapes, over the
// names of CPython 2.7's unicodedata (Unicode 5.2.0) embedded from unicodenames.bin, which
// testdata/gen_unicodenames.py writes (go test -update regenerates it). Like CPython it
// accepts any case for the listed names, and computes the Hangul syllable and CJK unified
// ideograph names, whose prefixes must be written in capitals.

package syntax

import (
	_ "embed"
	"strings"
)

//go:embed unicodenames.bin
var unicodeNameData string

// nameReader decodes the varints and strings of unicodeNameData.
type nameReader struct {
	data string
	pos  int
}

func (r *nameReader) uvarint() int {
	n, shift := 0, 0
	for {
		b := r.data[r.pos]
		r.pos++
		n |= int(b&0x7f) << shift
		if b < 0x80 {
			return n
		}
		shift += 7
	}
}

func (r *nameReader) text() string {
	n := r.uvarint()
	s := r.data[r.pos : r.pos+n]
	r.pos += n
	return s
}

func (r *nameReader) line() string {
	i := strings.IndexByte(r.data[r.pos:], '\n')
	s := r.data[r.pos : r.pos+i]
	r.pos += i + 1
	return s
}

// lookupUnicodeName returns the code point named name, as CPython 2.7's unicodedata
// lookup used by \N{...} escapes.
func lookupUnicodeName(name string) (rune, bool) {
	r := &nameReader{data: unicodeNameData}
	if r.line() != "UNAMES 1" {
		panic("BUG: unicodenames.bin has an unknown format")
	}
	r.line() // the Unicode version
	words := make([]string, r.uvarint())
	for i := range words {
		words[i] = r.text()
	}
	upper := strings.ToUpper(asciiOnly(name))

	const hangulPrefix, cjkPrefix = "HANGUL SYLLABLE ", "CJK UNIFIED IDEOGRAPH-"
	hangul := strings.HasPrefix(name, hangulPrefix)
	cjk := strings.HasPrefix(name, cjkPrefix)

	count := r.uvarint()
	code := 0
	for ; count > 0; count-- {
		code += r.uvarint()
		n := r.uvarint()
		rest, match := upper, !hangul && !cjk
		for i := 0; i < n; i++ {
			w := words[r.uvarint()]
			if !match {
				continue
			}
			if i > 0 {
				if !strings.HasPrefix(rest, " ") {
					match = false
					continue
				}
				rest = rest[1:]
			}
			if !strings.HasPrefix(rest, w) {
				match = false
				continue
			}
			rest = rest[len(w):]
		}
		if match && rest == "" {
			return rune(code), true
		}
	}

	type span struct{ first, last int }
	ranges := make([]span, r.uvarint())
	for i := range ranges {
		ranges[i] = span{r.uvarint(), r.uvarint()}
	}
	var jamo [3][]string
	for c := range jamo {
		jamo[c] = make([]string, r.uvarint())
		for i := range jamo[c] {
			jamo[c][i] = r.text()
		}
	}

	switch {
	case hangul:
		rest := name[len(hangulPrefix):]
		var idx [3]int
		for c := range jamo {
			best, bestLen := -1, -1
			for i, s := range jamo[c] {
				if len(s) > bestLen && strings.HasPrefix(rest, s) {
					best, bestLen = i, len(s)
				}
			}
			if best < 0 {
				return 0, false
			}
			idx[c] = best
			rest = rest[bestLen:]
		}
		if rest != "" {
			return 0, false
		}
		v, t := len(jamo[1]), len(jamo[2])
		return rune(0xac00 + (idx[0]*v+idx[1])*t + idx[2]), true
	case cjk:
		hex := name[len(cjkPrefix):]
		if len(hex) != 4 && len(hex) != 5 {
			return 0, false
		}
		v := 0
		for i := 0; i < len(hex); i++ {
			c := hex[i]
			switch {
			case c >= '0' && c <= '9':
				v = v*16 + int(c-'0')
			case c >= 'A' && c <= 'F':
				v = v*16 + int(c-'A') + 10
			default:
				return 0, false
			}
		}
		for _, s := range ranges {
			if v >= s.first && v <= s.last {
				return rune(v), true
			}
		}
	}
	return 0, false
}

// asciiOnly returns s, or "" when s has a non-ASCII byte (no name has one, and the
// upper-casing CPython applies is ASCII-only).
func asciiOnly(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return "\x00"
		}
	}
	return s
}
