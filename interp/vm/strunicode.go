// strunicode.go holds the methods of unicode, Python 2.7's text type: the same text
// methods as str over code points (with str arguments decoded by the default codec), plus
// isdecimal and isnumeric, classified with CPython's Unicode database.
package vm

// unicodeMethods is the method table of unicode.
func unicodeMethods() []methodDef {
	return []methodDef{
		{name: "capitalize", fn: unicodeCapitalize},
		{name: "center", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return unicodeJustify(vm, self, args, "center")
		}},
		{name: "count", fn: unicodeCount},
		{name: "decode", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			enc, errors, err := vm.codecArgs("decode", args, kw)
			if err != nil {
				return nil, err
			}
			return vm.unicodeDecode(self, asUnicode(self).R, enc, errors)
		}, keywords: true},
		{name: "encode", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			enc, errors, err := vm.codecArgs("encode", args, kw)
			if err != nil {
				return nil, err
			}
			return vm.unicodeEncode(self, asUnicode(self).R, enc, errors)
		}, keywords: true},
		{name: "endswith", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return unicodeTailMatch(vm, self, args, "endswith", true)
		}},
		{name: "expandtabs", fn: unicodeExpandTabs},
		{name: "find", fn: unicodeFindFn("find", false, false)},
		{name: "format", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.unicodeFormatMethod(self, args, kw)
		}, keywords: true},
		{name: "index", fn: unicodeFindFn("index", false, true)},
		{name: "isalnum", fn: unicodePredicate("isalnum", uniIsAlnum)},
		{name: "isalpha", fn: unicodePredicate("isalpha", uniIsAlpha)},
		{name: "isdecimal", fn: unicodePredicate("isdecimal", uniIsDecimal)},
		{name: "isdigit", fn: unicodePredicate("isdigit", uniIsDigit)},
		{name: "islower", fn: unicodeCasePredicate("islower", textIsLower[rune])},
		{name: "isnumeric", fn: unicodePredicate("isnumeric", uniIsNumeric)},
		{name: "isspace", fn: unicodePredicate("isspace", uniIsSpace)},
		{name: "istitle", fn: unicodeCasePredicate("istitle", textIsTitle[rune])},
		{name: "isupper", fn: unicodeCasePredicate("isupper", textIsUpper[rune])},
		{name: "join", fn: unicodeJoin},
		{name: "ljust", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return unicodeJustify(vm, self, args, "ljust")
		}},
		{name: "lower", fn: unicodeMapRunes("lower", uniToLower)},
		{name: "lstrip", fn: unicodeStripFn("lstrip", true, false)},
		{name: "partition", fn: unicodePartitionFn("partition", false)},
		{name: "replace", fn: unicodeReplace},
		{name: "rfind", fn: unicodeFindFn("rfind", true, false)},
		{name: "rindex", fn: unicodeFindFn("rindex", true, true)},
		{name: "rjust", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return unicodeJustify(vm, self, args, "rjust")
		}},
		{name: "rpartition", fn: unicodePartitionFn("rpartition", true)},
		{name: "rsplit", fn: unicodeSplitFn("rsplit", true)},
		{name: "rstrip", fn: unicodeStripFn("rstrip", false, true)},
		{name: "split", fn: unicodeSplitFn("split", false)},
		{name: "splitlines", fn: unicodeSplitLines},
		{name: "startswith", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return unicodeTailMatch(vm, self, args, "startswith", false)
		}},
		{name: "strip", fn: unicodeStripFn("strip", true, true)},
		{name: "swapcase", fn: unicodeMapRunes("swapcase", func(c rune) rune {
			if uniIsUpper(c) {
				return uniToLower(c)
			}
			if uniIsLower(c) {
				return uniToUpper(c)
			}
			return c
		})},
		{name: "title", fn: unicodeTitle},
		{name: "translate", fn: unicodeTranslate},
		{name: "upper", fn: unicodeMapRunes("upper", uniToUpper)},
		{name: "zfill", fn: unicodeZfill},
		{name: "_formatter_parser", fn: formatterParserMethod},
		{name: "_formatter_field_name_split", fn: formatterFieldNameSplitMethod},
	}
}

// unicodeResult returns r as a unicode object: self itself when r is its whole text and
// self is an exact unicode, a new object sharing r's storage otherwise (unicode objects
// never change their code points).
func (vm *VM) unicodeResult(self Object, r []rune) Object {
	if x, ok := self.(*Unicode); ok && len(x.R) == len(r) && (len(r) == 0 || &x.R[0] == &r[0]) {
		return newRef(x)
	}
	return vm.NewUnicode(r[:len(r):len(r)])
}

