// re_objects.go defines the objects of _sre: compiled patterns (_sre.SRE_Pattern) with
// match, search, findall, finditer, split, sub, subn and scanner, match objects
// (_sre.SRE_Match) with their groups and spans, and scanners (_sre.SRE_Scanner). They run
// the engine of re_engine.go over the bytes of a str or the code points of a unicode, and
// read their arguments with _sre's keyword names and messages.
package vm

import (
	"strings"

	"handson/gcsim"
)

// rePattern is a compiled pattern (_sre.SRE_Pattern).
type rePattern struct {
	gcsim.Header
	prog       *reProgram
	source     Object // the pattern attribute: the str or unicode compiled, or None
	flags      int
	groupindex *Dict
	names      []Object // the name of each group by number (nil when unnamed)
	errCls     *Type    // sre_constants.error, raised by sub's templates
	// replCache is re._cache_repl, the parsed templates of sub by (template, pattern).
	replCache *Dict
	// States left by the last call, reused by the next one that finds them free.
	spareBytes *reState[byte]
	spareRunes *reState[rune]
}

func (*rePattern) Type() *Type { return rePatternType }

func (p *rePattern) clearRefs(vm *VM) {
	src, gi, names, e, rc := p.source, p.groupindex, p.names, p.errCls, p.replCache
	p.source, p.groupindex, p.names, p.errCls, p.replCache = nil, nil, nil, nil, nil
	if rc != nil {
		vm.Decref(rc)
	}
	vm.Xdecref(src)
	if gi != nil {
		vm.Decref(gi)
	}
	for _, n := range names {
		vm.Xdecref(n)
	}
	if e != nil {
		vm.Decref(e)
	}
}

func (p *rePattern) traverse(visit func(Object)) {
	if p.source != nil {
		visit(p.source)
	}
	if p.groupindex != nil {
		visit(p.groupindex)
	}
	for _, n := range p.names {
		if n != nil {
			visit(n)
		}
	}
	if p.errCls != nil {
		visit(p.errCls)
	}
	if p.replCache != nil {
		visit(p.replCache)
	}
}

// reMatchObj is a match (_sre.SRE_Match).
type reMatchObj struct {
	gcsim.Header
	pattern   *rePattern
	str       Object
	marks     []int // start and end of each group, group 0 first; -1 when it did not match
	pos       int
	endpos    int
	lastindex int
	regs      Object
	// marksBuf holds the marks of patterns with few groups, saving an allocation.
	marksBuf [6]int
}

func (*reMatchObj) Type() *Type { return reMatchType }

// reTrack registers a new _sre object with the collector: only in PyPy mode, where the
// generational heap must see every container, because CPython's _sre objects are not
// tracked by its cycle collector (they do not count in gc.get_count() or gc.get_objects()).
func (vm *VM) reTrack(o Object, size int) {
	if !vm.refcounting {
		vm.track(o, size, 0)
	}
}

func (m *reMatchObj) clearRefs(vm *VM) {
	p, s, r := m.pattern, m.str, m.regs
	m.pattern, m.str, m.regs = nil, nil, nil
	vm.Xdecref(r)
	vm.Xdecref(s)
	if p != nil {
		vm.Decref(p)
	}
}

func (m *reMatchObj) traverse(visit func(Object)) {
	if m.pattern != nil {
		visit(m.pattern)
	}
	if m.str != nil {
		visit(m.str)
	}
	if m.regs != nil {
		visit(m.regs)
	}
}

// reScannerObj is a scanner (_sre.SRE_Scanner): successive matches over one string.
type reScannerObj struct {
	gcsim.Header
	pattern *rePattern
	str     Object
	subj    reSubject
	m       reMatcher
	done    bool
}

func (*reScannerObj) Type() *Type { return reScannerType }

func (s *reScannerObj) clearRefs(vm *VM) {
	p, str := s.pattern, s.str
	s.pattern, s.str = nil, nil
	vm.Xdecref(str)
	if p != nil {
		vm.Decref(p)
	}
}

func (s *reScannerObj) traverse(visit func(Object)) {
	if s.pattern != nil {
		visit(s.pattern)
	}
	if s.str != nil {
		visit(s.str)
	}
}

// reSubject is the text of a string being matched: the bytes of a str or the code points
// of a unicode.
type reSubject struct {
	text  string // a str's bytes
	runes []rune // a unicode's code points
	wide  bool
	exact bool // an exact str or unicode (a whole slice of it is itself)
}

