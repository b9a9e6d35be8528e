// generational_test.go tests Generational on hand-made graphs: when minor collections
// happen, what survives and is promoted, finalizer order in chains and cycles, weakrefs with
// and without finalizers, the major threshold, the Stress and NoAutomatic modes, and the
// log sections.
package gcsim

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// genTest is a graph driven by a generational collector.
type genTest struct {
	*graph
	gc  *Generational
	log *recLogger
}

func newGenTest(t *testing.T, cfg GenConfig) *genTest {
	t.Helper()
	gt := &genTest{graph: newGraph(t), log: &recLogger{enabled: []string{"gc"}}}
	gt.gc = NewGenerational(cfg, gt.graph, gt.log)
	tick := time.Unix(0, 0)
	gt.gc.now = func() time.Time { tick = tick.Add(time.Millisecond); return tick }
	return gt
}

// alloc creates and registers an object.
func (gt *genTest) alloc(name string, size int, flags AllocFlags) *tobj {
	gt.t.Helper()
	if _, ok := gt.objs[name]; ok {
		gt.t.Fatalf("object %s exists", name)
	}
	o := gt.obj(name)
	if flags&FlagFinalizer != 0 {
		o.finalizer = true
	}
	gt.gc.Alloc(o, size, flags)
	return o
}

// fillNursery allocates untracked bytes until the nursery overflows.
func (gt *genTest) fillNursery() {
	for !gt.gc.AllocBytes(4096) {
	}
}

// describe renders an Outcome compactly: "clear x" for Cleared, then "fin x" or "cb x".
func describe(out Outcome) []string {
	var s []string
	for _, o := range out.Cleared {
		s = append(s, "clear "+o.(*tobj).name)
	}
	for _, a := range out.Actions {
		switch a.Kind {
		case RunFinalizer:
			s = append(s, "fin "+a.Obj.(*tobj).name)
		case RunWeakrefCallbacks:
			s = append(s, "cb "+a.Obj.(*tobj).name)
		default:
			s = append(s, "? "+a.Obj.(*tobj).name)
		}
	}
	return s
}

func checkOutcome(t *testing.T, what string, out Outcome, want ...string) {
	t.Helper()
	if diff := cmp.Diff(want, describe(out)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", what, diff)
	}
}

const mib = 1 << 20

func TestMinorCollectionEveryNurseryFull(t *testing.T) {
	gt := newGenTest(t, GenConfig{NurserySize: mib})
	// 16384 objects of 64 bytes fill the nursery exactly; the 16385th does not fit.
	for i := 0; i < mib/64; i++ {
		o := &tobj{name: fmt.Sprint(i)}
		if gt.gc.Alloc(o, 64, 0) {
			t.Fatalf("collection due after %d bytes", (i+1)*64)
		}
	}
	if s := gt.gc.Stats(); s.NurseryFree != 0 || s.BytesAllocated != mib {
		t.Fatalf("stats %+v", s)
	}
	if !gt.gc.Alloc(&tobj{name: "over"}, 64, 0) || !gt.gc.Due() {
		t.Fatal("the allocation that does not fit did not make a collection due")
	}
	out := gt.gc.CollectDue()
	if out.Minors != 1 || out.Major {
		t.Fatalf("outcome %+v", out)
	}
	// The overflowing object went into the fresh nursery, as in PyPy: it is still young
	// and its bytes are the new nursery's first.
	s := gt.gc.Stats()
	if s.YoungObjects != 1 || s.OldObjects != 0 || s.NurseryFree != mib-64 || s.MinorCollections != 1 {
		t.Errorf("after the minor collection: %+v", s)
	}
	if gt.gc.Due() {
		t.Error("still due")
	}
	// Untracked bytes fill the nursery the same way.
	for i := 0; i < (mib-64)/16; i++ {
		if gt.gc.AllocBytes(16) {
			t.Fatalf("AllocBytes made a collection due after %d bytes", 64+(i+1)*16)
		}
	}
	if !gt.gc.AllocBytes(1) {
		t.Fatal("a byte past the nursery did not make a collection due")
	}
	gt.gc.CollectDue()
	if s := gt.gc.Stats(); s.MinorCollections != 2 || s.NurseryFree != mib-16 {
		t.Errorf("after the second: %+v", s)
	}
}

