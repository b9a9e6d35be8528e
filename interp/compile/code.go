// This file defines the code object, the compiler's output, with CPython 2.7's fields,
// and the two ways to read its bytecode: the instruction decoder and the line-number
// table lookup.

package compile

// Code is a compiled code object, field for field what CPython 2.7's compile() builds:
// the module, each function, lambda, class body, generator expression and set or dict
// comprehension gets one. Nested code objects appear in Consts.
type Code struct {
	ArgCount  int // co_argcount: positional parameters, not counting *args and **kwargs
	NLocals   int // co_nlocals: len(VarNames)
	StackSize int // co_stacksize: the most the value stack can hold
	Flags     int // co_flags: CO_* bits

	Code   []byte  // co_code: the bytecode
	Consts []Const // co_consts; for a function, Consts[0] is its docstring or None

	Names    []string // co_names: globals, attributes and imported names
	VarNames []string // co_varnames: parameters first, then other fast locals
	FreeVars []string // co_freevars: variables of enclosing functions used here
	CellVars []string // co_cellvars: locals used by nested functions

	Filename    string // co_filename
	Name        string // co_name: "<module>", the function or class name, "<lambda>", "<genexpr>", ...
	FirstLineNo int    // co_firstlineno: the line of the def/class (of its first decorator)
	LNoTab      []byte // co_lnotab: pairs (bytecode increment, line increment)
}

// Decode reads the instruction at offset in code and returns its opcode, its argument (0
// when it has none) and the offset of the next instruction. An EXTENDED_ARG prefix is
// folded into the argument of the instruction it extends, which is the one returned.
// Decoding past the end or a truncated instruction is a bug of the code's producer.
func Decode(code []byte, offset int) (op, arg, next int) {
	if offset < 0 || offset >= len(code) {
		panic("BUG: Decode offset outside the code")
	}
	ext := 0
	for {
		op = int(code[offset])
		if op < HaveArgument {
			return op, 0, offset + 1
		}
		if offset+3 > len(code) {
			panic("BUG: truncated instruction in code")
		}
		arg = ext<<16 | int(code[offset+1]) | int(code[offset+2])<<8
		offset += 3
		if op != EXTENDED_ARG {
			return op, arg, offset
		}
		if offset >= len(code) {
			panic("BUG: EXTENDED_ARG at the end of code")
		}
		ext = arg
	}
}

// LineForOffset returns the source line of the instruction at a bytecode offset, exactly
// as CPython's PyCode_Addr2Line computes it from co_lnotab.
func (c *Code) LineForOffset(offset int) int {
	line := c.FirstLineNo
	addr := 0
	for i := 0; i+1 < len(c.LNoTab); i += 2 {
		addr += int(c.LNoTab[i])
		if addr > offset {
			break
		}
		line += int(c.LNoTab[i+1])
	}
	return line
}

// LineStarts returns the offsets where a new source line starts, with their lines, as
// dis.findlinestarts does (the first instruction always starts a line).
func (c *Code) LineStarts() []LineStart {
	var starts []LineStart
	line, last, addr := c.FirstLineNo, -1, 0
	for i := 0; i+1 < len(c.LNoTab); i += 2 {
		if byteIncr := int(c.LNoTab[i]); byteIncr != 0 {
			if line != last {
				starts = append(starts, LineStart{Offset: addr, Line: line})
				last = line
			}
			addr += byteIncr
		}
		line += int(c.LNoTab[i+1])
	}
	if line != last {
		starts = append(starts, LineStart{Offset: addr, Line: line})
	}
	return starts
}

// LineStart is one entry of Code.LineStarts.
type LineStart struct {
	Offset int // bytecode offset of the first instruction of the line
	Line   int // the source line
}

// FutureFlags returns the future features the code was compiled under, for a REPL to
// carry over to its next input as CPython's interactive loop does.
func (c *Code) FutureFlags() Flags { return Flags(c.Flags & futureMask) }
