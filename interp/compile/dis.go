// This file defines the disassembler: the text CPython 2.7's dis.disassemble prints for a
// code object, for the code object and every code object nested in it.

package compile

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// Disassemble prints code and, depth first, every code object in its constants, each
// under a "Disassembly of NAME:" line and followed by a blank line. Each listing is
// exactly what python2.7's dis.disassemble prints: the line number where a line starts,
// ">>" on jump targets, the offset, the opcode name padded to 20, the argument and, in
// parentheses, what it refers to.
func Disassemble(w io.Writer, code *Code) error {
	bw := bufio.NewWriter(w)
	disassembleTree(bw, code)
	return bw.Flush()
}

func disassembleTree(w *bufio.Writer, code *Code) {
	w.WriteString("Disassembly of " + code.Name + ":\n")
	DisassembleCode(w, code)
	w.WriteString("\n")
	for _, c := range code.Consts {
		if nested, ok := c.(*Code); ok {
			disassembleTree(w, nested)
		}
	}
}

// DisassembleCode prints the listing of one code object, as dis.disassemble(code) does.
func DisassembleCode(w io.Writer, code *Code) {
	var b strings.Builder
	labels := jumpLabels(code.Code)
	starts := map[int]int{}
	for _, ls := range code.LineStarts() {
		starts[ls.Offset] = ls.Line
	}
	// Python's dis adds an EXTENDED_ARG to the next argument as a long, so that one
	// argument prints with an L suffix.
	extended, afterExtended := 0, false
	for i := 0; i < len(code.Code); {
		op := int(code.Code[i])
		if line, ok := starts[i]; ok {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(padLeft(strconv.Itoa(line), 3))
		} else {
			b.WriteString("   ")
		}
		b.WriteString("     ") // the "-->" column marks the current instruction; unused here
		if labels[i] {
			b.WriteString(">>")
		} else {
			b.WriteString("  ")
		}
		b.WriteByte(' ')
		b.WriteString(padLeft(strconv.Itoa(i), 4))
		b.WriteByte(' ')
		b.WriteString(padRight(OpName[op], 20))
		i++
		if op >= HaveArgument && i+1 < len(code.Code) {
			arg := int(code.Code[i]) | int(code.Code[i+1])<<8 + extended
			long := afterExtended
			extended, afterExtended = 0, false
			i += 2
			if op == EXTENDED_ARG {
				extended, afterExtended = arg<<16, true
			}
			b.WriteByte(' ')
			b.WriteString(padLeft(pyIntRepr(arg, long), 5))
			if ref, ok := argRepr(code, op, arg, i, long); ok {
				b.WriteString(" (")
				b.WriteString(ref)
				b.WriteByte(')')
			}
		}
		b.WriteByte('\n')
	}
	io.WriteString(w, b.String())
}

// argRepr is the parenthesised meaning of an argument; next is the offset after the
// instruction, from which relative jumps count.
func argRepr(code *Code, op, arg, next int, long bool) (string, bool) {
	switch {
	case HasConst(op):
		if arg < len(code.Consts) {
			return code.Consts[arg].Repr(), true
		}
	case HasName(op):
		if arg < len(code.Names) {
			return code.Names[arg], true
		}
	case HasJrel(op):
		return "to " + pyIntRepr(next+arg, long), true
	case HasLocal(op):
		if arg < len(code.VarNames) {
			return code.VarNames[arg], true
		}
	case HasCompare(op):
		if arg < len(CmpOp) {
			return CmpOp[arg], true
		}
	case HasFree(op):
		if arg < len(code.CellVars) {
			return code.CellVars[arg], true
		}
		if arg-len(code.CellVars) < len(code.FreeVars) {
			return code.FreeVars[arg-len(code.CellVars)], true
		}
	default:
		return "", false
	}
	return "?", true
}

// jumpLabels finds the jump targets, as dis.findlabels does (ignoring EXTENDED_ARG).
func jumpLabels(code []byte) map[int]bool {
	labels := map[int]bool{}
	for i := 0; i < len(code); {
		op := int(code[i])
		i++
		if op < HaveArgument || i+1 >= len(code) {
			continue
		}
		arg := int(code[i]) | int(code[i+1])<<8
		i += 2
		switch {
		case HasJrel(op):
			labels[i+arg] = true
		case HasJabs(op):
			labels[arg] = true
		}
	}
	return labels
}

func pyIntRepr(n int, long bool) string {
	if long {
		return strconv.Itoa(n) + "L"
	}
	return strconv.Itoa(n)
}

func padLeft(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return strings.Repeat(" ", n-len(s)) + s
}

func padRight(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return s + strings.Repeat(" ", n-len(s))
}