func TestOneMinorPerOverflowBetweenSafePoints(t *testing.T) {
	gt := newGenTest(t, GenConfig{NurserySize: mib})
	gt.log.lines = nil
	// A builtin allocates 3.5 nurseries' worth before the next safe point; half of the
	// objects are kept by a root.
	keep := gt.obj("keep")
	gt.setRoots("keep")
	for i := 0; i < 7*mib/2/64; i++ {
		o := gt.alloc(fmt.Sprint("o", i), 64, 0)
		if i%2 == 0 {
			keep.refs = append(keep.refs, o)
		}
	}
	out := gt.gc.CollectDue()
	if out.Minors != 3 {
		t.Fatalf("%d minor collections, want 3", out.Minors)
	}
	var lines []string
	for _, sec := range gt.log.sections("gc-minor") {
		lines = append(lines, strings.Join(sec, " | "))
	}
	// Each segment: half of its 16384 objects survive (512 KiB); memory grows by that.
	want := []string{
		"{gc-minor-walkroots | gc-minor-walkroots} | minor collect, total memory used: 524288 | number of pinned objects: 0 | total size of surviving objects: 524288",
		"{gc-minor-walkroots | gc-minor-walkroots} | minor collect, total memory used: 1048576 | number of pinned objects: 0 | total size of surviving objects: 524288",
		"{gc-minor-walkroots | gc-minor-walkroots} | minor collect, total memory used: 1572864 | number of pinned objects: 0 | total size of surviving objects: 524288",
	}
	if diff := cmp.Diff(want, lines); diff != "" {
		t.Errorf("gc-minor sections (-want +got):\n%s", diff)
	}
	if s := gt.gc.Stats(); s.YoungObjects != mib/2/64 || s.NurseryFree != mib/2 {
		t.Errorf("the half nursery allocated after the last overflow should stay young: %+v", s)
	}
}

func TestSurvivorsArePromotedAndTheRestDie(t *testing.T) {
	gt := newGenTest(t, GenConfig{NurserySize: mib})
	root := gt.alloc("root", 32, 0)
	a := gt.alloc("a", 48, 0)
	b := gt.alloc("b", 100, 0) // rounded to 104
	tmp := gt.alloc("tmp", 64, 0)
	gt.link("root", "a")
	gt.link("a", "b")
	gt.link("tmp", "b")
	gt.setRoots("root")
	gt.fillNursery()
	out := gt.gc.CollectDue()
	if out.Minors != 1 {
		t.Fatalf("outcome %+v", out)
	}
	for _, o := range []*tobj{root, a, b} {
		if o.Dead() || o.flags&gOld == 0 {
			t.Errorf("%s not promoted", o.name)
		}
	}
	if !tmp.Dead() {
		t.Error("tmp survived")
	}
	if s := gt.gc.Stats(); s.OldBytes != 32+48+104 || s.OldObjects != 3 {
		t.Errorf("stats %+v", s)
	}
	sec := gt.log.sections("gc-minor")
	last := sec[len(sec)-1]
	if last[2] != "minor collect, total memory used: 184" || last[4] != "total size of surviving objects: 184" {
		t.Errorf("log %v", last)
	}
}

func TestYoungObjectHeldOnlyByDeadOldObject(t *testing.T) {
	gt := newGenTest(t, GenConfig{NurserySize: mib})
	old := gt.alloc("old", 64, 0)
	gt.setRoots("old")
	gt.gc.FullCollect()
	if old.flags&gOld == 0 {
		t.Fatal("old was not promoted")
	}
	// The program drops old, then stores a new object in it (in PyPy the write barrier
	// puts old in the remembered set).
	gt.setRoots()
	young := gt.alloc("young", 64, 0)
	gt.link("old", "young")
	gt.fillNursery()
	gt.gc.CollectDue()
	if young.Dead() || young.flags&gOld == 0 {
		t.Fatal("a young object referenced from an old object must survive a minor collection, even if the old one is dead")
	}
	out := gt.gc.FullCollect()
	if !old.Dead() || !young.Dead() {
		t.Error("the major collection should free both")
	}
	if !out.Major {
		t.Error("FullCollect ran no major collection")
	}
}

