// fmtspec.go implements Python 2.7's format-spec mini-language ([[fill]align][sign][#][0]
// [width][,][.precision][type]) for str, unicode, int, long, float and complex, as format(),
// __format__ and str.format use it: parsing with CPython's error messages, string
// padding and truncation, and number layout with signs, base prefixes, '=' padding,
// thousands grouping (zero padding included), exponents and percentages.
package vm

import (
	"math"
	"math/big"
	"strconv"
)

// formatSpec is a parsed format specification.
type formatSpec struct {
	fill      rune // 0: not given
	align     byte // '<', '>', '^' or '='
	sign      byte // 0, '+', '-' or ' '
	alt       bool // '#'
	width     int  // -1: not given
	comma     bool // ','
	precision int  // -1: not given
	typ       rune // 0: not given
}

func isAlignChar(c rune) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

// parseFormatSpec reads a spec; defType and defAlign are the value type's defaults.
func parseFormatSpec[E textChar](vm *VM, s []E, defType rune, defAlign byte) (formatSpec, *PyError) {
	f := formatSpec{align: defAlign, width: -1, precision: -1, typ: defType}
	i, n := 0, len(s)
	alignGiven := false
	if n-i >= 2 && isAlignChar(rune(s[i+1])) {
		f.fill, f.align = rune(s[i]), byte(s[i+1])
		alignGiven = true
		i += 2
	} else if n-i >= 1 && isAlignChar(rune(s[i])) {
		f.align = byte(s[i])
		alignGiven = true
		i++
	}
	if i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ') {
		f.sign = byte(s[i])
		i++
	}
	if i < n && s[i] == '#' {
		f.alt = true
		i++
	}
	if f.fill == 0 && i < n && s[i] == '0' {
		f.fill = '0'
		if !alignGiven {
			f.align = '='
		}
		i++
	}
	var err *PyError
	var got bool
	if f.width, got, i, err = specInteger(vm, s, i); err != nil {
		return f, err
	}
	if !got {
		f.width = -1
	} else if err := vm.checkTextSize(f.width, wide[E]()); err != nil {
		return f, err
	}
	if i < n && s[i] == ',' {
		f.comma = true
		i++
	}
	if i < n && s[i] == '.' {
		i++
		if f.precision, got, i, err = specInteger(vm, s, i); err != nil {
			return f, err
		}
		if !got {
			return f, vm.Raise(ValueErrorType, "Format specifier missing precision")
		}
	}
	if n-i > 1 {
		return f, vm.Raise(ValueErrorType, "Invalid conversion specification")
	}
	if n-i == 1 {
		f.typ = rune(s[i])
	}
	if f.comma {
		switch f.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		default:
			return f, vm.Raise(ValueErrorType, "Cannot specify ',' with '"+string(f.typ)+"'.")
		}
	}
	return f, nil
}

// checkFloatPrecision refuses a float precision above a C int (ValueError, as CPython's
// formatter) or one whose digits could not be allocated.
func (vm *VM) checkFloatPrecision(prec int, uni bool) *PyError {
	if prec > math.MaxInt32 {
		return vm.Raise(ValueErrorType, "precision too big")
	}
	return vm.checkTextSize(prec, uni)
}

// specInteger reads the decimal digits at s[i:] (a width, precision or field index).
func specInteger[E textChar](vm *VM, s []E, i int) (v int, got bool, next int, err *PyError) {
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		d := int(s[i] - '0')
		if v > (math.MaxInt64-d)/10 {
			return 0, false, i, vm.Raise(ValueErrorType, "Too many decimal digits in format string")
		}
		v = v*10 + d
		got = true
	}
	return v, got, i, nil
}

// unknownFormatCode is the error for a type code the value's type does not know. The str
// formatter prints the code as a raw character; the unicode one escapes non-ASCII codes.
func (vm *VM) unknownFormatCode(code rune, typeName string, uni bool) *PyError {
	c := string(rune(code))
	if !uni {
		c = string([]byte{byte(code)})
	} else if code <= 32 || code >= 128 {
		c = `\x` + strconv.FormatInt(int64(code), 16)
	}
	return vm.Raise(ValueErrorType, "Unknown format code '"+c+"' for object of type '"+typeName+"'")
}

