// strmethods.go holds the methods of str: the text methods of Python 2.7 (with CPython's
// argument conversions, messages, and hand-over to the unicode method when an argument is
// unicode) and the special methods that make them usable from subclasses and as unbound
// methods (str.lower(x), map(str.upper, ...)).
package vm

import (
	"strings"
	"unsafe"
)

// strMethods is the method table of str's text methods (the special methods are in
// strspec.go).
func strMethods() []methodDef {
	return []methodDef{
		{name: "capitalize", fn: strCapitalize},
		{name: "center", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return strJustify(vm, self, args, "center")
		}},
		{name: "count", fn: strCount},
		{name: "decode", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			enc, errors, err := vm.codecArgs("decode", args, kw)
			if err != nil {
				return nil, err
			}
			return vm.strDecode(self, asStr(self).S, enc, errors)
		}, keywords: true},
		{name: "encode", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			enc, errors, err := vm.codecArgs("encode", args, kw)
			if err != nil {
				return nil, err
			}
			return vm.strEncode(self, asStr(self).S, enc, errors)
		}, keywords: true},
		{name: "endswith", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return strTailMatch(vm, self, args, "endswith", true)
		}},
		{name: "expandtabs", fn: strExpandTabs},
		{name: "find", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return strFind(vm, self, args, "find", false, false)
		}},
		{name: "format", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.strFormatMethod(self, args, kw)
		}, keywords: true},
		{name: "index", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return strFind(vm, self, args, "index", false, true)
		}},
		{name: "isalnum", fn: strPredicate("isalnum", byteIsAlnum)},
		{name: "isalpha", fn: strPredicate("isalpha", byteIsAlpha)},
		{name: "isdigit", fn: strPredicate("isdigit", byteIsDigit)},
		{name: "islower", fn: strCasePredicate("islower", textIsLower[byte])},
		{name: "isspace", fn: strPredicate("isspace", byteIsSpace)},
		{name: "istitle", fn: strCasePredicate("istitle", textIsTitle[byte])},
		{name: "isupper", fn: strCasePredicate("isupper", textIsUpper[byte])},
		{name: "join", fn: strJoin},
		{name: "ljust", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return strJustify(vm, self, args, "ljust")
		}},
		{name: "lower", fn: strMapBytes("lower", byteToLower)},
		{name: "lstrip", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return strStrip(vm, self, args, "lstrip", true, false)
		}},
		{name: "partition", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return strPartition(vm, self, args, "partition", false)
		}},
		{name: "replace", fn: strReplace},
		{name: "rfind", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return strFind(vm, self, args, "rfind", true, false)
		}},
		{name: "rindex", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return strFind(vm, self, args, "rindex", true, true)
		}},
		{name: "rjust", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return strJustify(vm, self, args, "rjust")
		}},
		{name: "rpartition", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return strPartition(vm, self, args, "rpartition", true)
		}},
		{name: "rsplit", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return strSplit(vm, self, args, "rsplit", true)
		}},
		{name: "rstrip", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return strStrip(vm, self, args, "rstrip", false, true)
		}},
		{name: "split", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return strSplit(vm, self, args, "split", false)
		}},
		{name: "splitlines", fn: strSplitLines},
		{name: "startswith", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return strTailMatch(vm, self, args, "startswith", false)
		}},
		{name: "strip", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			return strStrip(vm, self, args, "strip", true, true)
		}},
		{name: "swapcase", fn: strMapBytes("swapcase", func(c byte) byte {
			if byteIsLower(c) {
				return byteToUpper(c)
			}
			return byteToLower(c)
		})},
		{name: "title", fn: strTitle},
		{name: "translate", fn: strTranslate},
		{name: "upper", fn: strMapBytes("upper", byteToUpper)},
		{name: "zfill", fn: strZfill},
		{name: "_formatter_parser", fn: formatterParserMethod},
		{name: "_formatter_field_name_split", fn: formatterFieldNameSplitMethod},
	}
}

