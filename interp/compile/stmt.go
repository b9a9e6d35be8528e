// This file defines code generation for statements: each statement kind of Python 2.7
// becomes the instruction sequence CPython 2.7's compile.c emits for it.

package compile

import (
	"strconv"
	"strings"

	"handson/interp/syntax"
)

func (c *compiler) stmt(s syntax.Stmt) error {
	// Every statement starts a new line-number entry.
	c.u.lineno = s.Position().Lineno
	c.u.linenoSet = false

	switch s := s.(type) {
	case *syntax.FunctionDef:
		return c.functionDef(s)
	case *syntax.ClassDef:
		return c.classDef(s)
	case *syntax.Return:
		if c.u.ste.kind != functionBlock {
			return c.error("'return' outside function")
		}
		if err := c.exprOrNone(s.Value); err != nil {
			return err
		}
		c.addOp(RETURN_VALUE)
	case *syntax.Delete:
		return c.exprs(s.Targets)
	case *syntax.Assign:
		if err := c.expr(s.Value); err != nil {
			return err
		}
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.addOp(DUP_TOP)
			}
			if err := c.expr(t); err != nil {
				return err
			}
		}
	case *syntax.AugAssign:
		return c.augAssign(s)
	case *syntax.Print:
		return c.print(s)
	case *syntax.For:
		return c.forStmt(s)
	case *syntax.While:
		return c.whileStmt(s)
	case *syntax.If:
		return c.ifStmt(s)
	case *syntax.Raise:
		n := 0
		if s.Type != nil {
			if err := c.expr(s.Type); err != nil {
				return err
			}
			n++
			if s.Inst != nil {
				if err := c.expr(s.Inst); err != nil {
					return err
				}
				n++
				if s.Tback != nil {
					if err := c.expr(s.Tback); err != nil {
						return err
					}
					n++
				}
			}
		}
		c.addOpArg(RAISE_VARARGS, n)
	case *syntax.TryExcept:
		return c.tryExcept(s)
	case *syntax.TryFinally:
		return c.tryFinally(s)
	case *syntax.Assert:
		return c.assert(s)
	case *syntax.Import:
		return c.importStmt(s)
	case *syntax.ImportFrom:
		return c.importFrom(s)
	case *syntax.Exec:
		if err := c.expr(s.Body); err != nil {
			return err
		}
		if s.Globals != nil {
			if err := c.expr(s.Globals); err != nil {
				return err
			}
			if s.Locals != nil {
				if err := c.expr(s.Locals); err != nil {
					return err
				}
			} else {
				c.addOp(DUP_TOP)
			}
		} else {
			c.loadConst(None{})
			c.addOp(DUP_TOP)
		}
		c.addOp(EXEC_STMT)
	case *syntax.Global, *syntax.Pass:
	case *syntax.ExprStmt:
		// Only at the top level of the input (CPython's c_nestlevel <= 1): no
		// enclosing unit.
		if c.interactive && len(c.stack) == 0 {
			if err := c.expr(s.Value); err != nil {
				return err
			}
			c.addOp(PRINT_EXPR)
			break
		}
		switch s.Value.(type) {
		case *syntax.Str, *syntax.Num:
			// A literal statement has no effect: nothing is emitted.
		default:
			if err := c.expr(s.Value); err != nil {
				return err
			}
			c.addOp(POP_TOP)
		}
	case *syntax.Break:
		if !c.inLoop() {
			return c.error("'break' outside loop")
		}
		c.addOp(BREAK_LOOP)
	case *syntax.Continue:
		return c.continueStmt()
	case *syntax.With:
		return c.with(s)
	default:
		panic("BUG: unknown statement node")
	}
	return nil
}

// functionDef compiles `def`: decorators, default values, the function's own code object,
// then MAKE_FUNCTION or MAKE_CLOSURE, the decorator calls and the store of the name.
func (c *compiler) functionDef(s *syntax.FunctionDef) error {
	if err := c.exprs(s.DecoratorList); err != nil {
		return err
	}
	if err := c.exprs(s.Args.Defaults); err != nil {
		return err
	}
	c.enterScope(s.Name, s, s.Lineno)
	var first Const = None{}
	docstring := false
	if len(s.Body) > 0 {
		if doc, ok := isDocstring(s.Body[0]); ok {
			first, docstring = strConst(doc), true
		}
	}
	c.addConst(first)
	if err := c.unpackTupleArgs(s.Args); err != nil {
		return err
	}
	c.u.argcount = len(s.Args.Args)
	body := s.Body
	if docstring {
		body = body[1:]
	}
	if err := c.stmts(body); err != nil {
		return err
	}
	code, err := c.assemble(true)
	c.exitScope()
	if err != nil {
		return err
	}
	c.makeClosure(code, len(s.Args.Defaults))
	for range s.DecoratorList {
		c.addOpArg(CALL_FUNCTION, 1)
	}
	return c.nameOp(s.Name, syntax.Store)
}

