// imports.go implements import: the builtin modules (made on first import), Python modules
// found as .py files beside the main program (and on sys.path), `from m import *`, and
// the exec statement.
package vm

import (
	"os"
	"path/filepath"
	"strings"

	"handson/interp/compile"
	"handson/interp/syntax"
)

// importName is IMPORT_NAME: __import__(name, globals, locals, fromlist, level).
func (vm *VM) importName(name *Str, fromlist, level Object, f *Frame) (Object, *PyError) {
	// A program may replace __builtin__.__import__; honour it.
	if imp := f.Builtins.GetString("__import__"); imp != nil {
		if b, ok := imp.(*Builtin); !ok || b.Name != "__import__" || b.Module != "__builtin__" {
			var locals Object = None
			if f.Locals != nil {
				locals = f.Locals
			}
			return vm.Call(imp, []Object{name, f.Globals, locals, fromlist, level}, nil)
		}
	}
	return vm.importModuleLevel(name.S, fromlist)
}

// importModuleLevel imports a dotted name and returns what `import a.b` binds (the top
// package) or, with a fromlist, the module itself.
func (vm *VM) importModuleLevel(name string, fromlist Object) (Object, *PyError) {
	parts := strings.Split(name, ".")
	var top, cur Object
	path := ""
	for i, p := range parts {
		if i > 0 {
			path += "."
		}
		path += p
		m, err := vm.importOne(path, p, cur)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			top = m
		}
		cur = m
	}
	hasFromlist := false
	if fromlist != nil && fromlist != Object(None) {
		t, _ := vm.IsTrue(fromlist)
		hasFromlist = t
	}
	if hasFromlist {
		return newRef(cur), nil
	}
	return newRef(top), nil
}

// importOne imports one level of a dotted name (borrowed result).
func (vm *VM) importOne(fullname, short string, parent Object) (Object, *PyError) {
	if m := vm.modules.GetString(fullname); m != nil && m != Object(None) {
		return m, nil
	}
	if mk, ok := builtinModules[fullname]; ok {
		m := mk(vm)
		if err := vm.moduleInitErr; err != nil {
			// Its Python half failed (execGoModuleSource): the import fails and the
			// module is not kept, as for a module written in Python.
			vm.moduleInitErr = nil
			vm.Decref(m)
			return nil, err
		}
		vm.modules.SetString(vm, fullname, m)
		vm.Decref(m)
		if parent != nil {
			if err := vm.SetAttr(parent, vm.Intern(short), m); err != nil {
				return nil, err
			}
		}
		return m, nil
	}
	if src, ok := embeddedModules[fullname]; ok {
		return vm.execModuleSource(fullname, "<"+fullname+">", []byte(src))
	}
	if parent == nil {
		for _, dir := range vm.searchPath() {
			file := filepath.Join(dir, fullname+".py")
			data, err := os.ReadFile(file)
			if err != nil {
				continue
			}
			return vm.execModuleSource(fullname, file, data)
		}
	}
	return nil, vm.Raisef(ImportErrorType, "No module named %s", short)
}

// searchPath is sys.path as a list of directories.
func (vm *VM) searchPath() []string {
	var out []string
	if vm.sys == nil {
		return out
	}
	if l, ok := vm.sys.Dict.GetString("path").(*List); ok {
		for _, p := range listItems(vm, l) {
			if s, ok := p.(*Str); ok {
				dir := s.S
				if dir == "" {
					dir = "."
				}
				out = append(out, dir)
			}
		}
	}
	return out
}

// execModuleSource creates a module from Python source and runs it (borrowed result, the
// module stays in sys.modules). A failing module is removed again.
func (vm *VM) execModuleSource(name, file string, src []byte) (Object, *PyError) {
	m := vm.NewModule(name)
	fn := vm.NewStr(file)
	m.Dict.SetString(vm, "__file__", fn)
	vm.Decref(fn)
	m.Dict.SetString(vm, "__builtins__", vm.builtinsMod)
	vm.modules.SetString(vm, name, m)
	vm.Decref(m)
	code, err := vm.CompileSource(src, file)
	if err == nil {
		var res Object
		res, err = vm.ExecCode(code, m.Dict, m.Dict)
		if err == nil {
			vm.Decref(res)
		}
	}
	if err != nil {
		vm.modules.DelItem(vm, vm.Intern(name))
		return nil, err
	}
	return vm.modules.GetString(name), nil
}

