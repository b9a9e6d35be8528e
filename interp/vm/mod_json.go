// mod_json.go defines the json module: JSONEncoder, JSONDecoder, dump, dumps, load and
// loads in Python run when the module is imported (with 2.7's signatures and their choice
// between the fast and the general path), over the encoder of json_encode.go and the
// scanner of json_decode.go, which stand for _json and json.encoder's generator.
package vm

// makeJSONModule builds the json module (owned by the caller); the module registry calls
// it on the first `import json`.
func makeJSONModule(vm *VM) *Module {
	m := vm.newGoModule("json", jsonModuleDoc, []methodDef{
		{name: "_encode_into", fn: jsonEncodeInto},
		{name: "_encode_basestring_ascii", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.methodArgO("encode_basestring_ascii", args); err != nil {
				return nil, err
			}
			return vm.jsonEscapeASCII(args[0])
		}},
		{name: "_encode_basestring", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.methodArgO("encode_basestring", args); err != nil {
				return nil, err
			}
			return vm.jsonEscape(args[0])
		}},
		{name: "_encode_joined", fn: jsonEncodeJoined},
		{name: "_make_scanner", fn: jsonMakeScanner},
		{name: "_scanstring", fn: jsonScanstringFn},
		{name: "_skip_ws", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.methodArgs("_skip_ws", args, 2, 2); err != nil {
				return nil, err
			}
			idx, err := vm.ssizeArg(args[1])
			if err != nil {
				return nil, err
			}
			end, err := vm.jsonSkipSpace(args[0], idx)
			if err != nil {
				return nil, err
			}
			return vm.NewInt(int64(end)), nil
		}},
		{name: "_errmsg", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.methodArgs("errmsg", args, 3, 4); err != nil {
				return nil, err
			}
			msg, err := vm.StrString(args[0])
			if err != nil {
				return nil, err
			}
			pos, err := vm.ssizeArg(args[2])
			if err != nil {
				return nil, err
			}
			end := -1
			if len(args) == 4 && args[3] != Object(None) {
				if end, err = vm.ssizeArg(args[3]); err != nil {
					return nil, err
				}
			}
			return vm.NewStr(jsonErrmsgFor(args[1], msg, pos, end)), nil
		}},
	})
	vm.execGoModuleSource(m, jsonModuleSource)
	return m
}

const jsonModuleDoc = `JSON (JavaScript Object Notation) <http://json.org> is a subset of
JavaScript syntax (ECMA-262 3rd edition) used as a lightweight data
interchange format.

dumps and dump turn Python values into JSON text, loads and load turn
JSON text back into Python values; JSONEncoder and JSONDecoder do the
work and can be subclassed.`

// jsonEncodeInto is _encode_into(encoder, obj, one_shot, chunks): it appends the chunks
// of obj's JSON text to the list chunks, with the encoder's options; on failure the list
// holds the chunks made before it, as a generator would have yielded them.
func jsonEncodeInto(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("_encode_into", args, 4, 4); err != nil {
		return nil, err
	}
	oneShot, err := vm.IsTrue(args[2])
	if err != nil {
		return nil, err
	}
	out := asList(args[3])
	if out == nil {
		return nil, vm.typeErrorf("_encode_into needs a list")
	}
	e, err := vm.newJSONEncoder(args[0], oneShot)
	if err != nil {
		return nil, err
	}
	defer e.release()
	err = e.encode(args[1])
	out.materialize(vm)
	out.Items = append(out.Items, e.chunks...)
	e.chunks = nil
	if err != nil {
		return nil, err
	}
	return noneRef(), nil
}

// jsonEncodeJoined is _encode_joined(encoder, obj): the JSON text of obj as joining the
// chunks of encoder.iterencode(obj, _one_shot=True) gives it, built directly when every
// chunk would be an ASCII str; None when that is not sure (the caller joins the chunks).
func jsonEncodeJoined(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("_encode_joined", args, 2, 2); err != nil {
		return nil, err
	}
	e, err := vm.newJSONEncoder(args[0], true)
	if err != nil {
		return nil, err
	}
	defer e.release()
	if !e.canJoin() {
		return noneRef(), nil
	}
	e.joinMode = true
	err = e.encode(args[1])
	if err != nil {
		return nil, err
	}
	return vm.NewStr(string(e.joined)), nil
}

