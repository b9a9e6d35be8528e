// mod_string.go defines the string module of Python 2.7: the character-class constants,
// maketrans (in Go, with strop's messages), and, in Python run when the module is
// imported, capwords, the old function forms of the str methods (atoi, split, join,
// ...), Template with $-substitution, and Formatter on top of str._formatter_parser.
package vm

// makeStringModule builds the string module (owned by the caller); the module registry
// calls it on the first `import string`.
func makeStringModule(vm *VM) *Module {
	m := vm.newGoModule("string", stringModuleDoc, []methodDef{
		{name: "maketrans", fn: stringMaketrans, doc: "maketrans(frm, to) -> string\n\nReturn a translation table (a string of 256 bytes long)\nsuitable for use in string.translate.  The strings frm and to\nmust be of the same length."},
	})
	lower := "abcdefghijklmnopqrstuvwxyz"
	upper := "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digits := "0123456789"
	// whitespace is strop's (the C locale's isspace bytes in order); printable was built
	// from string.py's own spelling before strop's replaced it.
	whitespace := " \t\n\r\v\f"
	punctuation := "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	for _, c := range []struct{ name, value string }{
		{"whitespace", "\t\n\v\f\r "},
		{"lowercase", lower},
		{"uppercase", upper},
		{"letters", lower + upper},
		{"ascii_lowercase", lower},
		{"ascii_uppercase", upper},
		{"ascii_letters", lower + upper},
		{"digits", digits},
		{"hexdigits", digits + "abcdef" + "ABCDEF"},
		{"octdigits", "01234567"},
		{"punctuation", punctuation},
		{"printable", digits + lower + upper + punctuation + whitespace},
	} {
		vm.modSet(m, c.name, vm.NewStr(c.value))
	}
	vm.execGoModuleSource(m, stringModuleSource)
	return m
}

const stringModuleDoc = `A collection of string operations (most are no longer used).

Warning: most of the code you see here isn't normally used nowadays.
Beginning with Python 1.6, many of these functions are implemented as
methods on the standard string object. They used to be implemented by
a built-in module called strop, but strop is now obsolete itself.`

// stringMaketrans is string.maketrans(frm, to): the identity table with each byte of frm
// mapped to the byte of to at the same position.
func stringMaketrans(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.methodArgs("maketrans", args, 2, 2); err != nil {
		return nil, err
	}
	var parts [2]string
	for i, a := range args {
		if u := asUnicode(a); u != nil {
			s, err := vm.encodeRunes(u.R, codecASCII, "strict", u)
			if err != nil {
				return nil, err
			}
			parts[i] = s.(*Str).S
			vm.Decref(s)
			continue
		}
		s := asStr(a)
		if s == nil {
			return nil, vm.typeErrorf("maketrans() argument %d must be string or read-only character buffer, not %s", i+1, a.Type().Name)
		}
		parts[i] = s.S
	}
	if len(parts[0]) != len(parts[1]) {
		return nil, vm.Raise(ValueErrorType, "maketrans arguments must have same length")
	}
	table := make([]byte, 256)
	for i := range table {
		table[i] = byte(i)
	}
	for i := 0; i < len(parts[0]); i++ {
		table[parts[0][i]] = parts[1][i]
	}
	return vm.NewStr(bytesToStr(table)), nil
}

