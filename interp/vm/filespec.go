// filespec.go defines the file type table: open()/file(), read, readline, readlines,
// write, writelines, flush, close, seek, tell, truncate, iteration, with-statement
// support, and the closed, name, mode, encoding, errors, newlines and softspace
// attributes, each checking and converting its arguments as CPython 2.7's fileobject.c.
package vm

import (
	"strings"

	"golang.org/x/sys/unix"
)

// writelinesChunk is how many lines writelines converts before writing any of them.
const writelinesChunk = 1000

func fileSpec() typeSpec {
	// As in CPython, file.__new__ makes a closed file and __init__ opens it, so that a
	// subclass's __init__ can call file.__init__.
	FileType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		f := vm.newUnopenedFile()
		if cls == FileType {
			return f, nil
		}
		return vm.nativeSubclassInstance(cls, f), nil
	}
	m := func(name string, fn func(vm *VM, f *File, args []Object) (Object, *PyError)) methodDef {
		return methodDef{name: name, fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			f, err := vm.fileSelf(name, self)
			if err != nil {
				return nil, err
			}
			return fn(vm, f, args)
		}}
	}
	// noArgs is a METH_NOARGS method: fn runs only when called without arguments.
	noArgs := func(name string, fn func(vm *VM, f *File) (Object, *PyError)) methodDef {
		return m(name, func(vm *VM, f *File, args []Object) (Object, *PyError) {
			if err := vm.methodArgs(name, args, 0, 0); err != nil {
				return nil, err
			}
			return fn(vm, f)
		})
	}
	// selfMethod is __enter__, xreadlines and __iter__: the object itself (a subclass
	// instance included), if its file is open. __iter__ is a slot wrapper; the others
	// take no arguments.
	selfMethod := func(name string) methodDef {
		return methodDef{name: name, fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			f, err := vm.fileSelf(name, self)
			if err != nil {
				return nil, err
			}
			if name == "__iter__" {
				if len(args) != 0 {
					return nil, vm.typeErrorf("expected 0 arguments, got %d", len(args))
				}
			} else if err := vm.methodArgs(name, args, 0, 0); err != nil {
				return nil, err
			}
			if err := vm.checkOpen(f); err != nil {
				return nil, err
			}
			return newRef(self), nil
		}}
	}
	return typeSpec{
		t:    FileType,
		base: ObjectType,
		methods: []methodDef{
			{name: "__init__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				f, err := vm.fileSelf("__init__", self)
				if err != nil {
					return nil, err
				}
				if !f.closed {
					// Opening again closes the file first.
					if err := vm.fileClose(f); err != nil {
						return nil, err
					}
				}
				name, mode, buffering, err := vm.openArgs(args, kw)
				if err != nil {
					return nil, err
				}
				if err := vm.openInto(f, name, mode, buffering); err != nil {
					return nil, err
				}
				return noneRef(), nil
			}, keywords: true},
			m("read", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				if err := vm.checkReadable(f); err != nil {
					return nil, err
				}
				if err := vm.methodArgs("read", args, 0, 1); err != nil {
					return nil, err
				}
				n := int64(-1)
				if len(args) == 1 {
					v, err := vm.cLongArg(args[0])
					if err != nil {
						return nil, err
					}
					n = v
				}
				if n < 0 {
					n = -1
				}
				s, err := vm.fileRead(f, int(n))
				if err != nil {
					return nil, err
				}
				return vm.NewStr(s), nil
			}),
			m("readline", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				if err := vm.checkReadable(f); err != nil {
					return nil, err
				}
				if err := vm.methodArgs("readline", args, 0, 1); err != nil {
					return nil, err
				}
				n := -1
				if len(args) == 1 {
					v, err := vm.cIntArg(args[0])
					if err != nil {
						return nil, err
					}
					n = v
				}
				s, err := vm.fileReadline(f, n)
				if err != nil {
					return nil, err
				}
				return vm.NewStr(s), nil
			}),
			m("readlines", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				if err := vm.checkReadable(f); err != nil {
					return nil, err
				}
				if err := vm.methodArgs("readlines", args, 0, 1); err != nil {
					return nil, err
				}
				var hint int64
				if len(args) == 1 {
					v, err := vm.cLongArg(args[0])
					if err != nil {
						return nil, err
					}
					hint = v
				}
				lines, err := vm.fileReadlines(f, hint)
				if err != nil {
					return nil, err
				}
				return vm.NewList(lines), nil
			}),
			m("write", fileWriteMethod),
			m("writelines", fileWritelines),
			noArgs("flush", func(vm *VM, f *File) (Object, *PyError) {
				if err := vm.checkOpen(f); err != nil {
					return nil, err
				}
				if err := vm.fileSync(f); err != nil {
					f.eof = false
					return nil, err
				}
				return noneRef(), nil
			}),
			noArgs("close", func(vm *VM, f *File) (Object, *PyError) {
				if f.std {
					if err := vm.fileFlush(f); err != nil {
						return nil, err
					}
					f.closed = true
					return noneRef(), nil
				}
				if err := vm.fileClose(f); err != nil {
					return nil, err
				}
				return noneRef(), nil
			}),
			noArgs("fileno", func(vm *VM, f *File) (Object, *PyError) {
				if err := vm.checkOpen(f); err != nil {
					return nil, err
				}
				return vm.NewInt(int64(f.fd)), nil
			}),
			noArgs("isatty", func(vm *VM, f *File) (Object, *PyError) {
				if err := vm.checkOpen(f); err != nil {
					return nil, err
				}
				return NewBool(isTerminal(f.fd)), nil
			}),
			noArgs("tell", func(vm *VM, f *File) (Object, *PyError) {
				pos, err := vm.fileTell(f)
				if err != nil {
					return nil, err
				}
				return vm.NewInt(pos), nil
			}),
			m("seek", fileSeek),
			m("truncate", fileTruncate),
			m("next", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				// next is the tp_iternext slot's wrapper, with a wrapper's message.
				if len(args) != 0 {
					return nil, vm.typeErrorf("expected 0 arguments, got %d", len(args))
				}
				s, err := vm.fileIterNext(f)
				if err != nil {
					return nil, err
				}
				if s == "" {
					return nil, vm.RaiseArgs(StopIterationType)
				}
				return vm.NewStr(s), nil
			}),
			selfMethod("__iter__"),
			selfMethod("xreadlines"),
			selfMethod("__enter__"),
			{name: "__exit__", fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
				if _, err := vm.fileSelf("__exit__", self); err != nil {
					return nil, err
				}
				// CPython calls the close method, whatever it is.
				r, err := vm.CallMethod(self, "close")
				if err != nil {
					return nil, err
				}
				vm.Decref(r)
				return noneRef(), nil
			}},
		},
		getsets: []getsetDef{
			{name: "closed", get: func(vm *VM, o Object) (Object, *PyError) { return NewBool(asFile(o).closed), nil }},
			{name: "name", get: func(vm *VM, o Object) (Object, *PyError) { return newRef(asFile(o).name), nil }},
			{name: "mode", get: func(vm *VM, o Object) (Object, *PyError) { return vm.NewStr(asFile(o).mode), nil }},
			{name: "encoding", get: func(vm *VM, o Object) (Object, *PyError) { return noneRef(), nil }},
			{name: "errors", get: func(vm *VM, o Object) (Object, *PyError) { return noneRef(), nil }},
			{name: "newlines", get: func(vm *VM, o Object) (Object, *PyError) { return vm.newlinesValue(asFile(o)), nil }},
			{name: "softspace", get: func(vm *VM, o Object) (Object, *PyError) {
				return vm.NewInt(int64(boolInt(asFile(o).softspace))), nil
			}, set: func(vm *VM, o Object, v Object) *PyError {
				if v == nil {
					return vm.typeErrorf("can't delete softspace attribute")
				}
				n, err := vm.cLongArg(v)
				if err != nil {
					return err
				}
				asFile(o).softspace = n != 0
				return nil
			}},
		},
	}
}

