// Package gcsim holds handson's two garbage collectors: CPython 2.7's cycle collector for
// refcount mode (CycleCollector) and a model of PyPy's incminimark for generational mode
// (Generational). It knows nothing of Python and imports nothing of the project: an object
// is a Header plus a way to visit its references, which the VM provides.
//
// Go's own garbage collector still reclaims memory. What these collectors decide is when
// objects die, because that is what a program observes: when a finalizer runs (__del__, a
// file flushed and closed, a generator closed so that its finally clause runs), when a
// weakref is cleared, when a weakref callback is called. The course's lessons are only true
// if objects die exactly where CPython 2.7 or PyPy would kill them, so both collectors follow
// their originals' algorithms and numbers (Modules/gcmodule.c; rpython/memory/gc/
// incminimark.py and pypy/doc/discussion/finalizer-order.rst), checked against python2.7 and
// pypy3 where a program can tell the difference.
//
// # The contract with the VM
//
// Every object the VM manages embeds a Header by value, ints and strs too, so the Header is
// 16 bytes: RC (the reference count, exact in refcount mode), one word of flags, and a
// pointer to a side node that only objects tracked by the cycle collector get. A pointer to
// the embedding struct is an Object through the promoted GCHeader method. The collectors
// identify objects by Header pointer; they never hash or compare interface values.
//
// Objects shared by every VM in the process (None, True, False, the small ints, builtin
// types) must be built with ImmortalHeader: neither collector ever writes to such a header
// or looks inside it, so VMs running at the same time never race on them.
//
// Both collectors write PYPYLOG sections to a Logger (the VM passes interp/pypylog's
// writer; nil means no logging). They ask Enabled once per collection and build no line
// otherwise, so disabled logging costs nothing measurable.
//
// Collections run only at safe points (instruction boundaries, never inside a builtin that
// holds objects in Go variables). Allocation calls report that a collection is due; the VM
// runs it at its next safe point. Invariant violations, which are VM bugs (tracking twice,
// a reference count lower than the references traversed, a dead object reached from the
// roots), panic with "BUG: gcsim: ..."; anything a program can cause (gc.collect(5), a
// malformed PYPY_GC_NURSERY) is an error value.
//
// # Refcount mode: CycleCollector
//
// The VM keeps RC exact, so objects die the moment their count reaches zero; the cycle
// collector only finds garbage cycles, exactly as CPython 2.7 does:
//
//   - Track(o) when a container is allocated (list, dict, tuple, instance, class, function,
//     frame, cell, generator, bound method...): the allocation counts for generation 0 as
//     in _PyObject_GC_Malloc, and Track returns true when generation 0's count exceeds its
//     threshold (700), collection is enabled and none is running, i.e. on the 701st
//     container. The VM then calls CollectDue at its next safe point, which runs
//     collect_generations(): the oldest generation over its threshold (700/10/10), with
//     the long-lived rule holding full collections back until a quarter of the objects
//     that survived the last one are waiting. Allocations made between the moment the
//     collection became due and the safe point count towards the next one, so a builtin
//     that allocates thousands of containers causes the collections CPython would have run
//     inside it.
//   - Freed(o) on the deallocation path of every tracked container (PyObject_GC_Del):
//     it uncounts the allocation and untracks. Untrack(o) and Retrack(o) are
//     PyObject_GC_UnTrack and a later PyObject_GC_Track; both are safe during a collection.
//   - Collect(gen) is gc.collect(gen): it returns a Result (Collected, Uncollectable; their
//     sum is gc.collect()'s value) or an error for an invalid generation, and does nothing
//     when called from a weakref callback during a collection, as in CPython. Enable,
//     Disable, IsEnabled, Threshold, SetThreshold, Count, IsTracked and TrackedObjects back
//     the rest of the gc module.
//
// A collection follows collect() in gcmodule.c: gc_refs = RC for every object of the
// generations collected, minus the references among them (Traverse); what keeps gc_refs
// above zero is reachable from outside, and so is everything it reaches; the rest is
// unreachable. Unreachable objects with a legacy finalizer (HasLegacyFinalizer: a __del__
// class, a generator suspended in a try block), and everything they reach, are uncollectable:
// the ones with a finalizer go to gc.garbage (Garbage), all of them move to the next
// generation. HandleWeakrefs gets the remaining unreachable objects: the VM clears every
// weakref to them, then calls the callbacks of the cleared weakrefs that are not themselves
// unreachable (isUnreachable), holding a reference to each weakref while its callback runs,
// and returns how many of those weakrefs that last decref freed. Then each unreachable
// object is cleared with Incref, Clear, Decref around it, which lets reference counting
// free the cycles (and run the __del__ of objects that were only reachable from them, as
// CPython 2.7 does). Objects freed by clears and callbacks call Freed while the collection
// runs; the lists are doubly linked and the walks are written for that. Survivors move to
// the next generation. With gc-major logging on, each collection writes one gc-major section
// (generation, objects per generation, objects examined, unreachable, uncollectable,
// collected, time).
//
// # Generational mode: Generational
//
// Reference counts mean nothing here. The VM registers each heap object with Alloc(o, size,
// flags), giving PyPy-like sizes in bytes, and accounts allocations it does not track
// (immutable leaves: ints, floats, strs) with AllocBytes, so that minor collections come
// exactly as often as PyPy's: whenever an allocation does not fit in what is left of the
// nursery (4 MiB by default, PYPY_GC_NURSERY). Objects of LargeObject bytes or more are
// allocated outside the nursery and count as memory at once, as in incminimark. Alloc and
// AllocBytes return true when a collection is due (Due says the same); the VM calls
// CollectDue at its next safe point and carries out the Outcome. gc.collect() is
// FullCollect. Both fast paths are a few nanoseconds: no map, no allocation besides the young
// list's growth (see the benchmarks).
//
// PyPy collects inside the allocation that overflows the nursery and puts the new object in
// the fresh nursery. handson collects at the next safe point, so it remembers where each
// overflow happened in the young list: CollectDue runs one minor collection per overflow,
// each promoting the survivors of its own segment and logged with the numbers PyPy would
// print at that moment, and what was allocated after the last overflow stays young.
//
// A minor collection keeps the young objects reachable from the roots (GenRuntime.Roots),
// from old objects, and from young objects with a finalizer, and promotes them; the others
// die. There is no write barrier: every old object that is not FlagImmutable is scanned
// instead, which gives the remembered set's semantics, so a young object referenced only
// from a dead old object survives the minor collection and dies at the next major one, as
// in PyPy. FlagImmutable objects (tuples, code objects: their references never change after
// Alloc) cannot refer to younger objects and are skipped. A major collection runs after a
// minor one when the memory outside the nursery exceeds the threshold (and automatic major
// collections are enabled: gc.disable() in PyPy stops only those). The threshold starts at
// PYPY_GC_MIN (8 times the nursery) and becomes, after each major collection, 1.82 times
// (PYPY_GC_MAJOR_COLLECT) what is alive, not counting what only finalizers keep alive, at
// most 1.4 times (PYPY_GC_GROWTH) the previous threshold, and at least the minimum.
// ParseSize and ConfigFromEnv read PyPy's variables with env.py's syntax (4M, 512kB,
// 1.6GB), with errors that say what is wrong where PyPy silently ignores a bad value.
//
// Finalizers (FlagFinalizer or RegisterFinalizer: __del__ classes, files, generators
// suspended in a try block) are registered in order. Their objects are allocated in the
// nursery, as PyPy 7.3 does for app-level __del__ (register_finalizer; only RPython-level
// finalizers go straight to the old generation), and always survive minor collections. A
// major collection finds the unreachable ones and orders them as finalizer-order.rst
// describes: a finalizer runs only if no other unreachable object with a finalizer reaches
// its object, so in a chain only the head runs and in a cycle exactly one does (the first
// registered) per major collection; each runs at most once, ever, even if resurrected; the
// objects and everything they reach survive that collection.
//
// Weakrefs: NoteWeakrefTarget(o) when o gets a weakref, NoteWeakrefCallback(o) when a
// weakref with a callback refers to it. A target is cleared when it dies, or when it is kept
// alive only for a finalizer (PyPy clears weak pointers to such objects). Callbacks are, as
// in PyPy, a finalizer of their own (the weakref lifeline) registered by the first
// NoteWeakrefCallback: they run at the major collection that finds their object dead, in
// registration order among the other finalizers; if the object died young, its weakrefs are
// cleared by the minor collection and the callbacks run at the next major one; if the object
// has a __del__, the first collection clears its weakrefs and runs __del__, and the callbacks
// run at the second (pypy3: "__del__ at 1st collect, callback at 2nd").
//
// An Outcome lists what the VM must do, in order: clear every weakref to each object of
// Cleared (no callbacks), then perform each Action. RunFinalizer: clear the object's
// weakrefs again (PyPy does so just before __del__, which catches weakrefs made by earlier
// finalizers) and run its finalizer. RunWeakrefCallbacks: call the callbacks of the weakrefs
// that referred to the object, newest first, skipping weakrefs that are Dead. Actions run
// Python code, so a collection may happen in the middle of them; its Outcome is independent.
//
// The VM should register every object that can hold references (Alloc) and report frames,
// globals and other roots through Roots. Objects it never registers are immortal to the
// collector; marking goes through them, so an unregistered container still keeps what it
// references alive, but they never die and cannot have finalizers. Header.Dead reports that
// the generational collector found an object dead: weakref callbacks of dead weakrefs are
// skipped with it, and a VM can assert with it that no dead object is ever used again.
//
// Stress (check mode "collect at every safe point") makes Due always true, and every safe
// point a collection point for what the program can observe: the nursery is collected at
// once when it holds objects with a finalizer or weakref targets, and a major collection
// runs whenever finalizers or weakrefs are registered, so they run at the first safe point
// after their object becomes unreachable. Without a write barrier any collection costs a
// pass over the heap, so that major collection stops as soon as its marking has reached
// every object with a finalizer or weakrefs: a complete one could then change nothing the
// program sees. Plain allocations fill the nursery as usual. NoAutomatic (check mode
// "never collect before exit") never collects on its own; FullCollect still works, and
// the young list keeps an entry per object allocated until then.
//
// Logging follows PyPy 7.3.11: at start, gc-set-nursery-size for the temporary nursery
// (270336 bytes), an empty gc-minor, then gc-set-nursery-size for the real one; each minor
// collection writes gc-minor with its empty gc-minor-walkroots section and PyPy's three
// lines ("minor collect, total memory used: N" for the memory outside the nursery,
// "number of pinned objects: 0", "total size of surviving objects: N"). A major collection
// writes a gc-major section of handson's own, in words: memory before and after, objects
// examined and freed, finalizers found and run, weakrefs cleared, what finalizers keep
// alive, the next threshold, the time taken.
//
// Known simplifications: PyPy's major collections are incremental (steps interleaved with
// minor collections, finalizers run at the FINALIZING step); here a major collection is
// atomic, so finalizers may run a few minor collections earlier than in PyPy. "Total memory
// used" is the sum of the simulated sizes of old objects, not arena pages. Untracked large
// allocations (AllocBytes) are assumed to die young. There is no PYPY_GC_MAX.
package gcsim
