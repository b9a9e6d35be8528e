// Package syntax turns Python 2.7 source text into an abstract syntax tree with the node
// types, field names and positions of CPython 2.7's ast module, and reports bad input with
// exactly the SyntaxError, IndentationError and TabError values CPython 2.7 would raise.
//
// # Use
//
// Parse takes the source bytes and Options (the Mode, the file name errors show, the
// future features already in force) and returns a Result: the tree (*Module, *Expression
// or *Interactive), the future flags (CPython's CO_FUTURE_* bits, for the compiler) and
// the line of the last future import at the top. A failure is an *Error whose fields are
// the attributes of CPython's exception (msg, filename, lineno, offset, text, where offset
// and text may be None) and whose Render method prints it as `python2.7 FILE` does. In
// InteractiveMode a valid but unfinished entry returns ErrIncomplete: the REPL prints
// "... " and calls Parse again with the extra line; at Ctrl-D it calls Parse with AtEOF,
// which returns io.EOF where python2.7's prompt would exit. Dump prints a tree as Python's
// ast.dump(tree, include_attributes=True); ProgramText gives an error's source line the
// way CPython reads it back from a file.
//
// # Design
//
// The goal is fidelity to CPython 2.7, not only to its grammar: the same error at the same
// token with the same offset and text, the same node positions with CPython's quirks, the
// same literal values. The pipeline follows CPython's, stage by stage.
//
// source.go prepares the bytes as CPython's tokenizer sees them: a UTF-8 byte order mark,
// a PEP 263 coding declaration on line 1 (or line 2 after a blank or comment line), line
// endings, and the encoding: utf-8 and latin-1 are read raw like CPython does, ascii,
// cp1252 and iso-8859-15 through a transcoding to UTF-8; a file with neither declaration
// nor BOM must be ASCII, checked line by line as the tokenizer reads the lines. Error
// texts go back to the declared encoding as CPython converts them.
//
// tokenizer.go is a hand-written scanner that follows the state machine of CPython's
// Parser/tokenizer.c. CPython reads its input a line at a time into a buffer and reports
// errors with the cursor's offset in that buffer and the buffer's text; the tokenizer keeps
// the whole text and models the buffer with offsets, including the quirks at the end of a
// file (one more line counted, an empty buffer, a phantom newline inside an unfinished
// string). Indentation uses tabs to the next multiple of 8, or the tab size an editor
// comment sets, as CPython does.
//
// parser.go (machinery), parser_stmt.go and parser_expr.go are a recursive-descent parser
// with one function per nonterminal of Grammar/Grammar. It looks at one token at a time like CPython's LL(1)
// parser, so a syntax error is found at the same token; it also counts open nonterminals
// so that deep nesting overflows where CPython's 1500-entry parser stack does (a
// MemoryError, decided when a token is shifted, as CPython decides it). The few binary-operator levels are read by precedence climbing, which
// keeps that count exact. The parser turns print into a name after an import of
// print_function, as CPython's parser does (even after `from a.b import print_function`).
//
// The parser builds the AST directly and makes every check of CPython's ast.c on the way
// ("can't assign to literal", keyword and argument order rules, None as a target, ...).
// CPython runs ast.c after parsing and stops at its first error, so errors are collected
// and reported only if the whole input parses, and they are kept in the order ast.c would
// meet them: it reads some constructs out of source order (the comparators of a comparison
// before its left operand, an elif chain from its end, a for loop's else first, a with
// statement's body first, a function's defaults before its parameters); marks around the
// parts of those constructs let the parser reorder its error list the same way. Node
// positions follow ast.c: calls, attributes and subscripts start at their primary, a later
// BinOp of a chain at its operator, a folded negative number at its minus, a parenthesised
// tuple at its first element, a decorated definition at its first decorator, a string
// spanning lines on its last line with column -1.
//
// literals.go decodes numbers (int64, *big.Int, float64, complex128, with Python 2's
// base-0 rules and the int/long boundary at a C long) and strings (str bytes, unicode code
// points, every escape, raw and unicode-raw forms, concatenation) with CPython's error
// messages. \N{name} escapes look names up in the Unicode 5.2.0 name table of CPython
// 2.7's unicodedata, embedded by unicodenames.go.
//
// parse.go holds the entry points and CPython's future.c: the future imports at the top of
// a module turn features on, and `from __future__ import braces` and unknown features are
// errors. FutureImports runs the same code for interp/compile, over any tree, and also
// says where the real future imports end: a later `from __future__` import is the
// compiler's to reject.
//
// # Known differences from CPython 2.7
//
// Source encodings other than utf-8, latin-1, ascii, cp1252 and iso-8859-15 (in any of
// Python's spellings) are refused as unknown ("encoding problem: X" for a file, "unknown
// encoding: X" for a string) where CPython would decode them. For a file read through a
// codec (those three, or utf8 and latin1 spelled without the hyphen), a byte that does not
// decode is reported on its own line, where CPython's codec reader, which decodes
// 72-byte chunks ahead of the tokenizer, may report an earlier one and another position.
// python2.7 -t (warnings for tabs) is not reproduced; -tt is Options.TabErrors. In the
// string modes the source ends at a NUL byte, which CPython's compile() refuses with a
// TypeError the caller raises. Errors CPython finds after the AST, in its symbol table
// and compiler, belong to interp/compile, including a late `from __future__` import.
//
// # Tests
//
// Goldens in testdata are made by running CPython 2.7 (`go test ./interp/syntax -update`,
// the flag after the package) and compared byte for byte otherwise: the AST of every
// shared conformance and bench program and of programs covering the whole grammar; the
// tokens CPython's parser received (read from its parser module); compile()'s exec, eval
// and single modes on a table of sources; the exception and stderr of more than a hundred
// bad programs; and sessions typed into a real python2.7 prompt on a pseudo-terminal, line
// by line. FuzzParse checks that any input gives a tree or an error value. Two opt-in
// tests need CPython 2.7 at hand: -stdlib parses every module of its standard library and
// compares the trees, and -differential compiles thousands of mutated test programs (cut,
// with bytes deleted, with fragments inserted) as files and in the three string modes and
// compares trees and errors.
package syntax
