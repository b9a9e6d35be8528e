// random_test.go runs both collectors on random mutating graphs and checks every collection
// against an oracle computed from the graph itself: reachability from the roots, what
// finalizers keep alive, and which finalizers may run.
package gcsim

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// reach returns the set of objects reachable from the given ones, following refs.
func reach(from []*tobj) map[*tobj]bool {
	seen := map[*tobj]bool{}
	stack := slices.Clone(from)
	for len(stack) > 0 {
		o := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[o] {
			continue
		}
		seen[o] = true
		stack = append(stack, o.refs...)
	}
	return seen
}

// genWorld is a random program for the generational collector.
type genWorld struct {
	t       testing.TB
	rng     *rand.Rand
	gt      *genTest
	objs    []*tobj // every registered object, in registration order
	finReg  []*tobj // objects with a finalizer, in registration order
	ran     map[*tobj]bool
	weak    map[*tobj]bool // weakref targets not yet reported cleared
	cleared map[*tobj]int
	serial  int
}

func newGenWorld(t testing.TB, seed uint64, cfg GenConfig) *genWorld {
	gt := &genTest{graph: newGraph(nil), log: &recLogger{}}
	gt.gc = NewGenerational(cfg, gt.graph, gt.log)
	return &genWorld{t: t, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), gt: gt,
		ran: map[*tobj]bool{}, weak: map[*tobj]bool{}, cleared: map[*tobj]int{}}
}

// live returns the objects not known dead, for picking mutation targets: the program may
// only touch objects it can reach, i.e. reachable from the roots.
func (w *genWorld) reachable() []*tobj {
	r := reach(w.gt.roots)
	var out []*tobj
	for _, o := range w.objs {
		if r[o] {
			out = append(out, o)
		}
	}
	return out
}

func (w *genWorld) step() {
	gt := w.gt
	live := w.reachable()
	switch k := w.rng.IntN(20); {
	case k < 7 || len(live) == 0: // allocate, usually referenced from something live
		w.serial++
		o := &tobj{name: fmt.Sprint("o", w.serial)}
		var flags AllocFlags
		size := 16 + 8*w.rng.IntN(20)
		switch w.rng.IntN(12) {
		case 0:
			flags |= FlagFinalizer
			o.finalizer = true
		case 1:
			size = LargeObject + 8*w.rng.IntN(100)
		case 2:
			flags |= FlagImmutable
			// An immutable object gets its references now and keeps them.
			for i := 0; i < 3 && len(live) > 0; i++ {
				o.refs = append(o.refs, live[w.rng.IntN(len(live))])
			}
		}
		gt.gc.Alloc(o, size, flags)
		w.objs = append(w.objs, o)
		if o.finalizer {
			w.finReg = append(w.finReg, o)
		}
		if len(live) > 0 && w.rng.IntN(4) != 0 {
			if p := live[w.rng.IntN(len(live))]; p.flags&gImmutable == 0 {
				p.refs = append(p.refs, o)
			}
		} else {
			gt.roots = append(gt.roots, o)
		}
	case k < 11: // add a reference between live objects
		a, b := live[w.rng.IntN(len(live))], live[w.rng.IntN(len(live))]
		if a.flags&gImmutable == 0 {
			a.refs = append(a.refs, b)
		}
	case k < 14: // drop a reference
		a := live[w.rng.IntN(len(live))]
		if len(a.refs) > 0 && a.flags&gImmutable == 0 {
			i := w.rng.IntN(len(a.refs))
			a.refs = slices.Delete(a.refs, i, i+1)
		}
	case k < 16: // drop a root
		if len(gt.roots) > 0 {
			i := w.rng.IntN(len(gt.roots))
			gt.roots = slices.Delete(gt.roots, i, i+1)
		}
	case k < 17: // a weakref
		o := live[w.rng.IntN(len(live))]
		if w.rng.IntN(2) == 0 {
			gt.gc.NoteWeakrefCallback(o)
		} else {
			gt.gc.NoteWeakrefTarget(o)
		}
		w.weak[o] = true
	case k < 19:
		gt.gc.AllocBytes(16 + 8*w.rng.IntN(100))
	default:
		w.fullCollect()
		return
	}
	if gt.gc.Due() {
		w.checkSafe(gt.gc.CollectDue())
	}
}

