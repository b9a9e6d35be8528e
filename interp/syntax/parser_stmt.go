// This file defines the statement rules of the parser, from file_input, single_input and
// eval_input down to the simple and compound statements, each with the node positions and
// the ast.c checks of CPython 2.7.

package syntax

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
		p.advance()
		// ast.c places this Pass at the root of CPython's tree, which is never given a
		// position.
		return []Stmt{&Pass{}}
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
		st := p.nodes.exprStmts.new()
		*st = ExprStmt{Pos: pos, Value: first}
		return st
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
	a := p.nodes.assigns.new()
	*a = Assign{Pos: pos, Targets: targets[:len(targets)-1], Value: value}
	return a
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

// dottedName parses dotted_name: NAME ('.' NAME)*, returning the names joined with dots
// and how many there are.
func (p *parser) dottedName() (string, int) {
	p.push()
	defer p.pop()
	name := p.name()
	parts := 1
	for p.at(tkDot) {
		p.advance()
		name += "." + p.name()
		parts++
	}
	return name, parts
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
		// exec(code, globals[, locals]) is the tuple form of the statement; ast.c unpacks it.
		if t, ok := s.Body.(*Tuple); ok && (len(t.Elts) == 2 || len(t.Elts) == 3) {
			s.Body, s.Globals = t.Elts[0], t.Elts[1]
			if len(t.Elts) == 3 {
				s.Locals = t.Elts[2]
			}
		}
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
