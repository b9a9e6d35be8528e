// object.go defines the Object interface every Python value implements, the reference
// counting primitives, and the process-wide immortal singletons (None, NotImplemented,
// Ellipsis, True, False, the small ints).
package vm

import (
	"unsafe"

	"handson/gcsim"
)

// Object is a Python value. Every object embeds a gcsim.Header, which carries its reference
// count and the collectors' state, and knows its Python type.
type Object interface {
	GCHeader() *gcsim.Header
	Type() *Type
}

// immortalRC is the starting count of objects that are shared by every VM in the process
// and must never be deallocated (None, True, False, small ints, builtin types). It is far
// from zero so that counting them needs no special case.
const immortalRC = 1 << 29

// headerOf returns o's header without a dynamic call: every object type embeds
// gcsim.Header as its first field (header_test.go checks this for every type of the
// package), so the interface's data pointer points at the header. Counting is the hottest
// operation of the VM; this keeps it to a load and an add.
func headerOf(o Object) *gcsim.Header {
	return (*gcsim.Header)((*[2]unsafe.Pointer)(unsafe.Pointer(&o))[1])
}

// incref takes a new reference to o. o must not be nil.
func incref(o Object) { headerOf(o).RC++ }

// xincref is incref for a possibly nil o.
func xincref(o Object) {
	if o != nil {
		headerOf(o).RC++
	}
}

// Decref drops a reference to o. In refcount mode an object whose count reaches zero is
// deallocated at once (its finalizer runs, its references are dropped); in generational
// mode the collector decides when it dies, so nothing happens here.
func (vm *VM) Decref(o Object) {
	// Kept under Go's inlining budget (80): headerOf is spelled out, and the slow path is
	// a single call. Functions too big for ordinary inlining (the eval loop) spell the
	// fast path out themselves.
	h := (*gcsim.Header)((*[2]unsafe.Pointer)(unsafe.Pointer(&o))[1])
	h.RC--
	if h.RC <= 0 {
		vm.deallocate(o)
	}
}

// Xdecref is Decref for a possibly nil o.
func (vm *VM) Xdecref(o Object) {
	if o != nil {
		vm.Decref(o)
	}
}

// newRef returns o with a new reference taken: the common "return a borrowed object as an
// owned result" step.
func newRef(o Object) Object {
	headerOf(o).RC++
	return o
}

// NoneType is the type of None.
type NoneObject struct{ gcsim.Header }

func (*NoneObject) Type() *Type { return NoneTypeType }

// NotImplementedObject is the type of NotImplemented.
type NotImplementedObject struct{ gcsim.Header }

func (*NotImplementedObject) Type() *Type { return NotImplementedType }

// EllipsisObject is the type of Ellipsis.
type EllipsisObject struct{ gcsim.Header }

func (*EllipsisObject) Type() *Type { return EllipsisType }

// The singletons. They are shared by all VMs and immortal.
var (
	None           = &NoneObject{gcsim.ImmortalHeader(immortalRC)}
	NotImplemented = &NotImplementedObject{gcsim.ImmortalHeader(immortalRC)}
	Ellipsis       = &EllipsisObject{gcsim.ImmortalHeader(immortalRC)}
)

// noneRef returns None as an owned reference.
func noneRef() Object {
	None.RC++
	return None
}

// immortalHeader is the header of process-wide objects built at setup.
func immortalHeader() gcsim.Header { return gcsim.ImmortalHeader(immortalRC) }

// dropRef decrements o's count and reports whether it reached zero, leaving deallocate to
// the caller: it is cheap enough (cost under 20) for Go to inline even into the eval loop,
// whose size keeps ordinary calls like Decref out of line.
func dropRef(o Object) bool {
	h := (*gcsim.Header)((*[2]unsafe.Pointer)(unsafe.Pointer(&o))[1])
	h.RC--
	return h.RC <= 0
}
