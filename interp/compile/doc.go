// Package compile turns the syntax tree of interp/syntax into CPython 2.7 code objects,
// identical to what python2.7's compile() builds: the same opcodes at the same byte
// offsets, the same co_consts, co_names, co_varnames, co_freevars, co_cellvars,
// co_stacksize, co_flags, co_firstlineno and co_lnotab. So `handson dis` reads like
// python2.7's dis, and JIT logs name the `#offset OPNAME` a PyPy2 log would.
//
// # The exported API (what interp/vm and tracejit build on)
//
//   - Opcodes are untyped constants named as in Lib/opcode.py (LOAD_FAST, SLICE_1 for
//     "SLICE+1", ...) with 2.7's numbers; HaveArgument is 90. OpName[op] is the name dis
//     prints; HasArg, HasJrel, HasJabs, HasConst, HasName, HasLocal, HasFree and
//     HasCompare classify an opcode's argument; CmpOp names COMPARE_OP's arguments
//     (CmpLT ... CmpExcMatch). The CO_* constants are the co_flags bits.
//   - Code is a code object with CPython's fields. Decode(code, offset) reads one
//     instruction, folding an EXTENDED_ARG prefix into the argument of the instruction it
//     extends. Code.LineForOffset is PyCode_Addr2Line; Code.LineStarts is
//     dis.findlinestarts.
//   - Const is a co_consts value: None, Int (int64), Long (*big.Int), Float, Complex, Str
//     (bytes), Unicode (code points), Tuple, Ellipsis or *Code, each with CPython's Repr.
//   - Compile, CompileExpression and CompileInteractive compile exec, eval and single
//     mode trees; CompileMod also returns the SyntaxWarnings CPython would print. Flags
//     (the parser's syntax.FutureFlags, with the CO_FUTURE_* values) carries the future
//     features in force; Code.FutureFlags gives a REPL what to pass on to its next
//     input. Errors are *syntax.Error values with CPython's message, line and (absent)
//     offset; AttachSource adds the source line CPython would read back from the file.
//   - Disassemble prints a code object and all nested ones in dis.disassemble's layout;
//     DisassembleCode prints just one.
//
// # How it works
//
// The passes are CPython's (Python/compile.c, symtable.c, future.c, peephole.c):
//
//  1. syntax.FutureImports (future.c lives with the parser, which needs it first) finds
//     the leading `from __future__` imports.
//  2. symtable.go builds a scope per module, class, function, lambda, generator
//     expression and set/dict comprehension (list comprehensions have none in Python 2)
//     and decides for every name whether it is a fast local, a global (explicit or
//     implicit), a free variable, a cell, or looked up by name at run time (module and
//     class bodies, and functions made unoptimized by exec or import *).
//  3. compiler.go, stmt.go and expr.go emit instructions into basic blocks, one
//     compilation unit per code object, following compile.c function by function:
//     same instruction choices, same block structure, same line-number bookkeeping (only
//     the first instruction of a line carries its number), same constant sharing (equal
//     constants of the same type, down to the items of tuples, share a co_consts slot;
//     -0.0 is kept apart from 0.0; equal code objects, such as two `lambda: 0` on one
//     line, are merged).
//  4. assemble.go lays the blocks out, resolves jumps (growing EXTENDED_ARG jumps until
//     nothing moves), builds co_lnotab and computes co_stacksize on the block graph.
//  5. peephole.go rewrites the bytecode as peephole.c does: constant folding (fold.go,
//     floatpow.go and format.go give Python 2.7's arithmetic and % formatting),
//     tuple-of-constants folding, `not` merged into jumps, jump threading, dead code after
//     returns, then NOP removal with jump and line-table fix-ups.
//
// Fidelity is checked by golden tests against python2.7 (see golden_test.go): every
// program under testdata/programs, testdata/errors, testdata/eval and testdata/single,
// the shared conformance and benchmark programs, and generated programs (large enough to
// need EXTENDED_ARG, or stressing constant folding) are compared field by field and by
// their disassembly, both from interp/syntax's trees and from CPython's own trees (which
// isolates the compiler from the parser). With -stdlib, the same comparison runs live on
// every module of python2.7's standard library.
//
// Known differences from CPython: constant folding refuses int results above 2**20 bits
// (CPython would grind through 9**9**9 at compile time), and a folded float power is
// rounded correctly (floatpow.go), which glibc's pow is in all but the hardest cases:
// 10.0 ** 23, an exact tie, rounds to 1e+23 here and to 1.0000000000000001e+23 there.
package compile
