// This file defines CPython 2.7's opcodes: their numbers, names and argument kinds (the
// tables of Lib/opcode.py), the comparison operators of COMPARE_OP, and the code-object
// flag bits.

package compile

import "strconv"

// The opcodes, with CPython 2.7's numbers. Opcodes below HaveArgument take no argument and
// occupy one byte; the others are followed by a 16-bit little-endian argument (three bytes
// in all), extended to 32 bits by a preceding EXTENDED_ARG.
//
// The stack comments use TOS for the top of the value stack, TOS1 for the one below, etc.
const (
	STOP_CODE            = 0   // unused; marks the end of code in very old CPythons
	POP_TOP              = 1   // pop TOS
	ROT_TWO              = 2   // swap TOS and TOS1
	ROT_THREE            = 3   // lift TOS1 and TOS2 one up, move TOS to third place
	DUP_TOP              = 4   // push a second reference to TOS
	ROT_FOUR             = 5   // lift TOS1..TOS3 one up, move TOS to fourth place
	NOP                  = 9   // do nothing (the peephole optimizer removes them)
	UNARY_POSITIVE       = 10  // TOS = +TOS
	UNARY_NEGATIVE       = 11  // TOS = -TOS
	UNARY_NOT            = 12  // TOS = not TOS
	UNARY_CONVERT        = 13  // TOS = `TOS` (repr)
	UNARY_INVERT         = 15  // TOS = ~TOS
	BINARY_POWER         = 19  // TOS = TOS1 ** TOS
	BINARY_MULTIPLY      = 20  // TOS = TOS1 * TOS
	BINARY_DIVIDE        = 21  // TOS = TOS1 / TOS (classic division)
	BINARY_MODULO        = 22  // TOS = TOS1 % TOS
	BINARY_ADD           = 23  // TOS = TOS1 + TOS
	BINARY_SUBTRACT      = 24  // TOS = TOS1 - TOS
	BINARY_SUBSCR        = 25  // TOS = TOS1[TOS]
	BINARY_FLOOR_DIVIDE  = 26  // TOS = TOS1 // TOS
	BINARY_TRUE_DIVIDE   = 27  // TOS = TOS1 / TOS under `from __future__ import division`
	INPLACE_FLOOR_DIVIDE = 28  // TOS = TOS1 //= TOS
	INPLACE_TRUE_DIVIDE  = 29  // TOS = TOS1 /= TOS under future division
	SLICE_0              = 30  // TOS = TOS[:]
	SLICE_1              = 31  // TOS = TOS1[TOS:]
	SLICE_2              = 32  // TOS = TOS1[:TOS]
	SLICE_3              = 33  // TOS = TOS2[TOS1:TOS]
	STORE_SLICE_0        = 40  // TOS[:] = TOS1
	STORE_SLICE_1        = 41  // TOS1[TOS:] = TOS2
	STORE_SLICE_2        = 42  // TOS1[:TOS] = TOS2
	STORE_SLICE_3        = 43  // TOS2[TOS1:TOS] = TOS3
	DELETE_SLICE_0       = 50  // del TOS[:]
	DELETE_SLICE_1       = 51  // del TOS1[TOS:]
	DELETE_SLICE_2       = 52  // del TOS1[:TOS]
	DELETE_SLICE_3       = 53  // del TOS2[TOS1:TOS]
	STORE_MAP            = 54  // TOS2[TOS] = TOS1, pop both, the dict stays
	INPLACE_ADD          = 55  // TOS = TOS1 += TOS
	INPLACE_SUBTRACT     = 56  // TOS = TOS1 -= TOS
	INPLACE_MULTIPLY     = 57  // TOS = TOS1 *= TOS
	INPLACE_DIVIDE       = 58  // TOS = TOS1 /= TOS (classic division)
	INPLACE_MODULO       = 59  // TOS = TOS1 %= TOS
	STORE_SUBSCR         = 60  // TOS1[TOS] = TOS2
	DELETE_SUBSCR        = 61  // del TOS1[TOS]
	BINARY_LSHIFT        = 62  // TOS = TOS1 << TOS
	BINARY_RSHIFT        = 63  // TOS = TOS1 >> TOS
	BINARY_AND           = 64  // TOS = TOS1 & TOS
	BINARY_XOR           = 65  // TOS = TOS1 ^ TOS
	BINARY_OR            = 66  // TOS = TOS1 | TOS
	INPLACE_POWER        = 67  // TOS = TOS1 **= TOS
	GET_ITER             = 68  // TOS = iter(TOS)
	PRINT_EXPR           = 70  // interactive mode: print repr(TOS) through sys.displayhook, pop
	PRINT_ITEM           = 71  // print TOS to sys.stdout (print statement item), pop
	PRINT_NEWLINE        = 72  // print a newline to sys.stdout
	PRINT_ITEM_TO        = 73  // print TOS1 to the file TOS, pop both
	PRINT_NEWLINE_TO     = 74  // print a newline to the file TOS, pop it
	INPLACE_LSHIFT       = 75  // TOS = TOS1 <<= TOS
	INPLACE_RSHIFT       = 76  // TOS = TOS1 >>= TOS
	INPLACE_AND          = 77  // TOS = TOS1 &= TOS
	INPLACE_XOR          = 78  // TOS = TOS1 ^= TOS
	INPLACE_OR           = 79  // TOS = TOS1 |= TOS
	BREAK_LOOP           = 80  // unwind to the innermost SETUP_LOOP block and leave it
	WITH_CLEANUP         = 81  // call the with-statement's __exit__ found under the finally state
	LOAD_LOCALS          = 82  // push the locals dict (end of a class body)
	RETURN_VALUE         = 83  // return TOS to the caller
	IMPORT_STAR          = 84  // from TOS import *, pop
	EXEC_STMT            = 85  // exec TOS2 in TOS1, TOS
	YIELD_VALUE          = 86  // suspend the generator, yielding TOS; push the sent value on resume
	POP_BLOCK            = 87  // pop one block from the block stack
	END_FINALLY          = 88  // end a finally or except clause: re-raise, resume the pending return/continue, or go on
	BUILD_CLASS          = 89  // TOS = class built from name TOS2, bases TOS1, dict TOS
	HaveArgument         = 90  // opcodes from here on take an argument
	STORE_NAME           = 90  // co_names[arg] = TOS (locals dict, then globals)
	DELETE_NAME          = 91  // del co_names[arg]
	UNPACK_SEQUENCE      = 92  // replace TOS by its arg items, first one on top
	FOR_ITER             = 93  // push next(TOS), or pop TOS and jump forward by arg when exhausted
	LIST_APPEND          = 94  // list comprehension: append TOS to the list arg deep in the stack, pop
	STORE_ATTR           = 95  // TOS.co_names[arg] = TOS1
	DELETE_ATTR          = 96  // del TOS.co_names[arg]
	STORE_GLOBAL         = 97  // global co_names[arg] = TOS
	DELETE_GLOBAL        = 98  // del global co_names[arg]
	DUP_TOPX             = 99  // duplicate the top arg (1..5) items, in order
	LOAD_CONST           = 100 // push co_consts[arg]
	LOAD_NAME            = 101 // push co_names[arg] from locals, globals or builtins
	BUILD_TUPLE          = 102 // replace the top arg items by a tuple of them
	BUILD_LIST           = 103 // replace the top arg items by a list of them
	BUILD_SET            = 104 // replace the top arg items by a set of them
	BUILD_MAP            = 105 // push a new dict presized for arg entries
	LOAD_ATTR            = 106 // TOS = TOS.co_names[arg]
	COMPARE_OP           = 107 // TOS = TOS1 <CmpOp[arg]> TOS
	IMPORT_NAME          = 108 // TOS = __import__(co_names[arg], fromlist TOS, level TOS1)
	IMPORT_FROM          = 109 // push TOS.co_names[arg] (the module stays)
	JUMP_FORWARD         = 110 // jump forward by arg bytes
	JUMP_IF_FALSE_OR_POP = 111 // if TOS is false jump to arg keeping it, else pop it
	JUMP_IF_TRUE_OR_POP  = 112 // if TOS is true jump to arg keeping it, else pop it
	JUMP_ABSOLUTE        = 113 // jump to offset arg (the back-edge of loops)
	POP_JUMP_IF_FALSE    = 114 // pop TOS, jump to arg if it was false
	POP_JUMP_IF_TRUE     = 115 // pop TOS, jump to arg if it was true
	LOAD_GLOBAL          = 116 // push global (or builtin) co_names[arg]
	CONTINUE_LOOP        = 119 // continue inside try: unwind to the loop and jump to arg
	SETUP_LOOP           = 120 // push a loop block ending arg bytes ahead
	SETUP_EXCEPT         = 121 // push a try-except block whose handler is arg bytes ahead
	SETUP_FINALLY        = 122 // push a try-finally block whose finally is arg bytes ahead
	LOAD_FAST            = 124 // push local co_varnames[arg]
	STORE_FAST           = 125 // local co_varnames[arg] = TOS
	DELETE_FAST          = 126 // del local co_varnames[arg]
	RAISE_VARARGS        = 130 // raise with arg (0..3) operands: type, value, traceback
	CALL_FUNCTION        = 131 // call with arg&0xff positional and arg>>8 keyword arguments
	MAKE_FUNCTION        = 132 // TOS = function from code TOS with arg default values below it
	BUILD_SLICE          = 133 // replace the top arg (2 or 3) items by slice(...)
	MAKE_CLOSURE         = 134 // like MAKE_FUNCTION, with a tuple of cells under the code
	LOAD_CLOSURE         = 135 // push the cell arg of co_cellvars+co_freevars
	LOAD_DEREF           = 136 // push the contents of cell arg
	STORE_DEREF          = 137 // cell arg contents = TOS
	CALL_FUNCTION_VAR    = 140 // CALL_FUNCTION with a *args sequence on top
	CALL_FUNCTION_KW     = 141 // CALL_FUNCTION with a **kwargs mapping on top
	CALL_FUNCTION_VAR_KW = 142 // CALL_FUNCTION with *args and then **kwargs on top
	SETUP_WITH           = 143 // call TOS.__enter__, push a finally block arg bytes ahead
	EXTENDED_ARG         = 145 // arg becomes the high 16 bits of the next instruction's argument
	SET_ADD              = 146 // set comprehension: add TOS to the set arg deep in the stack, pop
	MAP_ADD              = 147 // dict comprehension: map[TOS] = TOS1 for the dict arg deep, pop both
)

