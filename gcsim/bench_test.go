// bench_test.go measures the costs the VM pays: the allocation fast paths (Alloc,
// AllocBytes, Track), and minor and major collections over a heap of 100k objects.
package gcsim

import (
	"testing"
)

// objectPool hands out fresh objects from a reusable block, so that the benchmarks measure
// the collector and not Go's allocator. reset makes every object unregistered again.
type objectPool struct {
	objs []tobj
	next int
}

func newObjectPool(n int) *objectPool { return &objectPool{objs: make([]tobj, n)} }

func (p *objectPool) get() *tobj {
	o := &p.objs[p.next]
	p.next++
	return o
}

func (p *objectPool) full() bool { return p.next == len(p.objs) }

func (p *objectPool) reset() {
	for i := range p.objs {
		p.objs[i].Header = Header{}
	}
	p.next = 0
}

// emptyRuntime has no roots and no references.
type emptyRuntime struct{}

func (emptyRuntime) Roots(func(Object))            {}
func (emptyRuntime) Traverse(Object, func(Object)) {}

func BenchmarkAlloc(b *testing.B) {
	g := NewGenerational(GenConfig{NoAutomatic: true}, emptyRuntime{}, nil)
	pool := newObjectPool(1 << 16)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if pool.full() {
			b.StopTimer()
			pool.reset()
			clear(g.young)
			g.young = g.young[:0]
			b.StartTimer()
		}
		g.Alloc(pool.get(), 48, 0)
	}
}

func BenchmarkAllocWithMinorCollections(b *testing.B) {
	// The default 4 MiB nursery, 48-byte objects that all die young: the cost of the
	// accounting plus the minor collections it triggers, per object.
	g := NewGenerational(GenConfig{}, emptyRuntime{}, nil)
	pool := newObjectPool(1 << 17) // more than a nursery's worth
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if pool.full() {
			b.StopTimer()
			g.FullCollect()
			pool.reset()
			b.StartTimer()
		}
		if g.Alloc(pool.get(), 48, 0) {
			g.CollectDue()
		}
	}
}

func BenchmarkAllocBytes(b *testing.B) {
	g := NewGenerational(GenConfig{}, emptyRuntime{}, nil)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if g.AllocBytes(16) {
			g.CollectDue()
		}
	}
}

func BenchmarkTrack(b *testing.B) {
	g := newGraph(nil)
	cc := NewCycleCollector(g, nil)
	cc.Disable()
	pool := newObjectPool(1 << 16)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if pool.full() {
			b.StopTimer()
			for j := range pool.objs {
				cc.Freed(&pool.objs[j])
			}
			pool.reset()
			b.StartTimer()
		}
		o := pool.get()
		o.RC = 1
		cc.Track(o)
	}
}

// bigHeap builds 100k old objects: 1000 lists of 100 objects each, all reachable from one
// root, with the lists mutable (scanned by minor collections) and their items immutable.
func bigHeap(b *testing.B) (*genTest, *tobj) {
	gt, root := listsHeap(GenConfig{}, 1000, 99)
	gt.gc.FullCollect()
	if s := gt.gc.Stats(); s.OldObjects != 100000 {
		b.Fatalf("heap: %+v", s)
	}
	return gt, root
}

// listsHeap makes a collector and a heap of n mutable lists, each holding perList immutable
// objects, all reachable from the returned root.
func listsHeap(cfg GenConfig, n, perList int) (*genTest, *tobj) {
	gt := &genTest{graph: newGraph(nil)}
	gt.gc = NewGenerational(cfg, gt.graph, nil)
	root := &tobj{name: "root"}
	gt.roots = []*tobj{root}
	for i := 0; i < n; i++ {
		l := &tobj{}
		gt.gc.Alloc(l, 64, 0)
		root.refs = append(root.refs, l)
		for j := 0; j < perList; j++ {
			x := &tobj{}
			gt.gc.Alloc(x, 32, FlagImmutable)
			l.refs = append(l.refs, x)
		}
	}
	return gt, root
}

func BenchmarkMinorCollection100k(b *testing.B) {
	gt, root := bigHeap(b)
	pool := newObjectPool(1000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		// 1000 young objects, one in ten stored in an old list.
		pool.reset()
		for j := 0; j < 1000; j++ {
			o := pool.get()
			gt.gc.Alloc(o, 48, 0)
			if j%10 == 0 {
				l := root.refs[j]
				l.refs = append(l.refs, o)
			}
		}
		gt.fillNursery()
		b.StartTimer()
		gt.gc.CollectDue()
		b.StopTimer()
		for j := 0; j < 1000; j += 10 {
			l := root.refs[j]
			l.refs = l.refs[:len(l.refs)-1]
		}
		gt.gc.FullCollect() // free the promoted objects so the pool can be reused
		b.StartTimer()
	}
}

func BenchmarkMajorCollection100k(b *testing.B) {
	gt, _ := bigHeap(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		gt.gc.FullCollect()
	}
}

func BenchmarkCycleCollection100k(b *testing.B) {
	g := newGraph(nil)
	g.cc = NewCycleCollector(g, nil)
	g.cc.Disable()
	root := &tobj{name: "root"}
	root.RC = 1
	g.cc.Track(root)
	for i := 0; i < 1000; i++ {
		l := &tobj{}
		l.RC = 1
		g.cc.Track(l)
		root.refs = append(root.refs, l)
		for j := 0; j < 99; j++ {
			x := &tobj{}
			x.RC = 1
			g.cc.Track(x)
			l.refs = append(l.refs, x)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := g.cc.Collect(2); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStressSafePoint is the cost of one safe point in Stress mode for a small
// program's heap: 2000 objects (100 mutable containers of 20 immutable objects), one object
// with a finalizer alive, one allocation per instruction.
func BenchmarkStressSafePoint(b *testing.B) {
	gt, root := listsHeap(GenConfig{Stress: true}, 100, 19)
	f := &tobj{name: "file"}
	gt.gc.Alloc(f, 64, FlagFinalizer)
	root.refs = append(root.refs, f)
	gt.gc.FullCollect()
	pool := newObjectPool(1 << 12)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if pool.full() {
			b.StopTimer()
			pool.reset()
			b.StartTimer()
		}
		gt.gc.Alloc(pool.get(), 32, 0)
		gt.gc.CollectDue()
	}
}
