// This file defines the symbol table: the first compiler pass, which gives every name in
// every scope its kind (fast local, global, free or cell variable, or a name looked up at
// run time) by CPython 2.7's rules (Python/symtable.c).
//
// Pass one walks the tree and records raw facts per scope: the name is assigned here, is a
// parameter, is used, is declared global. Pass two (analyze) walks the scopes top-down,
// passing each child the names bound in enclosing functions, and decides each name's
// scope; names that children use freely become cells in the function that binds them.

package compile

import (
	"sort"
	"strconv"

	"handson/interp/syntax"
)

// blockType is the kind of a scope.
type blockType uint8

const (
	functionBlock blockType = iota // def, lambda, generator expression, set/dict comprehension
	classBlock                     // a class body
	moduleBlock                    // the module (or the eval/interactive input)
)

// Symbol flags: the raw facts pass one records for a name in a scope (CPython's DEF_*
// values, of which the 2.7 compiler uses these).
const (
	defGlobal    = 1    // declared global in this scope
	defLocal     = 2    // assigned (or deleted) in this scope
	defParam     = 4    // a parameter
	defUse       = 8    // used (loaded) in this scope
	defFreeClass = 512  // free in a method and bound in the class itself
	defImport    = 1024 // bound by an import

	defBound = defLocal | defParam | defImport
)

// Scopes: what pass two decides for each name.
const (
	scopeLocal          = 1 + iota // bound here
	scopeGlobalExplicit            // declared global here or in an enclosing scope
	scopeGlobalImplicit            // not bound in any enclosing function: a global or builtin
	scopeFree                      // bound in an enclosing function
	scopeCell                      // bound here and used by a nested function
)

// Reasons a function namespace cannot be optimized (ste_unoptimized bits).
const (
	optImportStar = 1 // from m import * in the function
	optExec       = 2 // exec ... in ... (qualified)
	optBareExec   = 4 // exec without `in`
	optTopLevel   = 8 // the module itself (import * and exec are fine there)
)

// scope is one symbol-table entry (CPython's PySTEntryObject).
type scope struct {
	name     string
	kind     blockType
	lineno   int
	symbols  map[string]int // name -> symbol flags
	scopes   map[string]int // name -> scope, after analysis
	varnames []string       // parameters, in order
	children []*scope

	nested       bool // inside a function (directly or not)
	hasFree      bool // ste_free: uses a free variable (or an implicit global when nested)
	childFree    bool // ste_child_free: a child scope has free variables
	generator    bool
	varargs      bool
	varkeywords  bool
	returnsValue bool
	unoptimized  int // opt* bits
	optLineno    int // where the first import * or exec is
}

// scopeOf returns the analysed scope of a name, or 0 when the name is unknown here.
func (s *scope) scopeOf(name string) int { return s.scopes[name] }

// symtable is the result of both passes: a scope per scope-defining node.
type symtable struct {
	filename string
	byNode   map[any]*scope
	top      *scope

	// Pass-one state.
	cur      *scope
	stack    []*scope
	global   map[string]int // the module scope's symbols
	private  string         // the class name for name mangling, "" outside classes
	warnings []Warning
}

// buildSymtable runs both passes over a module, expression or interactive input. On
// error it still returns the table, for the warnings issued before the error.
func buildSymtable(mod syntax.ModNode, filename string) (*symtable, error) {
	st := &symtable{filename: filename, byNode: map[any]*scope{}}
	st.enter("top", moduleBlock, mod, 0)
	st.top = st.cur
	st.cur.unoptimized = optTopLevel
	var err error
	switch m := mod.(type) {
	case *syntax.Module:
		err = st.visitStmts(m.Body)
	case *syntax.Interactive:
		err = st.visitStmts(m.Body)
	case *syntax.Expression:
		err = st.visitExpr(m.Body)
	default:
		panic("BUG: unknown module kind")
	}
	if err != nil {
		return st, err
	}
	st.exit()
	if err := st.analyzeBlock(st.top, nil, map[string]bool{}, map[string]bool{}); err != nil {
		return st, err
	}
	return st, nil
}

