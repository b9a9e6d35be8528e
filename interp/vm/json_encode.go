// json_encode.go serializes Python values to JSON text as Python 2.7's json does. 2.7 has
// two encoders that differ in details programs can see, and picks one per call: the C
// encoder of _json for encode() (JSONEncoder.iterencode with _one_shot) when there is no
// indent and no sort_keys, and the pure-Python generator of json.encoder otherwise (dump,
// iterencode, indent, sort_keys). Both are here, producing the same chunks as their
// originals (a dump writes them one by one), with their error messages: "keys must be a
// string" against "key (1, 2) is not a string", floats printed with float.__repr__, True
// as a key giving "True" in one and "true" in the other.
package vm

import (
	"math"
	"strconv"
)

// jsonEncoder is one run of an encoder: the options read from the JSONEncoder object and
// the chunks made so far.
type jsonEncoder struct {
	vm          *VM
	cMode       bool
	markers     map[uintptr]struct{} // ids of the containers being encoded; nil: no check
	defaultFn   Object
	indent      Object // nil when None
	keySep      Object
	itemSep     Object
	sortKeys    bool
	skipKeys    bool
	allowNaN    bool
	ensureASCII bool
	encoding    Object // the encoding str values are decoded with first; nil for UTF-8
	chunks      []Object
	// In join mode the chunks are not kept: their text goes to joined. It is used when
	// every chunk is sure to be an ASCII str, so that joining them shows nothing more.
	joinMode bool
	joined   []byte
}

// release drops the references the encoder holds.
func (e *jsonEncoder) release() {
	vm := e.vm
	for _, o := range []Object{e.defaultFn, e.indent, e.keySep, e.itemSep, e.encoding} {
		vm.Xdecref(o)
	}
	for _, c := range e.chunks {
		vm.Decref(c)
	}
	e.chunks = nil
}

// newJSONEncoder reads the options of a JSONEncoder object, as its iterencode does.
func (vm *VM) newJSONEncoder(self Object, oneShot bool) (*jsonEncoder, *PyError) {
	e := &jsonEncoder{vm: vm}
	attr := func(name string) (Object, *PyError) { return vm.GetAttr(self, vm.Intern(name)) }
	flag := func(name string) (bool, *PyError) {
		v, err := attr(name)
		if err != nil {
			return false, err
		}
		defer vm.Decref(v)
		return vm.IsTrue(v)
	}
	var err *PyError
	fail := func(err *PyError) (*jsonEncoder, *PyError) {
		e.release()
		return nil, err
	}
	check, err := flag("check_circular")
	if err != nil {
		return fail(err)
	}
	if check {
		e.markers = map[uintptr]struct{}{}
	}
	if e.ensureASCII, err = flag("ensure_ascii"); err != nil {
		return fail(err)
	}
	enc, err := attr("encoding")
	if err != nil {
		return fail(err)
	}
	if s, ok := enc.(*Str); ok && s.S == "utf-8" {
		vm.Decref(enc)
	} else {
		isUTF8, err := vm.EqualBool(enc, vm.Intern("utf-8"))
		if err != nil {
			vm.Decref(enc)
			return fail(err)
		}
		if isUTF8 {
			vm.Decref(enc)
		} else {
			e.encoding = enc
		}
	}
	if e.allowNaN, err = flag("allow_nan"); err != nil {
		return fail(err)
	}
	if e.sortKeys, err = flag("sort_keys"); err != nil {
		return fail(err)
	}
	if e.skipKeys, err = flag("skipkeys"); err != nil {
		return fail(err)
	}
	ind, err := attr("indent")
	if err != nil {
		return fail(err)
	}
	if ind == Object(None) {
		vm.Decref(ind)
	} else {
		e.indent = ind
	}
	if e.keySep, err = attr("key_separator"); err != nil {
		return fail(err)
	}
	if e.itemSep, err = attr("item_separator"); err != nil {
		return fail(err)
	}
	if e.defaultFn, err = attr("default"); err != nil {
		return fail(err)
	}
	e.cMode = oneShot && e.indent == nil && !e.sortKeys
	return e, nil
}

