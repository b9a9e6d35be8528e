// run.go creates a VM and runs a program: compiling source, executing the __main__ module,
// reporting an uncaught exception as CPython 2.7 does, and ending the run the way the mode
// ends it (CPython: exit functions, one cycle collection, module teardown; PyPy: exit
// functions, open files flushed, nothing else).
package vm

import (
	"os"
	"strings"

	"handson/gcsim"
	"handson/interp/compile"
	"handson/interp/syntax"
)

// AbortStatus is the exit status of a run ended by Abort (as timeout(1) uses).
const AbortStatus = 124

// New makes a VM ready to run programs.
func New(opts Options) (*VM, error) {
	builtinTypesOnce.Do(setupBuiltinTypes)
	if opts.RecursionLimit == 0 {
		opts.RecursionLimit = 1000
	}
	vm := &VM{
		opts:           opts,
		refcounting:    opts.GC == GCRefcount,
		interned:       make(map[string]*Str, 1024+len(builtinNames)),
		recursionLimit: opts.RecursionLimit,
		tracer:         opts.Tracer,
		files:          &fileTable{open: make(map[*File]struct{})},
		sources:        make(map[string][]string),
		deadWeakrefs:   make(map[*gcsim.Header][]*WeakRef),
	}
	for s, n := range builtinNames {
		vm.interned[s] = n
	}
	var log gcsim.Logger
	if opts.Log != nil {
		log = opts.Log
	}
	vm.gcVisitAdapter = func(x Object) { vm.gcVisit(x) }
	if vm.refcounting {
		vm.cycles = gcsim.NewCycleCollector(gcRuntime{vm}, log)
	} else {
		vm.heap = gcsim.NewGenerational(opts.Gen, gcRuntime{vm}, log)
	}
	vm.garbage = vm.NewList(nil)
	vm.stdin = vm.newStdFile(opts.Stdin, "<stdin>", "r")
	vm.stdout = vm.newStdFile(opts.Stdout, "<stdout>", "w")
	vm.stderr = vm.newStdFile(opts.Stderr, "<stderr>", "w")
	vm.stderr.unbuffered = true
	if opts.Interactive || isTerminal(opts.Stdout) {
		vm.stdout.lineBuffered = true
	}
	vm.stdout.unbuffered = opts.Unbuffered
	vm.modules = vm.NewDict()
	vm.setupBuiltinsModule()
	vm.setupSysModule()
	vm.startStress()
	return vm, nil
}

// builtinsFor returns the builtins dict a frame with these globals uses: the globals'
// __builtins__ (a module or dict) or the VM's.
func (vm *VM) builtinsFor(globals *Dict) *Dict {
	switch b := globals.GetString("__builtins__").(type) {
	case *Module:
		if b.Dict != nil {
			return b.Dict
		}
	case *Dict:
		return b
	}
	return vm.builtins
}

// CompileSource parses and compiles a module file, returning a SyntaxError as a PyError.
func (vm *VM) CompileSource(src []byte, filename string) (*Code, *PyError) {
	vm.rememberSource(filename, src)
	code, _, err := vm.compileMode(src, filename, syntax.FileMode, 0)
	return code, err
}

// compileMode parses and compiles in a mode with inherited future flags; it returns the
// flags in force afterwards (for a REPL), and prints the compiler's SyntaxWarnings.
func (vm *VM) compileMode(src []byte, filename string, mode syntax.Mode, flags compile.Flags) (*Code, compile.Flags, *PyError) {
	res, err := syntax.Parse(src, syntax.Options{Mode: mode, Filename: filename, Flags: syntax.FutureFlags(flags)})
	if err != nil {
		return nil, flags, vm.syntaxErrorFrom(err)
	}
	code, perr := vm.compileTree(res, src, filename)
	if perr != nil {
		return nil, flags, perr
	}
	return code, compile.Flags(res.Flags) | compile.Flags(code.Flags)&futureBits, nil
}

