// This file defines the expression rules of the parser: test down to atom, calls and
// subscripts, displays and comprehensions, lambda and parameter lists, each with the node
// positions and the ast.c checks of CPython 2.7.

package syntax

// startsTest reports whether the current token can start a test (FIRST(test)).
func (p *parser) startsTest() bool {
	t := p.peek()
	switch t.kind {
	case tkName:
		return t.kw == kwNone || t.kw == kwNot || t.kw == kwLambda
	case tkNumber, tkString, tkLPar, tkLSqb, tkLBrace, tkBackquote, tkMinus, tkPlus, tkTilde:
		return true
	}
	return false
}

// startsExpr reports whether the current token can start an expr (FIRST(expr)).
func (p *parser) startsExpr() bool {
	t := p.peek()
	switch t.kind {
	case tkName:
		return t.kw == kwNone
	case tkNumber, tkString, tkLPar, tkLSqb, tkLBrace, tkBackquote, tkMinus, tkPlus, tkTilde:
		return true
	}
	return false
}

// testlist parses testlist: test (',' test)* [','], a Tuple when there is a comma.
func (p *parser) testlist() Expr {
	p.push()
	defer p.pop()
	pos := p.pos()
	first := p.test()
	if !p.at(tkComma) {
		return first
	}
	items := []Expr{first}
	for p.at(tkComma) {
		p.advance()
		if !p.startsTest() {
			break
		}
		items = append(items, p.test())
	}
	return &Tuple{Pos: pos, Elts: items, Ctx: Load}
}

// testlistItems parses testlist and returns its items, whether it had a comma, and its
// position.
func (p *parser) testlistItems() ([]Expr, bool, Pos) {
	p.push()
	defer p.pop()
	pos := p.pos()
	items := []Expr{p.test()}
	comma := false
	for p.at(tkComma) {
		p.advance()
		comma = true
		if !p.startsTest() {
			break
		}
		items = append(items, p.test())
	}
	return items, comma, pos
}

// testlistSafe parses testlist_safe: old_test [(',' old_test)+ [',']] (the iterable of a
// list comprehension's for).
func (p *parser) testlistSafe() Expr {
	p.push()
	defer p.pop()
	pos := p.pos()
	first := p.oldTest()
	if !p.at(tkComma) {
		return first
	}
	items := []Expr{first}
	p.advance()
	items = append(items, p.oldTest())
	for p.at(tkComma) {
		p.advance()
		if !p.startsTest() {
			break
		}
		items = append(items, p.oldTest())
	}
	return &Tuple{Pos: pos, Elts: items, Ctx: Load}
}

// exprlist parses exprlist: expr (',' expr)* [','], giving each item the context ctx. It
// reports whether there was a single item and no comma.
func (p *parser) exprlist(ctx ExprContext) ([]Expr, bool) {
	p.push()
	defer p.pop()
	var items []Expr
	for {
		line := p.pos().Lineno
		e := p.expr()
		p.setContext(e, ctx, line)
		items = append(items, e)
		if !p.at(tkComma) {
			return items, len(items) == 1
		}
		p.advance()
		if !p.startsExpr() {
			return items, false
		}
	}
}

// test parses test: or_test ['if' or_test 'else' test] | lambdef.
func (p *parser) test() Expr {
	p.push()
	defer p.pop()
	if p.atKw(kwLambda) {
		return p.lambdef(false)
	}
	pos := p.pos()
	e := p.orTest()
	if !p.atKw(kwIf) {
		return e
	}
	p.advance()
	cond := p.orTest()
	p.expectKw(kwElse)
	return &IfExp{Pos: pos, Test: cond, Body: e, Orelse: p.test()}
}

// oldTest parses old_test: or_test | old_lambdef.
func (p *parser) oldTest() Expr {
	p.push()
	defer p.pop()
	if p.atKw(kwLambda) {
		return p.lambdef(true)
	}
	return p.orTest()
}

// orTest parses or_test: and_test ('or' and_test)*.
func (p *parser) orTest() Expr {
	p.push()
	defer p.pop()
	pos := p.pos()
	e := p.andTest()
	if !p.atKw(kwOr) {
		return e
	}
	values := []Expr{e}
	for p.atKw(kwOr) {
		p.advance()
		values = append(values, p.andTest())
	}
	return &BoolOp{Pos: pos, Op: Or, Values: values}
}