// checkSafe checks what any collection must guarantee: nothing reachable from the roots
// died, finalizers ran at most once and only for unreachable objects, and whatever a
// finalizer may still touch is alive.
func (w *genWorld) checkSafe(out Outcome) {
	w.t.Helper()
	roots := reach(w.gt.roots)
	for _, a := range out.Actions {
		o := a.Obj.(*tobj)
		if a.Kind == RunFinalizer {
			if w.ran[o] {
				w.t.Fatalf("finalizer of %s ran twice", o.name)
			}
			w.ran[o] = true
			if roots[o] {
				w.t.Fatalf("finalizer of reachable %s ran", o.name)
			}
		}
	}
	var pending []*tobj
	for _, o := range w.finReg {
		if !w.ran[o] {
			pending = append(pending, o)
		}
	}
	var justRun []*tobj
	for _, a := range out.Actions {
		if a.Kind == RunFinalizer {
			justRun = append(justRun, a.Obj.(*tobj))
		}
	}
	mustLive := reach(append(append(slices.Clone(w.gt.roots), pending...), justRun...))
	for _, o := range w.objs {
		if mustLive[o] && o.Dead() {
			w.t.Fatalf("%s died although it is reachable from a root or a finalizer", o.name)
		}
	}
	for _, o := range out.Cleared {
		t := o.(*tobj)
		if roots[t] {
			w.t.Fatalf("weakref to reachable %s cleared", t.name)
		}
		w.cleared[t]++
		if w.cleared[t] > 1 && !w.weak[t] {
			w.t.Fatalf("%s cleared twice", t.name)
		}
		delete(w.weak, t)
	}
	for t := range w.weak {
		if t.Dead() {
			w.t.Fatalf("weakref target %s died without being cleared", t.name)
		}
	}
}

// fullCollect runs gc.collect() and checks it against the oracle exactly: afterwards the
// survivors are what the roots reach plus what the unreachable finalizable objects reach,
// and a finalizer runs iff its object is the first registered of its strongly connected
// component among the unreachable ones with finalizers, and no unreachable finalizable
// object outside that component reaches it.
func (w *genWorld) fullCollect() {
	w.t.Helper()
	roots := reach(w.gt.roots)
	var candidates []*tobj
	for _, o := range w.finReg {
		if !w.ran[o] && !roots[o] {
			candidates = append(candidates, o)
		}
	}
	reaches := map[*tobj]map[*tobj]bool{}
	for _, c := range candidates {
		reaches[c] = reach([]*tobj{c})
	}
	var wantRun []string
	for i, x := range candidates {
		runs := true
		for j, y := range candidates {
			if i == j || !reaches[y][x] {
				continue
			}
			sameSCC := reaches[x][y]
			if !sameSCC || j < i {
				runs = false
				break
			}
		}
		if runs {
			wantRun = append(wantRun, x.name)
		}
	}
	keep := reach(append(slices.Clone(w.gt.roots), candidates...))

	out := w.gt.gc.FullCollect()
	var gotRun []string
	for _, a := range out.Actions {
		if a.Kind == RunFinalizer {
			gotRun = append(gotRun, a.Obj.(*tobj).name)
		}
	}
	if !slices.Equal(gotRun, wantRun) {
		w.t.Fatalf("finalizers run %v, want %v", gotRun, wantRun)
	}
	for _, o := range w.objs {
		if keep[o] == o.Dead() {
			w.t.Fatalf("%s: dead=%v, want %v after a full collection", o.name, o.Dead(), !keep[o])
		}
	}
	w.checkSafe(out)
	if s := w.gt.gc.Stats(); s.YoungObjects != 0 {
		w.t.Fatalf("young objects left after a full collection: %+v", s)
	}
}

func runGenWorld(t testing.TB, seed uint64, cfg GenConfig, steps int) {
	w := newGenWorld(t, seed, cfg)
	for i := 0; i < steps; i++ {
		w.step()
	}
	w.fullCollect()
}

func TestRandomGraphsGenerational(t *testing.T) {
	configs := []GenConfig{
		{NurserySize: 1},                  // a minor collection at every allocation
		{NurserySize: 4096},               // tiny: a few objects per nursery
		{NurserySize: MinNurserySize},     // large objects and major collections
		{NurserySize: 4096, Stress: true}, // collect at every safe point
		{NurserySize: 1, MinMajorThreshold: 1, MajorCollect: 1.01, Growth: 1.01},
	}
	for ci, cfg := range configs {
		for seed := uint64(1); seed <= 40; seed++ {
			t.Run(fmt.Sprintf("config%d/seed%d", ci, seed), func(t *testing.T) {
				runGenWorld(t, seed, cfg, 600)
			})
		}
	}
}

