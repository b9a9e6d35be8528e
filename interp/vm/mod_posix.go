// mod_posix.go defines posix, the Go half of the os module: the system calls on files,
// directories and the process that os and os.path (pylib/os.py, pylib/posixpath.py) are
// written on. Failures raise OSError with errno, strerror and filename, as CPython's
// posixmodule does.
package vm

import (
	"crypto/rand"
	"errors"
	"os"
	"os/exec"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"
)

// osError makes OSError(errno, strerror[, filename]) from a system error.
func (vm *VM) osError(err error, filename Object) *PyError {
	var errno unix.Errno
	if !errors.As(err, &errno) {
		return vm.Raise(OSErrorType, err.Error())
	}
	args := []Object{vm.NewInt(int64(errno)), vm.NewStr(strerror(errno))}
	if filename != nil {
		args = append(args, newRef(filename))
	}
	e := vm.RaiseArgs(OSErrorType, args...)
	for _, a := range args {
		vm.Decref(a)
	}
	inst := e.Value.(*Instance)
	if _, perr := envErrorInit(vm, inst, inst.Args.Items, nil); perr != nil {
		perr.release(vm)
	}
	return e
}

// pathArg reads argument pos (from 1) of the posix function fn as a path: a str or a
// unicode, without the NUL bytes a C path cannot hold.
func (vm *VM) pathArg(fn string, pos int, o Object) (string, *PyError) {
	var p string
	switch x := o.(type) {
	case *Str:
		p = x.S
	case *Unicode:
		p = string(x.R)
	default:
		if inst, ok := o.(*Instance); ok && inst.Native != nil {
			return vm.pathArg(fn, pos, inst.Native)
		}
		return "", vm.typeErrorf("coercing to Unicode: need string or buffer, %s found", o.Type().Name)
	}
	if strings.IndexByte(p, 0) >= 0 {
		return "", vm.typeErrorf("%s() argument %d must be encoded string without null bytes, not %s", fn, pos, o.Type().Name)
	}
	return p, nil
}

// posixPathCall is a posix function of one path argument that returns None.
func posixPathCall(name string, call func(path string) error) methodDef {
	return methodDef{name: name, fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
		if len(args) != 1 {
			return nil, vm.typeErrorf("%s() takes exactly 1 argument (%d given)", name, len(args))
		}
		p, err := vm.pathArg(name, 1, args[0])
		if err != nil {
			return nil, err
		}
		if e := call(p); e != nil {
			return nil, vm.osError(e, args[0])
		}
		return noneRef(), nil
	}}
}

