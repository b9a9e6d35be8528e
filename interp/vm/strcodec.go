// strcodec.go implements the codecs behind str.encode/decode, unicode.encode/decode and
// unicode(s, encoding, errors): ascii, latin-1, utf-8 (and utf-8-sig), utf-16 and utf-32
// (with and without a byte order mark), the charmap codecs cp1252, rot13 and the
// single-byte codecs of strcharmaps.go, unicode_escape, raw_unicode_escape, and the
// str-to-str codecs hex, base64 and string_escape, with the strict, ignore, replace,
// xmlcharrefreplace and backslashreplace error handlers and CPython 2.7's encoding names,
// aliases and UnicodeError messages.
package vm

import (
	"encoding/base64"
	"strconv"
	"strings"
	"sync"

	"handson/interp/syntax"
)

// codecID names a codec this VM implements.
type codecID uint8

const (
	codecUnknown codecID = iota
	codecASCII
	codecLatin1
	codecUTF8
	codecHex
	codecStringEscape
	codecUnicodeEscape
	codecUTF16 // byte order mark, then little-endian
	codecUTF16LE
	codecUTF16BE
	codecUTF32
	codecUTF32LE
	codecUTF32BE
	codecCP1252
	codecRot13
	codecBase64
	codecRawUnicodeEscape
	codecUTF8Sig
	codecUnicodeInternal
	// codecSingleByte is the first of the single-byte codecs of strcharmaps.go:
	// codecSingleByte+i is singleByteCodecs[i].
	codecSingleByte
)

// codecMessageName is the codec's name as UnicodeError messages spell it.
func (c codecID) messageName() string {
	switch c {
	case codecASCII:
		return "ascii"
	case codecLatin1:
		return "latin-1"
	case codecUTF8:
		return "utf8"
	case codecUnicodeEscape:
		return "unicodeescape"
	case codecUTF16, codecUTF16LE, codecUTF16BE:
		return "utf16"
	case codecUTF32, codecUTF32LE, codecUTF32BE:
		return "utf32"
	case codecCP1252, codecRot13:
		return "charmap"
	case codecRawUnicodeEscape:
		return "rawunicodeescape"
	case codecUTF8Sig:
		return "utf-8"
	case codecUnicodeInternal:
		return "unicode_internal"
	}
	if c >= codecSingleByte {
		return "charmap"
	}
	return "unknown"
}

// bytesCodec reports whether the codec turns str into str (hex, string_escape), so that
// str.encode applies it to the bytes themselves instead of decoding them first.
func (c codecID) bytesCodec() bool {
	return c == codecHex || c == codecStringEscape || c == codecBase64
}

// lookupCodec finds a codec by name as the encodings package does: case-insensitive,
// with runs of punctuation and spaces read as one underscore, and the usual aliases.
func lookupCodec(name string) codecID {
	var b strings.Builder
	pendingSep := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if byteIsAlnum(c) || c == '.' {
			if pendingSep && b.Len() > 0 {
				b.WriteByte('_')
			}
			pendingSep = false
			b.WriteByte(byteToLower(c))
		} else {
			pendingSep = true
		}
	}
	switch b.String() {
	case "ascii", "646", "us", "us_ascii", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986",
		"cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6":
		return codecASCII
	case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819",
		"iso_ir_100", "csisolatin1", "iso_8859_1_1987", "ibm819",
		"charmap": // the charmap codec without a mapping is latin-1

		return codecLatin1
	case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4":
		return codecUTF8
	case "hex", "hex_codec":
		return codecHex
	case "string_escape":
		return codecStringEscape
	case "unicode_escape":
		return codecUnicodeEscape
	case "utf_16", "utf16", "u16":
		return codecUTF16
	case "utf_16_le", "utf_16le", "unicodelittleunmarked":
		return codecUTF16LE
	case "utf_16_be", "utf_16be", "unicodebigunmarked":
		return codecUTF16BE
	case "utf_32", "utf32", "u32":
		return codecUTF32
	case "utf_32_le", "utf_32le":
		return codecUTF32LE
	case "utf_32_be", "utf_32be":
		return codecUTF32BE
	case "cp1252", "windows_1252":
		return codecCP1252
	case "rot13", "rot_13":
		return codecRot13
	case "base64", "base_64", "base64_codec":
		return codecBase64
	case "raw_unicode_escape":
		return codecRawUnicodeEscape
	case "utf_8_sig":
		return codecUTF8Sig
	case "unicode_internal":
		return codecUnicodeInternal
	}
	return lookupSingleByte(b.String())
}

// lookupSingleByte finds a codec of strcharmaps.go by its module name or an alias, as the
// encodings package's search function does (an alias may also be spelled with '.').
func lookupSingleByte(name string) codecID {
	if m, ok := singleByteAliases[name]; ok {
		name = m
	} else if m, ok := singleByteAliases[strings.ReplaceAll(name, ".", "_")]; ok {
		name = m
	}
	for i := range singleByteCodecs {
		if singleByteCodecs[i].name == name {
			return codecSingleByte + codecID(i)
		}
	}
	return codecUnknown
}

// errorMode is a codec error handler.
type errorMode uint8

const (
	errorsStrict errorMode = iota
	errorsIgnore
	errorsReplace
	errorsXMLCharRef
	errorsBackslash
	errorsUnknown
)