// bytesToStr turns a freshly built byte slice into a string without copying; the slice
// must not be used afterwards.
func bytesToStr(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// strResult returns s as a str: self itself when s is its whole text and self is an exact
// str (as CPython returns the same object), a new str otherwise.
func (vm *VM) strResult(self Object, s string) Object {
	if x, ok := self.(*Str); ok && len(x.S) == len(s) && (len(s) == 0 || unsafe.StringData(x.S) == unsafe.StringData(s)) {
		return newRef(x)
	}
	return vm.NewStr(s)
}

func strCapitalize(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("capitalize", args, 0, 0); err != nil {
		return nil, err
	}
	s := asStr(self).S
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		if i == 0 {
			b[i] = byteToUpper(s[i])
		} else {
			b[i] = byteToLower(s[i])
		}
	}
	return vm.NewStr(bytesToStr(b)), nil
}

// strMapBytes makes lower, upper and swapcase: a byte-for-byte mapping.
func strMapBytes(name string, f func(byte) byte) BuiltinFn {
	return func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.methodArgs(name, args, 0, 0); err != nil {
			return nil, err
		}
		s := asStr(self).S
		b := make([]byte, len(s))
		for i := 0; i < len(s); i++ {
			b[i] = f(s[i])
		}
		return vm.NewStr(bytesToStr(b)), nil
	}
}

func strTitle(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("title", args, 0, 0); err != nil {
		return nil, err
	}
	s := asStr(self).S
	b := make([]byte, len(s))
	prevCased := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case byteIsLower(c):
			if !prevCased {
				c = byteToUpper(c)
			}
			prevCased = true
		case byteIsUpper(c):
			if prevCased {
				c = byteToLower(c)
			}
			prevCased = true
		default:
			prevCased = false
		}
		b[i] = c
	}
	return vm.NewStr(bytesToStr(b)), nil
}

// strPredicate makes isalnum, isalpha, isdigit and isspace.
func strPredicate(name string, pred func(byte) bool) BuiltinFn {
	return func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.methodArgs(name, args, 0, 0); err != nil {
			return nil, err
		}
		return NewBool(textAll(strBytes(asStr(self).S), pred)), nil
	}
}

// strCasePredicate makes islower, isupper and istitle.
func strCasePredicate(name string, pred func([]byte) bool) BuiltinFn {
	return func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
		if err := vm.methodArgs(name, args, 0, 0); err != nil {
			return nil, err
		}
		return NewBool(pred(strBytes(asStr(self).S))), nil
	}
}

// strJustify is center, ljust and rjust.
func strJustify(vm *VM, self Object, args []Object, name string) (Object, *PyError) {
	if err := vm.methodArgs(name, args, 1, 2); err != nil {
		return nil, err
	}
	width, err := vm.ssizeArg(args[0])
	if err != nil {
		return nil, err
	}
	fill := byte(' ')
	if len(args) > 1 {
		f, kind := strArgOf(args[1])
		if kind != argIsStr || len(f) != 1 {
			return nil, vm.typeErrorf("%s() argument 2 must be char, not %s", name, argTypeName(args[1]))
		}
		fill = f[0]
	}
	s := asStr(self).S
	if _, exact := self.(*Str); exact && len(s) >= width {
		return newRef(self), nil
	}
	if err := vm.checkTextSize(width, false); err != nil {
		return nil, err
	}
	left, right := justifyMargins(name, len(s), width)
	return vm.NewStr(bytesToStr(textPad(strBytes(s), left, right, fill))), nil
}

func strZfill(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("zfill", args, 1, 1); err != nil {
		return nil, err
	}
	width, err := vm.ssizeArg(args[0])
	if err != nil {
		return nil, err
	}
	s := asStr(self).S
	if len(s) >= width {
		return vm.strResult(self, s), nil
	}
	if err := vm.checkTextSize(width, false); err != nil {
		return nil, err
	}
	return vm.NewStr(bytesToStr(textZfill(strBytes(s), width))), nil
}