// fileSelf is the file a method named name was called on, or the TypeError of a file
// method called on something that is not a file.
func (vm *VM) fileSelf(name string, self Object) (*File, *PyError) {
	if f := asFile(self); f != nil {
		return f, nil
	}
	return nil, vm.typeErrorf("descriptor '%s' requires a 'file' object but received a '%s'", name, self.Type().Name)
}

// fileWriteMethod is file.write(s): a binary file takes a str, unicode (encoded with the
// default codec) or buffer; a text file a str, unicode (encoded as the file's encoding)
// or character buffer.
func fileWriteMethod(vm *VM, f *File, args []Object) (Object, *PyError) {
	if err := vm.checkOpen(f); err != nil {
		return nil, err
	}
	if !f.writable {
		return nil, vm.notOpenFor("writing")
	}
	if len(args) != 1 {
		return nil, vm.typeErrorf("function takes exactly 1 argument (%d given)", len(args))
	}
	var s string
	if sv := asStr(args[0]); sv != nil {
		s = sv.S
	} else if u := asUnicode(args[0]); u != nil {
		var err *PyError
		if f.binary {
			s, err = vm.encodeASCII(u.R)
		} else {
			s, err = vm.encodeForFile(f, u.R)
		}
		if err != nil {
			return nil, err
		}
	} else if f.binary {
		return nil, vm.typeErrorf("argument 1 must be string or buffer, not %s", argTypeName(args[0]))
	} else {
		return nil, vm.notCharBuffer()
	}
	f.softspace = false
	if err := vm.fileWrite(f, s); err != nil {
		return nil, err
	}
	return noneRef(), nil
}