func (s *reSubject) len() int {
	if s.wide {
		return len(s.runes)
	}
	return len(s.text)
}

// subjectOf reads the string a pattern is applied to.
func (vm *VM) subjectOf(o Object) (reSubject, *PyError) {
	switch x := o.(type) {
	case *Str:
		return reSubject{text: x.S, exact: true}, nil
	case *Unicode:
		return reSubject{runes: x.R, wide: true, exact: true}, nil
	}
	if s := asStr(o); s != nil {
		return reSubject{text: s.S}, nil
	}
	if u := asUnicode(o); u != nil {
		return reSubject{runes: u.R, wide: true}, nil
	}
	return reSubject{}, vm.typeErrorf("expected string or buffer")
}

// reSlice is string[i:j] as PySequence_GetSlice gives it: an exact str or unicode.
func (vm *VM) reSlice(obj Object, s *reSubject, i, j int) Object {
	if j < i {
		j = i
	}
	if s.exact && i == 0 && j == s.len() {
		return newRef(obj)
	}
	if s.wide {
		return vm.NewUnicode(s.runes[i:j:j])
	}
	return vm.NewStr(s.text[i:j])
}

// reMatcher is a match state over either kind of subject.
type reMatcher interface {
	core() *reCore
	search() (bool, *PyError)
	match(pc int) (bool, *PyError)
}

func (st *reState[T]) core() *reCore { return &st.reCore }

// matcher prepares a state for running p over subj between pos and endpos, reusing the
// pattern's spare state when it is free.
func (vm *VM) matcher(p *rePattern, subj *reSubject, pos, endpos int) reMatcher {
	if subj.wide {
		st := p.spareRunes
		p.spareRunes = nil
		if st == nil {
			st = &reState[rune]{}
		}
		st.init(p.prog, subj.runes, pos, endpos)
		st.vm = vm
		return st
	}
	st := p.spareBytes
	p.spareBytes = nil
	if st == nil {
		st = &reState[byte]{}
	}
	st.init(p.prog, strBytes(subj.text), pos, endpos)
	st.vm = vm
	return st
}

// release gives a state back to its pattern for the next call.
func (p *rePattern) release(m reMatcher) {
	switch st := m.(type) {
	case *reState[rune]:
		st.s = nil
		p.spareRunes = st
	case *reState[byte]:
		st.s = nil
		p.spareBytes = st
	}
}

// newMatchObj makes the match object of a successful run (pattern_new_match).
func (vm *VM) newMatchObj(p *rePattern, str Object, c *reCore) *reMatchObj {
	groups := p.prog.groups
	m := &reMatchObj{Header: gcsim.Header{RC: 1}, pattern: p, str: str,
		pos: c.pos, endpos: c.endpos, lastindex: c.lastindex}
	var marks []int
	if n := 2 * (groups + 1); n <= len(m.marksBuf) {
		marks = m.marksBuf[:n]
	} else {
		marks = make([]int, n)
	}
	m.marks = marks
	marks[0], marks[1] = c.start, c.ptr
	for i, j := 0, 0; i < groups; i, j = i+1, j+2 {
		if j+1 <= c.lastmark && c.marks[j] >= 0 && c.marks[j+1] >= 0 {
			marks[j+2], marks[j+3] = c.marks[j], c.marks[j+1]
		} else {
			marks[j+2], marks[j+3] = -1, -1
		}
	}
	incref(p)
	incref(str)
	vm.reTrack(m, 64+8*len(marks))
	return m
}

// groupSlice is group i of the current state as findall and split see it
// (state_getslice): the text, or None (or an empty string when empty is set).
func (vm *VM) groupSlice(c *reCore, str Object, subj *reSubject, group int, empty bool) Object {
	j := (group - 1) * 2
	if j >= c.lastmark || c.marks[j] < 0 || c.marks[j+1] < 0 {
		if empty {
			return vm.reSlice(str, subj, 0, 0)
		}
		return noneRef()
	}
	return vm.reSlice(str, subj, c.marks[j], c.marks[j+1])
}

