// re_compile.go turns a parsed pattern into the code re_engine.go runs: a flat array of
// words laid out as sre_compile lays out its code (an opcode, then its arguments; skips are
// relative, forward), so that the engine can follow _sre's matching algorithm step by step
// and give its results, down to the group values of odd patterns. Character sets are kept
// in a side table as bitmaps plus the members a bitmap cannot hold.
package vm

// The engine's opcodes.
const (
	reOpFailure uint32 = iota
	reOpSuccess
	reOpAny
	reOpAnyAll
	reOpAssert
	reOpAssertNot
	reOpAt
	reOpBranch
	reOpGroupref
	reOpGrouprefIgnore
	reOpGrouprefExists
	reOpIn
	reOpInIgnore
	reOpInfo
	reOpJump
	reOpLiteral
	reOpLiteralIgnore
	reOpMark
	reOpMaxUntil
	reOpMinUntil
	reOpNotLiteral
	reOpNotLiteralIgnore
	reOpRepeat
	reOpRepeatOne
	reOpMinRepeatOne
)

// INFO block flags.
const (
	reInfoPrefix  = 1
	reInfoLiteral = 2
	reInfoCharset = 4
)

// reLowerKind selects the case folding of IGNORECASE: ASCII, the C locale's, or Unicode's.
type reLowerKind uint8

const (
	reLowerASCII reLowerKind = iota
	reLowerLocale
	reLowerUnicode
)

// lowerFor picks the case folding for the flags, as _sre's state_init does.
func lowerFor(flags int) reLowerKind {
	switch {
	case flags&reFlagLocale != 0:
		return reLowerLocale
	case flags&reFlagUnicode != 0:
		return reLowerUnicode
	}
	return reLowerASCII
}

// reLower folds one character's case.
func reLower(kind reLowerKind, c rune) rune {
	switch kind {
	case reLowerUnicode:
		if c < 128 {
			if c >= 'A' && c <= 'Z' {
				return c + 32
			}
			return c
		}
		return uniToLower(c)
	default:
		// The C locale folds ASCII letters only, like the default.
		if c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	}
}

// reIgnoreCaseFixes lists lowercase letters that share their uppercase with others: under
// IGNORECASE|UNICODE a literal matches the whole group (sre_compile._equivalences).
var reIgnoreCaseFixes = [][]rune{
	{0x69, 0x131},
	{0x73, 0x17f},
	{0xb5, 0x3bc},
	{0x345, 0x3b9, 0x1fbe},
	{0x3b2, 0x3d0},
	{0x3b5, 0x3f5},
	{0x3b8, 0x3d1},
	{0x3ba, 0x3f0},
	{0x3c0, 0x3d6},
	{0x3c1, 0x3f1},
	{0x3c2, 0x3c3},
	{0x3c6, 0x3d5},
	{0x1e61, 0x1e9b},
}

// caseFixes returns the other members of c's equivalence group, or nil.
func caseFixes(c rune) []rune {
	for _, g := range reIgnoreCaseFixes {
		for _, m := range g {
			if m == c {
				var out []rune
				for _, o := range g {
					if o != c {
						out = append(out, o)
					}
				}
				return out
			}
		}
	}
	return nil
}

// reCharset is a compiled character set. Membership of the characters below 256 is
// computed once into low (negation included); the others are looked up in high (a
// bitmap of the members below 65536 when any are set), then in tail (members beyond the
// bitmap, and categories).
type reCharset struct {
	negate bool
	low    [4]uint64
	high   []uint64
	tail   []reSetItem
}

func (cs *reCharset) add(c rune) {
	if c < 256 {
		cs.low[c>>6] |= 1 << (c & 63)
		return
	}
	if cs.high == nil {
		cs.high = make([]uint64, 65536/64)
	}
	cs.high[c>>6] |= 1 << (c & 63)
}

