// percent.go implements Python 2's printf-style formatting, `fmt % args`, for str (and
// unicode, which a %s of a unicode argument switches the result to), with CPython 2.7's
// conversions, flags and error messages.
package vm

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// strPercent is str % args.
func (vm *VM) strPercent(format *Str, args Object) (Object, *PyError) {
	s, uni, err := vm.percentFormat(format.S, args, false)
	if err != nil {
		return nil, err
	}
	if uni != nil {
		return vm.NewUnicode(uni), nil
	}
	return vm.NewStr(s), nil
}

// unicodePercent is unicode % args.
func (vm *VM) unicodePercent(format *Unicode, args Object) (Object, *PyError) {
	s, _, err := vm.percentFormat(string(format.R), args, true)
	if err != nil {
		return nil, err
	}
	return vm.NewUnicode([]rune(s)), nil
}

// percentFormat does the work. In str mode a %s of a unicode argument restarts the
// formatting in unicode mode (uni holds the result then).
func (vm *VM) percentFormat(f string, args Object, unicodeMode bool) (string, []rune, *PyError) {
	var out strings.Builder
	var argList []Object
	var mapping Object
	argIdx := 0
	single := false
	switch a := args.(type) {
	case *Tuple:
		argList = a.Items
	default:
		argList = []Object{args}
		single = true
		if _, isStr := args.(*Str); !isStr {
			if _, isU := args.(*Unicode); !isU {
				if args.Type().Lookup(vm.Intern("__getitem__")) != nil {
					mapping = args
				}
			}
		}
	}
	nextArg := func() (Object, *PyError) {
		if argIdx >= len(argList) {
			return nil, vm.typeErrorf("not enough arguments for format string")
		}
		a := argList[argIdx]
		argIdx++
		return a, nil
	}
	usedMapping := false
	i := 0
	for i < len(f) {
		c := f[i]
		if c != '%' {
			j := strings.IndexByte(f[i:], '%')
			if j < 0 {
				out.WriteString(f[i:])
				break
			}
			out.WriteString(f[i : i+j])
			i += j
			continue
		}
		i++
		if i >= len(f) {
			return "", nil, vm.Raise(ValueErrorType, "incomplete format")
		}
		var arg Object
		if f[i] == '(' {
			if mapping == nil {
				return "", nil, vm.typeErrorf("format requires a mapping")
			}
			depth := 1
			j := i + 1
			for j < len(f) && depth > 0 {
				if f[j] == '(' {
					depth++
				} else if f[j] == ')' {
					depth--
				}
				j++
			}
			if depth > 0 {
				return "", nil, vm.Raise(ValueErrorType, "incomplete format key")
			}
			key := vm.NewStr(f[i+1 : j-1])
			v, err := vm.GetItem(mapping, key)
			vm.Decref(key)
			if err != nil {
				return "", nil, err
			}
			defer vm.Decref(v)
			arg = v
			usedMapping = true
			i = j
		}
		// Flags.
		var minus, plus, space, alt, zero bool
	flags:
		for i < len(f) {
			switch f[i] {
			case '-':
				minus = true
			case '+':
				plus = true
			case ' ':
				space = true
			case '#':
				alt = true
			case '0':
				zero = true
			default:
				break flags
			}
			i++
		}
		width := -1
		if i < len(f) && f[i] == '*' {
			w, err := nextArg()
			if err != nil {
				return "", nil, err
			}
			wi, ok := w.(*Int)
			if !ok {
				return "", nil, vm.typeErrorf("* wants int")
			}
			width = int(wi.V)
			if width < 0 {
				minus = true
				width = -width
			}
			i++
		} else {
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				if width < 0 {
					width = 0
				}
				width = width*10 + int(f[i]-'0')
				i++
			}
		}
		prec := -1
		if i < len(f) && f[i] == '.' {
			i++
			prec = 0
			if i < len(f) && f[i] == '*' {
				p, err := nextArg()
				if err != nil {
					return "", nil, err
				}
				pi, ok := p.(*Int)
				if !ok {
					return "", nil, vm.typeErrorf("* wants int")
				}
				prec = int(pi.V)
				if prec < 0 {
					prec = 0
				}
				i++
			} else {
				for i < len(f) && f[i] >= '0' && f[i] <= '9' {
					prec = prec*10 + int(f[i]-'0')
					i++
				}
			}
		}
		for i < len(f) && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L') {
			i++
		}
		if i >= len(f) {
			return "", nil, vm.Raise(ValueErrorType, "incomplete format")
		}
		conv := f[i]
		i++
		if conv == '%' {
			out.WriteByte('%')
			continue
		}
		if arg == nil {
			var err *PyError
			arg, err = nextArg()
			if err != nil {
				return "", nil, err
			}
		}
		var body string
		sign := ""
		numeric := false
		switch conv {
		case 's', 'r':
			if conv == 's' {
				if u, ok := arg.(*Unicode); ok && !unicodeMode {
					// The result becomes unicode: start again in unicode mode.
					uf, err := vm.decodeASCII(f)
					if err != nil {
						return "", nil, err
					}
					s, _, err2 := vm.percentFormat(string(uf), args, true)
					_ = u
					if err2 != nil {
						return "", nil, err2
					}
					return "", []rune(s), nil
				}
				if u, ok := arg.(*Unicode); ok {
					body = string(u.R)
				} else {
					s, err := vm.StrString(arg)
					if err != nil {
						return "", nil, err
					}
					body = s
				}
			} else {
				s, err := vm.ReprString(arg)
				if err != nil {
					return "", nil, err
				}
				body = s
			}
			if prec >= 0 && prec < len(body) {
				body = body[:prec]
			}
		case 'd', 'i', 'u', 'o', 'x', 'X':
			numeric = true
			n, err := vm.formatIntArg(arg, conv)
			if err != nil {
				return "", nil, err
			}
			neg := n.Sign() < 0
			abs := new(big.Int).Abs(n)
			switch conv {
			case 'o':
				body = abs.Text(8)
				if alt && body != "0" {
					body = "0" + body
				}
			case 'x':
				body = abs.Text(16)
			case 'X':
				body = strings.ToUpper(abs.Text(16))
			default:
				body = abs.String()
			}
			if prec > len(body) {
				body = strings.Repeat("0", prec-len(body)) + body
			}
			if alt && conv == 'x' {
				body = "0x" + body
			} else if alt && conv == 'X' {
				body = "0X" + body
			}
			switch {
			case neg:
				sign = "-"
			case plus:
				sign = "+"
			case space:
				sign = " "
			}
		case 'e', 'E', 'f', 'F', 'g', 'G':
			numeric = true
			x, err := vm.formatFloatArg(arg)
			if err != nil {
				return "", nil, err
			}
			if prec < 0 {
				prec = 6
			}
			code := conv | 0x20
			if code == 'f' && math.Abs(x) >= 1e50 {
				code = 'g'
				if conv == 'F' {
					conv = 'G'
				} else {
					conv = 'g'
				}
			}
			s := formatFloatShort(math.Abs(x), code, prec, false, alt)
			if conv >= 'A' && conv <= 'Z' {
				s = strings.ToUpper(s)
			}
			body = s
			switch {
			case math.Signbit(x) && !math.IsNaN(x):
				sign = "-"
			case plus:
				sign = "+"
			case space:
				sign = " "
			}
		case 'c':
			switch a := arg.(type) {
			case *Int:
				if a.V < 0 || a.V > 255 {
					if unicodeMode {
						body = string(rune(a.V))
					} else {
						return "", nil, vm.Raise(OverflowErrorType, "unsigned byte integer is greater than maximum")
					}
				} else {
					body = string([]byte{byte(a.V)})
				}
			case *Str:
				if len(a.S) != 1 {
					return "", nil, vm.typeErrorf("%%c requires int or char")
				}
				body = a.S
			default:
				return "", nil, vm.typeErrorf("%%c requires int or char")
			}
		default:
			return "", nil, vm.Raisef(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", conv, conv, i-1)
		}
		total := len(sign) + len(body)
		if unicodeMode {
			total = len(sign) + len([]rune(body))
		}
		pad := 0
		if width > total {
			pad = width - total
		}
		switch {
		case minus:
			out.WriteString(sign)
			out.WriteString(body)
			out.WriteString(strings.Repeat(" ", pad))
		case zero && numeric:
			out.WriteString(sign)
			if alt && (conv == 'x' || conv == 'X') {
				out.WriteString(body[:2])
				body = body[2:]
			}
			out.WriteString(strings.Repeat("0", pad))
			out.WriteString(body)
		default:
			out.WriteString(strings.Repeat(" ", pad))
			out.WriteString(sign)
			out.WriteString(body)
		}
	}
	if argIdx < len(argList) && !usedMapping && !(single && mapping != nil && argIdx == 0) {
		return "", nil, vm.typeErrorf("not all arguments converted during string formatting")
	}
	return out.String(), nil, nil
}