// reArgs reads the (string, pos, endpos) arguments of match, search and findall, with the
// keyword names and messages of _sre (oldName is the deprecated name of string).
func (vm *VM) reArgs(name, oldName string, args []Object, kw *Dict) (str Object, pos, endpos int, err *PyError) {
	n := len(args)
	if kw != nil {
		n += kw.Len()
	}
	if n > 3 {
		return nil, 0, 0, vm.typeErrorf("%s() takes at most 3 positional arguments (%d given)", name, n)
	}
	var vals [4]Object
	copy(vals[:], args)
	if err := vm.kwOnly(kw, []string{"string", "pos", "endpos", oldName}, vals[:], len(args)); err != nil {
		return nil, 0, 0, err
	}
	pos, endpos = 0, int(^uint(0)>>1)
	if vals[1] != nil {
		if pos, err = vm.ssizeArg(vals[1]); err != nil {
			return nil, 0, 0, err
		}
	}
	if vals[2] != nil {
		if endpos, err = vm.ssizeArg(vals[2]); err != nil {
			return nil, 0, 0, err
		}
	}
	str = vals[0]
	if vals[3] != nil {
		if str != nil {
			return nil, 0, 0, vm.typeErrorf("Argument given by name ('%s') and position (1)", oldName)
		}
		str = vals[3]
	}
	if str == nil {
		return nil, 0, 0, vm.typeErrorf("Required argument 'string' (pos 1) not found")
	}
	return str, pos, endpos, nil
}

