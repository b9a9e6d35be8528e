# __slots__ and the collectors, in a way both modes agree on: objects reachable only
# through slots stay alive across collections, cycles through slots are freed by
# gc.collect(), and weak references to what died are cleared.
import gc
import weakref


class Leaf(object):
    def __init__(self, n):
        self.n = n


class Node(object):
    __slots__ = ('left', 'right', 'value', '__weakref__')


def build(depth, counter):
    node = Node()
    counter[0] += 1
    node.value = Leaf(counter[0])
    if depth:
        node.left = build(depth - 1, counter)
        node.right = build(depth - 1, counter)
    return node


def total(node):
    s = node.value.n
    if hasattr(node, 'left'):
        s += total(node.left) + total(node.right)
    return s


# A tree held only through slots survives collections and allocation in between.
root = build(5, [0])
garbage = [[i] * 3 for i in range(300)]
gc.collect()
del garbage
print total(root), sum(range(1, 2 ** 6))
refs = [weakref.ref(root.left.left.value), weakref.ref(root.right)]
gc.collect()
print [r() is not None for r in refs]

# Dropping the tree frees all of it.
leaf_refs = [weakref.ref(root.left.right.value), weakref.ref(root.right.right.right)]
root = None
gc.collect()
print [r() is None for r in refs + leaf_refs]


# A ring linked through slots: kept while one member is referenced, freed after.
class Ring(object):
    __slots__ = ('next', 'payload', '__weakref__')


ring = [Ring() for i in range(20)]
for i, r in enumerate(ring):
    r.next = ring[(i + 1) % len(ring)]
    r.payload = Leaf(i)
watch = [weakref.ref(r) for r in ring[::7]]
head = ring[0]
del ring, r
gc.collect()
print all(w() is not None for w in watch), head.next.next.payload.n
del head
gc.collect()
print all(w() is None for w in watch)

# Values replaced in slots are released; the new ones are kept.
holder = Node()
old = Leaf('old')
holder.value = old
w_old = weakref.ref(old)
del old
holder.value = Leaf('new')
gc.collect()
print w_old() is None, holder.value.n

# A slotted subclass of a class with a dict keeps both kinds of attribute alive.


class WithDict(object):
    pass


class Both(WithDict):
    __slots__ = ('s',)


both = Both()
both.s = Leaf('slot')
both.d = Leaf('dict')
ws, wd = weakref.ref(both.s), weakref.ref(both.d)
junk = [{} for i in range(300)]
gc.collect()
print ws() is both.s, wd() is both.d, both.s.n, both.d.n
del both, junk
gc.collect()
print ws() is None, wd() is None
