// This file turns the JSON that testdata/pyast.py prints (CPython 2.7's own tree for a
// file) into syntax nodes, so that the compiler can be checked on exactly CPython's trees,
// apart from the parser.

package compile

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"

	"handson/interp/syntax"
)

// jsonNode is one decoded JSON value of pyast.py's output.
type jsonNode = map[string]any

// astDecoder converts pyast.py's JSON to syntax nodes; the first problem met is kept in
// err and stops nothing (the tree is then discarded).
type astDecoder struct{ err error }

func decodeCPythonTree(data []byte) (syntax.ModNode, error) {
	var root jsonNode
	if err := json.Unmarshal(data, &root); err != nil {
		return nil, err
	}
	d := &astDecoder{}
	var mod syntax.ModNode
	switch d.kind(root) {
	case "Module":
		mod = &syntax.Module{Body: d.stmts(root["body"])}
	case "Interactive":
		mod = &syntax.Interactive{Body: d.stmts(root["body"])}
	case "Expression":
		mod = &syntax.Expression{Body: d.expr(root["body"])}
	default:
		d.fail("unknown tree %q", d.kind(root))
	}
	return mod, d.err
}

func (d *astDecoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf(format, args...)
	}
}

func (d *astDecoder) obj(v any) jsonNode {
	m, _ := v.(jsonNode)
	return m
}

func (d *astDecoder) pos(n jsonNode) syntax.Pos {
	line, _ := n["lineno"].(float64)
	col, _ := n["col_offset"].(float64)
	return syntax.Pos{Lineno: int(line), ColOffset: int(col)}
}

// str decodes an identifier or a str value.
func (d *astDecoder) str(v any) string {
	m := d.obj(v)
	if m == nil {
		return ""
	}
	h, ok := m["str"].(string)
	if !ok {
		d.fail("expected a str, got %v", v)
		return ""
	}
	b, err := hex.DecodeString(h)
	if err != nil {
		d.fail("bad hex: %v", err)
	}
	return string(b)
}

func (d *astDecoder) strs(v any) []string {
	list, _ := v.([]any)
	out := make([]string, len(list))
	for i, x := range list {
		out[i] = d.str(x)
	}
	return out
}

func (d *astDecoder) stmts(v any) []syntax.Stmt {
	list, _ := v.([]any)
	var out []syntax.Stmt
	for _, x := range list {
		out = append(out, d.stmt(d.obj(x)))
	}
	return out
}

func (d *astDecoder) exprs(v any) []syntax.Expr {
	list, _ := v.([]any)
	var out []syntax.Expr
	for _, x := range list {
		out = append(out, d.expr(x))
	}
	return out
}

func (d *astDecoder) kind(n jsonNode) string {
	t, _ := n["_type"].(string)
	return t
}