// emit adds a chunk (taking over the reference).
func (e *jsonEncoder) emit(o Object) {
	if e.joinMode {
		e.joined = append(e.joined, o.(*Str).S...)
		e.vm.Decref(o)
		return
	}
	e.chunks = append(e.chunks, o)
}

// emitConst adds a chunk of constant ASCII text.
func (e *jsonEncoder) emitConst(s string) {
	if e.joinMode {
		e.joined = append(e.joined, s...)
		return
	}
	e.emit(e.vm.NewStr(s))
}

// canJoin reports whether every chunk will be an ASCII str: strings escaped to ASCII
// (str values decoded as UTF-8), and separators that are ASCII strs.
func (e *jsonEncoder) canJoin() bool {
	if !e.ensureASCII || e.encoding != nil {
		return false
	}
	for _, sep := range []Object{e.itemSep, e.keySep} {
		s, ok := sep.(*Str)
		if !ok {
			return false
		}
		for i := 0; i < len(s.S); i++ {
			if s.S[i] >= 0x80 {
				return false
			}
		}
	}
	if e.indent != nil {
		if _, ok := e.indent.(*Int); !ok {
			return false
		}
	}
	return true
}

// enter and leave count a level of nesting against the recursion limit.
func (e *jsonEncoder) enter() *PyError {
	vm := e.vm
	vm.depth++
	if vm.depth > vm.recursionLimit {
		vm.depth--
		if e.cMode {
			return vm.Raise(RuntimeErrorType, "maximum recursion depth exceeded while encoding a JSON object")
		}
		// The Python encoder's generators are resumed through calls.
		return vm.Raise(RuntimeErrorType, "maximum recursion depth exceeded while calling a Python object")
	}
	return nil
}

func (e *jsonEncoder) leave() { e.vm.depth-- }

// mark records that a container is being encoded, failing on a cycle.
func (e *jsonEncoder) mark(o Object) (bool, *PyError) {
	if e.markers == nil {
		return false, nil
	}
	id := objectID(o)
	if _, seen := e.markers[id]; seen {
		return false, e.vm.Raise(ValueErrorType, "Circular reference detected")
	}
	e.markers[id] = struct{}{}
	return true, nil
}

func (e *jsonEncoder) unmark(o Object, marked bool) {
	if marked {
		delete(e.markers, objectID(o))
	}
}

// isJSONString reports whether o is a str or unicode (or of a subclass).
func isJSONString(o Object) bool { return asStr(o) != nil || asUnicode(o) != nil }

// intValue reports whether o is an int or long (or of a subclass).
func isJSONInt(o Object) bool {
	switch x := o.(type) {
	case *Int, *Long:
		return true
	case *Instance:
		switch x.Native.(type) {
		case *Int, *Long:
			return true
		}
	}
	return false
}

// floatOf returns the value of a float (or of a subclass).
func floatOf(o Object) (float64, bool) {
	switch x := o.(type) {
	case *Float:
		return x.V, true
	case *Instance:
		if f, ok := x.Native.(*Float); ok {
			return f.V, true
		}
	}
	return 0, false
}

// isJSONArray reports whether o is a list or tuple (or of a subclass).
func isJSONArray(o Object) bool { return asList(o) != nil || tupleItems(o) != nil }

// floatText is a float as JSON: its repr, or NaN and the infinities when allowed.
func (e *jsonEncoder) floatText(f float64) (Object, *PyError) {
	var text string
	switch {
	case f != f:
		text = "NaN"
	case math.IsInf(f, 1):
		text = "Infinity"
	case math.IsInf(f, -1):
		text = "-Infinity"
	default:
		return e.vm.NewStr(floatRepr(f)), nil
	}
	if !e.allowNaN {
		if e.cMode {
			return nil, e.vm.Raise(ValueErrorType, "Out of range float values are not JSON compliant")
		}
		return nil, e.vm.Raise(ValueErrorType, "Out of range float values are not JSON compliant: "+floatRepr(f))
	}
	return e.vm.NewStr(text), nil
}

// encodeString is a string as JSON text: escaped to ASCII, or with only the characters
// JSON requires escaped, after decoding a str with the encoder's encoding when it is not
// UTF-8.
func (e *jsonEncoder) encodeString(o Object) (Object, *PyError) {
	vm := e.vm
	if e.encoding != nil {
		if asStr(o) != nil {
			dec, err := vm.CallMethod(o, "decode", e.encoding)
			if err != nil {
				return nil, err
			}
			defer vm.Decref(dec)
			o = dec
		}
	}
	if e.ensureASCII {
		return vm.jsonEscapeASCII(o)
	}
	return vm.jsonEscape(o)
}

