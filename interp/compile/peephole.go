// This file defines the peephole optimizer CPython 2.7 runs on every code object
// (Python/peephole.c): constant folding, jump threading, `not` folded into jumps, tuple
// unpacking turned into rotations, dead code after returns. It rewrites the bytecode in
// place, replacing what it removes by NOPs, then squeezes the NOPs out and fixes jump
// targets and the line-number table.

package compile

// optimize returns the optimized bytecode and the constants (folding appends new ones;
// existing indices never change). lnotab is updated in place. As in CPython, code with
// EXTENDED_ARG, code over 32700 bytes and line tables with 255-byte steps are left alone,
// though constants folded before the EXTENDED_ARG was met stay appended.
func optimize(code []byte, consts []Const, names []string, lnotab []byte) ([]byte, []Const) {
	for _, b := range lnotab {
		if b == 255 {
			return code, consts
		}
	}
	n := len(code)
	if n > 32700 || n == 0 || code[n-1] != RETURN_VALUE {
		return code, consts
	}
	p := &peephole{code: append([]byte(nil), code...), consts: consts}
	p.blocks = markBlocks(p.code)
	if !p.transform(names) {
		return code, p.consts
	}
	return p.squeeze(lnotab), p.consts
}

// peephole is the optimizer's working state.
type peephole struct {
	code   []byte
	consts []Const
	blocks []int // basic-block number of each byte
}

func (p *peephole) arg(i int) int { return int(p.code[i+1]) | int(p.code[i+2])<<8 }

func (p *peephole) setArg(i, v int) {
	p.code[i+1] = byte(v)
	p.code[i+2] = byte(v >> 8)
}

// jumpTarget returns where the jump at i goes.
func (p *peephole) jumpTarget(i int) int {
	t := p.arg(i)
	if HasJabs(int(p.code[i])) {
		return t
	}
	return t + i + 3
}

// sameBlock reports whether the n bytes from start lie in one basic block (no jump lands
// inside them after their first byte).
func (p *peephole) sameBlock(start, n int) bool {
	return p.blocks[start] == p.blocks[start+n-1]
}

func (p *peephole) nops(i, n int) {
	for k := i; k < i+n; k++ {
		p.code[k] = NOP
	}
}

func codeSize(op byte) int {
	if int(op) >= HaveArgument {
		return 3
	}
	return 1
}

func isUnconditionalJump(op int) bool { return op == JUMP_ABSOLUTE || op == JUMP_FORWARD }

func isConditionalJump(op int) bool {
	return op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE ||
		op == JUMP_IF_FALSE_OR_POP || op == JUMP_IF_TRUE_OR_POP
}

func jumpsOnTrue(op int) bool { return op == POP_JUMP_IF_TRUE || op == JUMP_IF_TRUE_OR_POP }

// markBlocks numbers the basic blocks: the number goes up at every jump target.
func markBlocks(code []byte) []int {
	blocks := make([]int, len(code))
	for i := 0; i < len(code); i += codeSize(code[i]) {
		op := int(code[i])
		if !HasJrel(op) && !HasJabs(op) {
			continue
		}
		t := int(code[i+1]) | int(code[i+2])<<8
		if HasJrel(op) {
			t += i + 3
		}
		if t < len(code) {
			blocks[t] = 1
		}
	}
	count := 0
	for i := range blocks {
		count += blocks[i]
		blocks[i] = count
	}
	return blocks
}

