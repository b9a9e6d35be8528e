// This file defines the assembler: it lays out a unit's basic blocks, resolves jumps to
// byte offsets (with EXTENDED_ARG where an argument exceeds 16 bits), builds the line
// number table, computes the stack depth, runs the peephole optimizer and makes the code
// object (compile.c's assemble and makecode).

package compile

import "math"

// assembler holds the bytecode and line table being emitted.
type assembler struct {
	code      []byte
	lnotab    []byte
	postorder []*block // blocks in depth-first post-order
	lineno    int      // line of the last line-table entry
	linenoOff int      // bytecode offset of the last line-table entry
}

// assemble finishes the current unit: it makes sure code falling off the end returns
// (None, unless addNone is false as for eval-mode code), then builds the code object.
func (c *compiler) assemble(addNone bool) (*Code, error) {
	u := c.u
	if !u.cur.hasReturn {
		c.nextBlock()
		if addNone {
			c.loadConst(None{})
		}
		c.addOp(RETURN_VALUE)
	}
	entry := u.blocks[0]
	if u.firstLineno == 0 {
		if len(entry.instrs) > 0 {
			u.firstLineno = entry.instrs[0].lineno
		} else {
			u.firstLineno = 1
		}
	}
	a := &assembler{lineno: u.firstLineno}
	a.dfs(entry)
	a.resolveJumps(u)
	for i := len(a.postorder) - 1; i >= 0; i-- {
		for j := range a.postorder[i].instrs {
			a.emit(&a.postorder[i].instrs[j])
		}
	}
	return c.makeCode(a)
}

// dfs records the blocks reachable from b in post-order, following the fall-through
// successor before jump targets; emitting in reverse post-order keeps the chain's layout.
func (a *assembler) dfs(b *block) {
	if b.seen {
		return
	}
	b.seen = true
	if b.next != nil {
		a.dfs(b.next)
	}
	for i := range b.instrs {
		if target := b.instrs[i].target; target != nil {
			a.dfs(target)
		}
	}
	a.postorder = append(a.postorder, b)
}

// instrSize is the bytes an instruction takes: 1, 3, or 6 with an EXTENDED_ARG prefix.
func instrSize(in *instr) int {
	switch {
	case !HasArg(in.op):
		return 1
	case in.arg > 0xffff:
		return 6
	}
	return 3
}

func blockSize(b *block) int {
	size := 0
	for i := range b.instrs {
		size += instrSize(&b.instrs[i])
	}
	return size
}

// resolveJumps gives each block its offset and each jump its argument. A jump that
// needs EXTENDED_ARG grows, which moves later blocks: repeat until the count of extended
// jumps stops changing (compile.c's assemble_jump_offsets).
func (a *assembler) resolveJumps(u *unit) {
	extended := 0
	for {
		total := 0
		for i := len(a.postorder) - 1; i >= 0; i-- {
			b := a.postorder[i]
			b.offset = total
			total += blockSize(b)
		}
		last := extended
		extended = 0
		for _, b := range u.blocks {
			off := b.offset
			for i := range b.instrs {
				in := &b.instrs[i]
				off += instrSize(in)
				switch {
				case in.target == nil:
					continue
				case HasJabs(in.op):
					in.arg = in.target.offset
				default:
					in.arg = in.target.offset - off
				}
				if in.arg > 0xffff {
					extended++
				}
			}
		}
		if extended == last {
			return
		}
	}
}

// emit appends one instruction, and its line-table entry when it starts a line.
func (a *assembler) emit(in *instr) {
	if in.lineno != 0 {
		a.addLine(in.lineno)
	}
	if !HasArg(in.op) {
		a.code = append(a.code, byte(in.op))
		return
	}
	arg := in.arg
	if instrSize(in) == 6 {
		ext := arg >> 16
		a.code = append(a.code, EXTENDED_ARG, byte(ext), byte(ext>>8))
		arg &= 0xffff
	}
	a.code = append(a.code, byte(in.op), byte(arg), byte(arg>>8))
}

