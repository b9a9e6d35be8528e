// generational.go defines Generational, generational mode's collector: a model of PyPy's
// incminimark as far as a program can observe it. This file holds its state, allocation
// accounting, finalizer and weakref registration, and the entry points that run
// collections; genminor.go and genmajor.go hold the collections themselves.
package gcsim

import (
	"fmt"
	"math"
	"time"
)

// GenRuntime is what the generational collector needs from the VM.
type GenRuntime interface {
	// Roots calls visit for every root: the frame stack (locals and value stacks),
	// module globals, builtins, the current exception, whatever the JIT holds live.
	Roots(visit func(Object))

	// Traverse calls visit for every reference o holds. References to objects that
	// were never registered and hold no references (ints, strs) may be skipped.
	Traverse(o Object, visit func(Object))
}

// AllocFlags describe a new object to Alloc.
type AllocFlags uint8

const (
	// FlagFinalizer registers a finalizer for the object (an instance whose class has
	// __del__, a file, a generator suspended in a try block): see RegisterFinalizer.
	FlagFinalizer AllocFlags = 1 << iota

	// FlagImmutable promises that the object's references never change after Alloc
	// (a tuple, a code object, a bound method). Once old, such an object cannot refer
	// to a young one, so minor collections need not scan it.
	FlagImmutable
)

// ActionKind says what the VM must do for an Action.
type ActionKind uint8

const (
	// RunFinalizer: run Obj's finalizer (clear the weakrefs to Obj first, as PyPy
	// does just before it calls __del__; then __del__, or close the file, or close the
	// generator). Obj stays alive: only a later collection can find it dead, and its
	// finalizer never runs again.
	RunFinalizer ActionKind = iota + 1

	// RunWeakrefCallbacks: call the callbacks of the weakrefs that referred to Obj
	// (already cleared), newest first, skipping weakrefs that are Dead.
	RunWeakrefCallbacks
)

func (k ActionKind) String() string {
	switch k {
	case RunFinalizer:
		return "finalizer"
	case RunWeakrefCallbacks:
		return "weakref callbacks"
	}
	return fmt.Sprintf("ActionKind(%d)", uint8(k))
}

// Action is one thing the VM must do after a collection.
type Action struct {
	Kind ActionKind
	Obj  Object
}

// Outcome is what a collection asks of the VM, in order: first clear every weakref to each
// object of Cleared (no callbacks), then perform Actions one after the other (they run
// Python code, which may allocate and reach safe points: a collection may run in the
// middle; its Outcome is independent of this one).
type Outcome struct {
	Minors  int  // minor collections run
	Major   bool // whether a major collection ran
	Cleared []Object
	Actions []Action
}

// GenStats are the collector's counters, for tests, the course and gc.get_stats-like
// builtins.
type GenStats struct {
	MinorCollections int
	MajorCollections int
	BytesAllocated   int64   // every byte Alloc and AllocBytes accounted since the start
	NurserySize      int64   // bytes allowed between two minor collections
	NurseryFree      int64   // bytes left before the next minor collection
	OldBytes         int64   // PyPy's "total memory used": old objects and large young ones
	MajorThreshold   float64 // a major collection starts when OldBytes exceeds this
	YoungObjects     int
	OldObjects       int
	Finalizers       int // registered finalizers that have not run yet
}

// Header flags of the generational collector (the cycle collector uses bit 0, and
// fImmortal is bit 31).
const (
	gManaged    uint32 = 1 << (iota + 8) // registered by Alloc
	gOld                                 // promoted out of the nursery
	gExternal                            // large: allocated outside the nursery
	gImmutable                           // FlagImmutable
	gMarked                              // reached by the current marking (GCFLAG_VISITED)
	gOrdering                            // GCFLAG_FINALIZATION_ORDERING, see genmajor.go
	gKept                                // kept alive only by a finalizer in this major collection
	gLater                               // young, allocated after the nursery overflowed
	gFinalizer                           // a finalizer is registered and has not run
	gFinalized                           // the finalizer has run: never again
	gRunNow                              // its finalizer runs at the end of this collection
	gWeakTarget                          // weakrefs to it must be cleared when it dies
	gLifeline                            // its weakref callbacks are registered
	gDead                                // collected
	gCounted                             // counted once by countObservable
)

// genEntry is a managed object with its simulated size. The Header pointer saves the
// sweeps a dynamic call per object.
type genEntry struct {
	obj  Object
	h    *Header
	size int64
}

// finKind tells what a registered finalizer is.
type finKind uint8