func reTypeSpecs() []typeSpec {
	pat := func(o Object) *rePattern { return o.(*rePattern) }
	mat := func(o Object) *reMatchObj { return o.(*reMatchObj) }
	scan := func(o Object) *reScannerObj { return o.(*reScannerObj) }
	return []typeSpec{
		{t: rePatternType, base: ObjectType, doc: "Compiled regular expression objects", methods: append([]methodDef{
			{name: "match", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.reMatchOrSearch(pat(o), "match", args, kw, false)
			}, doc: "match(string[, pos[, endpos]]) --> match object or None.\n    Matches zero or more characters at the beginning of the string", keywords: true},
			{name: "search", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.reMatchOrSearch(pat(o), "search", args, kw, true)
			}, doc: "search(string[, pos[, endpos]]) --> match object or None.\n    Scan through string looking for a match, and return a corresponding\n    match object instance. Return None if no position in the string matches.", keywords: true},
			{name: "sub", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.reSubArgs(pat(o), "sub", args, kw, false)
			}, doc: "sub(repl, string[, count = 0]) --> newstring\n    Return the string obtained by replacing the leftmost non-overlapping\n    occurrences of pattern in string by the replacement repl.", keywords: true},
			{name: "subn", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.reSubArgs(pat(o), "subn", args, kw, true)
			}, doc: "subn(repl, string[, count = 0]) --> (newstring, number of subs)\n    Return the tuple (new_string, number_of_subs_made) found by replacing\n    the leftmost non-overlapping occurrences of pattern with the\n    replacement repl.", keywords: true},
			{name: "split", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.reSplit(pat(o), args, kw)
			}, doc: "split(string[, maxsplit = 0])  --> list.\n    Split string by the occurrences of pattern.", keywords: true},
			{name: "findall", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.reFindall(pat(o), args, kw)
			}, doc: "findall(string[, pos[, endpos]]) --> list.\n   Return a list of all non-overlapping matches of pattern in string.", keywords: true},
			{name: "finditer", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
				s, err := vm.reScanner(pat(o), args)
				if err != nil {
					return nil, err
				}
				search := &Builtin{Header: gcsim.Header{RC: 1}, Name: "search", Fn: scannerSearch, Self: s}
				it := &callIter{fn: search, sentinel: noneRef()}
				it.RC = 1
				vm.track(it, 32, 0)
				return it, nil
			}, doc: "finditer(string[, pos[, endpos]]) --> iterator.\n    Return an iterator over all non-overlapping matches for the \n    RE pattern in string. For each match, the iterator returns a\n    match object."},
			{name: "scanner", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
				return vm.reScanner(pat(o), args)
			}},
		}, uncopyableMethods("pattern")...), getsets: []getsetDef{
			{name: "pattern", get: func(vm *VM, o Object) (Object, *PyError) { return newRef(pat(o).source), nil }},
			{name: "flags", get: func(vm *VM, o Object) (Object, *PyError) { return vm.NewInt(int64(pat(o).flags)), nil }},
			{name: "groups", get: func(vm *VM, o Object) (Object, *PyError) { return vm.NewInt(int64(pat(o).prog.groups)), nil }},
			{name: "groupindex", get: func(vm *VM, o Object) (Object, *PyError) { return newRef(pat(o).groupindex), nil }},
		}},
		{t: reMatchType, base: ObjectType, doc: "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.", methods: append([]methodDef{
			{name: "group", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
				m := mat(o)
				switch len(args) {
				case 0:
					return m.groupByIndex(vm, 0, None)
				case 1:
					return m.groupByIndex(vm, m.index(vm, args[0]), None)
				}
				items := make([]Object, len(args))
				for i, a := range args {
					g, err := m.groupByIndex(vm, m.index(vm, a), None)
					if err != nil {
						for _, it := range items[:i] {
							vm.Decref(it)
						}
						return nil, err
					}
					items[i] = g
				}
				return vm.NewTuple(items), nil
			}, doc: "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match."},
			{name: "start", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
				i, err := mat(o).spanArg(vm, "start", args)
				if err != nil {
					return nil, err
				}
				return vm.NewInt(int64(mat(o).marks[2*i])), nil
			}, doc: "start([group=0]) -> int.\n    Return index of the start of the substring matched by group."},
			{name: "end", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
				i, err := mat(o).spanArg(vm, "end", args)
				if err != nil {
					return nil, err
				}
				return vm.NewInt(int64(mat(o).marks[2*i+1])), nil
			}, doc: "end([group=0]) -> int.\n    Return index of the end of the substring matched by group."},
			{name: "span", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
				m := mat(o)
				i, err := m.spanArg(vm, "span", args)
				if err != nil {
					return nil, err
				}
				return vm.rePair(m.marks[2*i], m.marks[2*i+1]), nil
			}, doc: "span([group]) -> tuple.\n    For MatchObject m, return the 2-tuple (m.start(group), m.end(group))."},
			{name: "groups", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
				def, err := vm.defaultArg("groups", args, kw)
				if err != nil {
					return nil, err
				}
				m := mat(o)
				items := make([]Object, m.pattern.prog.groups)
				for i := range items {
					items[i], _ = m.groupByIndex(vm, i+1, def)
				}
				return vm.NewTuple(items), nil
			}, doc: "groups([default=None]) -> tuple.\n    Return a tuple containing all the subgroups of the match, from 1.\n    The default argument is used for groups\n    that did not participate in the match", keywords: true},
			{name: "groupdict", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
				def, err := vm.defaultArg("groupdict", args, kw)
				if err != nil {
					return nil, err
				}
				m := mat(o)
				d := vm.NewDict()
				for _, k := range m.pattern.groupindex.Keys() {
					v, err := m.groupByIndex(vm, m.index(vm, k), def)
					if err == nil {
						err = d.SetItem(vm, k, v)
						vm.Decref(v)
					}
					if err != nil {
						vm.Decref(d)
						return nil, err
					}
				}
				return d, nil
			}, doc: "groupdict([default=None]) -> dict.\n    Return a dictionary containing all the named subgroups of the match,\n    keyed by the subgroup name. The default argument is used for groups\n    that did not participate in the match", keywords: true},
			{name: "expand", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.methodArgO("expand", args); err != nil {
					return nil, err
				}
				m := mat(o)
				t, err := vm.parseTemplate(m.pattern, args[0])
				if err != nil {
					return nil, err
				}
				defer t.release(vm)
				return vm.expandTemplate(t, m.pattern, m.str, func(g int) (Object, *PyError) {
					return m.groupByIndex(vm, g, None)
				})
			}, doc: "expand(template) -> str.\n    Return the string obtained by doing backslash substitution\n    on the string template, as done by the sub() method."},
		}, uncopyableMethods("match")...), getsets: []getsetDef{
			{name: "string", get: func(vm *VM, o Object) (Object, *PyError) { return newRef(mat(o).str), nil }},
			{name: "re", get: func(vm *VM, o Object) (Object, *PyError) { return newRef(mat(o).pattern), nil }},
			{name: "pos", get: func(vm *VM, o Object) (Object, *PyError) { return vm.NewInt(int64(mat(o).pos)), nil }},
			{name: "endpos", get: func(vm *VM, o Object) (Object, *PyError) { return vm.NewInt(int64(mat(o).endpos)), nil }},
			{name: "lastindex", get: func(vm *VM, o Object) (Object, *PyError) {
				if li := mat(o).lastindex; li >= 0 {
					return vm.NewInt(int64(li)), nil
				}
				return noneRef(), nil
			}},
			{name: "lastgroup", get: func(vm *VM, o Object) (Object, *PyError) {
				m := mat(o)
				if li := m.lastindex; li >= 0 && li < len(m.pattern.names) && m.pattern.names[li] != nil {
					return newRef(m.pattern.names[li]), nil
				}
				return noneRef(), nil
			}},
			{name: "regs", get: func(vm *VM, o Object) (Object, *PyError) {
				m := mat(o)
				if m.regs == nil {
					items := make([]Object, len(m.marks)/2)
					for i := range items {
						items[i] = vm.rePair(m.marks[2*i], m.marks[2*i+1])
					}
					m.regs = vm.NewTuple(items)
				}
				return newRef(m.regs), nil
			}},
		}},
		{t: reScannerType, base: ObjectType, methods: []methodDef{
			{name: "match", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.methodArgs("match", args, 0, 0); err != nil {
					return nil, err
				}
				return vm.scannerNext(scan(o), false)
			}},
			{name: "search", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
				if err := vm.methodArgs("search", args, 0, 0); err != nil {
					return nil, err
				}
				return vm.scannerNext(scan(o), true)
			}},
		}, getsets: []getsetDef{
			{name: "pattern", get: func(vm *VM, o Object) (Object, *PyError) { return newRef(scan(o).pattern), nil }},
		}},
	}
}

