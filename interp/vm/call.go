// call.go is how objects are called: the CALL_FUNCTION family from the value stack, the
// binding of arguments to a Python function's parameters with CPython 2.7's error messages,
// and Call for everything else (builtins, classes, bound methods, callable instances).
package vm

import (
	"handson/gcsim"
	op "handson/interp/compile"
)

// callFromStack performs CALL_FUNCTION and its _VAR/_KW variants: the callable and its
// arguments are on f's value stack (na positional, then nk key/value pairs); star and
// starstar are the extra *args and **kwargs (borrowed) or nil. The callable and arguments
// are popped (last first, as CPython does) after the call; the result is owned.
func (vm *VM) callFromStack(f *Frame, sp *int, na, nk int, star, starstar Object) (Object, *PyError) {
	slots := f.Slots
	funcIdx := *sp - na - 2*nk - 1
	fn := slots[funcIdx]
	argStart := funcIdx + 1
	ownsFn := false
	// A bound method: its self replaces it on the stack and becomes the first argument,
	// so no new argument array is needed (what call_function does).
	if m, ok := fn.(*Method); ok && m.Self != nil {
		incref(m.Self)
		incref(m.Func)
		slots[funcIdx] = m.Self
		fn = m.Func
		vm.Decref(m)
		ownsFn = true
		argStart = funcIdx
		na++
	}
	result, err := vm.callWithArgs(fn, slots[argStart:*sp], na, nk, star, starstar)
	if ownsFn {
		vm.Decref(fn)
	}
	for *sp > funcIdx {
		*sp--
		o := slots[*sp]
		slots[*sp] = nil
		vm.Decref(o)
	}
	return result, err
}

// callWithArgs calls fn with positional args stack[:na] and key/value pairs after them.
func (vm *VM) callWithArgs(fn Object, stack []Object, na, nk int, star, starstar Object) (Object, *PyError) {
	if nk == 0 && star == nil && starstar == nil {
		if pf, ok := fn.(*Function); ok {
			return vm.callFunction(pf, stack[:na], nil)
		}
		return vm.callObject(fn, stack[:na], nil)
	}
	args := stack[:na]
	var kwargs *Dict
	if nk > 0 || starstar != nil {
		kwargs = vm.NewDict()
		defer vm.Decref(kwargs)
	}
	for i := 0; i < nk; i++ {
		k := stack[na+2*i]
		v := stack[na+2*i+1]
		if kwargs.GetStr(k.(*Str)) != nil {
			return nil, vm.typeErrorf("%s got multiple values for keyword argument '%s'", vm.funcDescription(fn), k.(*Str).S)
		}
		kwargs.SetStr(vm, vm.internStr(k.(*Str)), v)
	}
	if star != nil {
		items, err := vm.starArgs(fn, star)
		if err != nil {
			return nil, err
		}
		defer func() {
			for _, it := range items {
				vm.Decref(it)
			}
		}()
		if len(items) > 0 {
			all := make([]Object, 0, na+len(items))
			all = append(all, args...)
			all = append(all, items...)
			args = all
		}
	}
	if starstar != nil {
		if err := vm.mergeStarStar(fn, kwargs, starstar); err != nil {
			return nil, err
		}
	}
	if kwargs != nil && kwargs.Len() == 0 {
		kwargs = nil
	}
	if pf, ok := fn.(*Function); ok {
		return vm.callFunction(pf, args, kwargs)
	}
	return vm.callObject(fn, args, kwargs)
}

// starArgs turns the *args operand into a slice of owned references.
func (vm *VM) starArgs(fn, star Object) ([]Object, *PyError) {
	if t, ok := star.(*Tuple); ok {
		out := make([]Object, len(t.Items))
		for i, o := range t.Items {
			incref(o)
			out[i] = o
		}
		return out, nil
	}
	items, err := vm.iterateAll(star)
	if err != nil {
		// ext_call_fail: any TypeError of making the tuple is reported so, unless a
		// generator raised it.
		if _, isGen := star.(*Generator); err.Matches(TypeErrorType) && !isGen {
			err.release(vm)
			return nil, vm.typeErrorf("%s argument after * must be an iterable, not %s", vm.funcDescription(fn), typeOf(star).Name)
		}
		return nil, err
	}
	return items, nil
}

