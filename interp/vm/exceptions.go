// exceptions.go defines PyError (a Python exception on its way up the Go stack), the
// builtin exception hierarchy of Python 2.7, traceback objects, and the printing of an
// uncaught exception in CPython 2.7's format.
package vm

import (
	"fmt"
	"strings"

	"handson/gcsim"
)

// PyError is a raised Python exception travelling up through Go code. It owns a reference
// to the exception instance and to its traceback. A nil *PyError means success.
type PyError struct {
	Value     Object     // the exception instance
	Traceback *Traceback // innermost last, as tb_next links; may be nil
	// fromGo marks an exception a builtin raised with a message: CPython would hold it
	// unnormalised (type and message string), which shows only in unraisable reports.
	fromGo bool
	// abort marks the unwinding of an aborted run (VM.Abort): no handler catches it.
	abort bool
}

// Class is the exception's class.
func (e *PyError) Class() *Type { return e.Value.Type() }

// Matches reports whether the exception is an instance of t.
func (e *PyError) Matches(t *Type) bool { return e.Value.Type().IsSubtype(t) }

// String is for Go-side diagnostics only.
func (e *PyError) String() string {
	if inst, ok := e.Value.(*Instance); ok && inst.Args != nil && len(inst.Args.Items) > 0 {
		if s, ok := inst.Args.Items[0].(*Str); ok {
			return inst.Class.Name + ": " + s.S
		}
	}
	return e.Value.Type().Name
}

// release drops the references the error holds.
func (e *PyError) release(vm *VM) {
	vm.Decref(e.Value)
	if e.Traceback != nil {
		vm.Decref(e.Traceback)
	}
}

// Traceback is a traceback object: one entry per frame the exception passed through.
type Traceback struct {
	gcsim.Header
	Next   *Traceback
	Frame  *Frame
	Lasti  int
	Lineno int
}

func (*Traceback) Type() *Type { return TracebackType }

// The builtin exception types. Their tree is built in setupExceptions.
var (
	BaseExceptionType             = newStaticType("BaseException", KindException, FlagBaseType)
	SystemExitType                = newStaticType("SystemExit", KindException, FlagBaseType)
	KeyboardInterruptType         = newStaticType("KeyboardInterrupt", KindException, FlagBaseType)
	GeneratorExitType             = newStaticType("GeneratorExit", KindException, FlagBaseType)
	ExceptionType                 = newStaticType("Exception", KindException, FlagBaseType)
	StopIterationType             = newStaticType("StopIteration", KindException, FlagBaseType)
	StandardErrorType             = newStaticType("StandardError", KindException, FlagBaseType)
	BufferErrorType               = newStaticType("BufferError", KindException, FlagBaseType)
	ArithmeticErrorType           = newStaticType("ArithmeticError", KindException, FlagBaseType)
	FloatingPointErrorType        = newStaticType("FloatingPointError", KindException, FlagBaseType)
	OverflowErrorType             = newStaticType("OverflowError", KindException, FlagBaseType)
	ZeroDivisionErrorType         = newStaticType("ZeroDivisionError", KindException, FlagBaseType)
	AssertionErrorType            = newStaticType("AssertionError", KindException, FlagBaseType)
	AttributeErrorType            = newStaticType("AttributeError", KindException, FlagBaseType)
	EnvironmentErrorType          = newStaticType("EnvironmentError", KindException, FlagBaseType)
	IOErrorType                   = newStaticType("IOError", KindException, FlagBaseType)
	OSErrorType                   = newStaticType("OSError", KindException, FlagBaseType)
	EOFErrorType                  = newStaticType("EOFError", KindException, FlagBaseType)
	ImportErrorType               = newStaticType("ImportError", KindException, FlagBaseType)
	LookupErrorType               = newStaticType("LookupError", KindException, FlagBaseType)
	IndexErrorType                = newStaticType("IndexError", KindException, FlagBaseType)
	KeyErrorType                  = newStaticType("KeyError", KindException, FlagBaseType)
	MemoryErrorType               = newStaticType("MemoryError", KindException, FlagBaseType)
	NameErrorType                 = newStaticType("NameError", KindException, FlagBaseType)
	UnboundLocalErrorType         = newStaticType("UnboundLocalError", KindException, FlagBaseType)
	ReferenceErrorType            = newStaticType("ReferenceError", KindException, FlagBaseType)
	RuntimeErrorType              = newStaticType("RuntimeError", KindException, FlagBaseType)
	NotImplementedErrorType       = newStaticType("NotImplementedError", KindException, FlagBaseType)
	SyntaxErrorType               = newStaticType("SyntaxError", KindException, FlagBaseType)
	IndentationErrorType          = newStaticType("IndentationError", KindException, FlagBaseType)
	TabErrorType                  = newStaticType("TabError", KindException, FlagBaseType)
	SystemErrorType               = newStaticType("SystemError", KindException, FlagBaseType)
	TypeErrorType                 = newStaticType("TypeError", KindException, FlagBaseType)
	ValueErrorType                = newStaticType("ValueError", KindException, FlagBaseType)
	UnicodeErrorType              = newStaticType("UnicodeError", KindException, FlagBaseType)
	UnicodeDecodeErrorType        = newStaticType("UnicodeDecodeError", KindException, FlagBaseType)
	UnicodeEncodeErrorType        = newStaticType("UnicodeEncodeError", KindException, FlagBaseType)
	UnicodeTranslateErrorType     = newStaticType("UnicodeTranslateError", KindException, FlagBaseType)
	WarningType                   = newStaticType("Warning", KindException, FlagBaseType)
	UserWarningType               = newStaticType("UserWarning", KindException, FlagBaseType)
	DeprecationWarningType        = newStaticType("DeprecationWarning", KindException, FlagBaseType)
	PendingDeprecationWarningType = newStaticType("PendingDeprecationWarning", KindException, FlagBaseType)
	SyntaxWarningType             = newStaticType("SyntaxWarning", KindException, FlagBaseType)
	RuntimeWarningType            = newStaticType("RuntimeWarning", KindException, FlagBaseType)
	FutureWarningType             = newStaticType("FutureWarning", KindException, FlagBaseType)
	ImportWarningType             = newStaticType("ImportWarning", KindException, FlagBaseType)
	UnicodeWarningType            = newStaticType("UnicodeWarning", KindException, FlagBaseType)
	BytesWarningType              = newStaticType("BytesWarning", KindException, FlagBaseType)
)