// scannerSearch is the bound search of finditer's scanner.
// uncopyableMethods are the __copy__ and __deepcopy__ of _sre's patterns and matches,
// which refuse with CPython 2.7's TypeError (what is "pattern" or "match").
func uncopyableMethods(what string) []methodDef {
	return []methodDef{
		{name: "__copy__", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.methodArgs("__copy__", args, 0, 0); err != nil {
				return nil, err
			}
			return nil, vm.typeErrorf("cannot copy this %s object", what)
		}},
		{name: "__deepcopy__", fn: func(vm *VM, o Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.methodArgO("__deepcopy__", args); err != nil {
				return nil, err
			}
			return nil, vm.typeErrorf("cannot deepcopy this %s object", what)
		}},
	}
}

func scannerSearch(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	return vm.scannerNext(self.(*reScannerObj), true)
}

// rePair is the tuple (a, b) of two ints.
func (vm *VM) rePair(a, b int) Object {
	return vm.NewTuple([]Object{vm.NewInt(int64(a)), vm.NewInt(int64(b))})
}

// defaultArg reads the optional default of groups() and groupdict().
func (vm *VM) defaultArg(name string, args []Object, kw *Dict) (Object, *PyError) {
	vals, err := vm.bindBuiltinArgs(name, args, kw, []string{"default"}, 0)
	if err != nil {
		return nil, err
	}
	if vals[0] == nil {
		return None, nil
	}
	return vals[0], nil
}

// index is the group number an argument of group() and the like names: an int, or the
// name of a group; -1 when neither.
func (m *reMatchObj) index(vm *VM, o Object) int {
	switch x := o.(type) {
	case *Int:
		return clampGroup(x.V)
	case *Long:
		if x.V.IsInt64() {
			return clampGroup(x.V.Int64())
		}
		return -1
	}
	if inst, ok := o.(*Instance); ok {
		switch n := inst.Native.(type) {
		case *Int:
			return clampGroup(n.V)
		case *Long:
			if n.V.IsInt64() {
				return clampGroup(n.V.Int64())
			}
			return -1
		}
	}
	v, err := m.pattern.groupindex.GetItem(vm, o)
	if err != nil {
		err.release(vm)
		return -1
	}
	if iv, ok := v.(*Int); ok {
		return clampGroup(iv.V)
	}
	return -1
}

func clampGroup(v int64) int {
	if v < 0 || v > 1<<30 {
		return -1
	}
	return int(v)
}

// groupByIndex is group i's text, or def when it did not match.
func (m *reMatchObj) groupByIndex(vm *VM, i int, def Object) (Object, *PyError) {
	if i < 0 || i > m.pattern.prog.groups {
		return nil, vm.Raise(IndexErrorType, "no such group")
	}
	a, b := m.marks[2*i], m.marks[2*i+1]
	if a < 0 {
		return newRef(def), nil
	}
	subj, err := vm.subjectOf(m.str)
	if err != nil {
		return nil, err
	}
	return vm.reSlice(m.str, &subj, a, b), nil
}