// finish completes the table of the characters below 256 once every member is added.
func (cs *reCharset) finish() {
	for c := rune(0); c < 256; c++ {
		in := cs.low[c>>6]&(1<<(c&63)) != 0 || cs.inTail(c)
		if in != cs.negate {
			cs.low[c>>6] |= 1 << (c & 63)
		} else {
			cs.low[c>>6] &^= 1 << (c & 63)
		}
	}
}

// contains reports whether c is in the set.
func (cs *reCharset) contains(c rune) bool {
	if c < 256 {
		return cs.low[c>>6]&(1<<(c&63)) != 0
	}
	in := c < 65536 && cs.high != nil && cs.high[c>>6]&(1<<(c&63)) != 0 || cs.inTail(c)
	return in != cs.negate
}

func (cs *reCharset) inTail(c rune) bool {
	for i := range cs.tail {
		t := &cs.tail[i]
		switch t.kind {
		case reSetLiteral:
			if c == t.lo {
				return true
			}
		case reSetRange:
			if t.lo <= c && c <= t.hi {
				return true
			}
		case reSetCategory:
			if reCategoryMatch(t.cat, c) {
				return true
			}
		}
	}
	return false
}

// reProgram is a compiled pattern.
type reProgram struct {
	code     []uint32
	charsets []reCharset
	flags    int
	groups   int // number of capturing groups
	nmarks   int // size of the mark array the code needs
	lower    reLowerKind
}

// reCompiler builds a program.
type reCompiler struct {
	prog  *reProgram
	flags int
	fixes bool // IGNORECASE|UNICODE without LOCALE: literals match their equivalents
}

func (c *reCompiler) emit(w ...uint32) { c.prog.code = append(c.prog.code, w...) }

func (c *reCompiler) here() int { return len(c.prog.code) }

// reCompile compiles a parsed pattern.
func reCompile(parsed *reParsed) (*reProgram, *reError) {
	flags := parsed.flags
	c := &reCompiler{prog: &reProgram{flags: flags, groups: parsed.groups - 1, lower: lowerFor(flags)}, flags: flags}
	c.fixes = flags&reFlagIgnoreCase != 0 && flags&reFlagLocale == 0 && flags&reFlagUnicode != 0
	c.compileInfo(parsed.seq)
	if err := c.compileSeq(parsed.seq); err != nil {
		return nil, err
	}
	c.emit(reOpSuccess)
	if parsed.groups > reMaxGroups {
		return nil, &reError{kind: reErrAssertion, msg: "sorry, but this version only supports 100 named groups"}
	}
	nmarks := 2 * c.prog.groups
	if err := c.validate(parsed.seq, &nmarks); err != nil {
		return nil, err
	}
	c.prog.nmarks = nmarks
	return c.prog, nil
}

