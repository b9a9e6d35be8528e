// This file defines the compiler's entry points and its core: compilation units (one per
// code object being built), basic blocks of instructions, and the helpers that append
// instructions with their line numbers, as Python/compile.c organises them.

package compile

import (
	"math/big"
	"strings"

	"handson/interp/syntax"
)

// Flags are the future features a compilation runs under, as CO_FUTURE_* bits (CPython's
// PyCompilerFlags.cf_flags). It is the parser's type, so a parse result's Flags pass
// straight in: what the parser found plus, for a REPL, what earlier inputs enabled
// (Code.FutureFlags). The compiler adds the future imports it finds itself.
type Flags = syntax.FutureFlags

// The future features.
const (
	FutureDivision        = syntax.FutureDivision
	FutureAbsoluteImport  = syntax.FutureAbsoluteImport
	FutureWithStatement   = syntax.FutureWithStatement
	FuturePrintFunction   = syntax.FuturePrintFunction
	FutureUnicodeLiterals = syntax.FutureUnicodeLiterals
)

// Warning is a SyntaxWarning CPython prints while compiling (for example "import * only
// allowed at module level"); compilation goes on.
type Warning struct {
	Filename string
	Lineno   int
	Msg      string
}

// Compile compiles a module (exec mode) to its code object.
func Compile(mod *syntax.Module, filename string, flags Flags) (*Code, error) {
	code, _, err := CompileMod(mod, filename, flags)
	return code, err
}

// CompileExpression compiles an eval-mode expression; its code returns the value.
func CompileExpression(expr *syntax.Expression, filename string, flags Flags) (*Code, error) {
	code, _, err := CompileMod(expr, filename, flags)
	return code, err
}

// CompileInteractive compiles one interactive (single mode) input: expression statements
// print their value with PRINT_EXPR.
func CompileInteractive(in *syntax.Interactive, filename string, flags Flags) (*Code, error) {
	code, _, err := CompileMod(in, filename, flags)
	return code, err
}

// CompileMod compiles any parse result and also returns the SyntaxWarnings CPython would
// print (on failure too: they come before the error). Errors are *syntax.Error values
// carrying CPython's message and position.
func CompileMod(mod syntax.ModNode, filename string, flags Flags) (*Code, []Warning, error) {
	future, futureLine, err := syntax.FutureImports(mod, filename)
	if err != nil {
		return nil, nil, err
	}
	flags |= future
	st, err := buildSymtable(mod, filename)
	if err != nil {
		// Warnings issued before the error were printed by CPython all the same.
		return nil, st.warnings, err
	}
	c := &compiler{filename: filename, st: st, flags: flags, futureLine: futureLine}
	c.warnings = st.warnings
	code, err := c.compileMod(mod)
	if err != nil {
		return nil, c.warnings, err
	}
	return code, c.warnings, nil
}

// compiler holds the state of one compilation (CPython's struct compiler).
type compiler struct {
	filename    string
	st          *symtable
	flags       Flags
	futureLine  int // line of the last future import, 0 without one
	interactive bool
	u           *unit   // the unit being compiled
	stack       []*unit // enclosing units
	warnings    []Warning
}

// fblockKind is the kind of a frame block: a loop or a try construct the code being
// compiled is inside, which break and continue must know about.
type fblockKind uint8

const (
	fbLoop       fblockKind = iota // a for or while loop
	fbExcept                       // the body of a try/except
	fbFinallyTry                   // the body of a try/finally or with
	fbFinallyEnd                   // the finally clause itself
)

type fblock struct {
	kind  fblockKind
	block *block
}

// instr is one instruction before assembly. A jump names its target block (target is
// nil for every other instruction); the assembler turns that into an offset, absolute or
// relative as the opcode's entry in the opcode table says.
type instr struct {
	op     int
	arg    int
	target *block
	lineno int // 0 unless this instruction starts a new line-number entry
}

// block is a basic block. Blocks are chained by next in the order they are laid out.
type block struct {
	instrs     []instr
	next       *block // the block control falls through to
	hasReturn  bool   // contains a RETURN_VALUE
	seen       bool   // used by the depth-first walks of the assembler
	startDepth int    // stack depth on entry, for the stack-depth computation
	offset     int    // bytecode offset, once assembled
}

