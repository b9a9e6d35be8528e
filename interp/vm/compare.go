// compare.go implements comparison with Python 2.7's rules: rich comparison (__eq__,
// __lt__, ... with the reflected operation and subclass priority), then three-way __cmp__,
// then the default ordering that makes any two objects comparable (None first, numbers
// before other types, other types by type name); membership tests (in); exception matching.
package vm

import (
	"cmp"
	"math"
	"math/big"
	"slices"
	"strings"

	op "handson/interp/compile"
)

// swappedOp maps an ordering to its reflection (a < b is b > a).
var swappedOp = [6]int{op.CmpGT, op.CmpGE, op.CmpEQ, op.CmpNE, op.CmpLT, op.CmpLE}

var richNames = [6]*Str{builtinName("__lt__"), builtinName("__le__"), builtinName("__eq__"),
	builtinName("__ne__"), builtinName("__gt__"), builtinName("__ge__")}

// compareOp is COMPARE_OP; the result is owned.
func (vm *VM) compareOp(cmp int, v, w Object) (Object, *PyError) {
	switch cmp {
	case op.CmpIs:
		return NewBool(v == w), nil
	case op.CmpIsNot:
		return NewBool(v != w), nil
	case op.CmpIn, op.CmpNotIn:
		in, err := vm.Contains(w, v)
		if err != nil {
			return nil, err
		}
		return NewBool(in == (cmp == op.CmpIn)), nil
	case op.CmpExcMatch:
		return vm.exceptionMatch(v, w)
	}
	return vm.RichCompare(v, w, cmp)
}

// exceptionMatch is `except w:` against the raised exception class v.
func (vm *VM) exceptionMatch(v, w Object) (Object, *PyError) {
	vt, ok := v.(*Type)
	if !ok {
		return NewBool(v == w), nil
	}
	match := func(c Object) bool {
		if ct, ok := c.(*Type); ok {
			return vt.IsSubtype(ct)
		}
		return false
	}
	if t, ok := w.(*Tuple); ok {
		for _, c := range t.Items {
			if inner, ok := c.(*Tuple); ok {
				r, err := vm.exceptionMatch(v, inner)
				if err != nil {
					return nil, err
				}
				if r == Object(True) {
					return r, nil
				}
				vm.Decref(r)
				continue
			}
			if match(c) {
				return NewBool(true), nil
			}
		}
		return NewBool(false), nil
	}
	return NewBool(match(w)), nil
}

// RichCompare compares v and w with one of the six orderings; the result is owned.
func (vm *VM) RichCompare(v, w Object, cmp int) (Object, *PyError) {
	// Fast paths for the common exact builtin pairs.
	switch x := v.(type) {
	case *Int:
		if y, ok := w.(*Int); ok {
			return NewBool(compareInts(cmp, x.V, y.V)), nil
		}
	case *Str:
		if y, ok := w.(*Str); ok {
			return NewBool(cmpResult(cmp, strings.Compare(x.S, y.S))), nil
		}
	case *Float:
		if y, ok := w.(*Float); ok {
			return NewBool(compareFloats(cmp, x.V, y.V)), nil
		}
	}
	vm.depth++
	defer func() { vm.depth-- }()
	if vm.depth > vm.recursionLimit {
		return nil, vm.Raise(RuntimeErrorType, "maximum recursion depth exceeded in cmp")
	}
	// PyObject_RichCompare's shortcut for two objects of one type (not classic instances):
	// the type's rich comparison once, then its three-way one, before the general way.
	if tv := v.Type(); tv == w.Type() && !isClassicInstance(v) {
		if vm.hasRich(tv) {
			res, err := vm.richSlot(v, w, cmp)
			if err != nil || res != Object(NotImplemented) {
				return res, err
			}
			vm.Decref(res)
		}
		if slot := compareSlotOf(tv); slot != noCompare {
			c, err := vm.callCompareSlot(slot, v, w)
			if err != nil {
				return nil, err
			}
			return NewBool(cmpResult(cmp, c)), nil
		}
	}
	res, err := vm.tryRichCompare(v, w, cmp)
	if err != nil || res != Object(NotImplemented) {
		return res, err
	}
	vm.Decref(res)
	c, err := vm.try3way(v, w)
	if err != nil {
		return nil, err
	}
	if c == 2 {
		c = vm.default3way(v, w)
	}
	return NewBool(cmpResult(cmp, c)), nil
}