// formatText applies a spec to a string: truncation to the precision and padding.
func formatText[E textChar](vm *VM, s []E, spec []E, typeName string) ([]E, *PyError) {
	f, err := parseFormatSpec(vm, spec, 's', '<')
	if err != nil {
		return nil, err
	}
	if f.typ != 's' {
		return nil, vm.unknownFormatCode(f.typ, typeName, wide[E]())
	}
	if f.sign != 0 {
		return nil, vm.Raise(ValueErrorType, "Sign not allowed in string format specifier")
	}
	if f.alt {
		return nil, vm.Raise(ValueErrorType, "Alternate form (#) not allowed in string format specifier")
	}
	if f.align == '=' {
		return nil, vm.Raise(ValueErrorType, "'=' alignment not allowed in string format specifier")
	}
	if f.precision >= 0 && len(s) > f.precision {
		s = s[:f.precision]
	}
	return alignText(s, f), nil
}

// alignText pads s to the spec's width with its fill character (a space by default),
// placed by its alignment '<', '>' or '^'.
func alignText[E textChar](s []E, f formatSpec) []E {
	total := max(len(s), f.width)
	left := 0
	switch f.align {
	case '>':
		left = total - len(s)
	case '^':
		left = (total - len(s)) / 2
	}
	fill := E(' ')
	if f.fill != 0 {
		fill = E(f.fill)
	}
	return textPad(s, left, total-len(s)-left, fill)
}

// numberParts is a formatted number split as calc_number_widths sees it.
type numberParts struct {
	sign      byte   // '-' when negative, else 0
	prefix    string // "0x" and the like, with '#'
	digits    string // the digits before any decimal point or exponent
	decimal   bool   // a decimal point follows the digits
	remainder string // what follows the point (or the digits): fraction, exponent, '%'
	upper     bool   // 'X': prefix and digits in upper case
	char      rune   // type 'c': the character, standing in for the remainder
	isChar    bool
}

// layoutNumber writes a number with the spec's sign, padding and grouping.
func layoutNumber[E textChar](p numberParts, f formatSpec) []E {
	var sign byte
	switch f.sign {
	case '+':
		sign = '+'
		if p.sign == '-' {
			sign = '-'
		}
	case ' ':
		sign = ' '
		if p.sign == '-' {
			sign = '-'
		}
	default:
		if p.sign == '-' {
			sign = '-'
		}
	}
	nSign := 0
	if sign != 0 {
		nSign = 1
	}
	nDecimal := 0
	if p.decimal {
		nDecimal = 1
	}
	nRemainder := len(p.remainder)
	if p.isChar {
		nRemainder = 1
	}
	nonDigit := nSign + len(p.prefix) + nDecimal + nRemainder
	minWidth := 0
	if f.fill == '0' && f.align == '=' {
		minWidth = f.width - nonDigit
	}
	var grouped []byte
	if len(p.digits) > 0 {
		grouped = groupDigits(p.digits, minWidth, f.comma)
	}
	pad := f.width - (nonDigit + len(grouped))
	var lpad, spad, rpad int
	if pad > 0 {
		switch f.align {
		case '<':
			rpad = pad
		case '^':
			lpad = pad / 2
			rpad = pad - lpad
		case '=':
			spad = pad
		default:
			lpad = pad
		}
	}
	fill := E(' ')
	if f.fill != 0 {
		fill = E(f.fill)
	}
	out := make([]E, 0, lpad+nonDigit+len(grouped)+spad+rpad)
	for ; lpad > 0; lpad-- {
		out = append(out, fill)
	}
	if sign != 0 {
		out = append(out, E(sign))
	}
	for i := 0; i < len(p.prefix); i++ {
		c := p.prefix[i]
		if p.upper {
			c = byteToUpper(c)
		}
		out = append(out, E(c))
	}
	for ; spad > 0; spad-- {
		out = append(out, fill)
	}
	for _, c := range grouped {
		if p.upper {
			c = byteToUpper(c)
		}
		out = append(out, E(c))
	}
	if p.decimal {
		out = append(out, '.')
	}
	for i := 0; i < len(p.remainder); i++ {
		out = append(out, E(p.remainder[i]))
	}
	if p.isChar {
		out = append(out, E(p.char))
	}
	for ; rpad > 0; rpad-- {
		out = append(out, fill)
	}
	return out
}