func (st *symtable) enter(name string, kind blockType, node any, lineno int) {
	s := &scope{
		name:    name,
		kind:    kind,
		lineno:  lineno,
		symbols: map[string]int{},
		scopes:  map[string]int{},
	}
	if st.cur != nil {
		if st.cur.nested || st.cur.kind == functionBlock {
			s.nested = true
		}
		st.cur.children = append(st.cur.children, s)
		st.stack = append(st.stack, st.cur)
	}
	if kind == moduleBlock {
		st.global = s.symbols
	}
	st.byNode[node] = s
	st.cur = s
}

func (st *symtable) exit() {
	if n := len(st.stack); n > 0 {
		st.cur = st.stack[n-1]
		st.stack = st.stack[:n-1]
	} else {
		st.cur = nil
	}
}

// addDef records flag for name in the current scope (symtable_add_def).
func (st *symtable) addDef(name string, flag int) error {
	mangled := mangle(st.private, name)
	val, seen := st.cur.symbols[mangled]
	if seen {
		if flag&defParam != 0 && val&defParam != 0 {
			return st.errorAt("duplicate argument '"+name+"' in function definition", st.cur.lineno)
		}
		val |= flag
	} else {
		val = flag
	}
	st.cur.symbols[mangled] = val
	if flag&defParam != 0 {
		st.cur.varnames = append(st.cur.varnames, mangled)
	} else if flag&defGlobal != 0 {
		// A global declaration anywhere also marks the name in the module's table, so
		// that the module's own code treats it as an explicit global too.
		st.global[mangled] |= flag
	}
	return nil
}

func (st *symtable) errorAt(msg string, lineno int) error {
	return newSyntaxError(st.filename, msg, lineno)
}

func (st *symtable) warn(msg string, lineno int) {
	st.warnings = append(st.warnings, Warning{Filename: st.filename, Lineno: lineno, Msg: msg})
}

func (st *symtable) visitStmts(body []syntax.Stmt) error {
	for _, s := range body {
		if err := st.visitStmt(s); err != nil {
			return err
		}
	}
	return nil
}

func (st *symtable) visitExprs(exprs []syntax.Expr) error {
	for _, e := range exprs {
		if err := st.visitExpr(e); err != nil {
			return err
		}
	}
	return nil
}

// visitOpt visits an optional expression.
func (st *symtable) visitOpt(e syntax.Expr) error {
	if e == nil {
		return nil
	}
	return st.visitExpr(e)
}