// exceptionTree lists each builtin exception with its base, parents first.
var exceptionTree = []struct{ t, base *Type }{
	{BaseExceptionType, ObjectType},
	{SystemExitType, BaseExceptionType},
	{KeyboardInterruptType, BaseExceptionType},
	{GeneratorExitType, BaseExceptionType},
	{ExceptionType, BaseExceptionType},
	{StopIterationType, ExceptionType},
	{StandardErrorType, ExceptionType},
	{BufferErrorType, StandardErrorType},
	{ArithmeticErrorType, StandardErrorType},
	{FloatingPointErrorType, ArithmeticErrorType},
	{OverflowErrorType, ArithmeticErrorType},
	{ZeroDivisionErrorType, ArithmeticErrorType},
	{AssertionErrorType, StandardErrorType},
	{AttributeErrorType, StandardErrorType},
	{EnvironmentErrorType, StandardErrorType},
	{IOErrorType, EnvironmentErrorType},
	{OSErrorType, EnvironmentErrorType},
	{EOFErrorType, StandardErrorType},
	{ImportErrorType, StandardErrorType},
	{LookupErrorType, StandardErrorType},
	{IndexErrorType, LookupErrorType},
	{KeyErrorType, LookupErrorType},
	{MemoryErrorType, StandardErrorType},
	{NameErrorType, StandardErrorType},
	{UnboundLocalErrorType, NameErrorType},
	{ReferenceErrorType, StandardErrorType},
	{RuntimeErrorType, StandardErrorType},
	{NotImplementedErrorType, RuntimeErrorType},
	{SyntaxErrorType, StandardErrorType},
	{IndentationErrorType, SyntaxErrorType},
	{TabErrorType, IndentationErrorType},
	{SystemErrorType, StandardErrorType},
	{TypeErrorType, StandardErrorType},
	{ValueErrorType, StandardErrorType},
	{UnicodeErrorType, ValueErrorType},
	{UnicodeDecodeErrorType, UnicodeErrorType},
	{UnicodeEncodeErrorType, UnicodeErrorType},
	{UnicodeTranslateErrorType, UnicodeErrorType},
	{WarningType, ExceptionType},
	{UserWarningType, WarningType},
	{DeprecationWarningType, WarningType},
	{PendingDeprecationWarningType, WarningType},
	{SyntaxWarningType, WarningType},
	{RuntimeWarningType, WarningType},
	{FutureWarningType, WarningType},
	{ImportWarningType, WarningType},
	{UnicodeWarningType, WarningType},
	{BytesWarningType, WarningType},
}

// NewException makes an instance of the exception class t with the given args (borrowed),
// without running any Python code: it is what builtins use to raise.
func (vm *VM) NewException(t *Type, args ...Object) *Instance {
	inst := vm.newInstance(t)
	inst.Args = vm.NewTupleRefs(args...)
	return inst
}

// Raise returns a PyError for t(msg).
func (vm *VM) Raise(t *Type, msg string) *PyError {
	s := vm.NewStr(msg)
	inst := vm.NewException(t, s)
	vm.Decref(s)
	return &PyError{Value: inst, fromGo: true}
}

// Raisef returns a PyError for t(fmt % args), formatted with Go's fmt.
func (vm *VM) Raisef(t *Type, format string, args ...any) *PyError {
	return vm.Raise(t, fmt.Sprintf(format, args...))
}

// RaiseArgs returns a PyError for t(*args), args borrowed.
func (vm *VM) RaiseArgs(t *Type, args ...Object) *PyError {
	return &PyError{Value: vm.NewException(t, args...)}
}

