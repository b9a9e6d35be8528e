// re_parse.go parses regular expressions with the syntax and the error messages of Python
// 2.7's sre_parse: it turns a pattern's characters into a tree of reNodes (the sre
// "subpattern" lists) that re_compile.go turns into code. Inline flags apply to the whole
// pattern, as in 2.7, and a pattern that switches on VERBOSE inside is parsed again with the
// flag from the start.
package vm

import (
	"strconv"
)

// The regular expression flags (sre_constants.SRE_FLAG_*).
const (
	reFlagTemplate   = 1
	reFlagIgnoreCase = 2
	reFlagLocale     = 4
	reFlagMultiline  = 8
	reFlagDotAll     = 16
	reFlagUnicode    = 32
	reFlagVerbose    = 64
	reFlagDebug      = 128
)

// reMaxRepeat is sre's MAXREPEAT: the bound of an unbounded repeat, and one more than the
// largest count a pattern may give.
const reMaxRepeat = 1<<32 - 1

// reMaxGroups is the number of groups beyond which compiling fails, as in 2.7.
const reMaxGroups = 100

// reOp is the kind of a node of a parsed pattern.
type reOp uint8

const (
	reLiteral        reOp = iota + 1 // ch
	reNotLiteral                     // ch
	reAny                            // .
	reIn                             // a character set
	reAt                             // an anchor: at
	reBranch                         // alts
	reSubpattern                     // a group (group 0: not capturing): body
	reMaxRepeatOp                    // greedy repeat of body, min..max
	reMinRepeatOp                    // lazy repeat
	reGroupref                       // \1, (?P=name): group
	reGrouprefExists                 // (?(group)yes|no)
	reAssert                         // lookaround (dir 1 ahead, -1 behind): body
	reAssertNot
)

// reAtCode is the position an anchor tests.
type reAtCode uint8

const (
	reAtBeginning reAtCode = iota
	reAtBeginningLine
	reAtBeginningString
	reAtBoundary
	reAtNonBoundary
	reAtEnd
	reAtEndLine
	reAtEndString
	reAtLocBoundary
	reAtLocNonBoundary
	reAtUniBoundary
	reAtUniNonBoundary
)

// reCategory is a class of characters (\d, \w, ...) in the flavour chosen by the flags.
type reCategory uint8

const (
	reCatDigit reCategory = iota
	reCatNotDigit
	reCatSpace
	reCatNotSpace
	reCatWord
	reCatNotWord
	reCatLinebreak
	reCatNotLinebreak
	reCatLocWord
	reCatLocNotWord
	reCatUniDigit
	reCatUniNotDigit
	reCatUniSpace
	reCatUniNotSpace
	reCatUniWord
	reCatUniNotWord
	reCatUniLinebreak
	reCatUniNotLinebreak
)

// reSetKind is the kind of one member of a character set.
type reSetKind uint8

const (
	reSetNegate reSetKind = iota + 1
	reSetLiteral
	reSetRange
	reSetCategory
)

// reSetItem is one member of a character set: a literal (lo), a range lo..hi, a category,
// or the negation marker (first when present).
type reSetItem struct {
	kind   reSetKind
	lo, hi rune
	cat    reCategory
}

// reNode is one item of a parsed pattern.
type reNode struct {
	op       reOp
	ch       rune // reLiteral, reNotLiteral
	set      []reSetItem
	at       reAtCode
	group    int // reSubpattern (0: not capturing), reGroupref, reGrouprefExists
	min, max uint32
	body     *reSeq // reSubpattern, repeats (a sequence of one item), asserts
	alts     []*reSeq
	no       *reSeq // reGrouprefExists: the no branch (nil when absent); yes is body
	dir      int8   // asserts: 1 ahead, -1 behind
}

// reSeq is a sequence of items (sre_parse's SubPattern).
type reSeq struct {
	items    []*reNode
	width    [2]uint64
	hasWidth bool
}

// reErrKind is the Python exception class a failed compilation raises.
type reErrKind uint8

const (
	reErrSre       reErrKind = iota // sre_constants.error
	reErrOverflow                   // OverflowError
	reErrRuntime                    // RuntimeError
	reErrAssertion                  // AssertionError
	reErrIndex                      // IndexError
)

// reError is a compilation failure.
type reError struct {
	kind reErrKind
	msg  string
}

func reErr(msg string) *reError { return &reError{kind: reErrSre, msg: msg} }

