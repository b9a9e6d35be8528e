// untrack_test.go tests the Untracker hooks: objects a collection may stop tracking as it
// scans them, and survivors of a full collection it may untrack.
package gcsim

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// untrackingGraph is a graph whose runtime also implements Untracker: objects named in
// scanned are untracked when a collection scans them, those in survivors after a full
// collection.
type untrackingGraph struct {
	*graph
	scanned, survivors map[string]bool
}

func (u untrackingGraph) UntrackScanned(o Object) bool  { return u.scanned[o.(*tobj).name] }
func (u untrackingGraph) UntrackSurvivor(o Object) bool { return u.survivors[o.(*tobj).name] }

func newUntrackingGraph(t *testing.T, scanned, survivors []string) untrackingGraph {
	u := untrackingGraph{graph: newGraph(t), scanned: map[string]bool{}, survivors: map[string]bool{}}
	for _, n := range scanned {
		u.scanned[n] = true
	}
	for _, n := range survivors {
		u.survivors[n] = true
	}
	u.cc = NewCycleCollector(u, nil)
	return u
}

func TestUntrackScannedAndSurvivors(t *testing.T) {
	g := newUntrackingGraph(t, []string{"tuple"}, []string{"dict"})
	g.many("tuple", "dict", "list", "a", "b")
	g.link("a", "b")
	g.link("b", "a")
	g.drop("a", "b")

	// A young collection untracks what it scans and may untrack, never survivors.
	r := mustCollect(t, g.cc, 0)
	if r.Collected != 2 {
		t.Errorf("collected %d, want the 2 objects of the cycle", r.Collected)
	}
	if got := names(g.cc.TrackedObjects()); !cmp.Equal(got, []string{"dict", "list"}) {
		t.Errorf("tracked after collect(0): %v, want [dict list]", got)
	}
	if g.objs["tuple"].freed || !g.cc.IsCounted(g.objs["tuple"]) {
		t.Error("the untracked object was freed or uncounted")
	}

	// A full collection untracks the survivors it may untrack.
	mustCollect(t, g.cc, 2)
	if got := names(g.cc.TrackedObjects()); !cmp.Equal(got, []string{"list"}) {
		t.Errorf("tracked after a full collection: %v, want [list]", got)
	}
	if g.cc.longLivedTotal != 1 {
		t.Errorf("long-lived total %d, want 1 (untracked survivors do not count)", g.cc.longLivedTotal)
	}

	// Retracked, the dict is in generation 0 again and found by the next collection.
	g.cc.Retrack(g.objs["dict"])
	if !g.cc.IsTracked(g.objs["dict"]) {
		t.Fatal("Retrack did not track the dict")
	}
	g.survivors["dict"] = false
	if r := mustCollect(t, g.cc, 2); r.Examined != 2 {
		t.Errorf("examined %d, want 2 (list and the retracked dict)", r.Examined)
	}

	// Nodes released during a collection are reused after it.
	if len(g.cc.freeNodes) == 0 {
		t.Error("no node was made reusable after the collections")
	}
}

func TestCountAllocCountsWithoutTracking(t *testing.T) {
	g := newCCGraph(t, nil)
	o := &tobj{name: "d"}
	o.RC = 1
	g.objs["d"] = o
	g.cc.CountAlloc(o)
	if g.cc.IsTracked(o) || !g.cc.IsCounted(o) {
		t.Fatalf("after CountAlloc: tracked %v counted %v, want untracked and counted", g.cc.IsTracked(o), g.cc.IsCounted(o))
	}
	if c := g.cc.Count(); c[0] != 1 {
		t.Errorf("generation 0 count %d, want 1", c[0])
	}
	g.cc.Freed(o)
	if c := g.cc.Count(); c[0] != 0 || g.cc.IsCounted(o) {
		t.Errorf("after Freed: count %d, counted %v", c[0], g.cc.IsCounted(o))
	}
}