// mergeStarStar adds the **kwargs operand to kwargs.
func (vm *VM) mergeStarStar(fn Object, kwargs *Dict, starstar Object) *PyError {
	d, ok := starstar.(*Dict)
	if !ok {
		keys, err := vm.CallMethod(starstar, "keys")
		if err != nil {
			if err.Matches(AttributeErrorType) {
				err.release(vm)
				return vm.typeErrorf("%s argument after ** must be a mapping, not %s", vm.funcDescription(fn), typeOf(starstar).Name)
			}
			return err
		}
		ks, err := vm.iterateAll(keys)
		vm.Decref(keys)
		if err != nil {
			return err
		}
		defer func() {
			for _, k := range ks {
				vm.Decref(k)
			}
		}()
		for _, k := range ks {
			v, err := vm.GetItem(starstar, k)
			if err != nil {
				return err
			}
			if err := vm.addKeyword(fn, kwargs, k, v); err != nil {
				vm.Decref(v)
				return err
			}
			vm.Decref(v)
		}
		return nil
	}
	pos := 0
	for {
		k, v, ok := d.Next(&pos)
		if !ok {
			return nil
		}
		if err := vm.addKeyword(fn, kwargs, k, v); err != nil {
			return err
		}
	}
}

func (vm *VM) addKeyword(fn Object, kwargs *Dict, k, v Object) *PyError {
	ks, ok := k.(*Str)
	if u, isUnicode := k.(*Unicode); isUnicode {
		// A unicode keyword (from **) stays unicode, as CPython passes it on.
		found, err := kwargs.GetItem(vm, u)
		if err != nil {
			return err
		}
		if found != nil {
			return vm.typeErrorf("%s got multiple values for keyword argument '%s'", vm.funcDescription(fn), string(u.R))
		}
		return kwargs.SetItem(vm, u, v)
	}
	if !ok {
		return vm.typeErrorf("%s keywords must be strings", vm.funcDescription(fn))
	}
	if kwargs.GetStr(ks) != nil {
		return vm.typeErrorf("%s got multiple values for keyword argument '%s'", vm.funcDescription(fn), ks.S)
	}
	kwargs.SetStr(vm, vm.internStr(ks), v)
	return nil
}

// funcDescription names a callable in call errors: `f()` for functions, `NAME()` for
// others.
func (vm *VM) funcDescription(fn Object) string {
	switch x := fn.(type) {
	case *Function:
		return x.Code.Name + "()"
	case *Method:
		return vm.funcDescription(x.Func)
	case *Builtin:
		return x.Name + "()"
	case *Type:
		// PyEval_GetFuncName and PyEval_GetFuncDesc: a classic class is a constructor; a
		// new-style one is named by its metaclass.
		if x.Flags&FlagClassic != 0 {
			return x.Name + " constructor"
		}
		return x.Type().Name + " object"
	case *Instance:
		if x.Class.Flags&FlagClassic != 0 {
			return x.Class.Name + " instance"
		}
	}
	return fn.Type().Name + " object"
}

// callClassicInstance is instance_call: the instance's __call__ attribute, which an
// AttributeError says it lacks.
func (vm *VM) callClassicInstance(inst *Instance, args []Object, kwargs *Dict) (Object, *PyError) {
	m, err := vm.classicMethod(inst, sCall)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, vm.Raisef(AttributeErrorType, "%s instance has no __call__ method", inst.Class.Name)
	}
	defer vm.Decref(m)
	return vm.enterRecursive(" in __call__", func() (Object, *PyError) {
		return vm.Call(m, args, kwargs)
	})
}

// callMethodObject calls the method m found on type t for self, with args and kwargs.
func (vm *VM) callMethodObject(m, self Object, t *Type, args []Object, kwargs *Dict) (Object, *PyError) {
	if f, ok := m.(*Function); ok {
		return vm.callWithSelf(f, self, args, kwargs)
	}
	bound, err := vm.descrGet(m, self, t)
	if err != nil {
		return nil, err
	}
	res, err := vm.Call(bound, args, kwargs)
	vm.Decref(bound)
	return res, err
}

// Call calls any callable with borrowed args and kwargs; the result is owned.
func (vm *VM) Call(fn Object, args []Object, kwargs *Dict) (Object, *PyError) {
	if pf, ok := fn.(*Function); ok {
		return vm.callFunction(pf, args, kwargs)
	}
	return vm.callObject(fn, args, kwargs)
}