// RaiseValue returns a PyError for an exception instance (borrowed).
func (vm *VM) RaiseValue(exc Object) *PyError {
	incref(exc)
	return &PyError{Value: exc}
}

// typeErrorf is the most common raise.
func (vm *VM) typeErrorf(format string, args ...any) *PyError {
	return vm.Raisef(TypeErrorType, format, args...)
}

// excArgs returns the args tuple of an exception instance (borrowed), or nil.
func excArgs(o Object) *Tuple {
	if inst, ok := o.(*Instance); ok {
		return inst.Args
	}
	return nil
}

// addTraceback records that the exception passed through frame f at its current
// instruction (PyTraceBack_Here).
func (vm *VM) addTraceback(e *PyError, f *Frame) {
	vm.exposeFrame(f)
	incref(f)
	tb := &Traceback{Header: gcsim.Header{RC: 1}, Next: e.Traceback, Frame: f, Lasti: f.Lasti, Lineno: f.Lineno()}
	vm.track(tb, 48, 0)
	e.Traceback = tb
}

// tracebackEntries returns the traceback in printing order (outermost first).
func tracebackEntries(tb *Traceback) []*Traceback {
	var out []*Traceback
	for ; tb != nil; tb = tb.Next {
		out = append(out, tb)
	}
	return out
}

// FormatException renders an exception as CPython 2.7's PyErr_Display prints it: the
// traceback (if any), then the last line.
func (vm *VM) FormatException(e *PyError) string {
	var b strings.Builder
	entries := tracebackEntries(e.Traceback)
	if len(entries) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		for _, tb := range entries {
			code := tb.Frame.Code
			fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", code.Filename, tb.Lineno, code.Name)
			if line := vm.sourceLine(code.Filename, tb.Lineno); line != "" {
				fmt.Fprintf(&b, "    %s\n", line)
			}
		}
	}
	b.WriteString(vm.formatExceptionOnly(e.Value))
	return b.String()
}

// formatExceptionOnly is the last part of a printed exception: for a SyntaxError the
// location block, then `Name: message`.
func (vm *VM) formatExceptionOnly(value Object) string {
	var b strings.Builder
	t := value.Type()
	if t.IsSubtype(SyntaxErrorType) {
		if inst, ok := value.(*Instance); ok && inst.Dict != nil {
			b.WriteString(syntaxErrorLocation(inst))
		}
	}
	name := t.Name
	if mod := t.ModuleName(); mod != "exceptions" && mod != "__builtin__" && mod != "" {
		name = mod + "." + name
	}
	b.WriteString(name)
	msg, err := vm.strOfException(value)
	if err != nil {
		err.release(vm)
		b.WriteString(": <exception str() failed>")
	} else if msg != "" {
		b.WriteString(": ")
		b.WriteString(msg)
	}
	b.WriteByte('\n')
	return b.String()
}

// strOfException is str(exc), except that a SyntaxError prints only its msg once its
// location has been shown, as print_exception does.
func (vm *VM) strOfException(value Object) (string, *PyError) {
	if inst, ok := value.(*Instance); ok && inst.Class.IsSubtype(SyntaxErrorType) && inst.Dict != nil {
		if _, ok := inst.Dict.GetString("filename").(*Str); ok {
			if m := inst.Dict.GetString("msg"); m != nil {
				return vm.StrString(m)
			}
		}
	}
	return vm.StrString(value)
}

// syntaxErrorLocation renders the `File ..., line N`, source and caret lines of a
// SyntaxError, as print_error_text does.
func syntaxErrorLocation(inst *Instance) string {
	fn, ok := inst.Dict.GetString("filename").(*Str)
	if !ok {
		return ""
	}
	lineno, _ := inst.Dict.GetString("lineno").(*Int)
	var b strings.Builder
	ln := int64(0)
	if lineno != nil {
		ln = lineno.V
	}
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", fn.S, ln)
	text, ok := inst.Dict.GetString("text").(*Str)
	if !ok {
		return b.String()
	}
	offset := -1
	if o, ok := inst.Dict.GetString("offset").(*Int); ok {
		offset = int(o.V)
	}
	b.WriteString(errorTextLines(text.S, offset))
	return b.String()
}

// errorTextLines is CPython 2.7's print_error_text: the offending line without its leading
// white space (the offset adjusted), and a caret under the offset.
func errorTextLines(text string, offset int) string {
	if offset >= 0 {
		// Keep only the last line of a multi-line text that the offset falls in.
		for {
			nl := strings.IndexByte(text, '\n')
			if nl < 0 || nl+1 >= offset {
				break
			}
			offset -= nl + 1
			text = text[nl+1:]
		}
		for len(text) > 0 && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
			text = text[1:]
			offset--
		}
	}
	var b strings.Builder
	b.WriteString("    ")
	b.WriteString(text)
	if len(text) == 0 || text[len(text)-1] != '\n' {
		b.WriteByte('\n')
	}
	if offset == -1 {
		return b.String()
	}
	b.WriteString("    ")
	offset--
	for offset > 0 {
		b.WriteByte(' ')
		offset--
	}
	b.WriteString("^\n")
	return b.String()
}