func lookupErrors(name string) errorMode {
	switch name {
	case "strict":
		return errorsStrict
	case "ignore":
		return errorsIgnore
	case "replace":
		return errorsReplace
	case "xmlcharrefreplace":
		return errorsXMLCharRef
	case "backslashreplace":
		return errorsBackslash
	}
	return errorsUnknown
}

// codecArgs reads the (encoding, errors) arguments of encode and decode, which also
// accept them by keyword. fn names the method for messages. Like the "s" format, a str
// or a unicode (encoded as ASCII), or an instance of a subclass of either, is accepted.
func (vm *VM) codecArgs(fn string, args []Object, kw *Dict) (encoding, errors string, err *PyError) {
	vals, err := vm.bindBuiltinArgs(fn, args, kw, []string{"encoding", "errors"}, 0)
	if err != nil {
		return "", "", err
	}
	encoding, errors = "ascii", "strict"
	for i, v := range vals {
		if v == nil {
			continue
		}
		var s string
		if sv := asStr(v); sv != nil {
			s = sv.S
		} else if u := asUnicode(v); u != nil {
			if s, err = vm.encodeASCII(u.R); err != nil {
				return "", "", err
			}
		} else {
			return "", "", vm.typeErrorf("%s() argument %d must be string, not %s", fn, i+1, argTypeName(v))
		}
		if i == 0 {
			encoding = s
		} else {
			errors = s
		}
	}
	return encoding, errors, nil
}

// unicodeErrorAt raises UnicodeEncodeError or UnicodeDecodeError the way CPython words
// them, with the encoding, object, start, end and reason attributes set.
func (vm *VM) unicodeErrorAt(t *Type, codec string, obj Object, start, end int, reason string) *PyError {
	var msg string
	if t == UnicodeDecodeErrorType {
		s := obj.(*Str).S
		if end == start+1 {
			msg = "'" + codec + "' codec can't decode byte 0x" + hex2(s[start]) + " in position " + strconv.Itoa(start) + ": " + reason
		} else {
			msg = "'" + codec + "' codec can't decode bytes in position " + strconv.Itoa(start) + "-" + strconv.Itoa(end-1) + ": " + reason
		}
	} else {
		r := obj.(*Unicode).R
		if end == start+1 {
			msg = "'" + codec + "' codec can't encode character u'" + escapedCodePoint(r[start]) + "' in position " + strconv.Itoa(start) + ": " + reason
		} else {
			msg = "'" + codec + "' codec can't encode characters in position " + strconv.Itoa(start) + "-" + strconv.Itoa(end-1) + ": " + reason
		}
	}
	err := vm.Raise(t, msg)
	inst := err.Value.(*Instance)
	d := inst.dict(vm)
	set := func(name string, v Object) {
		d.SetString(vm, name, v)
		vm.Decref(v)
	}
	set("encoding", vm.NewStr(codec))
	set("object", newRef(obj))
	set("start", vm.NewInt(int64(start)))
	set("end", vm.NewInt(int64(end)))
	set("reason", vm.NewStr(reason))
	return err
}

const hexDigitsLower = "0123456789abcdef"

func hex2(b byte) string { return string([]byte{hexDigitsLower[b>>4], hexDigitsLower[b&15]}) }

// escapedCodePoint is how UnicodeEncodeError shows a character: \xNN, \uNNNN or
// \UNNNNNNNN.
func escapedCodePoint(c rune) string {
	switch {
	case c < 0x100:
		return `\x` + hex2(byte(c))
	case c < 0x10000:
		return `\u` + hex2(byte(c>>8)) + hex2(byte(c))
	}
	return `\U` + hex2(byte(c>>24)) + hex2(byte(c>>16)) + hex2(byte(c>>8)) + hex2(byte(c))
}

func (vm *VM) unknownErrorHandler(name string) *PyError {
	return vm.Raisef(LookupErrorType, "unknown error handler name '%s'", name)
}

// encodeRunes encodes code points with a text codec (ascii, latin-1, utf-8 or
// unicode_escape) to a str. obj is the unicode object being encoded, for error reports
// (it may be nil; one is made when needed).
func (vm *VM) encodeRunes(r []rune, codec codecID, errors string, obj Object) (Object, *PyError) {
	switch codec {
	case codecUTF8:
		return vm.NewStr(encodeUTF8Runes(r)), nil
	case codecUnicodeEscape:
		return vm.NewStr(unicodeEscape(r)), nil
	case codecUTF16, codecUTF16LE, codecUTF16BE, codecUTF32, codecUTF32LE, codecUTF32BE:
		return vm.NewStr(encodeUTF16or32(r, codec)), nil
	case codecRawUnicodeEscape:
		return vm.NewStr(rawUnicodeEscape(r)), nil
	case codecUTF8Sig:
		return vm.NewStr("\xef\xbb\xbf" + encodeUTF8Runes(r)), nil
	case codecUnicodeInternal:
		return vm.NewStr(ucs4Bytes(r)), nil
	}
	if codec.isCharmap() {
		return vm.encodeCharmap(r, charmapTable(codec), errors, obj)
	}
	limit := rune(0x80)
	reason := "ordinal not in range(128)"
	if codec == codecLatin1 {
		limit = 0x100
		reason = "ordinal not in range(256)"
	}
	// Fast path: everything encodable.
	ok := true
	for _, c := range r {
		if c >= limit || c < 0 {
			ok = false
			break
		}
	}
	b := make([]byte, 0, len(r))
	if ok {
		for _, c := range r {
			b = append(b, byte(c))
		}
		return vm.NewStr(string(b)), nil
	}
	mode := lookupErrors(errors)
	for i := 0; i < len(r); {
		c := r[i]
		if c < limit && c >= 0 {
			b = append(b, byte(c))
			i++
			continue
		}
		j := i + 1
		for j < len(r) && (r[j] >= limit || r[j] < 0) {
			j++
		}
		switch mode {
		case errorsStrict:
			if obj == nil {
				obj = vm.NewUnicode(r)
				defer vm.Decref(obj)
			}
			return nil, vm.unicodeErrorAt(UnicodeEncodeErrorType, codec.messageName(), obj, i, j, reason)
		case errorsIgnore:
		default:
			var known bool
			if b, known = appendEncodeReplacement(b, mode, r[i:j]); !known {
				return nil, vm.unknownErrorHandler(errors)
			}
		}
		i = j
	}
	return vm.NewStr(string(b)), nil
}

