# Dict views (viewkeys, viewvalues, viewitems): live length, iteration and membership, set
# operations and comparisons of keys and items views, hashing, and sets left to compare
# with anything else by its reflected comparison. (Their repr is not tested here.)
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.viewkeys(), d.viewvalues(), d.viewitems()
print len(k), len(v), len(i), sorted(k), sorted(v), sorted(i), 'a' in k, 'z' in k, ('a', 1) in i, ('a', 2) in i, 1 in v, 'x' in i
print type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(i)).__name__
d['d'] = 4
print len(k), sorted(k), sorted(i)[-1]
print k & set('ab'), sorted(k | ['z']), sorted(k - 'a'), sorted(k ^ set('az')), 'ab' & k, sorted(['q'] | k), ['a'] - k, sorted(set('xa') ^ k)
print i & [('a', 1), ('b', 9)], sorted(i - [('a', 1)])[:1]
print k == set('abcd'), k != set('abcd'), k < set('abcde'), k <= set('abcd'), k > set('a'), k >= set(), k == ['a', 'b', 'c', 'd'], k == k, d.viewkeys() == {'a': 0, 'b': 0, 'c': 0, 'd': 0}.viewkeys()
print set('abcd') == k, frozenset('abcd') == k, k == frozenset('abcd'), i == set(d.items())
print v == v, v == d.viewvalues(), v != d.viewvalues()
try:
    hash(k)
except TypeError as e:
    print e
try:
    hash(i)
except TypeError as e:
    print e
print hash(v) == hash(v)
try:
    k & 1
except TypeError as e:
    print e
try:
    k | None
except TypeError as e:
    print e
try:
    v & set()
except TypeError as e:
    print e
try:
    type(k)()
except TypeError as e:
    print e
try:
    for x in k:
        d['new' + x] = 1
except RuntimeError as e:
    print e
class D(dict):
    pass
dd = D(x=1)
print sorted(dd.viewkeys()), sorted(dd.viewitems()), list(dd.viewvalues())
e = {}
ek = e.viewkeys()
print len(ek), list(ek), ek == set(), bool(ek), bool(d.viewkeys())
e[1] = 2
print list(ek), list(e.viewitems()), list(e.viewvalues())
print sorted(x for x in d.viewitems() if x[1] > 2)
print max(d.viewvalues()), min(d.viewkeys()), sum(d.viewvalues())
print list(reversed(sorted(d.viewkeys())))
print k.isdisjoint if hasattr(k, 'isdisjoint') else 'no isdisjoint'
print bool(xrange(0)), bool(xrange(2)), set() == [], set([1]) != (1,), [] == set(), set() == frozenset(), frozenset([1]) == set([1]), set([1]) == None