func (st *symtable) visitStmt(s syntax.Stmt) error {
	switch s := s.(type) {
	case *syntax.FunctionDef:
		if err := st.addDef(s.Name, defLocal); err != nil {
			return err
		}
		if err := st.visitExprs(s.Args.Defaults); err != nil {
			return err
		}
		if err := st.visitExprs(s.DecoratorList); err != nil {
			return err
		}
		st.enter(s.Name, functionBlock, s, s.Lineno)
		if err := st.visitArguments(s.Args); err != nil {
			return err
		}
		if err := st.visitStmts(s.Body); err != nil {
			return err
		}
		st.exit()
	case *syntax.ClassDef:
		if err := st.addDef(s.Name, defLocal); err != nil {
			return err
		}
		if err := st.visitExprs(s.Bases); err != nil {
			return err
		}
		if err := st.visitExprs(s.DecoratorList); err != nil {
			return err
		}
		st.enter(s.Name, classBlock, s, s.Lineno)
		saved := st.private
		st.private = s.Name
		if err := st.visitStmts(s.Body); err != nil {
			return err
		}
		st.private = saved
		st.exit()
	case *syntax.Return:
		if s.Value != nil {
			if err := st.visitExpr(s.Value); err != nil {
				return err
			}
			st.cur.returnsValue = true
			if st.cur.generator {
				return st.errorAt("'return' with argument inside generator", s.Lineno)
			}
		}
	case *syntax.Delete:
		return st.visitExprs(s.Targets)
	case *syntax.Assign:
		if err := st.visitExprs(s.Targets); err != nil {
			return err
		}
		return st.visitExpr(s.Value)
	case *syntax.AugAssign:
		if err := st.visitExpr(s.Target); err != nil {
			return err
		}
		return st.visitExpr(s.Value)
	case *syntax.Print:
		if err := st.visitOpt(s.Dest); err != nil {
			return err
		}
		return st.visitExprs(s.Values)
	case *syntax.For:
		if err := st.visitExpr(s.Target); err != nil {
			return err
		}
		if err := st.visitExpr(s.Iter); err != nil {
			return err
		}
		if err := st.visitStmts(s.Body); err != nil {
			return err
		}
		return st.visitStmts(s.Orelse)
	case *syntax.While:
		if err := st.visitExpr(s.Test); err != nil {
			return err
		}
		if err := st.visitStmts(s.Body); err != nil {
			return err
		}
		return st.visitStmts(s.Orelse)
	case *syntax.If:
		if err := st.visitExpr(s.Test); err != nil {
			return err
		}
		if err := st.visitStmts(s.Body); err != nil {
			return err
		}
		return st.visitStmts(s.Orelse)
	case *syntax.Raise:
		if err := st.visitOpt(s.Type); err != nil {
			return err
		}
		if err := st.visitOpt(s.Inst); err != nil {
			return err
		}
		return st.visitOpt(s.Tback)
	case *syntax.TryExcept:
		if err := st.visitStmts(s.Body); err != nil {
			return err
		}
		if err := st.visitStmts(s.Orelse); err != nil {
			return err
		}
		for _, h := range s.Handlers {
			if err := st.visitOpt(h.Type); err != nil {
				return err
			}
			if err := st.visitOpt(h.Name); err != nil {
				return err
			}
			if err := st.visitStmts(h.Body); err != nil {
				return err
			}
		}
	case *syntax.TryFinally:
		if err := st.visitStmts(s.Body); err != nil {
			return err
		}
		return st.visitStmts(s.Finalbody)
	case *syntax.Assert:
		if err := st.visitExpr(s.Test); err != nil {
			return err
		}
		return st.visitOpt(s.Msg)
	case *syntax.Import:
		for _, a := range s.Names {
			if err := st.visitAlias(a); err != nil {
				return err
			}
		}
		st.noteOptLine(s.Lineno)
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			if err := st.visitAlias(a); err != nil {
				return err
			}
		}
		st.noteOptLine(s.Lineno)
	case *syntax.Exec:
		if err := st.visitExpr(s.Body); err != nil {
			return err
		}
		if st.cur.optLineno == 0 {
			st.cur.optLineno = s.Lineno
		}
		if s.Globals != nil {
			st.cur.unoptimized |= optExec
			if err := st.visitExpr(s.Globals); err != nil {
				return err
			}
			return st.visitOpt(s.Locals)
		}
		st.cur.unoptimized |= optBareExec
	case *syntax.Global:
		for _, name := range s.Names {
			cur := st.cur.symbols[mangle(st.private, name)]
			if cur&(defLocal|defUse) != 0 {
				if cur&defLocal != 0 {
					st.warn("name '"+name+"' is assigned to before global declaration", s.Lineno)
				} else {
					st.warn("name '"+name+"' is used prior to global declaration", s.Lineno)
				}
			}
			if err := st.addDef(name, defGlobal); err != nil {
				return err
			}
		}
	case *syntax.ExprStmt:
		return st.visitExpr(s.Value)
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	case *syntax.With:
		if err := st.visitExpr(s.ContextExpr); err != nil {
			return err
		}
		if err := st.visitOpt(s.OptionalVars); err != nil {
			return err
		}
		return st.visitStmts(s.Body)
	default:
		panic("BUG: unknown statement node")
	}
	return nil
}

// noteOptLine remembers where an unoptimized function's first import * is, for the error
// check_unoptimized may raise.
func (st *symtable) noteOptLine(lineno int) {
	if st.cur.unoptimized != 0 && st.cur.optLineno == 0 {
		st.cur.optLineno = lineno
	}
}

func (st *symtable) visitAlias(a *syntax.Alias) error {
	name := a.Name
	if a.Asname != "" {
		name = a.Asname
	}
	if name == "*" {
		if st.cur.kind != moduleBlock {
			st.warn("import * only allowed at module level", st.cur.lineno)
		}
		st.cur.unoptimized |= optImportStar
		return nil
	}
	// `import a.b.c` binds a.
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			name = name[:i]
			break
		}
	}
	return st.addDef(name, defImport)
}