func TestFinalizerOrder(t *testing.T) {
	// Each case builds a garbage graph, then runs major collections; want lists the
	// Outcome of each (PyPy 7.3.11 gives the same sequences).
	cases := []struct {
		name  string
		build func(gt *genTest)
		want  [][]string
	}{
		{"independent objects run together in registration order", func(gt *genTest) {
			gt.alloc("a", 32, FlagFinalizer)
			gt.alloc("b", 32, FlagFinalizer)
			gt.alloc("c", 32, FlagFinalizer)
		}, [][]string{{"fin a", "fin b", "fin c"}, nil}},
		{"chain: one per collection, from the head", func(gt *genTest) {
			gt.alloc("x", 32, FlagFinalizer)
			gt.alloc("y", 32, FlagFinalizer)
			gt.alloc("z", 32, FlagFinalizer)
			gt.link("x", "y")
			gt.link("y", "z")
		}, [][]string{{"fin x"}, {"fin y"}, {"fin z"}, nil}},
		{"chain registered tail first: still from the head", func(gt *genTest) {
			gt.alloc("z", 32, FlagFinalizer)
			gt.alloc("y", 32, FlagFinalizer)
			gt.alloc("x", 32, FlagFinalizer)
			gt.link("x", "y")
			gt.link("y", "z")
		}, [][]string{{"fin x"}, {"fin y"}, {"fin z"}, nil}},
		{"chain through objects without finalizers", func(gt *genTest) {
			gt.alloc("x", 32, FlagFinalizer)
			gt.alloc("m", 32, 0)
			gt.alloc("z", 32, FlagFinalizer)
			gt.link("x", "m")
			gt.link("m", "z")
		}, [][]string{{"fin x"}, {"fin z"}, nil}},
		{"cycle: a at the first collection, b at the second", func(gt *genTest) {
			gt.alloc("a", 32, FlagFinalizer)
			gt.alloc("b", 32, FlagFinalizer)
			gt.link("a", "b")
			gt.link("b", "a")
		}, [][]string{{"fin a"}, {"fin b"}, nil}},
		{"finalizer outside a cycle of finalizers goes first", func(gt *genTest) {
			gt.alloc("a", 32, FlagFinalizer)
			gt.alloc("b", 32, FlagFinalizer)
			gt.alloc("c", 32, FlagFinalizer)
			gt.link("a", "b")
			gt.link("b", "a")
			gt.link("c", "a")
		}, [][]string{{"fin c"}, {"fin a"}, {"fin b"}, nil}},
		{"cycle of three with one finalizer", func(gt *genTest) {
			gt.alloc("p", 32, 0)
			gt.alloc("q", 32, FlagFinalizer)
			gt.alloc("r", 32, 0)
			gt.link("p", "q")
			gt.link("q", "r")
			gt.link("r", "p")
		}, [][]string{{"fin q"}, nil}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			gt := newGenTest(t, GenConfig{NurserySize: mib})
			c.build(gt)
			for i, want := range c.want {
				out := gt.gc.FullCollect()
				checkOutcome(t, fmt.Sprintf("collection %d", i+1), out, want...)
			}
			for n, o := range gt.objs {
				if !o.Dead() {
					t.Errorf("%s is still alive at the end", n)
				}
			}
		})
	}
}

func TestFinalizerKeepsWhatItReachesAlive(t *testing.T) {
	gt := newGenTest(t, GenConfig{NurserySize: mib})
	f := gt.alloc("f", 32, FlagFinalizer)
	// About 9.5 MB only f references: more than the 8 MiB minimum threshold.
	for i := 0; i < 70; i++ {
		gt.alloc(fmt.Sprint("data", i), LargeObject-8, 0)
		gt.link("f", fmt.Sprint("data", i))
	}
	checkOutcome(t, "first", gt.gc.FullCollect(), "fin f")
	for n, o := range gt.objs {
		if o.Dead() {
			t.Fatalf("%s died: the finalizer's object and what it references must survive the collection that runs it", n)
		}
	}
	// What only a finalizer keeps alive does not raise the next threshold (PyPy issue
	// #2590): it stays at the minimum instead of min(9.5M*1.82, 8M*1.4).
	if th := gt.gc.Stats().MajorThreshold; th != 8*mib {
		t.Errorf("threshold %f, want %d", th, 8*mib)
	}
	last := gt.log.sections("gc-major")[0]
	if want := fmt.Sprintf("kept alive for finalizers: %d bytes", 32+70*(LargeObject-8)); last[5] != want {
		t.Errorf("log line %q, want %q", last[5], want)
	}
	gt.gc.FullCollect()
	if !f.Dead() || gt.gc.Stats().OldBytes != 0 {
		t.Error("not freed at the second collection")
	}
}

func TestFinalizerRunsAtMostOnceEvenIfResurrected(t *testing.T) {
	gt := newGenTest(t, GenConfig{NurserySize: mib})
	x := gt.alloc("x", 32, FlagFinalizer)
	checkOutcome(t, "first", gt.gc.FullCollect(), "fin x")
	// __del__ stores self in a global: resurrected.
	gt.setRoots("x")
	gt.gc.RegisterFinalizer(x) // registering again does nothing
	checkOutcome(t, "while resurrected", gt.gc.FullCollect())
	gt.setRoots()
	checkOutcome(t, "dropped again", gt.gc.FullCollect())
	if !x.Dead() {
		t.Error("x survived")
	}
	if gt.gc.Stats().Finalizers != 0 {
		t.Error("a finalizer is still registered")
	}
}