// encodeUTF8Runes is CPython 2.7's UTF-8 encoder: lone surrogates are encoded like any
// other code point, and a high surrogate followed by a low one is combined first.
func encodeUTF8Runes(r []rune) string {
	ascii := true
	for _, c := range r {
		if c >= 0x80 || c < 0 {
			ascii = false
			break
		}
	}
	b := make([]byte, 0, len(r))
	if ascii {
		for _, c := range r {
			b = append(b, byte(c))
		}
		return string(b)
	}
	for i := 0; i < len(r); i++ {
		c := r[i]
		switch {
		case c >= 0 && c < 0x80:
			b = append(b, byte(c))
		case c >= 0 && c < 0x800:
			b = append(b, byte(0xc0|c>>6), byte(0x80|c&0x3f))
		case c >= 0xd800 && c <= 0xdbff && i+1 < len(r) && r[i+1] >= 0xdc00 && r[i+1] <= 0xdfff:
			c = ((c-0xd800)<<10 | (r[i+1] - 0xdc00)) + 0x10000
			i++
			b = append(b, byte(0xf0|c>>18), byte(0x80|(c>>12)&0x3f), byte(0x80|(c>>6)&0x3f), byte(0x80|c&0x3f))
		case c >= 0 && c < 0x10000:
			b = append(b, byte(0xe0|c>>12), byte(0x80|(c>>6)&0x3f), byte(0x80|c&0x3f))
		default:
			b = append(b, byte(0xf0|c>>18), byte(0x80|(c>>12)&0x3f), byte(0x80|(c>>6)&0x3f), byte(0x80|c&0x3f))
		}
	}
	return string(b)
}

// decodeBytes decodes a str with a text codec to unicode. obj is the str object, for
// error reports (nil: made when needed).
func (vm *VM) decodeBytes(s string, codec codecID, errors string, obj Object) (Object, *PyError) {
	switch codec {
	case codecLatin1:
		r := make([]rune, len(s))
		for i := 0; i < len(s); i++ {
			r[i] = rune(s[i])
		}
		return vm.NewUnicode(r), nil
	case codecUnicodeEscape:
		return vm.decodeUnicodeEscape(s, errors, obj)
	case codecRawUnicodeEscape:
		return vm.decodeRawUnicodeEscape(s, errors, obj)
	case codecUnicodeInternal:
		return vm.decodeUnicodeInternal(s, errors, obj)
	case codecUTF8Sig:
		// A leading byte order mark is dropped; the rest is UTF-8, errors counted from
		// after the mark.
		if strings.HasPrefix(s, "\xef\xbb\xbf") {
			s, obj = s[3:], nil
		}
		codec = codecUTF8
	}
	r := make([]rune, 0, len(s))
	if codec.isCharmap() {
		// A byte the table does not map is an error; the replace handler gives U+FFFD.
		table := &charmapTable(codec).decode
		for i := 0; i < len(s); i++ {
			if c := table[s[i]]; c >= 0 {
				r = append(r, c)
				continue
			}
			if err := vm.decodeFailure(&r, s, obj, codec, errors, i, i+1, "character maps to <undefined>"); err != nil {
				return nil, err
			}
		}
		return vm.NewUnicode(r), nil
	}
	switch codec {
	case codecUTF16, codecUTF16LE, codecUTF16BE, codecUTF32, codecUTF32LE, codecUTF32BE:
		return vm.decodeUTF16or32(s, codec, errors, obj)
	}
	mode := errorsStrict
	modeKnown := false
	fail := func(start, end int, reason string) *PyError {
		if !modeKnown {
			mode = lookupErrors(errors)
			modeKnown = true
		}
		switch mode {
		case errorsStrict:
			if obj == nil {
				o := vm.NewStr(s)
				defer vm.Decref(o)
				return vm.unicodeErrorAt(UnicodeDecodeErrorType, codec.messageName(), o, start, end, reason)
			}
			return vm.unicodeErrorAt(UnicodeDecodeErrorType, codec.messageName(), obj, start, end, reason)
		case errorsIgnore:
			return nil
		case errorsReplace:
			r = append(r, 0xfffd)
			return nil
		case errorsXMLCharRef, errorsBackslash:
			return vm.typeErrorf("don't know how to handle UnicodeDecodeError in error callback")
		}
		return vm.unknownErrorHandler(errors)
	}
	if codec == codecASCII {
		for i := 0; i < len(s); i++ {
			if s[i] < 0x80 {
				r = append(r, rune(s[i]))
				continue
			}
			if err := fail(i, i+1, "ordinal not in range(128)"); err != nil {
				return nil, err
			}
		}
		return vm.NewUnicode(r), nil
	}
	// UTF-8, accepting encoded surrogates as CPython 2.7 does, with its error spans.
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			r = append(r, rune(s[i]))
			i++
			continue
		}
		cp, next, reason := syntax.DecodeUTF8At(s, i)
		if reason != "" {
			if err := fail(i, next, reason); err != nil {
				return nil, err
			}
		} else {
			r = append(r, cp)
		}
		i = next
	}
	return vm.NewUnicode(r), nil
}

