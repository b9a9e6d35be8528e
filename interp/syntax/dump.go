// This file defines Dump, which prints a tree exactly as Python 2.7's
// ast.dump(tree, include_attributes=True) does, and the Python 2.7 repr of the values
// inside it (str, unicode, int, long, float, complex).

package syntax

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Dump returns the tree in the format of Python 2.7's ast.dump(node,
// include_attributes=True); node is a ModNode, Stmt, Expr, SliceNode or another node type
// of ast.go.
func Dump(node any) string {
	var d dumper
	d.node(node)
	return d.b.String()
}

type dumper struct{ b strings.Builder }

// field is one name=value pair; value is written by a function so that nesting works
// without building intermediate strings.
type field struct {
	name  string
	value any
}

// dumpList is a list of nodes, dumped as [a, b].
type dumpList []any

// rawRepr is text to write as it is.
type rawRepr string

// open writes Name( and the fields; attrs adds lineno and col_offset after them the way
// ast.dump does (with a lone space before them when there are no fields).
func (d *dumper) call(name string, pos *Pos, fields ...field) {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	for i, f := range fields {
		if i > 0 {
			d.b.WriteString(", ")
		}
		d.b.WriteString(f.name)
		d.b.WriteByte('=')
		d.value(f.value)
	}
	if pos != nil {
		if len(fields) > 0 {
			d.b.WriteString(", ")
		} else {
			d.b.WriteByte(' ')
		}
		d.b.WriteString("lineno=")
		d.b.WriteString(strconv.Itoa(pos.Lineno))
		d.b.WriteString(", col_offset=")
		d.b.WriteString(strconv.Itoa(pos.ColOffset))
	}
	d.b.WriteByte(')')
}

func (d *dumper) value(v any) {
	switch v := v.(type) {
	case rawRepr:
		d.b.WriteString(string(v))
	case dumpList:
		d.b.WriteByte('[')
		for i, x := range v {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.value(x)
		}
		d.b.WriteByte(']')
	default:
		d.node(v)
	}
}

// ident is an identifier field: a str, or None when empty.
func ident(s string) rawRepr {
	if s == "" {
		return "None"
	}
	return rawRepr(ReprStr(s))
}

func stmts(list []Stmt) dumpList {
	out := make(dumpList, len(list))
	for i, s := range list {
		out[i] = s
	}
	return out
}

func exprs(list []Expr) dumpList {
	out := make(dumpList, len(list))
	for i, e := range list {
		out[i] = e
	}
	return out
}

// opt is an optional child: None when nil.
func opt(e Expr) any {
	if e == nil {
		return rawRepr("None")
	}
	return e
}