// SLICE, STORE_SLICE and DELETE_SLICE are the bases of the four-opcode slice families, as
// CPython's C code names them: SLICE+1 slices with a lower bound, +2 with an upper bound, +3
// with both.
const (
	SLICE        = SLICE_0
	STORE_SLICE  = STORE_SLICE_0
	DELETE_SLICE = DELETE_SLICE_0
)

// argKind classifies what an opcode's argument refers to.
type argKind uint8

const (
	argNone    argKind = iota // no argument
	argPlain                  // a count or other number
	argConst                  // index into co_consts
	argName                   // index into co_names
	argJrel                   // jump distance from the next instruction
	argJabs                   // absolute jump target
	argLocal                  // index into co_varnames
	argCompare                // index into CmpOp
	argFree                   // index into co_cellvars + co_freevars
)

// opInfo is one row of the opcode table.
type opInfo struct {
	name string
	arg  argKind
}

// opTable describes every defined opcode; undefined entries have an empty name.
var opTable = [256]opInfo{
	STOP_CODE:            {"STOP_CODE", argNone},
	POP_TOP:              {"POP_TOP", argNone},
	ROT_TWO:              {"ROT_TWO", argNone},
	ROT_THREE:            {"ROT_THREE", argNone},
	DUP_TOP:              {"DUP_TOP", argNone},
	ROT_FOUR:             {"ROT_FOUR", argNone},
	NOP:                  {"NOP", argNone},
	UNARY_POSITIVE:       {"UNARY_POSITIVE", argNone},
	UNARY_NEGATIVE:       {"UNARY_NEGATIVE", argNone},
	UNARY_NOT:            {"UNARY_NOT", argNone},
	UNARY_CONVERT:        {"UNARY_CONVERT", argNone},
	UNARY_INVERT:         {"UNARY_INVERT", argNone},
	BINARY_POWER:         {"BINARY_POWER", argNone},
	BINARY_MULTIPLY:      {"BINARY_MULTIPLY", argNone},
	BINARY_DIVIDE:        {"BINARY_DIVIDE", argNone},
	BINARY_MODULO:        {"BINARY_MODULO", argNone},
	BINARY_ADD:           {"BINARY_ADD", argNone},
	BINARY_SUBTRACT:      {"BINARY_SUBTRACT", argNone},
	BINARY_SUBSCR:        {"BINARY_SUBSCR", argNone},
	BINARY_FLOOR_DIVIDE:  {"BINARY_FLOOR_DIVIDE", argNone},
	BINARY_TRUE_DIVIDE:   {"BINARY_TRUE_DIVIDE", argNone},
	INPLACE_FLOOR_DIVIDE: {"INPLACE_FLOOR_DIVIDE", argNone},
	INPLACE_TRUE_DIVIDE:  {"INPLACE_TRUE_DIVIDE", argNone},
	SLICE_0:              {"SLICE+0", argNone},
	SLICE_1:              {"SLICE+1", argNone},
	SLICE_2:              {"SLICE+2", argNone},
	SLICE_3:              {"SLICE+3", argNone},
	STORE_SLICE_0:        {"STORE_SLICE+0", argNone},
	STORE_SLICE_1:        {"STORE_SLICE+1", argNone},
	STORE_SLICE_2:        {"STORE_SLICE+2", argNone},
	STORE_SLICE_3:        {"STORE_SLICE+3", argNone},
	DELETE_SLICE_0:       {"DELETE_SLICE+0", argNone},
	DELETE_SLICE_1:       {"DELETE_SLICE+1", argNone},
	DELETE_SLICE_2:       {"DELETE_SLICE+2", argNone},
	DELETE_SLICE_3:       {"DELETE_SLICE+3", argNone},
	STORE_MAP:            {"STORE_MAP", argNone},
	INPLACE_ADD:          {"INPLACE_ADD", argNone},
	INPLACE_SUBTRACT:     {"INPLACE_SUBTRACT", argNone},
	INPLACE_MULTIPLY:     {"INPLACE_MULTIPLY", argNone},
	INPLACE_DIVIDE:       {"INPLACE_DIVIDE", argNone},
	INPLACE_MODULO:       {"INPLACE_MODULO", argNone},
	STORE_SUBSCR:         {"STORE_SUBSCR", argNone},
	DELETE_SUBSCR:        {"DELETE_SUBSCR", argNone},
	BINARY_LSHIFT:        {"BINARY_LSHIFT", argNone},
	BINARY_RSHIFT:        {"BINARY_RSHIFT", argNone},
	BINARY_AND:           {"BINARY_AND", argNone},
	BINARY_XOR:           {"BINARY_XOR", argNone},
	BINARY_OR:            {"BINARY_OR", argNone},
	INPLACE_POWER:        {"INPLACE_POWER", argNone},
	GET_ITER:             {"GET_ITER", argNone},
	PRINT_EXPR:           {"PRINT_EXPR", argNone},
	PRINT_ITEM:           {"PRINT_ITEM", argNone},
	PRINT_NEWLINE:        {"PRINT_NEWLINE", argNone},
	PRINT_ITEM_TO:        {"PRINT_ITEM_TO", argNone},
	PRINT_NEWLINE_TO:     {"PRINT_NEWLINE_TO", argNone},
	INPLACE_LSHIFT:       {"INPLACE_LSHIFT", argNone},
	INPLACE_RSHIFT:       {"INPLACE_RSHIFT", argNone},
	INPLACE_AND:          {"INPLACE_AND", argNone},
	INPLACE_XOR:          {"INPLACE_XOR", argNone},
	INPLACE_OR:           {"INPLACE_OR", argNone},
	BREAK_LOOP:           {"BREAK_LOOP", argNone},
	WITH_CLEANUP:         {"WITH_CLEANUP", argNone},
	LOAD_LOCALS:          {"LOAD_LOCALS", argNone},
	RETURN_VALUE:         {"RETURN_VALUE", argNone},
	IMPORT_STAR:          {"IMPORT_STAR", argNone},
	EXEC_STMT:            {"EXEC_STMT", argNone},
	YIELD_VALUE:          {"YIELD_VALUE", argNone},
	POP_BLOCK:            {"POP_BLOCK", argNone},
	END_FINALLY:          {"END_FINALLY", argNone},
	BUILD_CLASS:          {"BUILD_CLASS", argNone},
	STORE_NAME:           {"STORE_NAME", argName},
	DELETE_NAME:          {"DELETE_NAME", argName},
	UNPACK_SEQUENCE:      {"UNPACK_SEQUENCE", argPlain},
	FOR_ITER:             {"FOR_ITER", argJrel},
	LIST_APPEND:          {"LIST_APPEND", argPlain},
	STORE_ATTR:           {"STORE_ATTR", argName},
	DELETE_ATTR:          {"DELETE_ATTR", argName},
	STORE_GLOBAL:         {"STORE_GLOBAL", argName},
	DELETE_GLOBAL:        {"DELETE_GLOBAL", argName},
	DUP_TOPX:             {"DUP_TOPX", argPlain},
	LOAD_CONST:           {"LOAD_CONST", argConst},
	LOAD_NAME:            {"LOAD_NAME", argName},
	BUILD_TUPLE:          {"BUILD_TUPLE", argPlain},
	BUILD_LIST:           {"BUILD_LIST", argPlain},
	BUILD_SET:            {"BUILD_SET", argPlain},
	BUILD_MAP:            {"BUILD_MAP", argPlain},
	LOAD_ATTR:            {"LOAD_ATTR", argName},
	COMPARE_OP:           {"COMPARE_OP", argCompare},
	IMPORT_NAME:          {"IMPORT_NAME", argName},
	IMPORT_FROM:          {"IMPORT_FROM", argName},
	JUMP_FORWARD:         {"JUMP_FORWARD", argJrel},
	JUMP_IF_FALSE_OR_POP: {"JUMP_IF_FALSE_OR_POP", argJabs},
	JUMP_IF_TRUE_OR_POP:  {"JUMP_IF_TRUE_OR_POP", argJabs},
	JUMP_ABSOLUTE:        {"JUMP_ABSOLUTE", argJabs},
	POP_JUMP_IF_FALSE:    {"POP_JUMP_IF_FALSE", argJabs},
	POP_JUMP_IF_TRUE:     {"POP_JUMP_IF_TRUE", argJabs},
	LOAD_GLOBAL:          {"LOAD_GLOBAL", argName},
	CONTINUE_LOOP:        {"CONTINUE_LOOP", argJabs},
	SETUP_LOOP:           {"SETUP_LOOP", argJrel},
	SETUP_EXCEPT:         {"SETUP_EXCEPT", argJrel},
	SETUP_FINALLY:        {"SETUP_FINALLY", argJrel},
	LOAD_FAST:            {"LOAD_FAST", argLocal},
	STORE_FAST:           {"STORE_FAST", argLocal},
	DELETE_FAST:          {"DELETE_FAST", argLocal},
	RAISE_VARARGS:        {"RAISE_VARARGS", argPlain},
	CALL_FUNCTION:        {"CALL_FUNCTION", argPlain},
	MAKE_FUNCTION:        {"MAKE_FUNCTION", argPlain},
	BUILD_SLICE:          {"BUILD_SLICE", argPlain},
	MAKE_CLOSURE:         {"MAKE_CLOSURE", argPlain},
	LOAD_CLOSURE:         {"LOAD_CLOSURE", argFree},
	LOAD_DEREF:           {"LOAD_DEREF", argFree},
	STORE_DEREF:          {"STORE_DEREF", argFree},
	CALL_FUNCTION_VAR:    {"CALL_FUNCTION_VAR", argPlain},
	CALL_FUNCTION_KW:     {"CALL_FUNCTION_KW", argPlain},
	CALL_FUNCTION_VAR_KW: {"CALL_FUNCTION_VAR_KW", argPlain},
	SETUP_WITH:           {"SETUP_WITH", argJrel},
	EXTENDED_ARG:         {"EXTENDED_ARG", argPlain},
	SET_ADD:              {"SET_ADD", argPlain},
	MAP_ADD:              {"MAP_ADD", argPlain},
}

