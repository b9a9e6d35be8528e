// json_decode.go parses JSON text as Python 2.7's json does with its C scanner (_json's
// make_scanner and scanstring), which json.loads always uses: strings become unicode,
// numbers int, long or float (or what parse_int, parse_float and parse_constant return),
// objects dicts (or what object_hook or object_pairs_hook return). Errors are the scanner's:
// ValueError with json.decoder.errmsg's line and column, and StopIteration where no value
// starts, which JSONDecoder.raw_decode turns into "No JSON object could be decoded". The
// messages differ slightly between str and unicode documents, as in 2.7.
package vm

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// jsonScanner is a scanner's context, read from the JSONDecoder when the scanner is made.
type jsonScanner struct {
	encoding      string
	strict        bool
	objectHook    Object
	pairsHook     Object
	parseFloat    Object
	parseInt      Object
	parseConstant Object
}

// jsonFail is how a scanning step failed: a Python exception, or the StopIteration
// signal, which unwinds the whole scan.
type jsonFail struct {
	err  *PyError
	stop bool
}

// jsonDoc is a document being scanned: its characters and the object they come from.
type jsonDoc[T textChar] struct {
	vm   *VM
	sc   *jsonScanner
	s    []T
	obj  Object
	wide bool
}

// errmsg is json.decoder.errmsg: the message with the line and column of pos (and of end
// when it is not negative).
func jsonErrmsg[T textChar](msg string, s []T, pos, end int) string {
	linecol := func(pos int) (int, int) {
		line, last := 1, -1
		for i := 0; i < pos && i < len(s); i++ {
			if s[i] == '\n' {
				line++
				last = i
			}
		}
		if line == 1 {
			return 1, pos + 1
		}
		return line, pos - last
	}
	l, c := linecol(pos)
	if end < 0 {
		return msg + ": line " + strconv.Itoa(l) + " column " + strconv.Itoa(c) + " (char " + strconv.Itoa(pos) + ")"
	}
	el, ec := linecol(end)
	return msg + ": line " + strconv.Itoa(l) + " column " + strconv.Itoa(c) + " - line " +
		strconv.Itoa(el) + " column " + strconv.Itoa(ec) + " (char " + strconv.Itoa(pos) + " - " + strconv.Itoa(end) + ")"
}

func (d *jsonDoc[T]) fail(msg string, pos int) *jsonFail {
	return &jsonFail{err: d.vm.Raise(ValueErrorType, jsonErrmsg(msg, d.s, pos, -1))}
}

func (d *jsonDoc[T]) pyErr(err *PyError) *jsonFail { return &jsonFail{err: err} }

// message picks the wording of the str scanner or of the unicode one.
func (d *jsonDoc[T]) message(str, uni string) string {
	if d.wide {
		return uni
	}
	return str
}