// unpackTupleArgs emits, at the start of a function, the unpacking of each tuple
// parameter from its implicit ".N" argument (compiler_arguments).
func (c *compiler) unpackTupleArgs(args *syntax.Arguments) error {
	for i, arg := range args.Args {
		if t, ok := arg.(*syntax.Tuple); ok {
			if err := c.nameOp("."+strconv.Itoa(i), syntax.Load); err != nil {
				return err
			}
			if err := c.expr(t); err != nil {
				return err
			}
		}
	}
	return nil
}

// classDef compiles `class`: the name and bases, the body as a function returning its
// locals, BUILD_CLASS, the decorators and the store of the name.
func (c *compiler) classDef(s *syntax.ClassDef) error {
	if err := c.exprs(s.DecoratorList); err != nil {
		return err
	}
	c.loadConst(Str(s.Name))
	if err := c.exprs(s.Bases); err != nil {
		return err
	}
	c.addOpArg(BUILD_TUPLE, len(s.Bases))
	c.enterScope(s.Name, s, s.Lineno)
	c.u.private = s.Name
	if err := c.nameOp("__name__", syntax.Load); err != nil {
		return err
	}
	if err := c.nameOp("__module__", syntax.Store); err != nil {
		return err
	}
	if err := c.body(s.Body); err != nil {
		return err
	}
	c.addOp(LOAD_LOCALS)
	c.addOp(RETURN_VALUE)
	code, err := c.assemble(true)
	c.exitScope()
	if err != nil {
		return err
	}
	c.makeClosure(code, 0)
	c.addOpArg(CALL_FUNCTION, 0)
	c.addOp(BUILD_CLASS)
	for range s.DecoratorList {
		c.addOpArg(CALL_FUNCTION, 1)
	}
	return c.nameOp(s.Name, syntax.Store)
}

// makeClosure emits the creation of a function from code: MAKE_FUNCTION, or, when the
// code has free variables, a tuple of the cells it closes over and MAKE_CLOSURE.
func (c *compiler) makeClosure(code *Code, ndefaults int) {
	if len(code.FreeVars) == 0 {
		c.loadConst(code)
		c.addOpArg(MAKE_FUNCTION, ndefaults)
		return
	}
	for _, name := range code.FreeVars {
		// A method's free variable can be a plain local of the class too: it is then
		// reached through the class's own free variables, not a cell of the class.
		var arg int
		if c.u.ste.scopeOf(name) == scopeCell {
			arg = c.u.cellvars.lookup(name)
		} else {
			arg = c.u.freevars.lookup(name)
		}
		if arg < 0 {
			panic("BUG: closure variable " + name + " not found in " + c.u.name)
		}
		c.addOpArg(LOAD_CLOSURE, arg)
	}
	c.addOpArg(BUILD_TUPLE, len(code.FreeVars))
	c.loadConst(code)
	c.addOpArg(MAKE_CLOSURE, ndefaults)
}

func (c *compiler) print(s *syntax.Print) error {
	dest := s.Dest != nil
	if dest {
		if err := c.expr(s.Dest); err != nil {
			return err
		}
	}
	for _, v := range s.Values {
		if dest {
			c.addOp(DUP_TOP)
			if err := c.expr(v); err != nil {
				return err
			}
			c.addOp(ROT_TWO)
			c.addOp(PRINT_ITEM_TO)
		} else {
			if err := c.expr(v); err != nil {
				return err
			}
			c.addOp(PRINT_ITEM)
		}
	}
	switch {
	case s.NL && dest:
		c.addOp(PRINT_NEWLINE_TO)
	case s.NL:
		c.addOp(PRINT_NEWLINE)
	case dest:
		c.addOp(POP_TOP)
	}
	return nil
}

