// ops.go implements the abstract object protocols the interpreter loop relies on: binary
// and unary operators (numbers first, then special methods with Python 2.7's dispatch
// order, then sequence concatenation and repetition), truth, hashing, length, subscription
// and slicing, and identity.
package vm

import (
	"math"
	"math/big"
	"slices"
	"strings"
	"unsafe"

	op "handson/interp/compile"
)

// objectID is id(o): the object's address, stable because Go's collector does not move
// heap objects.
func objectID(o Object) uintptr {
	type iface struct {
		tab  unsafe.Pointer
		data unsafe.Pointer
	}
	return uintptr((*iface)(unsafe.Pointer(&o)).data)
}

// hashPointer is _Py_HashPointer: the address rotated by 4 bits.
func hashPointer(o Object) int64 {
	y := uint64(objectID(o))
	y = (y >> 4) | (y << 60)
	x := int64(y)
	if x == -1 {
		x = -2
	}
	return x
}

// binaryOp computes a op b (a op= b when inplace) with Python 2.7's dispatch. The result
// is owned.
func (vm *VM) binaryOp(o binop, a, b Object, inplace bool) (Object, *PyError) {
	info := &binopInfo[o]
	// Builtin numbers of exact builtin types: no special method can be overridden.
	if numberKind(a) != notNumber && numberKind(b) != notNumber {
		r, err := vm.numberBinary(o, a, b)
		if r != Object(NotImplemented) {
			return r, err
		}
		// A float in a bitwise operation, or a complex where it has no meaning.
		vm.Decref(r)
		return nil, vm.typeErrorf("unsupported operand type(s) for %s%s: '%s' and '%s'",
			info.symbol, map[bool]string{true: "=", false: ""}[inplace && o != opPow], cTypeName(a.Type()), cTypeName(b.Type()))
	}
	// Fast sequence paths for exact builtin types.
	switch x := a.(type) {
	case *Str:
		switch o {
		case opAdd:
			if y, ok := b.(*Str); ok {
				return vm.NewStr(x.S + y.S), nil
			}
		case opMod:
			if _, isInst := b.(*Instance); !isInst || b.Type().Lookup(binopInfo[opMod].rnameS) == nil {
				return vm.strPercent(x, b)
			}
		}
	case *Unicode:
		if o == opMod {
			if _, isInst := b.(*Instance); !isInst || b.Type().Lookup(binopInfo[opMod].rnameS) == nil {
				return vm.unicodePercent(x, b)
			}
		}
	case *List:
		if o == opAdd {
			if y, ok := b.(*List); ok {
				if inplace {
					if err := vm.listExtend(x, y); err != nil {
						return nil, err
					}
					return newRef(x), nil
				}
				return vm.listConcat(x, y), nil
			}
		}
	}
	classic := isClassicInstance(a) || isClassicInstance(b)
	if classic {
		// Number methods of classic instances; what is left is sequence concatenation
		// and repetition, or the TypeError.
		if res, err := vm.classicBinary(o, a, b, inplace); res != nil || err != nil {
			return res, err
		}
	}
	if inplace && !classic {
		// binary_iop1: the left operand's own __iop__ (a list's in-place concatenation
		// and repetition are sequence slots, tried after the number methods below).
		if m := a.Type().Lookup(info.inameS); m != nil && !isSequenceSlot(m) {
			if res, err := vm.trySpecial(a, info.inameS, b); res != nil || err != nil {
				return res, err
			}
		}
	}
	if !classic {
		res, err := vm.binaryDispatch(o, a, b)
		if res != nil || err != nil {
			return res, err
		}
	}
	if l, ok := nativeIndexable(a).(*List); ok && inplace {
		// sq_inplace_concat and sq_inplace_repeat: the list itself changes.
		switch o {
		case opAdd:
			if err := vm.listExtendIter(l, b); err != nil {
				return nil, err
			}
			return newRef(a), nil
		case opMul:
			n, ok, err := vm.repeatCount(b)
			if err != nil {
				return nil, err
			}
			if ok {
				if err := vm.listRepeatInPlace(l, n); err != nil {
					return nil, err
				}
				return newRef(a), nil
			}
		}
	}
	// Sequence concatenation and repetition.
	switch o {
	case opAdd:
		if r, err, ok := vm.sequenceConcat(a, b); ok {
			return r, err
		}
	case opMul:
		if r, err, ok := vm.sequenceRepeat(a, b); ok {
			return r, err
		}
		// PyNumber_InPlaceMultiply repeats the right operand only when the left one
		// has no sequence methods at all (a number, None), never for an instance.
		if !inplace || !hasSequenceMethods(a) {
			if r, err, ok := vm.sequenceRepeat(b, a); ok {
				return r, err
			}
		}
	}
	return nil, vm.typeErrorf("unsupported operand type(s) for %s%s: '%s' and '%s'",
		info.symbol, map[bool]string{true: "=", false: ""}[inplace && o != opPow], cTypeName(typeOf(a)), cTypeName(typeOf(b)))
}

