// excstate.go keeps Python 2.7's exception state: the exception being handled
// (sys.exc_info()), saved in a frame when that frame catches one and restored when the frame
// exits; and the raise statement's forms.
package vm

// setExcInfo is set_exc_info: frame f is entering an except clause for e. The previous
// state is saved in the frame the first time, then e becomes the handled exception.
func (vm *VM) setExcInfo(f *Frame, e *PyError) {
	if !f.excSaved {
		f.excSaved = true
		f.excType, f.excValue, f.excTBk = vm.excType, vm.excValue, vm.excTB
		xincref(f.excType)
		xincref(f.excValue)
		xincref(f.excTBk)
	}
	oldT, oldV, oldTB := vm.excType, vm.excValue, vm.excTB
	t := e.Value.Type()
	incref(t)
	incref(e.Value)
	vm.excType, vm.excValue = t, e.Value
	if e.Traceback != nil {
		incref(e.Traceback)
		vm.excTB = e.Traceback
	} else {
		vm.excTB = noneRef()
	}
	vm.Xdecref(oldT)
	vm.Xdecref(oldV)
	vm.Xdecref(oldTB)
}

// resetExcInfo is reset_exc_info: frame f exits (return, exception or yield) and the
// exception state it saved comes back.
func (vm *VM) resetExcInfo(f *Frame) {
	oldT, oldV, oldTB := vm.excType, vm.excValue, vm.excTB
	vm.excType, vm.excValue, vm.excTB = f.excType, f.excValue, f.excTBk
	f.excType, f.excValue, f.excTBk = nil, nil, nil
	f.excSaved = false
	vm.Xdecref(oldT)
	vm.Xdecref(oldV)
	vm.Xdecref(oldTB)
}

// excInfo returns the handled exception (borrowed), with None for each part when none.
func (vm *VM) excInfo() (t, v, tb Object) {
	if vm.excType == nil || vm.excType == Object(None) {
		return None, None, None
	}
	t, v, tb = vm.excType, vm.excValue, vm.excTB
	if v == nil {
		v = None
	}
	if tb == nil {
		tb = None
	}
	return
}

// restoreException rebuilds a PyError from the (type, value, traceback) triple that an
// except or finally clause kept on the stack (owned references, given up here).
func (vm *VM) restoreException(t, value, tb Object) *PyError {
	e := &PyError{}
	if inst, ok := value.(*Instance); ok && (inst.Class.IsSubtype(BaseExceptionType) || inst.Class.Flags&FlagClassic != 0) {
		e.Value = value
	} else {
		// A value that is not an instance yet (raise E, arg kept by a finally): make one.
		cls, _ := t.(*Type)
		if cls == nil {
			cls = TypeErrorType
		}
		norm, err := vm.normalizeException(cls, value)
		vm.Decref(value)
		if err != nil {
			vm.Decref(t)
			vm.Xdecref(tb)
			return err
		}
		e.Value = norm
	}
	vm.Decref(t)
	if tbo, ok := tb.(*Traceback); ok {
		e.Traceback = tbo
	} else if tb != nil {
		vm.Decref(tb)
	}
	return e
}

// normalizeException makes an exception instance from a class and a value: the value
// itself when it already is an instance of the class, else cls(*value) for a tuple,
// cls() for None, cls(value) otherwise. The result is owned.
func (vm *VM) normalizeException(cls *Type, value Object) (Object, *PyError) {
	if value != nil && value.Type().IsSubtype(cls) {
		incref(value)
		return value, nil
	}
	var args []Object
	switch v := value.(type) {
	case nil, *NoneObject:
	case *Tuple:
		args = v.Items
	default:
		args = []Object{value}
	}
	inst, err := vm.Call(cls, args, nil)
	if err != nil {
		return nil, err
	}
	if !inst.Type().IsSubtype(BaseExceptionType) && inst.Type().Flags&FlagClassic == 0 {
		defer vm.Decref(inst)
		r1, _ := vm.ReprString(cls)
		r2, _ := vm.ReprString(inst)
		return nil, vm.typeErrorf("calling %s should have returned an instance of BaseException, not %s", r1, r2)
	}
	return inst, nil
}

// doRaise is the raise statement with its 0 to 3 operands (owned, nil when absent). It
// returns the exception and whyReraise when the traceback must not get this frame again
// (a bare raise, or an explicit traceback).
func (vm *VM) doRaise(t, value, tb Object) (*PyError, int) {
	if t == nil {
		// Re-raise the exception being handled.
		et, ev, etb := vm.excInfo()
		if et == Object(None) {
			return vm.typeErrorf("exceptions must be old-style classes or derived from BaseException, not NoneType"), whyException
		}
		e := &PyError{Value: ev}
		incref(ev)
		if tbo, ok := etb.(*Traceback); ok {
			incref(tbo)
			e.Traceback = tbo
		}
		return e, whyReraise
	}
	var tbo *Traceback
	if tb != nil {
		if x, ok := tb.(*Traceback); ok {
			tbo = x
		} else {
			isNone := tb == Object(None)
			vm.Decref(tb)
			if !isNone {
				vm.Decref(t)
				vm.Xdecref(value)
				return vm.typeErrorf("raise: arg 3 must be a traceback or None"), whyException
			}
		}
	}
	exc, err := vm.raisedInstance(t, value)
	vm.Decref(t)
	vm.Xdecref(value)
	if err != nil {
		if tbo != nil {
			vm.Decref(tbo)
		}
		return err, whyException
	}
	e := &PyError{Value: exc, Traceback: tbo}
	if tbo != nil {
		return e, whyReraise
	}
	return e, whyException
}

// isExceptionClass is PyExceptionClass_Check: a classic class or a subclass of
// BaseException.
func isExceptionClass(o Object) bool {
	cls, ok := o.(*Type)
	return ok && (cls.Flags&FlagClassic != 0 || cls.IsSubtype(BaseExceptionType))
}

// raisedInstance is the exception instance `raise t, value` raises (t and value borrowed;
// value may be nil).
func (vm *VM) raisedInstance(t, value Object) (Object, *PyError) {
	// A tuple raises its first item, repeatedly.
	for {
		tt, ok := t.(*Tuple)
		if !ok || len(tt.Items) == 0 {
			break
		}
		t = tt.Items[0]
	}
	if cls, ok := t.(*Type); ok {
		if !cls.IsSubtype(BaseExceptionType) && cls.Flags&FlagClassic == 0 {
			return nil, vm.typeErrorf("exceptions must be old-style classes or derived from BaseException, not %s", t.Type().Name)
		}
		return vm.normalizeException(cls, value)
	}
	if t.Type().IsSubtype(BaseExceptionType) || t.Type().Flags&FlagClassic != 0 {
		if value != nil && value != Object(None) {
			return nil, vm.typeErrorf("instance exception may not have a separate value")
		}
		incref(t)
		return t, nil
	}
	return nil, vm.typeErrorf("exceptions must be old-style classes or derived from BaseException, not %s", t.Type().Name)
}