// callObject calls a callable that is not a plain Python function.
func (vm *VM) callObject(fn Object, args []Object, kwargs *Dict) (Object, *PyError) {
	switch x := fn.(type) {
	case *Builtin:
		if kwargs != nil && x.kw != kwAccepted {
			if err := vm.refuseKeywords(x.kw, x.Name, kwargs); err != nil {
				return nil, err
			}
		}
		vm.holding++
		res, err := x.Fn(vm, x.Self, args, kwargs)
		vm.release()
		return res, err
	case *Method:
		if x.Self != nil {
			if f, ok := x.Func.(*Function); ok {
				return vm.callWithSelf(f, x.Self, args, kwargs)
			}
			all := make([]Object, len(args)+1)
			all[0] = x.Self
			copy(all[1:], args)
			return vm.Call(x.Func, all, kwargs)
		}
		// Unbound method: the first argument must be an instance of the class.
		if len(args) == 0 || !vm.isInstanceOf(args[0], x.Class) {
			got := "nothing"
			if len(args) > 0 {
				got = vm.describeInstance(args[0])
			}
			return nil, vm.typeErrorf("unbound method %s() must be called with %s instance as first argument (got %s instead)",
				vm.callableName(x.Func), className(x.Class), got)
		}
		return vm.Call(x.Func, args, kwargs)
	case *Type:
		if x.Meta != nil {
			// A metaclass defining __call__ (slot_tp_call) decides what calling its
			// classes does; type.__call__ is callType.
			if m := x.Meta.Lookup(sCall); m != nil {
				if _, isBuiltin := m.(*MethodDescr); !isBuiltin {
					return vm.callMethodObject(m, x, x.Meta, args, kwargs)
				}
			}
		}
		vm.depth++
		if vm.depth > vm.recursionLimit {
			vm.depth--
			return nil, vm.Raise(RuntimeErrorType, "maximum recursion depth exceeded while calling a Python object")
		}
		res, err := vm.callType(x, args, kwargs)
		vm.depth--
		return res, err
	case *MethodDescr:
		if x.static {
			if kwargs != nil && x.kw != kwAccepted {
				if err := vm.refuseKeywords(x.kw, x.Name, kwargs); err != nil {
					return nil, err
				}
			}
			vm.holding++
			res, err := x.Fn(vm, nil, args, kwargs)
			vm.release()
			return res, err
		}
		if len(args) == 0 {
			return nil, vm.typeErrorf("descriptor '%s' of '%s' object needs an argument", x.Name, x.Owner.Name)
		}
		if !args[0].Type().IsSubtype(x.Owner) {
			return nil, vm.typeErrorf("descriptor '%s' requires a '%s' object but received a '%s'", x.Name, x.Owner.Name, args[0].Type().Name)
		}
		if kwargs != nil && x.kw != kwAccepted {
			if err := vm.refuseKeywords(x.kw, x.Name, kwargs); err != nil {
				return nil, err
			}
		}
		vm.holding++
		res, err := x.Fn(vm, args[0], args[1:], kwargs)
		vm.release()
		return res, err
	case *StaticMethod:
		return vm.Call(x.Func, args, kwargs)
	}
	if inst, ok := fn.(*Instance); ok && inst.Class.Flags&FlagClassic != 0 {
		return vm.callClassicInstance(inst, args, kwargs)
	}
	call := fn.Type().Lookup(sCall)
	if call == nil {
		return nil, vm.typeErrorf("'%s' object is not callable", cTypeName(fn.Type()))
	}
	return vm.enterRecursive(" while calling a Python object", func() (Object, *PyError) {
		bound, err := vm.bindDescriptor(call, fn, fn.Type())
		if err != nil {
			return nil, err
		}
		defer vm.Decref(bound)
		return vm.Call(bound, args, kwargs)
	})
}

// enterRecursive counts one level of recursion for a call that goes through the generic
// call path, as Py_EnterRecursiveCall does, with the suffix CPython uses in its message.
func (vm *VM) enterRecursive(where string, f func() (Object, *PyError)) (Object, *PyError) {
	vm.depth++
	defer func() { vm.depth-- }()
	if vm.depth > vm.recursionLimit {
		return nil, vm.Raise(RuntimeErrorType, "maximum recursion depth exceeded"+where)
	}
	return f()
}

// CallMethod calls o.name(*args).
func (vm *VM) CallMethod(o Object, name string, args ...Object) (Object, *PyError) {
	m, err := vm.GetAttr(o, vm.Intern(name))
	if err != nil {
		return nil, err
	}
	defer vm.Decref(m)
	return vm.Call(m, args, nil)
}