// cmpResult turns a three-way result into the truth of an ordering; 2 means unordered
// (a NaN), for which only != holds.
func cmpResult(cmp int, c int) bool {
	if c == 2 {
		return cmp == op.CmpNE
	}
	switch cmp {
	case op.CmpLT:
		return c < 0
	case op.CmpLE:
		return c <= 0
	case op.CmpEQ:
		return c == 0
	case op.CmpNE:
		return c != 0
	case op.CmpGT:
		return c > 0
	case op.CmpGE:
		return c >= 0
	}
	return false
}

// compareFloats follows IEEE comparisons (NaN compares false, except !=).
func compareFloats(cmp int, a, b float64) bool {
	switch cmp {
	case op.CmpLT:
		return a < b
	case op.CmpLE:
		return a <= b
	case op.CmpEQ:
		return a == b
	case op.CmpNE:
		return a != b
	case op.CmpGT:
		return a > b
	case op.CmpGE:
		return a >= b
	}
	return false
}

// tryRichCompare is try_rich_compare: the reflected comparison of a subclass first, then
// v's type's, then w's reflected one. Each is the type's tp_richcompare (richSlot).
func (vm *VM) tryRichCompare(v, w Object, cmp int) (Object, *PyError) {
	tv, tw := v.Type(), w.Type()
	// The reflected-first rule compares C types: all classic instances have one.
	if typeOf(v) != typeOf(w) && tw.IsSubtype(tv) && vm.hasRich(tw) {
		r, err := vm.richSlot(w, v, swappedOp[cmp])
		if err != nil || r != Object(NotImplemented) {
			return r, err
		}
		vm.Decref(r)
	}
	if vm.hasRich(tv) {
		r, err := vm.richSlot(v, w, cmp)
		if err != nil || r != Object(NotImplemented) {
			return r, err
		}
		vm.Decref(r)
	}
	if vm.hasRich(tw) {
		return vm.richSlot(w, v, swappedOp[cmp])
	}
	return newRef(NotImplemented), nil
}

// richSlot is tp_richcompare of x's type called as f(x, y, cmp). A class defining
// comparison methods has slot_tp_richcompare (and a classic instance
// instance_richcompare), which asks x's method and then, when y's type has that slot too,
// y's reflected one; a builtin type (or a class inheriting one) compares natively.
func (vm *VM) richSlot(x, y Object, cmp int) (Object, *PyError) {
	tx := x.Type()
	if !isSlotRich(tx) {
		return vm.richMethod(x, y, cmp)
	}
	r, err := vm.richMethod(x, y, cmp)
	if err != nil || r != Object(NotImplemented) {
		return r, err
	}
	if ty := y.Type(); isSlotRich(ty) && (tx.Flags&FlagClassic != 0) == (ty.Flags&FlagClassic != 0) {
		vm.Decref(r)
		return vm.richMethod(y, x, swappedOp[cmp])
	}
	return r, nil
}

// hasRich reports whether a type has rich comparison (a builtin one, or any of the six
// methods defined in a class).
func (vm *VM) hasRich(t *Type) bool {
	if t.Flags&FlagHeap == 0 {
		return builtinHasRich(t)
	}
	return isSlotRich(t) || builtinHasRich(solidBase(t))
}

// isSlotRich reports whether a class defines (or inherits from a class) any of the six
// comparison methods, which gives it slot_tp_richcompare. Every classic instance has
// instance_richcompare, which asks for the methods at each comparison.
func isSlotRich(t *Type) bool {
	if t.Flags&FlagHeap == 0 {
		return false
	}
	if t.Flags&FlagClassic != 0 {
		return true
	}
	for _, n := range richNames {
		if m := t.Lookup(n); m != nil {
			if _, isBuiltin := m.(*MethodDescr); !isBuiltin {
				return true
			}
		}
	}
	return false
}