func FuzzGenerational(f *testing.F) {
	f.Add(uint64(1), uint16(300), uint8(0))
	f.Add(uint64(7), uint16(1000), uint8(3))
	f.Fuzz(func(t *testing.T, seed uint64, steps uint16, mode uint8) {
		cfg := GenConfig{NurserySize: int64(1 + int(mode)%5*2048)}
		if mode&0x80 != 0 {
			cfg.Stress = true
		}
		runGenWorld(t, seed, cfg, int(steps)%2000)
	})
}

// ccWorld is a random refcounting program for the cycle collector.
type ccWorld struct {
	t      testing.TB
	rng    *rand.Rand
	g      *graph
	held   []*tobj // references the test holds (external roots), with repetition
	all    []*tobj
	serial int
}

func (w *ccWorld) live() []*tobj {
	r := reach(w.held)
	var out []*tobj
	for _, o := range w.all {
		if r[o] && !o.freed {
			out = append(out, o)
		}
	}
	return out
}

func (w *ccWorld) step() {
	g := w.g
	live := w.live()
	switch k := w.rng.IntN(12); {
	case k < 4 || len(live) == 0:
		w.serial++
		o := &tobj{name: fmt.Sprint("c", w.serial)}
		o.RC = 1
		o.finalizer = w.rng.IntN(10) == 0
		if g.cc.Track(o) {
			g.cc.CollectDue()
		}
		w.all = append(w.all, o)
		w.held = append(w.held, o)
	case k < 7:
		a, b := live[w.rng.IntN(len(live))], live[w.rng.IntN(len(live))]
		b.RC++
		a.refs = append(a.refs, b)
	case k < 9:
		a := live[w.rng.IntN(len(live))]
		if len(a.refs) > 0 {
			i := w.rng.IntN(len(a.refs))
			r := a.refs[i]
			a.refs = slices.Delete(a.refs, i, i+1)
			g.Decref(r)
		}
	case k < 11:
		if len(w.held) > 0 {
			i := w.rng.IntN(len(w.held))
			o := w.held[i]
			w.held = slices.Delete(w.held, i, i+1)
			g.Decref(o)
		}
	default:
		w.collect()
	}
}

// collect runs a full collection and checks it: nothing reachable from outside is freed;
// everything unreachable that no unreachable finalizer reaches is freed; gc.garbage gets
// only objects with a finalizer, each once.
func (w *ccWorld) collect() {
	w.t.Helper()
	g := w.g
	held := reach(append(slices.Clone(w.held), g.garbage...))
	var fins []*tobj
	for _, o := range w.all {
		if !o.freed && !held[o] && o.finalizer {
			fins = append(fins, o)
		}
	}
	kept := reach(fins)
	garbageBefore := len(g.garbage)
	eventsBefore := len(g.events)
	r, err := g.cc.Collect(2)
	if err != nil {
		w.t.Fatal(err)
	}
	// Only garbage that no finalizer reaches may be cleared (tp_clear breaks it up).
	for _, e := range g.events[eventsBefore:] {
		var name string
		if _, err := fmt.Sscanf(e, "clear %s", &name); err != nil {
			continue
		}
		for _, o := range w.all {
			if o.name == name && (held[o] || kept[o]) {
				w.t.Fatalf("%s was cleared although reachable or reached by a finalizer", name)
			}
		}
	}
	for _, o := range w.all {
		switch {
		case held[o] && o.freed:
			w.t.Fatalf("%s freed although reachable", o.name)
		case !held[o] && !kept[o] && !o.freed:
			w.t.Fatalf("%s survived although unreachable and not reached by a finalizer", o.name)
		}
	}
	for _, o := range g.garbage[garbageBefore:] {
		if !o.finalizer || held[o] {
			w.t.Fatalf("%s in gc.garbage", o.name)
		}
	}
	if r.Uncollectable < len(g.garbage)-garbageBefore {
		w.t.Fatalf("result %+v but %d new objects in gc.garbage", r, len(g.garbage)-garbageBefore)
	}
	if got := len(g.cc.TrackedObjects()); got != w.countAlive() {
		w.t.Fatalf("%d tracked, %d alive", got, w.countAlive())
	}
}

func (w *ccWorld) countAlive() int {
	n := 0
	for _, o := range w.all {
		if !o.freed {
			n++
		}
	}
	return n
}

func TestRandomGraphsCycleCollector(t *testing.T) {
	for seed := uint64(1); seed <= 60; seed++ {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			g := newGraph(t)
			g.cc = NewCycleCollector(g, nil)
			g.cc.SetThreshold(7, 3, 3)
			w := &ccWorld{t: t, rng: rand.New(rand.NewPCG(seed, 42)), g: g}
			for i := 0; i < 800; i++ {
				w.step()
			}
			w.collect()
		})
	}
}