func jsonIsSpace[T textChar](c T) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// scanString reads a string whose opening quote is at end-1 (scanstring_str and
// scanstring_unicode); it returns the unicode and the index after the closing quote.
func (d *jsonDoc[T]) scanString(end int) (Object, int, *jsonFail) {
	vm := d.vm
	s := d.s
	n := len(s)
	begin := end - 1
	if end < 0 || n <= end {
		return nil, 0, d.pyErr(vm.Raise(ValueErrorType, "end is out of bounds"))
	}
	var out []rune
	for {
		next := end
		var c T
		for ; next < n; next++ {
			c = s[next]
			if c == '"' || c == '\\' {
				break
			}
			if d.sc.strict && c <= 0x1f {
				return nil, 0, d.fail("Invalid control character at", next)
			}
		}
		if next >= n {
			return nil, 0, d.fail("Unterminated string starting at", begin)
		}
		if next != end {
			if rs, ok := any(s[end:next]).([]rune); ok {
				out = append(out, rs...)
			} else {
				var err *PyError
				if out, err = d.appendChunk(out, end, next); err != nil {
					return nil, 0, d.pyErr(err)
				}
			}
		}
		next++
		if c == '"' {
			end = next
			break
		}
		if next == n {
			return nil, 0, d.fail("Unterminated string starting at", begin)
		}
		esc := s[next]
		var ch rune
		if esc != 'u' {
			end = next + 1
			switch esc {
			case '"', '\\', '/':
				ch = rune(esc)
			case 'b':
				ch = '\b'
			case 'f':
				ch = '\f'
			case 'n':
				ch = '\n'
			case 'r':
				ch = '\r'
			case 't':
				ch = '\t'
			default:
				return nil, 0, d.fail("Invalid \\escape", end-2)
			}
		} else {
			next++
			end = next + 4
			if end >= n {
				return nil, 0, d.fail("Invalid \\uXXXX escape", next-1)
			}
			v, ok := jsonHex4(s[next:end])
			if !ok {
				return nil, 0, d.fail("Invalid \\uXXXX escape", end-5)
			}
			ch = v
			// A high surrogate followed by a \u low surrogate makes one character.
			if v&0xfc00 == 0xd800 && end+6 < n && s[end] == '\\' && s[end+1] == 'u' {
				v2, ok := jsonHex4(s[end+2 : end+6])
				if !ok {
					return nil, 0, d.fail("Invalid \\uXXXX escape", end+1)
				}
				if v2&0xfc00 == 0xdc00 {
					ch = 0x10000 + ((v-0xd800)<<10 | (v2 - 0xdc00))
					end += 6
				}
			}
		}
		out = append(out, ch)
	}
	// The C scanner joins the pieces with a call to u''.join, one level deeper.
	if f := d.callLevel(); f != nil {
		return nil, 0, f
	}
	if out == nil {
		out = []rune{}
	}
	return vm.NewUnicode(out), end, nil
}

// callLevel fails as a call made through PyObject_Call fails at the recursion limit.
func (d *jsonDoc[T]) callLevel() *jsonFail {
	if d.vm.depth+1 > d.vm.recursionLimit {
		return d.pyErr(d.vm.Raise(RuntimeErrorType, "maximum recursion depth exceeded while calling a Python object"))
	}
	return nil
}

// jsonHex4 reads four hex digits.
func jsonHex4[T textChar](s []T) (rune, bool) {
	var v rune
	for _, c := range s {
		v <<= 4
		switch {
		case c >= '0' && c <= '9':
			v |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			v |= rune(c-'a') + 10
		case c >= 'A' && c <= 'F':
			v |= rune(c-'A') + 10
		default:
			return 0, false
		}
	}
	return v, true
}