// jsonEscapeASCII is _json.encode_basestring_ascii: the string quoted, with everything but
// printable ASCII escaped (\uXXXX, surrogate pairs beyond the BMP); a str with non-ASCII
// bytes is decoded as UTF-8 first.
func (vm *VM) jsonEscapeASCII(o Object) (Object, *PyError) {
	if s := asStr(o); s != nil {
		plain := true
		for i := 0; i < len(s.S); i++ {
			c := s.S[i]
			if c >= 0x80 {
				u, err := vm.decodeBytes(s.S, codecUTF8, "strict", o)
				if err != nil {
					return nil, err
				}
				defer vm.Decref(u)
				return vm.NewStr(jsonQuoteASCII(u.(*Unicode).R)), nil
			}
			if !jsonPlain(rune(c)) {
				plain = false
			}
		}
		if plain {
			return vm.NewStr(`"` + s.S + `"`), nil
		}
		r := make([]rune, len(s.S))
		for i := 0; i < len(s.S); i++ {
			r[i] = rune(s.S[i])
		}
		return vm.NewStr(jsonQuoteASCII(r)), nil
	}
	if u := asUnicode(o); u != nil {
		return vm.NewStr(jsonQuoteASCII(u.R)), nil
	}
	return nil, vm.typeErrorf("first argument must be a string, not %s", o.Type().Name)
}

// appendASCIIString adds a string escaped to ASCII to the joined text.
func (e *jsonEncoder) appendASCIIString(o Object) *PyError {
	if s := asStr(o); s != nil {
		for i := 0; i < len(s.S); i++ {
			if s.S[i] >= 0x80 {
				u, err := e.vm.decodeBytes(s.S, codecUTF8, "strict", o)
				if err != nil {
					return err
				}
				e.joined = appendQuotedASCII(e.joined, u.(*Unicode).R)
				e.vm.Decref(u)
				return nil
			}
		}
		e.joined = append(e.joined, '"')
		for i := 0; i < len(s.S); i++ {
			e.joined = appendEscapedASCII(e.joined, rune(s.S[i]))
		}
		e.joined = append(e.joined, '"')
		return nil
	}
	e.joined = appendQuotedASCII(e.joined, asUnicode(o).R)
	return nil
}

// jsonPlain reports whether a character stands for itself in ASCII JSON text.
func jsonPlain(c rune) bool { return c >= ' ' && c <= '~' && c != '\\' && c != '"' }

const jsonHex = "0123456789abcdef"

func appendU4(b []byte, c rune) []byte {
	return append(b, '\\', 'u', jsonHex[c>>12&15], jsonHex[c>>8&15], jsonHex[c>>4&15], jsonHex[c&15])
}

// jsonQuoteASCII quotes and escapes code points to ASCII JSON text.
func jsonQuoteASCII(r []rune) string {
	return string(appendQuotedASCII(make([]byte, 0, len(r)+2), r))
}

// appendQuotedASCII appends code points quoted and escaped to ASCII JSON text.
func appendQuotedASCII(b []byte, r []rune) []byte {
	b = append(b, '"')
	for _, c := range r {
		b = appendEscapedASCII(b, c)
	}
	return append(b, '"')
}

// appendEscapedASCII appends one character as ASCII JSON text.
func appendEscapedASCII(b []byte, c rune) []byte {
	if jsonPlain(c) {
		return append(b, byte(c))
	}
	switch c {
	case '\\', '"':
		return append(b, '\\', byte(c))
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	}
	if c >= 0x10000 {
		v := c - 0x10000
		b = appendU4(b, 0xd800|(v>>10)&0x3ff)
		return appendU4(b, 0xdc00|v&0x3ff)
	}
	return appendU4(b, c)
}