// compileTree compiles a parsed tree to a code object, printing the compiler's
// SyntaxWarnings.
func (vm *VM) compileTree(res *syntax.Result, src []byte, filename string) (*Code, *PyError) {
	cc, warnings, err := compile.CompileMod(res.Tree, filename, compile.Flags(res.Flags))
	if err != nil {
		return nil, vm.syntaxErrorFrom(compile.AttachSource(err, src))
	}
	for _, w := range warnings {
		line := vm.sourceLine(w.Filename, w.Lineno)
		vm.writeStderr(w.Filename + ":" + intRepr(int64(w.Lineno)) + ": SyntaxWarning: " + w.Msg + "\n  " + line + "\n")
	}
	return vm.loadCode(cc), nil
}

// futureBits are the co_flags bits of future features.
const futureBits = compile.Flags(compile.CO_FUTURE_DIVISION | compile.CO_FUTURE_ABSOLUTE_IMPORT |
	compile.CO_FUTURE_WITH_STATEMENT | compile.CO_FUTURE_PRINT_FUNCTION | compile.CO_FUTURE_UNICODE_LITERALS)

// syntaxErrorFrom turns a parser or compiler error into a SyntaxError (or
// IndentationError) exception with CPython's attributes.
func (vm *VM) syntaxErrorFrom(err error) *PyError {
	se, ok := err.(*syntax.Error)
	if !ok {
		return vm.Raise(SystemErrorType, err.Error())
	}
	t := SyntaxErrorType
	switch se.Kind {
	case syntax.IndentationError:
		t = IndentationErrorType
	case syntax.TabError:
		t = TabErrorType
	case syntax.MemoryError:
		// CPython's parser reports the overflow on stderr before raising.
		vm.writeStderr("s_push: parser stack overflow\n")
		return vm.RaiseArgs(MemoryErrorType)
	case syntax.ValueError:
		return vm.Raise(ValueErrorType, se.Msg)
	}
	var offset, text Object = None, None
	if se.HasOffset {
		offset = vm.NewInt(int64(se.Offset))
	}
	if se.HasText {
		text = vm.NewStr(se.Text)
	}
	fn := vm.NewStr(se.Filename)
	ln := vm.NewInt(int64(se.Lineno))
	info := vm.NewTupleRefs(fn, ln, offset, text)
	msg := vm.NewStr(se.Msg)
	inst := vm.newInstance(t)
	_, perr := syntaxErrorInit(vm, inst, []Object{msg, info}, nil)
	for _, o := range []Object{fn, ln, offset, text, info, msg} {
		vm.Decref(o)
	}
	if perr != nil {
		return perr
	}
	return &PyError{Value: inst}
}

// RunMain runs a program as __main__ and ends the run. It returns the exit status.
func (vm *VM) RunMain(src []byte, filename string) int {
	main := vm.setupMain(filename)
	code, err := vm.CompileSource(src, filename)
	status := 0
	if err == nil {
		var res Object
		res, err = vm.ExecCode(code, main.Dict, main.Dict)
		if err == nil {
			vm.Decref(res)
			vm.flushLine()
		}
	}
	if err != nil {
		status = vm.handleUncaught(err)
	}
	return vm.finish(status)
}

// ExecCode runs a module-level code object with the given namespaces.
func (vm *VM) ExecCode(code *Code, globals, locals *Dict) (Object, *PyError) {
	f := vm.newFrame(code, globals, locals, vm.builtinsFor(globals))
	res, err := vm.eval(f, nil)
	vm.Decref(f)
	return res, err
}