// importStar is IMPORT_STAR: every public name (or __all__) into the frame's locals.
func (vm *VM) importStar(mod Object, f *Frame) *PyError {
	if f.Locals == nil {
		return vm.Raise(SystemErrorType, "no locals found during 'import *'")
	}
	var names []Object
	all, err := vm.GetAttr(mod, sAll)
	if err == nil {
		names, err = vm.iterateAll(all)
		vm.Decref(all)
		if err != nil {
			return err
		}
	} else {
		err.release(vm)
		d, err := vm.GetAttr(mod, sDict)
		if err != nil {
			return err
		}
		dd, ok := d.(*Dict)
		if !ok {
			vm.Decref(d)
			return vm.Raise(ImportErrorType, "from-import-* object has no __dict__ and no __all__")
		}
		for _, k := range dd.Keys() {
			if s, ok := k.(*Str); ok && !strings.HasPrefix(s.S, "_") {
				incref(k)
				names = append(names, k)
			}
		}
		vm.Decref(d)
	}
	defer func() {
		for _, n := range names {
			vm.Decref(n)
		}
	}()
	for _, n := range names {
		ns, ok := n.(*Str)
		if !ok {
			continue
		}
		v, err := vm.GetAttr(mod, ns)
		if err != nil {
			return err
		}
		f.Locals.SetStr(vm, vm.internStr(ns), v)
		vm.Decref(v)
	}
	return nil
}

// execStmt is the exec statement: exec code [in globals [, locals]].
func (vm *VM) execStmt(prog, globals, locals Object, f *Frame) *PyError {
	g, l, err := vm.execNamespaces(globals, locals, f)
	if err != nil {
		return err
	}
	var code *Code
	switch p := prog.(type) {
	case *Code:
		code = p
	case *Str, *Unicode:
		c, err := vm.compileRuntime(p, "<string>", syntax.ExecMode, callerFutureFlags(f), "")
		if err != nil {
			return err
		}
		code = c
	case *File:
		src, err := vm.fileRead(p, -1)
		if err != nil {
			return err
		}
		text := vm.NewStr(src)
		c, perr := vm.compileRuntime(text, "<string>", syntax.ExecMode, callerFutureFlags(f), "")
		vm.Decref(text)
		if perr != nil {
			return perr
		}
		code = c
	default:
		return vm.typeErrorf("exec: arg 1 must be a string, file, or code object")
	}
	res, err := vm.ExecCode(code, g, l)
	if err != nil {
		return err
	}
	vm.Decref(res)
	return nil
}

// execNamespaces picks exec's namespaces: the frame's own when none are given.
func (vm *VM) execNamespaces(globals, locals Object, f *Frame) (*Dict, *Dict, *PyError) {
	if globals == Object(None) || globals == nil {
		g := f.Globals
		l := f.Locals
		if l == nil {
			l = g
		}
		return g, l, nil
	}
	g, ok := globals.(*Dict)
	if !ok {
		return nil, nil, vm.typeErrorf("exec: arg 2 must be a dictionary or None")
	}
	if g.GetString("__builtins__") == nil {
		g.SetString(vm, "__builtins__", vm.builtinsMod)
	}
	if locals == Object(None) || locals == nil {
		return g, g, nil
	}
	l, ok := locals.(*Dict)
	if !ok {
		return nil, nil, vm.typeErrorf("exec: arg 3 must be a mapping or None")
	}
	return g, l, nil
}

// compileRuntime compiles source given at run time (the exec statement, eval(), compile()):
// a str as bytes, a unicode as its UTF-8 encoding (whose str literals then hold UTF-8
// bytes, as in CPython). flags are the future features in force; a NUL byte is refused
// with CPython's message, which compile() prefixes with its name.
func (vm *VM) compileRuntime(src Object, filename string, mode syntax.Mode, flags compile.Flags, who string) (*Code, *PyError) {
	var text string
	utf8 := false
	switch s := src.(type) {
	case *Str:
		text = s.S
	case *Unicode:
		text, utf8 = encodeUTF8Runes(s.R), true
	default:
		return nil, vm.typeErrorf("expected a readable buffer object")
	}
	if strings.IndexByte(text, 0) >= 0 {
		return nil, vm.typeErrorf("%sexpected string without null bytes", who)
	}
	if mode == syntax.EvalMode {
		text = strings.TrimLeft(text, " \t")
	}
	res, err := syntax.Parse([]byte(text), syntax.Options{Mode: mode, Filename: filename,
		Flags: syntax.FutureFlags(flags), SourceIsUTF8: utf8})
	if err != nil {
		return nil, vm.syntaxErrorFrom(err)
	}
	return vm.compileTree(res, []byte(text), filename)
}

// callerFutureFlags are the future features of the code running in f, which source
// compiled at run time inherits.
func callerFutureFlags(f *Frame) compile.Flags {
	if f == nil {
		return 0
	}
	return compile.Flags(f.Code.Flags) & futureBits
}