// reToken is one token of a pattern: a character, or a backslash and the character after it.
type reToken struct {
	c   rune
	esc bool
	ok  bool // false at the end of the pattern
}

// reParser holds the state of one parse: the tokenizer and the pattern's global state
// (sre_parse's Tokenizer and Pattern).
type reParser struct {
	src     []rune
	unicode bool // the pattern is a unicode string (names and messages are unicode)
	index   int
	next    reToken

	flags      int
	groups     int // the next group number
	open       []int
	names      []reGroupName
	lookbehind int

	// depth counts the nested calls of the parsing functions, each standing for a frame
	// of sre_parse's recursive descent; beyond maxDepth the parse fails as CPython's does
	// at its recursion limit.
	depth, maxDepth int
}

// reGroupName is a named group, in the order the names appear.
type reGroupName struct {
	name  []rune
	group int
}

// reParsed is the result of parsing a pattern.
type reParsed struct {
	seq    *reSeq
	flags  int // the flags given and the inline ones
	groups int // number of groups + 1
	names  []reGroupName
}

// reParse parses a pattern (its characters: bytes for a str, code points for a unicode).
// maxDepth bounds the nesting of groups: sre_parse recurses on them and fails with
// RuntimeError when Python's recursion limit is reached.
func reParse(src []rune, unicode bool, flags int, maxDepth int) (*reParsed, *reError) {
	p := &reParser{src: src, unicode: unicode, flags: flags, groups: 1, maxDepth: maxDepth}
	if err := p.advance(); err != nil {
		return nil, err
	}
	seq, err := p.parseSub(0)
	if err != nil {
		return nil, err
	}
	tail, err := p.get()
	if err != nil {
		return nil, err
	}
	if tail.ok {
		if !tail.esc && tail.c == ')' {
			return nil, reErr("unbalanced parenthesis")
		}
		return nil, reErr("bogus characters at end of regular expression")
	}
	if flags&reFlagVerbose == 0 && p.flags&reFlagVerbose != 0 {
		// VERBOSE was switched on inside: parse again with it from the start.
		return reParse(src, unicode, p.flags, maxDepth)
	}
	return &reParsed{seq: seq, flags: p.flags, groups: p.groups, names: p.names}, nil
}

// advance reads the next token (Tokenizer.__next).
func (p *reParser) advance() *reError {
	if p.index >= len(p.src) {
		p.next = reToken{}
		return nil
	}
	c := p.src[p.index]
	if c == '\\' {
		if p.index+1 >= len(p.src) {
			return reErr("bogus escape (end of line)")
		}
		p.next = reToken{c: p.src[p.index+1], esc: true, ok: true}
		p.index += 2
		return nil
	}
	p.next = reToken{c: c, ok: true}
	p.index++
	return nil
}

// get returns the next token and moves past it.
func (p *reParser) get() (reToken, *reError) {
	t := p.next
	return t, p.advance()
}

// nextIs reports whether the next token is the plain character c.
func (p *reParser) nextIs(c rune) bool { return p.next.ok && !p.next.esc && p.next.c == c }

// match moves past the next token when it is the plain character c.
func (p *reParser) match(c rune) (bool, *reError) {
	if p.nextIs(c) {
		return true, p.advance()
	}
	return false, nil
}

// nextIn reports whether the next token is a plain character of set.
func (p *reParser) nextIn(set string) bool {
	if !p.next.ok || p.next.esc {
		return false
	}
	for _, c := range set {
		if p.next.c == c {
			return true
		}
	}
	return false
}

// tokenText is a token as the characters it was written with.
func tokenText(t reToken) []rune {
	if t.esc {
		return []rune{'\\', t.c}
	}
	return []rune{t.c}
}

// repr is repr() of a piece of the pattern, as a str or a unicode like the pattern.
func (p *reParser) repr(r []rune) string {
	if p.unicode {
		return unicodeRepr(r)
	}
	b := make([]byte, len(r))
	for i, c := range r {
		b[i] = byte(c)
	}
	return strRepr(string(b))
}

const (
	reDigits    = "0123456789"
	reOctDigits = "01234567"
	reHexDigits = "0123456789abcdefABCDEF"
)

func reIsIdent(c rune) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }

// reIsName reports whether a group name is an identifier (ASCII letters, digits, _).
func reIsName(name []rune) bool {
	if len(name) == 0 || !reIsIdent(name[0]) {
		return false
	}
	for _, c := range name[1:] {
		if !reIsIdent(c) && !(c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// parseInt is Python's int() of a group number written in a pattern: surrounding
// whitespace, a sign and decimal digits (of any script for a unicode pattern).
func parseInt(s []rune) (int64, bool) {
	i, j := 0, len(s)
	isSpace := func(c rune) bool { return c == ' ' || c >= '\t' && c <= '\r' || c > 127 && uniIsSpace(c) }
	for i < j && isSpace(s[i]) {
		i++
	}
	for j > i && isSpace(s[j-1]) {
		j--
	}
	neg := false
	if i < j && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	if i == j {
		return 0, false
	}
	var n int64
	for ; i < j; i++ {
		c := s[i]
		d := -1
		if c >= '0' && c <= '9' {
			d = int(c - '0')
		} else if c > 127 && uniIsDecimal(c) {
			d = uniDecimalValue(c)
		}
		if d < 0 {
			return 0, false
		}
		if n < 1<<40 {
			n = n*10 + int64(d)
		}
	}
	if neg {
		n = -n
	}
	return n, true
}

// openGroup allocates the next group number, registering its name.
func (p *reParser) openGroup(name []rune) (int, *reError) {
	gid := p.groups
	p.groups++
	if name != nil {
		for _, n := range p.names {
			if string(n.name) == string(name) {
				return 0, reErr("redefinition of group name " + p.repr(name) + " as group " +
					strconv.Itoa(gid) + "; was group " + strconv.Itoa(n.group))
			}
		}
		p.names = append(p.names, reGroupName{name: name, group: gid})
	}
	p.open = append(p.open, gid)
	return gid, nil
}

func (p *reParser) closeGroup(gid int) {
	for i, g := range p.open {
		if g == gid {
			p.open = append(p.open[:i], p.open[i+1:]...)
			return
		}
	}
}

func (p *reParser) checkGroup(gid int) bool {
	if gid >= p.groups {
		return false
	}
	for _, g := range p.open {
		if g == gid {
			return false
		}
	}
	return true
}

func (p *reParser) groupByName(name []rune) (int, bool) {
	for _, n := range p.names {
		if string(n.name) == string(name) {
			return n.group, true
		}
	}
	return 0, false
}

// categoryEscape is the node of \A \b \B \d \D \s \S \w \W \Z outside a set.
func categoryEscape(c rune) (*reNode, bool) {
	cat := func(k reCategory) *reNode {
		return &reNode{op: reIn, set: []reSetItem{{kind: reSetCategory, cat: k}}}
	}
	switch c {
	case 'A':
		return &reNode{op: reAt, at: reAtBeginningString}, true
	case 'b':
		return &reNode{op: reAt, at: reAtBoundary}, true
	case 'B':
		return &reNode{op: reAt, at: reAtNonBoundary}, true
	case 'Z':
		return &reNode{op: reAt, at: reAtEndString}, true
	case 'd':
		return cat(reCatDigit), true
	case 'D':
		return cat(reCatNotDigit), true
	case 's':
		return cat(reCatSpace), true
	case 'S':
		return cat(reCatNotSpace), true
	case 'w':
		return cat(reCatWord), true
	case 'W':
		return cat(reCatNotWord), true
	}
	return nil, false
}

// simpleEscape is the character of \a \b \f \n \r \t \v \\ (sre_parse.ESCAPES).
func simpleEscape(c rune) (rune, bool) {
	switch c {
	case 'a':
		return '\a', true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	case 'v':
		return '\v', true
	case '\\':
		return '\\', true
	}
	return 0, false
}

func digitsValue(s []rune, base int) rune {
	v := 0
	for _, c := range s {
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c >= 'a' && c <= 'f':
			d = int(c-'a') + 10
		default:
			d = int(c-'A') + 10
		}
		v = v*base + d
	}
	return rune(v)
}

// classEscape handles an escape inside a set; the node is a literal or a category set.
func (p *reParser) classEscape(t reToken) (*reNode, *reError) {
	if c, ok := simpleEscape(t.c); ok {
		return &reNode{op: reLiteral, ch: c}, nil
	}
	if n, ok := categoryEscape(t.c); ok && n.op == reIn {
		return n, nil
	}
	escape := tokenText(t)
	switch {
	case t.c == 'x':
		for p.nextIn(reHexDigits) && len(escape) < 4 {
			tk, err := p.get()
			if err != nil {
				return nil, err
			}
			escape = append(escape, tk.c)
		}
		digits := escape[2:]
		if len(digits) != 2 {
			return nil, reErr("bogus escape: " + p.repr(append([]rune{'\\'}, digits...)))
		}
		return &reNode{op: reLiteral, ch: digitsValue(digits, 16) & 0xff}, nil
	case t.c >= '0' && t.c <= '7':
		for p.nextIn(reOctDigits) && len(escape) < 4 {
			tk, err := p.get()
			if err != nil {
				return nil, err
			}
			escape = append(escape, tk.c)
		}
		return &reNode{op: reLiteral, ch: digitsValue(escape[1:], 8) & 0xff}, nil
	case t.c == '8' || t.c == '9':
		return nil, reErr("bogus escape: " + p.repr(escape))
	}
	return &reNode{op: reLiteral, ch: t.c}, nil
}

// escape handles an escape outside a set.
func (p *reParser) escape(t reToken) (*reNode, *reError) {
	if n, ok := categoryEscape(t.c); ok {
		return n, nil
	}
	if c, ok := simpleEscape(t.c); ok {
		return &reNode{op: reLiteral, ch: c}, nil
	}
	escape := tokenText(t)
	bogus := func() (*reNode, *reError) { return nil, reErr("bogus escape: " + p.repr(escape)) }
	take := func() *reError {
		tk, err := p.get()
		if err == nil {
			escape = append(escape, tk.c)
		}
		return err
	}
	switch {
	case t.c == 'x':
		for p.nextIn(reHexDigits) && len(escape) < 4 {
			if err := take(); err != nil {
				return nil, err
			}
		}
		if len(escape) != 4 {
			return bogus()
		}
		return &reNode{op: reLiteral, ch: digitsValue(escape[2:], 16) & 0xff}, nil
	case t.c == '0':
		for p.nextIn(reOctDigits) && len(escape) < 4 {
			if err := take(); err != nil {
				return nil, err
			}
		}
		return &reNode{op: reLiteral, ch: digitsValue(escape[1:], 8) & 0xff}, nil
	case t.c >= '1' && t.c <= '9':
		// An octal escape or a group reference.
		if p.nextIn(reDigits) {
			if err := take(); err != nil {
				return nil, err
			}
			if escape[1] <= '7' && escape[2] <= '7' && p.nextIn(reOctDigits) {
				if err := take(); err != nil {
					return nil, err
				}
				return &reNode{op: reLiteral, ch: digitsValue(escape[1:], 8) & 0xff}, nil
			}
		}
		group := int(digitsValue(escape[1:], 10))
		if group < p.groups {
			if !p.checkGroup(group) {
				return nil, reErr("cannot refer to open group")
			}
			return &reNode{op: reGroupref, group: group}, nil
		}
		return bogus()
	}
	return &reNode{op: reLiteral, ch: t.c}, nil
}

// enter counts a level of the recursive descent.
func (p *reParser) enter() *reError {
	p.depth++
	if p.depth > p.maxDepth {
		return &reError{kind: reErrRuntime, msg: "maximum recursion depth exceeded"}
	}
	return nil
}

// parseSub parses an alternation a|b|c (_parse_sub).
func (p *reParser) parseSub(nested int) (*reSeq, *reError) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	var items []*reSeq
	for {
		item, err := p.parseSeq(nested + 1)
		if err != nil {
			return nil, err
		}
		items = append(items, item)
		more, err := p.match('|')
		if err != nil {
			return nil, err
		}
		if more {
			continue
		}
		if nested == 0 {
			break
		}
		if !p.next.ok || p.nextIs(')') {
			break
		}
		return nil, reErr("pattern not properly closed")
	}
	if len(items) == 1 {
		return items[0], nil
	}
	seq := &reSeq{}
	// Move a prefix common to every alternative out of the branch.
	for {
		var prefix *reNode
		common := true
		for _, it := range items {
			if len(it.items) == 0 {
				common = false
				break
			}
			if prefix == nil {
				prefix = it.items[0]
			} else if !reNodesEqual(prefix, it.items[0]) {
				common = false
				break
			}
		}
		if !common {
			break
		}
		for _, it := range items {
			it.items = it.items[1:]
		}
		seq.items = append(seq.items, prefix)
	}
	// Alternatives of one literal each make a set.
	allLiterals := true
	for _, it := range items {
		if len(it.items) != 1 || it.items[0].op != reLiteral {
			allLiterals = false
			break
		}
	}
	if allLiterals {
		set := make([]reSetItem, len(items))
		for i, it := range items {
			set[i] = reSetItem{kind: reSetLiteral, lo: it.items[0].ch}
		}
		seq.items = append(seq.items, &reNode{op: reIn, set: set})
		return seq, nil
	}
	seq.items = append(seq.items, &reNode{op: reBranch, alts: items})
	return seq, nil
}

// reNodesEqual is the equality of sre_parse's (op, av) tuples: items holding subpatterns
// are equal only to themselves.
func reNodesEqual(a, b *reNode) bool {
	if a == b {
		return true
	}
	if a.op != b.op {
		return false
	}
	switch a.op {
	case reLiteral, reNotLiteral:
		return a.ch == b.ch
	case reAny:
		return true
	case reAt:
		return a.at == b.at
	case reGroupref:
		return a.group == b.group
	case reIn:
		if len(a.set) != len(b.set) {
			return false
		}
		for i := range a.set {
			if a.set[i] != b.set[i] {
				return false
			}
		}
		return true
	}
	return false
}

// parseSubCond parses the branches of (?(group)yes|no).
func (p *reParser) parseSubCond(condgroup int, nested int) (*reSeq, *reError) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	yes, err := p.parseSeq(nested + 1)
	if err != nil {
		return nil, err
	}
	var no *reSeq
	more, err := p.match('|')
	if err != nil {
		return nil, err
	}
	if more {
		if no, err = p.parseSeq(nested + 1); err != nil {
			return nil, err
		}
		if p.nextIs('|') {
			return nil, reErr("conditional backref with more than two branches")
		}
	}
	if p.next.ok && !p.nextIs(')') {
		return nil, reErr("pattern not properly closed")
	}
	return &reSeq{items: []*reNode{{op: reGrouprefExists, group: condgroup, body: yes, no: no}}}, nil
}