func (d *dumper) node(n any) {
	switch n := n.(type) {
	case *Module:
		d.call("Module", nil, field{"body", stmts(n.Body)})
	case *Interactive:
		d.call("Interactive", nil, field{"body", stmts(n.Body)})
	case *Expression:
		d.call("Expression", nil, field{"body", n.Body})

	case *FunctionDef:
		d.call("FunctionDef", &n.Pos, field{"name", ident(n.Name)}, field{"args", n.Args},
			field{"body", stmts(n.Body)}, field{"decorator_list", exprs(n.DecoratorList)})
	case *ClassDef:
		d.call("ClassDef", &n.Pos, field{"name", ident(n.Name)}, field{"bases", exprs(n.Bases)},
			field{"body", stmts(n.Body)}, field{"decorator_list", exprs(n.DecoratorList)})
	case *Return:
		d.call("Return", &n.Pos, field{"value", opt(n.Value)})
	case *Delete:
		d.call("Delete", &n.Pos, field{"targets", exprs(n.Targets)})
	case *Assign:
		d.call("Assign", &n.Pos, field{"targets", exprs(n.Targets)}, field{"value", n.Value})
	case *AugAssign:
		d.call("AugAssign", &n.Pos, field{"target", n.Target}, field{"op", n.Op}, field{"value", n.Value})
	case *Print:
		d.call("Print", &n.Pos, field{"dest", opt(n.Dest)}, field{"values", exprs(n.Values)},
			field{"nl", pyBool(n.NL)})
	case *For:
		d.call("For", &n.Pos, field{"target", n.Target}, field{"iter", n.Iter},
			field{"body", stmts(n.Body)}, field{"orelse", stmts(n.Orelse)})
	case *While:
		d.call("While", &n.Pos, field{"test", n.Test}, field{"body", stmts(n.Body)},
			field{"orelse", stmts(n.Orelse)})
	case *If:
		d.call("If", &n.Pos, field{"test", n.Test}, field{"body", stmts(n.Body)},
			field{"orelse", stmts(n.Orelse)})
	case *With:
		d.call("With", &n.Pos, field{"context_expr", n.ContextExpr},
			field{"optional_vars", opt(n.OptionalVars)}, field{"body", stmts(n.Body)})
	case *Raise:
		d.call("Raise", &n.Pos, field{"type", opt(n.Type)}, field{"inst", opt(n.Inst)},
			field{"tback", opt(n.Tback)})
	case *TryExcept:
		handlers := make(dumpList, len(n.Handlers))
		for i, h := range n.Handlers {
			handlers[i] = h
		}
		d.call("TryExcept", &n.Pos, field{"body", stmts(n.Body)}, field{"handlers", handlers},
			field{"orelse", stmts(n.Orelse)})
	case *TryFinally:
		d.call("TryFinally", &n.Pos, field{"body", stmts(n.Body)}, field{"finalbody", stmts(n.Finalbody)})
	case *Assert:
		d.call("Assert", &n.Pos, field{"test", n.Test}, field{"msg", opt(n.Msg)})
	case *Import:
		d.call("Import", &n.Pos, field{"names", aliases(n.Names)})
	case *ImportFrom:
		d.call("ImportFrom", &n.Pos, field{"module", ident(n.Module)}, field{"names", aliases(n.Names)},
			field{"level", rawRepr(strconv.Itoa(n.Level))})
	case *Exec:
		d.call("Exec", &n.Pos, field{"body", n.Body}, field{"globals", opt(n.Globals)},
			field{"locals", opt(n.Locals)})
	case *Global:
		names := make(dumpList, len(n.Names))
		for i, s := range n.Names {
			names[i] = ident(s)
		}
		d.call("Global", &n.Pos, field{"names", names})
	case *ExprStmt:
		d.call("Expr", &n.Pos, field{"value", n.Value})
	case *Pass:
		d.call("Pass", &n.Pos)
	case *Break:
		d.call("Break", &n.Pos)
	case *Continue:
		d.call("Continue", &n.Pos)

	case *BoolOp:
		d.call("BoolOp", &n.Pos, field{"op", n.Op}, field{"values", exprs(n.Values)})
	case *BinOp:
		d.call("BinOp", &n.Pos, field{"left", n.Left}, field{"op", n.Op}, field{"right", n.Right})
	case *UnaryOp:
		d.call("UnaryOp", &n.Pos, field{"op", n.Op}, field{"operand", n.Operand})
	case *Lambda:
		d.call("Lambda", &n.Pos, field{"args", n.Args}, field{"body", n.Body})
	case *IfExp:
		d.call("IfExp", &n.Pos, field{"test", n.Test}, field{"body", n.Body}, field{"orelse", n.Orelse})
	case *Dict:
		d.call("Dict", &n.Pos, field{"keys", exprs(n.Keys)}, field{"values", exprs(n.Values)})
	case *Set:
		d.call("Set", &n.Pos, field{"elts", exprs(n.Elts)})
	case *ListComp:
		d.call("ListComp", &n.Pos, field{"elt", n.Elt}, field{"generators", comprehensions(n.Generators)})
	case *SetComp:
		d.call("SetComp", &n.Pos, field{"elt", n.Elt}, field{"generators", comprehensions(n.Generators)})
	case *DictComp:
		d.call("DictComp", &n.Pos, field{"key", n.Key}, field{"value", n.Value},
			field{"generators", comprehensions(n.Generators)})
	case *GeneratorExp:
		d.call("GeneratorExp", &n.Pos, field{"elt", n.Elt}, field{"generators", comprehensions(n.Generators)})
	case *Yield:
		d.call("Yield", &n.Pos, field{"value", opt(n.Value)})
	case *Compare:
		ops := make(dumpList, len(n.Ops))
		for i, op := range n.Ops {
			ops[i] = op
		}
		d.call("Compare", &n.Pos, field{"left", n.Left}, field{"ops", ops},
			field{"comparators", exprs(n.Comparators)})
	case *Call:
		keywords := make(dumpList, len(n.Keywords))
		for i, k := range n.Keywords {
			keywords[i] = k
		}
		d.call("Call", &n.Pos, field{"func", n.Func}, field{"args", exprs(n.Args)},
			field{"keywords", keywords}, field{"starargs", opt(n.Starargs)}, field{"kwargs", opt(n.Kwargs)})
	case *Repr:
		d.call("Repr", &n.Pos, field{"value", n.Value})
	case *Num:
		d.call("Num", &n.Pos, field{"n", rawRepr(ReprNumber(n.N))})
	case *Str:
		s := ReprStr(n.S)
		if n.Unicode {
			s = ReprUnicode(n.U)
		}
		d.call("Str", &n.Pos, field{"s", rawRepr(s)})
	case *Attribute:
		d.call("Attribute", &n.Pos, field{"value", n.Value}, field{"attr", ident(n.Attr)}, field{"ctx", n.Ctx})
	case *Subscript:
		d.call("Subscript", &n.Pos, field{"value", n.Value}, field{"slice", n.Slice}, field{"ctx", n.Ctx})
	case *Name:
		d.call("Name", &n.Pos, field{"id", ident(n.Id)}, field{"ctx", n.Ctx})
	case *List:
		d.call("List", &n.Pos, field{"elts", exprs(n.Elts)}, field{"ctx", n.Ctx})
	case *Tuple:
		d.call("Tuple", &n.Pos, field{"elts", exprs(n.Elts)}, field{"ctx", n.Ctx})

	case *Ellipsis:
		d.call("Ellipsis", nil)
	case *Slice:
		d.call("Slice", nil, field{"lower", opt(n.Lower)}, field{"upper", opt(n.Upper)}, field{"step", opt(n.Step)})
	case *ExtSlice:
		dims := make(dumpList, len(n.Dims))
		for i, s := range n.Dims {
			dims[i] = s
		}
		d.call("ExtSlice", nil, field{"dims", dims})
	case *Index:
		d.call("Index", nil, field{"value", n.Value})

	case *Comprehension:
		d.call("comprehension", nil, field{"target", n.Target}, field{"iter", n.Iter}, field{"ifs", exprs(n.Ifs)})
	case *ExceptHandler:
		d.call("ExceptHandler", &n.Pos, field{"type", opt(n.Type)}, field{"name", opt(n.Name)},
			field{"body", stmts(n.Body)})
	case *Arguments:
		d.call("arguments", nil, field{"args", exprs(n.Args)}, field{"vararg", ident(n.Vararg)},
			field{"kwarg", ident(n.Kwarg)}, field{"defaults", exprs(n.Defaults)})
	case *Keyword:
		d.call("keyword", nil, field{"arg", ident(n.Arg)}, field{"value", n.Value})
	case *Alias:
		d.call("alias", nil, field{"name", ident(n.Name)}, field{"asname", ident(n.Asname)})

	case ExprContext:
		d.call(n.String(), nil)
	case BoolOperator:
		d.call(n.String(), nil)
	case Operator:
		d.call(n.String(), nil)
	case UnaryOperator:
		d.call(n.String(), nil)
	case CmpOperator:
		d.call(n.String(), nil)
	default:
		panic("BUG: Dump of a value that is not an AST node")
	}
}