func unicodeCapitalize(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("capitalize", args, 0, 0); err != nil {
		return nil, err
	}
	r := asUnicode(self).R
	out := make([]rune, len(r))
	for i, c := range r {
		if i == 0 {
			if !uniIsUpper(c) {
				c = uniToUpper(c)
			}
		} else if !uniIsLower(c) {
			c = uniToLower(c)
		}
		out[i] = c
	}
	return vm.NewUnicode(out), nil
}

// unicodeMapRunes makes lower, upper and swapcase.
func unicodeMapRunes(name string, f func(rune) rune) BuiltinFn {
	return func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.methodArgs(name, args, 0, 0); err != nil {
			return nil, err
		}
		r := asUnicode(self).R
		out := make([]rune, len(r))
		for i, c := range r {
			out[i] = f(c)
		}
		return vm.NewUnicode(out), nil
	}
}

func unicodeTitle(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("title", args, 0, 0); err != nil {
		return nil, err
	}
	r := asUnicode(self).R
	out := make([]rune, len(r))
	prevCased := false
	for i, c := range r {
		if prevCased {
			out[i] = uniToLower(c)
		} else {
			out[i] = uniToTitle(c)
		}
		prevCased = uniIsLower(c) || uniIsUpper(c) || uniIsTitle(c)
	}
	return vm.NewUnicode(out), nil
}

// unicodePredicate makes isalnum, isalpha, isdecimal, isdigit, isnumeric and isspace.
func unicodePredicate(name string, pred func(rune) bool) BuiltinFn {
	return func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.methodArgs(name, args, 0, 0); err != nil {
			return nil, err
		}
		return NewBool(textAll(asUnicode(self).R, pred)), nil
	}
}

// unicodeCasePredicate makes islower, isupper and istitle.
func unicodeCasePredicate(name string, pred func([]rune) bool) BuiltinFn {
	return func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.methodArgs(name, args, 0, 0); err != nil {
			return nil, err
		}
		return NewBool(pred(asUnicode(self).R)), nil
	}
}

// unicodeJustify is center, ljust and rjust.
func unicodeJustify(vm *VM, self Object, args []Object, name string) (Object, *PyError) {
	if err := vm.methodArgs(name, args, 1, 2); err != nil {
		return nil, err
	}
	width, err := vm.ssizeArg(args[0])
	if err != nil {
		return nil, err
	}
	fill := ' '
	if len(args) > 1 {
		f, err := vm.unicodeArg(args[1])
		if err != nil {
			err.release(vm)
			return nil, vm.typeErrorf("The fill character cannot be converted to Unicode")
		}
		if len(f) != 1 {
			return nil, vm.typeErrorf("The fill character must be exactly one character long")
		}
		fill = f[0]
	}
	r := asUnicode(self).R
	if _, exact := self.(*Unicode); exact && len(r) >= width {
		return newRef(self), nil
	}
	if err := vm.checkTextSize(width, true); err != nil {
		return nil, err
	}
	left, right := justifyMargins(name, len(r), width)
	return vm.NewUnicode(textPad(r, left, right, fill)), nil
}

func unicodeZfill(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("zfill", args, 1, 1); err != nil {
		return nil, err
	}
	width, err := vm.ssizeArg(args[0])
	if err != nil {
		return nil, err
	}
	r := asUnicode(self).R
	if len(r) >= width {
		return vm.unicodeResult(self, r), nil
	}
	if err := vm.checkTextSize(width, true); err != nil {
		return nil, err
	}
	return vm.NewUnicode(textZfill(r, width)), nil
}

func unicodeExpandTabs(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("expandtabs", args, 0, 1); err != nil {
		return nil, err
	}
	tabsize := 8
	if len(args) > 0 {
		var err *PyError
		if tabsize, err = vm.cIntArg(args[0]); err != nil {
			return nil, err
		}
	}
	r := asUnicode(self).R
	if err := vm.checkTextSize(textExpandedLen(r, tabsize), true); err != nil {
		return nil, err
	}
	return vm.NewUnicode(textExpandTabs(r, tabsize)), nil
}

// unicodeFindFn makes find, rfind, index and rindex.
func unicodeFindFn(name string, reverse, raise bool) BuiltinFn {
	return func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.methodArgs(name, args, 1, 3); err != nil {
			return nil, err
		}
		start, end, err := vm.boundsArgs(args[1:])
		if err != nil {
			return nil, err
		}
		sub, err := vm.unicodeArg(args[0])
		if err != nil {
			return nil, err
		}
		i := textFind(asUnicode(self).R, sub, start, end, reverse)
		if i < 0 && raise {
			return nil, vm.Raise(ValueErrorType, "substring not found")
		}
		return vm.NewInt(int64(i)), nil
	}
}