// OpName gives each opcode's name as Lib/opcode.py spells it ("SLICE+1", not SLICE_1);
// numbers that are no opcode read "<N>", as in opcode.opname.
var OpName = func() [256]string {
	var names [256]string
	for op := range names {
		if opTable[op].name != "" {
			names[op] = opTable[op].name
		} else {
			names[op] = "<" + strconv.Itoa(op) + ">"
		}
	}
	return names
}()

// IsDefined reports whether op is an opcode of CPython 2.7.
func IsDefined(op int) bool { return op >= 0 && op < 256 && opTable[op].name != "" }

// HasArg reports whether op is followed by a two-byte argument.
func HasArg(op int) bool { return op >= HaveArgument }

// HasJrel reports whether op's argument is a jump distance counted from the next
// instruction (opcode.hasjrel).
func HasJrel(op int) bool { return kindOf(op) == argJrel }

// HasJabs reports whether op's argument is an absolute jump target (opcode.hasjabs).
func HasJabs(op int) bool { return kindOf(op) == argJabs }

// HasConst reports whether op's argument indexes co_consts.
func HasConst(op int) bool { return kindOf(op) == argConst }

// HasName reports whether op's argument indexes co_names.
func HasName(op int) bool { return kindOf(op) == argName }

// HasLocal reports whether op's argument indexes co_varnames.
func HasLocal(op int) bool { return kindOf(op) == argLocal }

