// repl.go is the interactive prompt: lines are read until they form a complete entry (as
// python2.7's prompt decides, printing "... " meanwhile), compiled in single mode so that
// expression values are echoed, and run in __main__; an exception prints its traceback and
// the prompt comes back.
package vm

import (
	"errors"

	"handson/interp/compile"
	"handson/interp/syntax"
)

// ErrInterrupted is what a LineReader returns when Ctrl-C is pressed at the prompt.
var ErrInterrupted = errors.New("interrupted")

// LineReader reads one line of input (with its newline) after showing prompt. It returns
// io.EOF at the end of input and ErrInterrupted when the user pressed Ctrl-C.
type LineReader func(prompt string) (string, error)

// setupMain makes the __main__ module (once) and returns it.
func (vm *VM) setupMain(filename string) *Module {
	if vm.main != nil {
		return vm.main
	}
	main := vm.NewModule("__main__")
	vm.main = main
	vm.modules.SetString(vm, "__main__", main)
	main.Dict.SetString(vm, "__builtins__", vm.builtinsMod)
	if filename != "" && filename != "-" && filename != "<stdin>" {
		fn := vm.NewStr(filename)
		main.Dict.SetString(vm, "__file__", fn)
		vm.Decref(fn)
	}
	vm.Decref(main)
	return main
}

// Interact runs the interactive prompt until end of input and returns the exit status
// (after the mode's end of run, as for a program).
func (vm *VM) Interact(read LineReader) int {
	main := vm.setupMain("")
	ps1, ps2 := vm.NewStr(">>> "), vm.NewStr("... ")
	vm.sys.Dict.SetString(vm, "ps1", ps1)
	vm.sys.Dict.SetString(vm, "ps2", ps2)
	vm.Decref(ps1)
	vm.Decref(ps2)
	var flags compile.Flags
	status := 0
	for {
		src := ""
		prompt := vm.promptString("ps1", ">>> ")
		for {
			line, err := read(prompt)
			if errors.Is(err, ErrInterrupted) {
				vm.writeStderr("\nKeyboardInterrupt\n")
				src = ""
				prompt = vm.promptString("ps1", ">>> ")
				continue
			}
			if err != nil {
				// End of input: python2.7 prints a newline and leaves.
				vm.writeStderr("\n")
				return vm.finish(status)
			}
			src += line
			_, perr := syntax.Parse([]byte(src), syntax.Options{Mode: syntax.InteractiveMode, Filename: "<stdin>",
				Flags: syntax.FutureFlags(flags)})
			if errors.Is(perr, syntax.ErrIncomplete) {
				prompt = vm.promptString("ps2", "... ")
				continue
			}
			break
		}
		code, newFlags, err := vm.compileMode([]byte(src), "<stdin>", syntax.InteractiveMode, flags)
		if err == nil {
			flags = newFlags
			var res Object
			res, err = vm.ExecCode(code, main.Dict, main.Dict)
			if err == nil {
				vm.Decref(res)
			}
		}
		vm.flushStdout()
		if err != nil {
			if err.Matches(SystemExitType) {
				status = vm.systemExitStatus(err.Value)
				err.release(vm)
				return vm.finish(status)
			}
			vm.writeStderr(vm.FormatException(err))
			err.release(vm)
		}
	}
}

// promptString is str(sys.ps1) or str(sys.ps2), or the default when unset.
func (vm *VM) promptString(name, def string) string {
	if vm.sys == nil {
		return def
	}
	p := vm.sys.Dict.GetString(name)
	if p == nil {
		return def
	}
	s, err := vm.StrString(p)
	if err != nil {
		err.release(vm)
		return def
	}
	return s
}
