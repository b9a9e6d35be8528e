// re_template.go handles the replacement templates of sub, subn and Match.expand (\1,
// \g<name>, \n and the other escapes, with sre_parse.parse_template's rules and messages),
// and prints the parsed form of a pattern compiled with re.DEBUG.
package vm

import (
	"strconv"
)

// reTemplatePart is a piece of a parsed template: literal text or a group reference.
type reTemplatePart struct {
	lit     Object // owned; a str or unicode like the template
	group   int
	isGroup bool
}

// reTemplate is a parsed replacement template.
type reTemplate struct {
	parts []reTemplatePart
}

func (t *reTemplate) release(vm *VM) {
	for _, p := range t.parts {
		vm.Xdecref(p.lit)
	}
	t.parts = nil
}

// parseTemplate parses a replacement template for pattern p.
func (vm *VM) parseTemplate(p *rePattern, tmpl Object) (*reTemplate, *PyError) {
	var src []rune
	wide := false
	if u := asUnicode(tmpl); u != nil {
		src, wide = u.R, true
	} else if s := asStr(tmpl); s != nil {
		src = make([]rune, len(s.S))
		for i := 0; i < len(s.S); i++ {
			src[i] = rune(s.S[i])
		}
	} else {
		return nil, vm.typeErrorf("object of type '%s' has no len()", tmpl.Type().Name)
	}
	makeText := func(r []rune) Object {
		if wide {
			return vm.NewUnicode(r)
		}
		b := make([]byte, len(r))
		for i, c := range r {
			b[i] = byte(c)
		}
		return vm.NewStr(string(b))
	}
	t := &reTemplate{}
	var lit []rune
	haveLit := false
	flush := func() {
		if haveLit {
			t.parts = append(t.parts, reTemplatePart{lit: makeText(lit)})
			lit, haveLit = nil, false
		}
	}
	literal := func(r ...rune) {
		lit = append(lit, r...)
		haveLit = true
	}
	group := func(g int) {
		flush()
		t.parts = append(t.parts, reTemplatePart{group: g, isGroup: true})
	}
	fail := func(e *PyError) (*reTemplate, *PyError) {
		t.release(vm)
		return nil, e
	}
	sreErr := func(msg string) (*reTemplate, *PyError) { return fail(vm.Raise(p.errCls, msg)) }
	tp := &reParser{src: src, unicode: wide}
	if err := tp.advance(); err != nil {
		return sreErr(err.msg)
	}
	for {
		tk, err := tp.get()
		if err != nil {
			return sreErr(err.msg)
		}
		if !tk.ok {
			break
		}
		if !tk.esc {
			literal(tk.c)
			continue
		}
		c := tk.c
		switch {
		case c == 'g':
			var name []rune
			open, err := tp.match('<')
			if err != nil {
				return sreErr(err.msg)
			}
			if open {
				for {
					ch, err := tp.get()
					if err != nil {
						return sreErr(err.msg)
					}
					if !ch.ok {
						return sreErr("unterminated group name")
					}
					if !ch.esc && ch.c == '>' {
						break
					}
					name = append(name, tokenText(ch)...)
				}
			}
			if len(name) == 0 {
				return sreErr("missing group name")
			}
			if v, ok := parseInt(name); ok {
				if v < 0 {
					return sreErr("negative group number")
				}
				group(int(min(v, 1<<31)))
				continue
			}
			if !reIsName(name) {
				return sreErr("bad character in group name")
			}
			key := makeText(name)
			v, gerr := p.groupindex.GetItem(vm, key)
			if gerr != nil {
				vm.Decref(key)
				return fail(gerr)
			}
			if v == nil {
				msg := "unknown group name: " + tp.repr(name)
				vm.Decref(key)
				return fail(vm.Raise(IndexErrorType, msg))
			}
			vm.Decref(key)
			g := -1
			if iv, ok := v.(*Int); ok {
				g = clampGroup(iv.V)
			}
			group(g)
		case c == '0':
			digits := []rune{'0'}
			for k := 0; k < 2 && tp.nextIn(reOctDigits); k++ {
				ch, err := tp.get()
				if err != nil {
					return sreErr(err.msg)
				}
				digits = append(digits, ch.c)
			}
			literal(digitsValue(digits, 8) & 0xff)
		case c >= '1' && c <= '9':
			digits := []rune{c}
			octal := false
			if tp.nextIn(reDigits) {
				ch, err := tp.get()
				if err != nil {
					return sreErr(err.msg)
				}
				digits = append(digits, ch.c)
				if c <= '7' && digits[1] <= '7' && tp.nextIn(reOctDigits) {
					ch, err := tp.get()
					if err != nil {
						return sreErr(err.msg)
					}
					digits = append(digits, ch.c)
					octal = true
					literal(digitsValue(digits, 8) & 0xff)
				}
			}
			if !octal {
				group(int(digitsValue(digits, 10)))
			}
		default:
			if e, ok := simpleEscape(c); ok {
				literal(e)
			} else {
				literal('\\', c)
			}
		}
	}
	flush()
	return t, nil
}