// unicodeEscape is the unicode_escape codec's encoder: printable ASCII as is, the rest as
// \t \n \r \\ \xNN \uNNNN \UNNNNNNNN.
func unicodeEscape(r []rune) string {
	var b strings.Builder
	for _, c := range r {
		switch {
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c >= ' ' && c < 0x7f:
			b.WriteByte(byte(c))
		default:
			b.WriteString(escapedCodePoint(c))
		}
	}
	return b.String()
}

// rawUnicodeEscape is the raw_unicode_escape codec's encoder: code points above 0xff as
// \uXXXX or \UXXXXXXXX, the rest as the latin-1 byte.
func rawUnicodeEscape(r []rune) string {
	b := make([]byte, 0, len(r))
	for _, c := range r {
		switch {
		case c >= 0x10000:
			b = append(b, '\\', 'U')
			for shift := 28; shift >= 0; shift -= 4 {
				b = append(b, hexDigitsLower[(c>>shift)&15])
			}
		case c >= 0x100:
			b = append(b, '\\', 'u')
			for shift := 12; shift >= 0; shift -= 4 {
				b = append(b, hexDigitsLower[(c>>shift)&15])
			}
		default:
			b = append(b, byte(c))
		}
	}
	return string(b)
}

// decodeRawUnicodeEscape is the raw_unicode_escape decoder: \uXXXX and \UXXXXXXXX are
// escapes when an odd number of backslashes leads them, every other byte is its latin-1
// character. A bad escape is reported from the first backslash of its run, as CPython
// does.
func (vm *VM) decodeRawUnicodeEscape(s string, errors string, obj Object) (Object, *PyError) {
	r := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		if s[i] != '\\' {
			r = append(r, rune(s[i]))
			i++
			continue
		}
		start := i
		for i < len(s) && s[i] == '\\' {
			r = append(r, '\\')
			i++
		}
		if (i-start)%2 == 0 || i >= len(s) || (s[i] != 'u' && s[i] != 'U') {
			continue
		}
		r = r[:len(r)-1]
		count := 4
		if s[i] == 'U' {
			count = 8
		}
		i++
		var x rune
		ok := true
		for k := 0; k < count; k, i = k+1, i+1 {
			if i >= len(s) || hexValue(s[i]) < 0 {
				ok = false
				break
			}
			x = x<<4 | rune(hexValue(s[i]))
		}
		switch {
		case !ok:
			if err := vm.decodeFailure(&r, s, obj, codecRawUnicodeEscape, errors, start, i, "truncated \\uXXXX"); err != nil {
				return nil, err
			}
		case x > 0x10ffff:
			if err := vm.decodeFailure(&r, s, obj, codecRawUnicodeEscape, errors, start, i, "\\Uxxxxxxxx out of range"); err != nil {
				return nil, err
			}
		default:
			r = append(r, x)
		}
	}
	return vm.NewUnicode(r), nil
}

// ucs4Bytes is unicode text as CPython 2.7 (a UCS-4 build on a little-endian machine)
// holds it: four bytes per code point, least significant first. It is the
// unicode_internal codec and what a unicode string offers as a read buffer.
func ucs4Bytes(r []rune) string {
	b := make([]byte, 0, 4*len(r))
	for _, c := range r {
		b = append(b, byte(c), byte(c>>8), byte(c>>16), byte(c>>24))
	}
	return string(b)
}

// decodeUnicodeInternal is the unicode_internal decoder: each four bytes are a code
// point; a short tail or a value above U+10FFFF is an error.
func (vm *VM) decodeUnicodeInternal(s string, errors string, obj Object) (Object, *PyError) {
	r := make([]rune, 0, len(s)/4)
	for i := 0; i < len(s); {
		if len(s)-i < 4 {
			if err := vm.decodeFailure(&r, s, obj, codecUnicodeInternal, errors, i, len(s), "truncated input"); err != nil {
				return nil, err
			}
			break
		}
		c := uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
		if c > 0x10ffff {
			if err := vm.decodeFailure(&r, s, obj, codecUnicodeInternal, errors, i, i+4, "illegal code point (> 0x10FFFF)"); err != nil {
				return nil, err
			}
		} else {
			r = append(r, rune(c))
		}
		i += 4
	}
	return vm.NewUnicode(r), nil
}