// newFunction makes a function from MAKE_FUNCTION/MAKE_CLOSURE: defaults (owned, taken
// over) and the closure tuple of cells (borrowed).
func (vm *VM) newFunction(code *Code, globals, builtins *Dict, defaults []Object, closure *Tuple) *Function {
	incref(code)
	incref(globals)
	incref(builtins)
	fn := &Function{Header: gcsim.Header{RC: 1}, Code: code, Globals: globals, Builtins: builtins}
	if len(defaults) > 0 {
		fn.Defaults = defaults
	}
	if closure != nil {
		fn.Closure = make([]*Cell, len(closure.Items))
		for i, c := range closure.Items {
			incref(c)
			fn.Closure[i] = c.(*Cell)
		}
	}
	fn.Name = vm.NewStr(code.Name)
	// The docstring is the first constant when it is a str (or unicode).
	fn.Doc = None
	if len(code.Consts) > 0 {
		switch code.Consts[0].(type) {
		case *Str, *Unicode:
			fn.Doc = code.Consts[0]
		}
	}
	incref(fn.Doc)
	if m := globals.GetString("__name__"); m != nil {
		incref(m)
		fn.Module = m
	}
	vm.track(fn, 64, 0)
	return fn
}

// callWithSelf calls fn(self, *args, **kwargs) without building an argument array when
// the call is a plain positional one.
func (vm *VM) callWithSelf(fn *Function, self Object, args []Object, kwargs *Dict) (Object, *PyError) {
	code := fn.Code
	if kwargs != nil || !code.simpleCall || code.ArgCount != len(args)+1 {
		all := make([]Object, len(args)+1)
		all[0] = self
		copy(all[1:], args)
		return vm.callFunction(fn, all, kwargs)
	}
	f := vm.newFrame(code, fn.Globals, nil, fn.Builtins)
	incref(self)
	f.Slots[0] = self
	for i, a := range args {
		incref(a)
		f.Slots[i+1] = a
	}
	if vm.tracer != nil {
		vm.tracer.FunctionEntry(vm, f)
	}
	res, err := vm.eval(f, nil)
	vm.Decref(f)
	return res, err
}

// callFunction calls a Python function: a frame is made, the arguments bound, and the
// code run (or a generator returned for generator functions).
func (vm *VM) callFunction(fn *Function, args []Object, kwargs *Dict) (Object, *PyError) {
	code := fn.Code
	f := vm.newFrame(code, fn.Globals, nil, fn.Builtins)
	if code.Flags&op.CO_NEWLOCALS != 0 && code.Flags&op.CO_OPTIMIZED == 0 {
		// A function that uses exec or import *: its locals live in a dict.
		f.Locals = vm.NewDict()
	}
	if err := vm.bindArgs(fn, f, args, kwargs); err != nil {
		vm.Decref(f)
		return nil, err
	}
	if code.IsGenerator() {
		g := vm.newGenerator(f)
		vm.Decref(f)
		return g, nil
	}
	if vm.tracer != nil {
		vm.tracer.FunctionEntry(vm, f)
	}
	res, err := vm.eval(f, nil)
	vm.Decref(f)
	return res, err
}

