// This file defines the parser's machinery: tokens in, errors out, the bookkeeping that
// keeps ast.c's errors in ast.c's order, and the assignment-target checks.
//
// The parser is recursive descent with one function per nonterminal of CPython 2.7's
// Grammar/Grammar, and it looks at exactly one token at a time, as the LL(1) parser CPython
// generates does, so a syntax error is detected at the token where CPython detects it and
// reported with the tokenizer state CPython reports. It builds the AST directly, doing on
// the way every check of CPython's ast.c; those errors are collected in the order ast.c
// would meet them and reported only if the whole input parses (ast.c runs after the
// parser).

package syntax

// maxParserDepth is CPython's MAXSTACK: how many nonterminals its parser can have open.
const maxParserDepth = 1500

// parser holds the state of one parse.
type parser struct {
	tz   *tokenizer
	src  *prepared
	opts *Options

	tok     token
	have    bool // tok holds the next token, not yet consumed
	started bool // a token other than ENDMARKER has been seen (CPython's parsetok)

	flags FutureFlags // the parser's own flags: print_function and friends
	depth int

	astErrs []astError
	idents  map[string]string

	// bareNum is the Num that power just returned for a NUMBER with nothing after it,
	// which a unary minus folds into; bareNumStart and bareNumEnd locate its text.
	bareNum                  *Num
	bareNumStart, bareNumEnd int

	// sawPlainString records that a literal without a u or b prefix was decoded before
	// unicode_literals was known to be on.
	sawPlainString bool

	nodes nodeSlabs
}

// slab hands out values of one type from chunks, so that the most frequent nodes cost
// one allocation per chunk rather than one each; a tree lives and dies as a whole.
type slab[T any] struct{ chunk []T }

func (s *slab[T]) new() *T {
	if len(s.chunk) == cap(s.chunk) {
		s.chunk = make([]T, 0, 64)
	}
	s.chunk = s.chunk[:len(s.chunk)+1]
	return &s.chunk[len(s.chunk)-1]
}

// nodeSlabs holds a slab for each of the most frequent node types.
type nodeSlabs struct {
	names     slab[Name]
	nums      slab[Num]
	strs      slab[Str]
	attrs     slab[Attribute]
	calls     slab[Call]
	binops    slab[BinOp]
	exprStmts slab[ExprStmt]
	assigns   slab[Assign]
}

// astError is an error of CPython's ast.c stage: only a line, no offset.
type astError struct {
	msg        string
	line       int
	valueError bool
}

// parseFailure carries a parse error out of the recursive descent; Parse recovers it and
// returns err, or io.EOF when eof is set (the interactive prompt's silent exit).
type parseFailure struct {
	err *Error
	eof bool
}

// peek returns the current token, reading it if needed. Like CPython's parsetok it turns
// the first ENDMARKER after other tokens into a NEWLINE and closes open indents then.
func (p *parser) peek() *token {
	if p.have {
		return &p.tok
	}
	t := p.tz.get()
	if t.kind == tkError {
		p.tokenizerError()
	}
	if t.kind == tkEndMarker && p.started {
		t.kind = tkNewline
		p.started = false
		if p.tz.indent > 0 {
			p.tz.pendin = -p.tz.indent
			p.tz.indent = 0
		}
	} else {
		p.started = true
	}
	if t.kind == tkName {
		t.kw = keywordOf(p.tz.text[t.start:t.end])
		if t.kw == kwPrint && p.flags&FuturePrintFunction != 0 {
			t.kw = kwNone
		}
	}
	p.tok = t
	p.have = true
	return &p.tok
}

// advance consumes the current token. It is where CPython's parser stack overflows: its
// parser opens the nonterminals that lead to a token only for a token that fits them, so
// an input that fails before the deepest point is a syntax error, not a MemoryError.
func (p *parser) advance() {
	if !p.have {
		panic("BUG: parser advanced past a token it has not looked at")
	}
	if p.depth > maxParserDepth {
		if p.tz.lineno <= 1 && p.tz.done == eEOF {
			// CPython's end-of-input rule overrides even this error.
			p.failWith(false)
		}
		panic(parseFailure{err: &Error{Kind: MemoryError, Filename: p.opts.Filename}})
	}
	p.have = false
}

func (p *parser) at(k tokKind) bool { return p.peek().kind == k }

func (p *parser) atKw(kw keyword) bool {
	t := p.peek()
	return t.kind == tkName && t.kw == kw
}

// atName reports whether the current token is a NAME that is not a keyword.
func (p *parser) atName() bool {
	t := p.peek()
	return t.kind == tkName && t.kw == kwNone
}