// decodeUnicodeEscape is the unicode_escape decoder: Python's string escapes with
// \uXXXX and \UXXXXXXXX. \N{name} is not decoded (the name table lives unexported in
// interp/syntax) and stays as written, where CPython looks the name up.
func (vm *VM) decodeUnicodeEscape(s string, errors string, obj Object) (Object, *PyError) {
	r := make([]rune, 0, len(s))
	fail := func(start, end int, reason string) *PyError {
		switch lookupErrors(errors) {
		case errorsStrict:
			if obj == nil {
				o := vm.NewStr(s)
				defer vm.Decref(o)
				obj = o
			}
			return vm.unicodeErrorAt(UnicodeDecodeErrorType, "unicodeescape", obj, start, end, reason)
		case errorsIgnore:
			return nil
		case errorsReplace:
			r = append(r, 0xfffd)
			return nil
		case errorsUnknown:
			return vm.unknownErrorHandler(errors)
		}
		return vm.typeErrorf("don't know how to handle UnicodeDecodeError in error callback")
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			r = append(r, rune(c))
			i++
			continue
		}
		start := i
		i++
		if i >= len(s) {
			if err := fail(start, len(s), "\\ at end of string"); err != nil {
				return nil, err
			}
			break
		}
		c = s[i]
		i++
		// The one-letter escapes are the same as in a regular expression.
		if e, ok := simpleEscape(rune(c)); ok {
			r = append(r, e)
			continue
		}
		switch c {
		case '\n':
		case '\'', '"':
			r = append(r, rune(c))
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(c - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				v = v*8 + rune(s[i]-'0')
				i++
			}
			r = append(r, v)
		case 'x', 'u', 'U':
			n, reason := 2, "truncated \\xXX escape"
			if c == 'u' {
				n, reason = 4, "truncated \\uXXXX escape"
			} else if c == 'U' {
				n, reason = 8, "truncated \\UXXXXXXXX escape"
			}
			v, k := rune(0), 0
			for ; k < n && i+k < len(s); k++ {
				d := hexValue(s[i+k])
				if d < 0 {
					break
				}
				v = v*16 + rune(d)
			}
			if k < n {
				if err := fail(start, i+k, reason); err != nil {
					return nil, err
				}
				i += k
				continue
			}
			i += n
			if v > 0x10ffff {
				if err := fail(start, i, "illegal Unicode character"); err != nil {
					return nil, err
				}
				continue
			}
			r = append(r, v)
		default:
			r = append(r, '\\', rune(c))
		}
	}
	return vm.NewUnicode(r), nil
}

func hexValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// stringEscape is the string_escape codec's encoder: repr() of a str without the quotes,
// with ' escaped.
func stringEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\'':
			b.WriteString(`\'`)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			b.WriteString(`\x`)
			b.WriteString(hex2(c))
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// stringUnescape is the string_escape codec's decoder.
func (vm *VM) stringUnescape(s string) (Object, *PyError) {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		i++
		if i >= len(s) {
			return nil, vm.Raise(ValueErrorType, "Trailing \\ in string")
		}
		c = s[i]
		i++
		if e, ok := simpleEscape(rune(c)); ok {
			b = append(b, byte(e))
			continue
		}
		switch c {
		case '\n':
		case '\'', '"':
			b = append(b, c)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				v = v*8 + int(s[i]-'0')
				i++
			}
			b = append(b, byte(v))
		case 'x':
			if i+1 < len(s) && hexValue(s[i]) >= 0 && hexValue(s[i+1]) >= 0 {
				b = append(b, byte(hexValue(s[i])<<4|hexValue(s[i+1])))
				i += 2
				continue
			}
			return nil, vm.Raisef(ValueErrorType, "invalid \\x escape")
		default:
			b = append(b, '\\', c)
		}
	}
	return vm.NewStr(string(b)), nil
}

// hexEncode is the hex codec's encoder.
func hexEncode(s string) string {
	b := make([]byte, 2*len(s))
	for i := 0; i < len(s); i++ {
		b[2*i] = hexDigitsLower[s[i]>>4]
		b[2*i+1] = hexDigitsLower[s[i]&15]
	}
	return string(b)
}

// hexDecode is the hex codec's decoder (binascii.a2b_hex).
func (vm *VM) hexDecode(s string) (Object, *PyError) {
	if len(s)%2 != 0 {
		return nil, vm.Raise(TypeErrorType, "Odd-length string")
	}
	b := make([]byte, len(s)/2)
	for i := range b {
		hi, lo := hexValue(s[2*i]), hexValue(s[2*i+1])
		if hi < 0 || lo < 0 {
			return nil, vm.Raise(TypeErrorType, "Non-hexadecimal digit found")
		}
		b[i] = byte(hi<<4 | lo)
	}
	return vm.NewStr(string(b)), nil
}

// strictOnly is the assertion the hex and base64 codecs start with: they have no error
// handlers.
func (vm *VM) strictOnly(codec codecID, errors string) *PyError {
	if (codec == codecHex || codec == codecBase64) && errors != "strict" {
		return vm.RaiseArgs(AssertionErrorType)
	}
	return nil
}

// strEncode is str.encode(encoding, errors): a str-to-str codec works on the bytes; a text
// codec first decodes the bytes with the default (ascii) codec, as Python 2 does.
func (vm *VM) strEncode(self Object, s string, encoding, errors string) (Object, *PyError) {
	codec := lookupCodec(encoding)
	if err := vm.strictOnly(codec, errors); err != nil {
		return nil, err
	}
	switch codec {
	case codecUnknown:
		return nil, vm.Raisef(LookupErrorType, "unknown encoding: %s", encoding)
	case codecHex:
		return vm.NewStr(hexEncode(s)), nil
	case codecStringEscape:
		return vm.NewStr(stringEscape(s)), nil
	case codecBase64:
		return vm.NewStr(base64Encode(s)), nil
	case codecUnicodeInternal:
		// The encoder takes a str's bytes as they are.
		return vm.NewStr(s), nil
	}
	u, err := vm.decodeBytes(s, codecASCII, "strict", self)
	if err != nil {
		return nil, err
	}
	defer vm.Decref(u)
	return vm.encodeRunes(u.(*Unicode).R, codec, errors, u)
}

