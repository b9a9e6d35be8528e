// This file defines how the compiler reports errors: compile-time SyntaxErrors as
// *syntax.Error values with CPython 2.7's message and position, and AttachSource, which
// supplies the source line CPython would read back from the file.

package compile

import "handson/interp/syntax"

// newSyntaxError makes the SyntaxError CPython's compiler and symbol table raise: a line
// but no offset (CPython sets offset to None), and no text until AttachSource. An error
// raised with no location at all (lineno 0) has an empty filename too, as in CPython.
func newSyntaxError(filename, msg string, lineno int) *syntax.Error {
	if lineno == 0 {
		filename = ""
	}
	return &syntax.Error{Kind: syntax.SyntaxError, Msg: msg, Filename: filename, Lineno: lineno}
}

// AttachSource fills in the source line of a compile-time *syntax.Error that has a line
// but no text, as CPython's PyErr_ProgramText reads it back from the file. Other errors
// are returned unchanged.
func AttachSource(err error, src []byte) error {
	e, ok := err.(*syntax.Error)
	if !ok || e.HasText || e.Lineno <= 0 {
		return err
	}
	line, ok := syntax.ProgramText(src, e.Lineno)
	if !ok {
		return err
	}
	withText := *e
	withText.Text, withText.HasText = line, true
	return &withText
}