// handleUncaught reports an exception that ended the program and returns the exit
// status: SystemExit gives its code; anything else prints the traceback and gives 1.
func (vm *VM) handleUncaught(err *PyError) int {
	if err.abort {
		err.release(vm)
		vm.flushStdout()
		vm.abortMu.Lock()
		reason := vm.abortReason
		vm.abortMu.Unlock()
		vm.writeStderr(reason + "\n")
		return AbortStatus
	}
	if err.Matches(SystemExitType) {
		// handle_system_exit ends a pending print line first.
		vm.flushLine()
		status := vm.systemExitStatus(err.Value)
		err.release(vm)
		return status
	}
	vm.flushStdout()
	// Like PyErr_Print, keep the exception in sys.last_* (it keeps its frames alive until
	// teardown).
	var tb Object = None
	if err.Traceback != nil {
		tb = err.Traceback
	}
	if vm.sys != nil {
		vm.sys.Dict.SetString(vm, "last_type", err.Value.Type())
		vm.sys.Dict.SetString(vm, "last_value", err.Value)
		vm.sys.Dict.SetString(vm, "last_traceback", tb)
	}
	status := 1
	var hook Object
	if vm.sys != nil {
		hook = vm.sys.Dict.GetString("excepthook")
	}
	switch b, _ := hook.(*Builtin); {
	case hook == nil:
		vm.flushLine() // PyErr_Display's Py_FlushLine
		vm.writeStderr("sys.excepthook is missing\n" + vm.FormatException(err))
	case b != nil && b.Module == "sys" && b.Name == "excepthook":
		vm.flushLine()
		vm.writeStderr(vm.FormatException(err))
	default:
		incref(hook)
		res, herr := vm.Call(hook, []Object{err.Value.Type(), err.Value, tb}, nil)
		vm.Decref(hook)
		if herr == nil {
			vm.Decref(res)
			break
		}
		if herr.Matches(SystemExitType) {
			status = vm.systemExitStatus(herr.Value)
			herr.release(vm)
			break
		}
		vm.flushLine()
		vm.flushStdout()
		vm.writeStderr("Error in sys.excepthook:\n" + vm.FormatException(herr) +
			"\nOriginal exception was:\n" + vm.FormatException(err))
		herr.release(vm)
	}
	err.release(vm)
	return status
}

// systemExitStatus is handle_system_exit: None is 0, an int is itself, anything else is
// printed to stderr and gives 1.
func (vm *VM) systemExitStatus(exc Object) int {
	var code Object = None
	if inst, ok := exc.(*Instance); ok {
		if c := inst.Dict; c != nil && c.GetString("code") != nil {
			code = c.GetString("code")
		} else if a := inst.Args; a != nil {
			// Raised from Go without running __init__: code follows the args.
			switch len(a.Items) {
			case 0:
			case 1:
				code = a.Items[0]
			default:
				code = a
			}
		}
	}
	switch c := code.(type) {
	case *NoneObject:
		return 0
	case *Int:
		return int(c.V)
	}
	vm.flushStdout()
	s, err := vm.StrString(code)
	if err != nil {
		err.release(vm)
	} else {
		vm.writeStderr(s + "\n")
	}
	return 1
}

func (vm *VM) flushStdout() {
	if vm.stdout != nil {
		if err := vm.fileFlush(vm.stdout); err != nil {
			err.release(vm)
		}
	}
}

// finish ends the run as the mode does and returns the final status.
func (vm *VM) finish(status int) int {
	if vm.pending.Load()&pendingAbort != 0 {
		// An aborted run runs no more Python code; what was written is kept.
		vm.flushAll()
		return status
	}
	status = vm.runExitFuncs(status)
	vm.flushLine() // call_sys_exitfunc ends with Py_FlushLine
	if vm.refcounting {
		// Py_Finalize: one cycle collection, then module teardown, whose finalizers run
		// with globals already set to None.
		vm.cycles.Collect(gcsim.NumGenerations - 1)
		vm.teardownModules()
	}
	// PyPy: no collection, no __del__, no weakref callbacks; open files are flushed.
	vm.flushAll()
	return status
}

// runExitFuncs calls sys.exitfunc (which the atexit module sets to run its handlers). A
// SystemExit it raises ends the program with that status, as Py_Exit does in CPython;
// other errors are reported. It returns the status the program exits with.
func (vm *VM) runExitFuncs(status int) int {
	if vm.sys == nil {
		return status
	}
	f := vm.sys.Dict.GetString("exitfunc")
	if f == nil {
		return status
	}
	incref(f)
	defer vm.Decref(f)
	vm.sys.Dict.DelItem(vm, vm.Intern("exitfunc"))
	res, err := vm.Call(f, nil, nil)
	if err == nil {
		vm.Decref(res)
		return status
	}
	if err.Matches(SystemExitType) {
		status = vm.systemExitStatus(err.Value)
		err.release(vm)
		return status
	}
	vm.flushStdout()
	vm.writeStderr("Error in sys.exitfunc:\n" + vm.FormatException(err))
	err.release(vm)
	return status
}

