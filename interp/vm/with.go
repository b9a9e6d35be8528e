// with.go implements WITH_CLEANUP, the end of a with statement: the context manager's
// __exit__ (kept on the stack under the finally state) is called with the exception, if any,
// and a true result suppresses it.
package vm

// withCleanup performs WITH_CLEANUP on frame f's stack (sp points past the top).
func (vm *VM) withCleanup(f *Frame, sp *int) *PyError {
	s := f.Slots
	top := *sp - 1
	u := s[top]
	var exitFn Object
	var v, w Object = None, None
	excCase := false
	switch x := u.(type) {
	case *NoneObject:
		// [exit, None] -> [None]
		exitFn = s[top-1]
		s[top-1] = u
		*sp = top
	case *Int:
		if x != True && x != False && (x.V == whyReturn || x.V == whyContinue) {
			// [exit, retval, why] -> [retval, why]
			exitFn = s[top-2]
			s[top-2] = s[top-1]
			s[top-1] = u
			*sp = top
		} else {
			// [exit, why] -> [why]
			exitFn = s[top-1]
			s[top-1] = u
			*sp = top
		}
		u = None
	default:
		// [exit, tb, value, type] -> [tb, value, type]
		excCase = true
		v = s[top-1]
		w = s[top-2]
		exitFn = s[top-3]
		s[top-3] = w
		s[top-2] = v
		s[top-1] = u
		*sp = top
	}
	s[*sp] = nil
	res, err := vm.Call(exitFn, []Object{u, v, w}, nil)
	vm.Decref(exitFn)
	if err != nil {
		return err
	}
	suppress := false
	if excCase {
		t, err := vm.IsTrue(res)
		if err != nil {
			vm.Decref(res)
			return err
		}
		suppress = t
	}
	vm.Decref(res)
	if suppress {
		// Replace the exception triple by a single None for END_FINALLY.
		tb, val, typ := s[*sp-3], s[*sp-2], s[*sp-1]
		*sp -= 2
		s[*sp-1] = noneRef()
		vm.Decref(typ)
		vm.Decref(val)
		vm.Decref(tb)
	}
	return nil
}
