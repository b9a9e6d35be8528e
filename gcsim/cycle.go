// cycle.go defines CycleCollector, refcount mode's collector: CPython 2.7's gcmodule.c
// (three generations, thresholds 700/10/10, gc_refs counting, legacy finalizers into
// gc.garbage, handle_weakrefs, tp_clear on the rest), driven by the VM through CycleRuntime.
package gcsim

import (
	"fmt"
	"time"
)

// CycleRuntime is what the cycle collector needs from the VM.
type CycleRuntime interface {
	// Traverse calls visit once for every reference o holds (tp_traverse). Untracked
	// objects may be visited or skipped; the collector ignores them.
	Traverse(o Object, visit func(Object))

	// HasLegacyFinalizer reports whether o has a finalizer that makes a cycle
	// uncollectable in CPython 2.7: an instance whose class defines __del__, a
	// generator suspended inside a try block. It must not run Python code.
	HasLegacyFinalizer(o Object) bool

	// Clear drops the references o holds (tp_clear). Dropping them may deallocate
	// objects, which then reach Freed.
	Clear(o Object)

	// Incref takes a reference to o; Decref drops one and deallocates o at zero.
	Incref(o Object)
	Decref(o Object)

	// HandleWeakrefs is CPython's handle_weakrefs. unreachable lists the objects about
	// to be cleared. The VM first clears every weakref to each of them; then it calls
	// the callback of each cleared weakref that has one, except for weakrefs for which
	// isUnreachable is true (those are garbage themselves, and their callbacks must
	// never run). Every weakref must be cleared before the first callback runs, and
	// each callback must hold a reference to its weakref while it runs (incref before,
	// decref after). It returns how many of those weakrefs were deallocated by that
	// final decref: CPython counts them as collected.
	HandleWeakrefs(unreachable []Object, isUnreachable func(Object) bool) (freedWeakrefs int)

	// Garbage appends o to gc.garbage (taking a reference).
	Garbage(o Object)
}

// Untracker is what a CycleRuntime also implements when some of its objects may stop being
// tracked once they can no longer be part of a cycle. CPython 2.7 untracks a tuple whose
// items are all atomic (or untracked tuples) as a collection scans it, and a dict whose keys
// and values are all atomic after a full collection; both are tracked again only by an
// explicit Retrack (a dict that gets a container).
type Untracker interface {
	// UntrackScanned reports whether o, found reachable and just traversed by a
	// collection, can stop being tracked.
	UntrackScanned(o Object) bool
	// UntrackSurvivor reports whether o, which survived a collection of the oldest
	// generation, can stop being tracked.
	UntrackSurvivor(o Object) bool
}

// Result is what one collection found. Unreachable() is what gc.collect() returns.
type Result struct {
	Generation    int // the oldest generation collected
	Examined      int // tracked objects in the generations collected
	Collected     int // unreachable objects cleared, plus weakrefs freed by their callbacks
	Uncollectable int // unreachable objects kept for gc.garbage: finalizers and what they reach
}

// Unreachable is the number of unreachable objects found, CPython's return value of collect().
func (r Result) Unreachable() int { return r.Collected + r.Uncollectable }

// NumGenerations is the number of generations of the cycle collector, as in CPython.
const NumGenerations = 3

// DefaultThresholds returns CPython 2.7's generation thresholds, 700, 10 and 10.
func DefaultThresholds() [NumGenerations]int { return [NumGenerations]int{700, 10, 10} }

// nodeSlab is how many nodes are allocated at once; maxFreeNodes caps the free list.
const (
	nodeSlab     = 256
	maxFreeNodes = 1 << 16
)

// ccCounted marks an object whose allocation Track counted for generation 0, so that Freed
// uncounts it exactly once (PyObject_GC_Del).
const ccCounted uint32 = 1 << 0

// ccGeneration is one generation: its list of tracked objects, CPython's count (allocations
// minus deallocations for generation 0, collections of the next younger generation for the
// others) and its threshold.
type ccGeneration struct {
	head      ccNode
	count     int
	threshold int
}