// stringModuleSource is the part of the string module written in Python. Template parses
// its $-placeholders by hand (the VM has no re module): subclasses may change the
// delimiter, and a custom idpattern or pattern is refused with NotImplementedError.
const stringModuleSource = `
index_error = ValueError
atoi_error = ValueError
atof_error = ValueError
atol_error = ValueError
_int = int
_long = long
_float = float
_idmap = str('').join(chr(c) for c in xrange(256))
_idmapL = None

def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])

def lower(s):
    return s.lower()

def upper(s):
    return s.upper()

def swapcase(s):
    return s.swapcase()

def capitalize(s):
    return s.capitalize()

def strip(s, chars=None):
    return s.strip(chars)

def lstrip(s, chars=None):
    return s.lstrip(chars)

def rstrip(s, chars=None):
    return s.rstrip(chars)

def split(s, sep=None, maxsplit=-1):
    return s.split(sep, maxsplit)

splitfields = split

def rsplit(s, sep=None, maxsplit=-1):
    return s.rsplit(sep, maxsplit)

def join(words, sep=' '):
    return sep.join(words)

joinfields = join

def index(s, *args):
    return s.index(*args)

def rindex(s, *args):
    return s.rindex(*args)

def count(s, *args):
    return s.count(*args)

def find(s, *args):
    return s.find(*args)

def rfind(s, *args):
    return s.rfind(*args)

def atof(s):
    return _float(s)

def atoi(s, base=10):
    return _int(s, base)

def atol(s, base=10):
    return _long(s, base)

def ljust(s, width, *args):
    return s.ljust(width, *args)

def rjust(s, width, *args):
    return s.rjust(width, *args)

def center(s, width, *args):
    return s.center(width, *args)

def zfill(x, width):
    if not isinstance(x, basestring):
        x = repr(x)
    return x.zfill(width)

def expandtabs(s, tabsize=8):
    return s.expandtabs(tabsize)

def translate(s, table, deletions=""):
    if deletions or table is None:
        return s.translate(table, deletions)
    # table + s[:0] is unicode when s is, so that a unicode s sees a unicode table.
    return s.translate(table + s[:0])

def replace(s, old, new, maxreplace=-1):
    return s.replace(old, new, maxreplace)


class _multimap:
    """Looks a key up in the keyword arguments first, then in the mapping."""
    def __init__(self, primary, secondary):
        self._primary = primary
        self._secondary = secondary

    def __getitem__(self, key):
        try:
            return self._primary[key]
        except KeyError:
            return self._secondary[key]


class Template(object):
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'[_a-z][_a-z0-9]*'

    def __init__(self, template):
        self.template = template

    def _pieces(self):
        # Yields (start, end, kind, name) for each placeholder, kind being 'escaped',
        # 'named', 'braced' or 'invalid' (start is where the delimiter is).
        cls = type(self)
        if 'pattern' in dir(cls):
            raise NotImplementedError('string.Template: a custom pattern needs the re module')
        ident = _identifier_end
        if cls.idpattern != Template.idpattern:
            ident = _IdPattern(cls.idpattern).match_end
        text = self.template
        delim = self.delimiter
        n = len(delim)
        i = 0
        while True:
            start = text.find(delim, i)
            if start < 0 or n == 0:
                return
            j = start + n
            if text.startswith(delim, j):
                yield start, j + n, 'escaped', None
                i = j + n
                continue
            k = ident(text, j)
            if k > j:
                yield start, k, 'named', text[j:k]
                i = k
                continue
            if text[j:j + 1] == '{':
                k = ident(text, j + 1)
                if k > j + 1 and text[k:k + 1] == '}':
                    yield start, k + 1, 'braced', text[j + 1:k]
                    i = k + 1
                    continue
            yield start, j, 'invalid', None
            i = j

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, args, kws, safe):
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            mapping = kws
        elif kws:
            mapping = _multimap(kws, args[0])
        else:
            mapping = args[0]
        text = self.template
        out = []
        last = 0
        for start, end, kind, name in self._pieces():
            out.append(text[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                out.append(text[start:end])
            elif safe:
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    out.append(text[start:end])
            else:
                out.append('%s' % (mapping[name],))
        out.append(text[last:])
        return text[:0].join(out)

    def substitute(*args, **kws):
        self, args = args[0], args[1:]
        return self._substitute(args, kws, False)

    def safe_substitute(*args, **kws):
        self, args = args[0], args[1:]
        return self._substitute(args, kws, True)


def _identifier_end(text, i):
    # The end of the identifier ([_a-zA-Z][_a-zA-Z0-9]*) starting at i, or i.
    n = len(text)
    if i < n and (text[i] == '_' or 'a' <= text[i] <= 'z' or 'A' <= text[i] <= 'Z'):
        i += 1
        while i < n and (text[i] == '_' or 'a' <= text[i] <= 'z' or
                         'A' <= text[i] <= 'Z' or '0' <= text[i] <= '9'):
            i += 1
    return i


class _IdPattern(object):
    # A Template idpattern: a sequence of literal characters, escapes, '.' and [...]
    # classes, each maybe followed by *, + or ?, matched case-insensitively and greedily
    # with backtracking, as re would. Groups, alternation and anchors need re.

    def __init__(self, pattern):
        self.atoms = []
        i, n = 0, len(pattern)
        while i < n:
            c = pattern[i]
            if c in '()|^${':
                raise NotImplementedError('string.Template: idpattern %r needs the re module' % (pattern,))
            if c == '[':
                j = i + 1
                negate = pattern[j:j + 1] == '^'
                if negate:
                    j += 1
                chars = []
                first = True
                while j < n and (pattern[j] != ']' or first):
                    first = False
                    if pattern[j] == '\\' and j + 1 < n:
                        chars.append((pattern[j + 1], pattern[j + 1]))
                        j += 2
                    elif j + 2 < n and pattern[j + 1] == '-' and pattern[j + 2] != ']':
                        chars.append((pattern[j], pattern[j + 2]))
                        j += 3
                    else:
                        chars.append((pattern[j], pattern[j]))
                        j += 1
                if j >= n:
                    raise ValueError('unexpected end of regular expression')
                test = self._class(chars, negate)
                i = j + 1
            elif c == '.':
                test = lambda ch: ch != '\n'
                i += 1
            elif c == '\\' and i + 1 < n:
                test = self._class([(pattern[i + 1], pattern[i + 1])], False)
                i += 2
            else:
                test = self._class([(c, c)], False)
                i += 1
            lo, hi = 1, 1
            if i < n and pattern[i] in '*+?':
                lo, hi = {'*': (0, None), '+': (1, None), '?': (0, 1)}[pattern[i]]
                i += 1
            self.atoms.append((test, lo, hi))

    def _class(self, ranges, negate):
        def test(ch):
            for a, b in ranges:
                if a <= ch <= b or a <= ch.lower() <= b or a <= ch.upper() <= b:
                    return not negate
            return negate
        return test

    def _match(self, text, pos, k):
        if k == len(self.atoms):
            return pos
        test, lo, hi = self.atoms[k]
        end = pos
        while end < len(text) and (hi is None or end - pos < hi) and test(text[end]):
            end += 1
        while end - pos >= lo:
            r = self._match(text, end, k + 1)
            if r >= 0:
                return r
            end -= 1
        return -1

    def match_end(self, text, i):
        end = self._match(text, i, 0)
        if end < 0:
            return i
        return end


class Formatter(object):
    def format(*args, **kwargs):
        if not args:
            raise TypeError("descriptor 'format' of 'Formatter' object "
                            "needs an argument")
        self, args = args[0], args[1:]
        if args:
            format_string, args = args[0], args[1:]
        elif 'format_string' in kwargs:
            format_string = kwargs.pop('format_string')
        else:
            raise TypeError("format() missing 1 required positional "
                            "argument: 'format_string'")
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field_name is None:
                continue
            obj, used = self.get_field(field_name, args, kwargs)
            used_args.add(used)
            obj = self.convert_field(obj, conversion)
            spec = self._vformat(spec, args, kwargs, used_args, recursion_depth - 1)
            pieces.append(self.format_field(obj, spec))
        return ''.join(pieces)

    def get_value(self, key, args, kwargs):
        if isinstance(key, (int, long)):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return format_string._formatter_parser()

    def get_field(self, field_name, args, kwargs):
        first, rest = field_name._formatter_field_name_split()
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
`