// jsonMakeScanner is _make_scanner(context): the scanner of a JSONDecoder, a callable
// scan_once(string, idx) -> (value, end) bound to the context's options.
func jsonMakeScanner(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgO("make_scanner", args); err != nil {
		return nil, err
	}
	ctx := args[0]
	names := []string{"encoding", "strict", "object_hook", "object_pairs_hook", "parse_float", "parse_int", "parse_constant"}
	items := make([]Object, len(names))
	fail := func(err *PyError) (Object, *PyError) {
		for _, it := range items {
			vm.Xdecref(it)
		}
		return nil, err
	}
	for i, name := range names {
		v, err := vm.GetAttr(ctx, vm.Intern(name))
		if err != nil {
			return fail(err)
		}
		items[i] = v
	}
	// The encoding: None means UTF-8, a unicode is encoded, anything else must be a str.
	switch enc := items[0]; {
	case enc == Object(None):
		vm.Decref(enc)
		items[0] = vm.NewStr("utf-8")
	case asUnicode(enc) != nil:
		b, err := vm.encodeRunes(asUnicode(enc).R, codecASCII, "strict", enc)
		if err != nil {
			return fail(err)
		}
		vm.Decref(enc)
		items[0] = b
	case asStr(enc) == nil:
		return fail(vm.typeErrorf("encoding must be a string, not %s", enc.Type().Name))
	}
	ctxTuple := vm.NewTuple(items)
	b := newModuleFunction("json", methodDef{name: "scan_once", fn: jsonScanOnce, keywords: true})
	b.Self = ctxTuple
	return b, nil
}

// jsonScanOnce is a scanner's call: scan_once(string, idx).
func jsonScanOnce(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	vals, err := vm.bindBuiltinArgs("scan_once", args, kw, []string{"string", "idx"}, 2)
	if err != nil {
		return nil, err
	}
	idx, err := vm.ssizeArg(vals[1])
	if err != nil {
		return nil, err
	}
	t := self.(*Tuple).Items
	strict, err := vm.IsTrue(t[1])
	if err != nil {
		return nil, err
	}
	sc := &jsonScanner{encoding: asStr(t[0]).S, strict: strict, objectHook: t[2], pairsHook: t[3],
		parseFloat: t[4], parseInt: t[5], parseConstant: t[6]}
	// The C scanner is an object called through PyObject_Call: one level of recursion.
	vm.depth++
	val, end, err := vm.jsonScan(sc, vals[0], idx)
	vm.depth--
	if err != nil {
		return nil, err
	}
	return vm.NewTuple([]Object{val, vm.NewInt(int64(end))}), nil
}

// jsonScanstringFn is scanstring(s, end, encoding=None, strict=True).
func jsonScanstringFn(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("scanstring", args, 2, 4); err != nil {
		return nil, err
	}
	end, err := vm.ssizeArg(args[1])
	if err != nil {
		return nil, err
	}
	encoding := "utf-8"
	if len(args) > 2 && args[2] != Object(None) {
		if encoding, err = vm.StrString(args[2]); err != nil {
			return nil, err
		}
	}
	strict := true
	if len(args) > 3 {
		if strict, err = vm.IsTrue(args[3]); err != nil {
			return nil, err
		}
	}
	val, next, err := vm.jsonScanString(args[0], end, encoding, strict)
	if err != nil {
		return nil, err
	}
	return vm.NewTuple([]Object{val, vm.NewInt(int64(next))}), nil
}