// reMaxCache is the size at which re's caches are emptied.
const reMaxCache = 100

// cachedTemplate is sub's parsed template, through re._cache_repl as re._compile_repl
// keeps it: by (template, pattern), so that a str and a unicode template of the same
// ASCII text share their parse.
func (vm *VM) cachedTemplate(p *rePattern, repl Object) (*reTemplate, *PyError) {
	key := vm.NewTupleRefs(repl, p)
	defer vm.Decref(key)
	cached, err := p.replCache.GetItem(vm, key)
	if err != nil {
		return nil, err
	}
	if tup, ok := cached.(*Tuple); ok {
		t := &reTemplate{parts: make([]reTemplatePart, len(tup.Items))}
		for i, it := range tup.Items {
			if g, ok := it.(*Int); ok {
				t.parts[i] = reTemplatePart{group: int(g.V), isGroup: true}
			} else {
				t.parts[i] = reTemplatePart{lit: newRef(it)}
			}
		}
		return t, nil
	}
	t, err := vm.parseTemplate(p, repl)
	if err != nil {
		return nil, err
	}
	items := make([]Object, len(t.parts))
	for i, part := range t.parts {
		if part.isGroup {
			items[i] = vm.NewInt(int64(part.group))
		} else {
			items[i] = newRef(part.lit)
		}
	}
	tup := vm.NewTuple(items)
	if p.replCache.Len() >= reMaxCache {
		p.replCache.Clear(vm)
	}
	err = p.replCache.SetItem(vm, key, tup)
	vm.Decref(tup)
	if err != nil {
		t.release(vm)
		return nil, err
	}
	return t, nil
}

// expandTemplate fills a template with the groups of a match (given by group, which
// raises IndexError for a group the pattern does not have) and joins the pieces with the
// subject's empty string.
func (vm *VM) expandTemplate(t *reTemplate, p *rePattern, str Object, group func(int) (Object, *PyError)) (Object, *PyError) {
	subj, err := vm.subjectOf(str)
	if err != nil {
		return nil, err
	}
	pieces := make([]Object, 0, len(t.parts))
	release := func() {
		for _, o := range pieces {
			vm.Decref(o)
		}
	}
	for _, part := range t.parts {
		if !part.isGroup {
			pieces = append(pieces, newRef(part.lit))
			continue
		}
		v, err := group(part.group)
		if err != nil {
			release()
			if err.Matches(IndexErrorType) {
				err.release(vm)
				return nil, vm.Raise(p.errCls, "invalid group reference")
			}
			return nil, err
		}
		if v == Object(None) {
			vm.Decref(v)
			release()
			return nil, vm.Raise(p.errCls, "unmatched group")
		}
		pieces = append(pieces, v)
	}
	return vm.joinPieces(vm.reSlice(str, &subj, 0, 0), pieces)
}

// reDump prints a parsed pattern as sre_parse's dump does for re.DEBUG.
func (vm *VM) reDump(seq *reSeq) *PyError {
	d := &reDumper{vm: vm}
	d.seq(seq, 0)
	return d.err
}

// reDumper prints with the print statement's rules (items separated by soft spaces).
type reDumper struct {
	vm  *VM
	err *PyError
}

