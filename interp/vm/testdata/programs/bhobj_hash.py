# hash(): a class's __hash__ result read as slot_tp_hash reads it, unhashable subclasses of
# builtin containers named by their own type, classic instances (instance_hash); a set
# ordered against a non-set falls back to the default order.
class P(object):
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
    def __ne__(self, o): return not self == o
    def __hash__(self): return hash(self.x)
    def __repr__(self): return 'P(%r)' % self.x
d = {P(1): 'a', P(2): 'b'}
print d[P(1)], P(1) in d, P(3) in d, d.get(P(2)), len(set([P(1), P(1)]))
class NoEqHash(object):
    def __init__(self, x): self.x = x
a = NoEqHash(1)
print a == a, a == NoEqHash(1), a in [NoEqHash(1)], a in [a], {a: 1}[a]
class EqOnly(object):
    def __eq__(self, o): return True
print EqOnly() == 1, EqOnly() != 1, hash(EqOnly()) is not None
class Child(P):
    def __eq__(self, o): return False
print hash(Child(1)) == hash(1), Child(1) == Child(1), Child(1) != Child(1)
class H2(object):
    __hash__ = None
print isinstance(H2(), object)
try:
    hash(H2())
except TypeError as e:
    print e
class HashStr(object):
    def __hash__(self): return 'x'
try:
    hash(HashStr())
except TypeError as e:
    print e
class HashLong(object):
    def __hash__(self): return 2**100
print hash(HashLong()) == hash(2**100)
class HashFloat(object):
    def __hash__(self): return 1.5
try:
    print hash(HashFloat())
except TypeError as e:
    print e
class IntSub(int): pass
print hash(IntSub(5)), {IntSub(5): 1}[5]
class ListSub(list): pass
try:
    hash(ListSub())
except TypeError as e:
    print e
class ListHash(list):
    def __hash__(self): return 7
print hash(ListHash())
print hash(None) == hash(None), hash(()) , hash((1,)), hash('') , hash(0.0) == hash(0), hash(-1), hash(-2), hash(2**63), hash(1.5), hash(True)
print hash(frozenset()), hash(u''), hash(u'abc') == hash('abc'), hash(10**20), hash(-10**20), hash(float(2**64))
print hash('hello'), hash(u'h\xe9'), hash((1, 'a', 2)), hash(3.14159), hash(-0.0), hash(1e100)
class OldHash:
    pass
o = OldHash()
print hash(o) == hash(o), {o: 1}[o]
class OldEq:
    def __eq__(self, other): return True
try:
    print hash(OldEq())
except TypeError as e:
    print e
class OldCmp:
    def __cmp__(self, other): return 0
try:
    print hash(OldCmp())
except TypeError as e:
    print e
print set() < [1], set([1]) > (), cmp(set(), []), sorted([set([2]), [1], (3,)], key=lambda x: type(x).__name__)
for v in [[1], (1,), None, 1]:
    print set([1]) < v, set([1]) >= v, v < frozenset(), set([1]) == v, set([1]) != v