func unicodeCount(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("count", args, 1, 3); err != nil {
		return nil, err
	}
	start, end, err := vm.boundsArgs(args[1:])
	if err != nil {
		return nil, err
	}
	sub, err := vm.unicodeArg(args[0])
	if err != nil {
		return nil, err
	}
	return vm.NewInt(int64(textCount(asUnicode(self).R, sub, start, end))), nil
}

// unicodeTailMatch is startswith and endswith.
func unicodeTailMatch(vm *VM, self Object, args []Object, name string, atEnd bool) (Object, *PyError) {
	if err := vm.methodArgs(name, args, 1, 3); err != nil {
		return nil, err
	}
	start, end, err := vm.boundsArgs(args[1:])
	if err != nil {
		return nil, err
	}
	r := asUnicode(self).R
	if t, ok := args[0].(*Tuple); ok {
		for _, it := range t.Items {
			sub, err := vm.unicodeArg(it)
			if err != nil {
				return nil, err
			}
			if textTailMatch(r, sub, start, end, atEnd) {
				return NewBool(true), nil
			}
		}
		return NewBool(false), nil
	}
	if _, kind := strArgOf(args[0]); kind == argIsOther {
		return nil, vm.typeErrorf("%s first arg must be str, unicode, or tuple, not %s", name, args[0].Type().Name)
	}
	sub, err := vm.unicodeArg(args[0])
	if err != nil {
		return nil, err
	}
	return NewBool(textTailMatch(r, sub, start, end, atEnd)), nil
}

// unicodeJoin is unicode.join(iterable): str items are decoded with the default codec.
func unicodeJoin(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgO("join", args); err != nil {
		return nil, err
	}
	items, owned, err := vm.joinItems(args[0])
	if err != nil {
		return nil, err
	}
	if owned {
		defer vm.decrefAll(items)
	}
	if len(items) == 1 {
		if u, ok := items[0].(*Unicode); ok {
			return newRef(u), nil
		}
	}
	sep := asUnicode(self).R
	var out []rune
	for i, it := range items {
		var r []rune
		switch x := it.(type) {
		case *Unicode:
			r = x.R
		default:
			if u := asUnicode(it); u != nil {
				r = u.R
				break
			}
			s := asStr(it)
			if s == nil {
				return nil, vm.typeErrorf("sequence item %d: expected string or Unicode, %s found", i, it.Type().Name)
			}
			var err *PyError
			if r, err = vm.decodeASCII(s.S); err != nil {
				return nil, err
			}
		}
		if i > 0 {
			out = append(out, sep...)
		}
		out = append(out, r...)
	}
	return vm.NewUnicode(out), nil
}

// unicodeStripFn makes strip, lstrip and rstrip.
func unicodeStripFn(name string, left, right bool) BuiltinFn {
	return func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.methodArgs(name, args, 0, 1); err != nil {
			return nil, err
		}
		r := asUnicode(self).R
		var chars []rune
		whitespace := true
		if len(args) == 1 && args[0] != Object(None) {
			if _, kind := strArgOf(args[0]); kind == argIsOther {
				return nil, vm.typeErrorf("%s arg must be None, unicode or str", name)
			}
			c, err := vm.unicodeArg(args[0])
			if err != nil {
				return nil, err
			}
			chars, whitespace = c, false
		}
		sp := textStripSpan(r, chars, left, right, whitespace)
		return vm.unicodeResult(self, r[sp.i:sp.j]), nil
	}
}

// unicodePartitionFn makes partition and rpartition.
func unicodePartitionFn(name string, reverse bool) BuiltinFn {
	return func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.methodArgO(name, args); err != nil {
			return nil, err
		}
		sep, err := vm.unicodeArg(args[0])
		if err != nil {
			return nil, err
		}
		if len(sep) == 0 {
			return nil, vm.Raise(ValueErrorType, "empty separator")
		}
		r := asUnicode(self).R
		var i int
		if reverse {
			i = textLastIndex(r, sep)
		} else {
			i = textIndex(r, sep)
		}
		if i < 0 {
			empty := vm.NewUnicode(nil)
			defer vm.Decref(empty)
			whole := vm.unicodeResult(self, r)
			defer vm.Decref(whole)
			if reverse {
				return vm.NewTupleRefs(empty, empty, whole), nil
			}
			return vm.NewTupleRefs(whole, empty, empty), nil
		}
		var sepObj Object
		if x, ok := args[0].(*Unicode); ok {
			sepObj = newRef(x)
		} else {
			sepObj = vm.NewUnicode(sep)
		}
		return vm.NewTuple([]Object{vm.unicodeResult(self, r[:i]), sepObj, vm.unicodeResult(self, r[i+len(sep):])}), nil
	}
}