// CycleCollector is CPython 2.7's cycle collector. Every container the VM allocates is
// tracked with Track; when Track reports that a collection is due, the VM calls CollectDue
// at its next safe point. gc.collect() is Collect.
type CycleCollector struct {
	rt        CycleRuntime
	untracker Untracker // rt, when it implements Untracker; nil otherwise
	log       Logger

	gens       [NumGenerations]ccGeneration
	enabled    bool
	collecting bool

	// dueAt is generation 0's count at the moment an automatic collection became due
	// (0: none is due). CPython collects inside the allocation that crosses the
	// threshold; handson collects at the next safe point and uses dueAt to count the
	// allocations made in between towards the following collection, as CPython would.
	dueAt int

	// longLivedTotal and longLivedPending are CPython's counts of objects that survived
	// the last full collection and of those that reached generation 2 since; a full
	// collection is skipped while pending < total/4 (issue #4074).
	longLivedTotal   int
	longLivedPending int

	// freeNodes are nodes of untracked objects kept for reuse. Nodes are never reused
	// while a collection runs, so no pointer the collection holds can be recycled:
	// those untracked during one wait in releasedNodes until it ends.
	// New nodes are cut from slabs, which costs one Go allocation per slab.
	freeNodes     []*ccNode
	releasedNodes []*ccNode
	// table maps Header.node indexes to nodes; index 0 means "not tracked".
	table []*ccNode
	slab  []ccNode

	// Visit functions are built once so that traversals allocate nothing.
	visitDecrefFn    func(Object)
	visitReachableFn func(Object)
	visitMoveFn      func(Object)
	isUnreachableFn  func(Object) bool

	// reachableTarget and moveTarget are the lists visitReachable and visitMove move
	// objects to during the current traversal.
	reachableTarget *ccNode
	moveTarget      *ccNode

	now func() time.Time // the clock of the log's time line; replaced by tests
}

// NewCycleCollector returns an enabled collector with CPython's thresholds. log may be nil.
func NewCycleCollector(rt CycleRuntime, log Logger) *CycleCollector {
	c := &CycleCollector{rt: rt, log: log, enabled: true, now: time.Now}
	c.untracker, _ = rt.(Untracker)
	thresholds := DefaultThresholds()
	for i := range c.gens {
		c.gens[i].head.init()
		c.gens[i].threshold = thresholds[i]
	}
	c.visitDecrefFn = c.visitDecref
	c.visitReachableFn = c.visitReachable
	c.visitMoveFn = c.visitMove
	c.isUnreachableFn = c.isTentativelyUnreachable
	return c
}

// Track starts tracking o, a container the VM just allocated, and counts the allocation for
// generation 0 as _PyObject_GC_Malloc does. It returns true when an automatic collection is
// due (generation 0's count over its threshold, collection enabled, the threshold not zero,
// no collection running); the VM then calls CollectDue at its next safe point. It stays
// true until CollectDue runs.
func (c *CycleCollector) Track(o Object) (due bool) {
	due = c.CountAlloc(o)
	c.link(o, o.GCHeader())
	return due
}

// CountAlloc counts the allocation of o, a container the VM just allocated, for generation
// 0 without tracking it (CPython's _PyObject_GC_Malloc without _PyObject_GC_TRACK, as for
// a new dict), and says whether a collection is due, as Track does. Freed uncounts it.
func (c *CycleCollector) CountAlloc(o Object) (due bool) {
	h := o.GCHeader()
	if h.flags&(ccCounted|fImmortal) != 0 {
		panic("BUG: gcsim: Track of an object already counted (use Retrack after Untrack) or immortal")
	}
	h.flags |= ccCounted
	g0 := &c.gens[0]
	g0.count++
	if c.dueAt == 0 && g0.count > g0.threshold && c.enabled && g0.threshold != 0 && !c.collecting {
		c.dueAt = g0.count
	}
	return c.dueAt != 0
}

// Retrack tracks o again after Untrack, without counting an allocation (CPython's
// PyObject_GC_Track on an object that was untracked, such as a dict that gets a container).
func (c *CycleCollector) Retrack(o Object) {
	h := o.GCHeader()
	if h.node != 0 {
		panic("BUG: gcsim: Retrack of a tracked object")
	}
	c.link(o, h)
}

