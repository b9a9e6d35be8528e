// genminor.go defines the generational collector's minor collection: which young objects
// survive (those reachable from the roots, from old objects, or from young objects with a
// finalizer), their promotion, and PyPy's gc-minor log section.
package gcsim

import "fmt"

// minor runs the minor collections of the young objects before cuts[len(cuts)-1]: one per
// segment young[cuts[i-1]:cuts[i]] (the first starts at 0). whole says that the last cut is
// the end of the young list, so the nursery is empty afterwards. PyPy runs each when the
// nursery overflows; handson can only collect at safe points, so all of them are decided by
// one marking now, and each is then accounted and logged on its own, with the numbers PyPy
// would print at that moment. Young objects after the last cut were allocated after the
// nursery's last overflow: they stay young, and what they reference survives only if they
// are reachable themselves.
func (g *Generational) minor(cuts []int, whole bool, out *Outcome) {
	cut := cuts[len(cuts)-1]
	for i := cut; i < len(g.young); i++ {
		g.young[i].h.flags |= gLater
	}

	// Mark. Old objects are sources, whether alive or not: that is what PyPy's
	// remembered set amounts to.
	g.rt.Roots(g.visitMinorFn)
	for _, o := range g.oldScan {
		g.rt.Traverse(o, g.visitMinorFn)
	}
	// Young objects with a finalizer survive, with what they reference (PyPy's
	// deal_with_young_objects_with_finalizers); their finalizers wait for a major
	// collection. Those allocated after the last cut wait for their own minor one.
	kept := g.youngFins[:0]
	for _, o := range g.youngFins {
		if o.GCHeader().flags&gLater != 0 {
			kept = append(kept, o)
			continue
		}
		g.visitMinor(o)
	}
	clear(g.youngFins[len(kept):])
	g.youngFins = kept
	g.drain(g.visitMinorFn)

	// Per segment: externals allocated in later segments did not exist yet when PyPy
	// ran this segment's minor collection, so they are left out of its memory figure.
	var extAfter []int64
	if g.youngExt > 0 {
		// extAfter[s]: bytes of the externals allocated after segment s ends.
		extAfter = make([]int64, len(cuts))
		seg := 0
		for i, e := range g.young {
			for seg < len(cuts) && i >= cuts[seg] {
				seg++
			}
			if e.h.flags&gExternal != 0 && seg > 0 {
				extAfter[seg-1] += e.size
			}
		}
		for s := len(cuts) - 2; s >= 0; s-- {
			extAfter[s] += extAfter[s+1]
		}
	}
	logOn := logging(g.log, "gc-minor") || logging(g.log, "gc-minor-walkroots")
	start := 0
	for s, end := range cuts {
		surviving := g.sweepSegment(start, end)
		if s == 0 && g.rawYoungBytes > 0 {
			g.youngExtBytes -= g.rawYoungBytes
			g.rawYoungBytes = 0
		}
		g.minors++
		out.Minors++
		if logOn {
			mem := g.totalMemory()
			if extAfter != nil {
				mem -= extAfter[s]
			}
			g.logMinor(mem, surviving)
		}
		start = end
	}

	// Weakref targets that died young: their weakrefs are cleared now. Their callbacks
	// (registered as a finalizer, which survives) wait for the next major collection.
	keptWeak := g.youngWeak[:0]
	for _, o := range g.youngWeak {
		h := o.GCHeader()
		switch {
		case h.flags&gDead != 0:
			h.flags &^= gWeakTarget
			out.Cleared = append(out.Cleared, o)
		case h.flags&gOld != 0:
			g.oldWeak = append(g.oldWeak, o)
		default:
			keptWeak = append(keptWeak, o)
		}
	}
	clear(g.youngWeak[len(keptWeak):])
	g.youngWeak = keptWeak

	// What stays young moves to the front.
	n := copy(g.young, g.young[cut:])
	clear(g.young[n:])
	g.young = g.young[:n]
	for i := range g.young {
		g.young[i].h.flags &^= gLater | gMarked
	}
	g.resetScratch()
	g.bounds = g.bounds[:0]
	if whole {
		// The open segment was collected too (Stress, a large allocation, gc.collect):
		// the nursery is empty again.
		g.allocatedAtOpen = g.allocatedBytes()
		if !g.cfg.NoAutomatic {
			g.setFree(g.capacity)
		}
	}
}

// sweepSegment promotes the marked objects of young[start:end] and marks the others dead.
// It returns the bytes moved out of the nursery (PyPy's nursery_surviving_size).
func (g *Generational) sweepSegment(start, end int) (surviving int64) {
	for _, e := range g.young[start:end] {
		h := e.h
		f := h.flags
		external := f&gExternal != 0
		if external {
			g.youngExtBytes -= e.size
			g.youngExt--
		}
		if f&gMarked == 0 {
			h.flags = f | gDead
			continue
		}
		h.flags = f&^gMarked | gOld
		g.old = append(g.old, e)
		if f&gImmutable == 0 {
			g.oldScan = append(g.oldScan, e.obj)
		}
		g.oldBytes += e.size
		if !external {
			surviving += e.size
		}
	}
	return surviving
}

// visitMinor marks a young object (or an unregistered one, which the marking goes through
// as if it were young) and queues it for tracing. Old objects are all scanned anyway.
func (g *Generational) visitMinor(o Object) {
	h := o.GCHeader()
	f := h.flags
	if f&(gMarked|gOld|gDead|fImmortal) != 0 {
		if f&gDead != 0 {
			panic(fmt.Sprintf("BUG: gcsim: a dead %T was reached: the VM lost a root", o))
		}
		return
	}
	h.flags = f | gMarked
	if f&gManaged == 0 {
		g.scratch = append(g.scratch, h)
	}
	g.stack = append(g.stack, o)
}

// drain traces the marking stack until it is empty.
func (g *Generational) drain(visit func(Object)) {
	for len(g.stack) > 0 {
		o := g.stack[len(g.stack)-1]
		g.stack[len(g.stack)-1] = nil
		g.stack = g.stack[:len(g.stack)-1]
		g.rt.Traverse(o, visit)
	}
}

// resetScratch clears the marking flags of the unregistered objects a marking went through.
func (g *Generational) resetScratch() {
	for i, h := range g.scratch {
		h.flags &^= gMarked | gOrdering | gKept
		g.scratch[i] = nil
	}
	g.scratch = g.scratch[:0]
}

// logMinor writes a gc-minor section with PyPy 7.3's lines, the empty gc-minor-walkroots
// section first as PyPy nests it.
func (g *Generational) logMinor(memory, surviving int64) {
	minorOn := logging(g.log, "gc-minor")
	if !minorOn && !logging(g.log, "gc-minor-walkroots") {
		return
	}
	g.log.Start("gc-minor")
	g.log.Start("gc-minor-walkroots")
	g.log.Stop("gc-minor-walkroots")
	if minorOn {
		g.log.Print(fmt.Sprintf("minor collect, total memory used: %d", memory))
		g.log.Print("number of pinned objects: 0")
		g.log.Print(fmt.Sprintf("total size of surviving objects: %d", surviving))
	}
	g.log.Stop("gc-minor")
}