func strExpandTabs(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
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
	s := asStr(self).S
	if err := vm.checkTextSize(textExpandedLen(strBytes(s), tabsize), false); err != nil {
		return nil, err
	}
	return vm.NewStr(bytesToStr(textExpandTabs(strBytes(s), tabsize))), nil
}

// strFind is find, rfind, index and rindex (raising instead of returning -1).
func strFind(vm *VM, self Object, args []Object, name string, reverse, raise bool) (Object, *PyError) {
	if err := vm.methodArgs("find/rfind/index/rindex", args, 1, 3); err != nil {
		return nil, err
	}
	start, end, err := vm.boundsArgs(args[1:])
	if err != nil {
		return nil, err
	}
	sub, kind := strArgOf(args[0])
	switch kind {
	case argIsUnicode:
		return vm.strViaUnicode(self, unicodeFindFn(name, reverse, raise), args)
	case argIsOther:
		return nil, vm.notCharBuffer()
	}
	i := textFind(strBytes(asStr(self).S), strBytes(sub), start, end, reverse)
	if i < 0 && raise {
		return nil, vm.Raise(ValueErrorType, "substring not found")
	}
	return vm.NewInt(int64(i)), nil
}

func strCount(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("count", args, 1, 3); err != nil {
		return nil, err
	}
	start, end, err := vm.boundsArgs(args[1:])
	if err != nil {
		return nil, err
	}
	sub, kind := strArgOf(args[0])
	switch kind {
	case argIsUnicode:
		return vm.strViaUnicode(self, unicodeCount, args)
	case argIsOther:
		return nil, vm.notCharBuffer()
	}
	return vm.NewInt(int64(textCount(strBytes(asStr(self).S), strBytes(sub), start, end))), nil
}

// strTailMatch is startswith and endswith.
func strTailMatch(vm *VM, self Object, args []Object, name string, atEnd bool) (Object, *PyError) {
	if err := vm.methodArgs(name, args, 1, 3); err != nil {
		return nil, err
	}
	start, end, err := vm.boundsArgs(args[1:])
	if err != nil {
		return nil, err
	}
	s := strBytes(asStr(self).S)
	one := func(o Object) (bool, *PyError) {
		sub, kind := strArgOf(o)
		switch kind {
		case argIsUnicode:
			u, err := vm.decodeASCII(asStr(self).S)
			if err != nil {
				return false, err
			}
			return textTailMatch(u, asUnicode(o).R, start, end, atEnd), nil
		case argIsOther:
			return false, vm.notCharBuffer()
		}
		return textTailMatch(s, strBytes(sub), start, end, atEnd), nil
	}
	if t, ok := args[0].(*Tuple); ok {
		for _, it := range t.Items {
			m, err := one(it)
			if err != nil || m {
				return NewBool(m), err
			}
		}
		return NewBool(false), nil
	}
	if _, kind := strArgOf(args[0]); kind == argIsOther {
		return nil, vm.typeErrorf("%s first arg must be str, unicode, or tuple, not %s", name, args[0].Type().Name)
	}
	m, err := one(args[0])
	if err != nil {
		return nil, err
	}
	return NewBool(m), nil
}

// strJoin is str.join(iterable).
func strJoin(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
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
	sep := asStr(self).S
	switch len(items) {
	case 0:
		return vm.NewStr(""), nil
	case 1:
		switch x := items[0].(type) {
		case *Str, *Unicode:
			return newRef(x), nil
		}
	}
	total := len(sep) * (len(items) - 1)
	for i, it := range items {
		s, kind := strArgOf(it)
		switch kind {
		case argIsUnicode:
			seq := vm.NewList(nil)
			seq.Items = append(seq.Items, items...)
			for _, o := range items {
				incref(o)
			}
			defer vm.Decref(seq)
			return vm.strViaUnicode(self, unicodeJoin, []Object{seq})
		case argIsOther:
			return nil, vm.typeErrorf("sequence item %d: expected string, %s found", i, it.Type().Name)
		}
		total += len(s)
	}
	b := make([]byte, 0, total)
	for i, it := range items {
		if i > 0 {
			b = append(b, sep...)
		}
		s, _ := strArgOf(it)
		b = append(b, s...)
	}
	return vm.NewStr(bytesToStr(b)), nil
}