// appendChunk appends the bytes i..j of a str document decoded with the scanner's
// encoding (each run between escapes is decoded on its own, as the C scanner does, which
// shows in the positions of decoding errors).
func (d *jsonDoc[T]) appendChunk(out []rune, i, j int) ([]rune, *PyError) {
	vm := d.vm
	ascii := true
	for _, c := range d.s[i:j] {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	enc := d.sc.encoding
	if ascii && (enc == "utf-8" || enc == "utf8" || enc == "ascii" || enc == "latin-1") {
		for _, c := range d.s[i:j] {
			out = append(out, rune(c))
		}
		return out, nil
	}
	b := make([]byte, j-i)
	for k := range b {
		b[k] = byte(d.s[i+k])
	}
	chunk := vm.NewStr(string(b))
	defer vm.Decref(chunk)
	var u Object
	var err *PyError
	if enc == "utf-8" {
		u, err = vm.decodeBytes(string(b), codecUTF8, "strict", chunk)
	} else {
		u, err = vm.strDecode(chunk, string(b), enc, "strict")
	}
	if err != nil {
		return out, err
	}
	defer vm.Decref(u)
	if x := asUnicode(u); x != nil {
		return append(out, x.R...), nil
	}
	return out, vm.typeErrorf("decoder did not return an unicode object (type=%s)", u.Type().Name)
}

// enter and leave count a level of nesting against the recursion limit.
func (d *jsonDoc[T]) enter(what string) *jsonFail {
	vm := d.vm
	vm.depth++
	if vm.depth > vm.recursionLimit {
		vm.depth--
		from := "from a byte string"
		if d.wide {
			from = "from a unicode string"
		}
		return d.pyErr(vm.Raise(RuntimeErrorType, "maximum recursion depth exceeded while decoding a JSON "+what+" "+from))
	}
	return nil
}

func (d *jsonDoc[T]) leave() { d.vm.depth-- }

// scanOnce reads one value starting at idx (scan_once_str, scan_once_unicode).
func (d *jsonDoc[T]) scanOnce(idx int) (Object, int, *jsonFail) {
	vm := d.vm
	s := d.s
	n := len(s)
	if idx < 0 {
		return nil, 0, d.pyErr(vm.Raise(ValueErrorType, "idx cannot be negative"))
	}
	if idx >= n {
		return nil, 0, &jsonFail{stop: true}
	}
	word := func(w string) bool {
		if idx+len(w)-1 >= n {
			return false
		}
		for i := 1; i < len(w); i++ {
			if s[idx+i] != T(w[i]) {
				return false
			}
		}
		return true
	}
	switch s[idx] {
	case '"':
		return d.scanString(idx + 1)
	case '{':
		if f := d.enter("object"); f != nil {
			return nil, 0, f
		}
		o, next, f := d.parseObject(idx + 1)
		d.leave()
		return o, next, f
	case '[':
		if f := d.enter("array"); f != nil {
			return nil, 0, f
		}
		o, next, f := d.parseArray(idx + 1)
		d.leave()
		return o, next, f
	case 'n':
		if word("null") {
			return noneRef(), idx + 4, nil
		}
	case 't':
		if word("true") {
			return NewBool(true), idx + 4, nil
		}
	case 'f':
		if word("false") {
			return NewBool(false), idx + 5, nil
		}
	case 'N':
		if word("NaN") {
			return d.constant("NaN", idx)
		}
	case 'I':
		if word("Infinity") {
			return d.constant("Infinity", idx)
		}
	case '-':
		if word("-Infinity") {
			return d.constant("-Infinity", idx)
		}
	}
	return d.matchNumber(idx)
}

// constant is parse_constant(name) for NaN, Infinity and -Infinity.
func (d *jsonDoc[T]) constant(name string, idx int) (Object, int, *jsonFail) {
	v, err := d.vm.Call(d.sc.parseConstant, []Object{d.vm.Intern(name)}, nil)
	if err != nil {
		return nil, 0, d.pyErr(err)
	}
	return v, idx + len(name), nil
}

func jsonIsDigit[T textChar](c T) bool { return c >= '0' && c <= '9' }

// matchNumber reads a number (_match_number_str, _match_number_unicode).
func (d *jsonDoc[T]) matchNumber(start int) (Object, int, *jsonFail) {
	vm := d.vm
	s := d.s
	endIdx := len(s) - 1
	idx := start
	isFloat := false
	if s[idx] == '-' {
		idx++
		if idx > endIdx {
			return nil, 0, &jsonFail{stop: true}
		}
	}
	switch {
	case s[idx] >= '1' && s[idx] <= '9':
		idx++
		for idx <= endIdx && jsonIsDigit(s[idx]) {
			idx++
		}
	case s[idx] == '0':
		idx++
	default:
		return nil, 0, &jsonFail{stop: true}
	}
	if idx < endIdx && s[idx] == '.' && jsonIsDigit(s[idx+1]) {
		isFloat = true
		idx += 2
		for idx <= endIdx && jsonIsDigit(s[idx]) {
			idx++
		}
	}
	if idx < endIdx && (s[idx] == 'e' || s[idx] == 'E') {
		eStart := idx
		idx++
		if idx < endIdx && (s[idx] == '-' || s[idx] == '+') {
			idx++
		}
		for idx <= endIdx && jsonIsDigit(s[idx]) {
			idx++
		}
		if jsonIsDigit(s[idx-1]) {
			isFloat = true
		} else {
			idx = eStart
		}
	}
	b := make([]byte, idx-start)
	for i := range b {
		b[i] = byte(s[start+i])
	}
	text := string(b)
	var numstr Object
	makeNumstr := func() Object {
		if d.wide {
			r := make([]rune, len(b))
			for i, c := range b {
				r[i] = rune(c)
			}
			return vm.NewUnicode(r)
		}
		return vm.NewStr(text)
	}
	var res Object
	var err *PyError
	switch {
	case isFloat && d.sc.parseFloat == Object(FloatType):
		f, perr := strconv.ParseFloat(text, 64)
		if perr != nil && !math.IsInf(f, 0) {
			f, _ = parseFloatLiteral(text)
		}
		res = vm.NewFloat(f)
	case isFloat:
		numstr = makeNumstr()
		res, err = vm.Call(d.sc.parseFloat, []Object{numstr}, nil)
	case !d.wide && d.sc.parseInt == Object(IntType):
		if v, perr := strconv.ParseInt(text, 10, 64); perr == nil {
			res = vm.NewInt(v)
		} else {
			z, _ := new(big.Int).SetString(text, 10)
			res = vm.newIntFromBig(z)
		}
	default:
		numstr = makeNumstr()
		res, err = vm.Call(d.sc.parseInt, []Object{numstr}, nil)
	}
	if numstr != nil {
		vm.Decref(numstr)
	}
	if err != nil {
		return nil, 0, d.pyErr(err)
	}
	return res, idx, nil
}

// skipSpace moves past JSON white space.
func (d *jsonDoc[T]) skipSpace(idx int) int {
	for idx < len(d.s) && jsonIsSpace(d.s[idx]) {
		idx++
	}
	return idx
}

// parseObject reads an object after its { (_parse_object_str, _parse_object_unicode).
// The members are kept in a Go slice; the (key, value) tuples the C scanner makes are
// made only for object_pairs_hook, which sees them.
func (d *jsonDoc[T]) parseObject(idx int) (Object, int, *jsonFail) {
	vm := d.vm
	s := d.s
	endIdx := len(s) - 1
	var members []Object // key, value, key, value, ...
	release := func() {
		for _, o := range members {
			vm.Decref(o)
		}
	}
	idx = d.skipSpace(idx)
	if idx <= endIdx && s[idx] != '}' {
		for idx <= endIdx {
			if s[idx] != '"' {
				release()
				return nil, 0, d.fail(d.message("Expecting property name", "Expecting property name enclosed in double quotes"), idx)
			}
			key, next, f := d.scanString(idx + 1)
			if f != nil {
				release()
				return nil, 0, f
			}
			idx = d.skipSpace(next)
			if idx > endIdx || s[idx] != ':' {
				vm.Decref(key)
				release()
				return nil, 0, d.fail(d.message("Expecting : delimiter", "Expecting ':' delimiter"), idx)
			}
			idx = d.skipSpace(idx + 1)
			val, next, f := d.scanOnce(idx)
			if f != nil {
				vm.Decref(key)
				release()
				return nil, 0, f
			}
			members = append(members, key, val)
			idx = d.skipSpace(next)
			if idx > endIdx || s[idx] == '}' {
				break
			}
			if s[idx] != ',' {
				release()
				return nil, 0, d.fail(d.message("Expecting , delimiter", "Expecting ',' delimiter"), idx)
			}
			idx = d.skipSpace(idx + 1)
		}
	}
	if idx > endIdx || s[idx] != '}' {
		release()
		return nil, 0, d.fail("Expecting object", endIdx)
	}
	if d.sc.pairsHook != Object(None) {
		pairs := make([]Object, len(members)/2)
		for i := range pairs {
			pairs[i] = vm.NewTuple([]Object{members[2*i], members[2*i+1]})
		}
		list := vm.NewList(pairs)
		res, err := vm.Call(d.sc.pairsHook, []Object{list}, nil)
		vm.Decref(list)
		if err != nil {
			return nil, 0, d.pyErr(err)
		}
		return res, idx + 1, nil
	}
	// dict(pairs) is a call too.
	if f := d.callLevel(); f != nil {
		release()
		return nil, 0, f
	}
	dict := vm.NewDict()
	for i := 0; i < len(members); i += 2 {
		if err := dict.SetItem(vm, members[i], members[i+1]); err != nil {
			vm.Decref(dict)
			release()
			return nil, 0, d.pyErr(err)
		}
	}
	release()
	if d.sc.objectHook != Object(None) {
		res, err := vm.Call(d.sc.objectHook, []Object{dict}, nil)
		vm.Decref(dict)
		if err != nil {
			return nil, 0, d.pyErr(err)
		}
		return res, idx + 1, nil
	}
	return dict, idx + 1, nil
}

// parseArray reads an array after its [ (_parse_array_str, _parse_array_unicode).
func (d *jsonDoc[T]) parseArray(idx int) (Object, int, *jsonFail) {
	vm := d.vm
	s := d.s
	endIdx := len(s) - 1
	list := vm.NewList(nil)
	idx = d.skipSpace(idx)
	if idx <= endIdx && s[idx] != ']' {
		for idx <= endIdx {
			val, next, f := d.scanOnce(idx)
			if f != nil {
				vm.Decref(list)
				return nil, 0, f
			}
			list.Items = append(list.Items, val)
			idx = d.skipSpace(next)
			if idx > endIdx || s[idx] == ']' {
				break
			}
			if s[idx] != ',' {
				vm.Decref(list)
				return nil, 0, d.fail(d.message("Expecting , delimiter", "Expecting ',' delimiter"), idx)
			}
			idx = d.skipSpace(idx + 1)
		}
	}
	if idx > endIdx || s[idx] != ']' {
		vm.Decref(list)
		return nil, 0, d.fail("Expecting object", endIdx)
	}
	return list, idx + 1, nil
}

// jsonScan runs a scanner over a str or unicode from idx: (value, end), raising
// StopIteration where no value starts.
func (vm *VM) jsonScan(sc *jsonScanner, str Object, idx int) (Object, int, *PyError) {
	var val Object
	var next int
	var f *jsonFail
	if s := asStr(str); s != nil {
		d := &jsonDoc[byte]{vm: vm, sc: sc, s: strBytes(s.S), obj: str}
		val, next, f = d.scanOnce(idx)
	} else if u := asUnicode(str); u != nil {
		d := &jsonDoc[rune]{vm: vm, sc: sc, s: u.R, obj: str, wide: true}
		val, next, f = d.scanOnce(idx)
	} else {
		return nil, 0, vm.typeErrorf("first argument must be a string, not %s", str.Type().Name)
	}
	if f != nil {
		if f.stop {
			return nil, 0, vm.RaiseArgs(StopIterationType)
		}
		return nil, 0, f.err
	}
	return val, next, nil
}

// jsonScanString is _json.scanstring(s, end, encoding=None, strict=True).
func (vm *VM) jsonScanString(str Object, end int, encoding string, strict bool) (Object, int, *PyError) {
	sc := &jsonScanner{encoding: encoding, strict: strict}
	var val Object
	var next int
	var f *jsonFail
	if s := asStr(str); s != nil {
		d := &jsonDoc[byte]{vm: vm, sc: sc, s: strBytes(s.S), obj: str}
		val, next, f = d.scanString(end)
	} else if u := asUnicode(str); u != nil {
		d := &jsonDoc[rune]{vm: vm, sc: sc, s: u.R, obj: str, wide: true}
		val, next, f = d.scanString(end)
	} else {
		return nil, 0, vm.typeErrorf("first argument must be a string, not %s", str.Type().Name)
	}
	if f != nil {
		return nil, 0, f.err
	}
	return val, next, nil
}

// jsonErrmsgFor is json.decoder.errmsg over a str or unicode document.
func jsonErrmsgFor(doc Object, msg string, pos, end int) string {
	if s := asStr(doc); s != nil {
		return jsonErrmsg(msg, strBytes(s.S), pos, end)
	}
	if u := asUnicode(doc); u != nil {
		return jsonErrmsg(msg, u.R, pos, end)
	}
	return msg
}

// jsonSkipSpace is the end of the white space from idx (json.decoder's WHITESPACE match).
func (vm *VM) jsonSkipSpace(str Object, idx int) (int, *PyError) {
	if s := asStr(str); s != nil {
		idx = min(max(idx, 0), len(s.S))
		for idx < len(s.S) && strings.IndexByte(" \t\n\r", s.S[idx]) >= 0 {
			idx++
		}
		return idx, nil
	}
	if u := asUnicode(str); u != nil {
		idx = min(max(idx, 0), len(u.R))
		for idx < len(u.R) && jsonIsSpace(u.R[idx]) {
			idx++
		}
		return idx, nil
	}
	return 0, vm.typeErrorf("expected string or buffer")
}
