// re_engine.go runs compiled patterns: the backtracking matcher and the searcher of _sre,
// over the bytes of a str or the code points of a unicode (one generic implementation for
// both). Backtracking keeps its contexts on an explicit stack, as _sre does, so deep
// patterns need no Go recursion; it follows _sre's handling of group marks exactly
// (including the marks a failed attempt leaves behind), because Python programs see them
// through group(), lastindex and backreferences. Long runs poll the VM's pending flags so
// that Ctrl-C and time limits stop them.
package vm

// reChar is the element type of a subject: bytes for str, code points for unicode.
type reChar interface{ ~uint8 | ~int32 }

// reRepeat is the state of a REPEAT in progress (SRE_REPEAT).
type reRepeat struct {
	count   int
	pc      int // the REPEAT's skip word: min at pc+1, max at pc+2, body at pc+3
	prev    int // the enclosing repeat, or -1
	lastPtr int // where the last iteration started (zero-width protection), or -1
}

// Ways a context resumes its parent when it returns (the JUMP_* of _sre).
const (
	reJumpNone uint8 = iota
	reJumpMaxUntil1
	reJumpMaxUntil2
	reJumpMaxUntil3
	reJumpMinUntil1
	reJumpMinUntil2
	reJumpMinUntil3
	reJumpRepeat
	reJumpRepeatOne1
	reJumpRepeatOne2
	reJumpMinRepeatOne
	reJumpBranch
	reJumpAssert
	reJumpAssertNot
)

// reCtx is one level of matching (SRE_MATCH_CONTEXT).
type reCtx struct {
	pc        int // the word after the opcode being run
	ptr       int
	count     int
	lastmark  int32
	lastindex int32
	rep       int32 // the repeat this context works on, or -1
	jump      uint8
}

// saveLast records the state's lastmark and lastindex in the context (LASTMARK_SAVE).
func (ctx *reCtx) saveLast(c *reCore) {
	ctx.lastmark, ctx.lastindex = int32(c.lastmark), int32(c.lastindex)
}

// restoreLast puts them back (LASTMARK_RESTORE).
func (c *reCore) restoreLast(ctx *reCtx) {
	c.lastmark, c.lastindex = int(ctx.lastmark), int(ctx.lastindex)
}

// reCore is the part of a match state that does not depend on the subject's character
// type (SRE_STATE): the bounds, the group marks and the backtracking stacks.
type reCore struct {
	prog      *reProgram
	start     int // where the current match attempt starts
	end       int // the end of the subject as endpos cuts it
	pos       int
	endpos    int
	ptr       int
	marks     []int // -1: unset
	lastmark  int
	lastindex int
	repeat    int
	reps      []reRepeat
	saved     []int // marks and last pointers saved while backtracking
	ctxs      []reCtx
	vm        *VM
	steps     uint32
}

// reState is a match in progress over one subject.
type reState[T reChar] struct {
	reCore
	s []T
}

// reset prepares the state for another search (state_reset).
func (c *reCore) reset() {
	c.lastmark = -1
	c.lastindex = -1
	c.repeat = -1
	c.reps = c.reps[:0]
	c.saved = c.saved[:0]
	c.ctxs = c.ctxs[:0]
}

// init prepares the state for a subject and bounds (state_init).
func (st *reState[T]) init(prog *reProgram, s []T, pos, endpos int) {
	st.prog = prog
	st.s = s
	n := len(s)
	pos = min(max(pos, 0), n)
	endpos = min(max(endpos, 0), n)
	st.start = pos
	st.end = endpos
	st.pos = pos
	st.endpos = endpos
	st.ptr = pos
	if cap(st.marks) < prog.nmarks {
		st.marks = make([]int, prog.nmarks)
	}
	st.marks = st.marks[:prog.nmarks]
	for i := range st.marks {
		st.marks[i] = -1
	}
	st.reset()
}