// parseSeq parses a sequence of items up to | or ) or the end (_parse).
func (p *reParser) parseSeq(nested int) (*reSeq, *reError) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	seq := &reSeq{}
	for {
		if p.nextIs('|') || p.nextIs(')') {
			break
		}
		t, err := p.get()
		if err != nil {
			return nil, err
		}
		if !t.ok {
			break
		}
		if p.flags&reFlagVerbose != 0 && !t.esc {
			if t.c == ' ' || t.c == '\t' || t.c == '\n' || t.c == '\r' || t.c == '\v' || t.c == '\f' {
				continue
			}
			if t.c == '#' {
				for {
					t, err = p.get()
					if err != nil {
						return nil, err
					}
					if !t.ok || !t.esc && t.c == '\n' {
						break
					}
				}
				continue
			}
		}
		if t.esc {
			n, err := p.escape(t)
			if err != nil {
				return nil, err
			}
			seq.items = append(seq.items, n)
			continue
		}
		switch t.c {
		case '[':
			n, err := p.parseSet()
			if err != nil {
				return nil, err
			}
			seq.items = append(seq.items, n)
		case '*', '+', '?', '{':
			if err := p.parseRepeat(seq, t.c); err != nil {
				return nil, err
			}
		case '.':
			seq.items = append(seq.items, &reNode{op: reAny})
		case '(':
			if err := p.parseGroup(seq, nested); err != nil {
				return nil, err
			}
		case '^':
			seq.items = append(seq.items, &reNode{op: reAt, at: reAtBeginning})
		case '$':
			seq.items = append(seq.items, &reNode{op: reAt, at: reAtEnd})
		default:
			seq.items = append(seq.items, &reNode{op: reLiteral, ch: t.c})
		}
	}
	return seq, nil
}