// groupDigits is _Py_InsertThousandsGrouping: commas every three digits when group is
// set, and leading zeros (grouped too) until the result is minWidth long.
func groupDigits(digits string, minWidth int, group bool) []byte {
	// Built right to left, then reversed.
	var rev []byte
	remaining := len(digits)
	end := len(digits)
	emit := func(nChars, nZeros int, sep bool) {
		if sep {
			rev = append(rev, ',')
		}
		for k := 0; k < nChars; k++ {
			end--
			rev = append(rev, digits[end])
		}
		for ; nZeros > 0; nZeros-- {
			rev = append(rev, '0')
		}
	}
	if !group {
		l := max(remaining, minWidth, 1)
		emit(min(remaining, l), l-remaining, false)
	} else {
		useSep := false
		for {
			l := min(3, max(remaining, minWidth, 1))
			nZeros := max(0, l-remaining)
			nChars := max(0, min(remaining, l))
			emit(nChars, nZeros, useSep)
			useSep = true
			remaining -= nChars
			minWidth -= l
			if remaining <= 0 && minWidth <= 0 {
				break
			}
			minWidth--
		}
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}

// formatInteger applies a spec to an int or long (v is its value: an int64 when big is
// nil).
func formatInteger[E textChar](vm *VM, v int64, bv *big.Int, spec []E, typeName string) ([]E, *PyError) {
	f, err := parseFormatSpec(vm, spec, 'd', '>')
	if err != nil {
		return nil, err
	}
	switch f.typ {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		x := float64(v)
		if bv != nil {
			var ok bool
			if x, ok = bigToFloat(bv); !ok {
				return nil, vm.Raise(OverflowErrorType, "long int too large to convert to float")
			}
		}
		return formatFloatValue[E](vm, x, f)
	default:
		return nil, vm.unknownFormatCode(f.typ, typeName, wide[E]())
	}
	if f.precision != -1 {
		return nil, vm.Raise(ValueErrorType, "Precision not allowed in integer format specifier")
	}
	var p numberParts
	if f.typ == 'c' {
		if f.sign != 0 {
			return nil, vm.Raise(ValueErrorType, "Sign not allowed with integer format specifier 'c'")
		}
		if bv != nil {
			if !bv.IsInt64() {
				return nil, vm.Raise(OverflowErrorType, "Python int too large to convert to C long")
			}
			v = bv.Int64()
		}
		if wide[E]() {
			if v < 0 || v > 0x10ffff {
				return nil, vm.Raise(OverflowErrorType, "%c arg not in range(0x110000) (wide Python build)")
			}
		} else if v < 0 || v > 0xff {
			return nil, vm.Raise(OverflowErrorType, "%c arg not in range(0x100)")
		}
		p.char, p.isChar = rune(v), true
		return layoutNumber[E](p, f), nil
	}
	base := 10
	switch f.typ {
	case 'b':
		base, p.prefix = 2, "0b"
	case 'o':
		base, p.prefix = 8, "0o"
	case 'x', 'X':
		base, p.prefix = 16, "0x"
	}
	if !f.alt {
		p.prefix = ""
	}
	p.upper = f.typ == 'X'
	if bv != nil {
		if bv.Sign() < 0 {
			p.sign = '-'
		}
		p.digits = new(big.Int).Abs(bv).Text(base)
	} else {
		u := uint64(v)
		if v < 0 {
			p.sign = '-'
			u = -u
		}
		p.digits = strconv.FormatUint(u, base)
	}
	return layoutNumber[E](p, f), nil
}

// formatFloatValue applies a parsed spec to a float.
func formatFloatValue[E textChar](vm *VM, x float64, f formatSpec) ([]E, *PyError) {
	if f.alt {
		return nil, vm.Raise(ValueErrorType, "Alternate form (#) not allowed in float format specifier")
	}
	typ := byte(f.typ)
	defPrec := 6
	var flags floatFlags
	switch typ {
	case 0:
		flags |= floatAddDot0
		typ = 'g'
		defPrec = 12
	case 'n':
		typ = 'g'
	}
	pct := false
	if typ == '%' {
		typ = 'f'
		x *= 100
		pct = true
	}
	prec := f.precision
	if prec < 0 {
		prec = defPrec
	}
	if err := vm.checkFloatPrecision(prec, wide[E]()); err != nil {
		return nil, err
	}
	s := formatDouble(x, typ, prec, flags)
	if pct {
		s += "%"
	}
	return layoutNumber[E](splitFloat(s), f), nil
}

// splitFloat splits a float formatted by formatDouble into its sign, the digits before
// the point, the point and the rest, for layoutNumber.
func splitFloat(s string) numberParts {
	var p numberParts
	if s[0] == '-' {
		p.sign = '-'
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	p.digits = s[:i]
	if i < len(s) && s[i] == '.' {
		p.decimal = true
		i++
	}
	p.remainder = s[i:]
	return p
}

// formatFloatSpec applies a spec to a float.
func formatFloatSpec[E textChar](vm *VM, x float64, spec []E) ([]E, *PyError) {
	f, err := parseFormatSpec(vm, spec, 0, '>')
	if err != nil {
		return nil, err
	}
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return nil, vm.unknownFormatCode(f.typ, "float", wide[E]())
	}
	return formatFloatValue[E](vm, x, f)
}

// formatComplex applies a spec to a complex number: both parts formatted as floats (the
// imaginary one always signed unless the real part is left out), then padded as a whole.
func formatComplex[E textChar](vm *VM, c complex128, spec []E) ([]E, *PyError) {
	f, err := parseFormatSpec(vm, spec, 0, '>')
	if err != nil {
		return nil, err
	}
	switch f.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return nil, vm.unknownFormatCode(f.typ, "complex", wide[E]())
	}
	if f.alt {
		return nil, vm.Raise(ValueErrorType, "Alternate form (#) not allowed in complex format specifier")
	}
	if f.fill == '0' {
		return nil, vm.Raise(ValueErrorType, "Zero padding is not allowed in complex format specifier")
	}
	if f.align == '=' {
		return nil, vm.Raise(ValueErrorType, "'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	typ := byte(f.typ)
	prec := 6
	skipRe, parens := false, false
	switch typ {
	case 0:
		// Like str(): no real part when it is +0, parentheses otherwise.
		typ, prec = 'g', 12
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	case 'n':
		typ = 'g'
	}
	if f.precision >= 0 {
		prec = f.precision
	}
	if err := vm.checkFloatPrecision(prec, wide[E]()); err != nil {
		return nil, err
	}
	part := func(x float64, sign byte) []byte {
		return layoutNumber[byte](splitFloat(formatDouble(x, typ, prec, 0)), formatSpec{align: '<', width: -1, sign: sign, comma: f.comma})
	}
	var body []byte
	if parens {
		body = append(body, '(')
	}
	imSign := f.sign
	if !skipRe {
		body = append(body, part(re, f.sign)...)
		imSign = '+'
	}
	body = append(body, part(im, imSign)...)
	body = append(body, 'j')
	if parens {
		body = append(body, ')')
	}
	return alignText(asciiText[E](bytesToStr(body)), f), nil
}

// specText returns a format spec as str bytes (number and str formatters work on str
// specs; a unicode spec is encoded with the default codec, as str() would).
func (vm *VM) specText(spec Object) (string, bool, *PyError) {
	if s := asStr(spec); s != nil {
		return s.S, true, nil
	}
	if u := asUnicode(spec); u != nil {
		s, err := vm.encodeRunes(u.R, codecASCII, "strict", u)
		if err != nil {
			return "", true, err
		}
		str := s.(*Str).S
		vm.Decref(s)
		return str, true, nil
	}
	return "", false, nil
}

// formatValue is type(value).__format__(value, spec) for the builtin types: str and
// unicode pad and truncate, int, long, float and complex format numbers (value may be an
// instance of a subclass, formatted by the value behind it), and anything else is
// formatted as str(value), which is object.__format__'s behaviour. An empty spec gives
// str(value), or unicode(value) for unicode, as CPython's formatters do, so a subclass's
// __str__ or __unicode__ is used.
func (vm *VM) formatValue(value, spec Object) (Object, *PyError) {
	switch v := nativeIndexable(value).(type) {
	case *Unicode:
		var specR []rune
		if u := asUnicode(spec); u != nil {
			specR = u.R
		} else if s := asStr(spec); s != nil {
			var err *PyError
			if specR, err = vm.decodeASCII(s.S); err != nil {
				return nil, err
			}
		} else {
			return nil, vm.typeErrorf("__format__ arg must be str or unicode, not %s", spec.Type().Name)
		}
		if len(specR) == 0 {
			return vm.toUnicode(value)
		}
		out, err := formatText(vm, v.R, specR, value.Type().Name)
		if err != nil {
			return nil, err
		}
		return vm.NewUnicode(out), nil
	case *Int, *Long, *Float, *Complex:
		specS, ok, err := vm.specText(spec)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, vm.typeErrorf("__format__ requires str or unicode")
		}
		if specS == "" {
			return vm.Str(value)
		}
		var out []byte
		switch x := v.(type) {
		case *Int:
			out, err = formatInteger(vm, x.V, nil, strBytes(specS), x.Type().Name)
		case *Long:
			out, err = formatInteger(vm, 0, x.V, strBytes(specS), "long")
		case *Float:
			out, err = formatFloatSpec(vm, x.V, strBytes(specS))
		case *Complex:
			out, err = formatComplex(vm, x.V, strBytes(specS))
		}
		if err != nil {
			return nil, err
		}
		return vm.NewStr(bytesToStr(out)), nil
	}
	s := asStr(value)
	isText := s != nil
	if !isText {
		str, err := vm.Str(value)
		if err != nil {
			return nil, err
		}
		defer vm.Decref(str)
		s = str.(*Str)
	}
	specS, ok, err := vm.specText(spec)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, vm.typeErrorf("__format__ arg must be str or unicode, not %s", spec.Type().Name)
	}
	if specS == "" {
		if isText {
			return vm.Str(value)
		}
		return newRef(s), nil
	}
	typeName := "str" // object.__format__ formats str(value)
	if isText {
		typeName = value.Type().Name
	}
	out, err := formatText(vm, strBytes(s.S), strBytes(specS), typeName)
	if err != nil {
		return nil, err
	}
	return vm.NewStr(bytesToStr(out)), nil
}