// formatIntArg converts a %d/%x/%o argument: ints and longs, floats truncated, and objects
// with __int__.
func (vm *VM) formatIntArg(arg Object, conv byte) (*big.Int, *PyError) {
	switch a := nativeNumberOr(arg).(type) {
	case *Int:
		return big.NewInt(a.V), nil
	case *Long:
		return a.V, nil
	case *Float:
		if math.IsInf(a.V, 0) || math.IsNaN(a.V) {
			return nil, vm.Raise(OverflowErrorType, "cannot convert float infinity to integer")
		}
		b, _ := new(big.Float).SetFloat64(math.Trunc(a.V)).Int(nil)
		return b, nil
	}
	t := arg.Type()
	if m := t.Lookup(vm.Intern("__int__")); m != nil {
		r, err := vm.callBound(m, arg, t)
		if err != nil {
			return nil, err
		}
		defer vm.Decref(r)
		if b, ok := bigOf(r); ok {
			return b, nil
		}
	}
	what := "a number is required"
	if conv == 'd' || conv == 'i' || conv == 'u' {
		return nil, vm.typeErrorf("%%%c format: %s, not %s", conv, what, t.Name)
	}
	return nil, vm.typeErrorf("%%%c format: a number is required, not %s", conv, t.Name)
}

// formatFloatArg converts a %f/%e/%g argument.
func (vm *VM) formatFloatArg(arg Object) (float64, *PyError) {
	switch a := nativeNumberOr(arg).(type) {
	case *Int, *Long, *Float:
		return vm.asFloat(a)
	}
	t := arg.Type()
	if m := t.Lookup(vm.Intern("__float__")); m != nil {
		r, err := vm.callBound(m, arg, t)
		if err != nil {
			return 0, err
		}
		defer vm.Decref(r)
		if f, ok := r.(*Float); ok {
			return f.V, nil
		}
	}
	return 0, vm.typeErrorf("float argument required, not %s", t.Name)
}

var _ = strconv.Itoa
