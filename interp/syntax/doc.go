// Package syntax turns Python 2.7 source text into an abstract syntax tree with the node
// types, field names and positions of CPython 2.7's ast module, and reports bad input with
// exactly the SyntaxError, IndentationError and TabError values CPython 2.7 would raise.
//
// The design, file by file, is described here as the pieces land.
package syntax