// andTest parses and_test: not_test ('and' not_test)*.
func (p *parser) andTest() Expr {
	p.push()
	defer p.pop()
	pos := p.pos()
	e := p.notTest()
	if !p.atKw(kwAnd) {
		return e
	}
	values := []Expr{e}
	for p.atKw(kwAnd) {
		p.advance()
		values = append(values, p.notTest())
	}
	return &BoolOp{Pos: pos, Op: And, Values: values}
}

// notTest parses not_test: 'not' not_test | comparison.
func (p *parser) notTest() Expr {
	p.push()
	defer p.pop()
	if p.atKw(kwNot) {
		pos := p.pos()
		p.advance()
		return &UnaryOp{Pos: pos, Op: Not, Operand: p.notTest()}
	}
	return p.comparison()
}

// comparison parses comparison: expr (comp_op expr)*.
func (p *parser) comparison() Expr {
	p.push()
	defer p.pop()
	pos := p.pos()
	m0 := p.errMark()
	left := p.expr()
	op, ok := p.compOp()
	if !ok {
		return left
	}
	m1 := p.errMark()
	c := &Compare{Pos: pos, Left: left}
	for ok {
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.expr())
		op, ok = p.compOp()
	}
	// ast.c builds the comparators before the left operand.
	p.reorderErrs([]int{m0, m1, p.errMark()}, []int{1, 0})
	return c
}

// compOp parses comp_op if the current token starts one.
func (p *parser) compOp() (CmpOperator, bool) {
	t := p.peek()
	var op CmpOperator
	switch t.kind {
	case tkLess:
		op = Lt
	case tkGreater:
		op = Gt
	case tkEqEqual:
		op = Eq
	case tkGreaterEqual:
		op = GtE
	case tkLessEqual:
		op = LtE
	case tkNotEqual:
		op = NotEq
	case tkName:
		switch t.kw {
		case kwIn:
			op = In
		case kwNot:
			p.push()
			p.advance()
			p.expectKw(kwIn)
			p.pop()
			return NotIn, true
		case kwIs:
			p.push()
			p.advance()
			if p.atKw(kwNot) {
				p.advance()
				p.pop()
				return IsNot, true
			}
			p.pop()
			return Is, true
		default:
			return 0, false
		}
	default:
		return 0, false
	}
	p.push()
	p.advance()
	p.pop()
	return op, true
}

// expr parses expr: xor_expr ('|' xor_expr)*, and below it xor_expr, and_expr, shift_expr,
// arith_expr and term, by precedence climbing rather than one function per level. CPython's
// parser has all six of these nonterminals open whenever it reads a factor inside them,
// so each factor is read six levels deeper than expr. A chain a+b+c is
// BinOp(BinOp(a, b), c); as in ast.c the first BinOp of a level starts where the level's
// first operand starts and each later one at its operator.
func (p *parser) expr() Expr {
	pos := p.pos()
	return p.climb(p.binaryOperand(), pos, 0)
}

// binaryOperand reads a factor at the depth CPython's parser reads it inside expr.
func (p *parser) binaryOperand() Expr {
	p.depth += 6
	e := p.factor()
	p.depth -= 6
	return e
}

// climb extends left (which starts at leftPos) with the binary operators of level minLevel
// and tighter-binding ones.
func (p *parser) climb(left Expr, leftPos Pos, minLevel int) Expr {
	prevLevel := -1
	for {
		op, level, ok := binaryOp(p.peek().kind)
		if !ok || level < minLevel {
			return left
		}
		pos := leftPos
		if level == prevLevel {
			pos = p.pos()
		}
		prevLevel = level
		p.advance()
		rightPos := p.pos()
		right := p.climb(p.binaryOperand(), rightPos, level+1)
		b := p.nodes.binops.new()
		*b = BinOp{Pos: pos, Left: left, Op: op, Right: right}
		left = b
	}
}