// poll serves Ctrl-C and time limits during long matches.
func (st *reCore) poll() *PyError {
	if st.vm == nil {
		return nil
	}
	p := st.vm.pending.Load()
	if p&pendingAbort != 0 {
		return st.vm.abortError()
	}
	if p&pendingSignal != 0 {
		return st.vm.checkSignals()
	}
	return nil
}

// reIsWord is the ASCII word test of the default flags.
func reIsWord(c rune) bool {
	return c < 128 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')
}

func reIsDigit(c rune) bool { return c >= '0' && c <= '9' }

func reIsSpace(c rune) bool { return c == ' ' || c >= '\t' && c <= '\r' }

func reUniIsWord(c rune) bool { return c == '_' || uniIsAlnum(c) }

// reCategoryMatch tests a character against a category.
func reCategoryMatch(cat reCategory, c rune) bool {
	switch cat {
	case reCatDigit:
		return reIsDigit(c)
	case reCatNotDigit:
		return !reIsDigit(c)
	case reCatSpace:
		return reIsSpace(c)
	case reCatNotSpace:
		return !reIsSpace(c)
	case reCatWord, reCatLocWord:
		return reIsWord(c)
	case reCatNotWord, reCatLocNotWord:
		return !reIsWord(c)
	case reCatLinebreak:
		return c == '\n'
	case reCatNotLinebreak:
		return c != '\n'
	case reCatUniDigit:
		return uniIsDecimal(c)
	case reCatUniNotDigit:
		return !uniIsDecimal(c)
	case reCatUniSpace:
		return uniIsSpace(c)
	case reCatUniNotSpace:
		return !uniIsSpace(c)
	case reCatUniWord:
		return reUniIsWord(c)
	case reCatUniNotWord:
		return !reUniIsWord(c)
	case reCatUniLinebreak:
		return uniIsLinebreak(c)
	case reCatUniNotLinebreak:
		return !uniIsLinebreak(c)
	}
	return false
}

// at tests an anchor at position ptr (SRE_AT).
func (st *reState[T]) at(ptr int, code reAtCode) bool {
	s := st.s
	switch code {
	case reAtBeginning, reAtBeginningString:
		return ptr == 0
	case reAtBeginningLine:
		return ptr == 0 || s[ptr-1] == '\n'
	case reAtEnd:
		return st.end-ptr == 1 && s[ptr] == '\n' || ptr == st.end
	case reAtEndLine:
		return ptr == st.end || ptr < len(s) && s[ptr] == '\n'
	case reAtEndString:
		return ptr == st.end
	}
	if st.end == 0 {
		return false
	}
	var word func(rune) bool
	switch code {
	case reAtBoundary, reAtNonBoundary, reAtLocBoundary, reAtLocNonBoundary:
		word = reIsWord
	default:
		word = reUniIsWord
	}
	that := ptr > 0 && word(rune(s[ptr-1]))
	this := ptr < st.end && word(rune(s[ptr]))
	switch code {
	case reAtBoundary, reAtLocBoundary, reAtUniBoundary:
		return this != that
	}
	return this == that
}

// one tests one character against a single-character item (the items of REPEAT_ONE).
func (st *reState[T]) one(pc int, c rune) bool {
	code := st.prog.code
	switch code[pc] {
	case reOpLiteral:
		return c == rune(code[pc+1])
	case reOpNotLiteral:
		return c != rune(code[pc+1])
	case reOpLiteralIgnore:
		return reLower(st.prog.lower, c) == rune(code[pc+1])
	case reOpNotLiteralIgnore:
		return reLower(st.prog.lower, c) != rune(code[pc+1])
	case reOpAny:
		return c != '\n'
	case reOpAnyAll:
		return true
	case reOpIn:
		return st.prog.charsets[code[pc+2]].contains(c)
	case reOpInIgnore:
		return st.prog.charsets[code[pc+2]].contains(reLower(st.prog.lower, c))
	}
	panic("BUG: not a single-character regular expression item")
}