// strDecode is str.decode(encoding, errors).
func (vm *VM) strDecode(self Object, s string, encoding, errors string) (Object, *PyError) {
	codec := lookupCodec(encoding)
	if err := vm.strictOnly(codec, errors); err != nil {
		return nil, err
	}
	switch codec {
	case codecUnknown:
		return nil, vm.Raisef(LookupErrorType, "unknown encoding: %s", encoding)
	case codecHex:
		return vm.hexDecode(s)
	case codecStringEscape:
		return vm.stringUnescape(s)
	case codecBase64:
		return vm.base64Decode(s)
	}
	return vm.decodeBytes(s, codec, errors, self)
}

// unicodeEncode is unicode.encode(encoding, errors); the str-to-str codecs see the text
// encoded with the default codec first.
func (vm *VM) unicodeEncode(self Object, r []rune, encoding, errors string) (Object, *PyError) {
	codec := lookupCodec(encoding)
	switch codec {
	case codecUnknown:
		return nil, vm.Raisef(LookupErrorType, "unknown encoding: %s", encoding)
	case codecStringEscape:
		// codecs.escape_encode takes a str only.
		return nil, vm.typeErrorf("escape_encode() argument 1 must be string, not unicode")
	case codecHex, codecBase64:
		b, err := vm.encodeRunes(r, codecASCII, "strict", self)
		if err != nil {
			return nil, err
		}
		defer vm.Decref(b)
		return vm.strEncode(b, b.(*Str).S, encoding, errors)
	}
	return vm.encodeRunes(r, codec, errors, self)
}

// unicodeDecode is unicode.decode(encoding, errors): the text is encoded with the default
// codec, then decoded.
func (vm *VM) unicodeDecode(self Object, r []rune, encoding, errors string) (Object, *PyError) {
	codec := lookupCodec(encoding)
	if codec == codecUnknown {
		return nil, vm.Raisef(LookupErrorType, "unknown encoding: %s", encoding)
	}
	b, err := vm.encodeRunes(r, codecASCII, "strict", self)
	if err != nil {
		return nil, err
	}
	defer vm.Decref(b)
	return vm.strDecode(b, b.(*Str).S, encoding, errors)
}

// decodeFailure applies a decoding error handler: strict raises, ignore drops the bytes,
// replace appends U+FFFD to *r.
func (vm *VM) decodeFailure(r *[]rune, s string, obj Object, codec codecID, errors string, start, end int, reason string) *PyError {
	switch lookupErrors(errors) {
	case errorsStrict:
		if obj == nil {
			o := vm.NewStr(s)
			defer vm.Decref(o)
			obj = o
		}
		return vm.unicodeErrorAt(UnicodeDecodeErrorType, codec.messageName(), obj, start, end, reason)
	case errorsIgnore:
		return nil
	case errorsReplace:
		*r = append(*r, 0xfffd)
		return nil
	case errorsUnknown:
		return vm.unknownErrorHandler(errors)
	}
	return vm.typeErrorf("don't know how to handle UnicodeDecodeError in error callback")
}

// charmap is a charmap codec's tables: the code point of each byte (-1 for bytes it
// leaves undefined) and, for encoding, the bytes that do not stand for themselves.
type charmap struct {
	decode [256]rune
	moved  []charmapEntry
	// first are characters whose encoding is not the first byte decoding to them
	// (mac_arabic encodes ' ' as 0xa0, not 0x20); they are looked up before the rest.
	first []charmapEntry
}

type charmapEntry struct {
	r rune
	b byte
}

// The charmap codecs, built once. The tables of the encodings package's single-byte
// codecs (about 190 KB) are built on the first use of one of them, not at every start.
var (
	rot13Map      = newCharmap(codecRot13)
	cp1252Map     = newCharmap(codecCP1252)
	singleByteMap = sync.OnceValue(newSingleByteCharmaps)
)

// singleByteCodec is a single-byte codec of the encodings package (strcharmaps.go).
type singleByteCodec struct {
	name   string
	decode string // the 256 characters the bytes decode to, U+FFFE for an undefined byte
	encode []charmapEntry
}

// newSingleByteCharmaps builds the charmaps of the codecs of strcharmaps.go.
func newSingleByteCharmaps() []*charmap {
	maps := make([]*charmap, len(singleByteCodecs))
	for i := range singleByteCodecs {
		c := &singleByteCodecs[i]
		m := &charmap{first: c.encode}
		n := 0
		for _, r := range c.decode {
			if r == 0xfffe {
				r = -1
			}
			m.decode[n] = r
			n++
		}
		if n != 256 {
			panic("BUG: single-byte codec " + c.name + " does not map 256 bytes")
		}
		m.moved = movedEntries(&m.decode)
		maps[i] = m
	}
	return maps
}

// movedEntries lists the bytes of a decoding table that do not decode to themselves.
func movedEntries(t *[256]rune) []charmapEntry {
	var moved []charmapEntry
	for i, r := range t {
		if r >= 0 && r != rune(i) {
			moved = append(moved, charmapEntry{r, byte(i)})
		}
	}
	return moved
}