// constantTruth classifies a test the way expr_constant does: 1 for a literal that is
// true (or __debug__), 0 for a false literal, -1 for anything else. if and while drop the
// branch a constant test can never take.
func constantTruth(e syntax.Expr) int {
	switch e := e.(type) {
	case *syntax.Num, *syntax.Str:
		if isTrue(constOf(e)) {
			return 1
		}
		return 0
	case *syntax.Name:
		if e.Id == "__debug__" {
			return 1
		}
	}
	return -1
}

func (c *compiler) ifStmt(s *syntax.If) error {
	end := c.newBlock()
	switch constantTruth(s.Test) {
	case 0:
		if err := c.stmts(s.Orelse); err != nil {
			return err
		}
	case 1:
		if err := c.stmts(s.Body); err != nil {
			return err
		}
	default:
		next := end
		if len(s.Orelse) > 0 {
			next = c.newBlock()
		}
		if err := c.expr(s.Test); err != nil {
			return err
		}
		c.addJump(POP_JUMP_IF_FALSE, next)
		if err := c.stmts(s.Body); err != nil {
			return err
		}
		c.addJump(JUMP_FORWARD, end)
		if len(s.Orelse) > 0 {
			c.useNextBlock(next)
			if err := c.stmts(s.Orelse); err != nil {
				return err
			}
		}
	}
	c.useNextBlock(end)
	return nil
}

func (c *compiler) forStmt(s *syntax.For) error {
	start := c.newBlock()
	cleanup := c.newBlock()
	end := c.newBlock()
	c.addJump(SETUP_LOOP, end)
	if err := c.pushFblock(fbLoop, start); err != nil {
		return err
	}
	if err := c.expr(s.Iter); err != nil {
		return err
	}
	c.addOp(GET_ITER)
	c.useNextBlock(start)
	c.addJump(FOR_ITER, cleanup)
	if err := c.expr(s.Target); err != nil {
		return err
	}
	if err := c.stmts(s.Body); err != nil {
		return err
	}
	c.addJump(JUMP_ABSOLUTE, start)
	c.useNextBlock(cleanup)
	c.addOp(POP_BLOCK)
	c.popFblock(fbLoop, start)
	if err := c.stmts(s.Orelse); err != nil {
		return err
	}
	c.useNextBlock(end)
	return nil
}

func (c *compiler) whileStmt(s *syntax.While) error {
	constant := constantTruth(s.Test)
	if constant == 0 {
		return c.stmts(s.Orelse)
	}
	loop := c.newBlock()
	end := c.newBlock()
	var anchor *block
	if constant == -1 {
		anchor = c.newBlock()
	}
	c.addJump(SETUP_LOOP, end)
	c.useNextBlock(loop)
	if err := c.pushFblock(fbLoop, loop); err != nil {
		return err
	}
	if constant == -1 {
		if err := c.expr(s.Test); err != nil {
			return err
		}
		c.addJump(POP_JUMP_IF_FALSE, anchor)
	}
	if err := c.stmts(s.Body); err != nil {
		return err
	}
	c.addJump(JUMP_ABSOLUTE, loop)
	if constant == -1 {
		c.useNextBlock(anchor)
	}
	c.addOp(POP_BLOCK) // for `while 1` it is unreachable, but emitted all the same

	c.popFblock(fbLoop, loop)
	if err := c.stmts(s.Orelse); err != nil {
		return err
	}
	c.useNextBlock(end)
	return nil
}

func (c *compiler) inLoop() bool {
	for _, f := range c.u.fblocks {
		if f.kind == fbLoop {
			return true
		}
	}
	return false
}

// continueStmt jumps back to the loop head; inside a try it must unwind the block stack
// first, which CONTINUE_LOOP does.
func (c *compiler) continueStmt() error {
	const notInLoop = "'continue' not properly in loop"
	const inFinally = "'continue' not supported inside 'finally' clause"
	fbs := c.u.fblocks
	if len(fbs) == 0 {
		return c.error(notInLoop)
	}
	i := len(fbs) - 1
	switch fbs[i].kind {
	case fbLoop:
		c.addJump(JUMP_ABSOLUTE, fbs[i].block)
	case fbExcept, fbFinallyTry:
		for i--; i >= 0 && fbs[i].kind != fbLoop; i-- {
			if fbs[i].kind == fbFinallyEnd {
				return c.error(inFinally)
			}
		}
		if i < 0 {
			return c.error(notInLoop)
		}
		c.addJump(CONTINUE_LOOP, fbs[i].block)
	case fbFinallyEnd:
		return c.error(inFinally)
	}
	return nil
}