// binaryOp returns the operator of a token and its level: 0 for |, 1 ^, 2 &, 3 << >>,
// 4 + -, 5 * / % //.
func binaryOp(k tokKind) (Operator, int, bool) {
	switch k {
	case tkVBar:
		return BitOr, 0, true
	case tkCircumflex:
		return BitXor, 1, true
	case tkAmper:
		return BitAnd, 2, true
	case tkLeftShift:
		return LShift, 3, true
	case tkRightShift:
		return RShift, 3, true
	case tkPlus:
		return Add, 4, true
	case tkMinus:
		return Sub, 4, true
	case tkStar:
		return Mult, 5, true
	case tkSlash:
		return Div, 5, true
	case tkPercent:
		return Mod, 5, true
	case tkDoubleSlash:
		return FloorDiv, 5, true
	}
	return 0, 0, false
}

// factor parses factor: ('+'|'-'|'~') factor | power. A minus directly before a number
// literal is folded into the literal, at the minus's position, as ast.c does.
func (p *parser) factor() Expr {
	p.push()
	defer p.pop()
	var op UnaryOperator
	switch p.peek().kind {
	case tkPlus:
		op = UAdd
	case tkMinus:
		op = USub
	case tkTilde:
		op = Invert
	default:
		return p.power()
	}
	pos := p.pos()
	p.advance()
	operand := p.factor()
	if op == USub && p.bareNum != nil && p.bareNum == operand {
		num := p.bareNum
		num.N = numberValue("-" + string(p.tz.text[p.bareNumStart:p.bareNumEnd]))
		num.Pos = pos
		p.bareNum = nil
		return num
	}
	p.bareNum = nil
	return &UnaryOp{Pos: pos, Op: op, Operand: operand}
}

// power parses power: atom trailer* ['**' factor]. Calls, attributes and subscripts take
// the position of the atom's expression; the ** BinOp that of the power's first token.
func (p *parser) power() Expr {
	p.push()
	defer p.pop()
	pos := p.pos()
	numStart, numEnd := p.peek().start, p.peek().end
	isNumber := p.peek().kind == tkNumber
	e := p.atom()
	trailers := false
	for {
		switch p.peek().kind {
		case tkLPar, tkLSqb, tkDot:
			e = p.trailer(e)
			trailers = true
			continue
		}
		break
	}
	if p.at(tkDoubleStar) {
		p.advance()
		e = &BinOp{Pos: pos, Left: e, Op: Pow, Right: p.factor()}
		p.bareNum = nil
		return e
	}
	p.bareNum = nil
	if isNumber && !trailers {
		p.bareNum = e.(*Num)
		p.bareNumStart, p.bareNumEnd = numStart, numEnd
	}
	return e
}

// trailer parses trailer: '(' [arglist] ')' | '[' subscriptlist ']' | '.' NAME.
func (p *parser) trailer(e Expr) Expr {
	p.push()
	defer p.pop()
	pos := e.Position()
	switch p.peek().kind {
	case tkLPar:
		p.advance()
		var call *Call
		if p.at(tkRPar) {
			call = p.nodes.calls.new()
			*call = Call{Pos: pos, Func: e}
		} else {
			call = p.arglist(e)
		}
		p.expect(tkRPar)
		return call
	case tkLSqb:
		p.advance()
		s := &Subscript{Pos: pos, Value: e, Slice: p.subscriptlist(), Ctx: Load}
		p.expect(tkRSqb)
		return s
	}
	p.advance()
	a := p.nodes.attrs.new()
	*a = Attribute{Pos: pos, Value: e, Attr: p.name(), Ctx: Load}
	return a
}

// subscriptlist parses subscriptlist: subscript (',' subscript)* [','].
func (p *parser) subscriptlist() SliceNode {
	p.push()
	defer p.pop()
	pos := p.pos()
	first := p.subscript()
	if !p.at(tkComma) {
		return first
	}
	dims := []SliceNode{first}
	for p.at(tkComma) {
		p.advance()
		if !p.startsTest() && !p.at(tkColon) && !p.at(tkDot) {
			break
		}
		dims = append(dims, p.subscript())
	}
	elts := make([]Expr, 0, len(dims))
	for _, d := range dims {
		idx, ok := d.(*Index)
		if !ok {
			return &ExtSlice{Dims: dims}
		}
		elts = append(elts, idx.Value)
	}
	return &Index{Value: &Tuple{Pos: pos, Elts: elts, Ctx: Load}}
}