func TestWeakrefTargets(t *testing.T) {
	t.Run("old target without __del__: cleared and callbacks at the same collection", func(t *testing.T) {
		gt := newGenTest(t, GenConfig{NurserySize: mib})
		p := gt.alloc("p", 32, 0)
		gt.setRoots("p")
		gt.gc.FullCollect()
		gt.gc.NoteWeakrefCallback(p)
		gt.setRoots()
		checkOutcome(t, "collect", gt.gc.FullCollect(), "clear p", "cb p")
		checkOutcome(t, "again", gt.gc.FullCollect())
	})
	t.Run("young target: cleared by the minor collection, callbacks at the next major", func(t *testing.T) {
		gt := newGenTest(t, GenConfig{NurserySize: mib})
		p := gt.alloc("p", 32, 0)
		gt.gc.NoteWeakrefCallback(p)
		gt.fillNursery()
		checkOutcome(t, "minor", gt.gc.CollectDue(), "clear p")
		if !p.Dead() {
			t.Fatal("p survived")
		}
		checkOutcome(t, "major", gt.gc.FullCollect(), "cb p")
	})
	t.Run("weakref without callback: only cleared", func(t *testing.T) {
		gt := newGenTest(t, GenConfig{NurserySize: mib})
		p := gt.alloc("p", 32, 0)
		gt.gc.NoteWeakrefTarget(p)
		checkOutcome(t, "collect", gt.gc.FullCollect(), "clear p")
	})
	t.Run("target with __del__: __del__ first, callbacks at the next collection", func(t *testing.T) {
		// pypy3 7.3.11: "del; wref() = None" at the 1st gc.collect(), "callback" at the 2nd.
		gt := newGenTest(t, GenConfig{NurserySize: mib})
		d := gt.alloc("d", 32, FlagFinalizer)
		gt.gc.NoteWeakrefCallback(d)
		checkOutcome(t, "first", gt.gc.FullCollect(), "clear d", "fin d")
		if d.Dead() {
			t.Fatal("d must survive the collection that runs its finalizer")
		}
		checkOutcome(t, "second", gt.gc.FullCollect(), "cb d")
		if !d.Dead() {
			t.Error("d survived the second collection")
		}
		checkOutcome(t, "third", gt.gc.FullCollect())
	})
	t.Run("callbacks of a resurrected object still run at the next collection", func(t *testing.T) {
		gt := newGenTest(t, GenConfig{NurserySize: mib})
		d := gt.alloc("d", 32, FlagFinalizer)
		gt.gc.NoteWeakrefCallback(d)
		checkOutcome(t, "first", gt.gc.FullCollect(), "clear d", "fin d")
		gt.setRoots("d") // __del__ resurrected it
		checkOutcome(t, "second", gt.gc.FullCollect(), "cb d")
		if d.Dead() {
			t.Error("a resurrected object died")
		}
		// A new weakref to it registers new callbacks, tied to it again.
		gt.gc.NoteWeakrefCallback(d)
		checkOutcome(t, "while alive", gt.gc.FullCollect())
		gt.setRoots()
		checkOutcome(t, "dropped", gt.gc.FullCollect(), "clear d", "cb d")
	})
	t.Run("target kept alive by another object's finalizer", func(t *testing.T) {
		gt := newGenTest(t, GenConfig{NurserySize: mib})
		gt.alloc("f", 32, FlagFinalizer)
		p := gt.alloc("p", 32, 0)
		gt.link("f", "p")
		gt.gc.NoteWeakrefCallback(p)
		// p is reachable only from f, whose finalizer runs: PyPy clears weakrefs to
		// objects kept only for a finalizer, and p's callbacks wait for p to die.
		checkOutcome(t, "first", gt.gc.FullCollect(), "clear p", "fin f")
		checkOutcome(t, "second", gt.gc.FullCollect(), "cb p")
	})
	t.Run("finalizers and callbacks interleave in registration order", func(t *testing.T) {
		// pypy3 7.3.11 prints: del a, del b, callback, del c.
		gt := newGenTest(t, GenConfig{NurserySize: mib})
		gt.alloc("a", 32, FlagFinalizer)
		gt.alloc("b", 32, FlagFinalizer)
		p := gt.alloc("p", 32, 0)
		gt.gc.NoteWeakrefCallback(p)
		gt.alloc("c", 32, FlagFinalizer)
		checkOutcome(t, "collect", gt.gc.FullCollect(), "clear p", "fin a", "fin b", "cb p", "fin c")
	})
	t.Run("immortal and unregistered targets never die", func(t *testing.T) {
		gt := newGenTest(t, GenConfig{NurserySize: mib})
		imm := &tobj{Header: ImmortalHeader(1), name: "imm"}
		plain := &tobj{name: "plain"}
		gt.gc.NoteWeakrefCallback(imm)
		gt.gc.NoteWeakrefCallback(plain)
		checkOutcome(t, "collect", gt.gc.FullCollect())
		if imm.flags != fImmortal || plain.flags != 0 {
			t.Errorf("flags written: %x %x", imm.flags, plain.flags)
		}
	})
}