// fileWritelines is file.writelines(seq). Like CPython it converts the lines a chunk at a
// time before writing any of the chunk: str as is; otherwise a binary file takes a read
// buffer (unicode gives its UCS-4 code units) and a text file a character buffer (unicode
// encoded with the default codec), anything else failing with one message.
func fileWritelines(vm *VM, f *File, args []Object) (Object, *PyError) {
	if err := vm.methodArgO("writelines", args); err != nil {
		return nil, err
	}
	if err := vm.checkOpen(f); err != nil {
		return nil, err
	}
	if !f.writable {
		return nil, vm.notOpenFor("writing")
	}
	seq := args[0]
	list, isList := seq.(*List)
	var it Object
	if !isList {
		i, err := vm.GetIter(seq)
		if err != nil {
			err.release(vm)
			return nil, vm.typeErrorf("writelines() requires an iterable argument")
		}
		it = i
		defer vm.Decref(it)
	}
	for index := 0; ; index += writelinesChunk {
		var chunk []Object
		if isList {
			items := listItems(vm, list)
			for i := index; i < len(items) && i < index+writelinesChunk; i++ {
				chunk = append(chunk, newRef(items[i]))
			}
		} else {
			for len(chunk) < writelinesChunk {
				v, err := vm.Next(it)
				if err != nil {
					vm.decrefAll(chunk)
					return nil, err
				}
				if v == nil {
					break
				}
				chunk = append(chunk, v)
			}
			// The iterator may have closed the file.
			if err := vm.checkOpen(f); err != nil {
				vm.decrefAll(chunk)
				return nil, err
			}
		}
		if len(chunk) == 0 {
			return noneRef(), nil
		}
		texts := make([]string, len(chunk))
		for i, v := range chunk {
			s, ok := vm.lineBytes(f, v)
			if !ok {
				vm.decrefAll(chunk)
				return nil, vm.typeErrorf("writelines() argument must be a sequence of strings")
			}
			texts[i] = s
		}
		vm.decrefAll(chunk)
		f.softspace = false
		for _, s := range texts {
			if err := vm.fileWrite(f, s); err != nil {
				return nil, err
			}
		}
		if len(chunk) < writelinesChunk {
			return noneRef(), nil
		}
	}
}

// lineBytes converts one line for writelines; false when the file cannot take it.
func (vm *VM) lineBytes(f *File, v Object) (string, bool) {
	if s := asStr(v); s != nil {
		return s.S, true
	}
	u := asUnicode(v)
	if u == nil {
		return "", false
	}
	if f.binary {
		return ucs4Bytes(u.R), true
	}
	s, err := vm.encodeASCII(u.R)
	if err != nil {
		err.release(vm)
		return "", false
	}
	return s, true
}