func (st *symtable) visitExpr(e syntax.Expr) error {
	switch e := e.(type) {
	case *syntax.BoolOp:
		return st.visitExprs(e.Values)
	case *syntax.BinOp:
		if err := st.visitExpr(e.Left); err != nil {
			return err
		}
		return st.visitExpr(e.Right)
	case *syntax.UnaryOp:
		return st.visitExpr(e.Operand)
	case *syntax.Lambda:
		if err := st.visitExprs(e.Args.Defaults); err != nil {
			return err
		}
		st.enter("lambda", functionBlock, e, e.Lineno)
		if err := st.visitArguments(e.Args); err != nil {
			return err
		}
		if err := st.visitExpr(e.Body); err != nil {
			return err
		}
		st.exit()
	case *syntax.IfExp:
		if err := st.visitExpr(e.Test); err != nil {
			return err
		}
		if err := st.visitExpr(e.Body); err != nil {
			return err
		}
		return st.visitExpr(e.Orelse)
	case *syntax.Dict:
		if err := st.visitExprs(e.Keys); err != nil {
			return err
		}
		return st.visitExprs(e.Values)
	case *syntax.Set:
		return st.visitExprs(e.Elts)
	case *syntax.ListComp:
		// List comprehensions have no scope of their own in Python 2.
		if err := st.visitExpr(e.Elt); err != nil {
			return err
		}
		for _, g := range e.Generators {
			if err := st.visitComprehension(g); err != nil {
				return err
			}
		}
	case *syntax.GeneratorExp:
		return st.visitComprehensionScope(e, "genexpr", e.Generators, e.Elt, nil)
	case *syntax.SetComp:
		return st.visitComprehensionScope(e, "setcomp", e.Generators, e.Elt, nil)
	case *syntax.DictComp:
		return st.visitComprehensionScope(e, "dictcomp", e.Generators, e.Key, e.Value)
	case *syntax.Yield:
		if err := st.visitOpt(e.Value); err != nil {
			return err
		}
		st.cur.generator = true
		if st.cur.returnsValue {
			return st.errorAt("'return' with argument inside generator", e.Lineno)
		}
	case *syntax.Compare:
		if err := st.visitExpr(e.Left); err != nil {
			return err
		}
		return st.visitExprs(e.Comparators)
	case *syntax.Call:
		if err := st.visitExpr(e.Func); err != nil {
			return err
		}
		if err := st.visitExprs(e.Args); err != nil {
			return err
		}
		for _, k := range e.Keywords {
			if err := st.visitExpr(k.Value); err != nil {
				return err
			}
		}
		if err := st.visitOpt(e.Starargs); err != nil {
			return err
		}
		return st.visitOpt(e.Kwargs)
	case *syntax.Repr:
		return st.visitExpr(e.Value)
	case *syntax.Num, *syntax.Str:
	case *syntax.Attribute:
		return st.visitExpr(e.Value)
	case *syntax.Subscript:
		if err := st.visitExpr(e.Value); err != nil {
			return err
		}
		return st.visitSlice(e.Slice)
	case *syntax.Name:
		flag := defLocal
		if e.Ctx == syntax.Load {
			flag = defUse
		}
		return st.addDef(e.Id, flag)
	case *syntax.List:
		return st.visitExprs(e.Elts)
	case *syntax.Tuple:
		return st.visitExprs(e.Elts)
	default:
		panic("BUG: unknown expression node")
	}
	return nil
}

func (st *symtable) visitSlice(s syntax.SliceNode) error {
	switch s := s.(type) {
	case *syntax.Slice:
		if err := st.visitOpt(s.Lower); err != nil {
			return err
		}
		if err := st.visitOpt(s.Upper); err != nil {
			return err
		}
		return st.visitOpt(s.Step)
	case *syntax.ExtSlice:
		for _, d := range s.Dims {
			if err := st.visitSlice(d); err != nil {
				return err
			}
		}
	case *syntax.Index:
		return st.visitExpr(s.Value)
	case *syntax.Ellipsis:
	default:
		panic("BUG: unknown slice node")
	}
	return nil
}