// jsonEscapeChar is the escape of a character json.encoder.ESCAPE matches (controls,
// backslash and quote), or "" for the others.
func jsonEscapeChar(c rune) string {
	switch c {
	case '\\':
		return `\\`
	case '"':
		return `\"`
	case '\b':
		return `\b`
	case '\f':
		return `\f`
	case '\n':
		return `\n`
	case '\r':
		return `\r`
	case '\t':
		return `\t`
	}
	if c < 0x20 {
		return string(appendU4(nil, c))
	}
	return ""
}

// jsonEscape is json.encoder.encode_basestring: quotes, with controls, backslash and
// quote escaped; a str stays a str (its bytes untouched), a unicode a unicode.
func (vm *VM) jsonEscape(o Object) (Object, *PyError) {
	if s := asStr(o); s != nil {
		b := make([]byte, 0, len(s.S)+2)
		b = append(b, '"')
		for i := 0; i < len(s.S); i++ {
			if esc := jsonEscapeChar(rune(s.S[i])); esc != "" {
				b = append(b, esc...)
			} else {
				b = append(b, s.S[i])
			}
		}
		return vm.NewStr(string(append(b, '"'))), nil
	}
	if u := asUnicode(o); u != nil {
		r := make([]rune, 0, len(u.R)+2)
		r = append(r, '"')
		for _, c := range u.R {
			if esc := jsonEscapeChar(c); esc != "" {
				for i := 0; i < len(esc); i++ {
					r = append(r, rune(esc[i]))
				}
			} else {
				r = append(r, c)
			}
		}
		return vm.NewUnicode(append(r, '"')), nil
	}
	// The Python function it stands for fails like this on other objects.
	return nil, vm.typeErrorf("expected string or buffer")
}

// scalar encodes the values that need no recursion, in the order of the Python encoder
// (strings first, then None, True, False, ints, floats); ok is false for the others.
func (e *jsonEncoder) scalar(o Object) (res Object, ok bool, err *PyError) {
	vm := e.vm
	switch {
	case isJSONString(o):
		res, err = e.encodeString(o)
		return res, true, err
	case o == Object(None):
		return vm.NewStr("null"), true, nil
	case o == Object(True):
		return vm.NewStr("true"), true, nil
	case o == Object(False):
		return vm.NewStr("false"), true, nil
	case isJSONInt(o):
		res, err = vm.Str(o)
		return res, true, err
	}
	if f, isFloat := floatOf(o); isFloat {
		res, err = e.floatText(f)
		return res, true, err
	}
	return nil, false, nil
}

// encode encodes a whole value, appending its chunks. The C encoder is an object called
// through PyObject_Call, which costs one level of recursion.
func (e *jsonEncoder) encode(o Object) *PyError {
	if !e.cMode {
		return e.pyEncode(o, 0)
	}
	e.vm.depth++
	err := e.cEncode(o)
	e.vm.depth--
	return err
}

// cEncode is the C encoder's encoder_listencode_obj.
func (e *jsonEncoder) cEncode(o Object) *PyError {
	vm := e.vm
	switch {
	case o == Object(None):
		e.emitConst("null")
		return nil
	case o == Object(True):
		e.emitConst("true")
		return nil
	case o == Object(False):
		e.emitConst("false")
		return nil
	case isJSONString(o):
		if e.joinMode {
			return e.appendASCIIString(o)
		}
		s, err := e.encodeString(o)
		if err != nil {
			return err
		}
		e.emit(s)
		return nil
	case isJSONInt(o):
		if n, ok := o.(*Int); ok && e.joinMode {
			e.joined = strconv.AppendInt(e.joined, n.V, 10)
			return nil
		}
		s, err := vm.Str(o)
		if err != nil {
			return err
		}
		e.emit(s)
		return nil
	}
	if f, ok := floatOf(o); ok {
		if e.joinMode && !math.IsInf(f, 0) && f == f {
			e.joined = append(e.joined, floatRepr(f)...)
			return nil
		}
		s, err := e.floatText(f)
		if err != nil {
			return err
		}
		e.emit(s)
		return nil
	}
	if isJSONArray(o) {
		if err := e.enter(); err != nil {
			return err
		}
		err := e.cList(o)
		e.leave()
		return err
	}
	if asDict(o) != nil {
		if err := e.enter(); err != nil {
			return err
		}
		err := e.cDict(o)
		e.leave()
		return err
	}
	return e.viaDefault(o, 0)
}