// fileSeek is file.seek(offset[, whence]): the offset an integer (or, deprecated, a
// float), whence a C int. It drops iteration's read-ahead even when it then fails.
func fileSeek(vm *VM, f *File, args []Object) (Object, *PyError) {
	if err := vm.checkOpen(f); err != nil {
		return nil, err
	}
	f.iterBuf, f.iterPos = nil, 0
	if err := vm.methodArgs("seek", args, 1, 2); err != nil {
		return nil, err
	}
	whence := 0
	if len(args) == 2 {
		w, err := vm.cIntArg(args[1])
		if err != nil {
			return nil, err
		}
		whence = w
	}
	off, err := vm.fileOffsetArg(args[0])
	if err != nil {
		return nil, err
	}
	if err := vm.streamSeek(f, off, whence); err != nil {
		f.eof = false // CPython clears the stream's error state after a failed seek
		return nil, err
	}
	f.skipNextLF = false
	return noneRef(), nil
}

// fileOffsetArg reads seek's offset: an integer by __index__, or a float truncated.
func (vm *VM) fileOffsetArg(o Object) (int64, *PyError) {
	if fl, ok := o.(*Float); ok {
		return int64(fl.V), nil
	}
	n, large, ok, err := vm.indexInteger(o)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, vm.typeErrorf("'%s' object cannot be interpreted as an index", o.Type().Name)
	}
	if large != nil {
		return 0, vm.Raise(OverflowErrorType, "Python int too large to convert to C long")
	}
	return n, nil
}

// fileTruncate is file.truncate([size]): the size defaults to the current position,
// which truncating does not move.
func fileTruncate(vm *VM, f *File, args []Object) (Object, *PyError) {
	if err := vm.checkOpen(f); err != nil {
		return nil, err
	}
	if !f.writable {
		return nil, vm.notOpenFor("writing")
	}
	if err := vm.argsRange("truncate", args, 0, 1); err != nil {
		return nil, err
	}
	pos, err := vm.streamTell(f)
	if err != nil {
		return nil, err
	}
	size := pos
	if len(args) == 1 {
		if size, err = vm.truncateSize(args[0]); err != nil {
			return nil, err
		}
	}
	if err := vm.fileSync(f); err != nil {
		f.eof = false
		return nil, err
	}
	if terr := unix.Ftruncate(f.fd, size); terr != nil {
		f.eof = false
		return nil, vm.ioError(terr, nil)
	}
	if err := vm.streamSeek(f, pos, 0); err != nil {
		return nil, err
	}
	return noneRef(), nil
}

// truncateSize reads truncate's size as PyInt_AsLong does: ints, longs and anything with
// __int__, floats included.
func (vm *VM) truncateSize(o Object) (int64, *PyError) {
	if fl, ok := o.(*Float); ok {
		return int64(fl.V), nil
	}
	return vm.cLongArg(o)
}

// isTerminal reports whether fd is a terminal.
func isTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

// builtinOpen is open(name[, mode[, buffering]]).
func builtinOpen(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	name, mode, buffering, err := vm.openArgs(args, kw)
	if err != nil {
		return nil, err
	}
	return vm.openFile(name, mode, buffering)
}

// openArgs binds the arguments of open() and file.__init__: the mode a str (or unicode
// of the default codec) without NUL bytes, buffering a C int.
func (vm *VM) openArgs(args []Object, kw *Dict) (name Object, mode string, buffering int, err *PyError) {
	a, err := vm.bindBuiltinArgs("file", args, kw, []string{"name", "mode", "buffering"}, 1)
	if err != nil {
		return nil, "", 0, err
	}
	mode = "r"
	if a[1] != nil {
		switch {
		case asStr(a[1]) != nil:
			mode = asStr(a[1]).S
		case asUnicode(a[1]) != nil:
			if mode, err = vm.encodeASCII(asUnicode(a[1]).R); err != nil {
				return nil, "", 0, err
			}
		default:
			return nil, "", 0, vm.typeErrorf("file() argument 2 must be string, not %s", argTypeName(a[1]))
		}
		if strings.IndexByte(mode, 0) >= 0 {
			return nil, "", 0, vm.typeErrorf("file() argument 2 must be string without null bytes, not str")
		}
	}
	buffering = -1
	if a[2] != nil {
		if buffering, err = vm.cIntArg(a[2]); err != nil {
			return nil, "", 0, err
		}
	}
	return a[0], mode, buffering, nil
}