// subscript parses subscript: '.' '.' '.' | test | [test] ':' [test] [sliceop].
func (p *parser) subscript() SliceNode {
	p.push()
	defer p.pop()
	if p.at(tkDot) {
		p.advance()
		p.expect(tkDot)
		p.expect(tkDot)
		return &Ellipsis{}
	}
	var lower Expr
	if !p.at(tkColon) {
		lower = p.test()
		if !p.at(tkColon) {
			return &Index{Value: lower}
		}
	}
	p.advance()
	s := &Slice{Lower: lower}
	if p.startsTest() {
		s.Upper = p.test()
	}
	if p.at(tkColon) {
		p.push() // sliceop
		pos := p.pos()
		p.advance()
		if p.startsTest() {
			s.Step = p.test()
		} else {
			s.Step = &Name{Pos: pos, Id: "None", Ctx: Load}
		}
		p.pop()
	}
	return s
}

// atom parses atom: '(' [yield_expr|testlist_comp] ')' | '[' [listmaker] ']' |
// '{' [dictorsetmaker] '}' | '`' testlist1 '`' | NAME | NUMBER | STRING+.
func (p *parser) atom() Expr {
	p.push()
	defer p.pop()
	pos := p.pos()
	t := p.peek()
	switch t.kind {
	case tkName:
		if t.kw != kwNone {
			p.fail()
		}
		id := p.ident(t.start, t.end)
		p.advance()
		n := p.nodes.names.new()
		*n = Name{Pos: pos, Id: id, Ctx: Load}
		return n
	case tkNumber:
		v := numberValue(string(p.tz.text[t.start:t.end]))
		p.advance()
		n := p.nodes.nums.new()
		*n = Num{Pos: pos, N: v}
		return n
	case tkString:
		return p.strings(pos)
	case tkLPar:
		p.advance()
		var e Expr
		switch {
		case p.at(tkRPar):
			e = &Tuple{Pos: pos, Ctx: Load}
		case p.atKw(kwYield):
			e = p.yieldExpr()
		default:
			e = p.testlistComp()
		}
		p.expect(tkRPar)
		return e
	case tkLSqb:
		p.advance()
		var e Expr
		if p.at(tkRSqb) {
			e = &List{Pos: pos, Ctx: Load}
		} else {
			e = p.listmaker(pos)
		}
		p.expect(tkRSqb)
		return e
	case tkLBrace:
		p.advance()
		var e Expr
		if p.at(tkRBrace) {
			e = &Dict{Pos: pos}
		} else {
			e = p.dictorsetmaker(pos)
		}
		p.expect(tkRBrace)
		return e
	case tkBackquote:
		p.advance()
		p.push() // testlist1
		inner := p.pos()
		items := []Expr{p.test()}
		for p.at(tkComma) {
			p.advance()
			items = append(items, p.test())
		}
		p.pop()
		p.expect(tkBackquote)
		var v Expr = &Tuple{Pos: inner, Elts: items, Ctx: Load}
		if len(items) == 1 {
			v = items[0]
		}
		return &Repr{Pos: pos, Value: v}
	}
	p.fail()
	return nil
}

// strings parses STRING+ and concatenates the literals as CPython's parsestrplus does: a
// str joined with a unicode literal is decoded as ASCII first.
func (p *parser) strings(pos Pos) Expr {
	var acc strValue
	var failed *literalError
	first := true
	for p.at(tkString) {
		t := p.tok
		p.advance()
		if failed != nil {
			continue
		}
		v, err := p.stringValue(p.tz.text[t.start:t.end])
		if err != nil {
			failed = err
			continue
		}
		if first {
			acc = v
			first = false
			continue
		}
		switch {
		case !acc.unicode && !v.unicode:
			acc.s = append(acc.s, v.s...)
		default:
			left, err1 := asUnicode(acc)
			right, err2 := asUnicode(v)
			if err1 != nil {
				failed = err1
			} else if err2 != nil {
				failed = err2
			}
			acc = strValue{unicode: true, u: append(left, right...)}
		}
	}
	if failed != nil {
		p.astErrs = append(p.astErrs, astError{msg: failed.msg, line: pos.Lineno, valueError: failed.valueError})
		return &Str{Pos: pos}
	}
	if acc.unicode {
		return &Str{Pos: pos, Unicode: true, U: acc.u}
	}
	str := p.nodes.strs.new()
	*str = Str{Pos: pos, S: string(acc.s)}
	return str
}