// count counts how many times the item at pc matches from st.ptr, at most maxCount
// (SRE_COUNT).
func (st *reState[T]) count(pc int, maxCount int) int {
	ptr := st.ptr
	end := st.end
	if maxCount < end-ptr && maxCount != reMaxRepeat {
		end = ptr + maxCount
	}
	s := st.s
	code := st.prog.code
	switch code[pc] {
	case reOpLiteral:
		c := T(code[pc+1])
		if uint32(c) != code[pc+1] {
			return 0
		}
		for ptr < end && s[ptr] == c {
			ptr++
		}
	case reOpNotLiteral:
		c := code[pc+1]
		for ptr < end && uint32(s[ptr]) != c {
			ptr++
		}
	case reOpAny:
		for ptr < end && s[ptr] != '\n' {
			ptr++
		}
	case reOpAnyAll:
		ptr = max(end, ptr)
	case reOpIn:
		cs := &st.prog.charsets[code[pc+2]]
		for ptr < end && cs.contains(rune(s[ptr])) {
			ptr++
		}
	default:
		for ptr < end && st.one(pc, rune(s[ptr])) {
			ptr++
		}
	}
	return max(ptr-st.ptr, 0)
}

// pushMarks saves marks 0..lastmark (MARK_PUSH).
func (st *reCore) pushMarks(lastmark int) {
	if lastmark > 0 {
		st.saved = append(st.saved, st.marks[:lastmark+1]...)
	}
}

// popMarks restores the marks pushMarks saved, dropping them unless keep (MARK_POP,
// MARK_POP_KEEP).
func (st *reCore) popMarks(lastmark int, keep bool) {
	if lastmark > 0 {
		n := len(st.saved) - (lastmark + 1)
		copy(st.marks, st.saved[n:])
		if !keep {
			st.saved = st.saved[:n]
		}
	}
}

// dropMarks discards the marks pushMarks saved (MARK_POP_DISCARD).
func (st *reCore) dropMarks(lastmark int) {
	if lastmark > 0 {
		st.saved = st.saved[:len(st.saved)-(lastmark+1)]
	}
}