// binaryDispatch tries a.__op__(b) and b.__rop__(a) in CPython's order (the right
// operand's reflected method first when its type is a subclass that overrides it). It
// returns nil, nil when neither applies.
func (vm *VM) binaryDispatch(o binop, a, b Object) (Object, *PyError) {
	info := &binopInfo[o]
	ta, tb := a.Type(), b.Type()
	name := info.nameS
	rname := info.rnameS
	la := ta.Lookup(name)
	var rb Object
	if tb != ta {
		rb = tb.Lookup(rname)
		if rb != nil && rb == ta.Lookup(rname) && tb.Flags&FlagHeap == 0 {
			// Same builtin implementation on both sides: the left one covers it.
			rb = nil
		}
	}
	if o == opAdd || o == opMul {
		// The builtin sequences concatenate and repeat through sq_concat and sq_repeat,
		// which CPython tries only after both sides' number methods (sequenceConcat,
		// sequenceRepeat); their __add__ and __mul__ wrappers take no part here.
		if isSequenceSlot(la) {
			la = nil
		}
		if isSequenceSlot(rb) {
			rb = nil
		}
	}
	if rb != nil && tb.IsSubtype(ta) && rb != ta.Lookup(rname) {
		r, err := vm.callBinarySlot(rb, b, tb, a)
		if err != nil || r != Object(NotImplemented) {
			return r, err
		}
		vm.Decref(r)
		rb = nil
	}
	if la != nil {
		r, err := vm.callBinarySlot(la, a, ta, b)
		if err != nil || r != Object(NotImplemented) {
			return r, err
		}
		vm.Decref(r)
	}
	if rb != nil {
		r, err := vm.callBinarySlot(rb, b, tb, a)
		if err != nil || r != Object(NotImplemented) {
			return r, err
		}
		vm.Decref(r)
	}
	// Builtin numbers on one side, a subclass of a number on the other (with no
	// overriding methods): compute on the native values.
	na, nb := nativeNumber(a), nativeNumber(b)
	if na != nil && nb != nil && (na != a || nb != b) {
		r, err := vm.numberBinary(o, na, nb)
		if err != nil || r != Object(NotImplemented) {
			return r, err
		}
		vm.Decref(r)
	}
	return nil, nil
}

// hasSequenceMethods reports whether o's type has tp_as_sequence in CPython: the
// builtin containers and every class (classic or not), unlike numbers and None.
func hasSequenceMethods(o Object) bool {
	switch o.(type) {
	case *Instance, *Str, *Unicode, *List, *Tuple, *Dict, *Set, *FrozenSet, *XRange, *dictView:
		return true
	}
	return false
}

// isSequenceSlot reports whether m is the __add__, __mul__ or __rmul__ of str, unicode,
// list or tuple.
func isSequenceSlot(m Object) bool {
	md, ok := m.(*MethodDescr)
	if !ok {
		return false
	}
	switch md.Owner {
	case StrType, UnicodeType, ListType, TupleType:
		return true
	}
	return false
}

// callBinarySlot calls a special method found on self's type with one argument.
func (vm *VM) callBinarySlot(method, self Object, t *Type, other Object) (Object, *PyError) {
	return vm.callBound(method, self, t, other)
}