// tryFinally compiles
//
//	SETUP_FINALLY L; <body>; POP_BLOCK; LOAD_CONST None; L: <finalbody>; END_FINALLY
func (c *compiler) tryFinally(s *syntax.TryFinally) error {
	body := c.newBlock()
	end := c.newBlock()
	c.addJump(SETUP_FINALLY, end)
	c.useNextBlock(body)
	if err := c.pushFblock(fbFinallyTry, body); err != nil {
		return err
	}
	if err := c.stmts(s.Body); err != nil {
		return err
	}
	if err := c.enterFinally(body, end); err != nil {
		return err
	}
	if err := c.stmts(s.Finalbody); err != nil {
		return err
	}
	c.addOp(END_FINALLY)
	c.popFblock(fbFinallyEnd, end)
	return nil
}

// enterFinally ends the protected body of a try/finally or with statement and starts
// its finally block: POP_BLOCK, then None pushed to tell the finally code that no
// exception is pending.
func (c *compiler) enterFinally(body, finally *block) error {
	c.addOp(POP_BLOCK)
	c.popFblock(fbFinallyTry, body)
	c.loadConst(None{})
	c.useNextBlock(finally)
	return c.pushFblock(fbFinallyEnd, finally)
}

// tryExcept compiles the body under SETUP_EXCEPT, then each handler as a match test
// (DUP_TOP, type, COMPARE_OP exception match) with its body, then END_FINALLY to re-raise
// an unmatched exception, then the else clause.
func (c *compiler) tryExcept(s *syntax.TryExcept) error {
	body := c.newBlock()
	except := c.newBlock()
	orelse := c.newBlock()
	end := c.newBlock()
	c.addJump(SETUP_EXCEPT, except)
	c.useNextBlock(body)
	if err := c.pushFblock(fbExcept, body); err != nil {
		return err
	}
	if err := c.stmts(s.Body); err != nil {
		return err
	}
	c.addOp(POP_BLOCK)
	c.popFblock(fbExcept, body)
	c.addJump(JUMP_FORWARD, orelse)
	c.useNextBlock(except)
	for i, h := range s.Handlers {
		if h.Type == nil && i < len(s.Handlers)-1 {
			return c.error("default 'except:' must be last")
		}
		c.u.linenoSet = false
		c.u.lineno = h.Lineno
		except = c.newBlock()
		if h.Type != nil {
			c.addOp(DUP_TOP)
			if err := c.expr(h.Type); err != nil {
				return err
			}
			c.addOpArg(COMPARE_OP, CmpExcMatch)
			c.addJump(POP_JUMP_IF_FALSE, except)
		}
		c.addOp(POP_TOP)
		if h.Name != nil {
			if err := c.expr(h.Name); err != nil {
				return err
			}
		} else {
			c.addOp(POP_TOP)
		}
		c.addOp(POP_TOP)
		if err := c.stmts(h.Body); err != nil {
			return err
		}
		c.addJump(JUMP_FORWARD, end)
		c.useNextBlock(except)
	}
	c.addOp(END_FINALLY)
	c.useNextBlock(orelse)
	if err := c.stmts(s.Orelse); err != nil {
		return err
	}
	c.useNextBlock(end)
	return nil
}

// with compiles the with statement of PEP 343: SETUP_WITH calls __enter__ and sets up a
// finally block whose handler, WITH_CLEANUP, calls __exit__.
func (c *compiler) with(s *syntax.With) error {
	blk := c.newBlock()
	finally := c.newBlock()
	if err := c.expr(s.ContextExpr); err != nil {
		return err
	}
	c.addJump(SETUP_WITH, finally)
	c.useNextBlock(blk)
	if err := c.pushFblock(fbFinallyTry, blk); err != nil {
		return err
	}
	if s.OptionalVars != nil {
		if err := c.expr(s.OptionalVars); err != nil {
			return err
		}
	} else {
		c.addOp(POP_TOP)
	}
	if err := c.stmts(s.Body); err != nil {
		return err
	}
	if err := c.enterFinally(blk, finally); err != nil {
		return err
	}
	c.addOp(WITH_CLEANUP)
	c.addOp(END_FINALLY)
	c.popFblock(fbFinallyEnd, finally)
	return nil
}

