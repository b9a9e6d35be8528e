// print.go implements the print statement (PRINT_ITEM, PRINT_NEWLINE with Python 2's
// softspace rule), the print() function of `from __future__ import print_function`, and
// the interactive display hook.
package vm

// stdoutObject returns sys.stdout (borrowed).
func (vm *VM) stdoutObject() (Object, *PyError) {
	if vm.sys != nil {
		if o := vm.sys.Dict.GetString("stdout"); o != nil {
			return o, nil
		}
	}
	return nil, vm.Raise(RuntimeErrorType, "lost sys.stdout")
}

// printStream returns the stream a print writes to (owned): stream itself, or sys.stdout
// when it is nil or None. It is held while printing because writing may rebind
// sys.stdout.
func (vm *VM) printStream(stream Object) (Object, *PyError) {
	if stream == nil || stream == Object(None) {
		s, err := vm.stdoutObject()
		if err != nil {
			return nil, err
		}
		stream = s
	}
	incref(stream)
	return stream, nil
}

// takeSoftspace reads and clears a stream's softspace flag (PyFile_SoftSpace(f, 0)). On
// another object the flag is its softspace attribute, set only by a non-zero int (bool
// included), as in CPython; a missing one reads as clear.
func (vm *VM) takeSoftspace(stream Object) bool {
	if f := asFile(stream); f != nil {
		old := f.softspace
		f.softspace = false
		return old
	}
	old := false
	if v, err := vm.GetAttr(stream, sSoftspace); err != nil {
		err.release(vm)
	} else {
		i, isInt := nativeIndexable(v).(*Int)
		old = isInt && i.V != 0
		vm.Decref(v)
	}
	if e := vm.SetAttr(stream, sSoftspace, smallInts[0-smallIntMin]); e != nil {
		e.release(vm)
	}
	return old
}

// setSoftspace sets a stream's softspace flag.
func (vm *VM) setSoftspace(stream Object, on bool) {
	if f := asFile(stream); f != nil {
		f.softspace = on
		return
	}
	if e := vm.SetAttr(stream, sSoftspace, smallInts[boolInt(on)-smallIntMin]); e != nil {
		e.release(vm)
	}
}

// writeToStream writes s to a file or any object with a write method.
func (vm *VM) writeToStream(stream Object, s string) *PyError {
	if f := asFile(stream); f != nil {
		return vm.fileWrite(f, s)
	}
	so := vm.NewStr(s)
	defer vm.Decref(so)
	return vm.callWrite(stream, so)
}

// callWrite calls stream.write(text) on a stream that is not a file, dropping the result.
func (vm *VM) callWrite(stream, text Object) *PyError {
	r, err := vm.CallMethod(stream, "write", text)
	if err != nil {
		return err
	}
	vm.Decref(r)
	return nil
}

// writeObject is PyFile_WriteObject with Py_PRINT_RAW: str(v) to the stream.
func (vm *VM) writeObject(stream, v Object) *PyError {
	if f := asFile(stream); f != nil {
		if u, isU := v.(*Unicode); isU {
			s, err := vm.encodeForFile(f, u.R)
			if err != nil {
				return err
			}
			return vm.fileWrite(f, s)
		}
		s, err := vm.StrString(v)
		if err != nil {
			return err
		}
		return vm.fileWrite(f, s)
	}
	var so Object
	if u, isU := v.(*Unicode); isU {
		so = newRef(u)
	} else {
		var err *PyError
		so, err = vm.Str(v)
		if err != nil {
			return err
		}
	}
	defer vm.Decref(so)
	return vm.callWrite(stream, so)
}

// encodeForFile encodes unicode printed to a file: UTF-8 for the standard streams on a
// terminal, ASCII otherwise (CPython 2.7's behaviour without PYTHONIOENCODING).
func (vm *VM) encodeForFile(f *File, r []rune) (string, *PyError) {
	if f.std && f.lineBuffered {
		return string(r), nil
	}
	return vm.encodeASCII(r)
}

// printItem is PRINT_ITEM / PRINT_ITEM_TO.
func (vm *VM) printItem(stream, v Object) *PyError {
	stream, err := vm.printStream(stream)
	if err != nil {
		return err
	}
	defer vm.Decref(stream)
	if vm.takeSoftspace(stream) {
		if err := vm.writeToStream(stream, " "); err != nil {
			return err
		}
	}
	if err := vm.writeObject(stream, v); err != nil {
		return err
	}
	// The next item gets a space unless this one ended in white space other than a
	// space (a newline or tab): C's isspace for a str, the Unicode database's for a
	// unicode (which counts \x1c-\x1f as well).
	switch x := v.(type) {
	case *Str:
		n := len(x.S)
		if n == 0 || !byteIsSpace(x.S[n-1]) || x.S[n-1] == ' ' {
			vm.setSoftspace(stream, true)
		}
	case *Unicode:
		n := len(x.R)
		if n == 0 || !uniIsSpace(x.R[n-1]) || x.R[n-1] == ' ' {
			vm.setSoftspace(stream, true)
		}
	default:
		vm.setSoftspace(stream, true)
	}
	return nil
}