// transform runs the rewriting pass. It returns false when the code must be left
// unchanged (an EXTENDED_ARG was found).
func (p *peephole) transform(names []string) bool {
	code := p.code
	n := len(code)
	cumlc, lastlc := 0, 0 // runs of consecutive LOAD_CONSTs
	for i := 0; i < n; i += codeSize(code[i]) {
	reoptimize:
		op := int(code[i])
		lastlc = cumlc
		cumlc = 0
		switch op {
		case UNARY_NOT:
			// not x; POP_JUMP_IF_FALSE --> POP_JUMP_IF_TRUE
			if int(code[i+1]) != POP_JUMP_IF_FALSE || !p.sameBlock(i, 4) {
				continue
			}
			j := p.arg(i + 1)
			code[i] = POP_JUMP_IF_TRUE
			p.setArg(i, j)
			code[i+3] = NOP
			goto reoptimize

		case COMPARE_OP:
			// not (a is b) --> a is not b; likewise in/not in.
			j := p.arg(i)
			if j < CmpIn || j > CmpIsNot || int(code[i+3]) != UNARY_NOT || !p.sameBlock(i, 4) {
				continue
			}
			p.setArg(i, j^1)
			code[i+3] = NOP

		case LOAD_NAME, LOAD_GLOBAL:
			// None is not assignable: load it as a constant.
			if names[p.arg(i)] != "None" {
				continue
			}
			j := -1
			for k, c := range p.consts {
				if _, ok := c.(None); ok {
					j = k
					break
				}
			}
			if j < 0 {
				j = len(p.consts)
				p.consts = append(p.consts, None{})
			}
			code[i] = LOAD_CONST
			p.setArg(i, j)
			cumlc = lastlc + 1

		case LOAD_CONST:
			// Skip over LOAD_CONST trueconst; POP_JUMP_IF_FALSE.
			cumlc = lastlc + 1
			if int(code[i+3]) != POP_JUMP_IF_FALSE || !p.sameBlock(i, 6) || !isTrue(p.consts[p.arg(i)]) {
				continue
			}
			p.nops(i, 6)
			cumlc = 0

		case BUILD_TUPLE, BUILD_LIST:
			// Fold tuples of constants (and lists tested with in / not in); turn a build
			// followed by an unpack of the same size into rotations.
			j := p.arg(i)
			h := i - 3*j
			if h >= 0 && j <= lastlc &&
				((op == BUILD_TUPLE && p.sameBlock(h, 3*(j+1))) ||
					(op == BUILD_LIST && int(code[i+3]) == COMPARE_OP && p.sameBlock(h, 3*(j+2)) &&
						(p.arg(i+3) == CmpIn || p.arg(i+3) == CmpNotIn))) {
				p.tupleOfConstants(h, j)
				cumlc = 1
				break
			}
			if int(code[i+3]) != UNPACK_SEQUENCE || !p.sameBlock(i, 6) || j != p.arg(i+3) {
				continue
			}
			switch j {
			case 1:
				p.nops(i, 6)
			case 2:
				code[i] = ROT_TWO
				p.nops(i+1, 5)
			case 3:
				code[i] = ROT_THREE
				code[i+1] = ROT_TWO
				p.nops(i+2, 4)
			}

		case BINARY_POWER, BINARY_MULTIPLY, BINARY_TRUE_DIVIDE, BINARY_FLOOR_DIVIDE,
			BINARY_MODULO, BINARY_ADD, BINARY_SUBTRACT, BINARY_SUBSCR, BINARY_LSHIFT,
			BINARY_RSHIFT, BINARY_AND, BINARY_XOR, BINARY_OR:
			// LOAD_CONST c1; LOAD_CONST c2; BINOP --> LOAD_CONST binop(c1, c2)
			if lastlc >= 2 && p.sameBlock(i-6, 7) && p.foldBinary(i-6) {
				i -= 2
				cumlc = 1
			}

		case UNARY_NEGATIVE, UNARY_CONVERT, UNARY_INVERT:
			// LOAD_CONST c; UNARY_OP --> LOAD_CONST unary_op(c)
			if lastlc >= 1 && p.sameBlock(i-3, 4) && p.foldUnary(i-3) {
				i -= 2
				cumlc = 1
			}

		case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE,
			FOR_ITER, JUMP_FORWARD, JUMP_ABSOLUTE, CONTINUE_LOOP, SETUP_LOOP, SETUP_EXCEPT,
			SETUP_FINALLY, SETUP_WITH:
			if op == JUMP_IF_FALSE_OR_POP || op == JUMP_IF_TRUE_OR_POP {
				// A conditional jump to a conditional jump: "a and b or c" and friends.
				tgt := p.jumpTarget(i)
				if j := int(code[tgt]); isConditionalJump(j) {
					if jumpsOnTrue(j) == jumpsOnTrue(op) {
						// The second jump is taken whenever the first is: go straight to
						// its target, with its stack behaviour.
						tgttgt := p.jumpTarget(tgt)
						code[i] = byte(j)
						p.setArg(i, tgttgt)
					} else {
						// The second jump is never taken after the first: jump past it,
						// popping the value as the second test would have.
						if jumpsOnTrue(op) {
							code[i] = POP_JUMP_IF_TRUE
						} else {
							code[i] = POP_JUMP_IF_FALSE
						}
						p.setArg(i, tgt+3)
					}
					goto reoptimize
				}
			}
			// Replace jumps to unconditional jumps by jumps to their target.
			tgt := p.jumpTarget(i)
			if isUnconditionalJump(op) && int(code[tgt]) == RETURN_VALUE {
				code[i] = RETURN_VALUE
				p.nops(i+1, 2)
				continue
			}
			if !isUnconditionalJump(int(code[tgt])) {
				continue
			}
			tgttgt := p.jumpTarget(tgt)
			if op == JUMP_FORWARD { // JUMP_ABSOLUTE can go backwards
				op = JUMP_ABSOLUTE
			}
			if !HasJabs(op) {
				tgttgt -= i + 3 // relative jump
			}
			if tgttgt < 0 { // no backward relative jumps
				continue
			}
			code[i] = byte(op)
			p.setArg(i, tgttgt)

		case EXTENDED_ARG:
			return false

		case RETURN_VALUE:
			// RETURN; LOAD_CONST None; RETURN --> RETURN, and a jump after a return is
			// unreachable.
			if i+4 >= n {
				continue
			}
			if int(code[i+4]) == RETURN_VALUE && p.sameBlock(i, 5) {
				p.nops(i+1, 4)
			} else if isUnconditionalJump(int(code[i+1])) && p.sameBlock(i, 4) {
				p.nops(i+1, 3)
			}
		}
	}
	return true
}