// link gives o a node at the end of generation 0.
func (c *CycleCollector) link(o Object, h *Header) {
	if h.node != 0 {
		panic("BUG: gcsim: object tracked twice")
	}
	var n *ccNode
	if k := len(c.freeNodes); k > 0 {
		n = c.freeNodes[k-1]
		c.freeNodes[k-1] = nil
		c.freeNodes = c.freeNodes[:k-1]
	} else {
		if len(c.slab) == 0 {
			c.slab = make([]ccNode, nodeSlab)
		}
		n = &c.slab[0]
		c.slab = c.slab[1:]
		if len(c.table) == 0 {
			c.table = append(c.table, nil)
		}
		n.idx = uint32(len(c.table))
		c.table = append(c.table, n)
	}
	n.obj = o
	n.refs = refsReachable
	n.finalizer = false
	h.node = n.idx
	n.appendTo(&c.gens[0].head)
}

// Untrack stops tracking o; untracking an untracked object does nothing, as in CPython.
// It is safe while a collection runs.
func (c *CycleCollector) Untrack(o Object) {
	h := o.GCHeader()
	if h.node == 0 {
		return
	}
	n := c.table[h.node]
	n.unlink()
	h.node = 0
	n.obj = nil
	switch {
	case c.collecting:
		c.releasedNodes = append(c.releasedNodes, n)
	case len(c.freeNodes) < maxFreeNodes:
		c.freeNodes = append(c.freeNodes, n)
	}
}

// Freed is the VM's deallocation path for a container (PyObject_GC_Del): it uncounts the
// allocation Track counted and untracks o. It is safe while a collection runs.
func (c *CycleCollector) Freed(o Object) {
	h := o.GCHeader()
	if h.flags&ccCounted != 0 {
		h.flags &^= ccCounted
		if c.gens[0].count > 0 {
			c.gens[0].count--
		}
	}
	c.Untrack(o)
}

// IsTracked reports whether o is tracked (gc.is_tracked).
func (c *CycleCollector) IsTracked(o Object) bool { return o.GCHeader().node != 0 }

// IsCounted reports whether o's allocation was counted by Track or CountAlloc and not yet
// by Freed: o is a container the collector may track, tracked now or not.
func (c *CycleCollector) IsCounted(o Object) bool { return o.GCHeader().flags&ccCounted != 0 }

// nodeOf returns the node of a tracked object, nil for an untracked one.
func (c *CycleCollector) nodeOf(o Object) *ccNode {
	i := o.GCHeader().node
	if i == 0 {
		return nil
	}
	return c.table[i]
}

// TrackedObjects returns every tracked object, youngest generation first (gc.get_objects).
func (c *CycleCollector) TrackedObjects() []Object {
	var out []Object
	for i := range c.gens {
		head := &c.gens[i].head
		for n := head.next; n != head; n = n.next {
			out = append(out, n.obj)
		}
	}
	return out
}

// Enable, Disable and IsEnabled switch automatic collection (gc.enable, gc.disable,
// gc.isenabled). Collect works either way.
func (c *CycleCollector) Enable()         { c.enabled = true }
func (c *CycleCollector) Disable()        { c.enabled = false }
func (c *CycleCollector) IsEnabled() bool { return c.enabled }

// Threshold returns the three thresholds (gc.get_threshold).
func (c *CycleCollector) Threshold() [NumGenerations]int {
	return [NumGenerations]int{c.gens[0].threshold, c.gens[1].threshold, c.gens[2].threshold}
}

// SetThreshold sets the three thresholds (gc.set_threshold; the VM passes the current
// values for the ones the program left out). A zero threshold0 disables automatic
// collection, as in CPython; any int is accepted, as CPython accepts it.
func (c *CycleCollector) SetThreshold(t0, t1, t2 int) {
	c.gens[0].threshold = t0
	c.gens[1].threshold = t1
	c.gens[2].threshold = t2
}

// Count returns the three generation counts (gc.get_count).
func (c *CycleCollector) Count() [NumGenerations]int {
	return [NumGenerations]int{c.gens[0].count, c.gens[1].count, c.gens[2].count}
}