func TestMajorThresholdArithmetic(t *testing.T) {
	gt := newGenTest(t, GenConfig{NurserySize: mib})
	const minHeap = 8 * mib // PYPY_GC_MIN's default: 8 times the nursery
	if th := gt.gc.Stats().MajorThreshold; th != minHeap {
		t.Fatalf("initial threshold %f, want %d", th, minHeap)
	}
	// A small live heap: the threshold stays at the minimum.
	gt.alloc("small", 1000, 0)
	gt.setRoots("small")
	gt.gc.FullCollect()
	if th := gt.gc.Stats().MajorThreshold; th != minHeap {
		t.Errorf("threshold %f after a small heap, want the minimum", th)
	}
	// A live heap of 6 MiB: 1.82 times that is more than 1.4 times the previous
	// threshold, so the growth cap decides.
	root := gt.objs["small"]
	for i := 0; i < 6*8; i++ {
		o := gt.alloc(fmt.Sprint("big", i), LargeObject-8, 0) // the largest nursery object
		root.refs = append(root.refs, o)
	}
	gt.gc.FullCollect()
	live := gt.gc.Stats().OldBytes
	want := min(float64(live)*1.82, float64(minHeap)*1.4)
	if th := gt.gc.Stats().MajorThreshold; th != want {
		t.Errorf("threshold %f, want min(%d*1.82, 1.4*%d) = %f", th, live, minHeap, want)
	}
	// Shrink: the threshold follows 1.82 times the live heap, but not below the minimum.
	root.refs = root.refs[:40]
	gt.gc.FullCollect()
	live = gt.gc.Stats().OldBytes
	want = max(float64(live)*1.82, minHeap)
	if want > 1.4*1.4*minHeap {
		want = 1.4 * 1.4 * minHeap
	}
	if th := gt.gc.Stats().MajorThreshold; th != want {
		t.Errorf("threshold %f, want %f (live %d)", th, want, live)
	}
}

func TestAutomaticMajorWhenOldGenerationPassesThreshold(t *testing.T) {
	gt := newGenTest(t, GenConfig{NurserySize: MinNurserySize, MinMajorThreshold: 3 * MinNurserySize})
	root := gt.obj("root") // a frame: unregistered, so every nursery holds 64-byte objects only
	gt.setRoots("root")
	majorsAt := []int{}
	for i := 0; gt.gc.Stats().MinorCollections < 12; i++ {
		o := gt.alloc(fmt.Sprint(i), 64, 0)
		if i%2 == 0 {
			root.refs = append(root.refs, o) // half of everything survives
		}
		if gt.gc.Due() {
			if out := gt.gc.CollectDue(); out.Major {
				majorsAt = append(majorsAt, gt.gc.Stats().MinorCollections)
			}
		}
	}
	// Each minor promotes half a nursery. The threshold starts at 3 nurseries, so the
	// old generation passes it at the 7th minor; then the threshold becomes
	// min(3.5*1.82, 3*1.4) = 4.2 nurseries, passed at the 9th minor (4.5 nurseries);
	// then min(4.5*1.82, 4.2*1.4) = 5.88, passed at the 12th (6 nurseries).
	if !cmp.Equal(majorsAt, []int{7, 9, 12}) {
		t.Errorf("major collections after minors %v, want [7 9 12]", majorsAt)
	}
	gt.gc.Disable()
	for gt.gc.Stats().MinorCollections < 20 {
		o := gt.alloc(fmt.Sprint("d", gt.gc.Stats().BytesAllocated), 64, 0)
		root.refs = append(root.refs, o)
		if gt.gc.Due() && gt.gc.CollectDue().Major {
			t.Fatal("a major collection ran while disabled")
		}
	}
	if !gt.gc.FullCollect().Major {
		t.Error("FullCollect must run a major collection even when disabled")
	}
}

func TestLargeObjectsLiveOutsideTheNursery(t *testing.T) {
	gt := newGenTest(t, GenConfig{NurserySize: mib})
	big := gt.alloc("big", LargeObject, 0)
	if s := gt.gc.Stats(); s.NurseryFree != mib || s.OldBytes != LargeObject {
		t.Fatalf("a large object must not use the nursery and counts as memory at once: %+v", s)
	}
	gt.fillNursery()
	gt.gc.CollectDue()
	if !big.Dead() || gt.gc.Stats().OldBytes != 0 {
		t.Errorf("unreachable large object not freed at the minor collection: %+v", gt.gc.Stats())
	}
	// A large allocation past the major threshold (here its floor, 1.82 times the
	// nursery: 492011 bytes) makes a collection due at once, a minor then a major one.
	gt2 := newGenTest(t, GenConfig{NurserySize: MinNurserySize, MinMajorThreshold: 1})
	for i := 0; i < 3; i++ {
		gt2.alloc(fmt.Sprint("l", i), LargeObject, 0)
	}
	gt2.setRoots("l0", "l1", "l2")
	if gt2.gc.Due() {
		t.Fatal("due below the threshold")
	}
	gt2.alloc("l3", LargeObject, 0)
	gt2.setRoots("l0", "l1", "l2", "l3")
	if !gt2.gc.Due() {
		t.Fatal("not due past the threshold")
	}
	out := gt2.gc.CollectDue()
	if out.Minors != 1 || !out.Major {
		t.Errorf("outcome %+v, want a minor and a major collection", out)
	}
	if s := gt2.gc.Stats(); s.OldBytes != 4*LargeObject || s.OldObjects != 4 {
		t.Errorf("stats %+v", s)
	}
}

