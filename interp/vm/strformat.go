// strformat.go implements str.format and unicode.format (PEP 3101 as Python 2.7 has it):
// literal text with {{ and }} escapes, replacement fields with positional, automatic and
// keyword names, .attribute and [key] lookups, !r and !s conversions and format specs
// that may themselves hold fields, with CPython's error messages; and the
// _formatter_parser and _formatter_field_name_split helpers string.Formatter uses.
package vm

import (
	"math/big"
	"strconv"
)

// formatArgs are the arguments of one format() call and its automatic-numbering state.
type formatArgs struct {
	args   []Object
	kwargs *Dict
	// auto is 0 until a field uses a number, then autoNumbering or manualNumbering.
	auto    int
	nextArg int
}

const (
	autoNumbering = 1 + iota
	manualNumbering
)

// strFormatMethod is str.format(*args, **kwargs).
func (vm *VM) strFormatMethod(self Object, args []Object, kw *Dict) (Object, *PyError) {
	fa := &formatArgs{args: args, kwargs: kw}
	out, err := buildFormat(vm, strBytes(asStr(self).S), fa, 2)
	if err != nil {
		return nil, err
	}
	return vm.NewStr(bytesToStr(out)), nil
}

// unicodeFormatMethod is unicode.format(*args, **kwargs).
func (vm *VM) unicodeFormatMethod(self Object, args []Object, kw *Dict) (Object, *PyError) {
	fa := &formatArgs{args: args, kwargs: kw}
	out, err := buildFormat(vm, asUnicode(self).R, fa, 2)
	if err != nil {
		return nil, err
	}
	return vm.NewUnicode(out), nil
}

// markup is one step of a format string: literal text, then maybe a field.
type markup[E textChar] struct {
	literal      []E
	hasField     bool
	fieldName    []E
	spec         []E
	conversion   E // 0: none
	specHasField bool
}

// nextMarkup reads the markup at f[pos:]; it returns the new position.
func nextMarkup[E textChar](vm *VM, f []E, pos int) (markup[E], int, *PyError) {
	var m markup[E]
	start := pos
	var c E
	brace := false
	for pos < len(f) {
		c = f[pos]
		pos++
		if c == '{' || c == '}' {
			brace = true
			break
		}
	}
	atEnd := pos >= len(f)
	litEnd := pos
	if brace && c == '}' && (atEnd || f[pos] != c) {
		return m, pos, vm.Raise(ValueErrorType, "Single '}' encountered in format string")
	}
	if brace && atEnd && c == '{' {
		return m, pos, vm.Raise(ValueErrorType, "Single '{' encountered in format string")
	}
	if brace && !atEnd {
		if f[pos] == c {
			// An escaped brace: the literal keeps one of the two.
			pos++
			brace = false
		} else {
			litEnd--
		}
	}
	m.literal = f[start:litEnd]
	if !brace {
		return m, pos, nil
	}
	m.hasField = true
	count := 1
	fieldStart := pos
	inSpec := false
	for pos < len(f) {
		c = f[pos]
		pos++
		switch c {
		case ':':
			inSpec = true
		case '{':
			if inSpec {
				m.specHasField = true
			}
			count++
		case '}':
			count--
			if count == 0 {
				err := parseField(vm, f[fieldStart:pos-1], &m)
				return m, pos, err
			}
		}
	}
	return m, pos, vm.Raise(ValueErrorType, "unmatched '{' in format")
}

// parseField splits a field into its name, conversion and spec.
func parseField[E textChar](vm *VM, s []E, m *markup[E]) *PyError {
	i := 0
	for i < len(s) && s[i] != ':' && s[i] != '!' {
		i++
	}
	m.fieldName = s[:i]
	if i == len(s) {
		return nil
	}
	c := s[i]
	rest := s[i+1:]
	if c == '!' {
		if len(rest) == 0 {
			return vm.Raise(ValueErrorType, "end of format while looking for conversion specifier")
		}
		m.conversion = rest[0]
		rest = rest[1:]
		if len(rest) > 0 {
			if rest[0] != ':' {
				return vm.Raise(ValueErrorType, "expected ':' after format specifier")
			}
			rest = rest[1:]
		}
	}
	m.spec = rest
	return nil
}

// fieldIndex is get_integer: the value of an all-digit name, or -1.
func fieldIndex[E textChar](vm *VM, s []E) (int, *PyError) {
	if len(s) == 0 {
		return -1, nil
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return -1, nil
		}
	}
	v, _, _, err := specInteger(vm, s, 0)
	return v, err
}