func aliases(list []*Alias) dumpList {
	out := make(dumpList, len(list))
	for i, a := range list {
		out[i] = a
	}
	return out
}

func comprehensions(list []*Comprehension) dumpList {
	out := make(dumpList, len(list))
	for i, c := range list {
		out[i] = c
	}
	return out
}

func pyBool(b bool) rawRepr {
	if b {
		return "True"
	}
	return "False"
}

// ReprNumber returns Python 2.7's repr of a Num value: int64, *big.Int (with an L),
// float64 or complex128.
func ReprNumber(n any) string {
	switch v := n.(type) {
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String() + "L"
	case float64:
		return ReprFloat(v)
	case complex128:
		return reprComplex(v)
	}
	panic("BUG: Num holds a value of an unexpected type")
}

// ReprFloat returns Python 2.7's repr of a float: the shortest string that reads back to
// the same value, in exponent form when the exponent is below -4 or above 15.
func ReprFloat(f float64) string {
	return formatFloatRepr(f, true)
}

func formatFloatRepr(f float64, addDot0 bool) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		if addDot0 {
			return sign + "0.0"
		}
		return sign + "0"
	}
	// strconv's shortest 'e' form gives the digits and the exponent.
	e := strconv.FormatFloat(f, 'e', -1, 64)
	mant, exp, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	x, _ := strconv.Atoi(exp)
	decpt := x + 1 // digits d1d2... represent 0.d1d2... * 10**decpt
	if decpt <= -4 || decpt > 16 {
		s := digits[:1]
		if len(digits) > 1 {
			s += "." + digits[1:]
		}
		expSign := "+"
		if x < 0 {
			expSign = "-"
			x = -x
		}
		es := strconv.Itoa(x)
		if len(es) < 2 {
			es = "0" + es
		}
		return sign + s + "e" + expSign + es
	}
	var s string
	switch {
	case decpt <= 0:
		s = "0." + strings.Repeat("0", -decpt) + digits
	case decpt >= len(digits):
		s = digits + strings.Repeat("0", decpt-len(digits))
		if addDot0 {
			s += ".0"
		}
	default:
		s = digits[:decpt] + "." + digits[decpt:]
	}
	return sign + s
}

func reprComplex(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return formatFloatRepr(im, false) + "j"
	}
	imStr := formatFloatRepr(im, false)
	if !strings.HasPrefix(imStr, "-") {
		imStr = "+" + imStr
	}
	return "(" + formatFloatRepr(re, false) + imStr + "j)"
}

// ReprStr returns Python 2.7's repr of a str with these bytes.
func ReprStr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			b.WriteString(`\x`)
			b.WriteString(hex2(c))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// ReprUnicode returns Python 2.7's repr of a unicode string with these code points (a
// wide build: every code point is one character).
func ReprUnicode(u []rune) string {
	quote := '\''
	hasSingle, hasDouble := false, false
	for _, r := range u {
		hasSingle = hasSingle || r == '\''
		hasDouble = hasDouble || r == '"'
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte('u')
	b.WriteRune(quote)
	for _, r := range u {
		switch {
		case r == quote || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r >= 0x10000:
			b.WriteString(`\U`)
			b.WriteString(hexPad(uint32(r), 8))
		case r >= 0x100:
			b.WriteString(`\u`)
			b.WriteString(hexPad(uint32(r), 4))
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r >= 0x7f:
			b.WriteString(`\x`)
			b.WriteString(hex2(byte(r)))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteRune(quote)
	return b.String()
}