func TestTinyNursery(t *testing.T) {
	gt := newGenTest(t, GenConfig{NurserySize: 1})
	secs := gt.log.sections("gc-set-nursery-size")
	if len(secs) != 2 || secs[1][0] != "nursery size: 270336" {
		t.Errorf("PyPy prints the real nursery, 270336 bytes: %v", secs)
	}
	for i := 0; i < 5; i++ {
		if !gt.gc.Alloc(&tobj{name: fmt.Sprint(i)}, 16, 0) {
			t.Fatalf("allocation %d did not make a collection due", i)
		}
		gt.gc.CollectDue()
	}
	// PYPY_GC_NURSERY=1 leaves no room at all: each allocation comes after a minor
	// collection of what was allocated before it.
	if n := gt.gc.Stats().MinorCollections; n != 5 {
		t.Errorf("%d minor collections, want 5", n)
	}
}

func TestStressMode(t *testing.T) {
	gt := newGenTest(t, GenConfig{NurserySize: mib, Stress: true})
	if !gt.gc.Due() {
		t.Fatal("Stress: Due must always be true")
	}
	if out := gt.gc.CollectDue(); out.Minors != 0 || out.Major {
		t.Errorf("nothing allocated and nothing registered: nothing to do, got %+v", out)
	}
	// Plain objects: nothing a program could observe, so the nursery fills as usual.
	a := gt.alloc("a", 32, 0)
	if out := gt.gc.CollectDue(); out.Minors != 0 || out.Major || a.Dead() {
		t.Errorf("a plain allocation: %+v", out)
	}
	// An object with a finalizer in the nursery: the whole nursery is collected at once
	// (a dies), and a major collection starts but stops when it reaches f.
	f := gt.alloc("f", 32, FlagFinalizer)
	gt.setRoots("f")
	gt.log.lines = nil
	out := gt.gc.CollectDue()
	checkOutcome(t, "while f is reachable", out)
	if out.Minors != 1 || out.Major || !a.Dead() || f.flags&gOld == 0 {
		t.Errorf("outcome %+v", out)
	}
	if f.flags&gMarked != 0 || gt.gc.Stats().MajorCollections != 0 || len(gt.log.sections("gc-major")) != 0 {
		t.Error("a major collection cut short must leave no mark, count or log behind")
	}
	// The first safe point after f becomes unreachable runs its finalizer.
	gt.setRoots()
	out = gt.gc.CollectDue()
	checkOutcome(t, "at the first safe point after", out, "fin f")
	if !out.Major || out.Minors != 0 {
		t.Errorf("outcome %+v", out)
	}
	// Weakrefs likewise: cleared at the first safe point after their target dies, the
	// callbacks at the next one (a major collection must run for them).
	p := gt.alloc("p", 32, 0)
	gt.setRoots("p")
	gt.gc.NoteWeakrefCallback(p)
	checkOutcome(t, "p reachable", gt.gc.CollectDue())
	gt.setRoots()
	checkOutcome(t, "p dropped", gt.gc.CollectDue(), "clear p", "cb p")
	checkOutcome(t, "nothing left", gt.gc.CollectDue())
	// A young weakref target that dies before any collection is cleared by the
	// immediate minor collection; its callbacks follow at the same safe point's major one.
	q := gt.alloc("q", 32, 0)
	gt.gc.NoteWeakrefCallback(q)
	checkOutcome(t, "q died young", gt.gc.CollectDue(), "clear q", "cb q")
}

func TestStressModeCostFollowsWhatIsObservable(t *testing.T) {
	// A heap of 1000 objects and one file held by a root: each safe point's marking stops
	// at the file, so it traverses only what lies between.
	gt := newGenTest(t, GenConfig{NurserySize: mib, Stress: true})
	root := gt.obj("root")
	for i := 0; i < 1000; i++ {
		gt.alloc(fmt.Sprint("x", i), 32, 0)
		gt.link("root", fmt.Sprint("x", i))
	}
	gt.alloc("file", 64, FlagFinalizer)
	gt.roots = []*tobj{gt.objs["file"], root}
	gt.gc.FullCollect()
	gt.traversals = 0
	gt.gc.CollectDue()
	if gt.traversals > 1 {
		t.Errorf("%d traversals: the marking should have stopped at the file", gt.traversals)
	}
	gt.roots = []*tobj{root}
	checkOutcome(t, "file dropped", gt.gc.CollectDue(), "fin file")
}

