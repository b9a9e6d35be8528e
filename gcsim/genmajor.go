// genmajor.go defines the generational collector's major collection: marking from the
// roots, PyPy's finalizer ordering (pypy/doc/discussion/finalizer-order.rst), the clearing
// of weakrefs, the sweep of the old generation, the next threshold, and a gc-major log
// section for learners.
//
// Finalizer ordering. Each object gets one of four states, encoded as in incminimark by
// two flags, gMarked (GCFLAG_VISITED) and gOrdering (GCFLAG_FINALIZATION_ORDERING):
//
//	state 0: neither          unreachable
//	state 1: gOrdering        being reached from the finalizer now processed
//	state 2: both             reachable from a finalizer, maybe in its own cycle
//	state 3: gMarked          alive (from the roots, or from another finalizer)
//
// For each unreachable object x with a finalizer, in registration order, a walk takes the
// objects x reaches from state 0 to 1 (following their references) and from 2 to 3
// (recursively: they are reached by a second finalizer, from outside their cycle); then
// everything in state 1 goes to 2. In the end a finalizer runs if its object is still in
// state 2: no other unreachable finalizer reaches it. In a chain only the head runs; in a
// cycle exactly one runs; everything they reach survives this collection.
package gcsim

import (
	"fmt"
	"time"
)

// finDecision is what a major collection decided for one registry entry.
type finDecision uint8

const (
	finKeep      finDecision = iota // not run now
	finCandidate                    // an unreachable object with a finalizer, walked
	finRun                          // run at the end of this collection
)

// major runs a major collection. The nursery normally is empty (a minor collection just
// ran); objects allocated after its last overflow may still be young: they are reached like
// any other object but not swept, and young objects with a finalizer count as roots.
func (g *Generational) major(out *Outcome) {
	startTime := g.now()
	g.rt.Roots(g.visitMajorFn)
	for _, o := range g.youngFins {
		g.visitMajor(o)
	}
	g.drain(g.visitMajorFn)
	g.finishMajor(out, startTime)
}

// stressMajor is Stress mode's major collection at a safe point. Its marking stops as soon
// as it has reached every object whose death the program could observe (objects with a
// finalizer, weakref targets, objects with weakref callbacks): then a full major collection
// could not change anything the program sees, so nothing more is done (no collection is
// counted or logged). Otherwise it goes on as a major collection.
func (g *Generational) stressMajor(out *Outcome) {
	startTime := g.now()
	n, ok := g.countObservable()
	if !ok {
		g.major(out)
		return
	}
	g.observableLeft = n
	g.cutShort = false
	g.rt.Roots(g.visitStressFn)
	for _, o := range g.youngFins {
		g.visitStress(o)
	}
	for len(g.stack) > 0 && !g.cutShort {
		o := g.stack[len(g.stack)-1]
		g.stack[len(g.stack)-1] = nil
		g.stack = g.stack[:len(g.stack)-1]
		g.rt.Traverse(o, g.visitStressFn)
	}
	if g.cutShort {
		for i, h := range g.stressMarked {
			h.flags &^= gMarked
			g.stressMarked[i] = nil
		}
		g.stressMarked = g.stressMarked[:0]
		clear(g.stack)
		g.stack = g.stack[:0]
		g.resetScratch()
		return
	}
	clear(g.stressMarked)
	g.stressMarked = g.stressMarked[:0]
	g.finishMajor(out, startTime)
}

// countObservable counts the distinct objects whose death the program could observe. It
// returns false when some weakref callbacks must run whatever the marking finds (their
// object is dead, or they were detached from it).
func (g *Generational) countObservable() (int, bool) {
	n := 0
	count := func(o Object) {
		if h := o.GCHeader(); h.flags&gCounted == 0 {
			h.flags |= gCounted
			n++
		}
	}
	ok := true
	for _, e := range g.fins {
		if e.kind == finOrphanCallbacks || e.obj.GCHeader().flags&gDead != 0 {
			ok = false
			break
		}
		count(e.obj)
	}
	for _, o := range g.oldWeak {
		count(o)
	}
	for _, o := range g.youngWeak {
		count(o)
	}
	uncount := func(o Object) { o.GCHeader().flags &^= gCounted }
	for _, e := range g.fins {
		uncount(e.obj)
	}
	for _, o := range g.oldWeak {
		uncount(o)
	}
	for _, o := range g.youngWeak {
		uncount(o)
	}
	return n, ok && n > 0
}