// parseSet parses a character set after its [.
func (p *reParser) parseSet() (*reNode, *reError) {
	var set []reSetItem
	negated, err := p.match('^')
	if err != nil {
		return nil, err
	}
	if negated {
		set = append(set, reSetItem{kind: reSetNegate})
	}
	start := len(set)
	item := func(n *reNode) reSetItem {
		if n.op == reIn {
			return n.set[0]
		}
		return reSetItem{kind: reSetLiteral, lo: n.ch}
	}
	for {
		t, err := p.get()
		if err != nil {
			return nil, err
		}
		if t.ok && !t.esc && t.c == ']' && len(set) != start {
			break
		}
		var code1 *reNode
		switch {
		case !t.ok:
			return nil, reErr("unexpected end of regular expression")
		case t.esc:
			if code1, err = p.classEscape(t); err != nil {
				return nil, err
			}
		default:
			code1 = &reNode{op: reLiteral, ch: t.c}
		}
		dash, err := p.match('-')
		if err != nil {
			return nil, err
		}
		if !dash {
			set = append(set, item(code1))
			continue
		}
		t, err = p.get()
		if err != nil {
			return nil, err
		}
		if t.ok && !t.esc && t.c == ']' {
			set = append(set, item(code1), reSetItem{kind: reSetLiteral, lo: '-'})
			break
		}
		if !t.ok {
			return nil, reErr("unexpected end of regular expression")
		}
		var code2 *reNode
		if t.esc {
			if code2, err = p.classEscape(t); err != nil {
				return nil, err
			}
		} else {
			code2 = &reNode{op: reLiteral, ch: t.c}
		}
		if code1.op != reLiteral || code2.op != reLiteral {
			return nil, reErr("bad character range")
		}
		if code2.ch < code1.ch {
			return nil, reErr("bad character range")
		}
		set = append(set, reSetItem{kind: reSetRange, lo: code1.ch, hi: code2.ch})
	}
	if len(set) == 1 && set[0].kind == reSetLiteral {
		return &reNode{op: reLiteral, ch: set[0].lo}, nil
	}
	if len(set) == 2 && set[0].kind == reSetNegate && set[1].kind == reSetLiteral {
		return &reNode{op: reNotLiteral, ch: set[1].lo}, nil
	}
	return &reNode{op: reIn, set: set}, nil
}