// newPosixModule makes posix.
func newPosixModule(vm *VM) *Module {
	m := vm.newGoModule("posix", "The system calls os is built on.", []methodDef{
		{name: "getcwd", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("getcwd", args, 0); err != nil {
				return nil, err
			}
			d, err := unix.Getwd()
			if err != nil {
				return nil, vm.osError(err, nil)
			}
			return vm.NewStr(d), nil
		}},
		{name: "listdir", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) != 1 {
				return nil, vm.typeErrorf("listdir() takes exactly 1 argument (%d given)", len(args))
			}
			p, err := vm.pathArg("listdir", 1, args[0])
			if err != nil {
				return nil, err
			}
			f, oerr := os.Open(p)
			if oerr != nil {
				return nil, vm.osError(oerr, args[0])
			}
			names, rerr := f.Readdirnames(-1)
			f.Close()
			if rerr != nil {
				return nil, vm.osError(rerr, args[0])
			}
			_, isUni := args[0].(*Unicode)
			items := make([]Object, len(names))
			for i, n := range names {
				if isUni {
					items[i] = vm.NewUnicode([]rune(n))
				} else {
					items[i] = vm.NewStr(n)
				}
			}
			return vm.NewList(items), nil
		}},
		posixPathCall("remove", unix.Unlink),
		posixPathCall("unlink", unix.Unlink),
		posixPathCall("rmdir", unix.Rmdir),
		posixPathCall("chdir", unix.Chdir),
		{name: "mkdir", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsRange("mkdir", args, 1, 2); err != nil {
				return nil, err
			}
			p, err := vm.pathArg("mkdir", 1, args[0])
			if err != nil {
				return nil, err
			}
			mode := int64(0o777)
			if len(args) == 2 {
				if mode, err = vm.intArg(args[1]); err != nil {
					return nil, err
				}
			}
			if e := unix.Mkdir(p, uint32(mode)); e != nil {
				return nil, vm.osError(e, args[0])
			}
			return noneRef(), nil
		}},
		{name: "rename", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) != 2 {
				return nil, vm.typeErrorf("rename expected 2 arguments, got %d", len(args))
			}
			a, err := vm.pathArg("rename", 1, args[0])
			if err != nil {
				return nil, err
			}
			b, err := vm.pathArg("rename", 2, args[1])
			if err != nil {
				return nil, err
			}
			if e := unix.Rename(a, b); e != nil {
				return nil, vm.osError(e, nil)
			}
			return noneRef(), nil
		}},
		{name: "stat", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.posixStat("stat", args, unix.Stat)
		}},
		{name: "lstat", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			return vm.posixStat("lstat", args, unix.Lstat)
		}},
		{name: "access", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) != 2 {
				return nil, vm.typeErrorf("access() takes exactly 2 arguments (%d given)", len(args))
			}
			p, err := vm.pathArg("access", 1, args[0])
			if err != nil {
				return nil, err
			}
			mode, err := vm.intArg(args[1])
			if err != nil {
				return nil, err
			}
			return NewBool(unix.Access(p, uint32(mode)) == nil), nil
		}},
		{name: "getpid", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("getpid", args, 0); err != nil {
				return nil, err
			}
			return vm.NewInt(int64(unix.Getpid())), nil
		}},
		{name: "getppid", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("getppid", args, 0); err != nil {
				return nil, err
			}
			return vm.NewInt(int64(unix.Getppid())), nil
		}},
		{name: "getuid", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("getuid", args, 0); err != nil {
				return nil, err
			}
			return vm.NewInt(int64(unix.Getuid())), nil
		}},
		{name: "strerror", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) != 1 {
				return nil, vm.typeErrorf("strerror() takes exactly 1 argument (%d given)", len(args))
			}
			n, err := vm.intArg(args[0])
			if err != nil {
				return nil, err
			}
			return vm.NewStr(strerror(unix.Errno(n))), nil
		}},
		{name: "urandom", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) != 1 {
				return nil, vm.typeErrorf("urandom() takes exactly 1 argument (%d given)", len(args))
			}
			n, err := vm.intArg(args[0])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, vm.Raise(ValueErrorType, "negative argument not allowed")
			}
			buf := make([]byte, n)
			if _, e := rand.Read(buf); e != nil {
				return nil, vm.osError(e, nil)
			}
			return vm.NewStr(string(buf)), nil
		}},
		{name: "isatty", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) != 1 {
				return nil, vm.typeErrorf("isatty() takes exactly 1 argument (%d given)", len(args))
			}
			fd, err := vm.intArg(args[0])
			if err != nil {
				return nil, err
			}
			return NewBool(isTerminal(int(fd))), nil
		}},
		{name: "system", fn: posixSystem},
		{name: "chmod", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) != 2 {
				return nil, vm.typeErrorf("chmod() takes exactly 2 arguments (%d given)", len(args))
			}
			p, err := vm.pathArg("chmod", 1, args[0])
			if err != nil {
				return nil, err
			}
			mode, err := vm.intArg(args[1])
			if err != nil {
				return nil, err
			}
			if e := unix.Chmod(p, uint32(mode)); e != nil {
				return nil, vm.osError(e, args[0])
			}
			return noneRef(), nil
		}},
		{name: "_exit", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) != 1 {
				return nil, vm.typeErrorf("_exit() takes exactly 1 argument (%d given)", len(args))
			}
			n, err := vm.intArg(args[0])
			if err != nil {
				return nil, err
			}
			vm.flushAll()
			os.Exit(int(n))
			return nil, nil
		}},
	})
	env := vm.NewDict()
	for _, kv := range vm.opts.Environ {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		ko, vo := vm.NewStr(k), vm.NewStr(v)
		if err := env.SetItem(vm, ko, vo); err != nil {
			err.release(vm)
		}
		vm.Decref(ko)
		vm.Decref(vo)
	}
	vm.modSet(m, "environ", env)
	m.Dict.SetString(vm, "error", OSErrorType)
	return m
}