// importLevel is the level argument of IMPORT_NAME for an absolute-looking import: -1
// (try relative, then absolute) unless absolute_import is in force.
func (c *compiler) importLevel() Const {
	if c.flags&FutureAbsoluteImport != 0 {
		return Int(0)
	}
	return Int(-1)
}

func (c *compiler) importStmt(s *syntax.Import) error {
	for _, a := range s.Names {
		c.loadConst(c.importLevel())
		c.loadConst(None{})
		c.addOpName(IMPORT_NAME, a.Name)
		if a.Asname != "" {
			// `import a.b.c as d` binds d to the innermost module.
			parts := strings.Split(a.Name, ".")
			for _, attr := range parts[1:] {
				c.addOpNameRaw(LOAD_ATTR, attr)
			}
			if err := c.nameOp(a.Asname, syntax.Store); err != nil {
				return err
			}
		} else if err := c.nameOp(firstDotted(a.Name), syntax.Store); err != nil {
			return err
		}
	}
	return nil
}

func (c *compiler) importFrom(s *syntax.ImportFrom) error {
	names := make(Tuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = Str(a.Name)
	}
	var level Const = Int(s.Level)
	if s.Level == 0 {
		level = c.importLevel()
	}
	if s.Lineno > c.futureLine && s.Module == "__future__" {
		return c.error("from __future__ imports must occur at the beginning of the file")
	}
	c.loadConst(level)
	c.loadConst(names)
	c.addOpName(IMPORT_NAME, s.Module)
	for i, a := range s.Names {
		if i == 0 && a.Name == "*" {
			c.addOp(IMPORT_STAR)
			return nil
		}
		c.addOpName(IMPORT_FROM, a.Name)
		store := a.Name
		if a.Asname != "" {
			store = a.Asname
		}
		if err := c.nameOp(store, syntax.Store); err != nil {
			return err
		}
	}
	c.addOp(POP_TOP)
	return nil
}

func (c *compiler) assert(s *syntax.Assert) error {
	if t, ok := s.Test.(*syntax.Tuple); ok && len(t.Elts) > 0 {
		c.warn("assertion is always true, perhaps remove parentheses?")
	}
	if err := c.expr(s.Test); err != nil {
		return err
	}
	end := c.newBlock()
	c.addJump(POP_JUMP_IF_TRUE, end)
	c.addOpNameRaw(LOAD_GLOBAL, "AssertionError")
	if s.Msg != nil {
		// 2.7.18 instantiates the exception itself rather than raising (class, msg).
		if err := c.expr(s.Msg); err != nil {
			return err
		}
		c.addOpArg(CALL_FUNCTION, 1)
	}
	c.addOpArg(RAISE_VARARGS, 1)
	c.useNextBlock(end)
	return nil
}

// augAssign compiles `target op= value`: the target is loaded keeping what is needed to
// store it back (DUP_TOP, DUP_TOPX), the in-place operator applied, and the result stored
// with the stack rotated into place.
func (c *compiler) augAssign(s *syntax.AugAssign) error {
	op := inplaceOpcode(s.Op, c.flags)
	switch t := s.Target.(type) {
	case *syntax.Attribute:
		auge := &syntax.Attribute{Pos: t.Pos, Value: t.Value, Attr: t.Attr, Ctx: syntax.AugLoad}
		if err := c.expr(auge); err != nil {
			return err
		}
		if err := c.expr(s.Value); err != nil {
			return err
		}
		c.addOp(op)
		auge.Ctx = syntax.AugStore
		return c.expr(auge)
	case *syntax.Subscript:
		auge := &syntax.Subscript{Pos: t.Pos, Value: t.Value, Slice: t.Slice, Ctx: syntax.AugLoad}
		if err := c.expr(auge); err != nil {
			return err
		}
		if err := c.expr(s.Value); err != nil {
			return err
		}
		c.addOp(op)
		auge.Ctx = syntax.AugStore
		return c.expr(auge)
	case *syntax.Name:
		if err := c.nameOp(t.Id, syntax.Load); err != nil {
			return err
		}
		if err := c.expr(s.Value); err != nil {
			return err
		}
		c.addOp(op)
		return c.nameOp(t.Id, syntax.Store)
	}
	panic("BUG: invalid node type for augmented assignment")
}