func TestNoAutomatic(t *testing.T) {
	gt := newGenTest(t, GenConfig{NurserySize: MinNurserySize, NoAutomatic: true})
	for i := 0; i < 100*MinNurserySize/64; i++ {
		if gt.gc.AllocBytes(64) || gt.gc.Due() {
			t.Fatal("NoAutomatic made a collection due")
		}
	}
	gt.alloc("f", 32, FlagFinalizer)
	if out := gt.gc.CollectDue(); out.Minors != 0 || out.Major || len(out.Actions) != 0 {
		t.Errorf("CollectDue collected: %+v", out)
	}
	out := gt.gc.FullCollect()
	if out.Minors != 1 || !out.Major {
		t.Errorf("FullCollect = %+v, want one minor and one major collection", out)
	}
	checkOutcome(t, "FullCollect", out, "fin f")
}

func TestUnregisteredContainersAreTraversed(t *testing.T) {
	gt := newGenTest(t, GenConfig{NurserySize: mib})
	frame := &tobj{name: "frame"} // a root the VM never registered
	dict := &tobj{name: "dict"}   // an unregistered container
	none := &tobj{Header: ImmortalHeader(1 << 29), name: "None"}
	y := gt.alloc("y", 32, 0)
	frame.refs = []*tobj{dict, none}
	dict.refs = []*tobj{y, none, frame} // a cycle through unregistered objects
	gt.roots = []*tobj{frame}
	gt.fillNursery()
	gt.gc.CollectDue()
	if y.Dead() {
		t.Fatal("y is reachable through unregistered objects")
	}
	gt.gc.FullCollect()
	if y.Dead() {
		t.Fatal("y died in the major collection")
	}
	if frame.flags != 0 || dict.flags != 0 || none.flags != fImmortal {
		t.Errorf("flags left on unregistered objects: %x %x %x", frame.flags, dict.flags, none.flags)
	}
}

func TestImmutableOldObjectsAreNotScannedByMinors(t *testing.T) {
	gt := newGenTest(t, GenConfig{NurserySize: mib})
	gt.alloc("tuple", 64, FlagImmutable)
	gt.alloc("list", 64, 0)
	gt.setRoots("tuple", "list")
	gt.gc.FullCollect()
	gt.traversals = 0
	gt.fillNursery()
	gt.gc.CollectDue()
	if gt.traversals != 1 {
		t.Errorf("%d traversals in a minor collection, want 1 (the list only)", gt.traversals)
	}
}

func TestGenBugsPanic(t *testing.T) {
	expectPanic := func(name string, f func()) {
		t.Helper()
		defer func() {
			r := recover()
			if s, _ := r.(string); !strings.HasPrefix(s, "BUG: ") {
				t.Errorf("%s: panic %v, want a BUG panic", name, r)
			}
		}()
		f()
	}
	gt := newGenTest(t, GenConfig{NurserySize: mib})
	a := gt.alloc("a", 32, 0)
	expectPanic("registered twice", func() { gt.gc.Alloc(a, 32, 0) })
	expectPanic("negative size", func() { gt.gc.Alloc(&tobj{}, -1, 0) })
	expectPanic("immortal", func() { gt.gc.Alloc(&tobj{Header: ImmortalHeader(1)}, 16, 0) })
	expectPanic("finalizer on unregistered", func() { gt.gc.RegisterFinalizer(&tobj{}) })
	gt.gc.FullCollect() // a dies
	gt.setRoots("a")    // the VM reports a dead object
	expectPanic("dead object reached", func() { gt.gc.FullCollect() })
	expectPanic("invalid config", func() { NewGenerational(GenConfig{Stress: true, NoAutomatic: true}, gt.graph, nil) })
}

func TestStartupAndMajorLog(t *testing.T) {
	gt := newGenTest(t, GenConfig{NurserySize: mib})
	wantStart := []string{
		"{gc-set-nursery-size", "nursery size: 270336", "gc-set-nursery-size}",
		"{gc-minor", "{gc-minor-walkroots", "gc-minor-walkroots}",
		"minor collect, total memory used: 0", "number of pinned objects: 0", "total size of surviving objects: 0",
		"gc-minor}",
		"{gc-set-nursery-size", "nursery size: 1048576", "gc-set-nursery-size}",
	}
	if diff := cmp.Diff(wantStart, gt.log.lines); diff != "" {
		t.Errorf("start-up log (-want +got):\n%s", diff)
	}
	gt.log.lines = nil
	gt.alloc("keep", 1000, 0)
	gt.alloc("f", 100, FlagFinalizer)
	gt.alloc("junk", 64, 0)
	gt.setRoots("keep")
	gt.gc.FullCollect()
	gt.setRoots()
	gt.gc.FullCollect()
	majors := gt.log.sections("gc-major")
	if len(majors) != 2 {
		t.Fatalf("log %v", gt.log.lines)
	}
	want := [][]string{{
		"major collect, total memory used before: 1104",
		"old objects examined: 2, reachable from the roots: 1",
		"unreachable objects freed: 0 (0 bytes)",
		"unreachable objects with a finalizer: 1, finalizers to run now: 1",
		"weakref targets cleared: 0, weakref callbacks to run now: 0",
		"kept alive for finalizers: 104 bytes",
		"total memory used after: 1104",
		"next major collection threshold: 8388608.000000",
		"time taken: 0.001000",
	}, {
		"major collect, total memory used before: 1104",
		"old objects examined: 2, reachable from the roots: 0",
		"unreachable objects freed: 2 (1104 bytes)",
		"unreachable objects with a finalizer: 0, finalizers to run now: 0",
		"weakref targets cleared: 0, weakref callbacks to run now: 0",
		"kept alive for finalizers: 0 bytes",
		"total memory used after: 0",
		"next major collection threshold: 8388608.000000",
		"time taken: 0.001000",
	}}
	if diff := cmp.Diff(want, majors); diff != "" {
		t.Errorf("gc-major (-want +got):\n%s", diff)
	}
	// The junk died in the first minor collection; keep and f were promoted.
	minors := gt.log.sections("gc-minor")
	if got := minors[0][4]; got != "total size of surviving objects: 1104" {
		t.Errorf("first minor: %q", got)
	}

	quiet := &recLogger{enabled: []string{"jit"}}
	g := NewGenerational(GenConfig{}, newGraph(t), quiet)
	g.FullCollect()
	if len(quiet.lines) != 0 {
		t.Errorf("disabled categories logged: %v", quiet.lines)
	}
	silent := NewGenerational(GenConfig{}, newGraph(t), nil)
	silent.FullCollect()
}