// viaDefault encodes what default(o) returns instead of o.
func (e *jsonEncoder) viaDefault(o Object, level int) *PyError {
	vm := e.vm
	marked, err := e.mark(o)
	if err != nil {
		return err
	}
	repl, err := vm.Call(e.defaultFn, []Object{o}, nil)
	if err != nil {
		return err
	}
	defer vm.Decref(repl)
	if e.cMode {
		if err := e.enter(); err != nil {
			return err
		}
		err = e.cEncode(repl)
		e.leave()
	} else {
		err = e.pyEncode(repl, level)
	}
	if err != nil {
		return err
	}
	e.unmark(o, marked)
	return nil
}

// sequenceItems returns the items of a list or tuple (borrowed).
func sequenceItems(o Object) []Object {
	if l := asList(o); l != nil {
		return l.Items
	}
	return tupleItems(o)
}

// cList is encoder_listencode_list: an exact list or tuple is read as it stands (a list
// that changes while its items are encoded is seen changing), others as iterating them
// gives their items.
func (e *jsonEncoder) cList(o Object) *PyError {
	vm := e.vm
	var snapshot []Object
	switch x := o.(type) {
	case *List:
		x.materialize(vm)
	case *Tuple:
	default:
		items, err := vm.iterateAll(o)
		if err != nil {
			return err
		}
		snapshot = items
		defer func() {
			for _, it := range snapshot {
				vm.Decref(it)
			}
		}()
	}
	items := func() []Object {
		if snapshot != nil {
			return snapshot
		}
		return sequenceItems(o)
	}
	if len(items()) == 0 {
		e.emitConst("[]")
		return nil
	}
	marked, err := e.mark(o)
	if err != nil {
		return err
	}
	e.emitConst("[")
	for i := 0; i < len(items()); i++ {
		if i > 0 {
			e.emit(newRef(e.itemSep))
		}
		item := newRef(items()[i])
		err := e.cEncode(item)
		vm.Decref(item)
		if err != nil {
			return err
		}
	}
	e.unmark(o, marked)
	e.emitConst("]")
	return nil
}

// cKey is a dict key as the C encoder turns it into a string (True is an int to it, so
// True becomes "True"); skip is set for keys skipkeys drops.
func (e *jsonEncoder) cKey(k Object) (key Object, skip bool, err *PyError) {
	vm := e.vm
	switch {
	case isJSONString(k):
		return newRef(k), false, nil
	case isJSONInt(k):
		key, err = vm.Str(k)
		return key, false, err
	case k == Object(None):
		return vm.NewStr("null"), false, nil
	}
	if f, ok := floatOf(k); ok {
		key, err = e.floatText(f)
		return key, false, err
	}
	if e.skipKeys {
		return nil, true, nil
	}
	return nil, false, vm.typeErrorf("keys must be a string")
}

// cDict is encoder_listencode_dict: the keys as iterating the dict gives them, the
// values by subscription.
func (e *jsonEncoder) cDict(o Object) *PyError {
	vm := e.vm
	if d := asDict(o); d.Len() == 0 {
		e.emitConst("{}")
		return nil
	}
	marked, err := e.mark(o)
	if err != nil {
		return err
	}
	e.emitConst("{")
	keys, err := vm.iterateAll(o)
	if err != nil {
		return err
	}
	defer func() {
		for _, k := range keys {
			vm.Decref(k)
		}
	}()
	n := 0
	for _, k := range keys {
		key, skip, err := e.cKey(k)
		if err != nil {
			return err
		}
		if skip {
			continue
		}
		if n > 0 {
			e.emit(newRef(e.itemSep))
		}
		value, err := vm.GetItem(o, k)
		if err != nil {
			vm.Decref(key)
			return err
		}
		enc, err := e.encodeString(key)
		vm.Decref(key)
		if err != nil {
			vm.Decref(value)
			return err
		}
		e.emit(enc)
		e.emit(newRef(e.keySep))
		err = e.cEncode(value)
		vm.Decref(value)
		if err != nil {
			return err
		}
		n++
	}
	e.unmark(o, marked)
	e.emitConst("}")
	return nil
}