// asUnicode converts a decoded literal to code points, decoding a str as ASCII (Python 2's
// default encoding).
func asUnicode(v strValue) ([]rune, *literalError) {
	if v.unicode {
		return v.u, nil
	}
	out := make([]rune, 0, len(v.s))
	for i, b := range v.s {
		if b >= 0x80 {
			return nil, unicodeError(decodeErrorMessage("ascii", v.s, i, i+1, "ordinal not in range(128)"))
		}
		out = append(out, rune(b))
	}
	return out, nil
}

// testlistComp parses testlist_comp: test ( comp_for | (',' test)* [','] ) inside
// parentheses: a generator expression, a tuple, or a parenthesised expression.
func (p *parser) testlistComp() Expr {
	p.push()
	defer p.pop()
	pos := p.pos()
	first := p.test()
	if p.atKw(kwFor) {
		return &GeneratorExp{Pos: pos, Elt: first, Generators: p.compFor(nil, p.orTest)}
	}
	if !p.at(tkComma) {
		return first
	}
	items := []Expr{first}
	for p.at(tkComma) {
		p.advance()
		if !p.startsTest() {
			break
		}
		items = append(items, p.test())
	}
	return &Tuple{Pos: pos, Elts: items, Ctx: Load}
}

// listmaker parses listmaker: test ( list_for | (',' test)* [','] ). bracket is the
// position of the '[': a List starts there, a ListComp at its first element.
func (p *parser) listmaker(bracket Pos) Expr {
	p.push()
	defer p.pop()
	pos := p.pos()
	first := p.test()
	if p.atKw(kwFor) {
		return &ListComp{Pos: pos, Elt: first, Generators: p.compFor(nil, p.testlistSafe)}
	}
	items := []Expr{first}
	for p.at(tkComma) {
		p.advance()
		if !p.startsTest() {
			break
		}
		items = append(items, p.test())
	}
	return &List{Pos: bracket, Elts: items, Ctx: Load}
}

// dictorsetmaker parses dictorsetmaker: (test ':' test (comp_for | (',' test ':' test)*
// [','])) | (test (comp_for | (',' test)* [','])). brace is the position of the '{'.
func (p *parser) dictorsetmaker(brace Pos) Expr {
	p.push()
	defer p.pop()
	pos := p.pos()
	first := p.test()
	if p.at(tkColon) {
		p.advance()
		value := p.test()
		if p.atKw(kwFor) {
			return &DictComp{Pos: pos, Key: first, Value: value, Generators: p.compFor(nil, p.orTest)}
		}
		d := &Dict{Pos: brace, Keys: []Expr{first}, Values: []Expr{value}}
		for p.at(tkComma) {
			p.advance()
			if !p.startsTest() {
				break
			}
			d.Keys = append(d.Keys, p.test())
			p.expect(tkColon)
			d.Values = append(d.Values, p.test())
		}
		return d
	}
	if p.atKw(kwFor) {
		return &SetComp{Pos: pos, Elt: first, Generators: p.compFor(nil, p.orTest)}
	}
	s := &Set{Pos: brace, Elts: []Expr{first}}
	for p.at(tkComma) {
		p.advance()
		if !p.startsTest() {
			break
		}
		s.Elts = append(s.Elts, p.test())
	}
	return s
}