func newCharmap(codec codecID) *charmap {
	m := &charmap{}
	t := &m.decode
	for i := range t {
		t[i] = rune(i)
	}
	switch codec {
	case codecRot13:
		for c := 'a'; c <= 'z'; c++ {
			t[c] = 'a' + (c-'a'+13)%26
			t[c-'a'+'A'] = 'A' + (c-'a'+13)%26
		}
	case codecCP1252:
		// Windows-1252 differs from latin-1 in 0x80-0x9f.
		high := [32]rune{0x20ac, -1, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
			0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017d, -1,
			-1, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
			0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, -1, 0x017e, 0x0178}
		copy(t[0x80:0xa0], high[:])
	default:
		panic("BUG: newCharmap of a codec without one")
	}
	m.moved = movedEntries(t)
	return m
}

// charmapTable is the charmap of a charmap codec.
func charmapTable(codec codecID) *charmap {
	switch {
	case codec == codecRot13:
		return rot13Map
	case codec >= codecSingleByte:
		return singleByteMap()[codec-codecSingleByte]
	}
	return cp1252Map
}

// isCharmap reports whether a codec works by a charmap.
func (c codecID) isCharmap() bool {
	return c == codecCP1252 || c == codecRot13 || c >= codecSingleByte
}

// encodeByte is the byte a code point encodes to, if any.
func (m *charmap) encodeByte(c rune) (byte, bool) {
	for _, e := range m.first {
		if e.r == c {
			return e.b, true
		}
	}
	if c >= 0 && c < 256 && m.decode[c] == c {
		return byte(c), true
	}
	for _, e := range m.moved {
		if e.r == c {
			return e.b, true
		}
	}
	return 0, false
}

// appendEncodeReplacement appends what the replace, xmlcharrefreplace or backslashreplace
// error handler puts in place of the unencodable characters bad; known is false for
// another mode.
func appendEncodeReplacement(b []byte, mode errorMode, bad []rune) (out []byte, known bool) {
	for _, c := range bad {
		switch mode {
		case errorsReplace:
			b = append(b, '?')
		case errorsXMLCharRef:
			b = append(b, "&#"...)
			b = strconv.AppendInt(b, int64(c), 10)
			b = append(b, ';')
		case errorsBackslash:
			b = append(b, escapedCodePoint(c)...)
		default:
			return b, false
		}
	}
	return b, true
}

// encodeCharmap encodes with a charmap. Unencodable characters are reported one run at a
// time, as CPython's charmap encoder does.
func (vm *VM) encodeCharmap(r []rune, table *charmap, errors string, obj Object) (Object, *PyError) {
	lookup := table.encodeByte
	b := make([]byte, 0, len(r))
	for i := 0; i < len(r); {
		if c, ok := lookup(r[i]); ok {
			b = append(b, c)
			i++
			continue
		}
		j := i + 1
		for j < len(r) {
			if _, ok := lookup(r[j]); ok {
				break
			}
			j++
		}
		switch lookupErrors(errors) {
		case errorsStrict:
			if obj == nil {
				obj = vm.NewUnicode(r)
				defer vm.Decref(obj)
			}
			return nil, vm.unicodeErrorAt(UnicodeEncodeErrorType, "charmap", obj, i, j, "character maps to <undefined>")
		case errorsIgnore:
		default:
			// The replacement text goes through the map too (rot13 rotates it).
			rep, known := appendEncodeReplacement(nil, lookupErrors(errors), r[i:j])
			if !known {
				return nil, vm.unknownErrorHandler(errors)
			}
			for _, c := range rep {
				if m, ok := lookup(rune(c)); ok {
					b = append(b, m)
				}
			}
		}
		i = j
	}
	return vm.NewStr(bytesToStr(b)), nil
}

// encodeUTF16or32 is the UTF-16 and UTF-32 encoders: the plain utf-16 and utf-32 codecs
// start with a little-endian byte order mark. UTF-16 writes code points above U+FFFF as
// surrogate pairs; lone surrogates pass through, as in CPython 2.7.
func encodeUTF16or32(r []rune, codec codecID) string {
	var b []byte
	big := codec == codecUTF16BE || codec == codecUTF32BE
	put := func(v uint32, n int) {
		for k := 0; k < n; k++ {
			shift := 8 * k
			if big {
				shift = 8 * (n - 1 - k)
			}
			b = append(b, byte(v>>shift))
		}
	}
	switch codec {
	case codecUTF16, codecUTF16LE, codecUTF16BE:
		b = make([]byte, 0, 2*len(r)+2)
		if codec == codecUTF16 {
			put(0xfeff, 2)
		}
		for _, c := range r {
			if c >= 0x10000 {
				c -= 0x10000
				put(uint32(0xd800|(c>>10)&0x3ff), 2)
				put(uint32(0xdc00|c&0x3ff), 2)
				continue
			}
			put(uint32(c), 2)
		}
	default:
		b = make([]byte, 0, 4*len(r)+4)
		if codec == codecUTF32 {
			put(0xfeff, 4)
		}
		for _, c := range r {
			put(uint32(c), 4)
		}
	}
	return bytesToStr(b)
}

