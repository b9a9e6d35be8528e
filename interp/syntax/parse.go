// This file defines the package's entry points: Parse with its Options and Result, the
// modes (a file, compile()'s exec, eval and single modes, and the interactive prompt), and
// the future flags found while parsing.

package syntax

import (
	"io"
	"strings"
)

// Mode selects the start symbol of the grammar and how the input is read.
type Mode uint8

const (
	// FileMode parses a source file (python2.7 FILE, import, execfile): PEP 263 rules
	// apply, the text is read the way CPython reads a file, and errors found after parsing
	// quote the source line.
	FileMode Mode = iota
	// ExecMode parses a string given to compile(..., 'exec') or the exec statement.
	ExecMode
	// EvalMode parses an expression given to eval() or compile(..., 'eval'). (eval()
	// itself strips leading blanks before compiling; that is the caller's job.)
	EvalMode
	// SingleMode parses a string given to compile(..., 'single').
	SingleMode
	// InteractiveMode parses one entry typed at the interactive prompt: the lines typed so
	// far, each ending in a newline. It returns ErrIncomplete when python2.7's prompt
	// would print "... " and read another line.
	InteractiveMode
)

// FutureFlags are the compiler flags of `from __future__` features, with CPython 2.7's
// CO_FUTURE_* values so that they can go into a code object's co_flags unchanged.
type FutureFlags uint32

const (
	FutureDivision        FutureFlags = 0x2000
	FutureAbsoluteImport  FutureFlags = 0x4000
	FutureWithStatement   FutureFlags = 0x8000
	FuturePrintFunction   FutureFlags = 0x10000
	FutureUnicodeLiterals FutureFlags = 0x20000
)

// Options configures one parse.
type Options struct {
	Mode     Mode
	Filename string // as errors report it: "x.py", "<string>", "<stdin>"
	// Flags are the future features already in force: a compile(), exec or eval that
	// inherits its caller's features passes the caller's flags, the interactive prompt
	// those of its earlier entries. print_function and unicode_literals change parsing.
	Flags FutureFlags
	// SourceIsUTF8 says the source is the UTF-8 encoding of a unicode object (compile()
	// of a unicode string): unicode literals decode from UTF-8 and a coding declaration
	// is an error.
	SourceIsUTF8 bool
	// TabErrors reports inconsistent use of tabs and spaces as a TabError, as python2.7
	// -tt does; by default, like python2.7, tabs simply count to the next multiple of 8.
	TabErrors bool
	// ReadFile, if set, reads a file the way CPython does to quote the source line of an
	// error found after parsing (ast.c and future.c errors have no offset and take their
	// text from the file named Filename, whatever the mode; compile() of a string named
	// after a real file quotes that file). When nil, FileMode quotes src and the other
	// modes quote nothing, as for a name that is not a file.
	ReadFile func(filename string) ([]byte, error)
	// AtEOF, in InteractiveMode, says the user ended the input (Ctrl-D) after these lines.
	// The entry may still complete (an indented block runs) or fail; where python2.7's
	// prompt would silently exit instead, Parse returns io.EOF.
	AtEOF bool
}

// Result is a successful parse.
type Result struct {
	// Tree is a *Module (FileMode, ExecMode), *Expression (EvalMode) or *Interactive
	// (SingleMode, InteractiveMode).
	Tree ModNode
	// Flags are Options.Flags plus every feature the source turned on: the ones CPython's
	// parser notices in any `from ... import` of them, and the `from __future__` imports
	// at the top of the source.
	Flags FutureFlags
}

// Parse parses src. A failure is an *Error, or in InteractiveMode ErrIncomplete (more
// lines needed) or io.EOF (with AtEOF, when the prompt would exit). In the string modes
// the source is read up to its first NUL byte, if any: CPython's compile() refuses such
// strings with a TypeError, which is the caller's to raise.
func Parse(src []byte, opts Options) (*Result, error) {
	res, err := parseOnce(src, &opts, opts.Flags)
	if err != nil {
		return nil, err
	}
	return res, nil
}

// ParseFile parses the contents of a source file.
func ParseFile(src []byte, filename string) (*Result, error) {
	return Parse(src, Options{Mode: FileMode, Filename: filename})
}

// newParser prepares src for parsing with opts, the future flags in force being flags.
func newParser(src []byte, opts *Options, flags FutureFlags) (*parser, *Error) {
	mode := stringInput
	switch opts.Mode {
	case FileMode:
		mode = fileInput
	case InteractiveMode:
		mode = promptInput
	}
	prep, perr := prepareSource(src, opts.Filename, mode, opts.Mode == ExecMode, opts.SourceIsUTF8)
	if perr != nil {
		return nil, &Error{Kind: SyntaxError, Msg: perr.msg, Filename: opts.Filename,
			Lineno: perr.lineno, HasOffset: !perr.noOffset}
	}
	tz := newTokenizer(prep.text, mode)
	tz.lastLineReadsEOF = prep.lastLineReadsEOF
	tz.lineCheck = prep.lineCheck
	tz.tabErrors = opts.TabErrors
	tz.promptEOF = opts.AtEOF
	return &parser{tz: tz, src: prep, opts: opts, flags: flags,
		idents: make(map[string]string)}, nil
}