// trySpecial calls self.name(arg) if self's type defines name; nil, nil when it does not
// or when the method returned NotImplemented.
func (vm *VM) trySpecial(self Object, name *Str, arg Object) (Object, *PyError) {
	t := self.Type()
	m := t.Lookup(name)
	if m == nil {
		return nil, nil
	}
	r, err := vm.callBound(m, self, t, arg)
	if err != nil {
		return nil, err
	}
	if r == Object(NotImplemented) {
		vm.Decref(r)
		return nil, nil
	}
	return r, nil
}

// repeatCount reads the count of a sequence repetition: an int or long (clamped), or ok
// false when n is not an integer.
func (vm *VM) repeatCount(n Object) (int, bool, *PyError) {
	switch x := nativeIndexable(n).(type) {
	case *Int:
		return int(max(x.V, 0)), true, nil
	case *Long:
		// PyNumber_AsSsize_t refuses a long beyond the index range, negative ones too.
		if !x.V.IsInt64() {
			return 0, true, vm.Raise(OverflowErrorType, "cannot fit 'long' into an index-sized integer")
		}
		if x.V.Sign() <= 0 {
			return 0, true, nil
		}
		if x.V.Int64() > math.MaxInt32 {
			return 0, true, vm.Raise(OverflowErrorType, "cannot fit 'long' into an index-sized integer")
		}
		return int(x.V.Int64()), true, nil
	}
	if inst, ok := n.(*Instance); ok && inst.Native == nil {
		// PyIndex_Check holds for a class with __index__, and for every classic instance
		// (whose instance_index complains when the attribute is missing).
		if inst.Class.Flags&FlagClassic != 0 && inst.Class.Lookup(sIndex) == nil {
			return 0, true, vm.typeErrorf("object cannot be interpreted as an index")
		}
		if inst.Class.Lookup(sIndex) != nil {
			v, _, err := vm.indexSized(n, OverflowErrorType)
			if err != nil {
				return 0, true, err
			}
			if v > math.MaxInt32 {
				return 0, true, vm.Raise(MemoryErrorType, "")
			}
			return int(max(v, 0)), true, nil
		}
	}
	return 0, false, nil
}

// repeatedRefs is items repeated count times, each element a new reference.
func repeatedRefs(items []Object, count int) []Object {
	out := make([]Object, 0, len(items)*count)
	for range count {
		for _, it := range items {
			out = append(out, newRef(it))
		}
	}
	return out
}

// nativeIndexable unwraps int subclass instances for use as counts and indices.
func nativeIndexable(o Object) Object {
	if inst, ok := o.(*Instance); ok && inst.Native != nil {
		return inst.Native
	}
	return o
}

// sequenceConcat is a + b for builtin sequences; ok is false when a is not one.
func (vm *VM) sequenceConcat(a, b Object) (Object, *PyError, bool) {
	na := nativeIndexable(a)
	nb := nativeIndexable(b)
	switch x := na.(type) {
	case *Str:
		switch y := nb.(type) {
		case *Str:
			return vm.NewStr(x.S + y.S), nil, true
		case *Unicode:
			u, err := vm.decodeASCII(x.S)
			if err != nil {
				return nil, err, true
			}
			return vm.NewUnicode(append(u, y.R...)), nil, true
		}
		return nil, vm.typeErrorf("cannot concatenate 'str' and '%s' objects", typeOf(b).Name), true
	case *Unicode:
		switch y := nb.(type) {
		case *Unicode:
			r := make([]rune, 0, len(x.R)+len(y.R))
			return vm.NewUnicode(append(append(r, x.R...), y.R...)), nil, true
		case *Str:
			u, err := vm.decodeASCII(y.S)
			if err != nil {
				return nil, err, true
			}
			r := make([]rune, 0, len(x.R)+len(u))
			return vm.NewUnicode(append(append(r, x.R...), u...)), nil, true
		}
		return nil, vm.typeErrorf("coercing to Unicode: need string or buffer, %s found", typeOf(b).Name), true
	case *List:
		if y, ok := nb.(*List); ok {
			return vm.listConcat(x, y), nil, true
		}
		return nil, vm.typeErrorf("can only concatenate list (not \"%s\") to list", typeOf(b).Name), true
	case *Tuple:
		if y, ok := nb.(*Tuple); ok {
			items := make([]Object, 0, len(x.Items)+len(y.Items))
			for _, it := range x.Items {
				incref(it)
				items = append(items, it)
			}
			for _, it := range y.Items {
				incref(it)
				items = append(items, it)
			}
			return vm.NewTuple(items), nil, true
		}
		return nil, vm.typeErrorf("can only concatenate tuple (not \"%s\") to tuple", typeOf(b).Name), true
	}
	return nil, nil, false
}

