// mod_traceback.go defines _traceback, the Go half of the traceback module: the entries
// of a traceback object and the last line of a printed exception, formatted exactly as
// the VM prints uncaught exceptions. pylib/traceback.py builds print_exc and the rest on
// them.
package vm

// newTracebackModule makes _traceback.
func newTracebackModule(vm *VM) *Module {
	return vm.newGoModule("_traceback", "", []methodDef{
		{name: "extract_tb", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if err := vm.argsExactly("extract_tb", args, 1); err != nil {
				return nil, err
			}
			var items []Object
			if tb, ok := args[0].(*Traceback); ok {
				for _, e := range tracebackEntries(tb) {
					code := e.Frame.Code
					var line Object = None
					if s := vm.sourceLine(code.Filename, e.Lineno); s != "" {
						line = vm.NewStr(s)
					} else {
						incref(line)
					}
					items = append(items, vm.NewTuple([]Object{vm.NewStr(code.Filename), vm.NewInt(int64(e.Lineno)),
						vm.NewStr(code.Name), line}))
				}
			} else if args[0] != Object(None) {
				return nil, vm.typeErrorf("extract_tb() argument must be a traceback or None")
			}
			return vm.NewList(items), nil
		}},
		{name: "exception_only", fn: func(vm *VM, _ Object, args []Object, kw *Dict) (Object, *PyError) {
			if len(args) != 2 {
				return nil, vm.typeErrorf("exception_only expected 2 arguments, got %d", len(args))
			}
			etype, value := args[0], args[1]
			if value == Object(None) {
				if t, ok := etype.(*Type); ok {
					return vm.NewStr(t.Name + "\n"), nil
				}
				s, err := vm.StrString(etype)
				if err != nil {
					return nil, err
				}
				return vm.NewStr(s + "\n"), nil
			}
			return vm.NewStr(vm.formatExceptionOnly(value)), nil
		}},
	})
}