// match runs the code from pc at st.ptr (SRE_MATCH). On success st.ptr is the end of the
// match.
func (st *reState[T]) match(startPC int) (bool, *PyError) {
	code := st.prog.code
	s := st.s
	end := st.end
	// The context stack lives in a local variable while matching (stored back on return).
	ctxs := st.ctxs
	base := len(ctxs)
	ctxs = append(ctxs, reCtx{pc: startPC, jump: reJumpNone})
	ret := false
	// entering is false when a parent resumes its own opcodes after a child returned.
	entering := true
	// The position in the code and in the subject of the running context, and the step
	// count, live in local variables; a context's own fields are updated when it calls
	// a child.
	var pc, ptr int
	steps := st.steps

	// A call starts a child context at pc (appended to ctxs) that resumes its parent with
	// its jump when it returns.

entrance:
	for {
		ctx := &ctxs[len(ctxs)-1]
		pc = ctx.pc
		if entering {
			ptr = st.ptr
			if code[pc] == reOpInfo {
				// <INFO> <skip> <flags> <min> ...
				if m := int(code[pc+3]); m != 0 && end-ptr < m {
					ret = false
					goto exit
				}
				pc += int(code[pc+1]) + 1
			}
		} else {
			ptr = ctx.ptr
		}
		entering = true
		for {
			steps++
			if steps&0xfff == 0 {
				st.steps = steps
				if err := st.poll(); err != nil {
					st.ctxs = ctxs[:base]
					return false, err
				}
			}
			op := code[pc]
			pc++
			switch op {
			case reOpMark:
				i := int(code[pc])
				if i&1 != 0 {
					st.lastindex = i/2 + 1
				}
				if i > st.lastmark {
					for j := st.lastmark + 1; j < i; j++ {
						st.marks[j] = -1
					}
					st.lastmark = i
				}
				st.marks[i] = ptr
				pc++
			case reOpLiteral:
				if ptr >= end || uint32(s[ptr]) != code[pc] {
					ret = false
					goto exit
				}
				pc++
				ptr++
			case reOpNotLiteral:
				if ptr >= end || uint32(s[ptr]) == code[pc] {
					ret = false
					goto exit
				}
				pc++
				ptr++
			case reOpSuccess:
				st.ptr = ptr
				ret = true
				goto exit
			case reOpAt:
				if !st.at(ptr, reAtCode(code[pc])) {
					ret = false
					goto exit
				}
				pc++
			case reOpAny:
				if ptr >= end || s[ptr] == '\n' {
					ret = false
					goto exit
				}
				ptr++
			case reOpAnyAll:
				if ptr >= end {
					ret = false
					goto exit
				}
				ptr++
			case reOpIn:
				if ptr >= end || !st.prog.charsets[code[pc+1]].contains(rune(s[ptr])) {
					ret = false
					goto exit
				}
				pc += int(code[pc])
				ptr++
			case reOpLiteralIgnore:
				if ptr >= end || reLower(st.prog.lower, rune(s[ptr])) != reLower(st.prog.lower, rune(code[pc])) {
					ret = false
					goto exit
				}
				pc++
				ptr++
			case reOpNotLiteralIgnore:
				if ptr >= end || reLower(st.prog.lower, rune(s[ptr])) == reLower(st.prog.lower, rune(code[pc])) {
					ret = false
					goto exit
				}
				pc++
				ptr++
			case reOpInIgnore:
				if ptr >= end || !st.prog.charsets[code[pc+1]].contains(reLower(st.prog.lower, rune(s[ptr]))) {
					ret = false
					goto exit
				}
				pc += int(code[pc])
				ptr++
			case reOpJump, reOpInfo:
				pc += int(code[pc])
			case reOpBranch:
				ctx.pc, ctx.ptr = pc, ptr
				// <BRANCH> <skip> alternative <JUMP> ... <0>
				ctx.saveLast(&st.reCore)
				ctx.rep = int32(st.repeat)
				if ctx.rep >= 0 {
					st.pushMarks(int(ctx.lastmark))
				}
				if st.nextAlternative(ctx) {
					ctxs = append(ctxs, reCtx{pc: ctx.pc + 1, jump: reJumpBranch})
					continue entrance
				}
				if ctx.rep >= 0 {
					st.dropMarks(int(ctx.lastmark))
				}
				ret = false
				goto exit
			case reOpRepeatOne:
				ctx.pc, ctx.ptr = pc, ptr
				// <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
				minCount := int(code[ctx.pc+1])
				if minCount > end-ctx.ptr {
					ret = false
					goto exit
				}
				st.ptr = ctx.ptr
				ctx.count = st.count(ctx.pc+3, int(code[ctx.pc+2]))
				ctx.ptr += ctx.count
				if ctx.count < minCount {
					ret = false
					goto exit
				}
				tail := ctx.pc + int(code[ctx.pc])
				if code[tail] == reOpSuccess {
					st.ptr = ctx.ptr
					ret = true
					goto exit
				}
				ctx.saveLast(&st.reCore)
				if code[tail] == reOpLiteral {
					if st.repeatOneLiteral(ctx, minCount, code[tail+1]) {
						st.ptr = ctx.ptr
						ctxs = append(ctxs, reCtx{pc: tail, jump: reJumpRepeatOne1})
						continue entrance
					}
					ret = false
					goto exit
				}
				st.ptr = ctx.ptr
				ctxs = append(ctxs, reCtx{pc: tail, jump: reJumpRepeatOne2})
				continue entrance
			case reOpMinRepeatOne:
				ctx.pc, ctx.ptr = pc, ptr
				// <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
				minCount := int(code[ctx.pc+1])
				if minCount > end-ctx.ptr {
					ret = false
					goto exit
				}
				st.ptr = ctx.ptr
				if minCount == 0 {
					ctx.count = 0
				} else {
					n := st.count(ctx.pc+3, minCount)
					if n < minCount {
						ret = false
						goto exit
					}
					ctx.count = n
					ctx.ptr += n
				}
				tail := ctx.pc + int(code[ctx.pc])
				if code[tail] == reOpSuccess {
					st.ptr = ctx.ptr
					ret = true
					goto exit
				}
				ctx.saveLast(&st.reCore)
				maxCount := int(code[ctx.pc+2])
				if maxCount == reMaxRepeat || ctx.count <= maxCount {
					st.ptr = ctx.ptr
					ctxs = append(ctxs, reCtx{pc: tail, jump: reJumpMinRepeatOne})
					continue entrance
				}
				ret = false
				goto exit
			case reOpRepeat:
				ctx.pc, ctx.ptr = pc, ptr
				// <REPEAT> <skip> <min> <max> item <UNTIL> tail
				st.reps = append(st.reps, reRepeat{count: -1, pc: ctx.pc, prev: st.repeat, lastPtr: -1})
				ctx.rep = int32(len(st.reps) - 1)
				st.repeat = int(ctx.rep)
				st.ptr = ctx.ptr
				ctxs = append(ctxs, reCtx{pc: ctx.pc + int(code[ctx.pc]), jump: reJumpRepeat})
				continue entrance
			case reOpMaxUntil:
				ctx.pc, ctx.ptr = pc, ptr
				ctx.rep = int32(st.repeat)
				if ctx.rep < 0 {
					panic("BUG: MAX_UNTIL outside a repeat")
				}
				rep := &st.reps[ctx.rep]
				st.ptr = ctx.ptr
				ctx.count = rep.count + 1
				if ctx.count < int(code[rep.pc+1]) {
					// not enough matches yet
					rep.count = ctx.count
					ctxs = append(ctxs, reCtx{pc: rep.pc + 3, jump: reJumpMaxUntil1})
					continue entrance
				}
				maxCount := int(code[rep.pc+2])
				if (ctx.count < maxCount || maxCount == reMaxRepeat) && st.ptr != rep.lastPtr {
					// try one more item
					rep.count = ctx.count
					ctx.saveLast(&st.reCore)
					st.pushMarks(int(ctx.lastmark))
					st.saved = append(st.saved, rep.lastPtr)
					rep.lastPtr = st.ptr
					ctxs = append(ctxs, reCtx{pc: rep.pc + 3, jump: reJumpMaxUntil2})
					continue entrance
				}
				// the tail must match
				st.repeat = rep.prev
				ctxs = append(ctxs, reCtx{pc: ctx.pc, jump: reJumpMaxUntil3})
				continue entrance
			case reOpMinUntil:
				ctx.pc, ctx.ptr = pc, ptr
				ctx.rep = int32(st.repeat)
				if ctx.rep < 0 {
					panic("BUG: MIN_UNTIL outside a repeat")
				}
				rep := &st.reps[ctx.rep]
				st.ptr = ctx.ptr
				ctx.count = rep.count + 1
				if ctx.count < int(code[rep.pc+1]) {
					rep.count = ctx.count
					ctxs = append(ctxs, reCtx{pc: rep.pc + 3, jump: reJumpMinUntil1})
					continue entrance
				}
				ctx.saveLast(&st.reCore)
				// see if the tail matches
				st.repeat = rep.prev
				ctxs = append(ctxs, reCtx{pc: ctx.pc, jump: reJumpMinUntil2})
				continue entrance
			case reOpGroupref, reOpGrouprefIgnore:
				i := int(code[pc])
				ref := 2 * i
				if ref >= st.lastmark {
					ret = false
					goto exit
				}
				p, e := st.marks[ref], st.marks[ref+1]
				if p < 0 || e < 0 || e < p {
					ret = false
					goto exit
				}
				fold := op == reOpGrouprefIgnore
				for ; p < e; p++ {
					if ptr >= end {
						ret = false
						goto exit
					}
					a, b := rune(s[ptr]), rune(s[p])
					if fold {
						a, b = reLower(st.prog.lower, a), reLower(st.prog.lower, b)
					}
					if a != b {
						ret = false
						goto exit
					}
					ptr++
				}
				pc++
			case reOpGrouprefExists:
				// <GROUPREF_EXISTS> <group> <skip to no> yes ...
				ref := 2 * int(code[pc])
				if ref >= st.lastmark || st.marks[ref] < 0 || st.marks[ref+1] < 0 || st.marks[ref+1] < st.marks[ref] {
					pc += 1 + int(code[pc+1])
				} else {
					pc += 2
				}
			case reOpAssert:
				ctx.pc, ctx.ptr = pc, ptr
				// <ASSERT> <skip> <back> pattern
				back := int(code[ctx.pc+1])
				if ctx.ptr < back {
					ret = false
					goto exit
				}
				st.ptr = ctx.ptr - back
				ctxs = append(ctxs, reCtx{pc: ctx.pc + 2, jump: reJumpAssert})
				continue entrance
			case reOpAssertNot:
				ctx.pc, ctx.ptr = pc, ptr
				back := int(code[ctx.pc+1])
				if ctx.ptr >= back {
					st.ptr = ctx.ptr - back
					ctxs = append(ctxs, reCtx{pc: ctx.pc + 2, jump: reJumpAssertNot})
					continue entrance
				}
				// too close to the start for the lookbehind: the assertion holds
				pc += int(code[pc])
			case reOpFailure:
				ret = false
				goto exit
			default:
				panic("BUG: unknown regular expression opcode")
			}
		}

	exit:
		// The context returns ret to its parent, which resumes where it called.
		for {
			jump := ctxs[len(ctxs)-1].jump
			ctxs = ctxs[:len(ctxs)-1]
			if len(ctxs) == base {
				st.ctxs = ctxs
				st.steps = steps
				return ret, nil
			}
			ctx := &ctxs[len(ctxs)-1]
			switch jump {
			case reJumpBranch:
				if ret {
					if ctx.rep >= 0 {
						st.dropMarks(int(ctx.lastmark))
					}
					continue
				}
				if ctx.rep >= 0 {
					st.popMarks(int(ctx.lastmark), true)
				}
				st.restoreLast(ctx)
				ctx.pc += int(code[ctx.pc])
				if st.nextAlternative(ctx) {
					ctxs = append(ctxs, reCtx{pc: ctx.pc + 1, jump: reJumpBranch})
					continue entrance
				}
				if ctx.rep >= 0 {
					st.dropMarks(int(ctx.lastmark))
				}
				ret = false
				continue
			case reJumpRepeatOne1:
				if ret {
					continue
				}
				st.restoreLast(ctx)
				ctx.ptr--
				ctx.count--
				if st.repeatOneLiteral(ctx, int(code[ctx.pc+1]), code[ctx.pc+int(code[ctx.pc])+1]) {
					st.ptr = ctx.ptr
					ctxs = append(ctxs, reCtx{pc: ctx.pc + int(code[ctx.pc]), jump: reJumpRepeatOne1})
					continue entrance
				}
				ret = false
				continue
			case reJumpRepeatOne2:
				if ret {
					continue
				}
				ctx.ptr--
				ctx.count--
				st.restoreLast(ctx)
				if ctx.count >= int(code[ctx.pc+1]) {
					st.ptr = ctx.ptr
					ctxs = append(ctxs, reCtx{pc: ctx.pc + int(code[ctx.pc]), jump: reJumpRepeatOne2})
					continue entrance
				}
				ret = false
				continue
			case reJumpMinRepeatOne:
				if ret {
					continue
				}
				st.ptr = ctx.ptr
				if st.count(ctx.pc+3, 1) == 0 {
					ret = false
					continue
				}
				ctx.ptr++
				ctx.count++
				st.restoreLast(ctx)
				maxCount := int(code[ctx.pc+2])
				if maxCount == reMaxRepeat || ctx.count <= maxCount {
					st.ptr = ctx.ptr
					ctxs = append(ctxs, reCtx{pc: ctx.pc + int(code[ctx.pc]), jump: reJumpMinRepeatOne})
					continue entrance
				}
				ret = false
				continue
			case reJumpRepeat:
				st.repeat = st.reps[ctx.rep].prev
				st.reps = st.reps[:int(ctx.rep)]
				continue
			case reJumpMaxUntil1, reJumpMinUntil1:
				if ret {
					continue
				}
				st.reps[ctx.rep].count = ctx.count - 1
				st.ptr = ctx.ptr
				continue
			case reJumpMaxUntil2:
				rep := &st.reps[ctx.rep]
				rep.lastPtr = st.saved[len(st.saved)-1]
				st.saved = st.saved[:len(st.saved)-1]
				if ret {
					st.dropMarks(int(ctx.lastmark))
					continue
				}
				st.popMarks(int(ctx.lastmark), false)
				st.restoreLast(ctx)
				rep.count = ctx.count - 1
				st.ptr = ctx.ptr
				// the tail must match
				st.repeat = rep.prev
				ctxs = append(ctxs, reCtx{pc: ctx.pc, jump: reJumpMaxUntil3})
				continue entrance
			case reJumpMaxUntil3:
				if ret {
					continue
				}
				st.repeat = int(ctx.rep)
				st.ptr = ctx.ptr
				continue
			case reJumpMinUntil2:
				if ret {
					continue
				}
				st.repeat = int(ctx.rep)
				st.ptr = ctx.ptr
				st.restoreLast(ctx)
				rep := &st.reps[ctx.rep]
				maxCount := int(code[rep.pc+2])
				if ctx.count >= maxCount && maxCount != reMaxRepeat || st.ptr == rep.lastPtr {
					continue
				}
				rep.count = ctx.count
				st.saved = append(st.saved, rep.lastPtr)
				rep.lastPtr = st.ptr
				ctxs = append(ctxs, reCtx{pc: rep.pc + 3, jump: reJumpMinUntil3})
				continue entrance
			case reJumpMinUntil3:
				rep := &st.reps[ctx.rep]
				rep.lastPtr = st.saved[len(st.saved)-1]
				st.saved = st.saved[:len(st.saved)-1]
				if ret {
					continue
				}
				rep.count = ctx.count - 1
				st.ptr = ctx.ptr
				continue
			case reJumpAssert:
				if !ret {
					continue
				}
				// The parent goes on with its next opcode, at its own position.
				ctx.pc += int(code[ctx.pc])
				entering = false
				continue entrance
			case reJumpAssertNot:
				if ret {
					ret = false
					continue
				}
				ctx.pc += int(code[ctx.pc])
				entering = false
				continue entrance
			}
			panic("BUG: bad regular expression resume point")
		}
	}
}

