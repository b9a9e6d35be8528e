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

// tryRichCompare is try_rich_compare: the reflected method of a subclass first, then v's
// method, then w's reflected one.
func (vm *VM) tryRichCompare(v, w Object, cmp int) (Object, *PyError) {
	tv, tw := v.Type(), w.Type()
	if tv != tw && tw.IsSubtype(tv) && vm.hasRich(tw) {
		r, err := vm.richMethod(w, v, swappedOp[cmp])
		if err != nil || r != Object(NotImplemented) {
			return r, err
		}
		vm.Decref(r)
	}
	if vm.hasRich(tv) {
		r, err := vm.richMethod(v, w, cmp)
		if err != nil || r != Object(NotImplemented) {
			return r, err
		}
		vm.Decref(r)
	}
	if vm.hasRich(tw) {
		return vm.richMethod(w, v, swappedOp[cmp])
	}
	return newRef(NotImplemented), nil
}

// hasRich reports whether a type has rich comparison (a builtin one, or any of the six
// methods defined in a class).
func (vm *VM) hasRich(t *Type) bool {
	if t.Flags&FlagHeap == 0 {
		return builtinHasRich(t)
	}
	for _, n := range richNames {
		if m := t.Lookup(n); m != nil {
			if _, isBuiltin := m.(*MethodDescr); !isBuiltin {
				return true
			}
		}
	}
	return builtinHasRich(solidBase(t))
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
		DictType, SetType, FrozenSetType, ComplexType, WeakRefType, SliceType, MethodType:
		return true
	}
	return false
}

// richMethod calls v's comparison cmp against w: a class's method when it defines one, else
// the builtin comparison of its solid base.
func (vm *VM) richMethod(v, w Object, cmp int) (Object, *PyError) {
	t := v.Type()
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

// try3way tries __cmp__ (user classes) and number coercion; 2 means "not implemented".
func (vm *VM) try3way(v, w Object) (int, *PyError) {
	for i, o := range []Object{v, w} {
		t := o.Type()
		if t.Flags&FlagHeap == 0 {
			continue
		}
		m := t.Lookup(sCmp)
		if m == nil {
			continue
		}
		other := w
		if i == 1 {
			other = v
		}
		r, err := vm.callBound(m, o, t, other)
		if err != nil {
			return 0, err
		}
		if r == Object(NotImplemented) {
			vm.Decref(r)
			continue
		}
		c, ok, err := vm.indexValue(r)
		vm.Decref(r)
		if err != nil {
			return 0, err
		}
		if !ok {
			return 0, vm.typeErrorf("comparison did not return an int")
		}
		s := 0
		if c < 0 {
			s = -1
		} else if c > 0 {
			s = 1
		}
		if i == 1 {
			s = -s
		}
		return s, nil
	}
	return 2, nil
}

// isNumberLike is PyNumber_Check: builtin numbers and objects with __int__ or __float__.
func (vm *VM) isNumberLike(o Object) bool {
	if numberKind(o) != notNumber {
		return true
	}
	t := o.Type()
	return t.Lookup(sInt) != nil || t.Lookup(sFloat) != nil
}

// default3way is default_3way_compare: by address for the same type, None smallest,
// numbers before everything else, then by type name, then by type address.
func (vm *VM) default3way(v, w Object) int {
	tv, tw := v.Type(), w.Type()
	if tv == tw {
		return cmp.Compare(objectID(v), objectID(w))
	}
	if v == Object(None) {
		return -1
	}
	if w == Object(None) {
		return 1
	}
	vname, wname := tv.Name, tw.Name
	if vm.isNumberLike(v) {
		vname = ""
	}
	if vm.isNumberLike(w) {
		wname = ""
	}
	if c := strings.Compare(vname, wname); c != 0 {
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
		return x.contains(vm, item)
	case *FrozenSet:
		return x.contains(vm, item)
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
	if m := t.Lookup(sContains); m != nil {
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
			return false, vm.typeErrorf("argument of type '%s' is not iterable", t.Name)
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
