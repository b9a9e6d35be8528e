# Bound and unbound methods (and builtin methods) compare equal when they are the same
# function bound to equal objects, as instancemethod_richcompare and meth_richcompare say.
class A(object):
    def m(self): pass
    def n(self): pass
    def __eq__(self, o): return True
class B(object):
    def m(self): pass
a, a2 = A(), A()
b = B()
print a.m == a.m, a.m != a.m, a.m == a2.m, a.m == a.n, A.m == A.m, A.m == a.m, b.m == b.m, b.m == B().m, a.m == b.m
print hash(b.m) == hash(b.m), {b.m: 1}[b.m], b.m in [b.m], [b.m].index(b.m)
l = [1]
print l.append == l.append, l.append == [].append, len == len, len == abs, l.append != l.pop, [].append == [].append
import math
print math.sqrt == math.sqrt, math.sqrt == math.floor
class C:
    def m(self): pass
c = C()
print c.m == c.m, C.m == C.m, c.m == C().m