func unicodeReplace(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("replace", args, 2, 3); err != nil {
		return nil, err
	}
	// "OO|n:replace": the count is read before the strings are made unicode.
	count := -1
	if len(args) == 3 {
		n, err := vm.ssizeArg(args[2])
		if err != nil {
			return nil, err
		}
		if n >= 0 {
			count = n
		}
	}
	old, err := vm.unicodeArg(args[0])
	if err != nil {
		return nil, err
	}
	new, err := vm.unicodeArg(args[1])
	if err != nil {
		return nil, err
	}
	r := asUnicode(self).R
	out, changed := textReplace(r, old, new, count)
	if !changed {
		return vm.unicodeResult(self, r), nil
	}
	return vm.NewUnicode(out), nil
}

// unicodeSplitFn makes split and rsplit.
func unicodeSplitFn(name string, reverse bool) BuiltinFn {
	return func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.methodArgs(name, args, 0, 2); err != nil {
			return nil, err
		}
		r := asUnicode(self).R
		// "|On:split": the count is read before the separator is made unicode.
		maxsplit := -1
		if len(args) == 2 {
			n, err := vm.ssizeArg(args[1])
			if err != nil {
				return nil, err
			}
			maxsplit = n
		}
		var sep []rune
		haveSep := len(args) > 0 && args[0] != Object(None)
		if haveSep {
			var err *PyError
			if sep, err = vm.unicodeArg(args[0]); err != nil {
				return nil, err
			}
		}
		var buf [16]span
		var spans []span
		switch {
		case !haveSep && reverse:
			spans = textRSplitWhitespace(r, maxsplit, buf[:0])
		case !haveSep:
			spans = textSplitWhitespace(r, maxsplit, buf[:0])
		case len(sep) == 0:
			return nil, vm.Raise(ValueErrorType, "empty separator")
		case reverse:
			spans = textRSplit(r, sep, maxsplit, buf[:0])
		default:
			spans = textSplit(r, sep, maxsplit, buf[:0])
		}
		return vm.unicodeSpansList(self, r, spans, reverse), nil
	}
}

// unicodeSpansList makes the list of pieces of r (reversed: the spans are right to left).
func (vm *VM) unicodeSpansList(self Object, r []rune, spans []span, reversed bool) Object {
	items := make([]Object, len(spans))
	for k, sp := range spans {
		i := k
		if reversed {
			i = len(spans) - 1 - k
		}
		items[i] = vm.unicodeResult(self, r[sp.i:sp.j])
	}
	return vm.NewList(items)
}

func unicodeSplitLines(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("splitlines", args, 0, 1); err != nil {
		return nil, err
	}
	keep := false
	if len(args) == 1 {
		k, err := vm.cIntArg(args[0])
		if err != nil {
			return nil, err
		}
		keep = k != 0
	}
	r := asUnicode(self).R
	var buf [16]span
	return vm.unicodeSpansList(self, r, textSplitLines(r, keep, buf[:0]), false), nil
}

// unicodeTranslate is unicode.translate(table): table[ord(c)] gives a code point, a
// unicode string or None (delete); characters the table lacks (LookupError) stay.
func unicodeTranslate(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgO("translate", args); err != nil {
		return nil, err
	}
	table := args[0]
	r := asUnicode(self).R
	// The table is only indexed, character by character: an empty string takes any.
	if len(r) > 0 && table.Type().Lookup(sGetitem) == nil {
		return nil, vm.typeErrorf("'%s' object has no attribute '__getitem__'", table.Type().Name)
	}
	out := make([]rune, 0, len(r))
	for _, c := range r {
		key := vm.NewInt(int64(c))
		v, err := vm.GetItem(table, key)
		vm.Decref(key)
		if err != nil {
			if err.Matches(LookupErrorType) {
				err.release(vm)
				out = append(out, c)
				continue
			}
			return nil, err
		}
		switch x := v.(type) {
		case *Int:
			if x.V < 0 || x.V > 0x10ffff {
				vm.Decref(v)
				return nil, vm.Raise(TypeErrorType, "character mapping must be in range(0x%lx)")
			}
			out = append(out, rune(x.V))
		case *Unicode:
			out = append(out, x.R...)
		default:
			if v == Object(None) {
				break
			}
			if l, ok := v.(*Long); ok {
				if !l.V.IsInt64() || l.V.Int64() < 0 || l.V.Int64() > 0x10ffff {
					vm.Decref(v)
					return nil, vm.Raise(TypeErrorType, "character mapping must be in range(0x%lx)")
				}
				out = append(out, rune(l.V.Int64()))
				break
			}
			vm.Decref(v)
			return nil, vm.typeErrorf("character mapping must return integer, None or unicode")
		}
		vm.Decref(v)
	}
	return vm.NewUnicode(out), nil
}