const (
	finObject          finKind = iota // the object's own finalizer
	finCallbacks                      // the callbacks of the weakrefs to the object (PyPy's weakref lifeline)
	finOrphanCallbacks                // callbacks detached from their object, which was finalized: they run at the next major collection
)

// finEntry is one registered finalizer; the registry keeps registration order, which is
// the order PyPy runs finalizers found in the same collection.
type finEntry struct {
	obj  Object
	kind finKind
}

// Generational is the generational collector. The VM registers each heap object with Alloc
// (and accounts allocations it does not track with AllocBytes); when either reports that a
// collection is due, or Due says so, the VM calls CollectDue at its next safe point and
// carries out the Outcome. gc.collect() is FullCollect.
type Generational struct {
	cfg GenConfig
	rt  GenRuntime
	log Logger

	// Nursery accounting. capacity is how many bytes may be allocated between two
	// minor collections; room+roomRest is what is left of it. room is a window of at
	// most roomWindow bytes, so that the allocation fast paths need a single comparison
	// to rule out both a large object and an overflow; the slow path refills it from
	// roomRest. An allocation that does not fit closes the current segment of the young
	// list: PyPy would run a minor collection right then and allocate the object in the
	// fresh nursery. bounds holds the young-list index where each open segment after a
	// closed one starts. tiny is PyPy's debug_tiny_nursery case.
	capacity int64
	room     int64
	roomRest int64
	tiny     bool
	bounds   []int
	due      bool
	largeDue bool // a large allocation took memory past the major threshold

	// allocated counts the bytes accounted up to the last time the window was filled;
	// the fast paths only take from room, and allocatedBytes adds what they took since
	// (windowFill - room). allocatedAtOpen is allocatedBytes() at the start of the open
	// segment, so the difference is what the open segment holds.
	allocated       int64
	windowFill      int64
	allocatedAtOpen int64

	young []genEntry
	old   []genEntry
	// oldScan lists the old objects minor collections scan for references to young
	// ones: every old object that is not FlagImmutable. Without a write barrier, this
	// is how a young object referenced only from an old one survives, dead or not, as
	// in PyPy.
	oldScan []Object

	// Memory, as PyPy counts it: oldBytes for the old generation; youngExtBytes for
	// young objects allocated outside the nursery, which count from their allocation;
	// rawYoungBytes is the part of that from AllocBytes, assumed to die young.
	oldBytes      int64
	youngExtBytes int64
	rawYoungBytes int64
	youngExt      int

	threshold        float64 // next_major_collection_threshold
	thresholdInitial float64 // next_major_collection_initial: the growth cap's base
	minHeap          float64

	fins      []finEntry
	youngFins []Object // young objects with a registered finalizer: they survive minors
	youngWeak []Object
	oldWeak   []Object

	enabled    bool
	collecting bool

	// Marking state, reused from one collection to the next.
	stack, pending, tmp []Object
	scratch             []*Header // unregistered objects whose flags must be reset
	decisions           []finDecision

	// Stress mode's major collections that stop early (see stressMajor).
	stressMarked   []*Header
	observableLeft int
	cutShort       bool

	visitMinorFn  func(Object)
	visitMajorFn  func(Object)
	visitStressFn func(Object)
	pushPendingFn func(Object)
	pushTmpFn     func(Object)

	minors, majors int
	now            func() time.Time
}

// NewGenerational returns a collector configured by cfg, which must be valid (see
// GenConfig.Validate; zero fields mean PyPy's defaults). It writes PyPy's start-up log
// sections: the temporary nursery, an empty minor collection, the real nursery.
func NewGenerational(cfg GenConfig, rt GenRuntime, log Logger) *Generational {
	if err := cfg.Validate(); err != nil {
		panic("BUG: gcsim: invalid GenConfig: " + err.Error())
	}
	cfg = cfg.normalized()
	g := &Generational{cfg: cfg, rt: rt, log: log, enabled: true, now: time.Now}
	g.visitMinorFn = g.visitMinor
	g.visitMajorFn = g.visitMajor
	g.visitStressFn = g.visitStress
	g.pushPendingFn = func(o Object) { g.pending = append(g.pending, o) }
	g.pushTmpFn = func(o Object) { g.tmp = append(g.tmp, o) }

	real := cfg.NurserySize
	g.capacity = cfg.NurserySize
	if real < MinNurserySize {
		real = MinNurserySize
		g.tiny = true
		g.capacity = cfg.NurserySize &^ 7
	}
	g.setFree(g.capacity)
	if cfg.NoAutomatic {
		g.setFree(math.MaxInt64)
	}
	g.minHeap = math.Max(float64(cfg.MinMajorThreshold), float64(real)*cfg.MajorCollect)
	g.threshold = g.minHeap
	g.thresholdInitial = g.minHeap

	g.logNurserySize(MinNurserySize)
	g.logMinor(0, 0)
	g.logNurserySize(real)
	return g
}

