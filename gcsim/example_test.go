// example_test.go shows both collectors driven by a minimal runtime: the lesson of the
// course's gc exercises, a cycle of objects with __del__, in each mode.
package gcsim_test

import (
	"fmt"

	"handson/gcsim"
)

// node is an object of the examples' toy runtime: a name, references, maybe a __del__.
type node struct {
	gcsim.Header
	name string
	refs []*node
	del  bool
}

// runtime implements gcsim.CycleRuntime and gcsim.GenRuntime for nodes.
type runtime struct {
	roots []*node
	cc    *gcsim.CycleCollector
}

func (r *runtime) Roots(visit func(gcsim.Object)) {
	for _, n := range r.roots {
		visit(n)
	}
}

func (r *runtime) Traverse(o gcsim.Object, visit func(gcsim.Object)) {
	for _, n := range o.(*node).refs {
		visit(n)
	}
}

func (r *runtime) HasLegacyFinalizer(o gcsim.Object) bool { return o.(*node).del }
func (r *runtime) Incref(o gcsim.Object)                  { o.GCHeader().RC++ }
func (r *runtime) Garbage(o gcsim.Object)                 { fmt.Println("gc.garbage gets", o.(*node).name) }

func (r *runtime) Clear(o gcsim.Object) {
	n := o.(*node)
	refs := n.refs
	n.refs = nil
	for _, x := range refs {
		r.Decref(x)
	}
}

func (r *runtime) Decref(o gcsim.Object) {
	n := o.(*node)
	n.RC--
	if n.RC == 0 {
		fmt.Println("freed", n.name)
		r.Clear(n)
		r.cc.Freed(n)
	}
}

func (r *runtime) HandleWeakrefs([]gcsim.Object, func(gcsim.Object) bool) int { return 0 }

// In CPython 2.7, a cycle whose objects have __del__ is never freed: it goes to gc.garbage.
// A cycle without __del__ is freed by the cycle collector.
func ExampleCycleCollector() {
	r := &runtime{}
	r.cc = gcsim.NewCycleCollector(r, nil)
	mk := func(name string, del bool) *node {
		n := &node{name: name, del: del}
		n.RC = 1 // the program's reference
		r.cc.Track(n)
		return n
	}
	link := func(a, b *node) { b.RC++; a.refs = append(a.refs, b) }
	a, b := mk("a", true), mk("b", true)
	c, d := mk("c", false), mk("d", false)
	link(a, b)
	link(b, a)
	link(c, d)
	link(d, c)
	for _, n := range []*node{a, b, c, d} {
		r.Decref(n) // del a, b, c, d: nothing is freed, every object is in a cycle
	}
	res, _ := r.cc.Collect(2)
	fmt.Printf("gc.collect() = %d (%d collected, %d uncollectable)\n", res.Unreachable(), res.Collected, res.Uncollectable)
	// Output:
	// freed d
	// freed c
	// gc.garbage gets a
	// gc.garbage gets b
	// gc.collect() = 4 (2 collected, 2 uncollectable)
}

// In PyPy, the same cycle is finalized one object per major collection, in registration
// order; the cycle without __del__ simply dies.
func ExampleGenerational() {
	r := &runtime{}
	g := gcsim.NewGenerational(gcsim.GenConfig{}, r, nil)
	mk := func(name string, del bool) *node {
		n := &node{name: name, del: del}
		var flags gcsim.AllocFlags
		if del {
			flags = gcsim.FlagFinalizer
		}
		g.Alloc(n, 32, flags)
		return n
	}
	a, b := mk("a", true), mk("b", true)
	c, d := mk("c", false), mk("d", false)
	a.refs, b.refs = []*node{b}, []*node{a}
	c.refs, d.refs = []*node{d}, []*node{c}
	for i := 1; i <= 3; i++ {
		out := g.FullCollect()
		fmt.Printf("gc.collect() #%d:", i)
		for _, act := range out.Actions {
			fmt.Printf(" %s of %s;", act.Kind, act.Obj.(*node).name)
		}
		fmt.Printf(" dead: a=%v b=%v c=%v d=%v\n", a.Dead(), b.Dead(), c.Dead(), d.Dead())
	}
	// Output:
	// gc.collect() #1: finalizer of a; dead: a=false b=false c=true d=true
	// gc.collect() #2: finalizer of b; dead: a=false b=false c=true d=true
	// gc.collect() #3: dead: a=true b=true c=true d=true
}