// sequenceRepeat is seq * n for builtin sequences; ok is false when seq is not one.
func (vm *VM) sequenceRepeat(seq, n Object) (Object, *PyError, bool) {
	ns := nativeIndexable(seq)
	switch ns.(type) {
	case *Str, *Unicode, *List, *Tuple:
	default:
		return nil, nil, false
	}
	count, ok, err := vm.repeatCount(n)
	if err != nil {
		return nil, err, true
	}
	if !ok {
		return nil, vm.typeErrorf("can't multiply sequence by non-int of type '%s'", typeOf(n).Name), true
	}
	if err := vm.checkRepeat(seqLen(ns), count, ns); err != nil {
		return nil, err, true
	}
	switch x := ns.(type) {
	case *Str:
		return vm.NewStr(strings.Repeat(x.S, count)), nil, true
	case *Unicode:
		return vm.NewUnicode(slices.Repeat(x.R, count)), nil, true
	case *List:
		x.materialize(vm)
		return vm.NewList(repeatedRefs(x.Items, count)), nil, true
	case *Tuple:
		if count == 1 && seq == ns {
			return newRef(x), nil, true
		}
		return vm.NewTuple(repeatedRefs(x.Items, count)), nil, true
	}
	return nil, nil, false
}

// unaryOp is +x, -x, ~x and `x`.
func (vm *VM) unaryOp(opcode int, v Object) (Object, *PyError) {
	if opcode == op.UNARY_CONVERT {
		return vm.Repr(v)
	}
	switch x := v.(type) {
	case *Int:
		switch opcode {
		case op.UNARY_POSITIVE:
			if x == True || x == False {
				return vm.NewInt(x.V), nil
			}
			return newRef(x), nil
		case op.UNARY_NEGATIVE:
			if x.V == math.MinInt64 {
				b, _ := bigOf(x)
				return vm.NewLong(b.Neg(b)), nil
			}
			return vm.NewInt(-x.V), nil
		case op.UNARY_INVERT:
			return vm.NewInt(^x.V), nil
		}
	case *Long:
		r := new(big.Int)
		switch opcode {
		case op.UNARY_POSITIVE:
			return newRef(x), nil
		case op.UNARY_NEGATIVE:
			return vm.NewLong(r.Neg(x.V)), nil
		case op.UNARY_INVERT:
			return vm.NewLong(r.Not(x.V)), nil
		}
	case *Float:
		switch opcode {
		case op.UNARY_POSITIVE:
			return newRef(x), nil
		case op.UNARY_NEGATIVE:
			return vm.NewFloat(-x.V), nil
		}
		return nil, vm.typeErrorf("bad operand type for unary ~: 'float'")
	case *Complex:
		switch opcode {
		case op.UNARY_POSITIVE:
			return newRef(x), nil
		case op.UNARY_NEGATIVE:
			return vm.NewComplex(-x.V), nil
		}
	}
	name, sym := sPos, "+"
	switch opcode {
	case op.UNARY_NEGATIVE:
		name, sym = sNeg, "-"
	case op.UNARY_INVERT:
		name, sym = sInvert, "~"
	}
	if isClassicInstance(v) {
		return vm.callClassicMethod(v, name)
	}
	t := v.Type()
	if m := t.Lookup(name); m != nil {
		return vm.callBound(m, v, t)
	}
	if n := nativeNumber(v); n != nil && n != v {
		return vm.unaryOp(opcode, n)
	}
	return nil, vm.typeErrorf("bad operand type for unary %s: '%s'", sym, cTypeName(t))
}