// Due reports whether an automatic collection is waiting for the next safe point.
func (c *CycleCollector) Due() bool { return c.dueAt != 0 }

// CollectDue runs the automatic collection Track announced: collect_generations(), which
// collects the oldest generation whose count is over its threshold (generation 2 only when
// enough objects are waiting for their first full collection). Allocations the VM made
// between the moment the collection became due and this safe point count towards the next
// one, so if a builtin allocated more than a threshold's worth, collections follow one
// another here as they would have inside the builtin in CPython. The Results are summed
// (Generation is that of the last one). Nothing happens when nothing is due, automatic
// collection was disabled meanwhile, or a collection is running.
func (c *CycleCollector) CollectDue() Result {
	var total Result
	for c.dueAt != 0 && !c.collecting {
		g0 := &c.gens[0]
		if !c.enabled || g0.threshold == 0 {
			c.dueAt = 0
			break
		}
		since := g0.count - c.dueAt
		c.dueAt = 0
		r := c.collectGenerations()
		if since > 0 {
			g0.count += since
		}
		total.Generation = r.Generation
		total.Examined += r.Examined
		total.Collected += r.Collected
		total.Uncollectable += r.Uncollectable
		if g0.count > g0.threshold {
			c.dueAt = g0.threshold + 1
		}
	}
	return total
}

// collectGenerations is CPython's collect_generations, for a moment when generation 0 is
// over its threshold.
func (c *CycleCollector) collectGenerations() Result {
	for i := NumGenerations - 1; i > 0; i-- {
		if c.gens[i].count > c.gens[i].threshold {
			if i == NumGenerations-1 && c.longLivedPending < c.longLivedTotal/4 {
				continue
			}
			return c.collect(i)
		}
	}
	return c.collect(0)
}

// Collect runs a collection of generation gen and the younger ones (gc.collect(gen)). A
// pending automatic collection runs first, since in CPython it would already have happened.
// During a collection (a weakref callback calling gc.collect()) it does nothing and returns
// a zero Result, as CPython does. An invalid generation is the program's error.
func (c *CycleCollector) Collect(gen int) (Result, error) {
	if gen < 0 || gen >= NumGenerations {
		return Result{}, fmt.Errorf("invalid generation %d: must be 0, 1 or 2", gen)
	}
	if c.collecting {
		return Result{}, nil
	}
	c.CollectDue()
	return c.collect(gen), nil
}

// endCollection clears the collecting state and makes the nodes released during the
// collection reusable.
func (c *CycleCollector) endCollection() {
	c.collecting = false
	for i, n := range c.releasedNodes {
		if len(c.freeNodes) < maxFreeNodes {
			c.freeNodes = append(c.freeNodes, n)
		}
		c.releasedNodes[i] = nil
	}
	c.releasedNodes = c.releasedNodes[:0]
}

