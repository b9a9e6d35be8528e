# Comparison as PyObject_RichCompare and PyObject_Compare do it: how often each side's
# method is asked, dict ordering (dict_compare), __cmp__ results read as PyInt_AsLong.
class V(object):
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print 'V.eq', self.v, getattr(o, 'v', o)
        return NotImplemented
class W(object):
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print 'W.eq', self.v, getattr(o, 'v', o)
        return NotImplemented
    def __lt__(self, o):
        print 'W.lt', self.v, getattr(o, 'v', o)
        return NotImplemented
print '-- V == V'; print V(1) == V(1)
print '-- V == 1'; print V(1) == 1
print '-- 1 == V'; print 1 == V(1)
print '-- V == W'; print V(1) == W(2)
print '-- W < W'; r = W(1) < W(2); print type(r)
print '-- W < 1'; print W(1) < 1
class O:
    def __eq__(self, o):
        print 'O.eq'
        return NotImplemented
print '-- O == O'; print O() == O()
print '-- O == 1'; print O() == 1
# dicts order by length, then by the smallest key whose value differs
ds = [{1: 2}, {1: 1}, {}, {0: 5, 1: 1}, {2: 0}, {'a': 1, 'b': 2}, {'a': 1, 'b': 1}, {(1,): 0}]
print sorted(ds)
for a in ds:
    print [cmp(a, b) for b in ds], [a < b for b in ds], [a >= b for b in ds]
class D(dict):
    pass
print D(a=1) < {'a': 2}, cmp(D(a=1), D(a=0)), sorted([D(b=1), D(a=1), D(a=0)]), max([{1: 1}, {1: 2}, {0: 9}])
try:
    cmp(set([1]), set([2]))
except TypeError as e:
    print e
# __cmp__'s result
class A(object):
    def __init__(self, r): self.r = r
    def __cmp__(self, o): return self.r
class C:
    def __init__(self, r): self.r = r
    def __cmp__(self, o): return self.r
for k in (A, C):
    for r in ['x', 2.5, -0.5, 10L, -3L, 2**70, None, True]:
        try:
            print k.__name__, repr(r), cmp(k(r), k(r)), k(r) < k(r), k(r) == k(r), k(r) > k(r)
        except Exception as e:
            print k.__name__, repr(r), type(e).__name__, e
class CmpInt(object):
    def __init__(self, v): self.v = v
    def __cmp__(self, o):
        print 'cmp', self.v, getattr(o, 'v', o)
        return cmp(self.v, getattr(o, 'v', o))
print CmpInt(1) < CmpInt(2), CmpInt(3) == 3, 2 < CmpInt(1), cmp(5, CmpInt(5))