// parseRepeat applies the repeat operator c to the last item of seq.
func (p *reParser) parseRepeat(seq *reSeq, c rune) *reError {
	var min, max uint64
	switch c {
	case '?':
		min, max = 0, 1
	case '*':
		min, max = 0, reMaxRepeat
	case '+':
		min, max = 1, reMaxRepeat
	case '{':
		if p.nextIs('}') {
			seq.items = append(seq.items, &reNode{op: reLiteral, ch: '{'})
			return nil
		}
		hereIndex, hereNext := p.index, p.next
		min, max = 0, reMaxRepeat
		var lo, hi []rune
		for p.nextIn(reDigits) {
			lo = append(lo, p.next.c)
			if err := p.advance(); err != nil {
				return err
			}
		}
		comma, err := p.match(',')
		if err != nil {
			return err
		}
		if comma {
			for p.nextIn(reDigits) {
				hi = append(hi, p.next.c)
				if err := p.advance(); err != nil {
					return err
				}
			}
		} else {
			hi = lo
		}
		closed, err := p.match('}')
		if err != nil {
			return err
		}
		if !closed {
			seq.items = append(seq.items, &reNode{op: reLiteral, ch: '{'})
			p.index, p.next = hereIndex, hereNext
			return nil
		}
		tooLarge := &reError{kind: reErrOverflow, msg: "the repetition number is too large"}
		if len(lo) > 0 {
			v, ok := decimalValue(lo)
			if !ok || v >= reMaxRepeat {
				return tooLarge
			}
			min = v
		}
		if len(hi) > 0 {
			v, ok := decimalValue(hi)
			if !ok || v >= reMaxRepeat {
				return tooLarge
			}
			max = v
			if max < min {
				return reErr("bad repeat interval")
			}
		}
	}
	if len(seq.items) == 0 || seq.items[len(seq.items)-1].op == reAt {
		return reErr("nothing to repeat")
	}
	last := seq.items[len(seq.items)-1]
	if last.op == reMaxRepeatOp || last.op == reMinRepeatOp {
		return reErr("multiple repeat")
	}
	op := reMaxRepeatOp
	lazy, err := p.match('?')
	if err != nil {
		return err
	}
	if lazy {
		op = reMinRepeatOp
	}
	seq.items[len(seq.items)-1] = &reNode{op: op, min: uint32(min), max: uint32(max),
		body: &reSeq{items: []*reNode{last}}}
	return nil
}