// newlineIndent is '\n' + ' ' * (indent * level), computed as Python computes it.
func (e *jsonEncoder) newlineIndent(level int) (Object, *PyError) {
	vm := e.vm
	if n, ok := e.indent.(*Int); ok {
		width := n.V * int64(level)
		if width < 0 {
			width = 0
		}
		b := make([]byte, width+1)
		b[0] = '\n'
		for i := 1; i < len(b); i++ {
			b[i] = ' '
		}
		return vm.NewStr(string(b)), nil
	}
	lv := vm.NewInt(int64(level))
	count, err := vm.binaryOp(opMul, e.indent, lv, false)
	vm.Decref(lv)
	if err != nil {
		return nil, err
	}
	spaces, err := vm.binaryOp(opMul, vm.Intern(" "), count, false)
	vm.Decref(count)
	if err != nil {
		return nil, err
	}
	defer vm.Decref(spaces)
	return vm.binaryOp(opAdd, vm.Intern("\n"), spaces, false)
}

// concat is a + b for the encoder's pieces (str and unicode mix as in Python).
func (e *jsonEncoder) concat(a, b Object) (Object, *PyError) {
	if x, ok := a.(*Str); ok {
		if y, ok := b.(*Str); ok {
			return e.vm.NewStr(x.S + y.S), nil
		}
	}
	return e.vm.binaryOp(opAdd, a, b, false)
}

// pyEncode is json.encoder's _iterencode.
func (e *jsonEncoder) pyEncode(o Object, level int) *PyError {
	s, ok, err := e.scalar(o)
	if err != nil {
		return err
	}
	if ok {
		e.emit(s)
		return nil
	}
	if isJSONArray(o) {
		return e.pyList(o, level)
	}
	if asDict(o) != nil {
		return e.pyDict(o, level)
	}
	if err := e.enter(); err != nil {
		return err
	}
	defer e.leave()
	return e.viaDefault(o, level)
}

// pyOpen starts a list or dict as the Python encoder does: an empty one (by truth value)
// is the constant emptyText and nothing more; any other is marked against cycles.
func (e *jsonEncoder) pyOpen(o Object, emptyText string) (marked, empty bool, err *PyError) {
	nonEmpty, err := e.vm.IsTrue(o)
	if err != nil {
		return false, false, err
	}
	if !nonEmpty {
		e.emitConst(emptyText)
		return false, true, nil
	}
	marked, err = e.mark(o)
	return marked, false, err
}

// pyList is _iterencode_list: each scalar item in one chunk with the separator before it.
func (e *jsonEncoder) pyList(o Object, level int) *PyError {
	vm := e.vm
	if err := e.enter(); err != nil {
		return err
	}
	defer e.leave()
	marked, empty, err := e.pyOpen(o, "[]")
	if err != nil || empty {
		return err
	}
	buf := vm.NewStr("[")
	separator := newRef(e.itemSep)
	var newline Object
	defer func() {
		vm.Decref(buf)
		vm.Decref(separator)
		vm.Xdecref(newline)
	}()
	if e.indent != nil {
		level++
		if newline, err = e.newlineIndent(level); err != nil {
			return err
		}
		sep, err := e.concat(e.itemSep, newline)
		if err != nil {
			return err
		}
		vm.Decref(separator)
		separator = sep
		b, err := e.concat(buf, newline)
		if err != nil {
			return err
		}
		vm.Decref(buf)
		buf = b
	}
	first := true
	err = vm.forEach(o, func(value Object) *PyError {
		if first {
			first = false
		} else {
			vm.Decref(buf)
			buf = newRef(separator)
		}
		s, ok, err := e.scalar(value)
		if err != nil {
			return err
		}
		if ok {
			chunk, err := e.concat(buf, s)
			vm.Decref(s)
			if err != nil {
				return err
			}
			e.emit(chunk)
			return nil
		}
		e.emit(newRef(buf))
		return e.pyEncode(value, level)
	})
	if err != nil {
		return err
	}
	if newline != nil {
		closing, err := e.newlineIndent(level - 1)
		if err != nil {
			return err
		}
		e.emit(closing)
	}
	e.emitConst("]")
	e.unmark(o, marked)
	return nil
}