// Alloc registers o, a new heap object of size simulated bytes (rounded up to a word, at
// least MinObjectSize). Objects of LargeObject bytes or more are allocated outside the
// nursery; the others fill it. It returns true when a collection should run at the next
// safe point. This is the VM's hot path: no map, no allocation besides the young list's
// growth, no interface conversion.
func (g *Generational) Alloc(o Object, size int, flags AllocFlags) (due bool) {
	h := o.GCHeader()
	sz := int64(size+7) &^ 7
	if flags&^FlagImmutable != 0 || sz < MinObjectSize || sz > g.room || g.collecting || h.flags&(gManaged|fImmortal) != 0 {
		return g.allocSlow(o, h, size, flags)
	}
	h.flags |= gManaged
	if flags != 0 {
		h.flags |= gImmutable
	}
	g.room -= sz
	g.young = append(g.young, genEntry{o, h, sz})
	return g.due
}

// allocSlow is Alloc for everything but a plain small object that fits in the nursery.
//
//go:noinline
func (g *Generational) allocSlow(o Object, h *Header, size int, flags AllocFlags) bool {
	switch {
	case size < 0:
		panic(fmt.Sprintf("BUG: gcsim: Alloc of %T with negative size %d", o, size))
	case g.collecting:
		panic("BUG: gcsim: Alloc while a collection runs")
	case h.flags&fImmortal != 0:
		panic(fmt.Sprintf("BUG: gcsim: Alloc of an immortal %T", o))
	case h.flags&gManaged != 0:
		panic(fmt.Sprintf("BUG: gcsim: %T registered twice", o))
	}
	sz := max(int64(size+7)&^7, MinObjectSize)
	h.flags |= gManaged
	if flags&FlagImmutable != 0 {
		h.flags |= gImmutable
	}
	if sz >= LargeObject {
		h.flags |= gExternal
		g.youngExt++
		g.youngExtBytes += sz
		g.noteLarge()
	} else {
		g.reserve(sz)
	}
	g.allocated += sz
	g.young = append(g.young, genEntry{o, h, sz})
	if flags&FlagFinalizer != 0 {
		g.RegisterFinalizer(o)
	}
	return g.due
}

// AllocBytes accounts an allocation of size bytes the collector does not track (an int, a
// float, a str: immutable leaves whose death nobody can observe), so that minor
// collections come as often as in PyPy. A large one counts as memory until the next minor
// collection, which assumes it died young. It returns true when a collection should run
// at the next safe point.
func (g *Generational) AllocBytes(size int) (due bool) {
	if g.TakeRoom(size) {
		return false
	}
	return g.allocBytesSlow(size)
}

// TakeRoom is AllocBytes's common case, for callers to inline (it makes no call): it
// accounts size bytes and returns true when they fit in the nursery's room and no
// collection is due. Otherwise it changes nothing and returns false, and the caller must
// call AllocBytes, which does the rest (and says whether a collection is due).
func (g *Generational) TakeRoom(size int) bool {
	if sz := int64(size+7) &^ 7; sz >= MinObjectSize && sz <= g.room && !g.due {
		g.room -= sz
		return true
	}
	return false
}

// allocBytesSlow is AllocBytes for a size that is tiny, large, or does not fit.
//
//go:noinline
func (g *Generational) allocBytesSlow(size int) bool {
	if size < 0 {
		panic(fmt.Sprintf("BUG: gcsim: AllocBytes with negative size %d", size))
	}
	sz := max(int64(size+7)&^7, MinObjectSize)
	if sz >= LargeObject {
		g.youngExtBytes += sz
		g.rawYoungBytes += sz
		g.noteLarge()
	} else {
		g.reserve(sz)
	}
	g.allocated += sz
	return g.due
}

// roomWindow is the most room holds: the largest object the nursery takes.
const roomWindow = LargeObject - 8

// setFree makes n bytes of nursery available, after folding what the fast paths took from
// the window into allocated.
func (g *Generational) setFree(n int64) {
	g.allocated += g.windowFill - g.room
	g.room = min(n, roomWindow)
	g.windowFill = g.room
	g.roomRest = n - g.room
}

