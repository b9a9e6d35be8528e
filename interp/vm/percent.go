// percent.go implements Python 2's printf-style formatting, `format % args`, for str and
// unicode, following CPython 2.7's PyString_Format and PyUnicode_Format: mapping keys,
// flags, * widths and precisions, every conversion with its argument coercions, and the
// error messages. A str format that meets a unicode argument (a %s or %c of unicode, or a
// __str__ returning unicode) hands the rest of the format to the unicode formatter, so the
// result becomes unicode as in CPython.
package vm

import (
	"math"
	"math/big"
	"strconv"
)

// strPercent is str % args.
func (vm *VM) strPercent(format *Str, args Object) (Object, *PyError) {
	f := strBytes(format.S)
	out, restart, err := percentFormat(vm, f, args)
	if err != nil {
		return nil, err
	}
	if restart == nil {
		return vm.NewStr(bytesToStr(out)), nil
	}
	// Switch to unicode: the rest of the format, from the spec that needed it, is
	// decoded and formatted with the arguments not yet used.
	rest, err := vm.decodeASCII(format.S[restart.pos:])
	if err != nil {
		return nil, err
	}
	uargs := args
	if t := tupleItems(args); t != nil && restart.argIdx > 0 {
		uargs = vm.NewTupleRefs(t[restart.argIdx:]...)
		defer vm.Decref(uargs)
	}
	tail, _, err := percentFormat(vm, rest, uargs)
	if err != nil {
		return nil, err
	}
	head, err := vm.decodeASCII(bytesToStr(out))
	if err != nil {
		return nil, err
	}
	return vm.NewUnicode(append(head, tail...)), nil
}

// unicodePercent is unicode % args.
func (vm *VM) unicodePercent(format *Unicode, args Object) (Object, *PyError) {
	out, _, err := percentFormat(vm, format.R, args)
	if err != nil {
		return nil, err
	}
	return vm.NewUnicode(out), nil
}

// percentRestart tells a str format where unicode formatting must take over: at the
// spec starting at pos, with argIdx tuple items used before it.
type percentRestart struct {
	pos, argIdx int
}

// percentArgs walks the arguments as getnextarg does: a tuple's items one by one, or a
// single non-tuple argument once (argLen -1, argIdx starting at -2).
type percentArgs struct {
	items  []Object
	single Object
	argLen int
	argIdx int
}

func (pa *percentArgs) next(vm *VM) (Object, *PyError) {
	if pa.argIdx < pa.argLen {
		i := pa.argIdx
		pa.argIdx++
		if pa.argLen < 0 {
			return pa.single, nil
		}
		return pa.items[i], nil
	}
	return nil, vm.typeErrorf("not enough arguments for format string")
}

// percent flags.
const (
	pctLJust = 1 << iota
	pctSign
	pctBlank
	pctAlt
	pctZero
)