func (d *astDecoder) stmt(n jsonNode) syntax.Stmt {
	p := d.pos(n)
	switch d.kind(n) {
	case "FunctionDef":
		return &syntax.FunctionDef{Pos: p, Name: d.str(n["name"]), Args: d.arguments(d.obj(n["args"])),
			Body: d.stmts(n["body"]), DecoratorList: d.exprs(n["decorator_list"])}
	case "ClassDef":
		return &syntax.ClassDef{Pos: p, Name: d.str(n["name"]), Bases: d.exprs(n["bases"]),
			Body: d.stmts(n["body"]), DecoratorList: d.exprs(n["decorator_list"])}
	case "Return":
		return &syntax.Return{Pos: p, Value: d.expr(n["value"])}
	case "Delete":
		return &syntax.Delete{Pos: p, Targets: d.exprs(n["targets"])}
	case "Assign":
		return &syntax.Assign{Pos: p, Targets: d.exprs(n["targets"]), Value: d.expr(n["value"])}
	case "AugAssign":
		return &syntax.AugAssign{Pos: p, Target: d.expr(n["target"]), Op: d.operator(n["op"]), Value: d.expr(n["value"])}
	case "Print":
		nl, _ := d.obj(n["nl"])["bool"].(bool)
		return &syntax.Print{Pos: p, Dest: d.expr(n["dest"]), Values: d.exprs(n["values"]), NL: nl}
	case "For":
		return &syntax.For{Pos: p, Target: d.expr(n["target"]), Iter: d.expr(n["iter"]),
			Body: d.stmts(n["body"]), Orelse: d.stmts(n["orelse"])}
	case "While":
		return &syntax.While{Pos: p, Test: d.expr(n["test"]), Body: d.stmts(n["body"]), Orelse: d.stmts(n["orelse"])}
	case "If":
		return &syntax.If{Pos: p, Test: d.expr(n["test"]), Body: d.stmts(n["body"]), Orelse: d.stmts(n["orelse"])}
	case "With":
		return &syntax.With{Pos: p, ContextExpr: d.expr(n["context_expr"]), OptionalVars: d.expr(n["optional_vars"]),
			Body: d.stmts(n["body"])}
	case "Raise":
		return &syntax.Raise{Pos: p, Type: d.expr(n["type"]), Inst: d.expr(n["inst"]), Tback: d.expr(n["tback"])}
	case "TryExcept":
		list, _ := n["handlers"].([]any)
		var handlers []*syntax.ExceptHandler
		for _, h := range list {
			hn := d.obj(h)
			handlers = append(handlers, &syntax.ExceptHandler{Pos: d.pos(hn), Type: d.expr(hn["type"]),
				Name: d.expr(hn["name"]), Body: d.stmts(hn["body"])})
		}
		return &syntax.TryExcept{Pos: p, Body: d.stmts(n["body"]), Handlers: handlers, Orelse: d.stmts(n["orelse"])}
	case "TryFinally":
		return &syntax.TryFinally{Pos: p, Body: d.stmts(n["body"]), Finalbody: d.stmts(n["finalbody"])}
	case "Assert":
		return &syntax.Assert{Pos: p, Test: d.expr(n["test"]), Msg: d.expr(n["msg"])}
	case "Import":
		return &syntax.Import{Pos: p, Names: d.aliases(n["names"])}
	case "ImportFrom":
		level, _ := d.obj(n["level"])["int"].(string)
		lv, _ := strconv.Atoi(level)
		return &syntax.ImportFrom{Pos: p, Module: d.str(n["module"]), Names: d.aliases(n["names"]), Level: lv}
	case "Exec":
		return &syntax.Exec{Pos: p, Body: d.expr(n["body"]), Globals: d.expr(n["globals"]), Locals: d.expr(n["locals"])}
	case "Global":
		return &syntax.Global{Pos: p, Names: d.strs(n["names"])}
	case "Expr":
		return &syntax.ExprStmt{Pos: p, Value: d.expr(n["value"])}
	case "Pass":
		return &syntax.Pass{Pos: p}
	case "Break":
		return &syntax.Break{Pos: p}
	case "Continue":
		return &syntax.Continue{Pos: p}
	}
	d.fail("unknown statement %q", d.kind(n))
	return &syntax.Pass{Pos: p}
}

func (d *astDecoder) aliases(v any) []*syntax.Alias {
	list, _ := v.([]any)
	var out []*syntax.Alias
	for _, x := range list {
		a := d.obj(x)
		out = append(out, &syntax.Alias{Name: d.str(a["name"]), Asname: d.str(a["asname"])})
	}
	return out
}

func (d *astDecoder) arguments(n jsonNode) *syntax.Arguments {
	return &syntax.Arguments{Args: d.exprs(n["args"]), Vararg: d.str(n["vararg"]), Kwarg: d.str(n["kwarg"]),
		Defaults: d.exprs(n["defaults"])}
}

func (d *astDecoder) comprehensions(v any) []*syntax.Comprehension {
	list, _ := v.([]any)
	var out []*syntax.Comprehension
	for _, x := range list {
		c := d.obj(x)
		out = append(out, &syntax.Comprehension{Target: d.expr(c["target"]), Iter: d.expr(c["iter"]), Ifs: d.exprs(c["ifs"])})
	}
	return out
}