// decimalValue reads ASCII digits; false when the value does not fit 63 bits.
func decimalValue(s []rune) (uint64, bool) {
	var v uint64
	for _, c := range s {
		if v > (1<<63)/10 {
			return 0, false
		}
		v = v*10 + uint64(c-'0')
	}
	return v, true
}

// readName reads a group name up to the terminator.
func (p *reParser) readName(end rune) ([]rune, *reError) {
	name := []rune{}
	for {
		t, err := p.get()
		if err != nil {
			return nil, err
		}
		if !t.ok {
			return nil, reErr("unterminated name")
		}
		if !t.esc && t.c == end {
			return name, nil
		}
		name = append(name, tokenText(t)...)
	}
}

// parseGroup parses what follows a (.
func (p *reParser) parseGroup(seq *reSeq, nested int) *reError {
	isExt, err := p.match('?')
	if err != nil {
		return err
	}
	if !isExt {
		return p.parseGroupBody(seq, nested, true, nil, 0)
	}
	if ok, err := p.match('P'); err != nil || ok {
		if err != nil {
			return err
		}
		return p.parsePExtension(seq, nested)
	}
	if ok, err := p.match(':'); err != nil || ok {
		if err != nil {
			return err
		}
		return p.parseGroupBody(seq, nested, false, nil, 0)
	}
	if ok, err := p.match('#'); err != nil || ok {
		if err != nil {
			return err
		}
		for p.next.ok && !p.nextIs(')') {
			if err := p.advance(); err != nil {
				return err
			}
		}
		return p.expectClose()
	}
	if p.nextIn("=!<") {
		return p.parseLookaround(seq, nested)
	}
	if ok, err := p.match('('); err != nil || ok {
		if err != nil {
			return err
		}
		condgroup, err := p.parseCondGroup()
		if err != nil {
			return err
		}
		return p.parseGroupBody(seq, nested, false, nil, condgroup)
	}
	// Inline flags, which apply to the whole pattern; nothing may follow them.
	if !p.nextIn("iLmsxtu") {
		return reErr("unexpected end of pattern")
	}
	for p.nextIn("iLmsxtu") {
		switch p.next.c {
		case 'i':
			p.flags |= reFlagIgnoreCase
		case 'L':
			p.flags |= reFlagLocale
		case 'm':
			p.flags |= reFlagMultiline
		case 's':
			p.flags |= reFlagDotAll
		case 'x':
			p.flags |= reFlagVerbose
		case 't':
			p.flags |= reFlagTemplate
		case 'u':
			p.flags |= reFlagUnicode
		}
		if err := p.advance(); err != nil {
			return err
		}
	}
	t, err := p.get()
	if err != nil {
		return err
	}
	if !t.ok {
		return reErr("unexpected end of pattern")
	}
	if t.esc || t.c != ')' {
		return reErr("unknown extension")
	}
	return nil
}

// expectClose consumes the ) that ends a group.
func (p *reParser) expectClose() *reError {
	closed, err := p.match(')')
	if err != nil {
		return err
	}
	if !closed {
		return reErr("unbalanced parenthesis")
	}
	return nil
}

// parsePExtension parses (?P<name>...) and (?P=name) after the P.
func (p *reParser) parsePExtension(seq *reSeq, nested int) *reError {
	if ok, err := p.match('<'); err != nil || ok {
		if err != nil {
			return err
		}
		name, err := p.readName('>')
		if err != nil {
			return err
		}
		if len(name) == 0 {
			return reErr("missing group name")
		}
		if !reIsName(name) {
			return reErr("bad character in group name " + p.repr(name))
		}
		return p.parseGroupBody(seq, nested, true, name, 0)
	}
	if ok, err := p.match('='); err != nil || ok {
		if err != nil {
			return err
		}
		ref, err := p.readName(')')
		if err != nil {
			return err
		}
		if len(ref) == 0 {
			return reErr("missing group name")
		}
		if !reIsName(ref) {
			return reErr("bad character in backref group name " + p.repr(ref))
		}
		gid, ok := p.groupByName(ref)
		if !ok {
			return reErr("unknown group name: " + p.repr(ref))
		}
		seq.items = append(seq.items, &reNode{op: reGroupref, group: gid})
		return nil
	}
	t, err := p.get()
	if err != nil {
		return err
	}
	if !t.ok {
		return reErr("unexpected end of pattern")
	}
	return reErr("unknown specifier: ?P" + p.reprBare(tokenText(t)))
}