// nextAlternative finds, from ctx.pc (the skip word of an alternative), the next
// alternative of a BRANCH worth trying: those starting with a literal or a set that the
// next character does not match are passed over. It sets st.ptr for the attempt.
func (st *reState[T]) nextAlternative(ctx *reCtx) bool {
	code := st.prog.code
	for ; code[ctx.pc] != 0; ctx.pc += int(code[ctx.pc]) {
		switch code[ctx.pc+1] {
		case reOpLiteral:
			if ctx.ptr >= st.end || uint32(st.s[ctx.ptr]) != code[ctx.pc+2] {
				continue
			}
		case reOpIn:
			if ctx.ptr >= st.end || !st.prog.charsets[code[ctx.pc+3]].contains(rune(st.s[ctx.ptr])) {
				continue
			}
		}
		st.ptr = ctx.ptr
		return true
	}
	return false
}

// repeatOneLiteral steps a greedy REPEAT_ONE back to the next position where its tail's
// first literal (chr) matches; false when the count falls below min.
func (st *reState[T]) repeatOneLiteral(ctx *reCtx, minCount int, chr uint32) bool {
	for ctx.count >= minCount && (ctx.ptr >= st.end || uint32(st.s[ctx.ptr]) != chr) {
		ctx.ptr--
		ctx.count--
	}
	return ctx.count >= minCount
}