func (d *astDecoder) expr(v any) syntax.Expr {
	n := d.obj(v)
	if n == nil {
		return nil
	}
	p := d.pos(n)
	switch d.kind(n) {
	case "BoolOp":
		op := syntax.And
		if d.kind(d.obj(n["op"])) == "Or" {
			op = syntax.Or
		}
		return &syntax.BoolOp{Pos: p, Op: op, Values: d.exprs(n["values"])}
	case "BinOp":
		return &syntax.BinOp{Pos: p, Left: d.expr(n["left"]), Op: d.operator(n["op"]), Right: d.expr(n["right"])}
	case "UnaryOp":
		ops := map[string]syntax.UnaryOperator{"Invert": syntax.Invert, "Not": syntax.Not, "UAdd": syntax.UAdd, "USub": syntax.USub}
		return &syntax.UnaryOp{Pos: p, Op: ops[d.kind(d.obj(n["op"]))], Operand: d.expr(n["operand"])}
	case "Lambda":
		return &syntax.Lambda{Pos: p, Args: d.arguments(d.obj(n["args"])), Body: d.expr(n["body"])}
	case "IfExp":
		return &syntax.IfExp{Pos: p, Test: d.expr(n["test"]), Body: d.expr(n["body"]), Orelse: d.expr(n["orelse"])}
	case "Dict":
		return &syntax.Dict{Pos: p, Keys: d.exprs(n["keys"]), Values: d.exprs(n["values"])}
	case "Set":
		return &syntax.Set{Pos: p, Elts: d.exprs(n["elts"])}
	case "ListComp":
		return &syntax.ListComp{Pos: p, Elt: d.expr(n["elt"]), Generators: d.comprehensions(n["generators"])}
	case "SetComp":
		return &syntax.SetComp{Pos: p, Elt: d.expr(n["elt"]), Generators: d.comprehensions(n["generators"])}
	case "DictComp":
		return &syntax.DictComp{Pos: p, Key: d.expr(n["key"]), Value: d.expr(n["value"]), Generators: d.comprehensions(n["generators"])}
	case "GeneratorExp":
		return &syntax.GeneratorExp{Pos: p, Elt: d.expr(n["elt"]), Generators: d.comprehensions(n["generators"])}
	case "Yield":
		return &syntax.Yield{Pos: p, Value: d.expr(n["value"])}
	case "Compare":
		ops := map[string]syntax.CmpOperator{"Eq": syntax.Eq, "NotEq": syntax.NotEq, "Lt": syntax.Lt, "LtE": syntax.LtE,
			"Gt": syntax.Gt, "GtE": syntax.GtE, "Is": syntax.Is, "IsNot": syntax.IsNot, "In": syntax.In, "NotIn": syntax.NotIn}
		list, _ := n["ops"].([]any)
		var cmp []syntax.CmpOperator
		for _, o := range list {
			cmp = append(cmp, ops[d.kind(d.obj(o))])
		}
		return &syntax.Compare{Pos: p, Left: d.expr(n["left"]), Ops: cmp, Comparators: d.exprs(n["comparators"])}
	case "Call":
		list, _ := n["keywords"].([]any)
		var kws []*syntax.Keyword
		for _, k := range list {
			kn := d.obj(k)
			kws = append(kws, &syntax.Keyword{Arg: d.str(kn["arg"]), Value: d.expr(kn["value"])})
		}
		return &syntax.Call{Pos: p, Func: d.expr(n["func"]), Args: d.exprs(n["args"]), Keywords: kws,
			Starargs: d.expr(n["starargs"]), Kwargs: d.expr(n["kwargs"])}
	case "Repr":
		return &syntax.Repr{Pos: p, Value: d.expr(n["value"])}
	case "Num":
		return &syntax.Num{Pos: p, N: d.number(d.obj(n["n"]))}
	case "Str":
		s := d.obj(n["s"])
		if cps, ok := s["unicode"].([]any); ok {
			u := make([]rune, len(cps))
			for i, c := range cps {
				f, _ := c.(float64)
				u[i] = rune(f)
			}
			return &syntax.Str{Pos: p, Unicode: true, U: u}
		}
		return &syntax.Str{Pos: p, S: d.str(s)}
	case "Attribute":
		return &syntax.Attribute{Pos: p, Value: d.expr(n["value"]), Attr: d.str(n["attr"]), Ctx: d.ctx(n["ctx"])}
	case "Subscript":
		return &syntax.Subscript{Pos: p, Value: d.expr(n["value"]), Slice: d.slice(d.obj(n["slice"])), Ctx: d.ctx(n["ctx"])}
	case "Name":
		return &syntax.Name{Pos: p, Id: d.str(n["id"]), Ctx: d.ctx(n["ctx"])}
	case "List":
		return &syntax.List{Pos: p, Elts: d.exprs(n["elts"]), Ctx: d.ctx(n["ctx"])}
	case "Tuple":
		return &syntax.Tuple{Pos: p, Elts: d.exprs(n["elts"]), Ctx: d.ctx(n["ctx"])}
	}
	d.fail("unknown expression %q", d.kind(n))
	return &syntax.Name{Pos: p, Id: "?", Ctx: syntax.Load}
}