// collect is CPython's collect(): the whole algorithm for one generation.
func (c *CycleCollector) collect(gen int) Result {
	if c.collecting {
		panic("BUG: gcsim: nested cycle collection")
	}
	c.collecting = true
	defer c.endCollection()

	logOn := logging(c.log, "gc-major")
	var start time.Time
	var sizes [NumGenerations]int
	if logOn {
		start = c.now()
		for i := range c.gens {
			sizes[i] = c.gens[i].head.size()
		}
	}

	// Counts: this collection counts for the next older generation; the collected ones
	// start again from zero.
	if gen+1 < NumGenerations {
		c.gens[gen+1].count++
	}
	for i := 0; i <= gen; i++ {
		c.gens[i].count = 0
	}

	// Merge the younger generations into the one collected.
	young := &c.gens[gen].head
	for i := 0; i < gen; i++ {
		c.gens[i].head.mergeInto(young)
	}
	old := young
	if gen < NumGenerations-1 {
		old = &c.gens[gen+1].head
	}

	// gc_refs: the references to each object from outside the generations collected.
	examined := c.updateRefs(young)
	c.subtractRefs(young)

	// Move what is not reachable from outside to unreachable; the rest moves on.
	var unreachable ccNode
	unreachable.init()
	survivors := c.moveUnreachable(young, &unreachable)
	if young != old {
		if gen == NumGenerations-2 {
			c.longLivedPending += survivors
		}
		young.mergeInto(old)
	} else {
		// Only full collections untrack survivors (CPython's untrack_dicts: doing it in
		// every collection made building a large dict quadratic, issue #14775).
		if c.untracker != nil {
			for p := young.next; p != young; {
				next := p.next
				if c.untracker.UntrackSurvivor(p.obj) {
					c.Untrack(p.obj)
					survivors--
				}
				p = next
			}
		}
		c.longLivedPending = 0
		c.longLivedTotal = survivors
	}

	// Objects with legacy finalizers, and everything they reach, are uncollectable.
	var finalizers ccNode
	finalizers.init()
	c.moveFinalizers(&unreachable, &finalizers)
	c.moveFinalizerReachable(&finalizers)

	collected := unreachable.size()
	collected += c.handleWeakrefs(&unreachable)
	c.deleteGarbage(&unreachable, old)

	uncollectable := finalizers.size()
	c.handleFinalizers(&finalizers, old)

	r := Result{Generation: gen, Examined: examined, Collected: collected, Uncollectable: uncollectable}
	if logOn {
		c.logCollection(r, sizes, c.now().Sub(start))
	}
	return r
}

// updateRefs copies each object's reference count into gc_refs and returns how many
// objects the list holds.
func (c *CycleCollector) updateRefs(young *ccNode) int {
	n := 0
	for p := young.next; p != young; p = p.next {
		rc := p.obj.GCHeader().RC
		if rc <= 0 {
			panic(fmt.Sprintf("BUG: gcsim: tracked object %T has reference count %d during a collection", p.obj, rc))
		}
		p.refs = int(rc)
		n++
	}
	return n
}

// subtractRefs subtracts the references between objects of the list from gc_refs.
func (c *CycleCollector) subtractRefs(young *ccNode) {
	for p := young.next; p != young; p = p.next {
		c.rt.Traverse(p.obj, c.visitDecrefFn)
	}
}

// visitDecref is subtract_refs' visit: only objects being collected have refs >= 0.
func (c *CycleCollector) visitDecref(o Object) {
	n := c.nodeOf(o)
	if n == nil || n.refs < 0 {
		return
	}
	if n.refs == 0 {
		panic(fmt.Sprintf("BUG: gcsim: more references to %T were traversed than its reference count says", o))
	}
	n.refs--
}

// moveUnreachable moves every object of young that is not reachable from outside young to
// unreachable (CPython's move_unreachable) and returns how many stay in young.
func (c *CycleCollector) moveUnreachable(young, unreachable *ccNode) int {
	c.reachableTarget = young
	kept := 0
	p := young.next
	for p != young {
		var next *ccNode
		if p.refs != 0 {
			// Reachable from outside: everything it references is reachable too.
			// Traversing may append objects to young, so next is read afterwards.
			p.refs = refsReachable
			c.rt.Traverse(p.obj, c.visitReachableFn)
			next = p.next
			if c.untracker != nil && c.untracker.UntrackScanned(p.obj) {
				c.Untrack(p.obj) // _PyTuple_MaybeUntrack
			} else {
				kept++
			}
		} else {
			// Maybe unreachable; visitReachable moves it back if something reachable
			// that is scanned later references it.
			next = p.next
			p.moveTo(unreachable)
			p.refs = refsTentatively
		}
		p = next
	}
	c.reachableTarget = nil
	return kept
}

// visitReachable is move_unreachable's visit.
func (c *CycleCollector) visitReachable(o Object) {
	n := c.nodeOf(o)
	if n == nil {
		return
	}
	switch {
	case n.refs == 0:
		// In young, not scanned yet: it is reachable after all.
		n.refs = 1
	case n.refs == refsTentatively:
		// Already moved out: move it back to be scanned again.
		n.moveTo(c.reachableTarget)
		n.refs = 1
	}
}

