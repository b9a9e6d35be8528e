// code.go defines Code, the VM's form of a compiled code object: the compiler's
// compile.Code plus its constants turned into Python objects and its names interned.
package vm

import (
	"handson/gcsim"
	"handson/interp/compile"
)

// Code is a code object ready to run.
type Code struct {
	gcsim.Header
	*compile.Code
	Consts   []Object // co_consts as objects (immortal for the VM's lifetime)
	Names    []*Str   // co_names, interned
	VarNames []*Str   // co_varnames, interned
	CellVars []*Str
	FreeVars []*Str
	// nCells is len(CellVars)+len(FreeVars): the slots after the locals holding cells.
	nCells int
	// cellArgs maps a cell variable to the argument it starts as (-1 when none).
	cellArgs []int
	// framePool keeps frames of this code for reuse; a frame goes back when its last
	// reference is dropped.
	framePool []*Frame
	// counters for the JIT's loop and call counting live in the tracer, keyed by code.
}

func (*Code) Type() *Type { return CodeType }

// IsGenerator reports CO_GENERATOR.
func (c *Code) IsGenerator() bool { return c.Flags&compile.CO_GENERATOR != 0 }

// loadCode converts a compiled code object (and the ones nested in its constants).
func (vm *VM) loadCode(cc *compile.Code) *Code {
	c := &Code{Header: gcsim.ImmortalHeader(immortalRC), Code: cc}
	c.Consts = make([]Object, len(cc.Consts))
	for i, k := range cc.Consts {
		c.Consts[i] = vm.constObject(k)
	}
	c.Names = vm.internAll(cc.Names)
	c.VarNames = vm.internAll(cc.VarNames)
	c.CellVars = vm.internAll(cc.CellVars)
	c.FreeVars = vm.internAll(cc.FreeVars)
	c.nCells = len(cc.CellVars) + len(cc.FreeVars)
	c.cellArgs = make([]int, len(cc.CellVars))
	nargs := cc.ArgCount
	if cc.Flags&compile.CO_VARARGS != 0 {
		nargs++
	}
	if cc.Flags&compile.CO_VARKEYWORDS != 0 {
		nargs++
	}
	for i, name := range cc.CellVars {
		c.cellArgs[i] = -1
		for j := 0; j < nargs && j < len(cc.VarNames); j++ {
			if cc.VarNames[j] == name {
				c.cellArgs[i] = j
				break
			}
		}
	}
	return c
}

func (vm *VM) internAll(names []string) []*Str {
	out := make([]*Str, len(names))
	for i, n := range names {
		out[i] = vm.Intern(n)
	}
	return out
}

// constObject turns a compiler constant into an immortal Python object.
func (vm *VM) constObject(k compile.Const) Object {
	var o Object
	switch v := k.(type) {
	case compile.None:
		return None
	case compile.Ellipsis:
		return Ellipsis
	case compile.Int:
		if int64(v) >= smallIntMin && int64(v) <= smallIntMax {
			return smallInts[int64(v)-smallIntMin]
		}
		o = &Int{V: int64(v)}
	case compile.Long:
		o = &Long{V: v.V}
	case compile.Float:
		o = &Float{V: float64(v)}
	case compile.Complex:
		o = &Complex{V: complex128(v)}
	case compile.Str:
		// Constants that look like identifiers are interned, as CPython interns them.
		if isIdentifierLike(string(v)) {
			return vm.Intern(string(v))
		}
		o = &Str{S: string(v)}
	case compile.Unicode:
		o = &Unicode{R: []rune(v)}
	case compile.Tuple:
		items := make([]Object, len(v))
		for i, e := range v {
			items[i] = vm.constObject(e)
		}
		if len(items) == 0 {
			return emptyTuple
		}
		o = &Tuple{Items: items}
	case *compile.Code:
		return vm.loadCode(v)
	default:
		panic("BUG: unknown constant kind")
	}
	*o.GCHeader() = gcsim.ImmortalHeader(immortalRC)
	return o
}

// isIdentifierLike is all_name_chars: constants made only of letters, digits and _ are
// interned by CPython's compiler.
func isIdentifierLike(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
