// fake_test.go defines the hand-made object graphs the tests run the collectors on: objects
// with named strong references, weakrefs with or without callbacks, finalizers; a runtime
// that implements both CycleRuntime (with exact reference counting, as the VM does in
// refcount mode) and GenRuntime (with an explicit root set); and a Logger that records.
package gcsim

import (
	"fmt"
	"strings"
	"testing"
)

// tobj is a test object. A weakref is a tobj with weakTarget set.
type tobj struct {
	Header
	name      string
	refs      []*tobj
	finalizer bool // a legacy finalizer (refcount mode) or a registered one (generational)
	freed     bool // deallocated (refcount mode)

	weakTarget *tobj   // for a weakref: the object it refers to, nil once cleared
	callback   bool    // for a weakref: it has a callback
	weakrefs   []*tobj // weakrefs referring to this object, oldest first
}

// graph is a fake runtime: objects, roots, and the record of what happened.
type graph struct {
	t       *testing.T
	cc      *CycleCollector
	objs    map[string]*tobj
	roots   []*tobj
	events  []string
	garbage []*tobj

	// onCallback, when set, runs inside a weakref callback (refcount mode).
	onCallback func(wr *tobj)
	// traversals counts Traverse calls.
	traversals int
}

func newGraph(t *testing.T) *graph {
	return &graph{t: t, objs: map[string]*tobj{}}
}

// obj returns the object named name, creating it with one reference (held by the test)
// and tracking it when a cycle collector is attached.
func (g *graph) obj(name string) *tobj {
	if o, ok := g.objs[name]; ok {
		return o
	}
	o := &tobj{name: name}
	o.RC = 1
	g.objs[name] = o
	if g.cc != nil {
		g.cc.Track(o)
	}
	return o
}

// objs creates several objects.
func (g *graph) many(names ...string) []*tobj {
	out := make([]*tobj, len(names))
	for i, n := range names {
		out[i] = g.obj(n)
	}
	return out
}

// link adds a strong reference from -> to.
func (g *graph) link(from, to string) {
	f, t := g.obj(from), g.obj(to)
	t.RC++
	f.refs = append(f.refs, t)
}

// unlink removes one strong reference from -> to (refcount mode: it may deallocate).
func (g *graph) unlink(from, to string) {
	f, t := g.objs[from], g.objs[to]
	for i, r := range f.refs {
		if r == t {
			f.refs = append(f.refs[:i], f.refs[i+1:]...)
			g.Decref(t)
			return
		}
	}
	g.t.Fatalf("no reference %s -> %s", from, to)
}

// weakref makes a weakref object named name to target.
func (g *graph) weakref(name, target string, callback bool) *tobj {
	w := g.obj(name)
	t := g.obj(target)
	w.weakTarget = t
	w.callback = callback
	t.weakrefs = append(t.weakrefs, w)
	return w
}

// drop releases the test's own reference to each named object.
func (g *graph) drop(names ...string) {
	for _, n := range names {
		g.Decref(g.objs[n])
	}
}

func (g *graph) record(format string, args ...any) {
	g.events = append(g.events, fmt.Sprintf(format, args...))
}

// --- CycleRuntime ---

func (g *graph) Traverse(o Object, visit func(Object)) {
	g.traversals++
	for _, r := range o.(*tobj).refs {
		visit(r)
	}
}

func (g *graph) HasLegacyFinalizer(o Object) bool { return o.(*tobj).finalizer }

func (g *graph) Clear(o Object) {
	t := o.(*tobj)
	g.record("clear %s", t.name)
	refs := t.refs
	t.refs = nil
	for _, r := range refs {
		g.Decref(r)
	}
}

func (g *graph) Incref(o Object) { o.GCHeader().RC++ }

func (g *graph) Decref(o Object) {
	t := o.(*tobj)
	if t.freed {
		g.t.Fatalf("decref of freed %s", t.name)
	}
	t.RC--
	if t.RC > 0 {
		return
	}
	if t.RC < 0 {
		g.t.Fatalf("negative refcount on %s", t.name)
	}
	// Deallocation, as CPython's: finalizer, weakrefs cleared with callbacks, then the
	// references dropped and the memory released.
	if t.finalizer {
		g.record("del %s", t.name)
	}
	g.clearWeakrefsOnDealloc(t)
	t.freed = true
	g.record("free %s", t.name)
	refs := t.refs
	t.refs = nil
	for _, r := range refs {
		g.Decref(r)
	}
	if t.weakTarget != nil {
		g.removeWeakref(t)
	}
	if g.cc != nil {
		g.cc.Freed(t)
	}
}