func TestMinorLogLeavesOutLaterLargeObjects(t *testing.T) {
	gt := newGenTest(t, GenConfig{NurserySize: mib})
	root := gt.obj("root")
	gt.setRoots("root")
	keepLarge := func(name string) {
		root.refs = append(root.refs, gt.alloc(name, LargeObject, 0))
	}
	fill := func(prefix string) {
		for i := 0; ; i++ {
			if gt.gc.Alloc(&tobj{name: fmt.Sprint(prefix, i)}, 64, 0) && len(gt.gc.bounds) > 0 &&
				gt.gc.bounds[len(gt.gc.bounds)-1] == len(gt.gc.young)-1 {
				return
			}
		}
	}
	keepLarge("E1")
	fill("a") // closes segment 0
	keepLarge("E2")
	fill("b") // closes segment 1
	keepLarge("E3")
	gt.log.lines = nil
	if out := gt.gc.CollectDue(); out.Minors != 2 {
		t.Fatalf("outcome %+v", out)
	}
	var mem []string
	for _, sec := range gt.log.sections("gc-minor") {
		mem = append(mem, sec[2]+" / "+sec[4])
	}
	// At the first minor collection, PyPy had allocated E1 only; at the second, E1 and E2.
	want := []string{
		fmt.Sprintf("minor collect, total memory used: %d / total size of surviving objects: 0", LargeObject),
		fmt.Sprintf("minor collect, total memory used: %d / total size of surviving objects: 0", 2*LargeObject),
	}
	if diff := cmp.Diff(want, mem); diff != "" {
		t.Errorf("gc-minor (-want +got):\n%s", diff)
	}
	if s := gt.gc.Stats(); s.OldBytes != 3*LargeObject {
		t.Errorf("memory now %d, want three large objects", s.OldBytes)
	}
}

// TakeRoom is AllocBytes's inline fast path: it must account the same bytes, refuse
// (changing nothing) exactly when AllocBytes has more to do, and so give the same
// collections as AllocBytes alone.
func TestTakeRoomAccountsAsAllocBytes(t *testing.T) {
	fast := newGenTest(t, GenConfig{NurserySize: mib})
	slow := newGenTest(t, GenConfig{NurserySize: mib})
	sizes := []int{16, 24, 1, 100, 4096, 16, 70000, 8}
	for i := 0; i < 3*mib/16; i++ {
		size := sizes[i%len(sizes)]
		before := fast.gc.Stats()
		var due bool
		if fast.gc.TakeRoom(size) {
			if fast.gc.Due() {
				t.Fatalf("alloc %d: TakeRoom took room while a collection is due", i)
			}
		} else {
			if s := fast.gc.Stats(); s != before {
				t.Fatalf("alloc %d: a refused TakeRoom changed the heap: %+v, was %+v", i, s, before)
			}
			due = fast.gc.AllocBytes(size)
		}
		if slowDue := slow.gc.AllocBytes(size); slowDue != due {
			t.Fatalf("alloc %d (%d bytes): due %v, AllocBytes alone says %v", i, size, due, slowDue)
		}
		if due {
			fast.gc.CollectDue()
			slow.gc.CollectDue()
		}
		if f, s := fast.gc.Stats(), slow.gc.Stats(); f != s {
			t.Fatalf("alloc %d: stats %+v, AllocBytes alone gives %+v", i, f, s)
		}
	}
	if s := fast.gc.Stats(); s.MinorCollections < 2 {
		t.Errorf("only %d minor collections: the test did not fill the nursery", s.MinorCollections)
	}
}
