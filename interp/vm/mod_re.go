// mod_re.go defines the re module: the types of CPython's _sre (named as there:
// _sre.SRE_Pattern, _sre.SRE_Match, _sre.SRE_Scanner; their methods are in re_objects.go),
// the compilation of patterns with sre_constants.error for failures (the messages come
// from re_parse.go and re_compile.go), and, in Python run when the module is imported,
// the module-level functions with their cache (re.py's match, search, compile, purge,
// escape, Scanner, ...).
package vm

import (
	"strings"

	"handson/gcsim"
)

// The types of _sre.
var (
	rePatternType = newStaticType("SRE_Pattern", KindOther, 0)
	reMatchType   = newStaticType("SRE_Match", KindOther, 0)
	reScannerType = newStaticType("SRE_Scanner", KindOther, 0)
)

// reModuleTypes are the _sre types, which a program reaches only through re's functions.
func reModuleTypes() []moduleTypeSpec {
	for _, t := range []*Type{rePatternType, reMatchType, reScannerType} {
		name := "_sre." + t.Name
		t.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
			return nil, vm.typeErrorf("cannot create '%s' instances", name)
		}
	}
	var out []moduleTypeSpec
	for _, spec := range reTypeSpecs() {
		out = append(out, moduleTypeSpec{"_sre", spec})
	}
	return out
}

// reModuleState is what the compiling functions of the module are bound to:
// sre_constants.error and re._cache_repl.
type reModuleState struct {
	errCls    *Type
	replCache *Dict
}

func reModuleStateOf(self Object) reModuleState {
	t := self.(*Tuple)
	return reModuleState{errCls: t.Items[0].(*Type), replCache: t.Items[1].(*Dict)}
}

// reCompileObject compiles a str or unicode pattern with flags into a Pattern.
func (vm *VM) reCompileObject(ms reModuleState, pattern Object, flags int) (Object, *PyError) {
	errCls := ms.errCls
	var src []rune
	wide := false
	if u := asUnicode(pattern); u != nil {
		src = u.R
		wide = true
	} else if s := asStr(pattern); s != nil {
		src = make([]rune, len(s.S))
		for i := 0; i < len(s.S); i++ {
			src[i] = rune(s.S[i])
		}
	} else {
		return nil, vm.typeErrorf("first argument must be string or compiled pattern")
	}
	parsed, perr := reParse(src, wide, flags, vm.reParseDepth())
	var prog *reProgram
	if perr == nil {
		prog, perr = reCompile(parsed)
	}
	if perr != nil {
		return nil, vm.reRaise(errCls, perr)
	}
	if flags&reFlagDebug != 0 {
		if err := vm.reDump(parsed.seq); err != nil {
			return nil, err
		}
	}
	return vm.newPattern(ms, prog, pattern, parsed, wide), nil
}

// reParseDepth is how deep the parser may recurse: CPython's parse runs about six frames
// below the caller of re's Python function (re.compile, ...) plus one per level of the
// parser, and fails when that passes the recursion limit.
func (vm *VM) reParseDepth() int {
	return vm.recursionLimit - vm.depth - 6
}

// newPattern makes a Pattern object for a compiled program.
func (vm *VM) newPattern(ms reModuleState, prog *reProgram, source Object, parsed *reParsed, wide bool) *rePattern {
	p := &rePattern{Header: gcsim.Header{RC: 1}, prog: prog, source: newRef(source),
		flags: parsed.flags, groupindex: vm.NewDict(), errCls: ms.errCls, replCache: ms.replCache}
	incref(ms.errCls)
	incref(ms.replCache)
	p.names = make([]Object, parsed.groups)
	for _, n := range parsed.names {
		var key Object
		if wide {
			key = vm.NewUnicode(n.name)
		} else {
			b := make([]byte, len(n.name))
			for i, c := range n.name {
				b[i] = byte(c)
			}
			key = vm.NewStr(string(b))
		}
		val := vm.NewInt(int64(n.group))
		if err := p.groupindex.SetItem(vm, key, val); err != nil {
			panic("BUG: group names are strings")
		}
		vm.Decref(val)
		if n.group < len(p.names) {
			vm.Xdecref(p.names[n.group])
			p.names[n.group] = key
		} else {
			vm.Decref(key)
		}
	}
	vm.reTrack(p, 128)
	return p
}

// reRaise turns a compilation failure into the Python exception.
func (vm *VM) reRaise(errCls *Type, e *reError) *PyError {
	switch e.kind {
	case reErrOverflow:
		return vm.Raise(OverflowErrorType, e.msg)
	case reErrRuntime:
		return vm.Raise(RuntimeErrorType, e.msg)
	case reErrAssertion:
		return vm.Raise(AssertionErrorType, e.msg)
	case reErrIndex:
		return vm.Raise(IndexErrorType, e.msg)
	}
	return vm.Raise(errCls, e.msg)
}

// makeReModule builds the re module (owned by the caller); the module registry calls it
// on the first `import re`.
func makeReModule(vm *VM) *Module {
	ensureModuleTypes()
	m := vm.newGoModule("re", "", nil)
	errObj := vm.newErrorClass("sre_constants")
	replCache := vm.NewDict()
	m.Dict.SetString(vm, "_cache_repl", replCache)
	state := vm.NewTupleRefs(errObj, replCache)
	vm.Decref(replCache)
	vm.modSet(m, "error", errObj)
	for _, f := range []methodDef{
		{name: "_sre_compile", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.methodArgs("_sre_compile", args, 2, 2); err != nil {
				return nil, err
			}
			flags, err := vm.cIntArg(args[1])
			if err != nil {
				return nil, err
			}
			return vm.reCompileObject(reModuleStateOf(self), args[0], flags)
		}},
		{name: "_compile_lexicon", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.methodArgs("_compile_lexicon", args, 2, 2); err != nil {
				return nil, err
			}
			flags, err := vm.cIntArg(args[1])
			if err != nil {
				return nil, err
			}
			return vm.reCompileLexicon(reModuleStateOf(self), args[0], flags)
		}},
		{name: "_escape", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.methodArgs("_escape", args, 1, 1); err != nil {
				return nil, err
			}
			return reEscape(vm, args[0]), nil
		}},
	} {
		b := newModuleFunction("re", f)
		b.Self = newRef(state)
		m.Dict.SetString(vm, f.name, b)
		vm.Decref(b)
	}
	vm.Decref(state)
	m.Dict.SetString(vm, "_pattern_type", rePatternType)
	vm.execGoModuleSource(m, reModuleSource)
	return m
}