func (st *symtable) visitComprehension(g *syntax.Comprehension) error {
	if err := st.visitExpr(g.Target); err != nil {
		return err
	}
	if err := st.visitExpr(g.Iter); err != nil {
		return err
	}
	return st.visitExprs(g.Ifs)
}

// visitComprehensionScope handles the comprehensions that get a function scope of their
// own: the outermost iterable is evaluated outside and passed in as the parameter ".0".
func (st *symtable) visitComprehensionScope(node syntax.Expr, name string, gens []*syntax.Comprehension, elt, value syntax.Expr) error {
	outer := gens[0]
	if err := st.visitExpr(outer.Iter); err != nil {
		return err
	}
	st.enter(name, functionBlock, node, 0)
	st.cur.generator = name == "genexpr"
	if err := st.addDef(".0", defParam); err != nil {
		return err
	}
	if err := st.visitExpr(outer.Target); err != nil {
		return err
	}
	if err := st.visitExprs(outer.Ifs); err != nil {
		return err
	}
	for _, g := range gens[1:] {
		if err := st.visitComprehension(g); err != nil {
			return err
		}
	}
	if err := st.visitOpt(value); err != nil {
		return err
	}
	if err := st.visitExpr(elt); err != nil {
		return err
	}
	st.exit()
	return nil
}

// visitArguments records a function's parameters: the top-level ones in order (an
// unpacked tuple parameter becomes the implicit ".N"), then *args and **kwargs, then the
// names inside tuple parameters.
func (st *symtable) visitArguments(a *syntax.Arguments) error {
	if err := st.visitParams(a.Args, true); err != nil {
		return err
	}
	if a.Vararg != "" {
		if err := st.addDef(a.Vararg, defParam); err != nil {
			return err
		}
		st.cur.varargs = true
	}
	if a.Kwarg != "" {
		if err := st.addDef(a.Kwarg, defParam); err != nil {
			return err
		}
		st.cur.varkeywords = true
	}
	return st.visitNestedParams(a.Args)
}

func (st *symtable) visitParams(args []syntax.Expr, toplevel bool) error {
	for i, arg := range args {
		switch arg := arg.(type) {
		case *syntax.Name:
			if err := st.addDef(arg.Id, defParam); err != nil {
				return err
			}
		case *syntax.Tuple:
			if toplevel {
				if err := st.addDef("."+strconv.Itoa(i), defParam); err != nil {
					return err
				}
			}
		default:
			return st.errorAt("invalid expression in parameter list", st.cur.lineno)
		}
	}
	if !toplevel {
		return st.visitNestedParams(args)
	}
	return nil
}

func (st *symtable) visitNestedParams(args []syntax.Expr) error {
	for _, arg := range args {
		if t, ok := arg.(*syntax.Tuple); ok {
			if err := st.visitParams(t.Elts, false); err != nil {
				return err
			}
		}
	}
	return nil
}

// ---------------------------------------------------------------------------------------
// Pass two: analysis.

// analyzeBlock decides the scope of every name of s. bound holds the names bound in
// enclosing functions (nil at the module), global the names declared global in enclosing
// scopes; free receives the names s and its children use freely. bound and global are
// s's own copies: a global declaration or a binding here updates them.
func (st *symtable) analyzeBlock(s *scope, bound, free, global map[string]bool) error {
	local := map[string]bool{}
	newGlobal := map[string]bool{}
	newFree := map[string]bool{}
	newBound := map[string]bool{}
	if s.kind == classBlock {
		// Global statements in a class do not affect its methods.
		copySet(newGlobal, global)
		copySet(newBound, bound)
	}
	for _, name := range sortedKeys(s.symbols) {
		if err := st.analyzeName(s, name, s.symbols[name], bound, local, free, global); err != nil {
			return err
		}
	}
	if s.kind != classBlock {
		if s.kind == functionBlock {
			copySet(newBound, local)
		}
		copySet(newBound, bound)
		copySet(newGlobal, global)
	}
	// Each child works on copies of the names visible to it; what the children use
	// freely is collected in allFree.
	allFree := map[string]bool{}
	for _, child := range s.children {
		childBound := map[string]bool{}
		copySet(childBound, newBound)
		childFree := map[string]bool{}
		copySet(childFree, newFree)
		childGlobal := map[string]bool{}
		copySet(childGlobal, newGlobal)
		if err := st.analyzeBlock(child, childBound, childFree, childGlobal); err != nil {
			return err
		}
		copySet(allFree, childFree)
		if child.hasFree || child.childFree {
			s.childFree = true
		}
	}
	copySet(newFree, allFree)
	if s.kind == functionBlock {
		analyzeCells(s, newFree)
	}
	updateSymbols(s, bound, newFree)
	if err := st.checkUnoptimized(s); err != nil {
		return err
	}
	copySet(free, newFree)
	return nil
}