// tupleOfConstants replaces n LOAD_CONSTs at h and the BUILD_TUPLE (or BUILD_LIST) n after
// them by NOPs and one LOAD_CONST of the tuple.
func (p *peephole) tupleOfConstants(h, n int) {
	t := make(Tuple, n)
	for k := 0; k < n; k++ {
		t[k] = p.consts[p.arg(h+3*k)]
	}
	idx := len(p.consts)
	p.consts = append(p.consts, t)
	p.nops(h, 3*n)
	p.code[h+3*n] = LOAD_CONST
	p.setArg(h+3*n, idx)
}

// foldBinary folds LOAD_CONST; LOAD_CONST; BINOP at i into NOPs and one LOAD_CONST, when
// the operation succeeds and its result is not a sequence longer than 20.
func (p *peephole) foldBinary(i int) bool {
	v := p.consts[p.arg(i)]
	w := p.consts[p.arg(i+3)]
	result, ok := foldBinaryOp(int(p.code[i+6]), v, w)
	if !ok {
		return false
	}
	if size, isSeq := constSize(result); isSeq && size > 20 {
		return false
	}
	idx := len(p.consts)
	p.consts = append(p.consts, result)
	p.nops(i, 4)
	p.code[i+4] = LOAD_CONST
	p.setArg(i+4, idx)
	return true
}

// foldUnary folds LOAD_CONST; UNARY_OP at i.
func (p *peephole) foldUnary(i int) bool {
	v := p.consts[p.arg(i)]
	result, ok := foldUnaryOp(int(p.code[i+3]), v)
	if !ok {
		return false
	}
	idx := len(p.consts)
	p.consts = append(p.consts, result)
	p.code[i] = NOP
	p.code[i+1] = LOAD_CONST
	p.setArg(i+1, idx)
	return true
}

// squeeze removes the NOPs, retargets the jumps and rewrites lnotab's bytecode
// increments for the new offsets.
func (p *peephole) squeeze(lnotab []byte) []byte {
	code := p.code
	n := len(code)
	addrmap := make([]int, n+1)
	nops := 0
	for i := 0; i < n; i += codeSize(code[i]) {
		addrmap[i] = i - nops
		if code[i] == NOP {
			nops++
		}
	}
	addrmap[n] = n - nops
	cum, last := 0, 0
	for i := 0; i+1 < len(lnotab); i += 2 {
		cum += int(lnotab[i])
		newLine := addrmap[cum]
		lnotab[i] = byte(newLine - last)
		last = newLine
	}
	out := make([]byte, 0, n-nops)
	for i := 0; i < n; {
		op := int(code[i])
		switch {
		case op == NOP:
			i++
			continue
		case HasJabs(op):
			p.setArg(i, addrmap[p.arg(i)])
		case HasJrel(op):
			p.setArg(i, addrmap[p.arg(i)+i+3]-addrmap[i]-3)
		}
		size := codeSize(code[i])
		out = append(out, code[i:i+size]...)
		i += size
	}
	return out
}
