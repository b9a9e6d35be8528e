// header.go defines what the collectors know of an object: the Header every managed object
// embeds, the Object interface that hands the Header out, and the Logger both collectors
// write PYPYLOG sections to.
package gcsim

// Header is embedded by value in every object the VM manages, ints and strs included, so it
// stays at 12 bytes: the reference count, one word of collector flags and the index of a
// side node that only objects tracked by the cycle collector get.
type Header struct {
	// RC is the reference count. In refcount mode the VM keeps it exact and the cycle
	// collector reads it; the generational collector ignores it.
	RC int32

	// flags holds the collectors' per-object state bits (see the flag constants in
	// cycle.go and generational.go; the two sets do not overlap).
	flags uint32

	// node is the index of the cycle collector's list node while the object is tracked,
	// 0 otherwise. An index rather than a pointer keeps the Header free of pointers, so
	// that objects without other pointers (ints, floats) are allocated by Go as noscan
	// memory: cheaper to allocate and never scanned by Go's collector.
	node uint32
}

// GCHeader returns h itself; embedding a Header makes a pointer to the embedding struct an
// Object.
func (h *Header) GCHeader() *Header { return h }

// Tracked reports whether the cycle collector tracks the object (its node is set).
func (h *Header) Tracked() bool { return h.node != 0 }

// Object is anything with a Header. The collectors identify objects by their Header
// pointer: they never hash or compare interface values.
type Object interface{ GCHeader() *Header }

// fImmortal marks a header the collectors must never write to or look inside: objects
// shared by every VM in the process (None, True, False, the small ints, builtin types).
// It is set once, before the object is shared, by ImmortalHeader.
const fImmortal uint32 = 1 << 31

// ImmortalHeader returns a Header for an object that lives as long as the process and may be
// shared by several VMs at once: both collectors treat it as a leaf that is always alive,
// and neither ever writes to it, so concurrent VMs never race on it.
func ImmortalHeader(rc int32) Header { return Header{RC: rc, flags: fImmortal} }

// Immortal reports whether h was made by ImmortalHeader.
func (h *Header) Immortal() bool { return h.flags&fImmortal != 0 }

// Logger is what the collectors write PYPYLOG sections to; the VM passes its PYPYLOG writer.
// A nil Logger means no logging. The collectors ask Enabled once per collection and build
// no line when it says no, so disabled logging costs nothing measurable.
type Logger interface {
	Enabled(category string) bool
	Start(category string)
	Print(line string)
	Stop(category string)
}

// logging reports whether category should be written to log.
func logging(log Logger, category string) bool {
	return log != nil && log.Enabled(category)
}
