// Package gcsim holds handson's two garbage collectors: CPython 2.7's cycle collector for
// refcount mode and a model of PyPy's incminimark for generational mode. It knows nothing of
// Python: an object is a Header plus a way to visit its references, which the VM provides.
//
// Go's own garbage collector still reclaims memory. What these collectors decide is when
// objects die, which is what a program can observe: when a finalizer runs, a weakref is
// cleared, a weakref callback is called.
package gcsim