// joinItems is PySequence_Fast for join: the items of a list or tuple (borrowed), or of
// any other iterable (owned, owned set).
func (vm *VM) joinItems(o Object) (items []Object, owned bool, err *PyError) {
	switch x := o.(type) {
	case *List:
		x.materialize(vm)
		return x.Items, false, nil
	case *Tuple:
		return x.Items, false, nil
	}
	it, err := vm.GetIter(o)
	if err != nil {
		if err.Matches(TypeErrorType) {
			err.release(vm)
			return nil, false, vm.typeErrorf("can only join an iterable")
		}
		return nil, false, err
	}
	defer vm.Decref(it)
	for {
		x, err := vm.Next(it)
		if err != nil {
			vm.decrefAll(items)
			return nil, false, err
		}
		if x == nil {
			return items, true, nil
		}
		items = append(items, x)
	}
}

// decrefAll drops one reference to each object.
func (vm *VM) decrefAll(items []Object) {
	for _, o := range items {
		vm.Decref(o)
	}
}

// strStrip is strip, lstrip and rstrip.
func strStrip(vm *VM, self Object, args []Object, name string, left, right bool) (Object, *PyError) {
	if err := vm.methodArgs(name, args, 0, 1); err != nil {
		return nil, err
	}
	s := asStr(self).S
	var chars string
	whitespace := true
	if len(args) == 1 && args[0] != Object(None) {
		c, kind := strArgOf(args[0])
		switch kind {
		case argIsUnicode:
			return vm.strViaUnicode(self, unicodeStripFn(name, left, right), args)
		case argIsOther:
			return nil, vm.typeErrorf("%s arg must be None, str or unicode", name)
		}
		chars, whitespace = c, false
	}
	sp := textStripSpan(strBytes(s), strBytes(chars), left, right, whitespace)
	return vm.strResult(self, s[sp.i:sp.j]), nil
}

// strPartition is partition and rpartition.
func strPartition(vm *VM, self Object, args []Object, name string, reverse bool) (Object, *PyError) {
	if err := vm.methodArgO(name, args); err != nil {
		return nil, err
	}
	sep, kind := strArgOf(args[0])
	switch kind {
	case argIsUnicode:
		return vm.strViaUnicode(self, unicodePartitionFn(name, reverse), args)
	case argIsOther:
		return nil, vm.notCharBuffer()
	}
	if sep == "" {
		return nil, vm.Raise(ValueErrorType, "empty separator")
	}
	s := asStr(self).S
	var i int
	if reverse {
		i = strings.LastIndex(s, sep)
	} else {
		i = strings.Index(s, sep)
	}
	if i < 0 {
		empty := vm.NewStr("")
		defer vm.Decref(empty)
		if reverse {
			return vm.NewTupleRefs(empty, empty, self), nil
		}
		return vm.NewTupleRefs(self, empty, empty), nil
	}
	var sepObj Object
	if x, ok := args[0].(*Str); ok {
		sepObj = newRef(x)
	} else {
		sepObj = vm.NewStr(sep)
	}
	return vm.NewTuple([]Object{vm.NewStr(s[:i]), sepObj, vm.NewStr(s[i+len(sep):])}), nil
}