// fieldPart is one .attribute or [key] step of a field name.
type fieldPart[E textChar] struct {
	attr  bool
	name  []E
	index int // the key as an int when it is all digits, else -1
}

// firstFieldPart is the first part of a field name (before any '.' or '[') and where
// the lookups after it start.
func firstFieldPart[E textChar](s []E) (first []E, next int) {
	i := 0
	for i < len(s) && s[i] != '.' && s[i] != '[' {
		i++
	}
	return s[:i], i
}

// nextFieldPart reads the .attribute or [key] lookup at s[i:] and where the next one
// starts. Like CPython's FieldNameIterator it is read only when the lookups before it are
// done, so a bad part is reported after an earlier part fails to be found.
func nextFieldPart[E textChar](vm *VM, s []E, i int) (p fieldPart[E], next int, err *PyError) {
	switch s[i] {
	case '.':
		p.attr = true
		i++
		j := i
		for i < len(s) && s[i] != '.' && s[i] != '[' {
			i++
		}
		p.name = s[j:i]
		p.index = -1
	case '[':
		i++
		j := i
		for i < len(s) && s[i] != ']' {
			i++
		}
		if i == len(s) {
			return p, i, vm.Raise(ValueErrorType, "Missing ']' in format string")
		}
		p.name = s[j:i]
		i++
		if p.index, err = fieldIndex(vm, p.name); err != nil {
			return p, i, err
		}
	default:
		return p, i, vm.Raise(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
	}
	if len(p.name) == 0 {
		return p, i, vm.Raise(ValueErrorType, "Empty attribute in format string")
	}
	return p, i, nil
}

// splitFieldName splits a field name into its first part and all the lookups after it.
func splitFieldName[E textChar](vm *VM, s []E) (first []E, rest []fieldPart[E], err *PyError) {
	first, i := firstFieldPart(s)
	for i < len(s) {
		var p fieldPart[E]
		if p, i, err = nextFieldPart(vm, s, i); err != nil {
			return nil, nil, err
		}
		rest = append(rest, p)
	}
	return first, rest, nil
}

// newText makes a str (bytes) or unicode (runes) object of a piece of a format string.
func newText[E textChar](vm *VM, s []E) Object {
	if wide[E]() {
		r := make([]rune, len(s))
		for i, c := range s {
			r[i] = rune(c)
		}
		return vm.NewUnicode(r)
	}
	b := make([]byte, len(s))
	for i, c := range s {
		b[i] = byte(c)
	}
	return vm.NewStr(bytesToStr(b))
}

// fieldObject finds the object a field names (owned).
func fieldObject[E textChar](vm *VM, name []E, fa *formatArgs) (Object, *PyError) {
	first, pos := firstFieldPart(name)
	idx, err := fieldIndex(vm, first)
	if err != nil {
		return nil, err
	}
	empty := len(first) == 0
	if empty || idx >= 0 {
		if fa.auto == 0 {
			if empty {
				fa.auto = autoNumbering
			} else {
				fa.auto = manualNumbering
			}
		}
		if empty && fa.auto == manualNumbering {
			return nil, vm.Raise(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		if !empty && fa.auto == autoNumbering {
			return nil, vm.Raise(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
		if empty {
			idx = fa.nextArg
			fa.nextArg++
		}
	}
	var obj Object
	if idx < 0 {
		key := newText(vm, first)
		defer vm.Decref(key)
		var v Object
		if fa.kwargs != nil {
			if v, err = fa.kwargs.GetItem(vm, key); err != nil {
				return nil, err
			}
		}
		if v == nil {
			return nil, vm.RaiseArgs(KeyErrorType, key)
		}
		obj = newRef(v)
	} else {
		if idx >= len(fa.args) {
			return nil, vm.Raise(IndexErrorType, "tuple index out of range")
		}
		obj = newRef(fa.args[idx])
	}
	for pos < len(name) {
		var p fieldPart[E]
		if p, pos, err = nextFieldPart(vm, name, pos); err != nil {
			vm.Decref(obj)
			return nil, err
		}
		var next Object
		if p.attr {
			nameObj := newText(vm, p.name)
			var attr *Str
			if s, ok := nameObj.(*Str); ok {
				attr = vm.internStr(s)
			} else {
				s, err := vm.encodeRunes(nameObj.(*Unicode).R, codecASCII, "strict", nameObj)
				if err != nil {
					vm.Decref(nameObj)
					vm.Decref(obj)
					return nil, err
				}
				attr = vm.internStr(s.(*Str))
				vm.Decref(s)
			}
			vm.Decref(nameObj)
			next, err = vm.GetAttr(obj, attr)
		} else {
			var key Object
			if p.index >= 0 {
				key = vm.NewInt(int64(p.index))
			} else {
				key = newText(vm, p.name)
			}
			next, err = vm.GetItem(obj, key)
			vm.Decref(key)
		}
		vm.Decref(obj)
		if err != nil {
			return nil, err
		}
		obj = next
	}
	return obj, nil
}

// textOf returns a str or unicode object's characters in the format string's kind,
// converting between str and unicode with the default codec as Python 2 does.
func textOf[E textChar](vm *VM, o Object) ([]E, *PyError) {
	if wide[E]() {
		if u := asUnicode(o); u != nil {
			return any(u.R).([]E), nil
		}
		r, err := vm.decodeASCII(asStr(o).S)
		if err != nil {
			return nil, err
		}
		return any(r).([]E), nil
	}
	if s := asStr(o); s != nil {
		return any(strBytes(s.S)).([]E), nil
	}
	b, err := vm.encodeRunes(asUnicode(o).R, codecASCII, "strict", o)
	if err != nil {
		return nil, err
	}
	s := b.(*Str).S
	vm.Decref(b)
	return any(strBytes(s)).([]E), nil
}

// buildFormat expands a format string; depth limits how deeply specs may nest fields.
func buildFormat[E textChar](vm *VM, f []E, fa *formatArgs, depth int) ([]E, *PyError) {
	if depth <= 0 {
		return nil, vm.Raise(ValueErrorType, "Max string recursion exceeded")
	}
	out := make([]E, 0, len(f)+16)
	for pos := 0; pos < len(f); {
		m, next, err := nextMarkup(vm, f, pos)
		if err != nil {
			return nil, err
		}
		pos = next
		out = append(out, m.literal...)
		if !m.hasField {
			continue
		}
		if out, err = renderField(vm, out, m, fa, depth); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// renderField appends one field's text to out.
func renderField[E textChar](vm *VM, out []E, m markup[E], fa *formatArgs, depth int) ([]E, *PyError) {
	obj, err := fieldObject(vm, m.fieldName, fa)
	if err != nil {
		return nil, err
	}
	switch m.conversion {
	case 0:
	case 'r':
		r, err := vm.Repr(obj)
		vm.Decref(obj)
		if err != nil {
			return nil, err
		}
		obj = r
	case 's':
		var r Object
		if wide[E]() {
			r, err = vm.toUnicode(obj)
		} else {
			r, err = vm.Str(obj)
		}
		vm.Decref(obj)
		if err != nil {
			return nil, err
		}
		obj = r
	default:
		vm.Decref(obj)
		c := m.conversion
		if c > 32 && c < 127 {
			return nil, vm.Raisef(ValueErrorType, "Unknown conversion specifier %c", rune(c))
		}
		return nil, vm.Raisef(ValueErrorType, "Unknown conversion specifier \\x%x", rune(c))
	}
	spec := m.spec
	if m.specHasField {
		if spec, err = buildFormat(vm, spec, fa, depth-1); err != nil {
			vm.Decref(obj)
			return nil, err
		}
	}
	out, err = formatInto(vm, out, obj, spec)
	vm.Decref(obj)
	return out, err
}

// formatInto appends obj formatted with spec. The builtin types are formatted directly,
// without making a spec object or an intermediate string.
func formatInto[E textChar](vm *VM, out []E, obj Object, spec []E) ([]E, *PyError) {
	var text []E
	var err *PyError
	switch x := obj.(type) {
	case *Str:
		if !wide[E]() {
			if len(spec) == 0 {
				return append(out, any(strBytes(x.S)).([]E)...), nil
			}
			if text, err = formatText(vm, any(strBytes(x.S)).([]E), spec, "str"); err != nil {
				return nil, err
			}
			return append(out, text...), nil
		}
	case *Unicode:
		if wide[E]() {
			if len(spec) == 0 {
				return append(out, any(x.R).([]E)...), nil
			}
			if text, err = formatText(vm, any(x.R).([]E), spec, "unicode"); err != nil {
				return nil, err
			}
			return append(out, text...), nil
		}
	case *Int:
		if len(spec) == 0 {
			switch x {
			case True:
				return appendASCII(out, []byte("True")), nil
			case False:
				return appendASCII(out, []byte("False")), nil
			}
			var buf [24]byte
			return appendASCII(out, strconv.AppendInt(buf[:0], x.V, 10)), nil
		}
		if !wide[E]() {
			if text, err = formatInteger(vm, x.V, nil, spec, x.Type().Name); err != nil {
				return nil, err
			}
			return append(out, text...), nil
		}
	case *Long:
		if !wide[E]() && len(spec) > 0 {
			if text, err = formatInteger(vm, 0, x.V, spec, "long"); err != nil {
				return nil, err
			}
			return append(out, text...), nil
		}
	case *Float:
		if len(spec) == 0 {
			return appendASCII(out, []byte(floatStr(x.V))), nil
		}
		if !wide[E]() {
			if text, err = formatFloatSpec(vm, x.V, spec); err != nil {
				return nil, err
			}
			return append(out, text...), nil
		}
	}
	specObj := newText(vm, spec)
	r, err := vm.formatObject(obj, specObj)
	vm.Decref(specObj)
	if err != nil {
		return nil, err
	}
	text, err = textOf[E](vm, r)
	vm.Decref(r)
	if err != nil {
		return nil, err
	}
	return append(out, text...), nil
}

// appendASCII appends ASCII bytes to text of either kind.
func appendASCII[E textChar](out []E, b []byte) []E {
	for _, c := range b {
		out = append(out, E(c))
	}
	return out
}

// formatterParserMethod is str._formatter_parser() and unicode's: the (literal, field
// name, spec, conversion) tuples of a format string, as an iterator.
func formatterParserMethod(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("_formatter_parser", args, 0, 0); err != nil {
		return nil, err
	}
	var items []Object
	var err *PyError
	if u := asUnicode(self); u != nil {
		items, err = parserTuples(vm, u.R)
	} else {
		items, err = parserTuples(vm, strBytes(asStr(self).S))
	}
	if err != nil {
		return nil, err
	}
	l := vm.NewList(items)
	defer vm.Decref(l)
	return vm.GetIter(l)
}

func parserTuples[E textChar](vm *VM, f []E) ([]Object, *PyError) {
	var items []Object
	for pos := 0; pos < len(f); {
		m, next, err := nextMarkup(vm, f, pos)
		if err != nil {
			vm.decrefAll(items)
			return nil, err
		}
		pos = next
		t := make([]Object, 4)
		t[0] = newText(vm, m.literal)
		if m.hasField {
			t[1] = newText(vm, m.fieldName)
			t[2] = newText(vm, m.spec)
			if m.conversion != 0 {
				t[3] = newText(vm, []E{m.conversion})
			} else {
				t[3] = noneRef()
			}
		} else {
			t[1], t[2], t[3] = noneRef(), noneRef(), noneRef()
		}
		items = append(items, vm.NewTuple(t))
	}
	return items, nil
}

// formatterFieldNameSplitMethod is str._formatter_field_name_split() and unicode's: the
// first part of a field name (a long when numeric) and an iterator of (is_attribute, key)
// pairs.
func formatterFieldNameSplitMethod(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("_formatter_field_name_split", args, 0, 0); err != nil {
		return nil, err
	}
	if u := asUnicode(self); u != nil {
		return fieldNameSplit(vm, u.R)
	}
	return fieldNameSplit(vm, strBytes(asStr(self).S))
}

// fieldNameSplit splits a field name as _formatter_field_name_split does: numbers come
// out as longs.
func fieldNameSplit[E textChar](vm *VM, s []E) (Object, *PyError) {
	first, rest, err := splitFieldName(vm, s)
	if err != nil {
		return nil, err
	}
	idx, err := fieldIndex(vm, first)
	if err != nil {
		return nil, err
	}
	var firstObj Object
	if idx < 0 {
		firstObj = newText(vm, first)
	} else {
		firstObj = vm.NewLong(big.NewInt(int64(idx)))
	}
	items := make([]Object, len(rest))
	for i, p := range rest {
		var key Object
		if p.index >= 0 {
			key = vm.NewLong(big.NewInt(int64(p.index)))
		} else {
			key = newText(vm, p.name)
		}
		items[i] = vm.NewTuple([]Object{NewBool(p.attr), key})
	}
	l := vm.NewList(items)
	it, err := vm.GetIter(l)
	vm.Decref(l)
	if err != nil {
		vm.Decref(firstObj)
		return nil, err
	}
	return vm.NewTuple([]Object{firstObj, it}), nil
}