// moveFinalizers moves the unreachable objects that have a legacy finalizer to finalizers.
func (c *CycleCollector) moveFinalizers(unreachable, finalizers *ccNode) {
	for p := unreachable.next; p != unreachable; {
		next := p.next
		if c.rt.HasLegacyFinalizer(p.obj) {
			p.finalizer = true
			p.moveTo(finalizers)
			p.refs = refsReachable
		}
		p = next
	}
}

// moveFinalizerReachable moves what the finalizers list reaches from unreachable into it.
// The list grows while it is walked, so everything reachable ends up in it.
func (c *CycleCollector) moveFinalizerReachable(finalizers *ccNode) {
	c.moveTarget = finalizers
	for p := finalizers.next; p != finalizers; p = p.next {
		c.rt.Traverse(p.obj, c.visitMoveFn)
	}
	c.moveTarget = nil
}

// visitMove is move_finalizer_reachable's visit.
func (c *CycleCollector) visitMove(o Object) {
	n := c.nodeOf(o)
	if n != nil && n.refs == refsTentatively {
		n.moveTo(c.moveTarget)
		n.refs = refsReachable
	}
}

// isTentativelyUnreachable is the isUnreachable function HandleWeakrefs gets.
func (c *CycleCollector) isTentativelyUnreachable(o Object) bool {
	n := c.nodeOf(o)
	return n != nil && n.refs == refsTentatively
}

// handleWeakrefs hands the unreachable objects to the VM's HandleWeakrefs and returns the
// number of weakrefs the callbacks freed. A weakref whose callback ran and survived simply
// stays where it is: it was reachable, so it already moved on with the survivors.
func (c *CycleCollector) handleWeakrefs(unreachable *ccNode) int {
	if unreachable.empty() {
		return 0
	}
	objs := make([]Object, 0, unreachable.size())
	for p := unreachable.next; p != unreachable; p = p.next {
		objs = append(objs, p.obj)
	}
	return c.rt.HandleWeakrefs(objs, c.isUnreachableFn)
}

// deleteGarbage clears each unreachable object (delete_garbage). Clearing drops references,
// which may free other objects of the list (Freed unlinks them), so the loop always takes
// the list's first node again; an object that survives its own clear moves to old.
func (c *CycleCollector) deleteGarbage(unreachable, old *ccNode) {
	for !unreachable.empty() {
		p := unreachable.next
		o := p.obj
		c.rt.Incref(o)
		c.rt.Clear(o)
		c.rt.Decref(o)
		if unreachable.next == p {
			p.moveTo(old)
			p.refs = refsReachable
		}
	}
}

// handleFinalizers appends the uncollectable objects that have a finalizer to gc.garbage
// and moves all of them to old (handle_finalizers). The list is moved first, so that
// whatever the VM does in Garbage cannot disturb the walk.
func (c *CycleCollector) handleFinalizers(finalizers, old *ccNode) {
	var withFinalizer []Object
	for p := finalizers.next; p != finalizers; p = p.next {
		if p.finalizer {
			withFinalizer = append(withFinalizer, p.obj)
			p.finalizer = false
		}
	}
	finalizers.mergeInto(old)
	for _, o := range withFinalizer {
		c.rt.Garbage(o)
	}
}

// logCollection writes one gc-major section, in words a learner can read.
func (c *CycleCollector) logCollection(r Result, sizes [NumGenerations]int, took time.Duration) {
	c.log.Start("gc-major")
	c.log.Print(fmt.Sprintf("cycle collection of generation %d", r.Generation))
	c.log.Print(fmt.Sprintf("objects in each generation before: %d %d %d", sizes[0], sizes[1], sizes[2]))
	c.log.Print(fmt.Sprintf("objects examined: %d", r.Examined))
	c.log.Print(fmt.Sprintf("unreachable objects found: %d", r.Unreachable()))
	c.log.Print(fmt.Sprintf("uncollectable (moved to gc.garbage with what they reach): %d", r.Uncollectable))
	c.log.Print(fmt.Sprintf("collected: %d", r.Collected))
	c.log.Print(fmt.Sprintf("time taken: %f", took.Seconds()))
	c.log.Stop("gc-major")
}