// formatObject is PyObject_Format, what format(value, spec) and str.format do: the spec
// must be a string; value's __format__ (builtin types directly) gives a str or unicode,
// made unicode when the spec is.
func (vm *VM) formatObject(value, spec Object) (Object, *PyError) {
	_, kind := strArgOf(spec)
	if kind == argIsOther {
		return nil, vm.typeErrorf("format expects arg 2 to be string or unicode, not %s", spec.Type().Name)
	}
	var r Object
	var err *PyError
	switch value.(type) {
	case *Str, *Unicode, *Int, *Long, *Float, *Complex:
		r, err = vm.formatValue(value, spec)
	default:
		t := value.Type()
		m := t.Lookup(sFormat)
		if d, ok := m.(*MethodDescr); m == nil || (ok && d.Owner == ObjectType) {
			r, err = vm.objectFormat(value, spec)
		} else {
			r, err = vm.callBound(m, value, t, spec)
		}
	}
	if err != nil {
		return nil, err
	}
	switch r.(type) {
	case *Str, *Unicode:
	default:
		if asStr(r) == nil && asUnicode(r) == nil {
			defer vm.Decref(r)
			return nil, vm.typeErrorf("%s.__format__ must return string or unicode, not %s", value.Type().Name, r.Type().Name)
		}
	}
	if kind == argIsUnicode {
		if s := asStr(r); s != nil {
			defer vm.Decref(r)
			return vm.decodeBytes(s.S, codecASCII, "strict", s)
		}
	}
	return r, nil
}

// objectFormat is object.__format__(self, spec): self converted with str() (unicode()
// for a unicode spec), then formatted as that string.
func (vm *VM) objectFormat(self, spec Object) (Object, *PyError) {
	var text Object
	var err *PyError
	switch _, kind := strArgOf(spec); kind {
	case argIsUnicode:
		text, err = vm.toUnicode(self)
	case argIsStr:
		text, err = vm.Str(self)
	default:
		return nil, vm.typeErrorf("argument to __format__ must be unicode or str")
	}
	if err != nil {
		return nil, err
	}
	defer vm.Decref(text)
	return vm.formatObject(text, spec)
}
