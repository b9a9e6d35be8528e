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
	// simpleCall is set for code whose calls need no binding work beyond copying
	// positional arguments: no *args, no **kwargs, no cells, not a generator, fast locals.
	simpleCall bool
	// nameCache remembers, per entry of co_names, where LOAD_GLOBAL, LOAD_NAME and
	// STORE_NAME last found the name: valid while the dicts keep their versions.
	nameCache []nameCacheEntry
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
	c.nameCache = make([]nameCacheEntry, len(cc.Names))
	c.VarNames = vm.internAll(cc.VarNames)
	c.CellVars = vm.internAll(cc.CellVars)
	c.FreeVars = vm.internAll(cc.FreeVars)
	c.nCells = len(cc.CellVars) + len(cc.FreeVars)
	c.simpleCall = cc.Flags&(compile.CO_VARARGS|compile.CO_VARKEYWORDS|compile.CO_GENERATOR) == 0 &&
		cc.Flags&compile.CO_OPTIMIZED != 0 && c.nCells == 0
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

// nameCacheEntry is where a name was found: in dicts[which] at slot, as long as each
// dict in dicts still has the version recorded (the dicts searched before it must still
// lack the name, and the slot must still hold it).
type nameCacheEntry struct {
	dicts [3]*Dict
	vers  [3]uint32
	n     uint8 // how many dicts were searched
	slot  int32
}

// lookup returns the cached value for a search through dicts (borrowed), or nil on a miss.
func (e *nameCacheEntry) lookup(a, b, c *Dict) Object {
	switch e.n {
	case 1:
		if e.dicts[0] == a && e.vers[0] == a.ver {
			return a.table[e.slot].value
		}
	case 2:
		if e.dicts[0] == a && e.dicts[1] == b && e.vers[0] == a.ver && e.vers[1] == b.ver {
			return b.table[e.slot].value
		}
	case 3:
		if e.dicts[0] == a && e.dicts[1] == b && e.dicts[2] == c && e.vers[0] == a.ver &&
			e.vers[1] == b.ver && e.vers[2] == c.ver {
			return c.table[e.slot].value
		}
	}
	return nil
}

// fill searches dicts in order for name and records where it was found; the value is
// borrowed, nil when no dict has it.
func (e *nameCacheEntry) fill(name *Str, dicts ...*Dict) Object {
	for i, d := range dicts {
		if slot := d.slotOf(name); slot >= 0 {
			e.n = uint8(i + 1)
			for j := 0; j <= i; j++ {
				e.dicts[j] = dicts[j]
				e.vers[j] = dicts[j].ver
			}
			e.slot = int32(slot)
			return d.table[slot].value
		}
	}
	e.n = 0
	return nil
}