// posixStat is stat/lstat: the ten fields of a stat_result as a tuple (os.py wraps it).
func (vm *VM) posixStat(name string, args []Object, call func(string, *unix.Stat_t) error) (Object, *PyError) {
	if len(args) != 1 {
		return nil, vm.typeErrorf("%s() takes exactly 1 argument (%d given)", name, len(args))
	}
	p, err := vm.pathArg(name, 1, args[0])
	if err != nil {
		return nil, err
	}
	var st unix.Stat_t
	if e := call(p, &st); e != nil {
		return nil, vm.osError(e, args[0])
	}
	ts := func(t unix.Timespec) Object { return vm.NewFloat(float64(t.Sec) + float64(t.Nsec)/1e9) }
	return vm.NewTuple([]Object{
		vm.NewInt(int64(st.Mode)), vm.NewInt(int64(st.Ino)), vm.NewInt(int64(st.Dev)),
		vm.NewInt(int64(st.Nlink)), vm.NewInt(int64(st.Uid)), vm.NewInt(int64(st.Gid)),
		vm.NewInt(st.Size), ts(st.Atim), ts(st.Mtim), ts(st.Ctim),
	}), nil
}

// posixSystem is os.system(command): /bin/sh -c command on the program's standard
// streams, returning the wait status (exit code << 8, or the signal number). Python's own
// buffered output is not flushed first, as in CPython.
func posixSystem(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
	if len(args) != 1 {
		return nil, vm.typeErrorf("system() takes exactly 1 argument (%d given)", len(args))
	}
	cmdline, ok := args[0].(*Str)
	if !ok {
		return nil, vm.typeErrorf("system() argument 1 must be string, not %s", args[0].Type().Name)
	}
	// The child gets duplicates of the descriptors, which Go may close when done.
	var files []*os.File
	for _, fd := range []int{vm.opts.Stdin, vm.opts.Stdout, vm.opts.Stderr} {
		d, err := unix.Dup(fd)
		if err != nil {
			for _, f := range files {
				f.Close()
			}
			return nil, vm.osError(err, nil)
		}
		files = append(files, os.NewFile(uintptr(d), "stdio"))
	}
	defer func() {
		for _, f := range files {
			f.Close()
		}
	}()
	cmd := exec.Command("/bin/sh", "-c", cmdline.S)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = files[0], files[1], files[2]
	cmd.Env = vm.currentEnviron()
	err := cmd.Run()
	if err == nil {
		return vm.NewInt(0), nil
	}
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		if ws, ok := exitErr.Sys().(syscall.WaitStatus); ok {
			if ws.Signaled() {
				return vm.NewInt(int64(ws.Signal())), nil
			}
			return vm.NewInt(int64(ws.ExitStatus()) << 8), nil
		}
	}
	return vm.NewInt(127 << 8), nil
}

// currentEnviron is os.environ as the program has changed it (assigning to os.environ
// calls putenv in CPython, so child processes see the change), as KEY=VALUE strings.
func (vm *VM) currentEnviron() []string {
	m, ok := vm.modules.GetString("posix").(*Module)
	if !ok || m.Dict == nil {
		return vm.opts.Environ
	}
	env, ok := m.Dict.GetString("environ").(*Dict)
	if !ok {
		return vm.opts.Environ
	}
	var out []string
	pos := 0
	for {
		k, v, ok := env.Next(&pos)
		if !ok {
			return out
		}
		ks, kok := k.(*Str)
		vs, vok := v.(*Str)
		if kok && vok {
			out = append(out, ks.S+"="+vs.S)
		}
	}
}
