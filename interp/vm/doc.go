// Package vm is handson's Python 2.7 virtual machine: the object model, the builtin types
// and modules, and the interpreter loop that runs code objects made by interp/compile.
//
// # Objects and reference counts
//
// Every Python value is an Object: a pointer to a Go struct that embeds gcsim.Header (its
// reference count and the collectors' state) and knows its Python Type. Counts are kept
// exact in both modes, with CPython's conventions:
//
//   - A function returning an Object returns a new (owned) reference; the caller must
//     Decref it when done. Functions whose names end in Borrow (and the few documented
//     accessors such as Dict.GetStr) return borrowed references.
//   - Object arguments are borrowed: a callee that keeps an argument takes its own
//     reference (incref, newRef).
//   - Containers own their items. Replacing or removing an item releases it after the
//     container is consistent again, in the order CPython's C code does, because that
//     order decides when __del__ methods run.
//
// In CPython mode (GCRefcount) an object is deallocated the moment its count reaches
// zero (lifetimes.go): __del__ runs, a file is flushed and closed, a suspended generator is
// closed so its finally clauses run, weak references are cleared and their callbacks
// called. gcsim.CycleCollector collects cycles, with CPython 2.7's generations and its
// gc.garbage rule. In PyPy mode (GCGenerational) counts are still kept, but reaching zero
// does nothing: gcsim.Generational decides when objects die, from the roots the VM lists
// (runtime.go), and the VM runs the finalizers it asks for at the next safe point.
//
// Objects shared by every VM in the process (None, True, False, the small ints, the
// one-character strs, the builtin types and their methods) are immortal: their headers come
// from gcsim.ImmortalHeader and their counts start far from zero.
//
// # Errors
//
// A raised Python exception travels up the Go stack as a *PyError (nil means success),
// which owns the exception instance and its traceback. Builtins raise with vm.Raise,
// vm.Raisef or vm.RaiseArgs. Nothing a Python program does may make the VM panic; a panic
// is a bug ("BUG: ...").
//
// # The interpreter
//
// eval.go runs one frame with CPython 2.7's opcodes and block stack. A frame holds all of
// its state (locals, value stack, pc, blocks), so generators suspend and resume frames and
// a JIT (the Tracer interface) can read and rebuild them. Safe points are instruction
// boundaries: the loop checks vm.pending there for signals (KeyboardInterrupt), due
// collections and queued finalizers.
//
// # Builtin types
//
// Each builtin type is a package-level *Type whose dict is filled once per process from a
// typeSpec (types.go): methods are MethodDescr values calling Go functions of signature
// BuiltinFn, computed attributes are GetSetDescr values. Classes deriving from builtin
// types make *Instance objects whose Native field holds the builtin value; builtin methods
// reach it through helpers such as asList and asDict.
//
// # Keyword arguments
//
// A builtin's methodDef says whether its Go function takes keyword arguments (keywords,
// CPython's METH_KEYWORDS). A call passing keywords to one that does not is refused before
// the function runs (kwpolicy.go), with CPython's message for its kind: "f() takes no
// keyword arguments" for functions and methods, "wrapper f doesn't take keyword
// arguments" for slot wrappers such as 'a'.__len__. One that takes keywords binds them with
// bindBuiltinArgs, which follows PyArg_ParseTupleAndKeywords: by position or by name, with
// its errors for an unknown keyword, a value given twice and a missing argument.
// Constructors (Type.New) and __init__ methods receive the keywords and bind or refuse
// them themselves, as CPython's tp_new and tp_init do.
//
// # Tests
//
// programs_test.go runs the Python programs of testdata/programs and compares their
// output, exit status and last stderr line with what CPython 2.7 gives (regenerate with
// go test ./interp/vm -run TestPrograms -update, which needs python2.7), and runs the
// shared conformance corpus when it is present.
package vm
