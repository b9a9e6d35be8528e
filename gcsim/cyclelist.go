// cyclelist.go defines the cycle collector's side nodes and the doubly linked lists of them
// (CPython's PyGC_Head and gc_list_* functions): one list per generation, plus the
// temporary lists a collection sorts objects into.
package gcsim

// ccNode is the side node of an object tracked by the cycle collector. It holds what CPython
// keeps in PyGC_Head, which would not fit in the 16-byte Header: the list links and the
// gc_refs scratch count. A list's head is a ccNode with a nil obj.
type ccNode struct {
	prev, next *ccNode
	obj        Object
	// idx is the node's index in the collector's table, what Header.node holds.
	idx uint32

	// refs is CPython's gc_refs: a copy of RC minus internal references while a
	// collection runs, or one of the refs* states below.
	refs int

	// finalizer records, for an unreachable object, that it has a legacy finalizer
	// (set by moveFinalizers so handleFinalizers need not ask the runtime again).
	finalizer bool
}

// gc_refs states outside a collection's counting phase (CPython's GC_REACHABLE and
// GC_TENTATIVELY_UNREACHABLE; an untracked object has no node at all).
const (
	refsReachable   = -1
	refsTentatively = -2
)

// init makes l an empty list.
func (l *ccNode) init() {
	l.prev = l
	l.next = l
}

// empty reports whether the list headed by l has no nodes.
func (l *ccNode) empty() bool { return l.next == l }

// unlink removes n from whatever list holds it.
func (n *ccNode) unlink() {
	n.prev.next = n.next
	n.next.prev = n.prev
	n.prev = nil
	n.next = nil
}

// appendTo links n, which is in no list, at the end of the list headed by l.
func (n *ccNode) appendTo(l *ccNode) {
	n.prev = l.prev
	n.next = l
	l.prev.next = n
	l.prev = n
}

// moveTo unlinks n from its list and links it at the end of the list headed by l.
func (n *ccNode) moveTo(l *ccNode) {
	n.prev.next = n.next
	n.next.prev = n.prev
	n.appendTo(l)
}

// mergeInto appends all nodes of the list headed by from to the list headed by to, leaving
// from empty.
func (from *ccNode) mergeInto(to *ccNode) {
	if from.empty() {
		return
	}
	tail := to.prev
	tail.next = from.next
	from.next.prev = tail
	to.prev = from.prev
	to.prev.next = to
	from.init()
}

// size counts the nodes of the list headed by l.
func (l *ccNode) size() int {
	n := 0
	for p := l.next; p != l; p = p.next {
		n++
	}
	return n
}