// visitStress is visitMajor for stressMajor: it records what it marks, so the marks can be
// undone, and counts the observable objects it reaches.
func (g *Generational) visitStress(o Object) {
	if g.cutShort {
		return
	}
	h := o.GCHeader()
	f := h.flags
	if f&(gMarked|gDead|fImmortal) != 0 {
		if f&gDead != 0 {
			panic(fmt.Sprintf("BUG: gcsim: a dead %T was reached: the VM lost a root", o))
		}
		return
	}
	h.flags = f | gMarked
	if f&gManaged == 0 {
		g.scratch = append(g.scratch, h)
	}
	g.stressMarked = append(g.stressMarked, h)
	g.stack = append(g.stack, o)
	if f&(gFinalizer|gWeakTarget|gLifeline) != 0 {
		g.observableLeft--
		if g.observableLeft == 0 {
			g.cutShort = true
		}
	}
}

// finishMajor is the rest of a major collection once marking from the roots is done.
func (g *Generational) finishMajor(out *Outcome, startTime time.Time) {
	logOn := logging(g.log, "gc-major")
	before := g.totalMemory()
	liveBeforeFinalizers := 0
	if logOn {
		for _, e := range g.old {
			if e.h.flags&gMarked != 0 {
				liveBeforeFinalizers++
			}
		}
	}

	var st majorStats
	if len(g.fins) > 0 {
		g.orderFinalizers(&st)
	}
	st.cleared = len(out.Cleared)
	g.invalidateWeakrefs(out)
	st.cleared = len(out.Cleared) - st.cleared
	if len(g.fins) > 0 {
		g.finishFinalizers(out, &st)
	}

	examined := len(g.old)
	kept := g.sweepOld(&st)
	for i := range g.young {
		g.young[i].h.flags &^= gMarked | gOrdering | gKept
	}
	g.resetScratch()

	// The next threshold, from what is alive now, not counting what only finalizers keep
	// alive (PyPy issue #2590).
	alive := float64(g.totalMemory() - kept)
	if alive < 0 {
		alive = 0
	}
	next := alive * g.cfg.MajorCollect
	if g.cfg.MaxDelta > 0 {
		next = min(next, alive+float64(g.cfg.MaxDelta))
	}
	g.setMajorThreshold(next)
	g.majors++
	out.Major = true

	if logOn {
		g.log.Start("gc-major")
		g.log.Print(fmt.Sprintf("major collect, total memory used before: %d", before))
		g.log.Print(fmt.Sprintf("old objects examined: %d, reachable from the roots: %d", examined, liveBeforeFinalizers))
		g.log.Print(fmt.Sprintf("unreachable objects freed: %d (%d bytes)", st.freed, st.freedBytes))
		g.log.Print(fmt.Sprintf("unreachable objects with a finalizer: %d, finalizers to run now: %d", st.candidates, st.run))
		g.log.Print(fmt.Sprintf("weakref targets cleared: %d, weakref callbacks to run now: %d", st.cleared, st.callbacks))
		g.log.Print(fmt.Sprintf("kept alive for finalizers: %d bytes", kept))
		g.log.Print(fmt.Sprintf("total memory used after: %d", g.totalMemory()))
		g.log.Print(fmt.Sprintf("next major collection threshold: %f", g.threshold))
		g.log.Print(fmt.Sprintf("time taken: %f", g.now().Sub(startTime).Seconds()))
		g.log.Stop("gc-major")
	}
}

// majorStats are a major collection's numbers for the log.
type majorStats struct {
	freed, candidates, run, callbacks, cleared int
	freedBytes                                 int64
}

// setMajorThreshold is PyPy's set_major_threshold_from: at most Growth times the previous
// threshold, at least the minimum.
func (g *Generational) setMajorThreshold(t float64) {
	if limit := g.thresholdInitial * g.cfg.Growth; t > limit {
		t = limit
	}
	if t < g.minHeap {
		t = g.minHeap
	}
	g.thresholdInitial = t
	g.threshold = t
}