// spanArg reads the optional group of start, end and span.
func (m *reMatchObj) spanArg(vm *VM, name string, args []Object) (int, *PyError) {
	if len(args) > 1 {
		return 0, vm.typeErrorf("%s expected at most 1 arguments, got %d", name, len(args))
	}
	i := 0
	if len(args) == 1 {
		i = m.index(vm, args[0])
	}
	if i < 0 || i > m.pattern.prog.groups {
		return 0, vm.Raise(IndexErrorType, "no such group")
	}
	return i, nil
}

// reMatchOrSearch is Pattern.match and Pattern.search.
func (vm *VM) reMatchOrSearch(p *rePattern, name string, args []Object, kw *Dict, search bool) (Object, *PyError) {
	str, pos, endpos, err := vm.reArgs(name, "pattern", args, kw)
	if err != nil {
		return nil, err
	}
	subj, err := vm.subjectOf(str)
	if err != nil {
		return nil, err
	}
	m := vm.matcher(p, &subj, pos, endpos)
	defer p.release(m)
	var ok bool
	if search {
		ok, err = m.search()
	} else {
		c := m.core()
		c.ptr = c.start
		ok, err = m.match(0)
	}
	if err != nil || !ok {
		return noneOr(err)
	}
	return vm.newMatchObj(p, str, m.core()), nil
}

func noneOr(err *PyError) (Object, *PyError) {
	if err != nil {
		return nil, err
	}
	return noneRef(), nil
}

// reFindall is Pattern.findall.
func (vm *VM) reFindall(p *rePattern, args []Object, kw *Dict) (Object, *PyError) {
	str, pos, endpos, err := vm.reArgs("findall", "source", args, kw)
	if err != nil {
		return nil, err
	}
	subj, err := vm.subjectOf(str)
	if err != nil {
		return nil, err
	}
	m := vm.matcher(p, &subj, pos, endpos)
	defer p.release(m)
	c := m.core()
	out := vm.NewList(nil)
	groups := p.prog.groups
	for c.start <= c.end {
		c.reset()
		c.ptr = c.start
		ok, err := m.search()
		if err != nil {
			vm.Decref(out)
			return nil, err
		}
		if !ok {
			break
		}
		var item Object
		switch groups {
		case 0:
			item = vm.reSlice(str, &subj, c.start, c.ptr)
		case 1:
			item = vm.groupSlice(c, str, &subj, 1, true)
		default:
			items := make([]Object, groups)
			for i := range items {
				items[i] = vm.groupSlice(c, str, &subj, i+1, true)
			}
			item = vm.NewTuple(items)
		}
		out.Items = append(out.Items, item)
		if c.ptr == c.start {
			c.start = c.ptr + 1
		} else {
			c.start = c.ptr
		}
	}
	return out, nil
}

// reSplit is Pattern.split.
func (vm *VM) reSplit(p *rePattern, args []Object, kw *Dict) (Object, *PyError) {
	n := len(args)
	if kw != nil {
		n += kw.Len()
	}
	if n > 2 {
		return nil, vm.typeErrorf("split() takes at most 2 positional arguments (%d given)", n)
	}
	var vals [3]Object
	copy(vals[:], args)
	if err := vm.kwOnly(kw, []string{"string", "maxsplit", "source"}, vals[:], len(args)); err != nil {
		return nil, err
	}
	maxsplit := 0
	if vals[1] != nil {
		var err *PyError
		if maxsplit, err = vm.ssizeArg(vals[1]); err != nil {
			return nil, err
		}
	}
	str := vals[0]
	if vals[2] != nil {
		if str != nil {
			return nil, vm.typeErrorf("Argument given by name ('source') and position (1)")
		}
		str = vals[2]
	}
	if str == nil {
		return nil, vm.typeErrorf("Required argument 'string' (pos 1) not found")
	}
	subj, err := vm.subjectOf(str)
	if err != nil {
		return nil, err
	}
	m := vm.matcher(p, &subj, 0, subj.len())
	defer p.release(m)
	c := m.core()
	out := vm.NewList(nil)
	count := 0
	last := c.start
	for maxsplit == 0 || count < maxsplit {
		c.reset()
		c.ptr = c.start
		ok, err := m.search()
		if err != nil {
			vm.Decref(out)
			return nil, err
		}
		if !ok {
			break
		}
		if c.start == c.ptr {
			// Empty matches do not split.
			if last == c.end || c.ptr == c.end {
				break
			}
			c.start = c.ptr + 1
			continue
		}
		out.Items = append(out.Items, vm.reSlice(str, &subj, last, c.start))
		for i := 1; i <= p.prog.groups; i++ {
			out.Items = append(out.Items, vm.groupSlice(c, str, &subj, i, false))
		}
		count++
		last = c.ptr
		c.start = c.ptr
	}
	out.Items = append(out.Items, vm.reSlice(str, &subj, last, c.endpos))
	return out, nil
}

