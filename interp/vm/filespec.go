// filespec.go defines the file type table: open()/file(), read, readline, readlines,
// write, writelines, flush, close, seek, tell, iteration, with-statement support, and the
// closed, name, mode and softspace attributes.
package vm

import (
	"golang.org/x/sys/unix"
)

func fileSpec() typeSpec {
	FileType.New = func(vm *VM, cls *Type, args []Object, kw *Dict) (Object, *PyError) {
		return builtinOpen(vm, nil, args, kw)
	}
	m := func(name string, fn func(vm *VM, f *File, args []Object) (Object, *PyError)) methodDef {
		return methodDef{name: name, fn: func(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
			f, ok := self.(*File)
			if !ok {
				return nil, vm.typeErrorf("descriptor '%s' requires a 'file' object but received a '%s'", name, self.Type().Name)
			}
			return fn(vm, f, args)
		}}
	}
	sizeArg := func(vm *VM, name string, args []Object) (int, *PyError) {
		if err := vm.argsRange(name, args, 0, 1); err != nil {
			return 0, err
		}
		if len(args) == 0 || args[0] == Object(None) {
			return -1, nil
		}
		n, ok, err := vm.indexValue(args[0])
		if err != nil {
			return 0, err
		}
		if !ok {
			return 0, vm.typeErrorf("an integer is required")
		}
		if n < 0 {
			return -1, nil
		}
		return int(n), nil
	}
	return typeSpec{
		t:    FileType,
		base: ObjectType,
		methods: []methodDef{
			m("read", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				n, err := sizeArg(vm, "read", args)
				if err != nil {
					return nil, err
				}
				s, err := vm.fileRead(f, n)
				if err != nil {
					return nil, err
				}
				return vm.NewStr(s), nil
			}),
			m("readline", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				n, err := sizeArg(vm, "readline", args)
				if err != nil {
					return nil, err
				}
				s, err := vm.fileReadline(f, n)
				if err != nil {
					return nil, err
				}
				return vm.NewStr(s), nil
			}),
			m("readlines", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				var items []Object
				for {
					s, err := vm.fileReadline(f, -1)
					if err != nil {
						for _, it := range items {
							vm.Decref(it)
						}
						return nil, err
					}
					if s == "" {
						break
					}
					items = append(items, vm.NewStr(s))
				}
				return vm.NewList(items), nil
			}),
			m("write", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				if err := vm.argsExactly("write", args, 1); err != nil {
					return nil, err
				}
				var s string
				switch x := args[0].(type) {
				case *Str:
					s = x.S
				case *Unicode:
					e, err := vm.encodeForFile(f, x.R)
					if err != nil {
						return nil, err
					}
					s = e
				default:
					if sv := asStr(args[0]); sv != nil {
						s = sv.S
						break
					}
					return nil, vm.typeErrorf("expected a string or other character buffer object")
				}
				f.softspace = false
				if err := vm.fileWrite(f, s); err != nil {
					return nil, err
				}
				return noneRef(), nil
			}),
			m("writelines", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				if err := vm.argsExactly("writelines", args, 1); err != nil {
					return nil, err
				}
				err := vm.forEach(args[0], func(o Object) *PyError {
					s, ok := o.(*Str)
					if !ok {
						return vm.typeErrorf("writelines() argument must be a sequence of strings")
					}
					return vm.fileWrite(f, s.S)
				})
				if err != nil {
					return nil, err
				}
				return noneRef(), nil
			}),
			m("flush", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				if err := vm.checkOpen(f); err != nil {
					return nil, err
				}
				if err := vm.fileFlush(f); err != nil {
					return nil, err
				}
				return noneRef(), nil
			}),
			m("close", func(vm *VM, f *File, args []Object) (Object, *PyError) {
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
			m("fileno", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				if err := vm.checkOpen(f); err != nil {
					return nil, err
				}
				return vm.NewInt(int64(f.fd)), nil
			}),
			m("isatty", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				if err := vm.checkOpen(f); err != nil {
					return nil, err
				}
				return NewBool(isTerminal(f.fd)), nil
			}),
			m("tell", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				if err := vm.checkOpen(f); err != nil {
					return nil, err
				}
				pos, err := unix.Seek(f.fd, 0, 1)
				if err != nil {
					return nil, vm.ioError(err, nil)
				}
				pos += int64(len(f.wbuf)) - int64(len(f.rbuf)-f.rpos)
				return vm.NewInt(pos), nil
			}),
			m("seek", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				if err := vm.argsRange("seek", args, 1, 2); err != nil {
					return nil, err
				}
				if err := vm.checkOpen(f); err != nil {
					return nil, err
				}
				off, ok, err := vm.indexValue(args[0])
				if err != nil {
					return nil, err
				}
				if !ok {
					return nil, vm.typeErrorf("an integer is required")
				}
				whence := int64(0)
				if len(args) == 2 {
					whence, _, err = vm.indexValue(args[1])
					if err != nil {
						return nil, err
					}
				}
				if err := vm.fileFlush(f); err != nil {
					return nil, err
				}
				if whence == 1 {
					off -= int64(len(f.rbuf) - f.rpos)
				}
				f.rbuf, f.rpos = nil, 0
				if _, serr := unix.Seek(f.fd, off, int(whence)); serr != nil {
					return nil, vm.ioError(serr, nil)
				}
				return noneRef(), nil
			}),
			m("truncate", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				if err := vm.checkOpen(f); err != nil {
					return nil, err
				}
				if err := vm.fileFlush(f); err != nil {
					return nil, err
				}
				pos, serr := unix.Seek(f.fd, 0, 1)
				if serr != nil {
					return nil, vm.ioError(serr, nil)
				}
				if len(args) > 0 {
					n, _, err := vm.indexValue(args[0])
					if err != nil {
						return nil, err
					}
					pos = n
				}
				if terr := unix.Ftruncate(f.fd, pos); terr != nil {
					return nil, vm.ioError(terr, nil)
				}
				return noneRef(), nil
			}),
			m("next", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				s, err := vm.fileReadline(f, -1)
				if err != nil {
					return nil, err
				}
				if s == "" {
					return nil, vm.RaiseArgs(StopIterationType)
				}
				return vm.NewStr(s), nil
			}),
			m("__iter__", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				if err := vm.checkOpen(f); err != nil {
					return nil, err
				}
				return newRef(f), nil
			}),
			m("xreadlines", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				return newRef(f), nil
			}),
			m("__enter__", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				if err := vm.checkOpen(f); err != nil {
					return nil, err
				}
				return newRef(f), nil
			}),
			m("__exit__", func(vm *VM, f *File, args []Object) (Object, *PyError) {
				if !f.std {
					if err := vm.fileClose(f); err != nil {
						return nil, err
					}
				}
				return noneRef(), nil
			}),
		},
		getsets: []getsetDef{
			{name: "closed", get: func(vm *VM, o Object) (Object, *PyError) { return NewBool(o.(*File).closed), nil }},
			{name: "name", get: func(vm *VM, o Object) (Object, *PyError) { return newRef(o.(*File).name), nil }},
			{name: "mode", get: func(vm *VM, o Object) (Object, *PyError) { return vm.NewStr(o.(*File).mode), nil }},
			{name: "encoding", get: func(vm *VM, o Object) (Object, *PyError) { return noneRef(), nil }},
			{name: "newlines", get: func(vm *VM, o Object) (Object, *PyError) { return noneRef(), nil }},
			{name: "softspace", get: func(vm *VM, o Object) (Object, *PyError) {
				return vm.NewInt(int64(boolInt(o.(*File).softspace))), nil
			}, set: func(vm *VM, o Object, v Object) *PyError {
				if v == nil {
					return vm.typeErrorf("can't delete numeric/char attribute")
				}
				t, err := vm.IsTrue(v)
				if err != nil {
					return err
				}
				o.(*File).softspace = t
				return nil
			}},
		},
	}
}

// isTerminal reports whether fd is a terminal.
func isTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

// builtinOpen is open(name[, mode[, buffering]]).
func builtinOpen(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	a, err := vm.bindBuiltinArgs("file", args, kw, []string{"name", "mode", "buffering"}, 1)
	if err != nil {
		return nil, err
	}
	m := "r"
	if a[1] != nil {
		ms, ok := a[1].(*Str)
		if !ok {
			return nil, vm.typeErrorf("file() argument 2 must be string, not %s", argTypeName(a[1]))
		}
		m = ms.S
	}
	buffering := -1
	if a[2] != nil {
		if buffering, err = vm.cIntArg(a[2]); err != nil {
			return nil, err
		}
	}
	return vm.openFile(a[0], m, buffering)
}