// IsTrue is the truth value of o (PyObject_IsTrue).
func (vm *VM) IsTrue(o Object) (bool, *PyError) {
	switch x := o.(type) {
	case *Int:
		return x.V != 0, nil
	case *NoneObject:
		return false, nil
	case *Str:
		return len(x.S) != 0, nil
	case *List:
		return x.Len() != 0, nil
	case *Tuple:
		return len(x.Items) != 0, nil
	case *Dict:
		return x.used != 0, nil
	case *Float:
		return x.V != 0, nil
	case *Long:
		return x.V.Sign() != 0, nil
	case *Unicode:
		return len(x.R) != 0, nil
	case *Set:
		return x.used != 0, nil
	case *Complex:
		return x.V != 0, nil
	case *Instance:
		t := x.Class
		if t.Flags&FlagClassic != 0 {
			return vm.classicIsTrue(x)
		}
		if m := t.Lookup(sNonzero); m != nil {
			r, err := vm.callBound(m, o, t)
			if err != nil {
				return false, err
			}
			// No defer for the Decref: with this many returns Go cannot open-code a
			// defer, and every call of IsTrue would then pay for runtime.deferreturn.
			rv, isInt := r.(*Int)
			if !isInt {
				err = vm.typeErrorf("__nonzero__ should return bool or int, returned %s", r.Type().Name)
			}
			vm.Decref(r)
			return isInt && rv.V != 0, err
		}
		if m := t.Lookup(sLen); m != nil {
			n, err := vm.Len(o)
			return n != 0, err
		}
		if x.Native != nil {
			return vm.IsTrue(x.Native)
		}
		return true, nil
	}
	// PyObject_IsTrue: a builtin object with a length (xrange, a dict view, a deque's
	// ring) is true when it is not empty.
	if t := o.Type(); t.Flags&FlagHeap == 0 && t.Lookup(sLen) != nil {
		n, err := vm.Len(o)
		return n != 0, err
	}
	return true, nil
}

// classicIsTrue is instance_nonzero: __nonzero__, else __len__, found as attributes of
// the instance (so its dict and __getattr__ count); an instance with neither is true. The
// result must be a non-negative int.
func (vm *VM) classicIsTrue(inst *Instance) (bool, *PyError) {
	m, err := vm.classicMethod(inst, sNonzero)
	if err == nil && m == nil {
		m, err = vm.classicMethod(inst, sLen)
	}
	if err != nil || m == nil {
		return true, err
	}
	r, err := vm.Call(m, nil, nil)
	vm.Decref(m)
	if err != nil {
		return false, err
	}
	rv, isInt := r.(*Int)
	vm.Decref(r)
	if !isInt {
		return false, vm.typeErrorf("__nonzero__ should return an int")
	}
	if rv.V < 0 {
		return false, vm.Raise(ValueErrorType, "__nonzero__ should return >= 0")
	}
	return rv.V > 0, nil
}

// classicMethod is the attribute name of a classic instance (owned), or nil when it has
// none (an AttributeError is swallowed; other errors are returned).
func (vm *VM) classicMethod(inst *Instance, name *Str) (Object, *PyError) {
	m, err := vm.GetAttr(inst, name)
	if err != nil {
		if err.Matches(AttributeErrorType) {
			err.release(vm)
			return nil, nil
		}
		return nil, err
	}
	return m, nil
}

// classicMethodOrNotImplemented calls the classic instance's method name with other, or
// returns NotImplemented when the instance has no such attribute (as half_binop and
// half_richcompare do).
func (vm *VM) classicMethodOrNotImplemented(inst *Instance, name *Str, other Object) (Object, *PyError) {
	m, err := vm.classicMethod(inst, name)
	if err != nil || m == nil {
		if err != nil {
			return nil, err
		}
		return newRef(NotImplemented), nil
	}
	r, err := vm.Call(m, []Object{other}, nil)
	vm.Decref(m)
	return r, err
}

// callClassicMethod calls the attribute name of a classic instance, as classobject.c's
// slots do: found like any attribute (the instance dict and __getattr__ count), an
// AttributeError when it is missing.
func (vm *VM) callClassicMethod(inst Object, name *Str, args ...Object) (Object, *PyError) {
	m, err := vm.GetAttr(inst, name)
	if err != nil {
		return nil, err
	}
	r, err := vm.Call(m, args, nil)
	vm.Decref(m)
	return r, err
}

