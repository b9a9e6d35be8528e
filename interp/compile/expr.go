// This file defines code generation for expressions, subscripts and slices, and the
// comprehensions, as CPython 2.7's compile.c emits them.

package compile

import (
	"handson/interp/syntax"
)

func (c *compiler) expr(e syntax.Expr) error {
	// An expression on a later line than the statement starts a new line-number entry.
	if line := e.Position().Lineno; line > c.u.lineno {
		c.u.lineno = line
		c.u.linenoSet = false
	}
	switch e := e.(type) {
	case *syntax.BoolOp:
		return c.boolOp(e)
	case *syntax.BinOp:
		if err := c.expr(e.Left); err != nil {
			return err
		}
		if err := c.expr(e.Right); err != nil {
			return err
		}
		c.addOp(binaryOpcode(e.Op, c.flags))
	case *syntax.UnaryOp:
		if err := c.expr(e.Operand); err != nil {
			return err
		}
		c.addOp(unaryOpcode(e.Op))
	case *syntax.Lambda:
		return c.lambda(e)
	case *syntax.IfExp:
		end := c.newBlock()
		next := c.newBlock()
		if err := c.expr(e.Test); err != nil {
			return err
		}
		c.addJump(POP_JUMP_IF_FALSE, next)
		if err := c.expr(e.Body); err != nil {
			return err
		}
		c.addJump(JUMP_FORWARD, end)
		c.useNextBlock(next)
		if err := c.expr(e.Orelse); err != nil {
			return err
		}
		c.useNextBlock(end)
	case *syntax.Dict:
		n := len(e.Values)
		c.addOpArg(BUILD_MAP, min(n, 0xFFFF))
		for i := range e.Values {
			// The value is evaluated before its key.
			if err := c.expr(e.Values[i]); err != nil {
				return err
			}
			if err := c.expr(e.Keys[i]); err != nil {
				return err
			}
			c.addOp(STORE_MAP)
		}
	case *syntax.Set:
		if err := c.exprs(e.Elts); err != nil {
			return err
		}
		c.addOpArg(BUILD_SET, len(e.Elts))
	case *syntax.ListComp:
		// Python 2 compiles a list comprehension inline, in the current scope.
		c.addOpArg(BUILD_LIST, 0)
		return c.comprehensionGenerator(e.Generators, 0, e.Elt, nil, compList)
	case *syntax.SetComp:
		return c.comprehension(e, compSet, "<setcomp>", e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		return c.comprehension(e, compDict, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		return c.comprehension(e, compGenexp, "<genexpr>", e.Generators, e.Elt, nil)
	case *syntax.Yield:
		if c.u.ste.kind != functionBlock {
			return c.error("'yield' outside function")
		}
		if err := c.exprOrNone(e.Value); err != nil {
			return err
		}
		c.addOp(YIELD_VALUE)
	case *syntax.Compare:
		return c.compare(e)
	case *syntax.Call:
		return c.call(e)
	case *syntax.Repr:
		if err := c.expr(e.Value); err != nil {
			return err
		}
		c.addOp(UNARY_CONVERT)
	case *syntax.Num, *syntax.Str:
		c.loadConst(constOf(e))
	case *syntax.Attribute:
		if e.Ctx != syntax.AugStore {
			if err := c.expr(e.Value); err != nil {
				return err
			}
		}
		switch e.Ctx {
		case syntax.AugLoad:
			c.addOp(DUP_TOP)
			c.addOpName(LOAD_ATTR, e.Attr)
		case syntax.Load:
			c.addOpName(LOAD_ATTR, e.Attr)
		case syntax.AugStore:
			c.addOp(ROT_TWO)
			c.addOpName(STORE_ATTR, e.Attr)
		case syntax.Store:
			c.addOpName(STORE_ATTR, e.Attr)
		case syntax.Del:
			c.addOpName(DELETE_ATTR, e.Attr)
		default:
			panic("BUG: param invalid in attribute expression")
		}
	case *syntax.Subscript:
		switch e.Ctx {
		case syntax.AugLoad, syntax.Load, syntax.Store, syntax.Del:
			if err := c.expr(e.Value); err != nil {
				return err
			}
		case syntax.AugStore:
		default:
			panic("BUG: param invalid in subscript expression")
		}
		return c.slice(e.Slice, e.Ctx)
	case *syntax.Name:
		return c.nameOp(e.Id, e.Ctx)
	case *syntax.List:
		return c.sequence(e.Elts, e.Ctx, BUILD_LIST)
	case *syntax.Tuple:
		return c.sequence(e.Elts, e.Ctx, BUILD_TUPLE)
	default:
		panic("BUG: unknown expression node")
	}
	return nil
}

// exprOrNone compiles e, or loads None when it is absent.
func (c *compiler) exprOrNone(e syntax.Expr) error {
	if e == nil {
		c.loadConst(None{})
		return nil
	}
	return c.expr(e)
}

// sequence compiles a list or tuple display, or, as an assignment target, unpacks into
// its elements.
func (c *compiler) sequence(elts []syntax.Expr, ctx syntax.ExprContext, build int) error {
	if ctx == syntax.Store {
		c.addOpArg(UNPACK_SEQUENCE, len(elts))
	}
	if err := c.exprs(elts); err != nil {
		return err
	}
	if ctx == syntax.Load {
		c.addOpArg(build, len(elts))
	}
	return nil
}

func (c *compiler) boolOp(e *syntax.BoolOp) error {
	jump := JUMP_IF_FALSE_OR_POP
	if e.Op == syntax.Or {
		jump = JUMP_IF_TRUE_OR_POP
	}
	end := c.newBlock()
	last := len(e.Values) - 1
	for _, v := range e.Values[:last] {
		if err := c.expr(v); err != nil {
			return err
		}
		c.addJump(jump, end)
	}
	if err := c.expr(e.Values[last]); err != nil {
		return err
	}
	c.useNextBlock(end)
	return nil
}

// compare compiles a comparison; a chain `a < b < c` keeps the middle operand with
// DUP_TOP/ROT_THREE and short-circuits to a cleanup that drops it.
func (c *compiler) compare(e *syntax.Compare) error {
	if err := c.expr(e.Left); err != nil {
		return err
	}
	n := len(e.Ops)
	var cleanup *block
	if n > 1 {
		cleanup = c.newBlock()
		if err := c.expr(e.Comparators[0]); err != nil {
			return err
		}
	}
	for i := 1; i < n; i++ {
		c.addOp(DUP_TOP)
		c.addOp(ROT_THREE)
		c.addOpArg(COMPARE_OP, cmpArg(e.Ops[i-1]))
		c.addJump(JUMP_IF_FALSE_OR_POP, cleanup)
		c.nextBlock()
		if i < n-1 {
			if err := c.expr(e.Comparators[i]); err != nil {
				return err
			}
		}
	}
	if err := c.expr(e.Comparators[n-1]); err != nil {
		return err
	}
	c.addOpArg(COMPARE_OP, cmpArg(e.Ops[n-1]))
	if n > 1 {
		end := c.newBlock()
		c.addJump(JUMP_FORWARD, end)
		c.useNextBlock(cleanup)
		c.addOp(ROT_TWO)
		c.addOp(POP_TOP)
		c.useNextBlock(end)
	}
	return nil
}

// call compiles a call: the argument count is positional | keyword<<8, and the opcode
// says whether *args and **kwargs follow.
func (c *compiler) call(e *syntax.Call) error {
	if err := c.expr(e.Func); err != nil {
		return err
	}
	n := len(e.Args)
	if err := c.exprs(e.Args); err != nil {
		return err
	}
	for _, k := range e.Keywords {
		c.loadConst(Str(k.Arg))
		if err := c.expr(k.Value); err != nil {
			return err
		}
	}
	n |= len(e.Keywords) << 8
	code := 0
	if e.Starargs != nil {
		if err := c.expr(e.Starargs); err != nil {
			return err
		}
		code |= 1
	}
	if e.Kwargs != nil {
		if err := c.expr(e.Kwargs); err != nil {
			return err
		}
		code |= 2
	}
	c.addOpArg([4]int{CALL_FUNCTION, CALL_FUNCTION_VAR, CALL_FUNCTION_KW, CALL_FUNCTION_VAR_KW}[code], n)
	return nil
}

func (c *compiler) lambda(e *syntax.Lambda) error {
	if err := c.exprs(e.Args.Defaults); err != nil {
		return err
	}
	c.enterScope("<lambda>", e, e.Lineno)
	if err := c.unpackTupleArgs(e.Args); err != nil {
		return err
	}
	// None is the first constant, so a lambda never has a docstring.
	c.addConst(None{})
	c.u.argcount = len(e.Args.Args)
	if err := c.expr(e.Body); err != nil {
		return err
	}
	if c.u.ste.generator {
		c.addOp(POP_TOP)
	} else {
		c.addOp(RETURN_VALUE)
	}
	code, err := c.assemble(true)
	c.exitScope()
	if err != nil {
		return err
	}
	c.makeClosure(code, len(e.Args.Defaults))
	return nil
}

// compKind tells the comprehensions apart.
type compKind uint8

const (
	compList   compKind = iota // inline, no code object of its own
	compGenexp                 // the others get a nested function
	compSet
	compDict
)

// comprehension compiles a generator expression or a set or dict comprehension into a
// nested function that takes the outermost iterator as its argument ".0", and calls it.
func (c *compiler) comprehension(node syntax.Expr, kind compKind, name string, gens []*syntax.Comprehension, elt, value syntax.Expr) error {
	outermost := gens[0].Iter
	c.enterScope(name, node, node.Position().Lineno)
	switch kind {
	case compSet:
		c.addOpArg(BUILD_SET, 0)
	case compDict:
		c.addOpArg(BUILD_MAP, 0)
	}
	if err := c.comprehensionGenerator(gens, 0, elt, value, kind); err != nil {
		return err
	}
	if kind != compGenexp {
		c.addOp(RETURN_VALUE)
	}
	code, err := c.assemble(true)
	c.exitScope()
	if err != nil {
		return err
	}
	c.makeClosure(code, 0)
	if err := c.expr(outermost); err != nil {
		return err
	}
	c.addOp(GET_ITER)
	c.addOpArg(CALL_FUNCTION, 1)
	return nil
}

// comprehensionGenerator compiles the `for` clause gens[index] and, inside it, the rest:
// one FOR_ITER loop per clause, a jump back for each failed `if`, and the element added
// (or yielded) inside the innermost loop, to the container index+1 items down the stack.
func (c *compiler) comprehensionGenerator(gens []*syntax.Comprehension, index int, elt, value syntax.Expr, kind compKind) error {
	start := c.newBlock()
	skip := c.newBlock()
	ifCleanup := c.newBlock()
	anchor := c.newBlock()
	g := gens[index]
	if index == 0 && kind != compList {
		// The outermost iterator arrives as the implicit argument.
		c.u.argcount = 1
		c.addOpArg(LOAD_FAST, 0)
	} else {
		if err := c.expr(g.Iter); err != nil {
			return err
		}
		c.addOp(GET_ITER)
	}
	c.useNextBlock(start)
	c.addJump(FOR_ITER, anchor)
	c.nextBlock()
	if err := c.expr(g.Target); err != nil {
		return err
	}
	for _, cond := range g.Ifs {
		if err := c.expr(cond); err != nil {
			return err
		}
		c.addJump(POP_JUMP_IF_FALSE, ifCleanup)
		c.nextBlock()
	}
	index++
	if index < len(gens) {
		if err := c.comprehensionGenerator(gens, index, elt, value, kind); err != nil {
			return err
		}
	} else {
		switch kind {
		case compList:
			if err := c.expr(elt); err != nil {
				return err
			}
			c.addOpArg(LIST_APPEND, index+1)
		case compGenexp:
			if err := c.expr(elt); err != nil {
				return err
			}
			c.addOp(YIELD_VALUE)
			c.addOp(POP_TOP)
		case compSet:
			if err := c.expr(elt); err != nil {
				return err
			}
			c.addOpArg(SET_ADD, index+1)
		case compDict:
			// As in `d[k] = v`, the value is evaluated before the key.
			if err := c.expr(value); err != nil {
				return err
			}
			if err := c.expr(elt); err != nil {
				return err
			}
			c.addOpArg(MAP_ADD, index+1)
		}
		c.useNextBlock(skip)
	}
	c.useNextBlock(ifCleanup)
	c.addJump(JUMP_ABSOLUTE, start)
	c.useNextBlock(anchor)
	return nil
}

// slice compiles what is inside a subscript's brackets and the subscript operation for
// the context (compiler_visit_slice).
func (c *compiler) slice(s syntax.SliceNode, ctx syntax.ExprContext) error {
	switch s := s.(type) {
	case *syntax.Index:
		if ctx != syntax.AugStore {
			if err := c.expr(s.Value); err != nil {
				return err
			}
		}
	case *syntax.Ellipsis:
		if ctx != syntax.AugStore {
			c.loadConst(Ellipsis{})
		}
	case *syntax.Slice:
		if s.Step == nil {
			return c.simpleSlice(s, ctx)
		}
		if ctx != syntax.AugStore {
			if err := c.buildSlice(s); err != nil {
				return err
			}
		}
	case *syntax.ExtSlice:
		if ctx != syntax.AugStore {
			for _, d := range s.Dims {
				if err := c.nestedSlice(d); err != nil {
					return err
				}
			}
			c.addOpArg(BUILD_TUPLE, len(s.Dims))
		}
	default:
		panic("BUG: unknown slice node")
	}
	return c.subscr(ctx)
}

// subscr emits the subscript operation itself.
func (c *compiler) subscr(ctx syntax.ExprContext) error {
	switch ctx {
	case syntax.AugLoad:
		c.addOpArg(DUP_TOPX, 2)
		c.addOp(BINARY_SUBSCR)
	case syntax.Load:
		c.addOp(BINARY_SUBSCR)
	case syntax.AugStore:
		c.addOp(ROT_THREE)
		c.addOp(STORE_SUBSCR)
	case syntax.Store:
		c.addOp(STORE_SUBSCR)
	case syntax.Del:
		c.addOp(DELETE_SUBSCR)
	default:
		panic("BUG: invalid context in subscript")
	}
	return nil
}

// buildSlice pushes a slice object: lower and upper (None when absent) and the step.
func (c *compiler) buildSlice(s *syntax.Slice) error {
	n := 2
	for _, part := range []syntax.Expr{s.Lower, s.Upper} {
		if err := c.exprOrNone(part); err != nil {
			return err
		}
	}
	if s.Step != nil {
		n++
		if err := c.expr(s.Step); err != nil {
			return err
		}
	}
	c.addOpArg(BUILD_SLICE, n)
	return nil
}

// simpleSlice compiles a[lo:hi] with the SLICE+n family, n telling which bounds are there.
func (c *compiler) simpleSlice(s *syntax.Slice, ctx syntax.ExprContext) error {
	offset, count := 0, 0
	if s.Lower != nil {
		offset++
		count++
		if ctx != syntax.AugStore {
			if err := c.expr(s.Lower); err != nil {
				return err
			}
		}
	}
	if s.Upper != nil {
		offset += 2
		count++
		if ctx != syntax.AugStore {
			if err := c.expr(s.Upper); err != nil {
				return err
			}
		}
	}
	switch ctx {
	case syntax.AugLoad:
		if count == 0 {
			c.addOp(DUP_TOP)
		} else {
			c.addOpArg(DUP_TOPX, count+1)
		}
	case syntax.AugStore:
		c.addOp([3]int{ROT_TWO, ROT_THREE, ROT_FOUR}[count])
	}
	switch ctx {
	case syntax.AugLoad, syntax.Load:
		c.addOp(SLICE + offset)
	case syntax.AugStore, syntax.Store:
		c.addOp(STORE_SLICE + offset)
	case syntax.Del:
		c.addOp(DELETE_SLICE + offset)
	default:
		panic("BUG: param invalid in simple slice")
	}
	return nil
}

// nestedSlice compiles one dimension of an extended slice.
func (c *compiler) nestedSlice(s syntax.SliceNode) error {
	switch s := s.(type) {
	case *syntax.Ellipsis:
		c.loadConst(Ellipsis{})
	case *syntax.Slice:
		return c.buildSlice(s)
	case *syntax.Index:
		return c.expr(s.Value)
	default:
		panic("BUG: extended slice invalid in nested slice")
	}
	return nil
}

func unaryOpcode(op syntax.UnaryOperator) int {
	switch op {
	case syntax.Invert:
		return UNARY_INVERT
	case syntax.Not:
		return UNARY_NOT
	case syntax.UAdd:
		return UNARY_POSITIVE
	case syntax.USub:
		return UNARY_NEGATIVE
	}
	panic("BUG: unknown unary operator")
}

// operatorOpcodes gives each binary operator its opcode and its augmented-assignment
// opcode; `/` is the classic division unless future division is in force.
var operatorOpcodes = [...]struct{ binary, inplace int }{
	syntax.Add:      {BINARY_ADD, INPLACE_ADD},
	syntax.Sub:      {BINARY_SUBTRACT, INPLACE_SUBTRACT},
	syntax.Mult:     {BINARY_MULTIPLY, INPLACE_MULTIPLY},
	syntax.Div:      {BINARY_DIVIDE, INPLACE_DIVIDE},
	syntax.Mod:      {BINARY_MODULO, INPLACE_MODULO},
	syntax.Pow:      {BINARY_POWER, INPLACE_POWER},
	syntax.LShift:   {BINARY_LSHIFT, INPLACE_LSHIFT},
	syntax.RShift:   {BINARY_RSHIFT, INPLACE_RSHIFT},
	syntax.BitOr:    {BINARY_OR, INPLACE_OR},
	syntax.BitXor:   {BINARY_XOR, INPLACE_XOR},
	syntax.BitAnd:   {BINARY_AND, INPLACE_AND},
	syntax.FloorDiv: {BINARY_FLOOR_DIVIDE, INPLACE_FLOOR_DIVIDE},
}

func binaryOpcode(op syntax.Operator, flags Flags) int {
	if op == syntax.Div && flags&FutureDivision != 0 {
		return BINARY_TRUE_DIVIDE
	}
	return operatorOpcodes[op].binary
}

func inplaceOpcode(op syntax.Operator, flags Flags) int {
	if op == syntax.Div && flags&FutureDivision != 0 {
		return INPLACE_TRUE_DIVIDE
	}
	return operatorOpcodes[op].inplace
}

// cmpArg maps a comparison operator to the COMPARE_OP argument.
func cmpArg(op syntax.CmpOperator) int {
	switch op {
	case syntax.Eq:
		return CmpEQ
	case syntax.NotEq:
		return CmpNE
	case syntax.Lt:
		return CmpLT
	case syntax.LtE:
		return CmpLE
	case syntax.Gt:
		return CmpGT
	case syntax.GtE:
		return CmpGE
	case syntax.Is:
		return CmpIs
	case syntax.IsNot:
		return CmpIsNot
	case syntax.In:
		return CmpIn
	case syntax.NotIn:
		return CmpNotIn
	}
	return CmpBad
}