// parseLookaround parses (?=...) (?!...) (?<=...) (?<!...) from the = ! or <.
func (p *reParser) parseLookaround(seq *reSeq, nested int) *reError {
	t, err := p.get()
	if err != nil {
		return err
	}
	dir := int8(1)
	if t.c == '<' {
		if !p.nextIn("=!") {
			return reErr("syntax error")
		}
		dir = -1
		if t, err = p.get(); err != nil {
			return err
		}
		p.lookbehind++
	}
	body, err := p.parseSub(nested + 1)
	if err != nil {
		return err
	}
	if dir < 0 {
		p.lookbehind--
	}
	if err := p.expectClose(); err != nil {
		return err
	}
	op := reAssert
	if t.c != '=' {
		op = reAssertNot
	}
	seq.items = append(seq.items, &reNode{op: op, dir: dir, body: body})
	return nil
}

// parseCondGroup reads the group of (?(group)...): a name or a number. Group 0 makes a plain
// group of the alternatives, as in 2.7.
func (p *reParser) parseCondGroup() (int, *reError) {
	condname, err := p.readName(')')
	if err != nil {
		return 0, err
	}
	if len(condname) == 0 {
		return 0, reErr("missing group name")
	}
	if reIsName(condname) {
		gid, ok := p.groupByName(condname)
		if !ok {
			return 0, reErr("unknown group name: " + p.repr(condname))
		}
		return gid, nil
	}
	v, ok := parseInt(condname)
	if !ok {
		return 0, reErr("bad character in group name")
	}
	if v < 0 || v > 1<<32 {
		// The group number does not fit the code of the compiled pattern.
		return 0, &reError{kind: reErrOverflow, msg: "regular expression code size limit exceeded"}
	}
	return int(v), nil
}

// parseGroupBody parses the contents of a group and its closing parenthesis.
func (p *reParser) parseGroupBody(seq *reSeq, nested int, capturing bool, name []rune, condgroup int) *reError {
	group := 0
	if capturing {
		var err *reError
		if group, err = p.openGroup(name); err != nil {
			return err
		}
	}
	var body *reSeq
	var err *reError
	if condgroup != 0 {
		body, err = p.parseSubCond(condgroup, nested+1)
	} else {
		body, err = p.parseSub(nested + 1)
	}
	if err != nil {
		return err
	}
	if err := p.expectClose(); err != nil {
		return err
	}
	if group != 0 {
		p.closeGroup(group)
	}
	seq.items = append(seq.items, &reNode{op: reSubpattern, group: group, body: body})
	return nil
}

// reprBare is a piece of the pattern as text (for messages that show it without quotes).
func (p *reParser) reprBare(r []rune) string {
	if p.unicode {
		return string(r)
	}
	b := make([]byte, len(r))
	for i, c := range r {
		b[i] = byte(c)
	}
	return string(b)
}

// widthOf is sre_parse's getwidth: the least and the most characters a sequence matches,
// counting group references, anchors and conditionals as zero.
func (s *reSeq) widthOf() (uint64, uint64) {
	if s.hasWidth {
		return s.width[0], s.width[1]
	}
	var lo, hi uint64
	for _, n := range s.items {
		switch n.op {
		case reBranch:
			i, j := uint64(reMaxRepeat-1), uint64(0)
			for _, a := range n.alts {
				l, h := a.widthOf()
				i = min(i, l)
				j = max(j, h)
			}
			lo += i
			hi += j
		case reSubpattern:
			i, j := n.body.widthOf()
			lo += i
			hi += j
		case reMaxRepeatOp, reMinRepeatOp:
			i, j := n.body.widthOf()
			lo += satMul(i, uint64(n.min))
			hi += satMul(j, uint64(n.max))
		case reAny, reIn, reLiteral, reNotLiteral:
			lo++
			hi++
		}
		// Python's integers do not overflow; capping the sums at 2**62 keeps every
		// comparison with MAXREPEAT the same.
		lo = min(lo, 1<<62)
		hi = min(hi, 1<<62)
	}
	s.width = [2]uint64{min(lo, reMaxRepeat-1), min(hi, reMaxRepeat)}
	s.hasWidth = true
	return s.width[0], s.width[1]
}

// satMul is a*b, or 2**62 when that is larger.
func satMul(a, b uint64) uint64 {
	if a != 0 && b > (1<<62)/a {
		return 1 << 62
	}
	return min(a*b, 1<<62)
}