// visitMajor marks an object and queues it for tracing.
func (g *Generational) visitMajor(o Object) {
	h := o.GCHeader()
	f := h.flags
	if f&(gMarked|gDead|fImmortal) != 0 {
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

// orderFinalizers walks from each unreachable object with a finalizer, in registration
// order (PyPy's deal_with_objects_with_finalizers, first half).
func (g *Generational) orderFinalizers(st *majorStats) {
	g.decisions = g.decisions[:0]
	for _, e := range g.fins {
		d := finKeep
		h := e.obj.GCHeader()
		if e.kind == finObject && h.flags&(gOld|gMarked) == gOld {
			d = finCandidate
			st.candidates++
			g.pending = append(g.pending[:0], e.obj)
			for len(g.pending) > 0 {
				y := g.pending[len(g.pending)-1]
				g.pending[len(g.pending)-1] = nil
				g.pending = g.pending[:len(g.pending)-1]
				hy := y.GCHeader()
				switch hy.flags & (gMarked | gOrdering | gDead | fImmortal) {
				case 0: // state 0 -> 1
					if hy.flags&gManaged == 0 {
						g.scratch = append(g.scratch, hy)
					}
					hy.flags |= gOrdering | gKept
					g.rt.Traverse(y, g.pushPendingFn)
				case gMarked | gOrdering: // state 2 -> 3
					g.bumpToState3(y)
				}
			}
			// state 1 -> 2: an ordinary marking from x reaches exactly the objects
			// the walk just put in state 1.
			g.visitMajor(e.obj)
			g.drain(g.visitMajorFn)
		}
		g.decisions = append(g.decisions, d)
	}
}

// bumpToState3 takes o and what it reaches from state 2 to state 3.
func (g *Generational) bumpToState3(o Object) {
	g.tmp = append(g.tmp[:0], o)
	for len(g.tmp) > 0 {
		z := g.tmp[len(g.tmp)-1]
		g.tmp[len(g.tmp)-1] = nil
		g.tmp = g.tmp[:len(g.tmp)-1]
		hz := z.GCHeader()
		if hz.flags&gOrdering != 0 {
			hz.flags &^= gOrdering
			g.rt.Traverse(z, g.pushTmpFn)
		}
	}
}

// invalidateWeakrefs clears the weakrefs to old targets that are not alive: dead, or kept
// only for a finalizer (state 2). State 3 targets keep their weakrefs.
func (g *Generational) invalidateWeakrefs(out *Outcome) {
	kept := g.oldWeak[:0]
	for _, o := range g.oldWeak {
		h := o.GCHeader()
		if h.flags&(gMarked|gOrdering) == gMarked {
			kept = append(kept, o)
			continue
		}
		h.flags &^= gWeakTarget
		out.Cleared = append(out.Cleared, o)
	}
	clear(g.oldWeak[len(kept):])
	g.oldWeak = kept
}

// finishFinalizers decides which finalizers run, in registration order, and removes them
// from the registry (PyPy's deal_with_objects_with_finalizers, second half).
func (g *Generational) finishFinalizers(out *Outcome, st *majorStats) {
	for i, e := range g.fins {
		if g.decisions[i] != finCandidate {
			continue
		}
		h := e.obj.GCHeader()
		if h.flags&(gMarked|gOrdering) == gMarked|gOrdering {
			g.decisions[i] = finRun
			g.bumpToState3(e.obj)
			h.flags = h.flags&^gFinalizer | gFinalized | gRunNow
		}
	}
	// Weakref callbacks, after every finalizer is decided: they run when their object
	// died (now or young) or was detached from them by a finalizer at an earlier
	// collection. When the object's finalizer runs now, PyPy detaches them (the
	// object's weakrefs are cleared just before __del__): they run at the next major
	// collection, whatever happens to the object.
	for i := range g.fins {
		e := &g.fins[i]
		if e.kind == finObject {
			continue
		}
		h := e.obj.GCHeader()
		switch {
		case e.kind == finOrphanCallbacks, h.flags&gDead != 0, h.flags&(gOld|gMarked) == gOld:
			g.decisions[i] = finRun
			if e.kind == finCallbacks {
				h.flags &^= gLifeline
			}
		case h.flags&gRunNow != 0:
			e.kind = finOrphanCallbacks
			h.flags &^= gLifeline
		}
	}
	kept := g.fins[:0]
	for i, e := range g.fins {
		if g.decisions[i] != finRun {
			kept = append(kept, e)
			continue
		}
		kind := RunFinalizer
		if e.kind == finObject {
			st.run++
		} else {
			kind = RunWeakrefCallbacks
			st.callbacks++
		}
		out.Actions = append(out.Actions, Action{Kind: kind, Obj: e.obj})
	}
	clear(g.fins[len(kept):])
	g.fins = kept
}

// sweepOld frees the unmarked old objects and resets the others' marking flags. It returns
// the bytes of survivors that only finalizers keep alive.
func (g *Generational) sweepOld(st *majorStats) (keptForFinalizers int64) {
	kept := g.old[:0]
	g.oldScan = g.oldScan[:0]
	for _, e := range g.old {
		h := e.h
		f := h.flags
		if f&gMarked == 0 {
			h.flags = f | gDead
			g.oldBytes -= e.size
			st.freed++
			st.freedBytes += e.size
			continue
		}
		if f&gKept != 0 {
			keptForFinalizers += e.size
		}
		h.flags = f &^ (gMarked | gOrdering | gKept | gRunNow)
		kept = append(kept, e)
		if f&gImmutable == 0 {
			g.oldScan = append(g.oldScan, e.obj)
		}
	}
	clear(g.old[len(kept):])
	g.old = kept
	clear(g.oldScan[len(g.oldScan):cap(g.oldScan)])
	return keptForFinalizers
}