// compFor parses comp_for: 'for' exprlist 'in' iter [comp_iter], with the comp_iter
// chain of further fors and ifs. iter is orTest for comp_for; for list_for, whose
// iterable is testlist_safe and whose chain is list_iter, it is testlistSafe: the two
// rules differ in nothing else, and nest alike in CPython's tree.
func (p *parser) compFor(gens []*Comprehension, iter func() Expr) []*Comprehension {
	p.push()
	defer p.pop()
	p.advance()
	targets, single := p.exprlist(Store)
	p.expectKw(kwIn)
	c := &Comprehension{Target: targetOf(targets, single), Iter: iter()}
	gens = append(gens, c)
	for {
		switch {
		case p.atKw(kwFor):
			p.push() // comp_iter
			gens = p.compFor(gens, iter)
			p.pop()
			return gens
		case p.atKw(kwIf):
			p.push() // comp_iter
			p.push() // comp_if
			p.advance()
			c.Ifs = append(c.Ifs, p.oldTest())
			// The rest of the chain nests inside this comp_if in CPython's tree.
			defer p.pop()
			defer p.pop()
			continue
		}
		return gens
	}
}

// yieldExpr parses yield_expr: 'yield' [testlist].
func (p *parser) yieldExpr() Expr {
	p.push()
	defer p.pop()
	y := &Yield{Pos: p.pos()}
	p.advance()
	if p.startsTest() {
		y.Value = p.testlist()
	}
	return y
}

// arglist parses arglist: (argument ',')* (argument [','] | '*' test (',' argument)*
// [',' '**' test] | '**' test), where argument: test [comp_for] | test '=' test, into a
// Call of fn, with ast.c's checks on the arguments.
func (p *parser) arglist(fn Expr) *Call {
	p.push()
	defer p.pop()
	call := p.nodes.calls.new()
	*call = Call{Pos: fn.Position(), Func: fn}
	line := p.pos().Lineno
	mark := p.errMark()
	nargs, nkeywords, ngens := 0, 0, 0
	seenStar := false
	var stopErr *astError // the first argument error ast.c meets stops it
	stopMark := 0
	note := func(m, line int, msg string) {
		if stopErr == nil {
			stopErr = &astError{msg: msg, line: line}
			stopMark = m
		}
	}
	// argument parses one argument; afterStar says it follows *expression.
	argument := func(afterStar bool) {
		p.push()
		defer p.pop()
		argPos := p.pos()
		argLine := argPos.Lineno
		m := p.errMark()
		e := p.test()
		switch {
		case p.atKw(kwFor):
			ngens++
			call.Args = append(call.Args, &GeneratorExp{Pos: argPos, Elt: e, Generators: p.compFor(nil, p.orTest)})
		case p.at(tkEqual):
			nkeywords++
			p.advance()
			name, isName := e.(*Name)
			switch {
			case !isName:
				msg := "keyword can't be an expression"
				if _, ok := e.(*Lambda); ok {
					msg = "lambda cannot contain assignment"
				}
				note(p.errMark(), argLine, msg)
			case name.Id == "None":
				note(p.errMark(), argLine, "cannot assign to None")
			case name.Id == "__debug__":
				note(p.errMark(), argLine, "cannot assign to __debug__")
			default:
				for _, k := range call.Keywords {
					if k.Arg == name.Id {
						note(p.errMark(), argLine, "keyword argument repeated")
						break
					}
				}
			}
			kw := &Keyword{Value: p.test()}
			if isName {
				kw.Arg = name.Id
			}
			call.Keywords = append(call.Keywords, kw)
		default:
			nargs++
			if nkeywords > 0 {
				note(m, argLine, "non-keyword arg after keyword arg")
			} else if afterStar {
				note(m, argLine, "only named arguments may follow *expression")
			}
			call.Args = append(call.Args, e)
		}
	}
	for {
		switch {
		case p.at(tkStar):
			p.advance()
			call.Starargs = p.test()
			seenStar = true
			for p.at(tkComma) {
				p.advance()
				if p.at(tkDoubleStar) {
					p.advance()
					call.Kwargs = p.test()
					break
				}
				argument(true)
			}
		case p.at(tkDoubleStar):
			p.advance()
			call.Kwargs = p.test()
		default:
			argument(seenStar)
			if p.at(tkComma) {
				p.advance()
				if p.startsTest() || p.at(tkStar) || p.at(tkDoubleStar) {
					continue
				}
			}
		}
		break
	}
	if stopErr != nil {
		// Everything ast.c would have built after the failing argument is never seen.
		p.astErrs = p.astErrs[:stopMark]
		p.astErrs = append(p.astErrs, *stopErr)
	}
	if ngens > 1 || ngens > 0 && nargs+nkeywords > 0 {
		p.astErrs = p.astErrs[:mark]
		p.astError(line, "Generator expression must be parenthesized if not sole argument")
	} else if nargs+nkeywords+ngens > 255 {
		p.astErrs = p.astErrs[:mark]
		p.astError(line, "more than 255 arguments")
	}
	return call
}