// percentFormat formats f % args in f's kind of string. In str mode it stops at a spec
// that needs unicode and says where (restart).
func percentFormat[E textChar](vm *VM, f []E, args Object) (out []E, restart *percentRestart, err *PyError) {
	uni := wide[E]()
	pa := &percentArgs{argLen: -1, argIdx: -2, single: args}
	var dict Object
	if t := tupleItems(args); t != nil {
		pa.items, pa.argLen, pa.argIdx = t, len(t), 0
	} else if _, kind := strArgOf(args); kind == argIsOther && args.Type().Lookup(sGetitem) != nil {
		dict = args
	}
	// held is the value of the last %(key) lookup, which the arguments now refer to.
	var held Object
	defer func() {
		if held != nil {
			vm.Decref(held)
		}
	}()
	out = make([]E, 0, len(f)+16)
	i := 0
	for i < len(f) {
		if f[i] != '%' {
			j := i
			for j < len(f) && f[j] != '%' {
				j++
			}
			out = append(out, f[i:j]...)
			i = j
			continue
		}
		specStart := i
		argIdxStart := pa.argIdx
		i++
		if i < len(f) && f[i] == '(' {
			if dict == nil {
				return nil, nil, vm.typeErrorf("format requires a mapping")
			}
			i++
			keyStart := i
			depth := 1
			for depth > 0 && i < len(f) {
				if f[i] == ')' {
					depth--
				} else if f[i] == '(' {
					depth++
				}
				i++
			}
			if depth > 0 {
				return nil, nil, vm.Raise(ValueErrorType, "incomplete format key")
			}
			key := newText(vm, f[keyStart:i-1])
			v, err := vm.GetItem(dict, key)
			vm.Decref(key)
			if err != nil {
				return nil, nil, err
			}
			if held != nil {
				vm.Decref(held)
			}
			held = v
			pa.single, pa.items, pa.argLen, pa.argIdx = v, nil, -1, -2
		}
		flags := 0
	flagLoop:
		for i < len(f) {
			switch f[i] {
			case '-':
				flags |= pctLJust
			case '+':
				flags |= pctSign
			case ' ':
				flags |= pctBlank
			case '#':
				flags |= pctAlt
			case '0':
				flags |= pctZero
			default:
				break flagLoop
			}
			i++
		}
		width, prec := -1, -1
		if i < len(f) && f[i] == '*' {
			v, err := pa.next(vm)
			if err != nil {
				return nil, nil, err
			}
			w, ok := v.(*Int)
			if !ok {
				return nil, nil, vm.typeErrorf("* wants int")
			}
			width = int(w.V)
			if width < 0 {
				flags |= pctLJust
				width = -width
			}
			i++
		} else {
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				if width < 0 {
					width = 0
				}
				d := int(f[i] - '0')
				if width > (math.MaxInt64-d)/10 {
					return nil, nil, vm.Raise(ValueErrorType, "width too big")
				}
				width = width*10 + d
				i++
			}
		}
		if i < len(f) && f[i] == '.' {
			prec = 0
			i++
			if i < len(f) && f[i] == '*' {
				v, err := pa.next(vm)
				if err != nil {
					return nil, nil, err
				}
				p, ok := v.(*Int)
				if !ok {
					return nil, nil, vm.typeErrorf("* wants int")
				}
				if p.V > math.MaxInt32 || p.V < math.MinInt32 {
					return nil, nil, vm.Raise(OverflowErrorType, "Python int too large to convert to C int")
				}
				prec = int(p.V)
				if prec < 0 {
					prec = 0
				}
				i++
			} else {
				for i < len(f) && f[i] >= '0' && f[i] <= '9' {
					d := int(f[i] - '0')
					if prec > (math.MaxInt32-d)/10 {
						return nil, nil, vm.Raise(ValueErrorType, "prec too big")
					}
					prec = prec*10 + d
					i++
				}
			}
		}
		// A width no string could have fails as CPython's allocation does.
		if width > 0 {
			if err := vm.checkTextSize(width, uni); err != nil {
				return nil, nil, err
			}
		}
		if i < len(f) && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L') {
			i++
		}
		if i >= len(f) {
			return nil, nil, vm.Raise(ValueErrorType, "incomplete format")
		}
		c := f[i]
		i++
		var v Object
		if c != '%' {
			if v, err = pa.next(vm); err != nil {
				return nil, nil, err
			}
		}
		var body []E
		fill := E(' ')
		hasSign := false
		switch c {
		case '%':
			body = []E{'%'}
		case 's', 'r':
			if c == 's' {
				// The common cases need no intermediate object.
				switch x := v.(type) {
				case *Str:
					if !uni {
						body = any(strBytes(x.S)).([]E)
						if prec >= 0 && len(body) > prec {
							body = body[:prec]
						}
						out = percentPad(out, body, c, flags, width, ' ', false)
						continue
					}
				case *Int:
					if x != True && x != False {
						var buf [24]byte
						body = appendASCII[E](nil, strconv.AppendInt(buf[:0], x.V, 10))
						if prec >= 0 && len(body) > prec {
							body = body[:prec]
						}
						out = percentPad(out, body, c, flags, width, ' ', false)
						continue
					}
				}
			}
			var text Object
			if c == 's' {
				if !uni {
					if asUnicode(v) != nil {
						return out, &percentRestart{specStart, argIdxStart}, nil
					}
					text, err = vm.strOrUnicode(v)
					if err == nil && asUnicode(text) != nil {
						vm.Decref(text)
						return out, &percentRestart{specStart, argIdxStart}, nil
					}
				} else if u, ok := v.(*Unicode); ok {
					text = newRef(u)
				} else {
					text, err = vm.toUnicode(v)
				}
			} else {
				text, err = vm.Repr(v)
			}
			if err != nil {
				return nil, nil, err
			}
			body, err = textOf[E](vm, text)
			vm.Decref(text)
			if err != nil {
				return nil, nil, err
			}
			if prec >= 0 && len(body) > prec {
				body = body[:prec]
			}
		case 'i', 'd', 'u', 'o', 'x', 'X':
			if c == 'i' {
				c = 'd'
			}
			s, err := vm.percentInteger(v, byte(c), flags, prec)
			if err != nil {
				return nil, nil, err
			}
			body = asciiText[E](s)
			hasSign = true
			if flags&pctZero != 0 {
				fill = '0'
			}
		case 'e', 'E', 'f', 'F', 'g', 'G':
			x, err := vm.percentFloatArg(v, uni)
			if err != nil {
				return nil, nil, err
			}
			if prec < 0 {
				prec = 6
			}
			if err := vm.checkTextSize(prec, uni); err != nil {
				return nil, nil, err
			}
			var ff floatFlags
			if flags&pctAlt != 0 {
				ff = floatAlt
			}
			body = asciiText[E](formatDouble(x, byte(c), prec, ff))
			hasSign = true
			if flags&pctZero != 0 {
				fill = '0'
			}
		case 'c':
			if !uni && asUnicode(v) != nil {
				return out, &percentRestart{specStart, argIdxStart}, nil
			}
			ch, err := vm.percentChar(v, uni)
			if err != nil {
				return nil, nil, err
			}
			body = []E{E(ch)}
		default:
			// The str formatter shows the raw byte and its code as a C signed char would
			// print; the unicode one shows '?' for characters outside printable ASCII.
			shown := string([]byte{byte(c)})
			code := int64(c)
			if uni {
				shown = string(rune(c))
				if c < 31 || c > 126 {
					shown = "?"
				}
			} else if c >= 0x80 {
				code = int64(uint32(int32(int8(c))))
			}
			return nil, nil, vm.Raise(ValueErrorType, "unsupported format character '"+shown+"' (0x"+
				strconv.FormatInt(code, 16)+") at index "+strconv.Itoa(i-1))
		}
		out = percentPad(out, body, c, flags, width, fill, hasSign)
		if dict != nil && pa.argIdx < pa.argLen && c != '%' {
			return nil, nil, vm.typeErrorf("not all arguments converted during string formatting")
		}
	}
	if pa.argIdx < pa.argLen && dict == nil {
		return nil, nil, vm.typeErrorf("not all arguments converted during string formatting")
	}
	return out, nil, nil
}