func (p *parser) expect(k tokKind) {
	if p.peek().kind != k {
		p.fail()
	}
	p.advance()
}

func (p *parser) expectKw(kw keyword) {
	if !p.atKw(kw) {
		p.fail()
	}
	p.advance()
}

// pos returns the position CPython gives a node whose first token is the current one.
func (p *parser) pos() Pos {
	t := p.peek()
	return Pos{Lineno: t.line, ColOffset: t.col}
}

// name consumes a NAME that is not a keyword and returns it.
func (p *parser) name() string {
	if !p.atName() {
		p.fail()
	}
	s := p.ident(p.tok.start, p.tok.end)
	p.advance()
	return s
}

// ident returns the identifier text[start:end], sharing one string per distinct name.
func (p *parser) ident(start, end int) string {
	b := p.tz.text[start:end]
	if s, ok := p.idents[string(b)]; ok {
		return s
	}
	s := string(b)
	p.idents[s] = s
	return s
}

// push enters a nonterminal; depth counts the nonterminals open, as CPython's parser stack
// does (advance checks it).
func (p *parser) push() { p.depth++ }

func (p *parser) pop() { p.depth-- }

// fail reports a syntax error at the current token.
func (p *parser) fail() {
	p.failWith(false)
}

// failExpectingIndent reports the error of a suite whose NEWLINE is not followed by an
// INDENT: the only token CPython's parser could accept there.
func (p *parser) failExpectingIndent() {
	p.failWith(true)
}

func (p *parser) failWith(expectedIndent bool) {
	kind, msg := SyntaxError, "invalid syntax"
	switch {
	case p.tok.kind == tkOp:
		// CPython's parser rejects a token no rule knows before it works out what it
		// expected, so this is invalid syntax even where an indented block was due.
	case expectedIndent:
		kind, msg = IndentationError, "expected an indented block"
	case p.tok.kind == tkIndent:
		kind, msg = IndentationError, "unexpected indent"
	case p.tok.kind == tkDedent:
		kind, msg = IndentationError, "unexpected unindent"
	}
	if p.tz.lineno <= 1 && p.tz.done == eEOF {
		if p.opts.Mode == InteractiveMode {
			// CPython's prompt takes this error code as the end of its input.
			panic(parseFailure{eof: true})
		}
		kind, msg = SyntaxError, "unexpected EOF while parsing"
	}
	panic(parseFailure{err: p.positionedError(kind, msg)})
}

// tokenizerError reports the error the tokenizer stopped with.
func (p *parser) tokenizerError() {
	kind, msg := SyntaxError, ""
	switch p.tz.done {
	case eToken:
		msg = "invalid token"
	case eEOFS:
		msg = "EOF while scanning triple-quoted string literal"
	case eEOLS:
		msg = "EOL while scanning string literal"
	case eLineCont:
		msg = "unexpected character after line continuation character"
	case eDedent:
		kind, msg = IndentationError, "unindent does not match any outer indentation level"
	case eTooDeep:
		kind, msg = IndentationError, "too many levels of indentation"
	case eTabSpace:
		kind, msg = TabError, "inconsistent use of tabs and spaces in indentation"
	case eDecode:
		panic(parseFailure{err: &Error{Kind: SyntaxError, Msg: p.tz.decodeMsg, Filename: p.opts.Filename,
			Lineno: p.tz.lineno, HasOffset: true}})
	default:
		panic("BUG: tokenizer failed without saying why")
	}
	panic(parseFailure{err: p.positionedError(kind, msg)})
}

// positionedError builds an error with the line, offset and text CPython takes from its
// tokenizer: the offset of the cursor in the line buffer and the buffer's lines.
func (p *parser) positionedError(kind ErrorKind, msg string) *Error {
	t := p.tz
	e := &Error{Kind: kind, Msg: msg, Filename: p.opts.Filename, Lineno: t.lineno,
		Offset: t.cur - t.buf, HasOffset: true, HasText: true}
	if !t.bufCleared {
		e.Text = string(t.text[t.buf:t.inp])
	}
	if p.src.tokEncoding != "" {
		if t.bufCleared {
			// At the end of a file CPython's buffer starts with a NUL, followed by the
			// rest of the last line, which the offset is still computed from.
			stale := []byte(t.text[t.buf:t.inp])
			if len(stale) > 0 {
				stale[0] = 0
			}
			_, e.Offset = p.restoreEncoding(string(stale), e.Offset)
		} else {
			e.Text, e.Offset = p.restoreEncoding(e.Text, e.Offset)
		}
	}
	return e
}