func parseOnce(src []byte, opts *Options, flags FutureFlags) (res *Result, err error) {
	p, perr := newParser(src, opts, flags)
	if perr != nil {
		return nil, perr
	}
	defer func() {
		if r := recover(); r != nil {
			switch f := r.(type) {
			case parseFailure:
				res, err = nil, f.err
				if f.eof {
					err = io.EOF
				}
			case needMoreInput:
				res, err = nil, ErrIncomplete
			default:
				panic(r)
			}
		}
	}()

	var tree ModNode
	var body []Stmt
	switch opts.Mode {
	case FileMode, ExecMode:
		body = p.fileInput()
		tree = &Module{Body: body}
	case EvalMode:
		tree = &Expression{Body: p.evalInput()}
	default:
		body = p.singleInput()
		tree = &Interactive{Body: body}
	}

	if p.flags&FutureUnicodeLiterals != 0 && flags&FutureUnicodeLiterals == 0 && p.sawPlainString {
		// unicode_literals applies to the whole source, literals before the import too:
		// CPython decides after parsing. Parse again with the feature on from the start.
		return parseOnce(src, opts, flags|FutureUnicodeLiterals)
	}

	if len(p.astErrs) > 0 {
		return nil, p.astErrorValue(p.astErrs[0], src)
	}
	res = &Result{Tree: tree, Flags: p.flags}
	if opts.Mode != EvalMode {
		features, _, ferr := futureFeatures(body)
		if ferr != nil {
			return nil, p.astErrorValue(*ferr, src)
		}
		res.Flags |= features
	}
	return res, nil
}

// astErrorValue turns an error of the ast.c stage into an Error: no offset, and the
// source line as text only for a file, which CPython reads again from disk.
func (p *parser) astErrorValue(ae astError, src []byte) *Error {
	if ae.valueError {
		return &Error{Kind: ValueError, Msg: ae.msg, Filename: p.opts.Filename, Lineno: ae.line}
	}
	e := &Error{Kind: SyntaxError, Msg: ae.msg, Filename: p.opts.Filename, Lineno: ae.line}
	switch {
	case p.opts.ReadFile != nil:
		if p.opts.Filename != "" {
			if file, err := p.opts.ReadFile(p.opts.Filename); err == nil {
				e.Text, e.HasText = ProgramText(file, ae.line)
			}
		}
	case p.opts.Mode == FileMode:
		e.Text, e.HasText = ProgramText(src, ae.line)
	}
	return e
}

// ProgramText returns line lineno of a file's contents as CPython's PyErr_ProgramText
// reads it for the text of an error that has only a line number (the ones the compiler
// finds too): with universal newlines, keeping the newline, without leading blanks, cut
// at a NUL, and only the last 999-byte piece of a very long line. ok is false for a line
// number below 1; past the end of the file the text is empty, as CPython's line buffer
// is when fgets finds nothing more to read.
func ProgramText(file []byte, lineno int) (text string, ok bool) {
	if lineno <= 0 {
		return "", false
	}
	const chunk = 999
	line := ""
	for i, n := 0, 0; n < lineno; n++ {
		if i >= len(file) {
			return "", true
		}
		j := i
		for j < len(file) && file[j] != '\n' && file[j] != '\r' {
			j++
		}
		line = string(file[i:j])
		if j < len(file) {
			line += "\n"
			if file[j] == '\r' && j+1 < len(file) && file[j+1] == '\n' {
				j++
			}
			j++
		}
		i = j
	}
	if len(line) > chunk {
		line = line[(len(line)-1)/chunk*chunk:]
	}
	if k := strings.IndexByte(line, 0); k >= 0 {
		line = line[:k]
	}
	return strings.TrimLeft(line, " \t\f"), true
}

// FutureImports runs CPython 2.7's future.c over a tree, as its compiler does (the tree
// may come from anywhere, not only from Parse): the features the `from __future__`
// imports opening a module or interactive input turn on, and the line of the last of
// them (0 without any). Its errors are *Error SyntaxErrors with a line but no offset or
// text.
func FutureImports(tree ModNode, filename string) (FutureFlags, int, error) {
	var body []Stmt
	switch t := tree.(type) {
	case *Module:
		body = t.Body
	case *Interactive:
		body = t.Body
	default:
		return 0, 0, nil
	}
	flags, lineno, aerr := futureFeatures(body)
	if aerr != nil {
		return 0, 0, &Error{Kind: SyntaxError, Msg: aerr.msg, Filename: filename, Lineno: aerr.line}
	}
	return flags, lineno, nil
}

// futureFeatures implements CPython 2.7's future.c: the `from __future__` imports that
// open a module (after an optional docstring) turn features on; an unknown feature or
// `braces` is an error, as is a second run of future imports on the same line after
// another statement.
func futureFeatures(body []Stmt) (FutureFlags, int, *astError) {
	var flags FutureFlags
	lineno := 0
	foundDocstring, done := false, false
	prevLine := 0
	for _, s := range body {
		line := s.Position().Lineno
		if done && line > prevLine {
			return flags, lineno, nil
		}
		prevLine = line
		switch s := s.(type) {
		case *ImportFrom:
			if s.Module != "__future__" {
				done = true
				continue
			}
			if done {
				return 0, 0, &astError{msg: "from __future__ imports must occur at the beginning of the file", line: line}
			}
			for _, a := range s.Names {
				switch a.Name {
				case "nested_scopes", "generators":
				case "division":
					flags |= FutureDivision
				case "absolute_import":
					flags |= FutureAbsoluteImport
				case "with_statement":
					flags |= FutureWithStatement
				case "print_function":
					flags |= FuturePrintFunction
				case "unicode_literals":
					flags |= FutureUnicodeLiterals
				case "braces":
					return 0, 0, &astError{msg: "not a chance", line: line}
				default:
					return 0, 0, &astError{msg: "future feature " + truncate(a.Name, 100) + " is not defined", line: line}
				}
			}
			lineno = line
		case *ExprStmt:
			if _, isStr := s.Value.(*Str); isStr && !foundDocstring {
				foundDocstring = true
			} else {
				done = true
			}
		default:
			done = true
		}
	}
	return flags, lineno, nil
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
