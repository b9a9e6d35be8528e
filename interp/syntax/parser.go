// This file defines the parser's machinery (tokens in, errors out) and the statement
// rules. The parser is recursive descent with one function per nonterminal of CPython
// 2.7's Grammar/Grammar, and it looks at exactly one token at a time, as the LL(1) parser
// CPython generates does, so a syntax error is detected at the token where CPython detects
// it and reported with the tokenizer state CPython reports. It builds the AST directly,
// doing on the way every check of CPython's ast.c; those errors are collected in the order
// ast.c would meet them and reported only if the whole input parses (ast.c runs after the
// parser).

package syntax

// maxParserDepth is CPython's MAXSTACK: how many nonterminals its parser can have open.
const maxParserDepth = 1500

// parser holds the state of one parse.
type parser struct {
	tz   *tokenizer
	src  *prepared
	opts *Options
	mode Mode

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

// advance consumes the current token.
func (p *parser) advance() {
	if !p.have {
		panic("BUG: parser advanced past a token it has not looked at")
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

// push enters a nonterminal, failing like CPython when its parser stack is full.
func (p *parser) push() {
	p.depth++
	if p.depth > maxParserDepth {
		panic(parseFailure{err: &Error{Kind: MemoryError, Filename: p.opts.Filename}})
	}
}

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
	case expectedIndent:
		kind, msg = IndentationError, "expected an indented block"
	case p.tok.kind == tkIndent:
		kind, msg = IndentationError, "unexpected indent"
	case p.tok.kind == tkDedent:
		kind, msg = IndentationError, "unexpected unindent"
	}
	if p.tz.lineno <= 1 && p.tz.done == eEOF {
		if p.mode == InteractiveMode {
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
	if p.src.enc == encCodec && !p.src.codec.isUTF8 {
		e.Text, e.Offset = restoreEncoding(p.src.codec, e.Text, e.Offset)
	}
	return e
}

// restoreEncoding converts an error text the tokenizer saw in UTF-8 back to the source
// encoding, moving the offset with it, as CPython's PyTokenizer_RestoreEncoding does.
func restoreEncoding(cd *codec, text string, offset int) (string, int) {
	out := make([]byte, 0, len(text))
	newOffset := offset
	for i, r := range text {
		c, ok := cd.encode(r)
		if !ok {
			return text, offset
		}
		if i == offset {
			newOffset = len(out)
		}
		out = append(out, c)
	}
	if offset >= len(text) {
		newOffset = len(out) + offset - len(text)
	}
	return string(out), newOffset
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

// ---------------------------------------------------------------------------------------
// Top level

// fileInput parses file_input: (NEWLINE | stmt)* ENDMARKER.
func (p *parser) fileInput() []Stmt {
	p.push()
	defer p.pop()
	var body []Stmt
	for {
		switch p.peek().kind {
		case tkEndMarker:
			p.advance()
			return body
		case tkNewline:
			p.advance()
		default:
			body = p.stmt(body)
		}
	}
}

// singleInput parses single_input: NEWLINE | simple_stmt | compound_stmt NEWLINE. It does
// not look past the input's last token, as the interactive prompt must not.
func (p *parser) singleInput() []Stmt {
	p.push()
	defer p.pop()
	if p.at(tkNewline) {
		pos := p.pos()
		p.advance()
		return []Stmt{&Pass{pos}}
	}
	if p.atCompoundStart() {
		body := p.compoundStmt(nil)
		p.expect(tkNewline)
		return body
	}
	return p.simpleStmt(nil)
}

// evalInput parses eval_input: testlist NEWLINE* ENDMARKER.
func (p *parser) evalInput() Expr {
	p.push()
	defer p.pop()
	e := p.testlist()
	for p.at(tkNewline) {
		p.advance()
	}
	p.expect(tkEndMarker)
	return e
}

func (p *parser) atCompoundStart() bool {
	t := p.peek()
	if t.kind == tkAt {
		return true
	}
	if t.kind != tkName {
		return false
	}
	switch t.kw {
	case kwIf, kwWhile, kwFor, kwTry, kwWith, kwDef, kwClass:
		return true
	}
	return false
}

// stmt parses stmt: simple_stmt | compound_stmt, appending to body.
func (p *parser) stmt(body []Stmt) []Stmt {
	p.push()
	defer p.pop()
	if p.atCompoundStart() {
		return p.compoundStmt(body)
	}
	return p.simpleStmt(body)
}

// simpleStmt parses simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE.
func (p *parser) simpleStmt(body []Stmt) []Stmt {
	p.push()
	defer p.pop()
	body = append(body, p.smallStmt())
	for p.at(tkSemi) {
		p.advance()
		if p.at(tkNewline) {
			break
		}
		body = append(body, p.smallStmt())
	}
	p.expect(tkNewline)
	return body
}

// smallStmt parses one small_stmt.
func (p *parser) smallStmt() Stmt {
	p.push()
	defer p.pop()
	t := p.peek()
	if t.kind == tkName {
		switch t.kw {
		case kwPrint:
			return p.printStmt()
		case kwDel:
			return p.delStmt()
		case kwPass:
			p.push()
			pos := p.pos()
			p.advance()
			p.pop()
			return &Pass{pos}
		case kwBreak, kwContinue, kwReturn, kwRaise, kwYield:
			return p.flowStmt()
		case kwImport, kwFrom:
			return p.importStmt()
		case kwGlobal:
			return p.globalStmt()
		case kwExec:
			return p.execStmt()
		case kwAssert:
			return p.assertStmt()
		}
	}
	return p.exprStmt()
}

// exprStmt parses expr_stmt:
// testlist (augassign (yield_expr|testlist) | ('=' (yield_expr|testlist))*).
func (p *parser) exprStmt() Stmt {
	p.push()
	defer p.pop()
	pos := p.pos()
	first := p.testlist()
	if op, ok := augAssignOp(p.peek().kind); ok {
		p.push() // augassign
		p.advance()
		p.pop()
		if p.setContext(first, Store, pos.Lineno) {
			switch first.(type) {
			case *Name, *Attribute, *Subscript:
			default:
				p.astError(pos.Lineno, "illegal expression for augmented assignment")
			}
		}
		var value Expr
		if p.atKw(kwYield) {
			value = p.yieldExpr()
		} else {
			value = p.testlist()
		}
		return &AugAssign{Pos: pos, Target: first, Op: op, Value: value}
	}
	if !p.at(tkEqual) {
		return &ExprStmt{Pos: pos, Value: first}
	}
	targets := make([]Expr, 1, 3)
	targets[0] = first
	targetLine := pos.Lineno
	targetMark := 0
	targetIsYield := false
	for p.at(tkEqual) {
		p.advance()
		if targetIsYield {
			// ast.c refuses a yield target before looking inside it.
			p.insertAstError(targetMark, targetLine, "assignment to yield expression not possible")
		} else {
			p.setContext(targets[len(targets)-1], Store, targetLine)
		}
		targetLine = p.pos().Lineno
		targetMark = p.errMark()
		var e Expr
		if p.atKw(kwYield) {
			e = p.yieldExpr()
			targetIsYield = true
		} else {
			e = p.testlist()
			targetIsYield = false
		}
		targets = append(targets, e)
	}
	value := targets[len(targets)-1]
	return &Assign{Pos: pos, Targets: targets[:len(targets)-1], Value: value}
}

func augAssignOp(k tokKind) (Operator, bool) {
	switch k {
	case tkPlusEqual:
		return Add, true
	case tkMinEqual:
		return Sub, true
	case tkStarEqual:
		return Mult, true
	case tkSlashEqual:
		return Div, true
	case tkPercentEqual:
		return Mod, true
	case tkAmperEqual:
		return BitAnd, true
	case tkVBarEqual:
		return BitOr, true
	case tkCircumflexEqual:
		return BitXor, true
	case tkLeftShiftEqual:
		return LShift, true
	case tkRightShiftEqual:
		return RShift, true
	case tkDoubleStarEqual:
		return Pow, true
	case tkDoubleSlashEqual:
		return FloorDiv, true
	}
	return 0, false
}

// printStmt parses print_stmt:
// 'print' ( [ test (',' test)* [','] ] | '>>' test [ (',' test)+ [','] ] ).
func (p *parser) printStmt() Stmt {
	p.push()
	defer p.pop()
	pos := p.pos()
	p.advance()
	s := &Print{Pos: pos, NL: true}
	if p.at(tkRightShift) {
		p.advance()
		s.Dest = p.test()
		if !p.at(tkComma) {
			return s
		}
		p.advance()
		s.Values = append(s.Values, p.test())
	} else {
		if !p.startsTest() {
			return s
		}
		s.Values = append(s.Values, p.test())
	}
	for p.at(tkComma) {
		p.advance()
		if !p.startsTest() {
			s.NL = false
			break
		}
		s.Values = append(s.Values, p.test())
	}
	return s
}

// delStmt parses del_stmt: 'del' exprlist.
func (p *parser) delStmt() Stmt {
	p.push()
	defer p.pop()
	pos := p.pos()
	p.advance()
	targets, _ := p.exprlist(Del)
	return &Delete{Pos: pos, Targets: targets}
}

// flowStmt parses flow_stmt: break_stmt | continue_stmt | return_stmt | raise_stmt |
// yield_stmt.
func (p *parser) flowStmt() Stmt {
	p.push()
	defer p.pop()
	pos := p.pos()
	p.push() // the specific *_stmt
	defer p.pop()
	switch p.tok.kw {
	case kwBreak:
		p.advance()
		return &Break{pos}
	case kwContinue:
		p.advance()
		return &Continue{pos}
	case kwReturn:
		p.advance()
		s := &Return{Pos: pos}
		if p.startsTest() {
			s.Value = p.testlist()
		}
		return s
	case kwRaise:
		p.advance()
		s := &Raise{Pos: pos}
		if !p.startsTest() {
			return s
		}
		s.Type = p.test()
		if !p.at(tkComma) {
			return s
		}
		p.advance()
		s.Inst = p.test()
		if !p.at(tkComma) {
			return s
		}
		p.advance()
		s.Tback = p.test()
		return s
	case kwYield:
		return &ExprStmt{Pos: pos, Value: p.yieldExpr()}
	}
	panic("BUG: flowStmt called on a token that starts no flow statement")
}

// importStmt parses import_stmt: import_name | import_from.
func (p *parser) importStmt() Stmt {
	p.push()
	defer p.pop()
	pos := p.pos()
	if p.atKw(kwImport) {
		p.push() // import_name
		defer p.pop()
		p.advance()
		p.push() // dotted_as_names
		defer p.pop()
		s := &Import{Pos: pos}
		for {
			s.Names = append(s.Names, p.dottedAsName())
			if !p.at(tkComma) {
				return s
			}
			p.advance()
		}
	}
	return p.importFrom(pos)
}

// dottedAsName parses dotted_as_name: dotted_name ['as' NAME].
func (p *parser) dottedAsName() *Alias {
	p.push()
	defer p.pop()
	line := p.pos().Lineno
	name, parts := p.dottedName()
	a := &Alias{Name: name}
	if p.atKw(kwAs) {
		p.advance()
		asLine := p.pos().Lineno
		a.Asname = p.name()
		p.forbiddenName(a.Asname, asLine)
	} else if parts == 1 {
		p.forbiddenName(name, line)
	}
	return a
}

// dottedName parses dotted_name: NAME ('.' NAME)*, returning the joined name and how many
// parts it has.
func (p *parser) dottedName() (string, int) {
	p.push()
	defer p.pop()
	start := p.peek().start
	name := p.name()
	parts := 1
	end := -1
	for p.at(tkDot) {
		p.advance()
		if !p.atName() {
			p.fail()
		}
		end = p.tok.end
		p.advance()
		parts++
	}
	if parts == 1 {
		return name, 1
	}
	// Join the parts with dots (the source may have blanks around them).
	return p.joinDotted(start, end), parts
}

func (p *parser) joinDotted(start, end int) string {
	b := make([]byte, 0, end-start)
	for _, c := range p.tz.text[start:end] {
		switch c {
		case ' ', '\t', '\f', '\\', '\n':
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// importFrom parses import_from:
// 'from' ('.'* dotted_name | '.'+) 'import' ('*' | '(' import_as_names ')' | import_as_names).
func (p *parser) importFrom(pos Pos) Stmt {
	p.push()
	defer p.pop()
	p.expectKw(kwFrom)
	s := &ImportFrom{Pos: pos}
	firstIsDot := p.at(tkDot)
	for p.at(tkDot) {
		p.advance()
		s.Level++
	}
	parts := 0
	if s.Level == 0 || p.atName() {
		s.Module, parts = p.dottedName()
	}
	p.expectKw(kwImport)
	// CPython's parser turns on print_function, unicode_literals and with_statement for
	// the rest of the source when it sees them imported by a `from` whose module part is
	// exactly one item (one dot, or a dotted name) that is not a single plain name other
	// than __future__; it does not check for __future__ any further.
	items := s.Level
	if s.Module != "" {
		items++
	}
	hackApplies := items == 1 && (firstIsDot || parts > 1 || s.Module == "__future__")
	switch {
	case p.at(tkStar):
		s.Names = []*Alias{{Name: "*"}}
		p.advance()
	case p.at(tkLPar):
		p.advance()
		s.Names, _ = p.importAsNames()
		p.expect(tkRPar)
	default:
		line := p.pos().Lineno
		names, trailingComma := p.importAsNames()
		s.Names = names
		if trailingComma {
			p.astError(line, "trailing comma not allowed without surrounding parentheses")
		}
	}
	if hackApplies {
		for _, a := range s.Names {
			switch a.Name {
			case "with_statement":
				p.flags |= FutureWithStatement
			case "print_function":
				p.flags |= FuturePrintFunction
			case "unicode_literals":
				p.flags |= FutureUnicodeLiterals
			}
		}
	}
	return s
}

// importAsNames parses import_as_names: import_as_name (',' import_as_name)* [','].
func (p *parser) importAsNames() ([]*Alias, bool) {
	p.push()
	defer p.pop()
	var names []*Alias
	for {
		names = append(names, p.importAsName())
		if !p.at(tkComma) {
			return names, false
		}
		p.advance()
		if !p.atName() {
			return names, true
		}
	}
}

// importAsName parses import_as_name: NAME ['as' NAME].
func (p *parser) importAsName() *Alias {
	p.push()
	defer p.pop()
	line := p.pos().Lineno
	a := &Alias{Name: p.name()}
	if p.atKw(kwAs) {
		p.advance()
		asLine := p.pos().Lineno
		a.Asname = p.name()
		p.forbiddenName(a.Asname, asLine)
	} else {
		p.forbiddenName(a.Name, line)
	}
	return a
}

// globalStmt parses global_stmt: 'global' NAME (',' NAME)*.
func (p *parser) globalStmt() Stmt {
	p.push()
	defer p.pop()
	s := &Global{Pos: p.pos()}
	p.advance()
	s.Names = append(s.Names, p.name())
	for p.at(tkComma) {
		p.advance()
		s.Names = append(s.Names, p.name())
	}
	return s
}

// execStmt parses exec_stmt: 'exec' expr ['in' test [',' test]].
func (p *parser) execStmt() Stmt {
	p.push()
	defer p.pop()
	s := &Exec{Pos: p.pos()}
	p.advance()
	s.Body = p.expr()
	if !p.atKw(kwIn) {
		return s
	}
	p.advance()
	s.Globals = p.test()
	if !p.at(tkComma) {
		return s
	}
	p.advance()
	s.Locals = p.test()
	return s
}

// assertStmt parses assert_stmt: 'assert' test [',' test].
func (p *parser) assertStmt() Stmt {
	p.push()
	defer p.pop()
	s := &Assert{Pos: p.pos()}
	p.advance()
	s.Test = p.test()
	if p.at(tkComma) {
		p.advance()
		s.Msg = p.test()
	}
	return s
}

// ---------------------------------------------------------------------------------------
// Compound statements

// compoundStmt parses compound_stmt, appending the statement to body.
func (p *parser) compoundStmt(body []Stmt) []Stmt {
	p.push()
	defer p.pop()
	t := p.peek()
	if t.kind == tkAt {
		return append(body, p.decorated())
	}
	switch t.kw {
	case kwIf:
		return append(body, p.ifStmt())
	case kwWhile:
		return append(body, p.whileStmt())
	case kwFor:
		return append(body, p.forStmt())
	case kwTry:
		return append(body, p.tryStmt())
	case kwWith:
		return append(body, p.withStmt())
	case kwDef:
		return append(body, p.funcdef(p.pos(), nil))
	case kwClass:
		return append(body, p.classdef(p.pos(), nil))
	}
	panic("BUG: compoundStmt called on a token that starts no compound statement")
}

// suite parses suite: simple_stmt | NEWLINE INDENT stmt+ DEDENT.
func (p *parser) suite() []Stmt {
	p.push()
	defer p.pop()
	if !p.at(tkNewline) {
		return p.simpleStmt(nil)
	}
	p.advance()
	if !p.at(tkIndent) {
		p.failExpectingIndent()
	}
	p.advance()
	var body []Stmt
	for {
		body = p.stmt(body)
		if p.at(tkDedent) {
			p.advance()
			return body
		}
	}
}

// ifStmt parses if_stmt: 'if' test ':' suite ('elif' test ':' suite)* ['else' ':' suite].
func (p *parser) ifStmt() Stmt {
	p.push()
	defer p.pop()
	s := &If{Pos: p.pos()}
	p.advance()
	marks := []int{p.errMark()}
	s.Test = p.test()
	p.expect(tkColon)
	s.Body = p.suite()
	marks = append(marks, p.errMark())
	cur := s
	elifs := 0
	for p.atKw(kwElif) {
		p.advance()
		elif := &If{Pos: p.pos()}
		elif.Test = p.test()
		p.expect(tkColon)
		elif.Body = p.suite()
		cur.Orelse = []Stmt{elif}
		cur = elif
		elifs++
		marks = append(marks, p.errMark())
	}
	hasElse := false
	if p.atKw(kwElse) {
		p.advance()
		p.expect(tkColon)
		cur.Orelse = p.suite()
		hasElse = true
		marks = append(marks, p.errMark())
	}
	if elifs > 0 {
		// ast.c builds an elif chain from its end: the last elif (with the else), then
		// the other elifs backwards, then the if itself.
		var order []int
		if hasElse {
			order = append(order, elifs, elifs+1)
		} else {
			order = append(order, elifs)
		}
		for i := elifs - 1; i >= 0; i-- {
			order = append(order, i)
		}
		p.reorderErrs(marks, order)
	}
	return s
}

// whileStmt parses while_stmt: 'while' test ':' suite ['else' ':' suite].
func (p *parser) whileStmt() Stmt {
	p.push()
	defer p.pop()
	s := &While{Pos: p.pos()}
	p.advance()
	s.Test = p.test()
	p.expect(tkColon)
	s.Body = p.suite()
	if p.atKw(kwElse) {
		p.advance()
		p.expect(tkColon)
		s.Orelse = p.suite()
	}
	return s
}

// forStmt parses for_stmt: 'for' exprlist 'in' testlist ':' suite ['else' ':' suite].
func (p *parser) forStmt() Stmt {
	p.push()
	defer p.pop()
	s := &For{Pos: p.pos()}
	p.advance()
	m0 := p.errMark()
	targets, single := p.exprlist(Store)
	s.Target = targetOf(targets, single)
	p.expectKw(kwIn)
	s.Iter = p.testlist()
	p.expect(tkColon)
	s.Body = p.suite()
	m1 := p.errMark()
	if p.atKw(kwElse) {
		p.advance()
		p.expect(tkColon)
		s.Orelse = p.suite()
		// ast.c reads the else suite first.
		p.reorderErrs([]int{m0, m1, p.errMark()}, []int{1, 0})
	}
	return s
}

// targetOf makes the target of a for loop or comprehension from an exprlist: the single
// expression, or a Tuple at the first one's position when there was a comma.
func targetOf(targets []Expr, single bool) Expr {
	if single {
		return targets[0]
	}
	return &Tuple{Pos: targets[0].Position(), Elts: targets, Ctx: Store}
}

// tryStmt parses try_stmt.
func (p *parser) tryStmt() Stmt {
	p.push()
	defer p.pop()
	pos := p.pos()
	p.advance()
	p.expect(tkColon)
	m0 := p.errMark()
	body := p.suite()
	m1 := p.errMark()
	if p.atKw(kwFinally) {
		p.advance()
		p.expect(tkColon)
		return &TryFinally{Pos: pos, Body: body, Finalbody: p.suite()}
	}
	if !p.atKw(kwExcept) {
		p.fail()
	}
	var handlers []*ExceptHandler
	for p.atKw(kwExcept) {
		handlers = append(handlers, p.exceptClause())
	}
	m2 := p.errMark()
	var orelse, finalbody []Stmt
	if p.atKw(kwElse) {
		p.advance()
		p.expect(tkColon)
		orelse = p.suite()
	}
	hasFinally := false
	if p.atKw(kwFinally) {
		p.advance()
		p.expect(tkColon)
		finalbody = p.suite()
		hasFinally = true
	}
	// ast.c reads the body, the else and finally suites, then the handlers.
	p.reorderErrs([]int{m0, m1, m2, p.errMark()}, []int{0, 2, 1})
	te := &TryExcept{Pos: pos, Body: body, Handlers: handlers, Orelse: orelse}
	if !hasFinally {
		return te
	}
	return &TryFinally{Pos: pos, Body: []Stmt{te}, Finalbody: finalbody}
}

// exceptClause parses except_clause ':' suite, where
// except_clause: 'except' [test [('as' | ',') test]].
func (p *parser) exceptClause() *ExceptHandler {
	p.push()
	h := &ExceptHandler{Pos: p.pos()}
	p.advance()
	m0 := p.errMark()
	m1, m2 := m0, m0
	if p.startsTest() {
		h.Type = p.test()
		m1 = p.errMark()
		if p.atKw(kwAs) || p.at(tkComma) {
			p.advance()
			line := p.pos().Lineno
			h.Name = p.test()
			p.setContext(h.Name, Store, line)
		}
		m2 = p.errMark()
	}
	p.pop()
	p.expect(tkColon)
	h.Body = p.suite()
	if h.Name != nil {
		// ast.c checks the name before the type.
		p.reorderErrs([]int{m0, m1, m2}, []int{1, 0})
	}
	return h
}

// withStmt parses with_stmt: 'with' with_item (',' with_item)* ':' suite, nesting one
// With per item.
func (p *parser) withStmt() Stmt {
	p.push()
	defer p.pop()
	p.advance()
	marks := []int{p.errMark()}
	var items []*With
	for {
		items = append(items, p.withItem())
		marks = append(marks, p.errMark())
		if !p.at(tkComma) {
			break
		}
		p.advance()
	}
	p.expect(tkColon)
	body := p.suite()
	marks = append(marks, p.errMark())
	// ast.c reads the suite first, then the items from the last to the first.
	order := []int{len(items)}
	for i := len(items) - 1; i >= 0; i-- {
		order = append(order, i)
	}
	p.reorderErrs(marks, order)
	for i := len(items) - 1; i >= 0; i-- {
		items[i].Body = body
		body = []Stmt{items[i]}
	}
	return items[0]
}

// withItem parses with_item: test ['as' expr].
func (p *parser) withItem() *With {
	p.push()
	defer p.pop()
	w := &With{Pos: p.pos()}
	w.ContextExpr = p.test()
	if p.atKw(kwAs) {
		p.advance()
		w.OptionalVars = p.expr()
		p.setContext(w.OptionalVars, Store, w.Lineno)
	}
	return w
}

// decorated parses decorated: decorators (classdef | funcdef).
func (p *parser) decorated() Stmt {
	p.push()
	defer p.pop()
	pos := p.pos()
	p.push() // decorators
	var decorators []Expr
	for p.at(tkAt) {
		decorators = append(decorators, p.decorator())
	}
	p.pop()
	switch {
	case p.atKw(kwDef):
		return p.funcdef(pos, decorators)
	case p.atKw(kwClass):
		return p.classdef(pos, decorators)
	}
	p.fail()
	return nil
}

// decorator parses decorator: '@' dotted_name [ '(' [arglist] ')' ] NEWLINE.
func (p *parser) decorator() Expr {
	p.push()
	defer p.pop()
	p.advance()
	p.push() // dotted_name
	pos := p.pos()
	var d Expr = &Name{Pos: pos, Id: p.name(), Ctx: Load}
	for p.at(tkDot) {
		p.advance()
		d = &Attribute{Pos: pos, Value: d, Attr: p.name(), Ctx: Load}
	}
	p.pop()
	if p.at(tkLPar) {
		p.advance()
		if p.at(tkRPar) {
			d = &Call{Pos: pos, Func: d}
		} else {
			d = p.arglist(d)
		}
		p.expect(tkRPar)
	}
	p.expect(tkNewline)
	return d
}

// funcdef parses funcdef: 'def' NAME parameters ':' suite.
func (p *parser) funcdef(pos Pos, decorators []Expr) Stmt {
	p.push()
	defer p.pop()
	if decorators == nil {
		pos = p.pos()
	}
	p.advance()
	nameLine := p.pos().Lineno
	s := &FunctionDef{Pos: pos, Name: p.name(), DecoratorList: decorators}
	p.forbiddenName(s.Name, nameLine)
	p.push() // parameters
	p.expect(tkLPar)
	if p.at(tkRPar) {
		s.Args = &Arguments{}
	} else {
		s.Args = p.varargslist()
	}
	p.expect(tkRPar)
	p.pop()
	p.expect(tkColon)
	s.Body = p.suite()
	return s
}

// classdef parses classdef: 'class' NAME ['(' [testlist] ')'] ':' suite.
func (p *parser) classdef(pos Pos, decorators []Expr) Stmt {
	p.push()
	defer p.pop()
	classLine := p.pos().Lineno
	if decorators == nil {
		pos = p.pos()
	}
	p.advance()
	s := &ClassDef{Pos: pos, Name: p.name(), DecoratorList: decorators}
	p.forbiddenName(s.Name, classLine)
	if p.at(tkLPar) {
		p.advance()
		if !p.at(tkRPar) {
			s.Bases, _, _ = p.testlistItems()
		}
		p.expect(tkRPar)
	}
	p.expect(tkColon)
	s.Body = p.suite()
	return s
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