// jsonModuleSource is the Python part of the json module.
const jsonModuleSource = `
import sys as _sys

__version__ = '2.0.9'
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONEncoder']

NaN = float('nan')
PosInf = float('inf')
NegInf = -PosInf
_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}

def _iterencode(encoder, o, one_shot):
    # The chunks as a generator gives them; an error comes after the chunks made before it.
    chunks = []
    error = None
    try:
        _encode_into(encoder, o, one_shot, chunks)
    except:
        error = _sys.exc_info()
    for chunk in chunks:
        yield chunk
    if error is not None:
        try:
            raise error[0], error[1], error[2]
        finally:
            error = None


class JSONEncoder(object):
    """Extensible JSON <http://json.org> encoder for Python data structures.

    Encodes dict as object, list and tuple as array, str and unicode as
    string, int, long and float as number, True and False as true and false,
    None as null. Subclasses implement default() to encode other objects.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, encoding='utf-8', default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default
        self.encoding = encoding

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(repr(o) + " is not JSON serializable")

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, basestring):
            if isinstance(o, str) and self.encoding is not None and not (self.encoding == 'utf-8'):
                o = o.decode(self.encoding)
            if self.ensure_ascii:
                return _encode_basestring_ascii(o)
            return _encode_basestring(o)
        if getattr(self.iterencode, 'im_func', None) is _plain_iterencode:
            text = _encode_joined(self, o)
            if text is not None:
                return text
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation
        as available."""
        if _one_shot and self.indent is None and not self.sort_keys:
            chunks = []
            _encode_into(self, o, True, chunks)
            return chunks
        return _iterencode(self, o, _one_shot)


_plain_iterencode = JSONEncoder.iterencode.im_func


class JSONDecoder(object):
    """Simple JSON <http://json.org> decoder.

    Decodes object as dict, array as list, string as unicode, numbers as
    int, long or float, true and false as True and False, null as None,
    and NaN, Infinity and -Infinity as floats.
    """

    def __init__(self, encoding=None, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.encoding = encoding
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.parse_string = _scanstring
        self.scan_once = _make_scanner(self)

    def decode(self, s, _w=_skip_ws):
        """Return the Python representation of s (a str or unicode
        instance containing a JSON document)."""
        obj, end = self.raw_decode(s, idx=_w(s, 0))
        end = _w(s, end)
        if end != len(s):
            raise ValueError(_errmsg("Extra data", s, end, len(s)))
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from s beginning at idx and return the
        Python value and the index where the document ended."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration:
            raise ValueError("No JSON object could be decoded")
        return obj, end


_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()

def _encoder(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
             separators, encoding, default, sort_keys, kw):
    # With every option at its default, the shared encoder does the work.
    plain = (not skipkeys and ensure_ascii and check_circular and allow_nan and
             cls is None and indent is None and separators is None and
             encoding == 'utf-8' and default is None and not sort_keys and not kw)
    if plain:
        return _default_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, encoding=encoding,
               default=default, sort_keys=sort_keys, **kw)

def dump(obj, fp, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        encoding='utf-8', default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (an object with a
    write method), a chunk at a time."""
    encoder = _encoder(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                       indent, separators, encoding, default, sort_keys, kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)

def dumps(obj, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        encoding='utf-8', default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str (or unicode, when
    ensure_ascii is false and the text is unicode)."""
    encoder = _encoder(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
                       indent, separators, encoding, default, sort_keys, kw)
    return encoder.encode(obj)

def load(fp, encoding=None, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (an object with a read method holding a JSON
    document) to a Python object."""
    return loads(fp.read(), encoding=encoding, cls=cls,
                 object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)

def loads(s, encoding=None, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str or unicode instance holding a JSON document)
    to a Python object."""
    for name, value in (('object_hook', object_hook),
                        ('object_pairs_hook', object_pairs_hook),
                        ('parse_float', parse_float),
                        ('parse_int', parse_int),
                        ('parse_constant', parse_constant)):
        if value is not None:
            kw[name] = value
    if cls is None and encoding is None and not kw:
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    return cls(encoding=encoding, **kw).decode(s)
`
