// cycle_test.go tests CycleCollector on hand-made graphs: what a collection frees, keeps
// and hands to gc.garbage, how weakrefs are handled, and when automatic collections happen.
package gcsim

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func newCCGraph(t *testing.T, log Logger) *graph {
	g := newGraph(t)
	g.cc = NewCycleCollector(g, log)
	return g
}

func mustCollect(t *testing.T, cc *CycleCollector, gen int) Result {
	t.Helper()
	r, err := cc.Collect(gen)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestCycleIsFreedByCollect(t *testing.T) {
	g := newCCGraph(t, nil)
	g.many("a", "b", "live")
	g.link("a", "b")
	g.link("b", "a")
	g.drop("a", "b")
	if len(g.events) != 0 {
		t.Fatalf("dropping the cycle's last outside references freed something: %v", g.events)
	}
	r := mustCollect(t, g.cc, 2)
	want := Result{Generation: 2, Examined: 3, Collected: 2}
	if r != want {
		t.Errorf("result = %+v, want %+v", r, want)
	}
	if r.Unreachable() != 2 {
		t.Errorf("Unreachable() = %d, want 2", r.Unreachable())
	}
	// delete_garbage clears a (the first unreachable), which frees b, which drops the
	// last reference to a once the collector's own reference goes.
	wantEvents := []string{"clear a", "free b", "free a"}
	if diff := cmp.Diff(wantEvents, g.events); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	if g.objs["live"].freed || !g.cc.IsTracked(g.objs["live"]) {
		t.Error("the live object was freed or untracked")
	}
	if got := names(g.cc.TrackedObjects()); !cmp.Equal(got, []string{"live"}) {
		t.Errorf("tracked after collection: %v", got)
	}
	// Generation 2 collected: every count starts again.
	if c := g.cc.Count(); c != [3]int{0, 0, 0} {
		t.Errorf("count = %v, want all zero", c)
	}
}

func TestReachableCycleSurvivesAndMovesOn(t *testing.T) {
	g := newCCGraph(t, nil)
	g.many("a", "b", "c")
	g.link("a", "b")
	g.link("b", "c")
	g.link("c", "b")
	g.drop("b", "c") // b and c are held only by a, which the test still holds
	r := mustCollect(t, g.cc, 0)
	if r != (Result{Generation: 0, Examined: 3}) {
		t.Errorf("result = %+v", r)
	}
	if c := g.cc.Count(); c != [3]int{0, 1, 0} {
		t.Errorf("count after a generation 0 collection = %v, want [0 1 0]", c)
	}
	// The survivors are in generation 1 now: a generation 0 collection examines nothing.
	if r := mustCollect(t, g.cc, 0); r.Examined != 0 {
		t.Errorf("second generation 0 collection examined %d objects", r.Examined)
	}
	g.drop("a")
	if !g.objs["a"].freed || g.objs["b"].freed {
		t.Fatal("dropping a should free a only (b and c form a cycle)")
	}
	// A generation 0 collection does not see the cycle, which lives in generation 1.
	if r := mustCollect(t, g.cc, 0); r.Collected != 0 {
		t.Errorf("generation 0 collection collected %d", r.Collected)
	}
	if r := mustCollect(t, g.cc, 1); r.Collected != 2 || r.Examined != 2 {
		t.Errorf("generation 1 collection = %+v, want 2 examined and collected", r)
	}
}

func TestFinalizerCycleGoesToGarbageWithWhatItReaches(t *testing.T) {
	g := newCCGraph(t, nil)
	g.many("a", "b", "c", "d", "e")
	g.objs["a"].finalizer = true
	g.link("a", "b")
	g.link("b", "a")
	g.link("b", "c") // c is reached from the finalizer cycle: it must stay alive
	g.link("d", "e")
	g.link("e", "d")
	g.drop("a", "b", "c", "d", "e")
	r := mustCollect(t, g.cc, 2)
	if r != (Result{Generation: 2, Examined: 5, Collected: 2, Uncollectable: 3}) {
		t.Errorf("result = %+v", r)
	}
	if len(g.garbage) != 1 || g.garbage[0].name != "a" {
		t.Errorf("gc.garbage = %v, want only a (the one with a finalizer)", g.garbage)
	}
	for _, n := range []string{"a", "b", "c"} {
		o := g.objs[n]
		if o.freed || !g.cc.IsTracked(o) {
			t.Errorf("%s was freed or untracked", n)
		}
	}
	for _, n := range []string{"d", "e"} {
		if !g.objs[n].freed {
			t.Errorf("%s was not freed", n)
		}
	}
	for _, e := range g.events {
		if strings.HasPrefix(e, "del ") {
			t.Errorf("a legacy finalizer ran: %v", g.events)
		}
	}
	// gc.garbage holds a now, so the next collection finds nothing unreachable.
	if r := mustCollect(t, g.cc, 2); r.Unreachable() != 0 {
		t.Errorf("second collection = %+v", r)
	}
}

// TestFinalizerReachedOnlyFromGarbageRunsDuringClear is CPython 2.7's behaviour (checked
// with python2.7): an object with __del__ that is not in a cycle but only referenced from
// one is moved to the finalizers list, then freed when the cycle is cleared, so its __del__
// runs during the collection and it does not count as uncollectable.
func TestFinalizerReachedOnlyFromGarbageRunsDuringClear(t *testing.T) {
	g := newCCGraph(t, nil)
	g.many("x", "y", "f")
	g.objs["f"].finalizer = true
	g.link("x", "y")
	g.link("y", "x")
	g.link("y", "f")
	g.drop("x", "y", "f")
	r := mustCollect(t, g.cc, 2)
	if r != (Result{Generation: 2, Examined: 3, Collected: 2, Uncollectable: 0}) {
		t.Errorf("result = %+v", r)
	}
	// Clearing x frees y, whose references go: f's count reaches zero and refcounting
	// finalizes it; it left the finalizers list, so it is neither garbage nor counted.
	want := []string{"clear x", "free y", "del f", "free f", "free x"}
	if diff := cmp.Diff(want, g.events); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	if len(g.garbage) != 0 {
		t.Errorf("gc.garbage = %v", g.garbage)
	}
	if !g.objs["f"].freed || !g.objs["x"].freed || !g.objs["y"].freed {
		t.Error("something survived")
	}
}

func TestWeakrefCallbacks(t *testing.T) {
	t.Run("reachable weakref to garbage: cleared, callback called", func(t *testing.T) {
		g := newCCGraph(t, nil)
		g.many("a", "b")
		g.link("a", "b")
		g.link("b", "a")
		w := g.weakref("w", "a", true)
		g.drop("a", "b")
		r := mustCollect(t, g.cc, 2)
		if r.Collected != 2 {
			t.Errorf("collected %d, want 2", r.Collected)
		}
		want := []string{"cleared w", "callback w", "clear a", "free b", "free a"}
		if diff := cmp.Diff(want, g.events); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
		if w.weakTarget != nil || w.freed {
			t.Error("weakref not cleared, or freed although the test holds it")
		}
	})
	t.Run("weakref that is garbage itself: cleared, no callback", func(t *testing.T) {
		g := newCCGraph(t, nil)
		g.many("a", "b")
		g.link("a", "b")
		g.link("b", "a")
		g.weakref("w", "b", true)
		g.link("a", "w") // the weakref lives inside the garbage
		g.drop("a", "b", "w")
		r := mustCollect(t, g.cc, 2)
		if r.Collected != 3 {
			t.Errorf("collected %d, want 3", r.Collected)
		}
		for _, e := range g.events {
			if strings.HasPrefix(e, "callback") {
				t.Errorf("callback of an unreachable weakref ran: %v", g.events)
			}
		}
		if !strings.Contains(strings.Join(g.events, ","), "cleared w") {
			t.Errorf("weakref not cleared: %v", g.events)
		}
	})
	t.Run("callback frees its own weakref: counted as collected", func(t *testing.T) {
		g := newCCGraph(t, nil)
		g.many("a", "b", "holder")
		g.link("a", "b")
		g.link("b", "a")
		g.weakref("w", "a", true)
		g.link("holder", "w")
		g.drop("a", "b", "w")
		g.onCallback = func(w *tobj) { g.unlink("holder", "w") }
		r := mustCollect(t, g.cc, 2)
		if r.Collected != 3 {
			t.Errorf("collected %d, want 3 (a, b and the weakref its callback freed)", r.Collected)
		}
		if !g.objs["w"].freed {
			t.Error("weakref not freed")
		}
	})
	t.Run("weakref without callback: only cleared", func(t *testing.T) {
		g := newCCGraph(t, nil)
		g.many("a")
		g.link("a", "a")
		w := g.weakref("w", "a", false)
		g.drop("a")
		mustCollect(t, g.cc, 2)
		want := []string{"cleared w", "clear a", "free a"}
		if diff := cmp.Diff(want, g.events); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
		if w.weakTarget != nil {
			t.Error("not cleared")
		}
	})
	t.Run("weakref to an uncollectable object: untouched", func(t *testing.T) {
		g := newCCGraph(t, nil)
		g.many("a", "b")
		g.objs["a"].finalizer = true
		g.link("a", "b")
		g.link("b", "a")
		w := g.weakref("w", "b", true)
		g.drop("a", "b")
		r := mustCollect(t, g.cc, 2)
		if r.Uncollectable != 2 || w.weakTarget == nil {
			t.Errorf("result %+v, weak target %v: b is in gc.garbage's reach and keeps its weakref", r, w.weakTarget)
		}
	})
	t.Run("callback runs after every weakref is cleared", func(t *testing.T) {
		g := newCCGraph(t, nil)
		g.many("a", "b")
		g.link("a", "b")
		g.link("b", "a")
		g.weakref("wa", "a", true)
		g.weakref("wb", "b", true)
		g.drop("a", "b")
		var seen []string
		g.onCallback = func(w *tobj) {
			seen = append(seen, w.name)
			if g.objs["wa"].weakTarget != nil || g.objs["wb"].weakTarget != nil {
				t.Errorf("callback of %s saw a weakref not cleared yet", w.name)
			}
		}
		mustCollect(t, g.cc, 2)
		if !cmp.Equal(seen, []string{"wa", "wb"}) {
			t.Errorf("callbacks %v", seen)
		}
	})
}

func TestObjectsFreedDuringClearAreSafe(t *testing.T) {
	// A ring of ten with spokes: clearing the first object frees most of the others in
	// the middle of delete_garbage's walk.
	g := newCCGraph(t, nil)
	var all []string
	for i := 0; i < 10; i++ {
		all = append(all, string(rune('a'+i)))
	}
	g.many(all...)
	for i := range all {
		g.link(all[i], all[(i+1)%len(all)])
	}
	g.many("s1", "s2")
	g.link("a", "s1")
	g.link("s1", "s2")
	g.drop(all...)
	g.drop("s1", "s2")
	r := mustCollect(t, g.cc, 2)
	if r.Collected != 12 {
		t.Errorf("collected %d, want 12", r.Collected)
	}
	for n, o := range g.objs {
		if !o.freed {
			t.Errorf("%s survived", n)
		}
	}
	if got := g.cc.TrackedObjects(); len(got) != 0 {
		t.Errorf("still tracked: %v", names(got))
	}
	// Only a was cleared: everything else was freed by refcounting on the way.
	clears := 0
	for _, e := range g.events {
		if strings.HasPrefix(e, "clear ") {
			clears++
		}
	}
	if clears != 1 {
		t.Errorf("%d clears, want 1: %v", clears, g.events)
	}
}

func TestAutomaticCollectionTiming(t *testing.T) {
	g := newCCGraph(t, nil)
	for i := 0; i < 700; i++ {
		o := &tobj{name: "x"}
		o.RC = 1
		if g.cc.Track(o) {
			t.Fatalf("collection due after %d allocations", i+1)
		}
	}
	if c := g.cc.Count(); c != [3]int{700, 0, 0} {
		t.Fatalf("count = %v", c)
	}
	o := &tobj{name: "701st"}
	o.RC = 1
	if !g.cc.Track(o) {
		t.Fatal("the 701st tracked allocation did not make a collection due")
	}
	if !g.cc.Due() {
		t.Error("Due() false")
	}
	r := g.cc.CollectDue()
	if r.Generation != 0 || r.Examined != 701 {
		t.Errorf("automatic collection = %+v, want generation 0 over 701 objects", r)
	}
	if c := g.cc.Count(); c != [3]int{0, 1, 0} {
		t.Errorf("count after = %v", c)
	}
	if g.cc.Due() {
		t.Error("still due")
	}
	if r := g.cc.CollectDue(); r != (Result{}) {
		t.Errorf("CollectDue with nothing due = %+v", r)
	}
}

func TestFreedUncountsAllocations(t *testing.T) {
	g := newCCGraph(t, nil)
	g.many("a", "b")
	g.drop("a")
	if c := g.cc.Count(); c[0] != 1 {
		t.Errorf("count0 = %d after freeing one of two", c[0])
	}
	g.drop("b")
	g.cc.Freed(g.objs["b"]) // a second Freed must not uncount again
	if c := g.cc.Count(); c[0] != 0 {
		t.Errorf("count0 = %d", c[0])
	}
}

// simulate allocates n long-lived objects, running CollectDue whenever it is due, and
// returns the results of the automatic collections.
func simulate(cc *CycleCollector, n int) []Result {
	var rs []Result
	for i := 0; i < n; i++ {
		o := &tobj{name: "x"}
		o.RC = 1
		if cc.Track(o) {
			rs = append(rs, cc.CollectDue())
		}
	}
	return rs
}

func generations(rs []Result) []int {
	out := make([]int, len(rs))
	for i, r := range rs {
		out[i] = r.Generation
	}
	return out
}

func TestGenerationSchedule(t *testing.T) {
	g := newCCGraph(t, nil)
	// A collection when count0 exceeds 700; generation 1 when its count (one per
	// generation 0 collection) exceeds 10, so at the 12th; generation 2 as soon as its
	// count (one per generation 1 collection) exceeds 10: at the collection after the
	// 11th generation 1 collection, the 133rd. It is not held back: nothing has survived
	// a full collection yet.
	rs := simulate(g.cc, 701*133)
	var want []int
	for i := 1; i <= 133; i++ {
		switch {
		case i == 133:
			want = append(want, 2)
		case i%12 == 0:
			want = append(want, 1)
		default:
			want = append(want, 0)
		}
	}
	if diff := cmp.Diff(want, generations(rs)); diff != "" {
		t.Fatalf("generations (-want +got):\n%s", diff)
	}
	if last := rs[len(rs)-1]; last.Examined != 701*133 {
		t.Errorf("full collection examined %d", last.Examined)
	}
}

func TestLongLivedRuleHoldsBackFullCollections(t *testing.T) {
	g := newCCGraph(t, nil)
	// 100000 long-lived objects survive a full collection...
	g.cc.Disable()
	simulate(g.cc, 100000)
	g.cc.Enable()
	mustCollect(t, g.cc, 2)
	// ...so a full collection waits until a quarter of that has reached generation 2,
	// whatever generation 2's count says.
	g.cc.SetThreshold(100, 10, 10)
	rs := simulate(g.cc, 60000)
	pending, gen1, skipped := 0, 0, false
	for _, r := range rs {
		switch r.Generation {
		case 1:
			gen1++
			if gen1 > 11 {
				skipped = true // count2 was over its threshold: only the rule held it back
			}
			pending += r.Examined
		case 2:
			if pending < 100000/4 {
				t.Fatalf("full collection with only %d objects pending", pending)
			}
			if !skipped {
				t.Fatal("the rule never held a full collection back")
			}
			return
		}
	}
	t.Fatalf("no full collection after %d generation 1 collections (%d pending)", gen1, pending)
}

func TestDisabledAndZeroThresholdNeverCollect(t *testing.T) {
	g := newCCGraph(t, nil)
	g.cc.Disable()
	if g.cc.IsEnabled() {
		t.Fatal("IsEnabled after Disable")
	}
	if got := simulate(g.cc, 2000); len(got) != 0 {
		t.Errorf("disabled collector collected %v", got)
	}
	g.cc.Enable()
	g.cc.SetThreshold(0, 10, 10)
	if got := simulate(g.cc, 2000); len(got) != 0 {
		t.Errorf("threshold 0 collected %v", got)
	}
	g.cc.SetThreshold(5, 2, 3)
	if th := g.cc.Threshold(); th != [3]int{5, 2, 3} {
		t.Errorf("threshold %v", th)
	}
	if got := generations(simulate(g.cc, 6*4)); !cmp.Equal(got, []int{0, 0, 0, 1}) {
		t.Errorf("thresholds 5/2/3: collections %v", got)
	}
}

func TestAllocationsBetweenDueAndSafePointCountOn(t *testing.T) {
	g := newCCGraph(t, nil)
	// A builtin allocates 2000 containers before the next safe point: CPython would
	// have collected at the 701st and the 1402nd.
	for i := 0; i < 2000; i++ {
		o := &tobj{name: "x"}
		o.RC = 1
		g.cc.Track(o)
	}
	r := g.cc.CollectDue()
	if c := g.cc.Count(); c != [3]int{2000 - 2*701, 2, 0} {
		t.Errorf("count = %v after %+v", c, r)
	}
}

func TestCollectInsideCallbackDoesNothing(t *testing.T) {
	g := newCCGraph(t, nil)
	g.many("a")
	g.link("a", "a")
	g.weakref("w", "a", true)
	g.drop("a")
	var inner Result
	var innerErr error
	g.onCallback = func(*tobj) { inner, innerErr = g.cc.Collect(2) }
	mustCollect(t, g.cc, 2)
	if inner != (Result{}) || innerErr != nil {
		t.Errorf("nested collect = %+v, %v", inner, innerErr)
	}
	if _, err := g.cc.Collect(3); err == nil || !strings.Contains(err.Error(), "invalid generation") {
		t.Errorf("Collect(3) error = %v", err)
	}
	if _, err := g.cc.Collect(-1); err == nil {
		t.Error("Collect(-1) gave no error")
	}
}

func TestUntrackRetrack(t *testing.T) {
	g := newCCGraph(t, nil)
	a := g.obj("a")
	g.link("a", "a")
	g.drop("a")
	g.cc.Untrack(a)
	g.cc.Untrack(a) // twice is fine
	if g.cc.IsTracked(a) {
		t.Fatal("tracked after Untrack")
	}
	if r := mustCollect(t, g.cc, 2); r.Examined != 0 || a.freed {
		t.Errorf("an untracked cycle was examined or freed: %+v", r)
	}
	g.cc.Retrack(a)
	if c := g.cc.Count(); c[0] != 0 {
		t.Errorf("Retrack counted an allocation: %v", c)
	}
	if r := mustCollect(t, g.cc, 2); r.Collected != 1 || !a.freed {
		t.Errorf("retracked cycle not collected: %+v", r)
	}
}

func TestBugsPanic(t *testing.T) {
	expectPanic := func(name string, f func()) {
		t.Helper()
		defer func() {
			r := recover()
			if r == nil || !strings.HasPrefix(r.(string), "BUG: ") {
				t.Errorf("%s: panic %v, want a BUG panic", name, r)
			}
		}()
		f()
	}
	g := newCCGraph(t, nil)
	a := g.obj("a")
	expectPanic("double Track", func() { g.cc.Track(a) })
	expectPanic("Retrack of tracked", func() { g.cc.Retrack(a) })
	b := g.obj("b")
	g.link("a", "b")
	b.RC = 0 // the VM lost a count
	expectPanic("refcount too small", func() { g.cc.Collect(2) })
	imm := &tobj{Header: ImmortalHeader(1 << 29)}
	expectPanic("Track immortal", func() { g.cc.Track(imm) })
}

func TestCycleLogSection(t *testing.T) {
	log := &recLogger{enabled: []string{"gc"}}
	g := newCCGraph(t, log)
	tick := time.Unix(0, 0)
	g.cc.now = func() time.Time { tick = tick.Add(1500 * time.Microsecond); return tick }
	g.many("a", "b", "c")
	g.objs["c"].finalizer = true
	g.link("a", "b")
	g.link("b", "a")
	g.link("c", "c")
	g.drop("a", "b", "c")
	mustCollect(t, g.cc, 1)
	secs := log.sections("gc-major")
	if len(secs) != 1 {
		t.Fatalf("sections: %v", log.lines)
	}
	want := []string{
		"cycle collection of generation 1",
		"objects in each generation before: 3 0 0",
		"objects examined: 3",
		"unreachable objects found: 3",
		"uncollectable (moved to gc.garbage with what they reach): 1",
		"collected: 2",
		"time taken: 0.001500",
	}
	if diff := cmp.Diff(want, secs[0]); diff != "" {
		t.Errorf("log (-want +got):\n%s", diff)
	}
	quiet := &recLogger{enabled: []string{"jit"}}
	g2 := newCCGraph(t, quiet)
	g2.many("x")
	mustCollect(t, g2.cc, 2)
	if len(quiet.lines) != 0 {
		t.Errorf("disabled category logged: %v", quiet.lines)
	}
}