// printNewline is PRINT_NEWLINE / PRINT_NEWLINE_TO.
func (vm *VM) printNewline(stream Object) *PyError {
	stream, err := vm.printStream(stream)
	if err != nil {
		return err
	}
	defer vm.Decref(stream)
	if err := vm.writeToStream(stream, "\n"); err != nil {
		return err
	}
	vm.setSoftspace(stream, false)
	return nil
}

// builtinPrint is print(*args, sep=' ', end='\n', file=sys.stdout).
func builtinPrint(vm *VM, self Object, args []Object, kwargs *Dict) (Object, *PyError) {
	// CPython parses the keywords alone, against an empty tuple.
	kw, err := vm.bindBuiltinArgs("print", nil, kwargs, []string{"sep", "end", "file"}, 0)
	if err != nil {
		return nil, err
	}
	sep, end, file := kw[0], kw[1], kw[2]
	if file == nil || file == Object(None) {
		// sys.stdout None (no stdout connected) prints nothing; a missing one is
		// PyFile_WriteObject's error for a NULL file.
		if vm.sys != nil {
			file = vm.sys.Dict.GetString("stdout")
		} else {
			file = nil
		}
		if file == Object(None) {
			return noneRef(), nil
		}
		if file == nil {
			return nil, vm.typeErrorf("writeobject with NULL file")
		}
	}
	incref(file)
	defer vm.Decref(file)
	for _, x := range []Object{sep, end} {
		if x != nil && x != Object(None) {
			switch x.(type) {
			case *Str, *Unicode:
			default:
				if x == sep {
					return nil, vm.typeErrorf("sep must be None, str or unicode, not %s", x.Type().Name)
				}
				return nil, vm.typeErrorf("end must be None, str or unicode, not %s", x.Type().Name)
			}
		}
	}
	// The default space and newline are unicode when sep, end or an argument is, as
	// CPython's use_unicode makes them (a stream other than a file sees the difference).
	var space, newline Object
	if printWantsUnicode(sep, end, args) {
		space, newline = vm.NewUnicode([]rune{' '}), vm.NewUnicode([]rune{'\n'})
	} else {
		space, newline = vm.NewStr(" "), vm.NewStr("\n")
	}
	defer vm.Decref(space)
	defer vm.Decref(newline)
	for i, a := range args {
		if i > 0 {
			s := sep
			if s == nil || s == Object(None) {
				s = space
			}
			if err := vm.writeObject(file, s); err != nil {
				return nil, err
			}
		}
		if err := vm.writeObject(file, a); err != nil {
			return nil, err
		}
	}
	if end == nil || end == Object(None) {
		end = newline
	}
	err = vm.writeObject(file, end)
	if err != nil {
		return nil, err
	}
	return noneRef(), nil
}

// printWantsUnicode is use_unicode of CPython's print(): sep or end is unicode, or failing
// that one of the arguments is.
func printWantsUnicode(sep, end Object, args []Object) bool {
	if _, ok := sep.(*Unicode); ok {
		return true
	}
	if _, ok := end.(*Unicode); ok {
		return true
	}
	for _, a := range args {
		if _, ok := a.(*Unicode); ok {
			return true
		}
	}
	return false
}

// displayHook is PRINT_EXPR (the interactive prompt's echo): it calls sys.displayhook,
// directly when it is still the builtin one.
func (vm *VM) displayHook(v Object) *PyError {
	var hook Object
	if vm.sys != nil {
		hook = vm.sys.Dict.GetString("displayhook")
	}
	if hook == nil {
		return vm.Raise(RuntimeErrorType, "lost sys.displayhook")
	}
	if b, ok := hook.(*Builtin); ok && b.Module == "sys" && b.Name == "displayhook" {
		return vm.builtinDisplay(v)
	}
	incref(hook)
	res, err := vm.Call(hook, []Object{v}, nil)
	vm.Decref(hook)
	if err != nil {
		return err
	}
	vm.Decref(res)
	return nil
}

// flushLine is Py_FlushLine: a print statement that ended with a comma left sys.stdout's
// softspace set, and the line is ended before the program ends or a traceback is shown.
// Errors are dropped, as CPython clears them.
func (vm *VM) flushLine() {
	if vm.sys == nil {
		return
	}
	stdout := vm.sys.Dict.GetString("stdout")
	if stdout == nil || stdout == Object(None) || !vm.takeSoftspace(stdout) {
		return
	}
	if err := vm.writeToStream(stdout, "\n"); err != nil {
		err.release(vm)
	}
}

// builtinDisplay is sys.displayhook's own work: print repr(v) on sys.stdout (unless None)
// and keep v in __builtin__._.
func (vm *VM) builtinDisplay(v Object) *PyError {
	if v == Object(None) {
		return nil
	}
	vm.builtins.SetString(vm, "_", None)
	stdout, err := vm.stdoutObject()
	if err != nil {
		return err
	}
	if vm.takeSoftspace(stdout) {
		if err := vm.writeToStream(stdout, "\n"); err != nil {
			return err
		}
	}
	r, err := vm.ReprString(v)
	if err != nil {
		return err
	}
	if err := vm.writeToStream(stdout, r+"\n"); err != nil {
		return err
	}
	vm.builtins.SetString(vm, "_", v)
	return nil
}