// classicBinary is a binary operator with a classic instance on either side, in
// binary_op1's order: a new-style left operand's method, then classobject.c's do_binop
// (each classic side's __coerce__ and method), then a new-style right operand's reflected
// method. For an in-place operator a classic left operand's __iop__ comes first
// (do_binop_inplace). It returns nil, nil when nothing applies.
func (vm *VM) classicBinary(o binop, a, b Object, inplace bool) (Object, *PyError) {
	info := &binopInfo[o]
	if inplace && !isClassicInstance(a) {
		// binary_iop1: a class's own __iop__ first.
		if m := a.Type().Lookup(info.inameS); m != nil && !isSequenceSlot(m) {
			r, err := vm.callBound(m, a, a.Type(), b)
			if err != nil || r != Object(NotImplemented) {
				return r, err
			}
			vm.Decref(r)
		}
	}
	if inplace && isClassicInstance(a) {
		r, err := vm.classicHalfBinop(o, a, b, info.inameS, false, true)
		if err != nil || r != Object(NotImplemented) {
			return r, err
		}
		vm.Decref(r)
		if r, err = vm.classicDoBinop(o, a, b, true); err != nil || r != Object(NotImplemented) {
			return r, err
		}
		vm.Decref(r)
		if o == opPow {
			// PyNumber_InPlacePower goes through the in-place slot only.
			return nil, nil
		}
	}
	if !isClassicInstance(a) {
		if m := a.Type().Lookup(info.nameS); m != nil && !isSequenceSlot(m) {
			r, err := vm.callBound(m, a, a.Type(), b)
			if err != nil || r != Object(NotImplemented) {
				return r, err
			}
			vm.Decref(r)
		}
	}
	// binary_op1 reaches the classic side through its non-in-place slot, so a coercion
	// there starts the plain operator again.
	r, err := vm.classicDoBinop(o, a, b, false)
	if err != nil || r != Object(NotImplemented) {
		return r, err
	}
	vm.Decref(r)
	if !isClassicInstance(b) && b.Type() != a.Type() {
		if m := b.Type().Lookup(info.rnameS); m != nil && !isSequenceSlot(m) {
			r, err := vm.callBound(m, b, b.Type(), a)
			if err != nil || r != Object(NotImplemented) {
				return r, err
			}
			vm.Decref(r)
		}
	}
	return nil, nil
}

// classicDoBinop is do_binop: the left operand's __op__, then the right one's __rop__,
// each only for a classic instance; NotImplemented when neither answers.
func (vm *VM) classicDoBinop(o binop, a, b Object, inplace bool) (Object, *PyError) {
	info := &binopInfo[o]
	r, err := vm.classicHalfBinop(o, a, b, info.nameS, false, inplace)
	if err != nil || r != Object(NotImplemented) {
		return r, err
	}
	vm.Decref(r)
	return vm.classicHalfBinop(o, b, a, info.rnameS, true, inplace)
}

// classicHalfBinop is half_binop: for a classic instance v, its __coerce__(w) may turn the
// pair into other values, on which the whole operator starts again (swapped back when v
// was the right operand); otherwise, or when v coerces to a classic instance, v's method
// name is called with w. NotImplemented when v is not classic or lacks the method.
func (vm *VM) classicHalfBinop(o binop, v, w Object, name *Str, swapped, inplace bool) (Object, *PyError) {
	if !isClassicInstance(v) {
		return newRef(NotImplemented), nil
	}
	coerce, err := vm.classicMethod(v.(*Instance), sCoerce)
	if err != nil {
		return nil, err
	}
	if coerce != nil {
		coerced, err := vm.Call(coerce, []Object{w}, nil)
		vm.Decref(coerce)
		if err != nil {
			return nil, err
		}
		defer vm.Decref(coerced)
		if coerced != Object(None) && coerced != Object(NotImplemented) {
			pair, ok := coerced.(*Tuple)
			if !ok || len(pair.Items) != 2 {
				return nil, vm.typeErrorf("coercion should return None or 2-tuple")
			}
			v, w = pair.Items[0], pair.Items[1]
			if !isClassicInstance(v) {
				return vm.enterRecursive(" after coercion", func() (Object, *PyError) {
					if swapped {
						return vm.binaryOp(o, w, v, inplace)
					}
					return vm.binaryOp(o, v, w, inplace)
				})
			}
		}
	}
	return vm.classicMethodOrNotImplemented(v.(*Instance), name, w)
}