// allocatedBytes is every byte accounted since the start.
func (g *Generational) allocatedBytes() int64 { return g.allocated + g.windowFill - g.room }

// free is how many bytes the nursery has left.
func (g *Generational) free() int64 { return g.room + g.roomRest }

// reserve takes sz bytes (a nursery object's size) from the nursery, refilling the window
// from the rest, or closes the segment when they do not fit.
func (g *Generational) reserve(sz int64) {
	if f := g.free(); sz <= f {
		g.setFree(f - sz)
		return
	}
	g.overflow(sz)
}

// overflow closes the nursery's current segment because an allocation of sz bytes does
// not fit: a minor collection is due, and the allocation opens the next segment.
func (g *Generational) overflow(sz int64) {
	if g.cfg.NoAutomatic {
		return
	}
	g.bounds = append(g.bounds, len(g.young))
	g.allocatedAtOpen = g.allocatedBytes()
	if g.tiny {
		g.setFree(g.capacity)
	} else {
		g.setFree(g.capacity - sz)
	}
	g.due = true
}

// noteLarge makes a collection due when a large allocation took memory past the major
// threshold (PyPy's external_malloc runs a minor collection and a major step then).
func (g *Generational) noteLarge() {
	if !g.cfg.NoAutomatic && float64(g.totalMemory()) > g.threshold {
		g.largeDue = true
		g.due = true
	}
}

// totalMemory is PyPy's get_total_memory_used: what is outside the nursery.
func (g *Generational) totalMemory() int64 { return g.oldBytes + g.youngExtBytes }

// RegisterFinalizer registers o's finalizer (PyPy's register_finalizer): when o becomes
// unreachable, a major collection keeps it and what it references alive and asks the VM to
// run the finalizer, in PyPy's order. A finalizer runs at most once: registering again,
// even after the object was resurrected, does nothing. o must be registered.
func (g *Generational) RegisterFinalizer(o Object) {
	h := o.GCHeader()
	switch {
	case h.flags&fImmortal != 0:
		return
	case h.flags&gManaged == 0:
		panic(fmt.Sprintf("BUG: gcsim: RegisterFinalizer of unregistered %T", o))
	case h.flags&gDead != 0:
		panic(fmt.Sprintf("BUG: gcsim: RegisterFinalizer of dead %T", o))
	case h.flags&(gFinalizer|gFinalized) != 0:
		return
	}
	h.flags |= gFinalizer
	g.fins = append(g.fins, finEntry{o, finObject})
	if h.flags&gOld == 0 {
		g.youngFins = append(g.youngFins, o)
	}
}

// NoteWeakrefTarget records that o now has weakrefs: when o dies, or is kept alive only
// for a finalizer, an Outcome lists it in Cleared. Immortal and unregistered objects never
// die, so noting them does nothing.
func (g *Generational) NoteWeakrefTarget(o Object) {
	h := o.GCHeader()
	if h.flags&fImmortal != 0 || h.flags&gManaged == 0 || h.flags&gWeakTarget != 0 {
		return
	}
	if h.flags&gDead != 0 {
		panic(fmt.Sprintf("BUG: gcsim: weakref to dead %T", o))
	}
	h.flags |= gWeakTarget
	if h.flags&gOld != 0 {
		g.oldWeak = append(g.oldWeak, o)
	} else {
		g.youngWeak = append(g.youngWeak, o)
	}
}

// NoteWeakrefCallback records that a weakref with a callback now refers to o (it implies
// NoteWeakrefTarget). As in PyPy, the callbacks of o's weakrefs are a finalizer of their
// own, registered now: they run at the major collection that finds o dead, in order among
// the other finalizers, or at the one after o's own finalizer ran.
func (g *Generational) NoteWeakrefCallback(o Object) {
	g.NoteWeakrefTarget(o)
	h := o.GCHeader()
	if h.flags&(gManaged|gLifeline) != gManaged || h.flags&fImmortal != 0 {
		return
	}
	h.flags |= gLifeline
	g.fins = append(g.fins, finEntry{o, finCallbacks})
}

// Dead reports whether the generational collector found the object dead. The VM uses it
// to skip the callbacks of weakrefs that died, and may use it to check that a program
// never reaches a dead object (which would mean a missing root).
func (h *Header) Dead() bool { return h.flags&gDead != 0 }

// Due reports whether a collection should run at this safe point.
func (g *Generational) Due() bool { return g.due || g.cfg.Stress }

