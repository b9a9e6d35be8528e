// mod_signal.go defines the signal module: the signal numbers, SIG_DFL and SIG_IGN,
// default_int_handler, and signal()/getsignal() over a per-VM table of handlers. SIGINT is
// the signal the VM delivers (as KeyboardInterrupt by default); deliverSIGINT is what the
// interpreter loop calls when it arrives, so that a program's handler or SIG_IGN is
// honoured.
package vm

import "golang.org/x/sys/unix"

// signalNames are the signals the module exports.
var signalNames = []struct {
	name string
	num  unix.Signal
}{
	{"SIGHUP", unix.SIGHUP}, {"SIGINT", unix.SIGINT}, {"SIGQUIT", unix.SIGQUIT}, {"SIGILL", unix.SIGILL},
	{"SIGTRAP", unix.SIGTRAP}, {"SIGABRT", unix.SIGABRT}, {"SIGIOT", unix.SIGIOT}, {"SIGBUS", unix.SIGBUS},
	{"SIGFPE", unix.SIGFPE}, {"SIGKILL", unix.SIGKILL}, {"SIGUSR1", unix.SIGUSR1}, {"SIGSEGV", unix.SIGSEGV},
	{"SIGUSR2", unix.SIGUSR2}, {"SIGPIPE", unix.SIGPIPE}, {"SIGALRM", unix.SIGALRM}, {"SIGTERM", unix.SIGTERM},
	{"SIGCHLD", unix.SIGCHLD}, {"SIGCLD", unix.SIGCHLD}, {"SIGCONT", unix.SIGCONT}, {"SIGSTOP", unix.SIGSTOP},
	{"SIGTSTP", unix.SIGTSTP}, {"SIGTTIN", unix.SIGTTIN}, {"SIGTTOU", unix.SIGTTOU}, {"SIGURG", unix.SIGURG},
	{"SIGXCPU", unix.SIGXCPU}, {"SIGXFSZ", unix.SIGXFSZ}, {"SIGVTALRM", unix.SIGVTALRM},
	{"SIGPROF", unix.SIGPROF}, {"SIGWINCH", unix.SIGWINCH}, {"SIGIO", unix.SIGIO}, {"SIGPOLL", unix.SIGIO},
	{"SIGPWR", unix.SIGPWR}, {"SIGSYS", unix.SIGSYS},
}

// nsig is NSIG: signal numbers are below it.
const nsig = 65

// newSignalModule makes signal. The handler table is a dict (signal number to handler)
// held by the signal and getsignal functions as their bound object.
func newSignalModule(vm *VM) *Module {
	m := vm.newGoModule("signal", "Signal numbers and the handlers a program installs for them.", []methodDef{
		{name: "default_int_handler", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			return nil, vm.RaiseArgs(KeyboardInterruptType)
		}},
	})
	for _, s := range signalNames {
		vm.modSet(m, s.name, vm.NewInt(int64(s.num)))
	}
	vm.modSet(m, "SIG_DFL", vm.NewInt(0))
	vm.modSet(m, "SIG_IGN", vm.NewInt(1))
	vm.modSet(m, "NSIG", vm.NewInt(nsig))
	handlers := vm.NewDict()
	sigint := vm.NewInt(int64(unix.SIGINT))
	initial := m.Dict.GetString("default_int_handler")
	if vm.opts.InterruptIgnored {
		initial = m.Dict.GetString("SIG_IGN")
	}
	if err := handlers.SetItem(vm, sigint, initial); err != nil {
		panic("BUG: " + err.String())
	}
	vm.Decref(sigint)
	for _, f := range []methodDef{{name: "signal", fn: signalSignal}, {name: "getsignal", fn: signalGetsignal}} {
		b := newModuleFunction("signal", f)
		b.Self = newRef(handlers)
		vm.modSet(m, f.name, b)
	}
	vm.Decref(handlers)
	return m
}

// signalNumber validates a signal number argument.
func (vm *VM) signalNumber(o Object) (int64, *PyError) {
	n, err := vm.intArg(o)
	if err != nil {
		return 0, err
	}
	if n < 1 || n >= nsig {
		return 0, vm.Raise(ValueErrorType, "signal number out of range")
	}
	return n, nil
}

// signalGetsignal is signal.getsignal(signalnum): the installed handler, SIG_DFL (0) when
// none was installed.
func signalGetsignal(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if err := vm.argsExactly("getsignal", args, 1); err != nil {
		return nil, err
	}
	if _, err := vm.signalNumber(args[0]); err != nil {
		return nil, err
	}
	h, err := self.(*Dict).GetItem(vm, args[0])
	if err != nil {
		return nil, err
	}
	if h == nil {
		return vm.NewInt(0), nil
	}
	return newRef(h), nil
}

// signalSignal is signal.signal(signalnum, handler): installs the handler and returns the
// previous one.
func signalSignal(vm *VM, self Object, args []Object, kw *Dict) (Object, *PyError) {
	if len(args) != 2 {
		return nil, vm.typeErrorf("signal() takes exactly 2 arguments (%d given)", len(args))
	}
	n, err := vm.signalNumber(args[0])
	if err != nil {
		return nil, err
	}
	h := args[1]
	if !vm.isCallable(h) {
		v, isInt := h.(*Int)
		if !isInt || (v.V != 0 && v.V != 1) {
			return nil, vm.typeErrorf("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
		}
	}
	if n == int64(unix.SIGKILL) || n == int64(unix.SIGSTOP) {
		code, msg := vm.NewInt(22), vm.NewStr("Invalid argument")
		err := vm.RaiseArgs(RuntimeErrorType, code, msg)
		vm.Decref(code)
		vm.Decref(msg)
		return nil, err
	}
	handlers := self.(*Dict)
	old, err := handlers.GetItem(vm, args[0])
	if err != nil {
		return nil, err
	}
	if old == nil {
		old = vm.NewInt(0)
	} else {
		incref(old)
	}
	if err := handlers.SetItem(vm, args[0], h); err != nil {
		vm.Decref(old)
		return nil, err
	}
	return old, nil
}

// deliverSIGINT runs what the program installed for SIGINT: KeyboardInterrupt by default
// (also when the signal module was never imported), nothing for SIG_IGN, the program's
// handler called with (signum, frame) otherwise.
func (vm *VM) deliverSIGINT() *PyError {
	m, ok := vm.modules.GetString("signal").(*Module)
	if !ok || m.Dict == nil {
		if vm.opts.InterruptIgnored {
			return nil
		}
		return vm.RaiseArgs(KeyboardInterruptType)
	}
	fn, ok := m.Dict.GetString("signal").(*Builtin)
	if !ok || fn.Self == nil {
		return vm.RaiseArgs(KeyboardInterruptType)
	}
	handlers, ok := fn.Self.(*Dict)
	if !ok {
		return vm.RaiseArgs(KeyboardInterruptType)
	}
	num := vm.NewInt(int64(unix.SIGINT))
	defer vm.Decref(num)
	h, err := handlers.GetItem(vm, num)
	if err != nil {
		return err
	}
	if h == nil {
		return vm.RaiseArgs(KeyboardInterruptType)
	}
	if v, isInt := h.(*Int); isInt {
		if v.V == 1 {
			return nil // SIG_IGN
		}
		return vm.RaiseArgs(KeyboardInterruptType)
	}
	var frame Object = None
	if vm.frame != nil {
		vm.exposeFrame(vm.frame)
		frame = vm.frame
	}
	incref(h)
	res, err := vm.Call(h, []Object{num, frame}, nil)
	vm.Decref(h)
	if err != nil {
		return err
	}
	vm.Decref(res)
	return nil
}