// bindArgs fills a new frame's parameters from positional args and keywords, with the
// defaults, *args and **kwargs, and sets up its cells (PyEval_EvalCodeEx's job).
func (vm *VM) bindArgs(fn *Function, f *Frame, args []Object, kwargs *Dict) *PyError {
	code := fn.Code
	slots := f.Slots
	argcount := code.ArgCount
	nargs := len(args)
	varargs := code.Flags&op.CO_VARARGS != 0
	varkw := code.Flags&op.CO_VARKEYWORDS != 0
	if nargs == argcount && kwargs == nil && !varargs && !varkw && code.nCells == 0 {
		for i, a := range args {
			incref(a)
			slots[i] = a
		}
		return nil
	}
	if argcount == 0 && !varargs && !varkw && (nargs > 0 || kwLen(kwargs) > 0) {
		return vm.argCountError(fn, nargs, kwargs, slots)
	}
	var kwdict *Dict
	if varkw {
		kwdict = vm.NewDict()
		slots[argcount+boolInt(varargs)] = kwdict
	}
	n := nargs
	if n > argcount {
		if !varargs {
			return vm.argCountError(fn, nargs, kwargs, slots)
		}
		n = argcount
	}
	for i := 0; i < n; i++ {
		incref(args[i])
		slots[i] = args[i]
	}
	if varargs {
		var rest []Object
		if nargs > argcount {
			rest = make([]Object, nargs-argcount)
			for i, a := range args[argcount:] {
				incref(a)
				rest[i] = a
			}
		}
		slots[argcount] = vm.NewTuple(rest)
	}
	if kwargs != nil {
		pos := 0
		for {
			k, v, ok := kwargs.Next(&pos)
			if !ok {
				break
			}
			// A keyword is a str, or a unicode string (PyEval_EvalCodeEx compares it
			// with the parameter names by ==, and a **kwargs dict keeps it as it is).
			ks, isStr := k.(*Str)
			var name string
			switch kk := k.(type) {
			case *Str:
				name = kk.S
			case *Unicode:
				name = string(kk.R)
			default:
				return vm.typeErrorf("%s() keywords must be strings", code.Name)
			}
			j := -1
			for i := 0; i < argcount; i++ {
				if code.VarNames[i] == ks || code.VarNames[i].S == name {
					j = i
					break
				}
			}
			if j < 0 {
				if kwdict == nil {
					return vm.typeErrorf("%s() got an unexpected keyword argument '%s'", code.Name, name)
				}
				if isStr {
					kwdict.SetStr(vm, vm.internStr(ks), v)
				} else if err := kwdict.SetItem(vm, k, v); err != nil {
					return err
				}
				continue
			}
			if slots[j] != nil {
				return vm.typeErrorf("%s() got multiple values for keyword argument '%s'", code.Name, name)
			}
			incref(v)
			slots[j] = v
		}
	}
	if nargs < argcount {
		m := argcount - len(fn.Defaults)
		for i := nargs; i < m; i++ {
			if slots[i] == nil {
				return vm.argCountError(fn, nargs, kwargs, slots)
			}
		}
		for i := max(nargs, m); i < argcount; i++ {
			if slots[i] == nil {
				d := fn.Defaults[i-m]
				incref(d)
				slots[i] = d
			}
		}
	}
	// Cells: a cell variable that is also an argument starts with the argument's value.
	nlocals := code.NLocals
	for i := range code.CellVars {
		var init Object
		if j := code.cellArgs[i]; j >= 0 {
			init = slots[j]
		}
		slots[nlocals+i] = vm.newCell(init)
	}
	for i, c := range fn.Closure {
		incref(c)
		slots[nlocals+len(code.CellVars)+i] = c
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// argCountError is CPython 2.7's message for a call with the wrong number of arguments:
// "f() takes exactly 2 arguments (3 given)" and its variants. Too many positional
// arguments count the keywords as given too; missing ones count the parameters that did
// get a value (slots, as far as bindArgs filled them); a function without parameters
// counts everything it was passed.
func (vm *VM) argCountError(fn *Function, nargs int, kwargs *Dict, slots []Object) *PyError {
	code := fn.Code
	argcount := code.ArgCount
	varargs := code.Flags&op.CO_VARARGS != 0
	ndefaults := len(fn.Defaults)
	if argcount == 0 && !varargs && code.Flags&op.CO_VARKEYWORDS == 0 {
		return vm.typeErrorf("%s() takes no arguments (%d given)", code.Name, nargs+kwLen(kwargs))
	}
	var kind string
	var expected, given int
	if nargs > argcount && !varargs {
		kind = "exactly"
		if ndefaults > 0 {
			kind = "at most"
		}
		expected, given = argcount, nargs+kwLen(kwargs)
	} else {
		kind = "exactly"
		if varargs || ndefaults > 0 {
			kind = "at least"
		}
		expected = argcount - ndefaults
		for _, s := range slots[:argcount] {
			if s != nil {
				given++
			}
		}
	}
	plural := "s"
	if expected == 1 {
		plural = ""
	}
	return vm.typeErrorf("%s() takes %s %d argument%s (%d given)", code.Name, kind, expected, plural, given)
}

// callableName is the __name__ of a function-like object for messages.
func (vm *VM) callableName(f Object) string {
	switch x := f.(type) {
	case *Function:
		return x.Code.Name
	case *Builtin:
		return x.Name
	}
	return f.Type().Name
}

// describeInstance is "X instance" for call errors.
func (vm *VM) describeInstance(o Object) string {
	t := o.Type()
	if t.Flags&FlagClassic != 0 {
		return t.Name + " instance"
	}
	return t.Name + " instance"
}

// className is the name of a class object for messages.
func className(c Object) string {
	if t, ok := c.(*Type); ok {
		return t.Name
	}
	return "?"
}