// Enable, Disable and IsEnabled switch automatic major collections (gc.enable and
// gc.disable in PyPy): minor collections go on, FullCollect works either way.
func (g *Generational) Enable()         { g.enabled = true }
func (g *Generational) Disable()        { g.enabled = false }
func (g *Generational) IsEnabled() bool { return g.enabled }

// Stats returns the collector's counters.
func (g *Generational) Stats() GenStats {
	free := g.free()
	if g.cfg.NoAutomatic {
		free = g.capacity - (g.allocatedBytes() - g.allocatedAtOpen)
	}
	return GenStats{
		MinorCollections: g.minors,
		MajorCollections: g.majors,
		BytesAllocated:   g.allocatedBytes(),
		NurserySize:      g.capacity,
		NurseryFree:      free,
		OldBytes:         g.totalMemory(),
		MajorThreshold:   g.threshold,
		YoungObjects:     len(g.young),
		OldObjects:       len(g.old),
		Finalizers:       g.pendingFinalizers(),
	}
}

func (g *Generational) pendingFinalizers() int {
	n := 0
	for _, e := range g.fins {
		if e.kind == finObject {
			n++
		}
	}
	return n
}

// CollectDue runs the collections that are due at this safe point: one minor collection
// for each time the nursery filled up since the last one (the objects allocated after the
// last overflow stay young, as they would be in PyPy's fresh nursery), then a major
// collection if the old generation has grown past the threshold and automatic major
// collections are enabled.
//
// In Stress mode every safe point is also a collection point for whatever the program can
// observe: the whole nursery is collected when it holds objects with a finalizer or weakref
// targets, and a major collection runs whenever finalizers or weakrefs are registered. It
// stops as soon as its marking has reached all of them (see stressMajor), because then a
// complete collection would change nothing the program sees; this is what keeps Stress
// affordable, since without a write barrier any collection costs a pass over the heap.
func (g *Generational) CollectDue() Outcome {
	var out Outcome
	if g.cfg.NoAutomatic || (!g.due && !g.cfg.Stress) {
		return out
	}
	g.begin()
	cuts := g.bounds
	wholeNursery := g.largeDue || (g.cfg.Stress && (len(g.youngFins) > 0 || len(g.youngWeak) > 0))
	whole := wholeNursery && g.openSegmentUsed()
	if whole {
		cuts = append(cuts, len(g.young))
	}
	if len(cuts) > 0 {
		g.minor(cuts, whole, &out)
	}
	switch {
	case !g.enabled:
	case float64(g.totalMemory()) > g.threshold:
		g.major(&out)
	case g.cfg.Stress && g.majorObservable():
		g.stressMajor(&out)
	}
	g.end()
	return out
}

// FullCollect is gc.collect(): a minor collection of everything young (several if the
// nursery overflowed since the last one), then a major collection.
func (g *Generational) FullCollect() Outcome {
	var out Outcome
	g.begin()
	cuts := g.bounds
	whole := len(g.bounds) == 0 || g.openSegmentUsed()
	if whole {
		cuts = append(cuts, len(g.young))
	}
	g.minor(cuts, whole, &out)
	g.major(&out)
	g.end()
	return out
}

func (g *Generational) begin() {
	if g.collecting {
		panic("BUG: gcsim: collection started during a collection")
	}
	g.collecting = true
}

func (g *Generational) end() {
	g.collecting = false
	g.due = len(g.bounds) > 0
	g.largeDue = false
}

// openSegmentUsed reports whether anything was allocated since the nursery last
// overflowed or was collected.
func (g *Generational) openSegmentUsed() bool {
	last := 0
	if n := len(g.bounds); n > 0 {
		last = g.bounds[n-1]
	}
	return len(g.young) > last || g.allocatedBytes() > g.allocatedAtOpen || g.rawYoungBytes > 0
}

// majorObservable reports whether a major collection could change what the program
// observes: only finalizers and weakrefs make deaths visible.
func (g *Generational) majorObservable() bool {
	return len(g.fins) > 0 || len(g.oldWeak) > 0 || len(g.youngWeak) > 0
}

// logNurserySize writes PyPy's gc-set-nursery-size section.
func (g *Generational) logNurserySize(size int64) {
	if !logging(g.log, "gc-set-nursery-size") {
		return
	}
	g.log.Start("gc-set-nursery-size")
	g.log.Print(fmt.Sprintf("nursery size: %d", size))
	g.log.Stop("gc-set-nursery-size")
}