// addLine appends co_lnotab entries for an instruction at the current offset starting
// line lineno (assemble_lnotab): increments over 255 are split into several pairs.
func (a *assembler) addLine(lineno int) {
	dBytecode := len(a.code) - a.linenoOff
	dLineno := lineno - a.lineno
	if dBytecode == 0 && dLineno == 0 {
		return
	}
	if dBytecode > 255 {
		n := dBytecode / 255
		for j := 0; j < n; j++ {
			a.lnotab = append(a.lnotab, 255, 0)
		}
		dBytecode -= n * 255
	}
	if dLineno > 255 {
		n := dLineno / 255
		a.lnotab = append(a.lnotab, byte(dBytecode), 255)
		dBytecode = 0
		for j := 1; j < n; j++ {
			a.lnotab = append(a.lnotab, 0, 255)
		}
		dLineno -= n * 255
	}
	// A negative increment cannot come from well-formed positions; CPython would store
	// it modulo 256 too.
	a.lnotab = append(a.lnotab, byte(dBytecode), byte(dLineno))
	a.lineno = lineno
	a.linenoOff = len(a.code)
}

// makeCode builds the code object from the assembled unit.
func (c *compiler) makeCode(a *assembler) (*Code, error) {
	u := c.u
	consts := u.consts
	code, consts := optimize(a.code, consts, u.names.list, a.lnotab)
	flags := c.codeFlags()
	return &Code{
		ArgCount:    u.argcount,
		NLocals:     len(u.varnames.list),
		StackSize:   stackDepth(u),
		Flags:       flags,
		Code:        code,
		Consts:      consts,
		Names:       u.names.list,
		VarNames:    u.varnames.list,
		FreeVars:    u.freevars.list,
		CellVars:    u.cellvars.list,
		Filename:    c.filename,
		Name:        u.name,
		FirstLineNo: u.firstLineno,
		LNoTab:      a.lnotab,
	}, nil
}

// codeFlags computes co_flags for the current unit.
func (c *compiler) codeFlags() int {
	ste := c.u.ste
	flags := 0
	if ste.kind != moduleBlock {
		flags |= CO_NEWLOCALS
	}
	if ste.kind == functionBlock {
		if ste.unoptimized == 0 {
			flags |= CO_OPTIMIZED
		}
		if ste.nested {
			flags |= CO_NESTED
		}
		if ste.generator {
			flags |= CO_GENERATOR
		}
		if ste.varargs {
			flags |= CO_VARARGS
		}
		if ste.varkeywords {
			flags |= CO_VARKEYWORDS
		}
	}
	flags |= int(c.flags) & futureMask
	if len(c.u.freevars.list) == 0 && len(c.u.cellvars.list) == 0 {
		flags |= CO_NOFREE
	}
	return flags
}

// stackDepth finds the deepest the value stack gets along any path through the unit's
// blocks, assuming loops leave the depth unchanged (compile.c's stackdepth).
func stackDepth(u *unit) int {
	for _, b := range u.blocks {
		b.seen = false
		b.startDepth = math.MinInt
	}
	return stackDepthWalk(u.blocks[0], 0, 0)
}

func stackDepthWalk(b *block, depth, maxDepth int) int {
	if b.seen || b.startDepth >= depth {
		return maxDepth
	}
	b.seen = true
	b.startDepth = depth
	for i := range b.instrs {
		in := &b.instrs[i]
		depth += stackEffect(in.op, in.arg)
		if depth > maxDepth {
			maxDepth = depth
		}
		if depth < 0 {
			panic("BUG: negative stack depth in " + OpName[in.op])
		}
		if in.target != nil {
			target := depth
			switch in.op {
			case FOR_ITER:
				target = depth - 2
			case SETUP_FINALLY, SETUP_EXCEPT:
				// The handler starts with the exception's three items pushed.
				target = depth + 3
				if target > maxDepth {
					maxDepth = target
				}
			case JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP:
				// The value stays when the jump is taken and is popped otherwise.
				depth--
			}
			maxDepth = stackDepthWalk(in.target, target, maxDepth)
			if in.op == JUMP_ABSOLUTE || in.op == JUMP_FORWARD {
				b.seen = false
				return maxDepth // what follows an unconditional jump is not reached from here
			}
		}
	}
	if b.next != nil {
		maxDepth = stackDepthWalk(b.next, depth, maxDepth)
	}
	b.seen = false
	return maxDepth
}