// isClassicInstance reports whether o is an instance of an old-style class.
func isClassicInstance(o Object) bool {
	inst, ok := o.(*Instance)
	return ok && inst.Class.Flags&FlagClassic != 0
}

// solidBase is the builtin type a class's instances are laid out as.
func solidBase(t *Type) *Type {
	for _, c := range t.MRO {
		if c.Flags&FlagHeap == 0 {
			return c
		}
	}
	return ObjectType
}

// builtinHasRich lists the builtin types with a rich comparison.
func builtinHasRich(t *Type) bool {
	switch t {
	case IntType, BoolType, LongType, FloatType, StrType, UnicodeType, TupleType, ListType,
		DictType, SetType, FrozenSetType, ComplexType, WeakRefType, SliceType, MethodType,
		DictKeysType, DictItemsType, BuiltinFunctionType:
		return true
	}
	return false
}

// richMethod calls v's comparison cmp against w: a class's method when it defines one, else
// the builtin comparison of its solid base.
func (vm *VM) richMethod(v, w Object, cmp int) (Object, *PyError) {
	t := v.Type()
	if inst, ok := v.(*Instance); ok && t.Flags&FlagClassic != 0 {
		// half_richcompare: the method is an attribute of the instance.
		return vm.classicMethodOrNotImplemented(inst, richNames[cmp], w)
	}
	if t.Flags&FlagHeap != 0 {
		if m := t.Lookup(richNames[cmp]); m != nil {
			if _, isBuiltin := m.(*MethodDescr); !isBuiltin {
				return vm.callBound(m, v, t, w)
			}
		}
		if inst, ok := v.(*Instance); ok && inst.Native != nil {
			return vm.builtinRich(inst.Native, nativeIndexable(w), cmp)
		}
		return newRef(NotImplemented), nil
	}
	return vm.builtinRich(v, nativeIndexable(w), cmp)
}

// richCompareMethods are the __lt__ ... __ge__ slot wrappers of a builtin container type
// with a rich comparison: each compares natively, NotImplemented when the other operand is
// not comparable this way.
func richCompareMethods() []methodDef {
	defs := make([]methodDef, len(richNames))
	for i, n := range richNames {
		cmp, name := i, n.S
		defs[i] = methodDef{name: name, fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) != 1 {
				return nil, vm.typeErrorf("expected 1 arguments, got %d", len(args))
			}
			return vm.builtinRich(nativeIndexable(self), nativeIndexable(args[0]), cmp)
		}}
	}
	return defs
}