// pyKey is a dict key as the Python encoder turns it into a string.
func (e *jsonEncoder) pyKey(k Object) (key Object, skip bool, err *PyError) {
	vm := e.vm
	if isJSONString(k) {
		return newRef(k), false, nil
	}
	if f, ok := floatOf(k); ok {
		key, err = e.floatText(f)
		return key, false, err
	}
	switch {
	case k == Object(True):
		return vm.NewStr("true"), false, nil
	case k == Object(False):
		return vm.NewStr("false"), false, nil
	case k == Object(None):
		return vm.NewStr("null"), false, nil
	case isJSONInt(k):
		key, err = vm.Str(k)
		return key, false, err
	}
	if e.skipKeys {
		return nil, true, nil
	}
	r, err := vm.ReprString(k)
	if err != nil {
		return nil, false, err
	}
	return nil, false, vm.typeErrorf("key %s is not a string", r)
}

// dictItems returns a dict's (key, value) pairs in the order the Python encoder visits
// them: iteritems(), or items() sorted by key.
func (e *jsonEncoder) dictItems(o Object) ([]Object, *PyError) {
	vm := e.vm
	var items []Object
	var err *PyError
	if e.sortKeys {
		list, err := vm.CallMethod(o, "items")
		if err != nil {
			return nil, err
		}
		defer vm.Decref(list)
		l := asList(list)
		if l == nil {
			items, err = vm.iterateAll(list)
			if err != nil {
				return nil, err
			}
			l = vm.NewList(items)
			defer vm.Decref(l)
		}
		sorted := vm.NewList(append([]Object(nil), l.Items...))
		for _, it := range sorted.Items {
			incref(it)
		}
		defer vm.Decref(sorted)
		first := newBuiltin("json", "<lambda>", func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.GetItem(args[0], smallInts[0-smallIntMin])
		})
		err = vm.sortList(sorted, nil, first, false)
		vm.Decref(first)
		if err != nil {
			return nil, err
		}
		out := make([]Object, len(sorted.Items))
		for i, it := range sorted.Items {
			out[i] = newRef(it)
		}
		return out, nil
	}
	it, err := vm.CallMethod(o, "iteritems")
	if err != nil {
		return nil, err
	}
	defer vm.Decref(it)
	return vm.iterateAll(it)
}

// pyDict is _iterencode_dict: separators, keys and scalar values in their own chunks.
func (e *jsonEncoder) pyDict(o Object, level int) *PyError {
	vm := e.vm
	if err := e.enter(); err != nil {
		return err
	}
	defer e.leave()
	marked, empty, err := e.pyOpen(o, "{}")
	if err != nil || empty {
		return err
	}
	e.emitConst("{")
	itemSep := newRef(e.itemSep)
	var newline Object
	defer func() {
		vm.Decref(itemSep)
		vm.Xdecref(newline)
	}()
	if e.indent != nil {
		level++
		if newline, err = e.newlineIndent(level); err != nil {
			return err
		}
		sep, err := e.concat(e.itemSep, newline)
		if err != nil {
			return err
		}
		vm.Decref(itemSep)
		itemSep = sep
		e.emit(newRef(newline))
	}
	items, err := e.dictItems(o)
	if err != nil {
		return err
	}
	defer func() {
		for _, it := range items {
			vm.Decref(it)
		}
	}()
	first := true
	for _, pair := range items {
		kv := tupleItems(pair)
		if len(kv) != 2 {
			return vm.Raise(ValueErrorType, "need more than "+strconv.Itoa(len(kv))+" values to unpack")
		}
		key, skip, err := e.pyKey(kv[0])
		if err != nil {
			return err
		}
		if skip {
			continue
		}
		if first {
			first = false
		} else {
			e.emit(newRef(itemSep))
		}
		enc, err := e.encodeString(key)
		vm.Decref(key)
		if err != nil {
			return err
		}
		e.emit(enc)
		e.emit(newRef(e.keySep))
		value := kv[1]
		s, ok, err := e.scalar(value)
		if err != nil {
			return err
		}
		if ok {
			e.emit(s)
			continue
		}
		if err := e.pyEncode(value, level); err != nil {
			return err
		}
	}
	if newline != nil {
		closing, err := e.newlineIndent(level - 1)
		if err != nil {
			return err
		}
		e.emit(closing)
	}
	e.emitConst("}")
	e.unmark(o, marked)
	return nil
}