// Hash is hash(o).
func (vm *VM) Hash(o Object) (int64, *PyError) {
	switch x := o.(type) {
	case *Str:
		return x.Hash(), nil
	case *Int:
		return hashInt(x.V), nil
	case *Long:
		return hashBig(x.V), nil
	case *Float:
		return hashFloat(x.V), nil
	case *Tuple:
		return vm.hashTuple(x)
	case *Unicode:
		return hashUnicode(x.R), nil
	case *NoneObject, *Type, *Function, *Builtin, *Code, *Module, *Generator, *File, *Cell, *Frame:
		return hashPointer(o), nil
	case *Method:
		// Hash of a bound method combines self and function (meth_hash).
		h1 := hashPointer(x.Func)
		var h2 int64
		if x.Self != nil {
			var err *PyError
			h2, err = vm.Hash(x.Self)
			if err != nil {
				return 0, err
			}
		}
		r := h1 ^ h2
		if r == -1 {
			r = -2
		}
		return r, nil
	case *FrozenSet:
		return vm.hashFrozenSet(x)
	case *Complex:
		hr := hashFloat(real(x.V))
		hi := hashFloat(imag(x.V))
		r := hr + 1000003*hi
		if r == -1 {
			r = -2
		}
		return r, nil
	case *List, *Dict, *Set:
		return 0, vm.typeErrorf("unhashable type: '%s'", cTypeName(o.Type()))
	case *Slice:
		// slice_hash refuses, without naming the type.
		return 0, vm.typeErrorf("unhashable type")
	case *dictView:
		// Keys and items views compare, so they have no hash; values views hash by
		// address.
		if x.kind != dictValues {
			return 0, vm.typeErrorf("unhashable type: '%s'", cTypeName(o.Type()))
		}
		return hashPointer(o), nil
	case *WeakRef:
		return vm.hashWeakRef(x)
	}
	if isClassicInstance(o) {
		return vm.classicHash(o)
	}
	t := o.Type()
	if m := t.Lookup(sHash); m != nil {
		if _, isBuiltin := m.(*MethodDescr); !isBuiltin {
			if m == Object(None) {
				return 0, vm.typeErrorf("unhashable type: '%s'", cTypeName(t))
			}
			r, err := vm.callBound(m, o, t)
			if err != nil {
				return 0, err
			}
			// slot_tp_hash: a long hashes as a long; anything else is read with
			// PyInt_AsLong (an int as itself, a float truncated).
			var h int64
			if l, isLong := nativeIndexable(r).(*Long); isLong {
				h = hashBig(l.V)
			} else {
				h, err = vm.intAsLong(r, "Python int too large to convert to C long")
				if h == -1 {
					h = -2
				}
			}
			vm.Decref(r)
			return h, err
		}
		// A builtin __hash__ inherited from a builtin base.
		if inst, ok := o.(*Instance); ok && inst.Native != nil {
			switch inst.Native.(type) {
			case *List, *Dict, *Set:
				return 0, vm.typeErrorf("unhashable type: '%s'", cTypeName(t))
			}
			return vm.Hash(inst.Native)
		}
	}
	return hashPointer(o), nil
}

// classicHash is instance_hash: the instance's __hash__, which must return an int or
// long; without one, the address, unless the instance has __eq__ or __cmp__ (then it is
// unhashable).
func (vm *VM) classicHash(o Object) (int64, *PyError) {
	inst := o.(*Instance)
	m, err := vm.classicMethod(inst, sHash)
	if err != nil {
		return 0, err
	}
	if m == nil {
		for _, name := range []*Str{richNames[op.CmpEQ], sCmp} {
			other, err := vm.classicMethod(inst, name)
			if err != nil {
				return 0, err
			}
			if other != nil {
				vm.Decref(other)
				return 0, vm.typeErrorf("unhashable instance")
			}
		}
		return hashPointer(o), nil
	}
	r, err := vm.Call(m, nil, nil)
	vm.Decref(m)
	if err != nil {
		return 0, err
	}
	defer vm.Decref(r)
	switch r.(type) {
	case *Int, *Long:
		return vm.Hash(r)
	}
	return 0, vm.typeErrorf("__hash__() should return an int")
}