// teardownModules is PyImport_Cleanup: special variables first, then __main__, then the
// other modules, then sys and __builtin__; clearing a module sets its globals to None
// (names starting with one underscore first), which runs the finalizers of the objects
// they held.
func (vm *VM) teardownModules() {
	vm.builtins.SetString(vm, "_", None)
	if vm.sys != nil {
		for _, n := range []string{"path", "argv", "ps1", "ps2", "exitfunc", "exc_type", "exc_value",
			"exc_traceback", "last_type", "last_value", "last_traceback", "path_hooks",
			"path_importer_cache", "meta_path", "flags", "float_info"} {
			vm.sys.Dict.SetString(vm, n, None)
		}
		for _, p := range [][2]string{{"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}} {
			v := vm.sys.Dict.GetString(p[1])
			if v == nil {
				v = None
			}
			vm.sys.Dict.SetString(vm, p[0], v)
		}
	}
	// Drop the handled exception, as the thread state is cleared.
	oldT, oldV, oldTB := vm.excType, vm.excValue, vm.excTB
	vm.excType, vm.excValue, vm.excTB = nil, nil, nil
	vm.Xdecref(oldT)
	vm.Xdecref(oldV)
	vm.Xdecref(oldTB)
	if m, ok := vm.modules.GetString("__main__").(*Module); ok {
		incref(m)
		vm.clearModuleDict(m.Dict)
		vm.modules.SetString(vm, "__main__", None)
		vm.Decref(m)
	}
	// Modules nothing else refers to, round after round while that frees more, then the rest.
	for vm.clearModules(true) > 0 {
	}
	vm.clearModules(false)
}

// clearModules clears and drops the modules of sys.modules except __builtin__ and sys
// (only those nothing else refers to, when onlyUnshared), and says how many it dropped.
func (vm *VM) clearModules(onlyUnshared bool) int {
	done := 0
	pos := 0
	for {
		k, v, ok := vm.modules.Next(&pos)
		if !ok {
			return done
		}
		m, isMod := v.(*Module)
		if !isMod || onlyUnshared && v.GCHeader().RC != 1 {
			continue
		}
		name := k.(*Str).S
		if name == "__builtin__" || name == "sys" {
			continue
		}
		incref(m)
		vm.clearModuleDict(m.Dict)
		vm.modules.SetItem(vm, k, None)
		vm.Decref(m)
		done++
	}
}

// clearModuleDict is _PyModule_Clear: names with a single leading underscore become None
// first, then every other name except __builtins__.
func (vm *VM) clearModuleDict(d *Dict) {
	if d == nil {
		return
	}
	for pass := 0; pass < 2; pass++ {
		pos := 0
		for {
			k, v, ok := d.Next(&pos)
			if !ok {
				break
			}
			ks, isStr := k.(*Str)
			if !isStr || v == Object(None) {
				continue
			}
			s := ks.S
			single := len(s) > 0 && s[0] == '_' && (len(s) < 2 || s[1] != '_')
			if pass == 0 && !single {
				continue
			}
			if pass == 1 && s == "__builtins__" {
				continue
			}
			d.SetItem(vm, k, None)
		}
	}
}

// rememberSource keeps a program's lines for tracebacks.
func (vm *VM) rememberSource(filename string, src []byte) {
	vm.sources[filename] = strings.Split(string(src), "\n")
}

// sourceLine is linecache.getline, stripped of surrounding white space as tracebacks show
// it; empty when unknown.
func (vm *VM) sourceLine(filename string, lineno int) string {
	lines, ok := vm.sources[filename]
	if !ok {
		data, err := os.ReadFile(filename)
		if err != nil {
			vm.sources[filename] = nil
			return ""
		}
		lines = strings.Split(string(data), "\n")
		vm.sources[filename] = lines
	}
	if lineno < 1 || lineno > len(lines) {
		return ""
	}
	return strings.Trim(lines[lineno-1], " \t\f\r\v")
}

// checkSignals delivers a SIGINT that arrived (for blocking reads and long Go loops).
func (vm *VM) checkSignals() *PyError {
	if vm.pending.Load()&pendingSignal != 0 {
		vm.clearPending(pendingSignal)
		return vm.deliverSIGINT()
	}
	return nil
}