func (d *astDecoder) number(n jsonNode) any {
	switch {
	case n["int"] != nil:
		v, err := strconv.ParseInt(n["int"].(string), 10, 64)
		if err != nil {
			d.fail("bad int: %v", err)
		}
		return v
	case n["long"] != nil:
		b, ok := new(big.Int).SetString(n["long"].(string), 10)
		if !ok {
			d.fail("bad long %v", n["long"])
		}
		return b
	case n["float"] != nil:
		return d.hexFloat(n["float"])
	case n["complex"] != nil:
		parts, _ := n["complex"].([]any)
		return complex(d.hexFloat(parts[0]), d.hexFloat(parts[1]))
	}
	d.fail("bad number %v", n)
	return int64(0)
}

// hexFloat parses float.hex() output ("0x1.8p+1", "inf", "-0x0.0p+0").
func (d *astDecoder) hexFloat(v any) float64 {
	s, _ := v.(string)
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		d.fail("bad float %q: %v", s, err)
	}
	return f
}

func (d *astDecoder) ctx(v any) syntax.ExprContext {
	switch d.kind(d.obj(v)) {
	case "Load":
		return syntax.Load
	case "Store":
		return syntax.Store
	case "Del":
		return syntax.Del
	case "AugLoad":
		return syntax.AugLoad
	case "AugStore":
		return syntax.AugStore
	case "Param":
		return syntax.Param
	}
	d.fail("bad context %v", v)
	return syntax.Load
}

func (d *astDecoder) operator(v any) syntax.Operator {
	ops := map[string]syntax.Operator{"Add": syntax.Add, "Sub": syntax.Sub, "Mult": syntax.Mult, "Div": syntax.Div,
		"Mod": syntax.Mod, "Pow": syntax.Pow, "LShift": syntax.LShift, "RShift": syntax.RShift, "BitOr": syntax.BitOr,
		"BitXor": syntax.BitXor, "BitAnd": syntax.BitAnd, "FloorDiv": syntax.FloorDiv}
	op, ok := ops[d.kind(d.obj(v))]
	if !ok {
		d.fail("bad operator %v", v)
	}
	return op
}

func (d *astDecoder) slice(n jsonNode) syntax.SliceNode {
	switch d.kind(n) {
	case "Ellipsis":
		return &syntax.Ellipsis{}
	case "Slice":
		return &syntax.Slice{Lower: d.expr(n["lower"]), Upper: d.expr(n["upper"]), Step: d.expr(n["step"])}
	case "ExtSlice":
		list, _ := n["dims"].([]any)
		var dims []syntax.SliceNode
		for _, x := range list {
			dims = append(dims, d.slice(d.obj(x)))
		}
		return &syntax.ExtSlice{Dims: dims}
	case "Index":
		return &syntax.Index{Value: d.expr(n["value"])}
	}
	d.fail("bad slice %v", n)
	return &syntax.Ellipsis{}
}
