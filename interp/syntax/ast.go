// This file defines the abstract syntax tree: the node types of CPython 2.7's
// Parser/Python.asdl with the same names and fields in Go style, the operator and context
// enums, and the interfaces that group nodes into statements, expressions, slices and
// top-level modules.
//
// Naming: every asdl constructor keeps its name except the expression statement `Expr`,
// which is ExprStmt here because Expr is the interface all expressions implement. An asdl
// optional identifier (`identifier?`) is a Go string that is empty when absent; an optional
// node is a nil interface or pointer.

package syntax

// Pos is where a node starts, with exactly the values CPython 2.7 gives a node's lineno and
// col_offset attributes. Lineno counts from 1. ColOffset is a byte offset from the start of
// the line, counting from 0, in the text the tokenizer reads (the source bytes, or their
// UTF-8 transcoding for a declared encoding other than utf-8 and latin-1); CPython gives -1
// to a string token that spans several lines (its Lineno is then the line where it ends).
type Pos struct {
	Lineno    int
	ColOffset int
}

// Position returns p itself; it lets every positioned node satisfy Node.
func (p Pos) Position() Pos { return p }

// Node is any positioned node: statements, expressions and except handlers.
type Node interface {
	Position() Pos
}

// ModNode is a whole parse result: *Module (exec mode), *Interactive (single mode) or
// *Expression (eval mode).
type ModNode interface {
	modNode()
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// SliceNode is what goes between a subscript's brackets: *Ellipsis, *Slice, *ExtSlice or
// *Index. Slices carry no position in CPython 2.7.
type SliceNode interface {
	sliceNode()
}

// ---------------------------------------------------------------------------------------
// Modules

// Module is the tree of a file or of an exec-mode string.
type Module struct {
	Body []Stmt
}

// Interactive is the tree of one interactive (single mode) input.
type Interactive struct {
	Body []Stmt
}

// Expression is the tree of an eval-mode input.
type Expression struct {
	Body Expr
}

func (*Module) modNode()      {}
func (*Interactive) modNode() {}
func (*Expression) modNode()  {}

// ---------------------------------------------------------------------------------------
// Statements

// FunctionDef is `def Name(Args): Body`, with decorators applied bottom-up.
type FunctionDef struct {
	Pos
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
}

// ClassDef is `class Name(Bases): Body`.
type ClassDef struct {
	Pos
	Name          string
	Bases         []Expr
	Body          []Stmt
	DecoratorList []Expr
}

// Return is `return [Value]`.
type Return struct {
	Pos
	Value Expr // nil for a bare return
}

// Delete is `del Targets`.
type Delete struct {
	Pos
	Targets []Expr
}

// Assign is `Targets[0] = Targets[1] = ... = Value`.
type Assign struct {
	Pos
	Targets []Expr
	Value   Expr
}

// AugAssign is `Target Op= Value`.
type AugAssign struct {
	Pos
	Target Expr
	Op     Operator
	Value  Expr
}

// Print is the print statement: `print [>>Dest,] Values` with NL false when the statement
// ends with a comma.
type Print struct {
	Pos
	Dest   Expr // nil when there is no >>
	Values []Expr
	NL     bool
}

// For is `for Target in Iter: Body else: Orelse`.
type For struct {
	Pos
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
}

// While is `while Test: Body else: Orelse`.
type While struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is `if Test: Body` followed by elif (a nested If as the only Orelse statement) or else.
type If struct {
	Pos
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is `with ContextExpr [as OptionalVars]: Body`; several items nest Withs.
type With struct {
	Pos
	ContextExpr  Expr
	OptionalVars Expr // nil without `as`
	Body         []Stmt
}

// Raise is `raise [Type[, Inst[, Tback]]]`.
type Raise struct {
	Pos
	Type  Expr
	Inst  Expr
	Tback Expr
}

// TryExcept is `try: Body except...: ... else: Orelse`.
type TryExcept struct {
	Pos
	Body     []Stmt
	Handlers []*ExceptHandler
	Orelse   []Stmt
}

// TryFinally is `try: Body finally: Finalbody`; a try with handlers and finally is a
// TryFinally whose Body is a single TryExcept.
type TryFinally struct {
	Pos
	Body      []Stmt
	Finalbody []Stmt
}

// Assert is `assert Test[, Msg]`.
type Assert struct {
	Pos
	Test Expr
	Msg  Expr
}

// Import is `import a.b as c, d`.
type Import struct {
	Pos
	Names []*Alias
}

// ImportFrom is `from [dots]Module import Names`. Module is empty for `from . import x`;
// Level counts the leading dots. `import *` is a single alias named "*".
type ImportFrom struct {
	Pos
	Module string
	Names  []*Alias
	Level  int
}

// Exec is `exec Body [in Globals[, Locals]]`.
type Exec struct {
	Pos
	Body    Expr
	Globals Expr
	Locals  Expr
}

// Global is `global Names`.
type Global struct {
	Pos
	Names []string
}

// ExprStmt is an expression evaluated as a statement (asdl's `Expr`).
type ExprStmt struct {
	Pos
	Value Expr
}

// Pass is `pass`.
type Pass struct{ Pos }

// Break is `break`.
type Break struct{ Pos }

// Continue is `continue`.
type Continue struct{ Pos }

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*Print) stmtNode()       {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Raise) stmtNode()       {}
func (*TryExcept) stmtNode()   {}
func (*TryFinally) stmtNode()  {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Exec) stmtNode()        {}
func (*Global) stmtNode()      {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

// ---------------------------------------------------------------------------------------
// Expressions

// BoolOp is `Values[0] and Values[1] and ...` (or `or`); Values has at least two entries.
type BoolOp struct {
	Pos
	Op     BoolOperator
	Values []Expr
}

// BinOp is `Left Op Right`.
type BinOp struct {
	Pos
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOp is `Op Operand`. A minus applied directly to a number literal is folded into the
// Num by the parser, as CPython's ast.c does, and never appears here.
type UnaryOp struct {
	Pos
	Op      UnaryOperator
	Operand Expr
}

// Lambda is `lambda Args: Body`.
type Lambda struct {
	Pos
	Args *Arguments
	Body Expr
}

// IfExp is `Body if Test else Orelse`.
type IfExp struct {
	Pos
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is `{Keys[i]: Values[i], ...}`.
type Dict struct {
	Pos
	Keys   []Expr
	Values []Expr
}

// Set is `{Elts...}` (never empty: `{}` is a Dict).
type Set struct {
	Pos
	Elts []Expr
}

// ListComp is `[Elt for ... in ... if ...]`.
type ListComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is `{Elt for ...}`.
type SetComp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is `{Key: Value for ...}`.
type DictComp struct {
	Pos
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is `(Elt for ...)`.
type GeneratorExp struct {
	Pos
	Elt        Expr
	Generators []*Comprehension
}

// Yield is `yield [Value]`.
type Yield struct {
	Pos
	Value Expr // nil for a bare yield
}

// Compare is `Left Ops[0] Comparators[0] Ops[1] Comparators[1] ...`.
type Compare struct {
	Pos
	Left        Expr
	Ops         []CmpOperator
	Comparators []Expr
}

// Call is `Func(Args, Keywords, *Starargs, **Kwargs)`.
type Call struct {
	Pos
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
	Starargs Expr
	Kwargs   Expr
}

// Repr is the backquote expression `Value`.
type Repr struct {
	Pos
	Value Expr
}

// Num is a number literal. N holds exactly one of these dynamic types:
//
//	int64       a Python int (a decimal, octal, hex or binary literal that fits)
//	*big.Int    a Python long (an `L` suffix, or an int literal beyond int64)
//	float64     a Python float
//	complex128  a Python complex (an imaginary literal; its real part is 0)
type Num struct {
	Pos
	N any
}

// Str is a string literal, with adjacent literals already concatenated. For a str literal
// Unicode is false and S holds its bytes (in the source encoding). For a unicode literal
// (a `u` prefix, or any literal under `from __future__ import unicode_literals`) Unicode
// is true and U holds its code points; S is then unused.
type Str struct {
	Pos
	S       string
	Unicode bool
	U       []rune
}

// Attribute is `Value.Attr`.
type Attribute struct {
	Pos
	Value Expr
	Attr  string
	Ctx   ExprContext
}

// Subscript is `Value[Slice]`.
type Subscript struct {
	Pos
	Value Expr
	Slice SliceNode
	Ctx   ExprContext
}

// Name is an identifier used as a variable.
type Name struct {
	Pos
	Id  string
	Ctx ExprContext
}

// List is `[Elts...]`.
type List struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

// Tuple is `Elts[0], Elts[1], ...` with or without parentheses.
type Tuple struct {
	Pos
	Elts []Expr
	Ctx  ExprContext
}

func (*BoolOp) exprNode()       {}
func (*BinOp) exprNode()        {}
func (*UnaryOp) exprNode()      {}
func (*Lambda) exprNode()       {}
func (*IfExp) exprNode()        {}
func (*Dict) exprNode()         {}
func (*Set) exprNode()          {}
func (*ListComp) exprNode()     {}
func (*SetComp) exprNode()      {}
func (*DictComp) exprNode()     {}
func (*GeneratorExp) exprNode() {}
func (*Yield) exprNode()        {}
func (*Compare) exprNode()      {}
func (*Call) exprNode()         {}
func (*Repr) exprNode()         {}
func (*Num) exprNode()          {}
func (*Str) exprNode()          {}
func (*Attribute) exprNode()    {}
func (*Subscript) exprNode()    {}
func (*Name) exprNode()         {}
func (*List) exprNode()         {}
func (*Tuple) exprNode()        {}

// ---------------------------------------------------------------------------------------
// Slices

// Ellipsis is `...` inside a subscript.
type Ellipsis struct{}

// Slice is `Lower:Upper:Step`; absent parts are nil. As in CPython 2.7, a second colon with
// nothing after it (`a[1:2:]`) makes Step a Name "None".
type Slice struct {
	Lower Expr
	Upper Expr
	Step  Expr
}

// ExtSlice is a subscript with several comma-separated dimensions, at least one of them a
// slice or an ellipsis.
type ExtSlice struct {
	Dims []SliceNode
}

// Index is a subscript with a plain expression (a tuple for several dimensions without
// slices).
type Index struct {
	Value Expr
}

func (*Ellipsis) sliceNode() {}
func (*Slice) sliceNode()    {}
func (*ExtSlice) sliceNode() {}
func (*Index) sliceNode()    {}

// ---------------------------------------------------------------------------------------
// Other nodes

// Comprehension is one `for Target in Iter if Ifs[0] if Ifs[1]...` clause.
type Comprehension struct {
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

// ExceptHandler is `except [Type[, Name]]: Body` (or `except Type as Name`).
type ExceptHandler struct {
	Pos
	Type Expr
	Name Expr
	Body []Stmt
}

// Arguments is a def's or lambda's parameter list. Args holds Names in the Param context,
// or Tuples (in the Store context) for Python 2's unpacked parameters `def f((a, b)):`.
// Defaults belong to the last len(Defaults) entries of Args. Vararg and Kwarg are the names
// after * and **, empty when absent.
type Arguments struct {
	Args     []Expr
	Vararg   string
	Kwarg    string
	Defaults []Expr
}

// Keyword is a keyword argument `Arg=Value` in a call.
type Keyword struct {
	Arg   string
	Value Expr
}

// Alias is one imported name `Name [as Asname]`; Asname is empty without `as`.
type Alias struct {
	Name   string
	Asname string
}

// ---------------------------------------------------------------------------------------
// Enums

// ExprContext says how an expression is used: loaded, stored, deleted, and so on.
type ExprContext uint8

// The expression contexts of CPython 2.7.
const (
	Load ExprContext = iota + 1
	Store
	Del
	AugLoad
	AugStore
	Param
)

// BoolOperator is `and` or `or`.
type BoolOperator uint8

// The boolean operators.
const (
	And BoolOperator = iota + 1
	Or
)

// Operator is a binary arithmetic or bitwise operator.
type Operator uint8

// The binary operators, in asdl order.
const (
	Add Operator = iota + 1
	Sub
	Mult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// UnaryOperator is a prefix operator.
type UnaryOperator uint8

// The unary operators.
const (
	Invert UnaryOperator = iota + 1
	Not
	UAdd
	USub
)

// CmpOperator is a comparison operator.
type CmpOperator uint8

// The comparison operators.
const (
	Eq CmpOperator = iota + 1
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var exprContextNames = [...]string{"?", "Load", "Store", "Del", "AugLoad", "AugStore", "Param"}
var boolOperatorNames = [...]string{"?", "And", "Or"}
var operatorNames = [...]string{"?", "Add", "Sub", "Mult", "Div", "Mod", "Pow", "LShift",
	"RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
var unaryOperatorNames = [...]string{"?", "Invert", "Not", "UAdd", "USub"}
var cmpOperatorNames = [...]string{"?", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is",
	"IsNot", "In", "NotIn"}

// String returns the asdl name, e.g. "Store".
func (c ExprContext) String() string { return enumName(exprContextNames[:], int(c)) }

// String returns the asdl name, e.g. "And".
func (o BoolOperator) String() string { return enumName(boolOperatorNames[:], int(o)) }

// String returns the asdl name, e.g. "FloorDiv".
func (o Operator) String() string { return enumName(operatorNames[:], int(o)) }

// String returns the asdl name, e.g. "USub".
func (o UnaryOperator) String() string { return enumName(unaryOperatorNames[:], int(o)) }

// String returns the asdl name, e.g. "NotIn".
func (o CmpOperator) String() string { return enumName(cmpOperatorNames[:], int(o)) }

func enumName(names []string, i int) string {
	if i <= 0 || i >= len(names) {
		panic("BUG: enum value out of range")
	}
	return names[i]
}