// reSubArgs reads the arguments of Pattern.sub and Pattern.subn.
func (vm *VM) reSubArgs(p *rePattern, name string, args []Object, kw *Dict, subn bool) (Object, *PyError) {
	vals, err := vm.bindBuiltinArgs(name, args, kw, []string{"repl", "string", "count"}, 2)
	if err != nil {
		return nil, err
	}
	count := 0
	if vals[2] != nil {
		if count, err = vm.ssizeArg(vals[2]); err != nil {
			return nil, err
		}
	}
	return vm.reSub(p, vals[0], vals[1], count, subn)
}

// hasBackslash reports whether a replacement string may need template processing.
func hasBackslash(o Object) (literal, isString bool) {
	if s := asStr(o); s != nil {
		return strings.IndexByte(s.S, '\\') < 0, true
	}
	if u := asUnicode(o); u != nil {
		for _, c := range u.R {
			if c == '\\' {
				return false, true
			}
		}
		return true, true
	}
	return false, false
}

// reSub is Pattern.sub and Pattern.subn (pattern_subx): the replacement is a callable, a
// literal string, or a template with group references.
func (vm *VM) reSub(p *rePattern, repl, str Object, count int, subn bool) (Object, *PyError) {
	var filter, literal Object
	var tmpl *reTemplate
	if vm.isCallable(repl) {
		filter = repl
	} else if lit, _ := hasBackslash(repl); lit {
		literal = repl
	} else {
		t, err := vm.cachedTemplate(p, repl)
		if err != nil {
			return nil, err
		}
		defer t.release(vm)
		if len(t.parts) == 1 && !t.parts[0].isGroup {
			literal = t.parts[0].lit
		} else {
			tmpl = t
		}
	}
	subj, err := vm.subjectOf(str)
	if err != nil {
		return nil, err
	}
	m := vm.matcher(p, &subj, 0, subj.len())
	defer p.release(m)
	c := m.core()
	var pieces []Object
	fail := func(err *PyError) (Object, *PyError) {
		for _, o := range pieces {
			vm.Decref(o)
		}
		return nil, err
	}
	n, i := 0, 0
	for count == 0 || n < count {
		c.reset()
		c.ptr = c.start
		ok, err := m.search()
		if err != nil {
			return fail(err)
		}
		if !ok {
			break
		}
		b, e := c.start, c.ptr
		if i < b {
			pieces = append(pieces, vm.reSlice(str, &subj, i, b))
		} else if i == b && i == e && n > 0 {
			// an empty match next to the previous match is skipped
			goto next
		}
		switch {
		case filter != nil:
			mo := vm.newMatchObj(p, str, c)
			item, err := vm.Call(filter, []Object{mo}, nil)
			vm.Decref(mo)
			if err != nil {
				return fail(err)
			}
			if item == Object(None) {
				vm.Decref(item)
			} else {
				pieces = append(pieces, item)
			}
		case tmpl != nil:
			item, err := vm.expandTemplate(tmpl, p, str, func(g int) (Object, *PyError) {
				if g < 0 || g > p.prog.groups {
					return nil, vm.Raise(IndexErrorType, "no such group")
				}
				if g == 0 {
					return vm.reSlice(str, &subj, c.start, c.ptr), nil
				}
				j := 2 * (g - 1)
				if j+1 <= c.lastmark && c.marks[j] >= 0 && c.marks[j+1] >= 0 {
					return vm.reSlice(str, &subj, c.marks[j], c.marks[j+1]), nil
				}
				return noneRef(), nil
			})
			if err != nil {
				return fail(err)
			}
			pieces = append(pieces, item)
		default:
			pieces = append(pieces, newRef(literal))
		}
		i = e
		n++
	next:
		if c.ptr == c.end {
			break
		}
		if c.ptr == c.start {
			c.start = c.ptr + 1
		} else {
			c.start = c.ptr
		}
	}
	if i < c.endpos {
		pieces = append(pieces, vm.reSlice(str, &subj, i, c.endpos))
	}
	res, err := vm.joinPieces(vm.reSlice(str, &subj, 0, 0), pieces)
	if err != nil {
		return nil, err
	}
	if subn {
		return vm.NewTuple([]Object{res, vm.NewInt(int64(n))}), nil
	}
	return res, nil
}

