// This file defines Error, the value every failed parse returns, with the exact fields of
// the SyntaxError CPython 2.7 raises and its two printed forms, and ErrIncomplete, which
// interactive parsing returns when the input needs more lines.

package syntax

import (
	"errors"
	"strconv"
	"strings"
)

// ErrIncomplete is returned by interactive parsing when the input so far is a valid prefix
// that needs more lines (an open bracket, a compound statement without its closing blank
// line, an unfinished triple-quoted string, a trailing backslash, a comment-only line):
// the moment python2.7's prompt would print "... " and read on.
var ErrIncomplete = errors.New("syntax: incomplete input")

// ErrorKind is the Python exception class of an Error.
type ErrorKind uint8

const (
	// SyntaxError is the general class.
	SyntaxError ErrorKind = iota + 1
	// IndentationError is raised for unexpected indents and unindents, missing indented
	// blocks and too many levels of indentation.
	IndentationError
	// TabError is raised for inconsistent tabs and spaces when Options.TabErrors is set
	// (python2.7 -tt).
	TabError
	// MemoryError is what CPython 2.7 raises when nesting overflows its parser stack; it
	// prints "s_push: parser stack overflow" first. Msg is empty.
	MemoryError
	// ValueError is what CPython 2.7 raises, unchanged and without a position, for a str
	// literal with a bad \x escape ("invalid \x escape").
	ValueError
)

// String returns the Python class name.
func (k ErrorKind) String() string {
	switch k {
	case SyntaxError:
		return "SyntaxError"
	case IndentationError:
		return "IndentationError"
	case TabError:
		return "TabError"
	case MemoryError:
		return "MemoryError"
	case ValueError:
		return "ValueError"
	}
	panic("BUG: unknown ErrorKind")
}

// Error is a syntax error with exactly the attributes CPython 2.7 gives the exception:
// e.msg, e.filename, e.lineno, e.offset and e.text. Offset and Text may be None in
// CPython (HasOffset, HasText false): errors found while building the tree have no offset,
// and have a text only when the source came from a file.
type Error struct {
	Kind      ErrorKind
	Msg       string
	Filename  string
	Lineno    int
	Offset    int
	HasOffset bool
	Text      string
	HasText   bool
}

// Error returns what str() of the exception gives: "msg (file, line N)", where file is the
// last path component of Filename.
func (e *Error) Error() string {
	switch e.Kind {
	case MemoryError:
		return ""
	case ValueError:
		return e.Msg
	}
	base := e.Filename
	if i := strings.LastIndexByte(base, '/'); i >= 0 {
		base = base[i+1:]
	}
	return e.Msg + " (" + base + ", line " + strconv.Itoa(e.Lineno) + ")"
}

// Render returns the lines python2.7 prints on stderr when this error stops a script: the
// File line, the source line with leading blanks removed, a caret under the offset, then
// the class and message. Each line ends in a newline.
func (e *Error) Render() string {
	var b strings.Builder
	switch e.Kind {
	case MemoryError:
		return "s_push: parser stack overflow\nMemoryError\n"
	case ValueError:
		return "ValueError: " + e.Msg + "\n"
	}
	b.WriteString("  File \"")
	b.WriteString(e.Filename)
	b.WriteString("\", line ")
	b.WriteString(strconv.Itoa(e.Lineno))
	b.WriteByte('\n')
	if e.HasText {
		offset := -1
		if e.HasOffset {
			offset = e.Offset
		}
		writeErrorText(&b, offset, e.Text)
	}
	b.WriteString(e.Kind.String())
	b.WriteString(": ")
	b.WriteString(e.Msg)
	b.WriteByte('\n')
	return b.String()
}

// writeErrorText prints the source line and the caret the way CPython's print_error_text
// does, including its habits: the text is cut at a NUL (it is a C string), the line shown
// is the one holding the offset when the text spans several lines, leading blanks are
// dropped and the caret moved left with them, and no caret is printed for offset -1.
func writeErrorText(b *strings.Builder, offset int, text string) {
	if i := strings.IndexByte(text, 0); i >= 0 {
		text = text[:i]
	}
	if offset >= 0 {
		if offset > 0 && offset == len(text) && text[offset-1] == '\n' {
			offset--
		}
		for {
			nl := strings.IndexByte(text, '\n')
			if nl < 0 || nl >= offset {
				break
			}
			offset -= nl + 1
			text = text[nl+1:]
		}
		for len(text) > 0 && (text[0] == ' ' || text[0] == '\t') {
			text = text[1:]
			offset--
		}
	}
	b.WriteString("    ")
	b.WriteString(text)
	if text == "" || text[len(text)-1] != '\n' {
		b.WriteByte('\n')
	}
	if offset == -1 {
		return
	}
	b.WriteString("    ")
	for offset--; offset > 0; offset-- {
		b.WriteByte(' ')
	}
	b.WriteString("^\n")
}