// lambdef parses lambdef: 'lambda' [varargslist] ':' test, or old_lambdef (whose body is
// an old_test) when old is set.
func (p *parser) lambdef(old bool) Expr {
	p.push()
	defer p.pop()
	l := &Lambda{Pos: p.pos()}
	p.advance()
	if p.at(tkColon) {
		l.Args = &Arguments{}
	} else {
		l.Args = p.varargslist()
	}
	p.expect(tkColon)
	if old {
		l.Body = p.oldTest()
	} else {
		l.Body = p.test()
	}
	return l
}

// fpdefNode is one parsed fpdef: NAME | '(' fplist ')'.
type fpdefNode struct {
	name  string
	pos   Pos         // of the NAME, or of the '('
	inner *fplistNode // for the parenthesised form
}

// fplistNode is a parsed fplist: fpdef (',' fpdef)* [','].
type fplistNode struct {
	items    []*fpdefNode
	pos      Pos // of its first token
	children int // CPython's child count, commas included
}

// vaKind is the kind of one child of CPython's varargslist node.
type vaKind uint8

const (
	vaFpdef vaKind = iota
	vaEqual
	vaTest
	vaComma
	vaStar
	vaDoubleStar
	vaName
)

// vaChild is one child of CPython's varargslist node, kept so that the ast.c pass over
// them can run in ast.c's own order.
type vaChild struct {
	kind    vaKind
	fp      *fpdefNode // vaFpdef
	def     Expr       // vaTest: a default value
	defErrs [2]int     // vaTest: the ast errors recorded while parsing it
	name    string     // vaName: after * or **
	line    int        // vaName
}

// varargslist parses varargslist (up to the ')' of a def or the ':' of a lambda):
// ((fpdef ['=' test] ',')* ('*' NAME [',' '**' NAME] | '**' NAME) |
// fpdef ['=' test] (',' fpdef ['=' test])* [',']).
func (p *parser) varargslist() *Arguments {
	p.push()
	defer p.pop()
	line := p.pos().Lineno
	start := p.errMark()
	children := make([]vaChild, 0, 8)
	starName := func(kind vaKind) {
		p.advance()
		children = append(children, vaChild{kind: kind})
		nameLine := p.pos().Lineno
		children = append(children, vaChild{kind: vaName, name: p.name(), line: nameLine})
	}
	state := 0
loop:
	for {
		switch state {
		case 0, 3: // expecting fpdef, '*' or '**' (state 3 may also end: trailing comma)
			switch {
			case p.at(tkName) || p.at(tkLPar):
				children = append(children, vaChild{kind: vaFpdef, fp: p.fpdef()})
				state = 1
			case p.at(tkStar):
				starName(vaStar)
				state = 5
			case p.at(tkDoubleStar):
				starName(vaDoubleStar)
				break loop
			default:
				if state == 3 {
					break loop
				}
				p.fail()
			}
		case 1, 2: // after fpdef (1) or after its default (2)
			switch {
			case state == 1 && p.at(tkEqual):
				p.advance()
				m := p.errMark()
				d := p.test()
				children = append(children, vaChild{kind: vaEqual},
					vaChild{kind: vaTest, def: d, defErrs: [2]int{m, p.errMark()}})
				state = 2
			case p.at(tkComma):
				p.advance()
				children = append(children, vaChild{kind: vaComma})
				state = 3
			default:
				break loop
			}
		case 5: // after * NAME
			if !p.at(tkComma) {
				break loop
			}
			p.advance()
			children = append(children, vaChild{kind: vaComma})
			if !p.at(tkDoubleStar) {
				p.fail()
			}
			starName(vaDoubleStar)
			break loop
		}
	}
	return p.buildArguments(children, line, start)
}