// joinPieces is sep.join(pieces) (taking over sep and the pieces), concatenating directly
// when every piece has the separator's exact type.
func (vm *VM) joinPieces(sep Object, pieces []Object) (Object, *PyError) {
	if len(pieces) == 0 {
		return sep, nil
	}
	if len(pieces) == 1 {
		// join gives back a lone exact string item itself
		_, sepStr := sep.(*Str)
		switch pieces[0].(type) {
		case *Unicode:
			vm.Decref(sep)
			return pieces[0], nil
		case *Str:
			if sepStr {
				vm.Decref(sep)
				return pieces[0], nil
			}
		}
	}
	switch sep.(type) {
	case *Str:
		total := 0
		simple := true
		for _, o := range pieces {
			s, ok := o.(*Str)
			if !ok {
				simple = false
				break
			}
			total += len(s.S)
		}
		if simple {
			var b strings.Builder
			b.Grow(total)
			for _, o := range pieces {
				b.WriteString(o.(*Str).S)
				vm.Decref(o)
			}
			vm.Decref(sep)
			return vm.NewStr(b.String()), nil
		}
	case *Unicode:
		total := 0
		simple := true
		for _, o := range pieces {
			u, ok := o.(*Unicode)
			if !ok {
				simple = false
				break
			}
			total += len(u.R)
		}
		if simple {
			r := make([]rune, 0, total)
			for _, o := range pieces {
				r = append(r, o.(*Unicode).R...)
				vm.Decref(o)
			}
			vm.Decref(sep)
			return vm.NewUnicode(r), nil
		}
	}
	list := vm.NewList(pieces)
	res, err := vm.CallMethod(sep, "join", list)
	vm.Decref(list)
	vm.Decref(sep)
	return res, err
}

// reScanner is Pattern.scanner(string[, pos[, endpos]]).
func (vm *VM) reScanner(p *rePattern, args []Object) (*reScannerObj, *PyError) {
	if len(args) < 1 {
		return nil, vm.typeErrorf("scanner() takes at least 1 argument (0 given)")
	}
	if len(args) > 3 {
		return nil, vm.typeErrorf("scanner() takes at most 3 arguments (%d given)", len(args))
	}
	pos, endpos := 0, int(^uint(0)>>1)
	var err *PyError
	if len(args) > 1 {
		if pos, err = vm.ssizeArg(args[1]); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 {
		if endpos, err = vm.ssizeArg(args[2]); err != nil {
			return nil, err
		}
	}
	subj, err := vm.subjectOf(args[0])
	if err != nil {
		return nil, err
	}
	s := &reScannerObj{Header: gcsim.Header{RC: 1}, pattern: p, str: args[0], subj: subj}
	incref(p)
	incref(args[0])
	// The scanner keeps its own state: the pattern's spare states serve single calls.
	if subj.wide {
		st := &reState[rune]{}
		st.init(p.prog, subj.runes, pos, endpos)
		s.m = st
	} else {
		st := &reState[byte]{}
		st.init(p.prog, strBytes(subj.text), pos, endpos)
		s.m = st
	}
	vm.reTrack(s, 96)
	return s, nil
}

// scannerNext is the scanner's match or search: the next match after the previous one.
func (vm *VM) scannerNext(s *reScannerObj, search bool) (Object, *PyError) {
	if s.done || s.pattern == nil {
		return noneRef(), nil
	}
	c := s.m.core()
	c.vm = vm
	c.reset()
	c.ptr = c.start
	var ok bool
	var err *PyError
	if search {
		ok, err = s.m.search()
	} else {
		ok, err = s.m.match(0)
	}
	c.vm = nil
	if err != nil {
		return nil, err
	}
	var res Object
	if ok {
		res = vm.newMatchObj(s.pattern, s.str, c)
	} else {
		res = noneRef()
	}
	switch {
	case !ok:
		s.done = true
	case c.ptr != c.start:
		c.start = c.ptr
	case c.ptr != c.end:
		c.start = c.ptr + 1
	default:
		s.done = true
	}
	return res, nil
}