// indexedNames is an ordered set of names: the co_names, co_varnames, co_cellvars and
// co_freevars tables under construction.
type indexedNames struct {
	list  []string
	index map[string]int
}

func newIndexedNames(names []string, offset int) *indexedNames {
	n := &indexedNames{index: map[string]int{}}
	for _, name := range names {
		n.index[name] = offset + len(n.list)
		n.list = append(n.list, name)
	}
	return n
}

// add returns the index of name, appending it when new.
func (n *indexedNames) add(name string) int {
	if i, ok := n.index[name]; ok {
		return i
	}
	i := len(n.list)
	n.index[name] = i
	n.list = append(n.list, name)
	return i
}

// lookup returns the index of name, or -1.
func (n *indexedNames) lookup(name string) int {
	if i, ok := n.index[name]; ok {
		return i
	}
	return -1
}

// unit is the state of one code object being compiled (CPython's compiler_unit).
type unit struct {
	ste        *scope
	name       string
	consts     []Const
	constIndex map[string]int
	names      *indexedNames
	varnames   *indexedNames
	cellvars   *indexedNames
	freevars   *indexedNames // indices start after the cell variables
	private    string        // class name for mangling, "" outside classes
	argcount   int

	blocks []*block // every block, in allocation order; blocks[0] is the entry
	cur    *block

	fblocks []fblock

	firstLineno int
	lineno      int  // line of the statement or expression being compiled
	linenoSet   bool // whether an instruction already carries lineno
}

// enterScope starts compiling the code object for node, which the symbol table knows.
func (c *compiler) enterScope(name string, node any, lineno int) {
	ste := c.st.byNode[node]
	if ste == nil {
		panic("BUG: no symbol table entry for a scope node")
	}
	u := &unit{
		ste:         ste,
		name:        name,
		constIndex:  map[string]int{},
		names:       newIndexedNames(nil, 0),
		varnames:    newIndexedNames(ste.varnames, 0),
		firstLineno: lineno,
	}
	u.cellvars = newIndexedNames(namesInScope(ste, scopeCell, 0), 0)
	u.freevars = newIndexedNames(namesInScope(ste, scopeFree, defFreeClass), len(u.cellvars.list))
	if c.u != nil {
		c.stack = append(c.stack, c.u)
		u.private = c.u.private
	}
	c.u = u
	c.newBlockAsCurrent()
}

// namesInScope lists, sorted, the names of ste whose scope is sc or whose flags include
// flag (CPython's dictbytype).
func namesInScope(ste *scope, sc, flag int) []string {
	var names []string
	for _, name := range sortedKeys(ste.symbols) {
		if ste.scopes[name] == sc || ste.symbols[name]&flag != 0 {
			names = append(names, name)
		}
	}
	return names
}

func (c *compiler) exitScope() {
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
}

// newBlock allocates a block that is not yet placed in the layout.
func (c *compiler) newBlock() *block {
	b := &block{}
	c.u.blocks = append(c.u.blocks, b)
	return b
}

// newBlockAsCurrent allocates a block and makes it current, without chaining it.
func (c *compiler) newBlockAsCurrent() *block {
	b := c.newBlock()
	c.u.cur = b
	return b
}

// nextBlock allocates a block and chains it after the current one.
func (c *compiler) nextBlock() *block {
	b := c.newBlock()
	c.u.cur.next = b
	c.u.cur = b
	return b
}

// useNextBlock chains b after the current block and makes it current.
func (c *compiler) useNextBlock(b *block) {
	c.u.cur.next = b
	c.u.cur = b
}

// setLineno gives the instruction just added the current line, if no instruction has it
// yet: only the first instruction of each line carries a line number.
func (c *compiler) setLineno(in *instr) {
	if c.u.linenoSet {
		return
	}
	c.u.linenoSet = true
	in.lineno = c.u.lineno
}

// appendInstr adds an instruction to the current block and gives it its line.
func (c *compiler) appendInstr(in instr) {
	b := c.u.cur
	b.instrs = append(b.instrs, in)
	c.setLineno(&b.instrs[len(b.instrs)-1])
}