func (d *reDumper) item(s string) {
	if d.err != nil {
		return
	}
	o := d.vm.NewStr(s)
	d.err = d.vm.printItem(nil, o)
	d.vm.Decref(o)
}

func (d *reDumper) newline() {
	if d.err == nil {
		d.err = d.vm.printNewline(nil)
	}
}

func indent(level int) string {
	b := make([]byte, 2*level)
	for i := range b {
		b[i] = ' '
	}
	return string(b)
}

var reAtNames = [...]string{"at_beginning", "at_beginning_line", "at_beginning_string",
	"at_boundary", "at_non_boundary", "at_end", "at_end_line", "at_end_string",
	"at_loc_boundary", "at_loc_non_boundary", "at_uni_boundary", "at_uni_non_boundary"}

var reCategoryNames = [...]string{"category_digit", "category_not_digit", "category_space",
	"category_not_space", "category_word", "category_not_word", "category_linebreak",
	"category_not_linebreak", "category_loc_word", "category_loc_not_word",
	"category_uni_digit", "category_uni_not_digit", "category_uni_space",
	"category_uni_not_space", "category_uni_word", "category_uni_not_word",
	"category_uni_linebreak", "category_uni_not_linebreak"}

func (d *reDumper) seq(s *reSeq, level int) {
	pad := indent(level)
	for _, n := range s.items {
		switch n.op {
		case reLiteral:
			d.item(pad + "literal")
			d.item(strconv.Itoa(int(n.ch)))
			d.newline()
		case reNotLiteral:
			d.item(pad + "not_literal")
			d.item(strconv.Itoa(int(n.ch)))
			d.newline()
		case reAny:
			d.item(pad + "any")
			d.item("None")
			d.newline()
		case reAt:
			d.item(pad + "at")
			d.item(reAtNames[n.at])
			d.newline()
		case reGroupref:
			d.item(pad + "groupref")
			d.item(strconv.Itoa(n.group))
			d.newline()
		case reIn:
			d.item(pad + "in")
			d.newline()
			for _, it := range n.set {
				sub := indent(level + 1)
				switch it.kind {
				case reSetNegate:
					d.item(sub + "negate")
					d.item("None")
				case reSetLiteral:
					d.item(sub + "literal")
					d.item(strconv.Itoa(int(it.lo)))
				case reSetRange:
					d.item(sub + "range")
					d.item("(" + strconv.Itoa(int(it.lo)) + ", " + strconv.Itoa(int(it.hi)) + ")")
				case reSetCategory:
					d.item(sub + "category")
					d.item(reCategoryNames[it.cat])
				}
				d.newline()
			}
		case reBranch:
			d.item(pad + "branch")
			d.newline()
			for i, a := range n.alts {
				if i > 0 {
					d.item(pad + "or")
					d.newline()
				}
				d.seq(a, level+1)
			}
		case reGrouprefExists:
			d.item(pad + "groupref_exists")
			d.item(strconv.Itoa(n.group))
			d.newline()
			d.seq(n.body, level+1)
			if n.no != nil && len(n.no.items) > 0 {
				d.item(pad + "else")
				d.newline()
				d.seq(n.no, level+1)
			}
		case reSubpattern:
			d.item(pad + "subpattern")
			if n.group == 0 {
				d.item("None")
			} else {
				d.item(strconv.Itoa(n.group))
			}
			d.newline()
			d.seq(n.body, level+1)
		case reMaxRepeatOp, reMinRepeatOp:
			name := "max_repeat"
			if n.op == reMinRepeatOp {
				name = "min_repeat"
			}
			d.item(pad + name)
			d.item(strconv.FormatUint(uint64(n.min), 10))
			d.item(strconv.FormatUint(uint64(n.max), 10))
			d.newline()
			d.seq(n.body, level+1)
		case reAssert, reAssertNot:
			name := "assert"
			if n.op == reAssertNot {
				name = "assert_not"
			}
			d.item(pad + name)
			d.item(strconv.Itoa(int(n.dir)))
			d.newline()
			d.seq(n.body, level+1)
		}
	}
}