// restoreEncoding converts an error's text back from the UTF-8 the tokenizer reads to the
// source encoding, as CPython's PyTokenizer_RestoreEncoding does: decode as UTF-8 and
// encode, both replacing what they cannot handle (which also turns the raw bytes of a
// latin-1 source into question marks), and recompute the offset from the text before it.
func (p *parser) restoreEncoding(text string, offset int) (string, int) {
	convert := func(b string) []byte {
		var out []byte
		for _, r := range decodeUTF8Replace([]byte(b)) {
			out = p.encodeReplace(out, r)
		}
		return out
	}
	restored := string(convert(text))
	if offset > 1 && offset-1 <= len(text) {
		offset = len(convert(text[:offset-1])) + 1
	}
	return restored, offset
}

// encodeReplace appends r in the encoding of the source, or '?' if it has no such
// character.
func (p *parser) encodeReplace(out []byte, r rune) []byte {
	switch {
	case p.src.tokEncoding == "utf-8" || p.src.codec != nil && p.src.codec.isUTF8:
		return appendUTF8(out, r)
	case p.src.tokEncoding == "iso-8859-1":
		if r < 0x100 {
			return append(out, byte(r))
		}
	case p.src.codec != nil:
		if c, ok := p.src.codec.encode(r); ok {
			return append(out, c)
		}
	}
	return append(out, '?')
}

// astError records an error of the ast.c stage.
func (p *parser) astError(line int, msg string) {
	p.astErrs = append(p.astErrs, astError{msg: msg, line: line})
}

// errMark returns a mark for reordering the ast errors recorded after it.
func (p *parser) errMark() int { return len(p.astErrs) }

// insertAstError records an error as if it had been found when mark was taken.
func (p *parser) insertAstError(mark, line int, msg string) {
	p.astErrs = append(p.astErrs, astError{})
	copy(p.astErrs[mark+1:], p.astErrs[mark:])
	p.astErrs[mark] = astError{msg: msg, line: line}
}

// reorderErrs puts the ast errors of consecutive segments in the order ast.c visits the
// segments. bounds holds the marks between segments (len(order)+1 of them); order lists
// segment indexes in visiting order.
func (p *parser) reorderErrs(bounds []int, order []int) {
	first, last := bounds[0], bounds[len(bounds)-1]
	if first == last {
		return
	}
	out := make([]astError, 0, last-first)
	for _, seg := range order {
		out = append(out, p.astErrs[bounds[seg]:bounds[seg+1]]...)
	}
	copy(p.astErrs[first:last], out)
}

// forbiddenName records ast.c's error for binding None or __debug__.
func (p *parser) forbiddenName(name string, line int) bool {
	switch name {
	case "None":
		p.astError(line, "cannot assign to None")
		return false
	case "__debug__":
		p.astError(line, "cannot assign to __debug__")
		return false
	}
	return true
}

// setContext gives an assignment or deletion target its context, recording ast.c's error
// for anything that cannot be a target; line is where ast.c reports it. It reports
// whether e was a valid target.
func (p *parser) setContext(e Expr, ctx ExprContext, line int) bool {
	var what string
	switch e := e.(type) {
	case *Attribute:
		if ctx == Store && !p.forbiddenName(e.Attr, line) {
			return false
		}
		e.Ctx = ctx
		return true
	case *Subscript:
		e.Ctx = ctx
		return true
	case *Name:
		if ctx == Store && !p.forbiddenName(e.Id, line) {
			return false
		}
		e.Ctx = ctx
		return true
	case *List:
		e.Ctx = ctx
		for _, elt := range e.Elts {
			if !p.setContext(elt, ctx, line) {
				return false
			}
		}
		return true
	case *Tuple:
		if len(e.Elts) == 0 {
			what = "()"
			break
		}
		e.Ctx = ctx
		for _, elt := range e.Elts {
			if !p.setContext(elt, ctx, line) {
				return false
			}
		}
		return true
	case *Lambda:
		what = "lambda"
	case *Call:
		what = "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		what = "operator"
	case *GeneratorExp:
		what = "generator expression"
	case *Yield:
		what = "yield expression"
	case *ListComp:
		what = "list comprehension"
	case *SetComp:
		what = "set comprehension"
	case *DictComp:
		what = "dict comprehension"
	case *Dict, *Set, *Num, *Str:
		what = "literal"
	case *Compare:
		what = "comparison"
	case *Repr:
		what = "repr"
	case *IfExp:
		what = "conditional expression"
	default:
		panic("BUG: setContext on an unknown expression node")
	}
	verb := "assign to"
	if ctx != Store {
		verb = "delete"
	}
	p.astError(line, "can't "+verb+" "+what)
	return false
}