// tupleItems returns the items of a tuple (or tuple subclass instance), else nil.
func tupleItems(o Object) []Object {
	switch x := o.(type) {
	case *Tuple:
		if x.Items == nil {
			return []Object{}
		}
		return x.Items
	case *Instance:
		if t, ok := x.Native.(*Tuple); ok {
			return tupleItems(t)
		}
	}
	return nil
}

// asciiText converts ASCII text to the format's character type.
func asciiText[E textChar](s string) []E {
	out := make([]E, len(s))
	for i := 0; i < len(s); i++ {
		out[i] = E(s[i])
	}
	return out
}

// percentPad appends one converted value with its sign, width and fill, exactly as
// PyString_Format lays it out.
func percentPad[E textChar](out, body []E, c E, flags, width int, fill E, hasSign bool) []E {
	var sign E
	if hasSign {
		switch {
		case len(body) > 0 && (body[0] == '-' || body[0] == '+'):
			sign = body[0]
			body = body[1:]
		case flags&pctSign != 0:
			sign = '+'
		case flags&pctBlank != 0:
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
	alt := flags&pctAlt != 0 && (c == 'x' || c == 'X')
	if alt {
		if fill != ' ' {
			out = append(out, body[0], body[1])
		}
		width -= 2
		if width < 0 {
			width = 0
		}
		n -= 2
	}
	if width > n && flags&pctLJust == 0 {
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
		}
	}
	if alt {
		body = body[2:]
	}
	out = append(out, body...)
	for ; width > n; width-- {
		out = append(out, ' ')
	}
	return out
}

// percentInteger converts the argument of %d, %u, %o, %x or %X: ints and longs, and
// numbers int() accepts (floats truncate); the result may start with '-'.
func (vm *VM) percentInteger(v Object, c byte, flags, prec int) (string, *PyError) {
	var n *big.Int
	var small int64
	isSmall := false
	switch x := v.(type) {
	case *Int:
		small, isSmall = x.V, true
	case *Long:
		n = x.V
	default:
		iobj, ok := vm.percentIntCoerce(v)
		if !ok {
			return "", vm.typeErrorf("%%%c format: a number is required, not %s", c, v.Type().Name)
		}
		defer vm.Decref(iobj)
		switch x := iobj.(type) {
		case *Int:
			small, isSmall = x.V, true
		case *Long:
			n = x.V
		}
	}
	base := 10
	switch c {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	neg := false
	var digits string
	if isSmall {
		if prec > 116 {
			return "", vm.Raise(OverflowErrorType, "formatted integer is too long (precision too large?)")
		}
		u := uint64(small)
		if small < 0 {
			neg, u = true, -u
		}
		digits = strconv.FormatUint(u, base)
		if prec < 0 {
			prec = 1
		}
		if prec == 0 && small == 0 {
			// C's printf prints nothing for a zero with precision zero.
			digits = ""
		}
	} else {
		neg = n.Sign() < 0
		digits = new(big.Int).Abs(n).Text(base)
	}
	for len(digits) < prec {
		digits = "0" + digits
	}
	alt := flags&pctAlt != 0
	switch {
	case c == 'X':
		b := []byte(digits)
		for i := range b {
			b[i] = byteToUpper(b[i])
		}
		digits = string(b)
		if alt {
			digits = "0X" + digits
		}
	case c == 'x' && alt:
		digits = "0x" + digits
	case c == 'o' && alt && (len(digits) == 0 || digits[0] != '0'):
		digits = "0" + digits
	}
	if neg {
		digits = "-" + digits
	}
	return digits, nil
}

// percentIntCoerce is PyNumber_Int then PyNumber_Long for a %d argument that is not an
// int or long; ok is false when it is not a number or the conversion fails.
func (vm *VM) percentIntCoerce(v Object) (Object, bool) {
	if nv := nativeNumber(v); nv != nil {
		switch x := nv.(type) {
		case *Int, *Long:
			return newRef(x), true
		case *Float:
			if math.IsInf(x.V, 0) || math.IsNaN(x.V) {
				return nil, false
			}
			if t := math.Trunc(x.V); t >= -9.2e18 && t <= 9.2e18 {
				return vm.NewInt(int64(t)), true
			}
			b, _ := new(big.Float).SetFloat64(math.Trunc(x.V)).Int(nil)
			return vm.NewLong(b), true
		}
		return nil, false
	}
	t := v.Type()
	for _, name := range []string{"__int__", "__long__"} {
		m := t.Lookup(vm.Intern(name))
		if m == nil {
			continue
		}
		r, err := vm.callBound(m, v, t)
		if err != nil {
			err.release(vm)
			continue
		}
		switch r.(type) {
		case *Int, *Long:
			return r, true
		}
		vm.Decref(r)
	}
	return nil, false
}

// percentFloatArg converts the argument of %e, %f and %g with PyFloat_AsDouble. When
// that fails, the str formatter says "float argument required, not T"; the unicode one
// passes PyFloat_AsDouble's own error on (complex, a long too large, a failing
// __float__, or "a float is required").
func (vm *VM) percentFloatArg(v Object, uni bool) (float64, *PyError) {
	x, err := vm.asDouble(v)
	if err != nil && !uni {
		err.release(vm)
		return 0, vm.typeErrorf("float argument required, not %s", v.Type().Name)
	}
	return x, err
}

// asDouble is PyFloat_AsDouble: floats, ints, longs, and objects with __float__.
func (vm *VM) asDouble(v Object) (float64, *PyError) {
	switch x := nativeNumberOr(v).(type) {
	case *Float:
		return x.V, nil
	case *Int:
		return float64(x.V), nil
	case *Long:
		if f, ok := bigToFloat(x.V); ok {
			return f, nil
		}
		return 0, vm.Raise(OverflowErrorType, "long int too large to convert to float")
	case *Complex:
		return 0, vm.typeErrorf("can't convert complex to float")
	}
	t := v.Type()
	m := t.Lookup(sFloat)
	if m == nil {
		return 0, vm.typeErrorf("a float is required")
	}
	r, err := vm.callBound(m, v, t)
	if err != nil {
		return 0, err
	}
	defer vm.Decref(r)
	if f, ok := nativeNumberOr(r).(*Float); ok {
		return f.V, nil
	}
	return 0, vm.typeErrorf("nb_float should return float object")
}

// percentChar converts the argument of %c: a one-character string or an int (a byte for
// str formats, a code point for unicode ones).
func (vm *VM) percentChar(v Object, uni bool) (rune, *PyError) {
	if uni {
		if u := asUnicode(v); u != nil {
			if len(u.R) == 1 {
				return u.R[0], nil
			}
			return 0, vm.typeErrorf("%%c requires int or char")
		}
		if s := asStr(v); s != nil {
			if len(s.S) != 1 {
				return 0, vm.typeErrorf("%%c requires int or char")
			}
			r, err := vm.decodeASCII(s.S)
			if err != nil {
				return 0, err
			}
			return r[0], nil
		}
		x, err := vm.percentCharInt(v)
		if err != nil {
			err.release(vm)
			return 0, vm.typeErrorf("%%c requires int or char")
		}
		if x < 0 || x > 0x10ffff {
			return 0, vm.Raise(OverflowErrorType, "%c arg not in range(0x110000) (wide Python build)")
		}
		return rune(x), nil
	}
	if s := asStr(v); s != nil {
		if len(s.S) != 1 {
			return 0, vm.typeErrorf("%%c requires int or char")
		}
		return rune(s.S[0]), nil
	}
	x, err := vm.cLongArg(v)
	if err != nil {
		return 0, err
	}
	if x < 0 {
		return 0, vm.Raise(OverflowErrorType, "unsigned byte integer is less than minimum")
	}
	if x > 255 {
		return 0, vm.Raise(OverflowErrorType, "unsigned byte integer is greater than maximum")
	}
	return rune(x), nil
}

// percentCharInt is PyInt_AsLong for unicode's %c, which also truncates floats; a float
// beyond a C long (or not finite) is an error, as its int() is a long then.
func (vm *VM) percentCharInt(v Object) (int64, *PyError) {
	if f, ok := nativeNumberOr(v).(*Float); ok {
		if !(f.V >= -9223372036854775808.0 && f.V < 9223372036854775808.0) {
			return 0, vm.Raise(OverflowErrorType, "Python int too large to convert to C long")
		}
		return int64(f.V), nil
	}
	return vm.cLongArg(v)
}

// formatFloatArg converts a number to a float as str's %f does (builtins.go's round uses
// it).
func (vm *VM) formatFloatArg(arg Object) (float64, *PyError) { return vm.percentFloatArg(arg, false) }