// decodeUTF16or32 is the UTF-16 and UTF-32 decoders, with CPython 2.7's error spans. The
// plain codecs read a byte order mark when there is one (little-endian otherwise).
func (vm *VM) decodeUTF16or32(s string, codec codecID, errors string, obj Object) (Object, *PyError) {
	unit := 2
	if codec == codecUTF32 || codec == codecUTF32LE || codec == codecUTF32BE {
		unit = 4
	}
	big := codec == codecUTF16BE || codec == codecUTF32BE
	q := 0
	switch {
	case codec == codecUTF16 && len(s) >= 2:
		if s[0] == 0xff && s[1] == 0xfe {
			q = 2
		} else if s[0] == 0xfe && s[1] == 0xff {
			q, big = 2, true
		}
	case codec == codecUTF32 && len(s) >= 4:
		if s[:4] == "\xff\xfe\x00\x00" {
			q = 4
		} else if s[:4] == "\x00\x00\xfe\xff" {
			q, big = 4, true
		}
	}
	read := func(at int) uint32 {
		var v uint32
		for k := 0; k < unit; k++ {
			b := uint32(s[at+k])
			if big {
				v = v<<8 | b
			} else {
				v |= b << (8 * k)
			}
		}
		return v
	}
	r := make([]rune, 0, len(s)/unit)
	fail := func(start, end int, reason string) *PyError {
		return vm.decodeFailure(&r, s, obj, codec, errors, start, end, reason)
	}
	for q < len(s) {
		if len(s)-q < unit {
			if err := fail(q, len(s), "truncated data"); err != nil {
				return nil, err
			}
			break
		}
		ch := read(q)
		q += unit
		if unit == 4 {
			if ch >= 0x110000 {
				if err := fail(q-4, q, "code point not in range(0x110000)"); err != nil {
					return nil, err
				}
				continue
			}
			r = append(r, rune(ch))
			continue
		}
		if ch < 0xd800 || ch > 0xdfff {
			r = append(r, rune(ch))
			continue
		}
		if len(s)-q < 2 {
			if err := fail(q-2, len(s), "unexpected end of data"); err != nil {
				return nil, err
			}
			break
		}
		if ch <= 0xdbff {
			if len(s)-q >= 2 {
				if ch2 := read(q); ch2 >= 0xdc00 && ch2 <= 0xdfff {
					q += 2
					r = append(r, rune((ch&0x3ff)<<10|(ch2&0x3ff))+0x10000)
					continue
				}
			}
			if err := fail(q-2, q, "illegal UTF-16 surrogate"); err != nil {
				return nil, err
			}
			continue
		}
		if err := fail(q-2, q, "illegal encoding"); err != nil {
			return nil, err
		}
	}
	return vm.NewUnicode(r), nil
}

// base64Encode is base64.encodestring: lines of 76 characters (57 bytes), each ending in
// a newline.
func base64Encode(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		n := min(len(s), 57)
		b.WriteString(base64.StdEncoding.EncodeToString([]byte(s[:n])))
		b.WriteByte('\n')
		s = s[n:]
	}
	return b.String()
}

// base64Decode is base64.decodestring (binascii.a2b_base64): characters outside the
// alphabet are skipped, a pad ends the data once two characters of a group are in, and
// leftover bits are an error.
func (vm *VM) base64Decode(s string) (Object, *PyError) {
	value := func(c byte) int {
		switch {
		case c >= 'A' && c <= 'Z':
			return int(c - 'A')
		case c >= 'a' && c <= 'z':
			return int(c-'a') + 26
		case c >= '0' && c <= '9':
			return int(c-'0') + 52
		case c == '+':
			return 62
		case c == '/':
			return 63
		case c == '=':
			return 0
		}
		return -1
	}
	// nextValid finds the second valid character from i on (i's own included), as
	// binascii's find_valid does to tell a real pad from a stray one.
	nextValid := func(i int) int {
		num := 1
		for ; i < len(s); i++ {
			if s[i] <= 0x7f && value(s[i]) >= 0 {
				if num == 0 {
					return int(s[i])
				}
				num--
			}
		}
		return -1
	}
	var out []byte
	quad, leftbits := 0, 0
	leftchar := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > 0x7f || c == '\r' || c == '\n' || c == ' ' {
			continue
		}
		if c == '=' {
			if quad < 2 || (quad == 2 && nextValid(i) != '=') {
				continue
			}
			leftbits = 0
			break
		}
		v := value(c)
		if v < 0 {
			continue
		}
		quad = (quad + 1) & 3
		leftchar = leftchar<<6 | v
		leftbits += 6
		if leftbits >= 8 {
			leftbits -= 8
			out = append(out, byte(leftchar>>leftbits))
			leftchar &= 1<<leftbits - 1
		}
	}
	if leftbits != 0 {
		return nil, vm.binasciiError("Incorrect padding")
	}
	return vm.NewStr(bytesToStr(out)), nil
}

// binasciiError raises binascii.Error (an Exception subclass of module binascii), which
// the base64 codec reports bad input with.
func (vm *VM) binasciiError(msg string) *PyError {
	d := vm.NewDict()
	mod := vm.NewStr("binascii")
	d.SetString(vm, "__module__", mod)
	vm.Decref(mod)
	bases := vm.NewTupleRefs(ExceptionType)
	cls, err := vm.newClass(TypeType, vm.Intern("Error"), bases, d, false)
	vm.Decref(bases)
	vm.Decref(d)
	if err != nil {
		return err
	}
	defer vm.Decref(cls)
	return vm.Raise(cls.(*Type), msg)
}