// fpdef parses fpdef: NAME | '(' fplist ')'.
func (p *parser) fpdef() *fpdefNode {
	p.push()
	defer p.pop()
	pos := p.pos()
	if p.at(tkLPar) {
		p.advance()
		inner := p.fplist()
		p.expect(tkRPar)
		return &fpdefNode{pos: pos, inner: inner}
	}
	return &fpdefNode{pos: pos, name: p.name()}
}

// fplist parses fplist: fpdef (',' fpdef)* [','].
func (p *parser) fplist() *fplistNode {
	p.push()
	defer p.pop()
	l := &fplistNode{pos: p.pos()}
	for {
		l.items = append(l.items, p.fpdef())
		l.children++
		if !p.at(tkComma) {
			return l
		}
		p.advance()
		l.children++
		if !p.at(tkName) && !p.at(tkLPar) {
			return l
		}
	}
}

// buildArguments runs ast.c's ast_for_arguments over the parsed children, with its index
// arithmetic: it emits the defaults' errors and its own checks in its order (a default is
// built before the parameter it belongs to is checked), replacing what parsing recorded
// since start.
func (p *parser) buildArguments(children []vaChild, line, start int) *Arguments {
	recorded := append([]astError(nil), p.astErrs[start:]...)
	p.astErrs = p.astErrs[:start]
	args := &Arguments{}
	emit := func(e astError) { p.astErrs = append(p.astErrs, e) }
	foundDefault := false
	n := len(children)
	for i := 0; i < n; {
		switch children[i].kind {
		case vaFpdef:
			fp := children[i].fp
			parenthesized, complexArgs := false, false
			for {
				if i+1 < n && children[i+1].kind == vaEqual {
					d := &children[i+2]
					for _, e := range recorded[d.defErrs[0]-start : d.defErrs[1]-start] {
						emit(e)
					}
					args.Defaults = append(args.Defaults, d.def)
					i += 2
					foundDefault = true
				} else if foundDefault {
					if parenthesized && !complexArgs {
						emit(astError{msg: "parenthesized arg with default", line: line})
					} else {
						emit(astError{msg: "non-default argument follows default argument", line: line})
					}
				}
				if fp.inner != nil {
					if fp.inner.children != 1 {
						complexArgs = true
						args.Args = append(args.Args, p.complexArgs(fp.inner, emit))
						break
					}
					parenthesized = true
					fp = fp.inner.items[0]
					continue
				}
				p.checkForbidden(fp.name, line, emit)
				args.Args = append(args.Args, &Name{Pos: fp.pos, Id: fp.name, Ctx: Param})
				break
			}
			i += 2
		case vaStar, vaDoubleStar:
			name := &children[i+1]
			p.checkForbidden(name.name, name.line, emit)
			if children[i].kind == vaStar {
				args.Vararg = name.name
			} else {
				args.Kwarg = name.name
			}
			i += 3
		default:
			panic("BUG: unexpected child in varargslist")
		}
	}
	return args
}

// checkForbidden is forbiddenName with a custom error sink.
func (p *parser) checkForbidden(name string, line int, emit func(astError)) bool {
	switch name {
	case "None":
		emit(astError{msg: "cannot assign to None", line: line})
		return false
	case "__debug__":
		emit(astError{msg: "cannot assign to __debug__", line: line})
		return false
	}
	return true
}

// complexArgs builds the Tuple of a parenthesised parameter list, as ast.c's
// compiler_complex_args.
func (p *parser) complexArgs(l *fplistNode, emit func(astError)) Expr {
	t := &Tuple{Pos: l.pos, Ctx: Store}
	for _, fp := range l.items {
		for fp.inner != nil && fp.inner.children == 1 {
			fp = fp.inner.items[0]
		}
		if fp.inner != nil {
			t.Elts = append(t.Elts, p.complexArgs(fp.inner, emit))
			continue
		}
		p.checkForbidden(fp.name, l.pos.Lineno, emit)
		t.Elts = append(t.Elts, &Name{Pos: fp.pos, Id: fp.name, Ctx: Store})
	}
	return t
}