// clearWeakrefsOnDealloc is PyObject_ClearWeakRefs: the newest weakref's callback first.
func (g *graph) clearWeakrefsOnDealloc(t *tobj) {
	wrs := t.weakrefs
	t.weakrefs = nil
	for _, w := range wrs {
		w.weakTarget = nil
	}
	for i := len(wrs) - 1; i >= 0; i-- {
		w := wrs[i]
		if w.callback && !w.freed {
			g.Incref(w)
			g.record("callback %s", w.name)
			if g.onCallback != nil {
				g.onCallback(w)
			}
			g.Decref(w)
		}
	}
}

func (g *graph) removeWeakref(w *tobj) {
	t := w.weakTarget
	for i, x := range t.weakrefs {
		if x == w {
			t.weakrefs = append(t.weakrefs[:i], t.weakrefs[i+1:]...)
			break
		}
	}
	w.weakTarget = nil
}

func (g *graph) HandleWeakrefs(unreachable []Object, isUnreachable func(Object) bool) int {
	var toCall []*tobj
	for _, o := range unreachable {
		t := o.(*tobj)
		wrs := t.weakrefs
		t.weakrefs = nil
		for _, w := range wrs {
			w.weakTarget = nil
			g.record("cleared %s", w.name)
			if w.callback && !isUnreachable(w) {
				g.Incref(w)
				toCall = append(toCall, w)
			}
		}
	}
	freed := 0
	for _, w := range toCall {
		g.record("callback %s", w.name)
		if g.onCallback != nil {
			g.onCallback(w)
		}
		g.Decref(w)
		if w.freed {
			freed++
		}
	}
	return freed
}

func (g *graph) Garbage(o Object) {
	t := o.(*tobj)
	t.RC++
	g.garbage = append(g.garbage, t)
	g.record("garbage %s", t.name)
}

// --- GenRuntime ---

func (g *graph) Roots(visit func(Object)) {
	for _, r := range g.roots {
		visit(r)
	}
}

// setRoots makes the named objects the root set.
func (g *graph) setRoots(names ...string) {
	g.roots = g.roots[:0]
	for _, n := range names {
		g.roots = append(g.roots, g.obj(n))
	}
}

// names lists the names of objects, for comparisons.
func names(objs []Object) []string {
	out := make([]string, len(objs))
	for i, o := range objs {
		out[i] = o.(*tobj).name
	}
	return out
}

// recLogger is a Logger that records sections and lines; enabled lists the category
// prefixes it accepts, as PYPYLOG does.
type recLogger struct {
	enabled []string
	lines   []string
	open    []string
}

func (l *recLogger) Enabled(category string) bool {
	for _, p := range l.enabled {
		if strings.HasPrefix(category, p) {
			return true
		}
	}
	return false
}

func (l *recLogger) Start(category string) {
	l.open = append(l.open, category)
	l.lines = append(l.lines, "{"+category)
}

func (l *recLogger) Print(line string) { l.lines = append(l.lines, line) }

func (l *recLogger) Stop(category string) {
	if len(l.open) == 0 || l.open[len(l.open)-1] != category {
		panic("stop of " + category + " does not match " + strings.Join(l.open, ","))
	}
	l.open = l.open[:len(l.open)-1]
	l.lines = append(l.lines, category+"}")
}

// sections returns the bodies of the top-level sections named category.
func (l *recLogger) sections(category string) [][]string {
	var out [][]string
	var cur []string
	depth := 0
	in := false
	for _, line := range l.lines {
		switch {
		case strings.HasPrefix(line, "{"):
			depth++
			if depth == 1 && line == "{"+category {
				in = true
				cur = nil
			} else if in {
				cur = append(cur, line)
			}
		case strings.HasSuffix(line, "}") && !strings.Contains(line, " "):
			depth--
			if depth == 0 && in {
				out = append(out, cur)
				in = false
			} else if in {
				cur = append(cur, line)
			}
		default:
			if in {
				cur = append(cur, line)
			}
		}
	}
	return out
}