// stackEffect is how much an instruction changes the stack depth, as compile.c's
// opcode_stack_effect counts it (for jumps, the effect when the jump is not taken).
func stackEffect(op, arg int) int {
	switch op {
	case POP_TOP:
		return -1
	case ROT_TWO, ROT_THREE, ROT_FOUR:
		return 0
	case DUP_TOP:
		return 1
	case UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_CONVERT, UNARY_INVERT:
		return 0
	case SET_ADD, LIST_APPEND:
		return -1
	case MAP_ADD:
		return -2
	case BINARY_POWER, BINARY_MULTIPLY, BINARY_DIVIDE, BINARY_MODULO, BINARY_ADD,
		BINARY_SUBTRACT, BINARY_SUBSCR, BINARY_FLOOR_DIVIDE, BINARY_TRUE_DIVIDE:
		return -1
	case INPLACE_FLOOR_DIVIDE, INPLACE_TRUE_DIVIDE:
		return -1
	case SLICE_0:
		return 0
	case SLICE_1, SLICE_2:
		return -1
	case SLICE_3:
		return -2
	case STORE_SLICE_0:
		return -2
	case STORE_SLICE_1, STORE_SLICE_2:
		return -3
	case STORE_SLICE_3:
		return -4
	case DELETE_SLICE_0:
		return -1
	case DELETE_SLICE_1, DELETE_SLICE_2:
		return -2
	case DELETE_SLICE_3:
		return -3
	case INPLACE_ADD, INPLACE_SUBTRACT, INPLACE_MULTIPLY, INPLACE_DIVIDE, INPLACE_MODULO:
		return -1
	case STORE_SUBSCR:
		return -3
	case STORE_MAP:
		return -2
	case DELETE_SUBSCR:
		return -2
	case BINARY_LSHIFT, BINARY_RSHIFT, BINARY_AND, BINARY_XOR, BINARY_OR:
		return -1
	case INPLACE_POWER:
		return -1
	case GET_ITER:
		return 0
	case PRINT_EXPR, PRINT_ITEM:
		return -1
	case PRINT_NEWLINE:
		return 0
	case PRINT_ITEM_TO:
		return -2
	case PRINT_NEWLINE_TO:
		return -1
	case INPLACE_LSHIFT, INPLACE_RSHIFT, INPLACE_AND, INPLACE_XOR, INPLACE_OR:
		return -1
	case BREAK_LOOP:
		return 0
	case SETUP_WITH:
		return 4
	case WITH_CLEANUP:
		return -1 // sometimes more
	case LOAD_LOCALS:
		return 1
	case RETURN_VALUE:
		return -1
	case IMPORT_STAR:
		return -1
	case EXEC_STMT:
		return -3
	case YIELD_VALUE:
		return 0
	case POP_BLOCK:
		return 0
	case END_FINALLY:
		return -3 // or -1 or -2 when no exception is pending
	case BUILD_CLASS:
		return -2
	case STORE_NAME:
		return -1
	case DELETE_NAME:
		return 0
	case UNPACK_SEQUENCE:
		return arg - 1
	case FOR_ITER:
		return 1 // -1 at the end of the iterator
	case STORE_ATTR:
		return -2
	case DELETE_ATTR:
		return -1
	case STORE_GLOBAL:
		return -1
	case DELETE_GLOBAL:
		return 0
	case DUP_TOPX:
		return arg
	case LOAD_CONST, LOAD_NAME:
		return 1
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET:
		return 1 - arg
	case BUILD_MAP:
		return 1
	case LOAD_ATTR:
		return 0
	case COMPARE_OP:
		return -1
	case IMPORT_NAME:
		return -1
	case IMPORT_FROM:
		return 1
	case JUMP_FORWARD, JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP, JUMP_ABSOLUTE:
		return 0
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE:
		return -1
	case LOAD_GLOBAL:
		return 1
	case CONTINUE_LOOP:
		return 0
	case SETUP_LOOP, SETUP_EXCEPT, SETUP_FINALLY:
		return 0
	case LOAD_FAST:
		return 1
	case STORE_FAST:
		return -1
	case DELETE_FAST:
		return 0
	case RAISE_VARARGS:
		return -arg
	case CALL_FUNCTION:
		return -callArgs(arg)
	case CALL_FUNCTION_VAR, CALL_FUNCTION_KW:
		return -callArgs(arg) - 1
	case CALL_FUNCTION_VAR_KW:
		return -callArgs(arg) - 2
	case MAKE_FUNCTION:
		return -arg
	case BUILD_SLICE:
		if arg == 3 {
			return -2
		}
		return -1
	case MAKE_CLOSURE:
		return -arg - 1
	case LOAD_CLOSURE, LOAD_DEREF:
		return 1
	case STORE_DEREF:
		return -1
	}
	panic("BUG: no stack effect for opcode " + OpName[op])
}

// callArgs is the number of stack items a call's positional and keyword arguments take.
func callArgs(arg int) int { return arg%256 + 2*(arg/256) }