func (st *symtable) analyzeName(s *scope, name string, flags int, bound, local, free, global map[string]bool) error {
	switch {
	case flags&defGlobal != 0:
		if flags&defParam != 0 {
			return st.errorAt("name '"+name+"' is local and global", s.lineno)
		}
		s.scopes[name] = scopeGlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
	case flags&defBound != 0:
		s.scopes[name] = scopeLocal
		local[name] = true
		delete(global, name)
	case bound != nil && bound[name]:
		s.scopes[name] = scopeFree
		s.hasFree = true
		free[name] = true
	case global[name]:
		// Declared global in an enclosing scope: CPython 2.7 still calls it implicit
		// (so unoptimized code looks it up by name), but, unlike an unknown name, it
		// does not count as a free variable of a nested function.
		s.scopes[name] = scopeGlobalImplicit
	default:
		if s.nested {
			s.hasFree = true
		}
		s.scopes[name] = scopeGlobalImplicit
	}
	return nil
}

// analyzeCells turns the locals of a function that its children use freely into cells,
// which are then no longer free above it.
func analyzeCells(s *scope, free map[string]bool) {
	for name, sc := range s.scopes {
		if sc == scopeLocal && free[name] {
			s.scopes[name] = scopeCell
			delete(free, name)
		}
	}
}

// updateSymbols adds to s the free variables it only needs to pass on to nested
// functions (a function between the binding function and the user), and marks class
// names that are also free in methods (defFreeClass).
func updateSymbols(s *scope, bound, free map[string]bool) {
	for name := range free {
		if flags, ok := s.symbols[name]; ok {
			if s.kind == classBlock && flags&(defBound|defGlobal) != 0 {
				s.symbols[name] = flags | defFreeClass
			}
			continue
		}
		if !bound[name] {
			continue // a global
		}
		s.symbols[name] = 0
		s.scopes[name] = scopeFree
	}
}

// checkUnoptimized rejects import * and bare exec in functions that have or contain free
// variables: their names cannot be resolved at compile time.
func (st *symtable) checkUnoptimized(s *scope) error {
	if s.kind != functionBlock || s.unoptimized == 0 || !(s.hasFree || s.childFree) {
		return nil
	}
	trailer := "is a nested function"
	if s.childFree {
		trailer = "contains a nested function with free variables"
	}
	var msg string
	switch s.unoptimized {
	case optTopLevel, optExec:
		return nil
	case optImportStar:
		msg = "import * is not allowed in function '" + s.name + "' because it " + trailer
	case optBareExec:
		msg = "unqualified exec is not allowed in function '" + s.name + "' because it " + trailer
	default:
		msg = "function '" + s.name + "' uses import * and bare exec, which are illegal because it " + trailer
	}
	return st.errorAt(msg, s.optLineno)
}

// mangle applies private name mangling: inside class C, __x becomes _C__x (not __x__, not
// dotted names, and not when the class name is all underscores).
func mangle(private, name string) string {
	if private == "" || len(name) < 2 || name[0] != '_' || name[1] != '_' {
		return name
	}
	n := len(name)
	if name[n-1] == '_' && name[n-2] == '_' {
		return name
	}
	for i := 0; i < n; i++ {
		if name[i] == '.' {
			return name
		}
	}
	p := 0
	for p < len(private) && private[p] == '_' {
		p++
	}
	if p == len(private) {
		return name
	}
	return "_" + private[p:] + name
}

func copySet(dst, src map[string]bool) {
	for k := range src {
		dst[k] = true
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