// hashTuple is CPython 2.7's tuplehash.
func (vm *VM) hashTuple(t *Tuple) (int64, *PyError) {
	x := int64(0x345678)
	mult := int64(1000003)
	n := int64(len(t.Items))
	for _, it := range t.Items {
		n--
		y, err := vm.Hash(it)
		if err != nil {
			return 0, err
		}
		x = (x ^ y) * mult
		mult += 82520 + n + n
	}
	x += 97531
	if x == -1 {
		x = -2
	}
	return x, nil
}

// Len is len(o).
func (vm *VM) Len(o Object) (int, *PyError) {
	switch x := o.(type) {
	case *Str:
		return len(x.S), nil
	case *List:
		return x.Len(), nil
	case *Tuple:
		return len(x.Items), nil
	case *Dict:
		return x.used, nil
	case *Unicode:
		return len(x.R), nil
	case *Set:
		return x.used, nil
	case *FrozenSet:
		return x.used, nil
	}
	if inst, ok := o.(*Instance); ok && inst.Class.Flags&FlagClassic != 0 {
		return vm.classicLen(inst)
	}
	t := o.Type()
	if m := t.Lookup(sLen); m != nil {
		if _, isBuiltin := m.(*MethodDescr); !isBuiltin || t.Flags&FlagHeap == 0 {
			r, err := vm.callBound(m, o, t)
			if err != nil {
				return 0, err
			}
			// slot_sq_length reads the result with PyInt_AsSsize_t: a long that fits, or
			// anything with __int__, will do.
			n, err := vm.intAsLong(r, "long int too large to convert to int")
			vm.Decref(r)
			if err != nil {
				return 0, err
			}
			if n < 0 {
				return 0, vm.Raise(ValueErrorType, "__len__() should return >= 0")
			}
			return int(n), nil
		}
	}
	if inst, ok := o.(*Instance); ok && inst.Native != nil {
		return vm.Len(inst.Native)
	}
	return 0, vm.typeErrorf("object of type '%s' has no len()", cTypeName(t))
}

// classicLen is instance_length: the __len__ attribute (an AttributeError when there is
// none), which must return a non-negative int.
func (vm *VM) classicLen(inst *Instance) (int, *PyError) {
	m, err := vm.GetAttr(inst, sLen)
	if err != nil {
		return 0, err
	}
	r, err := vm.Call(m, nil, nil)
	vm.Decref(m)
	if err != nil {
		return 0, err
	}
	rv, isInt := r.(*Int)
	vm.Decref(r)
	if !isInt {
		return 0, vm.typeErrorf("__len__() should return an int")
	}
	if rv.V < 0 {
		return 0, vm.Raise(ValueErrorType, "__len__() should return >= 0")
	}
	return int(rv.V), nil
}

// Limits on single allocations. CPython raises MemoryError when malloc fails; Go cannot
// recover from running out of memory, so absurd sizes are refused up front instead.
const (
	maxSeqItems = 1 << 27 // items in one list, tuple or unicode string
	maxStrBytes = 1 << 30 // bytes in one str
	maxLongBits = 1 << 30 // bits in one long
)

// seqLen is the length of a builtin sequence.
func seqLen(o Object) int {
	switch x := o.(type) {
	case *Str:
		return len(x.S)
	case *Unicode:
		return len(x.R)
	case *List:
		return x.Len()
	case *Tuple:
		return len(x.Items)
	}
	return 0
}

// checkRepeat refuses a repetition whose result would be too big.
func (vm *VM) checkRepeat(n, count int, seq Object) *PyError {
	if n == 0 || count == 0 {
		return nil
	}
	limit := maxSeqItems
	if _, ok := seq.(*Str); ok {
		limit = maxStrBytes
	}
	if count > limit/n {
		return vm.Raise(MemoryErrorType, "")
	}
	return nil
}

// CheckStrSize refuses to build a str of n bytes when that is beyond what one allocation
// may take (for methods such as ljust and center that take a size from the program).
func (vm *VM) CheckStrSize(n int) *PyError {
	if n > maxStrBytes || n < 0 {
		return vm.Raise(MemoryErrorType, "")
	}
	return nil
}