func strReplace(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("replace", args, 2, 3); err != nil {
		return nil, err
	}
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
	// string_replace looks at old, then new: a unicode one hands the work to
	// unicode.replace (whose errors then count), anything else must be a buffer.
	old, k1 := strArgOf(args[0])
	new, k2 := strArgOf(args[1])
	for _, k := range []strArgKind{k1, k2} {
		switch k {
		case argIsUnicode:
			return vm.strViaUnicode(self, unicodeReplace, args)
		case argIsOther:
			return nil, vm.notCharBuffer()
		}
	}
	s := asStr(self).S
	out, changed := textReplace(strBytes(s), strBytes(old), strBytes(new), count)
	if !changed {
		return vm.strResult(self, s), nil
	}
	return vm.NewStr(bytesToStr(out)), nil
}

// strSplit is split and rsplit.
func strSplit(vm *VM, self Object, args []Object, name string, reverse bool) (Object, *PyError) {
	if err := vm.methodArgs(name, args, 0, 2); err != nil {
		return nil, err
	}
	maxsplit := -1
	if len(args) == 2 {
		n, err := vm.ssizeArg(args[1])
		if err != nil {
			return nil, err
		}
		maxsplit = n
	}
	s := asStr(self).S
	var spans []span
	var buf [16]span
	if len(args) == 0 || args[0] == Object(None) {
		if reverse {
			spans = textRSplitWhitespace(strBytes(s), maxsplit, buf[:0])
		} else {
			spans = textSplitWhitespace(strBytes(s), maxsplit, buf[:0])
		}
	} else {
		sep, kind := strArgOf(args[0])
		switch kind {
		case argIsUnicode:
			return vm.strViaUnicode(self, unicodeSplitFn(name, reverse), args)
		case argIsOther:
			return nil, vm.notCharBuffer()
		}
		if sep == "" {
			return nil, vm.Raise(ValueErrorType, "empty separator")
		}
		if reverse {
			spans = textRSplit(strBytes(s), strBytes(sep), maxsplit, buf[:0])
		} else {
			spans = textSplit(strBytes(s), strBytes(sep), maxsplit, buf[:0])
		}
	}
	return vm.strSpansList(self, s, spans, reverse), nil
}

// strSpansList makes the list of pieces of s (reversed: the spans are right to left).
func (vm *VM) strSpansList(self Object, s string, spans []span, reversed bool) Object {
	items := make([]Object, len(spans))
	for k, sp := range spans {
		i := k
		if reversed {
			i = len(spans) - 1 - k
		}
		items[i] = vm.strResult(self, s[sp.i:sp.j])
	}
	return vm.NewList(items)
}

func strSplitLines(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
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
	s := asStr(self).S
	var buf [16]span
	return vm.strSpansList(self, s, textSplitLines(strBytes(s), keep, buf[:0]), false), nil
}

func strTranslate(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.argsRange("translate", args, 1, 2); err != nil {
		return nil, err
	}
	var table string
	haveTable := false
	switch t, kind := strArgOf(args[0]); {
	case args[0] == Object(None):
	case kind == argIsStr:
		table, haveTable = t, true
	case kind == argIsUnicode:
		if len(args) > 1 {
			return nil, vm.typeErrorf("deletions are implemented differently for unicode")
		}
		return vm.strViaUnicode(self, unicodeTranslate, args)
	default:
		return nil, vm.notCharBuffer()
	}
	if haveTable && len(table) != 256 {
		return nil, vm.Raise(ValueErrorType, "translation table must be 256 characters long")
	}
	var deleted [256]bool
	if len(args) > 1 {
		d, kind := strArgOf(args[1])
		switch kind {
		case argIsUnicode:
			return nil, vm.typeErrorf("deletions are implemented differently for unicode")
		case argIsOther:
			return nil, vm.notCharBuffer()
		}
		for i := 0; i < len(d); i++ {
			deleted[d[i]] = true
		}
	}
	s := asStr(self).S
	b := make([]byte, 0, len(s))
	changed := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if deleted[c] {
			changed = true
			continue
		}
		if haveTable {
			if table[c] != c {
				changed = true
			}
			c = table[c]
		}
		b = append(b, c)
	}
	if !changed {
		return vm.strResult(self, s), nil
	}
	return vm.NewStr(bytesToStr(b)), nil
}