// addOp adds an instruction without argument.
func (c *compiler) addOp(op int) {
	if op >= HaveArgument {
		panic("BUG: addOp with an opcode that takes an argument: " + OpName[op])
	}
	if op == RETURN_VALUE {
		c.u.cur.hasReturn = true
	}
	c.appendInstr(instr{op: op})
}

// addOpArg adds an instruction with an argument.
func (c *compiler) addOpArg(op, arg int) {
	if op < HaveArgument {
		panic("BUG: addOpArg with an opcode that takes no argument: " + OpName[op])
	}
	c.appendInstr(instr{op: op, arg: arg})
}

// addJump adds a jump to block target, absolute or relative as the opcode requires.
func (c *compiler) addJump(op int, target *block) {
	if target == nil {
		panic("BUG: jump without a target")
	}
	if !HasJabs(op) && !HasJrel(op) {
		panic("BUG: addJump with a non-jump opcode: " + OpName[op])
	}
	c.appendInstr(instr{op: op, target: target})
}

// addConst returns the co_consts index of v, sharing the slot of an equal constant of the
// same type (compiler_add_o).
func (c *compiler) addConst(v Const) int {
	return c.u.addConst(v)
}

func (u *unit) addConst(v Const) int {
	key, shareable := constKey(v)
	if shareable {
		if i, ok := u.constIndex[key]; ok {
			return i
		}
		u.constIndex[key] = len(u.consts)
	}
	u.consts = append(u.consts, v)
	return len(u.consts) - 1
}

// loadConst adds LOAD_CONST v.
func (c *compiler) loadConst(v Const) {
	c.addOpArg(LOAD_CONST, c.addConst(v))
}

// addOpName adds an instruction whose argument is a co_names entry, mangled in classes.
func (c *compiler) addOpName(op int, name string) {
	c.addOpArg(op, c.u.names.add(mangle(c.u.private, name)))
}

// addOpNameRaw adds an instruction whose argument is a co_names entry, without mangling.
func (c *compiler) addOpNameRaw(op int, name string) {
	c.addOpArg(op, c.u.names.add(name))
}

// pushFblock records that the code being compiled is inside a loop or try construct.
func (c *compiler) pushFblock(kind fblockKind, b *block) error {
	if len(c.u.fblocks) >= maxBlocks {
		// CPython raises this SyntaxError without any location.
		return newSyntaxError("", "too many statically nested blocks", 0)
	}
	c.u.fblocks = append(c.u.fblocks, fblock{kind, b})
	return nil
}

// maxBlocks is CO_MAXBLOCKS, the depth of the VM's block stack.
const maxBlocks = 20

func (c *compiler) popFblock(kind fblockKind, b *block) {
	n := len(c.u.fblocks)
	if n == 0 || c.u.fblocks[n-1].kind != kind || c.u.fblocks[n-1].block != b {
		panic("BUG: frame blocks popped out of order")
	}
	c.u.fblocks = c.u.fblocks[:n-1]
}

// error reports a compile error at the current line (compiler_error).
func (c *compiler) error(msg string) error {
	return newSyntaxError(c.filename, msg, c.u.lineno)
}

func (c *compiler) warn(msg string) {
	c.warnings = append(c.warnings, Warning{Filename: c.filename, Lineno: c.u.lineno, Msg: msg})
}

// compileMod compiles the top-level unit (compiler_mod).
func (c *compiler) compileMod(mod syntax.ModNode) (*Code, error) {
	c.enterScope("<module>", mod, 0)
	addNone := true
	switch m := mod.(type) {
	case *syntax.Module:
		if err := c.body(m.Body); err != nil {
			return nil, err
		}
	case *syntax.Interactive:
		c.interactive = true
		if err := c.stmts(m.Body); err != nil {
			return nil, err
		}
	case *syntax.Expression:
		if err := c.expr(m.Body); err != nil {
			return nil, err
		}
		addNone = false
	default:
		panic("BUG: unknown module kind")
	}
	code, err := c.assemble(addNone)
	c.exitScope()
	return code, err
}

// isDocstring reports whether a statement is a docstring: an expression statement that is
// a string literal.
func isDocstring(s syntax.Stmt) (*syntax.Str, bool) {
	e, ok := s.(*syntax.ExprStmt)
	if !ok {
		return nil, false
	}
	str, ok := e.Value.(*syntax.Str)
	return str, ok
}