// builtinRich compares builtin values; NotImplemented when the pair is not comparable this
// way.
func (vm *VM) builtinRich(v, w Object, cmp int) (Object, *PyError) {
	if kv, kw := numberKind(v), numberKind(w); kv != notNumber && kw != notNumber {
		if kv == kComplex || kw == kComplex {
			if cmp != op.CmpEQ && cmp != op.CmpNE {
				return nil, vm.typeErrorf("no ordering relation is defined for complex numbers")
			}
			a, _ := vm.asComplex(v)
			b, _ := vm.asComplex(w)
			return NewBool((a == b) == (cmp == op.CmpEQ)), nil
		}
		return NewBool(cmpResult(cmp, compareNumbers(v, w))), nil
	}
	switch x := v.(type) {
	case *Str:
		switch y := w.(type) {
		case *Str:
			return NewBool(cmpResult(cmp, strings.Compare(x.S, y.S))), nil
		case *Unicode:
			u, err := vm.decodeASCII(x.S)
			if err != nil {
				err.release(vm)
				return NewBool(cmp == op.CmpNE), nil
			}
			return NewBool(cmpResult(cmp, slices.Compare(u, y.R))), nil
		}
	case *Unicode:
		switch y := w.(type) {
		case *Unicode:
			return NewBool(cmpResult(cmp, slices.Compare(x.R, y.R))), nil
		case *Str:
			u, err := vm.decodeASCII(y.S)
			if err != nil {
				err.release(vm)
				return NewBool(cmp == op.CmpNE), nil
			}
			return NewBool(cmpResult(cmp, slices.Compare(x.R, u))), nil
		}
	case *Tuple:
		if y, ok := w.(*Tuple); ok {
			return vm.compareSequences(x.Items, y.Items, cmp)
		}
	case *List:
		if y, ok := w.(*List); ok {
			x.materialize(vm)
			y.materialize(vm)
			return vm.compareSequences(x.Items, y.Items, cmp)
		}
	case *Dict:
		if y, ok := w.(*Dict); ok {
			if cmp == op.CmpEQ || cmp == op.CmpNE {
				eq, err := vm.dictEqual(x, y)
				if err != nil {
					return nil, err
				}
				return NewBool(eq == (cmp == op.CmpEQ)), nil
			}
		}
	case *Set, *FrozenSet:
		return vm.setRichCompare(v, w, cmp)
	case *dictView:
		if x.kind != dictValues {
			return vm.dictViewRichCompare(x, w, cmp)
		}
	case *Method:
		// instancemethod_richcompare: the same function bound to equal objects (or
		// both unbound).
		if y, ok := w.(*Method); ok && (cmp == op.CmpEQ || cmp == op.CmpNE) {
			eq, err := vm.EqualBool(x.Func, y.Func)
			if err == nil && eq {
				if x.Self == nil || y.Self == nil {
					eq = x.Self == y.Self
				} else {
					eq, err = vm.EqualBool(x.Self, y.Self)
				}
			}
			if err != nil {
				return nil, err
			}
			return NewBool(eq == (cmp == op.CmpEQ)), nil
		}
	case *Builtin:
		// meth_richcompare: the same builtin bound to the same object.
		if y, ok := w.(*Builtin); ok && (cmp == op.CmpEQ || cmp == op.CmpNE) {
			eq := x.Self == y.Self && x.Name == y.Name && x.Module == y.Module
			return NewBool(eq == (cmp == op.CmpEQ)), nil
		}
	}
	return newRef(NotImplemented), nil
}

// compareNumbers compares two builtin real numbers exactly (an int and a float compare by
// value, not by converting the int to float).
func compareNumbers(v, w Object) int {
	fv, vf := v.(*Float)
	fw, wf := w.(*Float)
	if vf && wf {
		return floatCmp(fv.V, fw.V)
	}
	if !vf && !wf {
		a, _ := bigOf(v)
		b, _ := bigOf(w)
		if x, ok := v.(*Int); ok {
			if y, ok := w.(*Int); ok {
				return cmp.Compare(x.V, y.V)
			}
		}
		return a.Cmp(b)
	}
	// One float, one integer.
	var f float64
	var i Object
	sign := 1
	if vf {
		f, i = fv.V, w
	} else {
		f, i = fw.V, v
		sign = -1
	}
	if math.IsNaN(f) {
		return 2 // unordered: neither < nor == nor >
	}
	if math.IsInf(f, 0) {
		if f > 0 {
			return sign
		}
		return -sign
	}
	b, _ := bigOf(i)
	bf := new(big.Float).SetInt(b)
	ff := new(big.Float).SetFloat64(f)
	return sign * ff.Cmp(bf)
}

func floatCmp(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	}
	return 2 // NaN
}