// validate applies the checks of _sre's code validator that the parser lets through
// (patterns put together by re.Scanner, conditionals on groups the pattern does not have):
// marks beyond the groups, references to groups the pattern does not have. It also finds
// how many marks the code needs.
func (c *reCompiler) validate(seq *reSeq, nmarks *int) *reError {
	groups := c.prog.groups
	if groups == 0 {
		groups = reMaxGroups
	}
	invalid := &reError{kind: reErrRuntime, msg: "invalid SRE code"}
	var walk func(s *reSeq) *reError
	walk = func(s *reSeq) *reError {
		if s == nil {
			return nil
		}
		for _, n := range s.items {
			switch n.op {
			case reGrouprefExists, reGroupref:
				if n.group-1 >= groups {
					return invalid
				}
				*nmarks = max(*nmarks, 2*n.group)
			case reSubpattern:
				if n.group != 0 {
					if 2*(n.group-1)+1 > 2*groups+1 {
						return invalid
					}
					*nmarks = max(*nmarks, 2*n.group)
				}
			}
			if err := walk(n.body); err != nil {
				return err
			}
			if err := walk(n.no); err != nil {
				return err
			}
			for _, a := range n.alts {
				if err := walk(a); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return walk(seq)
}

// isSimpleRepeat reports whether a repeat's item matches exactly one character and is not a
// group, so that REPEAT_ONE can count it (sre_compile._simple).
func isSimpleRepeat(n *reNode) bool {
	lo, hi := n.body.widthOf()
	return lo == 1 && hi == 1 && n.body.items[0].op != reSubpattern
}

func (c *reCompiler) compileSeq(seq *reSeq) *reError {
	flags := c.flags
	for _, n := range seq.items {
		switch n.op {
		case reLiteral, reNotLiteral:
			if flags&reFlagIgnoreCase == 0 {
				if n.op == reLiteral {
					c.emit(reOpLiteral, uint32(n.ch))
				} else {
					c.emit(reOpNotLiteral, uint32(n.ch))
				}
				continue
			}
			lo := reLower(c.prog.lower, n.ch)
			if fx := caseFixes(lo); c.fixes && fx != nil {
				cs := reCharset{negate: n.op == reNotLiteral}
				cs.add(lo)
				for _, f := range fx {
					cs.add(f)
				}
				cs.finish()
				c.emitCharset(reOpInIgnore, cs)
				continue
			}
			if n.op == reLiteral {
				c.emit(reOpLiteralIgnore, uint32(lo))
			} else {
				c.emit(reOpNotLiteralIgnore, uint32(lo))
			}
		case reIn:
			if flags&reFlagIgnoreCase != 0 {
				c.emitCharset(reOpInIgnore, c.buildCharset(n.set, true))
			} else {
				c.emitCharset(reOpIn, c.buildCharset(n.set, false))
			}
		case reAny:
			if flags&reFlagDotAll != 0 {
				c.emit(reOpAnyAll)
			} else {
				c.emit(reOpAny)
			}
		case reMaxRepeatOp, reMinRepeatOp:
			if flags&reFlagTemplate != 0 {
				return reErr("internal: unsupported template operator")
			}
			if isSimpleRepeat(n) {
				op := reOpRepeatOne
				if n.op == reMinRepeatOp {
					op = reOpMinRepeatOne
				}
				c.emit(op)
				skip := c.here()
				c.emit(0, n.min, n.max)
				if err := c.compileSeq(n.body); err != nil {
					return err
				}
				c.emit(reOpSuccess)
				c.prog.code[skip] = uint32(c.here() - skip)
				continue
			}
			c.emit(reOpRepeat)
			skip := c.here()
			c.emit(0, n.min, n.max)
			if err := c.compileSeq(n.body); err != nil {
				return err
			}
			c.prog.code[skip] = uint32(c.here() - skip)
			if n.op == reMaxRepeatOp {
				c.emit(reOpMaxUntil)
			} else {
				c.emit(reOpMinUntil)
			}
		case reSubpattern:
			if n.group != 0 {
				c.emit(reOpMark, uint32((n.group-1)*2))
			}
			if err := c.compileSeq(n.body); err != nil {
				return err
			}
			if n.group != 0 {
				c.emit(reOpMark, uint32((n.group-1)*2+1))
			}
		case reAssert, reAssertNot:
			op := reOpAssert
			if n.op == reAssertNot {
				op = reOpAssertNot
			}
			c.emit(op)
			skip := c.here()
			c.emit(0)
			if n.dir >= 0 {
				c.emit(0)
			} else {
				lo, hi := n.body.widthOf()
				if lo != hi {
					return reErr("look-behind requires fixed-width pattern")
				}
				c.emit(uint32(lo))
			}
			if err := c.compileSeq(n.body); err != nil {
				return err
			}
			c.emit(reOpSuccess)
			c.prog.code[skip] = uint32(c.here() - skip)
		case reAt:
			at := n.at
			if flags&reFlagMultiline != 0 {
				switch at {
				case reAtBeginning:
					at = reAtBeginningLine
				case reAtEnd:
					at = reAtEndLine
				}
			}
			switch {
			case flags&reFlagLocale != 0:
				switch at {
				case reAtBoundary:
					at = reAtLocBoundary
				case reAtNonBoundary:
					at = reAtLocNonBoundary
				}
			case flags&reFlagUnicode != 0:
				switch at {
				case reAtBoundary:
					at = reAtUniBoundary
				case reAtNonBoundary:
					at = reAtUniNonBoundary
				}
			}
			c.emit(reOpAt, uint32(at))
		case reBranch:
			c.emit(reOpBranch)
			var tails []int
			for _, alt := range n.alts {
				skip := c.here()
				c.emit(0)
				if err := c.compileSeq(alt); err != nil {
					return err
				}
				c.emit(reOpJump)
				tails = append(tails, c.here())
				c.emit(0)
				c.prog.code[skip] = uint32(c.here() - skip)
			}
			c.emit(0)
			for _, t := range tails {
				c.prog.code[t] = uint32(c.here() - t)
			}
		case reGroupref:
			if flags&reFlagIgnoreCase != 0 {
				c.emit(reOpGrouprefIgnore, uint32(n.group-1))
			} else {
				c.emit(reOpGroupref, uint32(n.group-1))
			}
		case reGrouprefExists:
			// <GROUPREF_EXISTS> <group> <skip to no> yes [<JUMP> <skip to end> no]
			c.emit(reOpGrouprefExists, uint32(n.group-1))
			skipYes := c.here()
			c.emit(0)
			if err := c.compileSeq(n.body); err != nil {
				return err
			}
			if n.no != nil {
				c.emit(reOpJump)
				skipNo := c.here()
				c.emit(0)
				c.prog.code[skipYes] = uint32(c.here() - skipYes)
				if err := c.compileSeq(n.no); err != nil {
					return err
				}
				c.prog.code[skipNo] = uint32(c.here() - skipNo)
			} else {
				c.prog.code[skipYes] = uint32(c.here() - skipYes)
			}
		default:
			panic("BUG: unknown regular expression node")
		}
	}
	return nil
}

// emitCharset emits <op> <skip> <charset index>.
func (c *reCompiler) emitCharset(op uint32, cs reCharset) {
	c.prog.charsets = append(c.prog.charsets, cs)
	c.emit(op, 2, uint32(len(c.prog.charsets)-1))
}

// mapCategory gives a category the flavour of the flags (sre's CH_LOCALE and CH_UNICODE).
func (c *reCompiler) mapCategory(cat reCategory) reCategory {
	switch {
	case c.flags&reFlagLocale != 0:
		switch cat {
		case reCatWord:
			return reCatLocWord
		case reCatNotWord:
			return reCatLocNotWord
		}
	case c.flags&reFlagUnicode != 0:
		switch cat {
		case reCatDigit:
			return reCatUniDigit
		case reCatNotDigit:
			return reCatUniNotDigit
		case reCatSpace:
			return reCatUniSpace
		case reCatNotSpace:
			return reCatUniNotSpace
		case reCatWord:
			return reCatUniWord
		case reCatNotWord:
			return reCatUniNotWord
		case reCatLinebreak:
			return reCatUniLinebreak
		case reCatNotLinebreak:
			return reCatUniNotLinebreak
		}
	}
	return cat
}

// buildCharset compiles a set's members as sre_compile._optimize_charset does: literals and
// ranges below 65536 go to the bitmap, folded when ignoring case (with their equivalents
// under IGNORECASE|UNICODE); members beyond stay as written, and categories are tested as
// they are.
func (c *reCompiler) buildCharset(items []reSetItem, fold bool) reCharset {
	var cs reCharset
	lower := func(r rune) rune { return r }
	if fold {
		lower = func(r rune) rune { return reLower(c.prog.lower, r) }
	}
	addFixes := func(r rune) {
		if fold && c.fixes {
			for _, f := range caseFixes(r) {
				cs.add(f)
			}
		}
	}
	for _, it := range items {
		switch it.kind {
		case reSetNegate:
			cs.negate = true
		case reSetLiteral:
			r := lower(it.lo)
			if r < 65536 {
				cs.add(r)
				addFixes(r)
			} else {
				cs.tail = append(cs.tail, it)
			}
		case reSetRange:
			overflow := false
			for r := it.lo; r <= it.hi; r++ {
				l := lower(r)
				if l >= 65536 {
					overflow = true
					break
				}
				cs.add(l)
				addFixes(l)
			}
			if overflow {
				cs.tail = append(cs.tail, it)
				if fold && c.flags&reFlagUnicode != 0 {
					// The cased letters beyond the BMP match their folded forms too.
					for r := max(0x10000, it.lo); r <= min(0x11fff, it.hi); r++ {
						if l := lower(r); l < it.lo || l > it.hi {
							cs.tail = append(cs.tail, reSetItem{kind: reSetLiteral, lo: l})
						}
					}
				}
			}
		case reSetCategory:
			cs.tail = append(cs.tail, reSetItem{kind: reSetCategory, cat: c.mapCategory(it.cat)})
		}
	}
	cs.finish()
	return cs
}

// compileInfo emits the INFO block that speeds up searches: the least width of a match and
// a literal prefix or a set of possible first characters (sre_compile._compile_info).
func (c *reCompiler) compileInfo(seq *reSeq) {
	lo, hi := seq.widthOf()
	if lo == 0 && hi != 0 {
		return
	}
	var prefix []uint32
	prefixSkip := 0
	var charset []reSetItem
	if c.flags&reFlagIgnoreCase == 0 {
		for _, n := range seq.items {
			if n.op == reLiteral {
				if len(prefix) == prefixSkip {
					prefixSkip++
				}
				prefix = append(prefix, uint32(n.ch))
				continue
			}
			if n.op == reSubpattern && len(n.body.items) == 1 {
				if m := n.body.items[0]; m.op == reLiteral {
					prefix = append(prefix, uint32(m.ch))
					continue
				}
			}
			break
		}
		if len(prefix) == 0 && len(seq.items) > 0 {
			first := seq.items[0]
			branchLiterals := func(b *reNode) []reSetItem {
				var set []reSetItem
				for _, a := range b.alts {
					if len(a.items) == 0 || a.items[0].op != reLiteral {
						return nil
					}
					set = append(set, reSetItem{kind: reSetLiteral, lo: a.items[0].ch})
				}
				return set
			}
			switch first.op {
			case reSubpattern:
				if len(first.body.items) > 0 {
					switch m := first.body.items[0]; m.op {
					case reLiteral:
						charset = []reSetItem{{kind: reSetLiteral, lo: m.ch}}
					case reBranch:
						charset = branchLiterals(m)
					}
				}
			case reBranch:
				charset = branchLiterals(first)
			case reIn:
				charset = first.set
			}
		}
	}
	c.emit(reOpInfo)
	skip := c.here()
	c.emit(0)
	mask := uint32(0)
	if len(prefix) > 0 {
		mask = reInfoPrefix
		if len(prefix) == prefixSkip && prefixSkip == len(seq.items) {
			mask |= reInfoLiteral
		}
	} else if len(charset) > 0 {
		mask = reInfoCharset
	}
	maxw := uint32(0)
	if hi < reMaxRepeat {
		maxw = uint32(hi)
	}
	c.emit(mask, uint32(lo), maxw)
	if len(prefix) > 0 {
		c.emit(uint32(len(prefix)), uint32(prefixSkip))
		c.emit(prefix...)
		// The overlap table of a Knuth-Morris-Pratt search for the prefix.
		table := make([]int, len(prefix)+1)
		table[0] = -1
		for i := range prefix {
			table[i+1] = table[i] + 1
			for table[i+1] > 0 && prefix[i] != prefix[table[i+1]-1] {
				table[i+1] = table[table[i+1]-1] + 1
			}
		}
		for _, v := range table[1:] {
			c.emit(uint32(v))
		}
	} else if len(charset) > 0 {
		c.prog.charsets = append(c.prog.charsets, c.buildCharset(charset, false))
		c.emit(uint32(len(c.prog.charsets) - 1))
	}
	c.prog.code[skip] = uint32(c.here() - skip)
}