// search finds the first match from st.start (SRE_SEARCH). On success st.start and st.ptr
// delimit it.
func (st *reState[T]) search() (bool, *PyError) {
	code := st.prog.code
	s := st.s
	ptr := st.start
	end := st.end
	if ptr > end {
		return false, nil
	}
	pc := 0
	var flags uint32
	prefixLen, prefixSkip, prefixAt := 0, 0, 0
	charset := -1
	if code[0] == reOpInfo {
		// <INFO> <skip> <flags> <min> <max> <prefix info or charset>
		flags = code[2]
		minw := int(code[3])
		if minw != 0 && end-ptr < minw {
			return false, nil
		}
		if minw > 1 {
			// leave at least one character for the literal search
			end -= minw - 1
			if end <= ptr {
				end = ptr + 1
			}
		}
		if flags&reInfoPrefix != 0 {
			prefixLen = int(code[5])
			prefixSkip = int(code[6])
			prefixAt = 7
		} else if flags&reInfoCharset != 0 {
			charset = int(code[5])
		}
		pc = 1 + int(code[1])
	}
	if prefixLen > 1 {
		// Scan for the prefix with its overlap table.
		prefix := code[prefixAt : prefixAt+prefixLen]
		// overlap[i] (i >= 1) is where to resume after matching i characters; the table
		// follows the prefix in the code.
		overlap := code[prefixAt+prefixLen-1 : prefixAt+2*prefixLen]
		end = st.end
		i := 0
		for ; ptr < end; ptr++ {
			for {
				if uint32(s[ptr]) != prefix[i] {
					if i == 0 {
						break
					}
					i = int(overlap[i])
					continue
				}
				i++
				if i == prefixLen {
					st.start = ptr + 1 - prefixLen
					st.ptr = st.start + prefixSkip
					if flags&reInfoLiteral != 0 {
						st.ptr = ptr + 1
						return true, nil
					}
					ok, err := st.match(pc + 2*prefixSkip)
					if ok || err != nil {
						return ok, err
					}
					i = int(overlap[i])
				}
				break
			}
			if err := st.tick(); err != nil {
				return false, err
			}
		}
		return false, nil
	}
	if code[pc] == reOpLiteral {
		// The pattern starts with a literal: look for it.
		c := code[pc+1]
		end = st.end
		for {
			for ptr < end && uint32(s[ptr]) != c {
				ptr++
			}
			if ptr >= end {
				return false, nil
			}
			st.start = ptr
			ptr++
			st.ptr = ptr
			if flags&reInfoLiteral != 0 {
				return true, nil
			}
			ok, err := st.match(pc + 2)
			if ok || err != nil {
				return ok, err
			}
			if err := st.tick(); err != nil {
				return false, err
			}
		}
	}
	if charset >= 0 {
		cs := &st.prog.charsets[charset]
		end = st.end
		for {
			for ptr < end && !cs.contains(rune(s[ptr])) {
				ptr++
			}
			if ptr >= end {
				return false, nil
			}
			st.start = ptr
			st.ptr = ptr
			ok, err := st.match(pc)
			if ok || err != nil {
				return ok, err
			}
			ptr++
			if err := st.tick(); err != nil {
				return false, err
			}
		}
	}
	for {
		st.start = ptr
		st.ptr = ptr
		ok, err := st.match(pc)
		if ok || err != nil || ptr >= end {
			return ok, err
		}
		ptr++
		if err := st.tick(); err != nil {
			return false, err
		}
	}
}

// tick counts a step of a search loop and polls now and then.
func (st *reCore) tick() *PyError {
	st.steps++
	if st.steps&0xfff == 0 {
		return st.poll()
	}
	return nil
}