// HasFree reports whether op's argument indexes co_cellvars followed by co_freevars.
func HasFree(op int) bool { return kindOf(op) == argFree }

// HasCompare reports whether op's argument indexes CmpOp.
func HasCompare(op int) bool { return kindOf(op) == argCompare }

func kindOf(op int) argKind {
	if op < 0 || op >= 256 {
		return argNone
	}
	return opTable[op].arg
}

// The arguments of COMPARE_OP (CPython's PyCmp_* values).
const (
	CmpLT       = 0  // <
	CmpLE       = 1  // <=
	CmpEQ       = 2  // ==
	CmpNE       = 3  // !=
	CmpGT       = 4  // >
	CmpGE       = 5  // >=
	CmpIn       = 6  // in
	CmpNotIn    = 7  // not in
	CmpIs       = 8  // is
	CmpIsNot    = 9  // is not
	CmpExcMatch = 10 // exception match: does the raised exception match an except clause
	CmpBad      = 11 // BAD: never generated
	numCmpOps   = 12
)

// CmpOp names the comparison of each COMPARE_OP argument, as dis.cmp_op does.
var CmpOp = [numCmpOps]string{"<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not",
	"exception match", "BAD"}

// Code-object flags (co_flags bits), with CPython 2.7's values.
const (
	CO_OPTIMIZED   = 0x0001 // locals live in fast slots (a function without exec or import *)
	CO_NEWLOCALS   = 0x0002 // a fresh locals namespace per call (functions and classes)
	CO_VARARGS     = 0x0004 // takes *args
	CO_VARKEYWORDS = 0x0008 // takes **kwargs
	CO_NESTED      = 0x0010 // defined inside a function
	CO_GENERATOR   = 0x0020 // calling it makes a generator
	CO_NOFREE      = 0x0040 // no cell and no free variables

	CO_FUTURE_DIVISION         = 0x2000  // from __future__ import division
	CO_FUTURE_ABSOLUTE_IMPORT  = 0x4000  // from __future__ import absolute_import
	CO_FUTURE_WITH_STATEMENT   = 0x8000  // from __future__ import with_statement
	CO_FUTURE_PRINT_FUNCTION   = 0x10000 // from __future__ import print_function
	CO_FUTURE_UNICODE_LITERALS = 0x20000 // from __future__ import unicode_literals

	// futureMask is PyCF_MASK: the future bits a code object inherits from the compilation.
	futureMask = CO_FUTURE_DIVISION | CO_FUTURE_ABSOLUTE_IMPORT | CO_FUTURE_WITH_STATEMENT |
		CO_FUTURE_PRINT_FUNCTION | CO_FUTURE_UNICODE_LITERALS
)