// body compiles a module or class body, storing a leading string literal as __doc__.
func (c *compiler) body(stmts []syntax.Stmt) error {
	if len(stmts) == 0 {
		return nil
	}
	i := 0
	if doc, ok := isDocstring(stmts[0]); ok {
		i = 1
		if err := c.expr(doc); err != nil {
			return err
		}
		if err := c.nameOp("__doc__", syntax.Store); err != nil {
			return err
		}
	}
	return c.stmts(stmts[i:])
}

func (c *compiler) stmts(stmts []syntax.Stmt) error {
	for _, s := range stmts {
		if err := c.stmt(s); err != nil {
			return err
		}
	}
	return nil
}

func (c *compiler) exprs(exprs []syntax.Expr) error {
	for _, e := range exprs {
		if err := c.expr(e); err != nil {
			return err
		}
	}
	return nil
}

// nameOp emits the load, store or delete of a variable, choosing the opcode family from
// the name's scope (compiler_nameop).
func (c *compiler) nameOp(name string, ctx syntax.ExprContext) error {
	mangled := mangle(c.u.private, name)
	const (
		opFast = iota
		opGlobal
		opDeref
		opName
	)
	kind := opName
	var table *indexedNames
	ste := c.u.ste
	switch ste.scopeOf(mangled) {
	case scopeFree:
		table, kind = c.u.freevars, opDeref
	case scopeCell:
		table, kind = c.u.cellvars, opDeref
	case scopeLocal:
		if ste.kind == functionBlock {
			kind = opFast
		}
	case scopeGlobalImplicit:
		if ste.kind == functionBlock && ste.unoptimized == 0 {
			kind = opGlobal
		}
	case scopeGlobalExplicit:
		kind = opGlobal
	}
	if ctx == syntax.Param {
		ctx = syntax.Store // a name inside an unpacked tuple parameter
	}
	var ops [3]int // load, store, delete
	switch kind {
	case opDeref:
		if ctx == syntax.Del {
			return newSyntaxError("", "can not delete variable '"+name+"' referenced in nested scope", 0)
		}
		ops = [3]int{LOAD_DEREF, STORE_DEREF, 0}
	case opFast:
		ops = [3]int{LOAD_FAST, STORE_FAST, DELETE_FAST}
		table = c.u.varnames
	case opGlobal:
		ops = [3]int{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}
		table = c.u.names
	default:
		ops = [3]int{LOAD_NAME, STORE_NAME, DELETE_NAME}
		table = c.u.names
	}
	var op int
	switch ctx {
	case syntax.Load:
		op = ops[0]
	case syntax.Store:
		op = ops[1]
	case syntax.Del:
		op = ops[2]
	default:
		panic("BUG: nameOp with context " + ctx.String())
	}
	var arg int
	if kind == opDeref {
		arg = table.lookup(mangled)
		if arg < 0 {
			panic("BUG: free or cell variable missing from its table: " + mangled)
		}
	} else {
		arg = table.add(mangled)
	}
	c.addOpArg(op, arg)
	return nil
}

// constOf converts a literal node to its constant.
func constOf(e syntax.Expr) Const {
	switch e := e.(type) {
	case *syntax.Num:
		return numConst(e.N)
	case *syntax.Str:
		return strConst(e)
	}
	panic("BUG: constOf on a non-literal")
}

// numConst converts the value of a Num node (see syntax.Num for its four types).
func numConst(n any) Const {
	switch v := n.(type) {
	case int64:
		return Int(v)
	case *big.Int:
		if v != nil {
			return Long{V: v}
		}
	case float64:
		return Float(v)
	case complex128:
		return Complex(v)
	}
	panic("BUG: number literal of unexpected type")
}

func strConst(s *syntax.Str) Const {
	if s.Unicode {
		return Unicode(append([]rune(nil), s.U...))
	}
	return Str(s.S)
}

// firstDotted returns the part of a dotted module name before the first dot.
func firstDotted(name string) string {
	if i := strings.IndexByte(name, '.'); i >= 0 {
		return name[:i]
	}
	return name
}