// compareSequences is the lexicographic comparison of tuples and lists: the first pair of
// items that differ (by ==) decides with the requested comparison; else the lengths.
func (vm *VM) compareSequences(a, b []Object, cmp int) (Object, *PyError) {
	if (cmp == op.CmpEQ || cmp == op.CmpNE) && len(a) != len(b) {
		return NewBool(cmp == op.CmpNE), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		eq, err := vm.EqualBool(a[i], b[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		return NewBool(compareInts(cmp, int64(len(a)), int64(len(b)))), nil
	}
	switch cmp {
	case op.CmpEQ:
		return NewBool(false), nil
	case op.CmpNE:
		return NewBool(true), nil
	}
	return vm.RichCompare(a[i], b[i], cmp)
}

// dictEqual is dict_equal: same length and every key maps to an equal value.
func (vm *VM) dictEqual(a, b *Dict) (bool, *PyError) {
	if a.used != b.used {
		return false, nil
	}
	for i := range a.table {
		e := a.table[i]
		if e.value == nil {
			continue
		}
		incref(e.value)
		bv, err := b.GetItem(vm, e.key)
		if err != nil || bv == nil {
			vm.Decref(e.value)
			return false, err
		}
		eq, err := vm.EqualBool(e.value, bv)
		vm.Decref(e.value)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// compareSlot names a type's tp_compare, the three-way comparison of CPython 2.7 that
// cmp() and the fallback of rich comparison use.
type compareSlot uint8

const (
	noCompare    compareSlot = iota
	slotCompare              // _PyObject_SlotCompare: a new-style class with __cmp__
	dictCompare              // dict_compare: by length, then the smallest differing key
	setNoCompare             // set_nocmp: sets refuse cmp()
)

// compareSlotOf is the tp_compare of a new-style type: a class's own __cmp__, else what
// it inherits from its builtin base. (Classic instances compare in classic3way.)
func compareSlotOf(t *Type) compareSlot {
	if t.Flags&FlagHeap != 0 {
		if m := t.Lookup(sCmp); m != nil {
			if _, isBuiltin := m.(*MethodDescr); !isBuiltin {
				return slotCompare
			}
		}
		t = solidBase(t)
	}
	switch t {
	case DictType:
		return dictCompare
	case SetType, FrozenSetType:
		return setNoCompare
	}
	return noCompare
}

// callCompareSlot runs a tp_compare on v and w (v's type has it): -1, 0 or 1.
func (vm *VM) callCompareSlot(slot compareSlot, v, w Object) (int, *PyError) {
	switch slot {
	case slotCompare:
		return vm.slotCompare(v, w)
	case dictCompare:
		return vm.dictCompare(asDict(v), asDict(w))
	case setNoCompare:
		return 0, vm.typeErrorf("cannot compare sets using cmp()")
	}
	panic("BUG: callCompareSlot without a compare slot")
}

// try3way is try_3way_compare: classic instances by their __cmp__, then a tp_compare the
// two types share, then a class's __cmp__ on either side; 2 means "not implemented".
func (vm *VM) try3way(v, w Object) (int, *PyError) {
	if isClassicInstance(v) || isClassicInstance(w) {
		return vm.classic3way(v, w)
	}
	sv, sw := compareSlotOf(v.Type()), compareSlotOf(w.Type())
	if sv == slotCompare || sw == slotCompare {
		return vm.slotCompare(v, w)
	}
	if sv != noCompare && sv == sw {
		return vm.callCompareSlot(sv, v, w)
	}
	return 2, nil
}

// slotCompare is _PyObject_SlotCompare: v's __cmp__, then w's reflected, and when neither
// answers, the objects' addresses (never "not implemented").
func (vm *VM) slotCompare(v, w Object) (int, *PyError) {
	if compareSlotOf(v.Type()) == slotCompare {
		if c, err := vm.halfCompare(v, w, false); err != nil || c <= 1 {
			return c, err
		}
	}
	if compareSlotOf(w.Type()) == slotCompare {
		if c, err := vm.halfCompare(w, v, false); err != nil || c <= 1 {
			return -c, err
		}
	}
	return cmp.Compare(objectID(v), objectID(w)), nil
}

// classic3way is instance_compare's half_cmp on each side that is a classic instance.
func (vm *VM) classic3way(v, w Object) (int, *PyError) {
	if isClassicInstance(v) {
		if c, err := vm.halfCompare(v, w, true); err != nil || c <= 1 {
			return c, err
		}
	}
	if isClassicInstance(w) {
		if c, err := vm.halfCompare(w, v, true); err != nil || c <= 1 {
			return -c, err
		}
	}
	return 2, nil
}

// halfCompare calls o's __cmp__ against other: -1, 0 or 1, or 2 when o has none or it
// returned NotImplemented. The result is read as PyInt_AsLong reads it; a classic
// instance's half_cmp replaces that function's error with its own.
func (vm *VM) halfCompare(o, other Object, classic bool) (int, *PyError) {
	t := o.Type()
	m := t.Lookup(sCmp)
	if m == nil {
		return 2, nil
	}
	if _, isBuiltin := m.(*MethodDescr); isBuiltin {
		return 2, nil
	}
	r, err := vm.callBound(m, o, t, other)
	if err != nil {
		return 0, err
	}
	if r == Object(NotImplemented) {
		vm.Decref(r)
		return 2, nil
	}
	c, err := vm.intAsLong(r, "Python int too large to convert to C long")
	vm.Decref(r)
	if err != nil {
		if !classic {
			return 0, err
		}
		err.release(vm)
		return 0, vm.typeErrorf("comparison did not return an int")
	}
	return cmp.Compare(c, 0), nil
}

// intAsLong is PyInt_AsLong: an int or long as it is (overflow is the OverflowError's
// message for a long out of range), anything else through its __int__ (a float
// truncates).
func (vm *VM) intAsLong(o Object, overflow string) (int64, *PyError) {
	switch x := nativeIndexable(o).(type) {
	case *Int:
		return x.V, nil
	case *Long:
		if !x.V.IsInt64() {
			return 0, vm.Raise(OverflowErrorType, overflow)
		}
		return x.V.Int64(), nil
	case *Float:
		r, err := vm.floatToIntegral(x.V, false)
		if err != nil {
			return 0, err
		}
		defer vm.Decref(r)
		return vm.intAsLong(r, overflow)
	}
	t := o.Type()
	m := t.Lookup(sInt)
	if m == nil {
		return 0, vm.typeErrorf("an integer is required")
	}
	r, err := vm.callBound(m, o, t)
	if err != nil {
		return 0, err
	}
	defer vm.Decref(r)
	switch r.(type) {
	case *Int, *Long:
		return vm.intAsLong(r, overflow)
	}
	return 0, vm.typeErrorf("__int__ method should return an integer")
}

// dictCompare is dict_compare: the shorter dict is smaller; for equal lengths, the
// smallest key of each whose value differs in the other decides, then those values.
func (vm *VM) dictCompare(a, b *Dict) (int, *PyError) {
	if a.used != b.used {
		return cmp.Compare(a.used, b.used), nil
	}
	adiff, aval, err := vm.characterize(a, b)
	if err != nil {
		return 0, err
	}
	if adiff == nil {
		return 0, nil
	}
	defer vm.Decref(adiff)
	defer vm.Decref(aval)
	bdiff, bval, err := vm.characterize(b, a)
	if err != nil {
		return 0, err
	}
	if bdiff == nil {
		// Only when a comparison made the dicts equal meanwhile.
		return 0, nil
	}
	defer vm.Decref(bdiff)
	defer vm.Decref(bval)
	c, err := vm.cmp3(adiff, bdiff)
	if err != nil || c != 0 {
		return c, err
	}
	return vm.cmp3(aval, bval)
}

// characterize finds the smallest key of a (by <) whose value b lacks or has unequal,
// with that value; both owned, nil when there is none.
func (vm *VM) characterize(a, b *Dict) (key, val Object, err *PyError) {
	for i := 0; i < len(a.table); i++ {
		e := a.table[i]
		if e.value == nil {
			continue
		}
		thisKey := newRef(e.key)
		if key != nil {
			less, err := vm.CompareBool(key, thisKey, op.CmpLT)
			if err != nil {
				vm.Decref(thisKey)
				vm.Decref(key)
				vm.Decref(val)
				return nil, nil, err
			}
			// Not the smallest, or the comparison removed the entry.
			if less || i >= len(a.table) || a.table[i].value == nil {
				vm.Decref(thisKey)
				continue
			}
		}
		thisVal := newRef(a.table[i].value)
		equal := false
		// PyDict_GetItem: an error while looking the key up counts as not found.
		bv, err := b.GetItem(vm, thisKey)
		if err != nil {
			err.release(vm)
			err, bv = nil, nil
		}
		if bv != nil {
			incref(bv)
			equal, err = vm.EqualBool(thisVal, bv)
			vm.Decref(bv)
		}
		if err != nil {
			vm.Decref(thisKey)
			vm.Decref(thisVal)
			if key != nil {
				vm.Decref(key)
				vm.Decref(val)
			}
			return nil, nil, err
		}
		if equal {
			vm.Decref(thisKey)
			vm.Decref(thisVal)
			continue
		}
		if key != nil {
			vm.Decref(key)
			vm.Decref(val)
		}
		key, val = thisKey, thisVal
	}
	return key, val, nil
}

// isNumberLike is PyNumber_Check: builtin numbers and objects with __int__ or __float__.
func (vm *VM) isNumberLike(o Object) bool {
	if numberKind(o) != notNumber || isClassicInstance(o) {
		// The type of classic instances has nb_int and nb_float, whatever the class.
		return true
	}
	t := o.Type()
	return t.Lookup(sInt) != nil || t.Lookup(sFloat) != nil
}

// typeAddressRank orders types as their addresses order them in the CPython 2.7 this
// course compares with, for default3way's last resort (types with the same name, in
// practice numbers against classic instances or number-like classes): classes live on
// the heap, below the interpreter's static types; among those, bool comes before the type
// of classic instances, which comes before int, long, float and complex.
func typeAddressRank(t *Type) int {
	if t.Flags&FlagHeap != 0 {
		return 0
	}
	switch t {
	case BoolType:
		return 1
	case InstanceTypeType:
		return 2
	case IntType:
		return 3
	case LongType:
		return 4
	case FloatType:
		return 5
	case ComplexType:
		return 6
	}
	return 7
}

// default3way is default_3way_compare: by address for the same type, None smallest,
// numbers before everything else, then by type name (tp_name), then by type address.
func (vm *VM) default3way(v, w Object) int {
	// Classic instances are all of type 'instance' (and classic classes of 'classobj').
	tv, tw := typeOf(v), typeOf(w)
	if tv == tw {
		return cmp.Compare(objectID(v), objectID(w))
	}
	if v == Object(None) {
		return -1
	}
	if w == Object(None) {
		return 1
	}
	vname, wname := cTypeName(tv), cTypeName(tw)
	if vm.isNumberLike(v) {
		vname = ""
	}
	if vm.isNumberLike(w) {
		wname = ""
	}
	if c := strings.Compare(vname, wname); c != 0 {
		return c
	}
	if c := cmp.Compare(typeAddressRank(tv), typeAddressRank(tw)); c != 0 {
		return c
	}
	if objectID(tv) < objectID(tw) {
		return -1
	}
	return 1
}

// EqualBool is v == w as a Go bool (identity implies equality, as in CPython's containers).
func (vm *VM) EqualBool(v, w Object) (bool, *PyError) {
	if v == w {
		return true, nil
	}
	return vm.CompareBool(v, w, op.CmpEQ)
}

// CompareBool is the truth of v <cmp> w.
func (vm *VM) CompareBool(v, w Object, cmp int) (bool, *PyError) {
	r, err := vm.RichCompare(v, w, cmp)
	if err != nil {
		return false, err
	}
	if r == Object(True) {
		True.RC--
		return true, nil
	}
	if r == Object(False) {
		False.RC--
		return false, nil
	}
	t, err := vm.IsTrue(r)
	vm.Decref(r)
	return t, err
}

// Contains is `item in container`. The item searched for is the left operand of each ==
// (list_contains, tuplecontains, _PySequence_IterSearch), so its __eq__ is asked first.
func (vm *VM) Contains(container, item Object) (bool, *PyError) {
	switch x := container.(type) {
	case *Dict:
		v, err := x.GetItem(vm, item)
		return v != nil, err
	case *Set:
		return vm.setContainsKey(&x.setTable, item)
	case *FrozenSet:
		return vm.setContainsKey(&x.setTable, item)
	case *Str:
		switch y := item.(type) {
		case *Str:
			return strings.Contains(x.S, y.S), nil
		case *Unicode:
			u, err := vm.decodeASCII(x.S)
			if err != nil {
				return false, err
			}
			return strings.Contains(string(u), string(y.R)), nil
		}
		return false, vm.typeErrorf("'in <string>' requires string as left operand, not %s", item.Type().Name)
	case *Unicode:
		switch y := item.(type) {
		case *Unicode:
			return strings.Contains(string(x.R), string(y.R)), nil
		case *Str:
			u, err := vm.decodeASCII(y.S)
			if err != nil {
				return false, err
			}
			return strings.Contains(string(x.R), string(u)), nil
		}
		return false, vm.typeErrorf("coercing to Unicode: need string or buffer, %s found", item.Type().Name)
	case *List:
		if x.rng != nil {
			if i, ok := item.(*Int); ok {
				return rangeContains(x.rng, i.V), nil
			}
		}
		x.materialize(vm)
		for i := 0; i < len(x.Items); i++ {
			eq, err := vm.EqualBool(item, x.Items[i])
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case *Tuple:
		for _, it := range x.Items {
			eq, err := vm.EqualBool(item, it)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	t := container.Type()
	if inst, ok := container.(*Instance); ok && t.Flags&FlagClassic != 0 {
		// instance_contains: the __contains__ attribute, else a search by iteration.
		m, err := vm.classicMethod(inst, sContains)
		if err != nil {
			return false, err
		}
		if m != nil {
			r, err := vm.Call(m, []Object{item}, nil)
			vm.Decref(m)
			if err != nil {
				return false, err
			}
			found, err := vm.IsTrue(r)
			vm.Decref(r)
			return found, err
		}
	} else if m := t.Lookup(sContains); m != nil {
		if _, isBuiltin := m.(*MethodDescr); !isBuiltin || t.Flags&FlagHeap == 0 {
			r, err := vm.callBound(m, container, t, item)
			if err != nil {
				return false, err
			}
			found, err := vm.IsTrue(r)
			vm.Decref(r)
			return found, err
		}
	}
	if inst, ok := container.(*Instance); ok && inst.Native != nil {
		return vm.Contains(inst.Native, item)
	}
	// Fall back to iteration (__iter__ or the old __getitem__ protocol).
	it, err := vm.GetIter(container)
	if err != nil {
		if err.Matches(TypeErrorType) {
			err.release(vm)
			return false, vm.typeErrorf("argument of type '%s' is not iterable", typeOf(container).Name)
		}
		return false, err
	}
	found, err := vm.iteratorContains(it, item)
	vm.Decref(it)
	return found, err
}

// iteratorContains searches an iterator for item, comparing as `in` does. (A function of
// its own, so that Contains needs no defer: with its many returns Go could not open-code
// one, and every `in` would pay for runtime.deferreturn.)
func (vm *VM) iteratorContains(it, item Object) (bool, *PyError) {
	for {
		x, err := vm.Next(it)
		if err != nil {
			return false, err
		}
		if x == nil {
			return false, nil
		}
		eq, err := vm.EqualBool(item, x)
		vm.Decref(x)
		if err != nil || eq {
			return eq, err
		}
	}
}

// rangeContains tests membership in a lazily backed range list.
func rangeContains(r *lazyRange, v int64) bool {
	if r.n == 0 {
		return false
	}
	d := v - r.start
	if d%r.step != 0 {
		return false
	}
	k := d / r.step
	return k >= 0 && k < int64(r.n)
}