// reEscape backslashes every character of a str or unicode but ASCII letters and digits
// (NUL becomes \000); None for other objects, which the Python side handles.
func reEscape(vm *VM, o Object) Object {
	alnum := func(c rune) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' }
	if s, ok := o.(*Str); ok {
		var b strings.Builder
		b.Grow(len(s.S) * 2)
		for i := 0; i < len(s.S); i++ {
			c := s.S[i]
			switch {
			case alnum(rune(c)):
				b.WriteByte(c)
			case c == 0:
				b.WriteString(`\000`)
			default:
				b.WriteByte('\\')
				b.WriteByte(c)
			}
		}
		return vm.NewStr(b.String())
	}
	if u, ok := o.(*Unicode); ok {
		r := make([]rune, 0, len(u.R)*2)
		for _, c := range u.R {
			switch {
			case alnum(c):
				r = append(r, c)
			case c == 0:
				r = append(r, '\\', '0', '0', '0')
			default:
				r = append(r, '\\', c)
			}
		}
		return vm.NewUnicode(r)
	}
	return noneRef()
}

// reCompileLexicon compiles the patterns of re.Scanner into one: an alternation of groups,
// group i+1 holding phrase i, each phrase parsed on its own.
func (vm *VM) reCompileLexicon(ms reModuleState, phrases Object, flags int) (Object, *PyError) {
	errCls := ms.errCls
	items, err := vm.iterateAll(phrases)
	if err != nil {
		return nil, err
	}
	defer func() {
		for _, it := range items {
			vm.Decref(it)
		}
	}()
	alts := make([]*reSeq, len(items))
	for i, ph := range items {
		var src []rune
		wide := false
		if u := asUnicode(ph); u != nil {
			src, wide = u.R, true
		} else if s := asStr(ph); s != nil {
			src = make([]rune, len(s.S))
			for k := 0; k < len(s.S); k++ {
				src[k] = rune(s.S[k])
			}
		} else {
			return nil, vm.typeErrorf("first argument must be string or compiled pattern")
		}
		parsed, perr := reParse(src, wide, flags, vm.reParseDepth())
		if perr != nil {
			return nil, vm.reRaise(errCls, perr)
		}
		alts[i] = &reSeq{items: []*reNode{{op: reSubpattern, group: i + 1, body: parsed.seq}}}
	}
	seq := &reSeq{items: []*reNode{{op: reBranch, alts: alts}}}
	parsed := &reParsed{seq: seq, flags: flags, groups: len(items) + 1}
	prog, perr := reCompile(parsed)
	if perr != nil {
		return nil, vm.reRaise(errCls, perr)
	}
	return vm.newPattern(ms, prog, None, parsed, false), nil
}

// reModuleSource is the Python part of the re module: the functions of re.py over the
// compiled patterns, with its cache of compiled patterns.
const reModuleSource = `
__all__ = ["match", "search", "sub", "subn", "split", "findall", "compile",
           "purge", "template", "escape", "I", "L", "M", "S", "X", "U",
           "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE",
           "error", "finditer"]
__version__ = "2.2.1"

I = IGNORECASE = 2
L = LOCALE = 4
U = UNICODE = 32
M = MULTILINE = 8
S = DOTALL = 16
X = VERBOSE = 64
T = TEMPLATE = 1
DEBUG = 128

_cache = {}
_MAXCACHE = 100

def _compile(pattern, flags):
    # Patterns are cached by type, text and flags; LOCALE ones are not, as the
    # current locale cannot be asked for.
    nocache = flags & DEBUG
    if not nocache:
        key = (type(pattern), pattern, flags)
        try:
            return _cache[key]
        except KeyError:
            pass
    if isinstance(pattern, _pattern_type):
        if flags:
            raise ValueError('Cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, basestring):
        raise TypeError, "first argument must be string or compiled pattern"
    p = _sre_compile(pattern, flags)
    if not nocache and not p.flags & LOCALE:
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p

def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)

def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)

def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)

def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)

def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)

def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)

def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a match object."""
    return _compile(pattern, flags).finditer(string)

def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a pattern object."
    return _compile(pattern, flags)

def purge():
    "Clear the regular expression cache"
    _cache.clear()
    _cache_repl.clear()

def template(pattern, flags=0):
    "Compile a template pattern, returning a pattern object"
    return _compile(pattern, flags|T)

_alphanum = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

def escape(pattern):
    "Escape all non-alphanumeric characters in pattern."
    if type(pattern) is str or type(pattern) is unicode:
        return _escape(pattern)
    s = list(pattern)
    for i, c in enumerate(pattern):
        if c not in _alphanum:
            if c == "\000":
                s[i] = "\\000"
            else:
                s[i] = "\\" + c
    return pattern[:0].join(s)

class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self.scanner = _compile_lexicon([phrase for phrase, action in lexicon], flags)
    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while 1:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex-1][1]
            if hasattr(action, '__call__'):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]
`
