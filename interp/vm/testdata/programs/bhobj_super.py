# super: bound and unbound (super(B).__get__), its attributes and its errors.
class A(object):
    def f(self): return 'A.f'
    @classmethod
    def c(cls): return 'A.c ' + cls.__name__
    @staticmethod
    def s(): return 'A.s'
    @property
    def p(self): return 'A.p'
    x = 'A.x'
class B(A):
    def f(self): return 'B.f>' + super(B, self).f()
    @classmethod
    def c(cls): return 'B.c>' + super(B, cls).c()
    @property
    def p(self): return 'B.p>' + super(B, self).p
    def g(self):
        return super(B, self).s(), super(B, self).x
print B().f(), B.c(), B().c(), B().p, B().g()
sup = super(B, B())
print sup.f(), type(sup), super(B).__get__(B()).f() if True else ''
print repr(super(B, B()))[:30], repr(super(B))[:30]
try:
    super(B, A()).f()
except TypeError as e:
    print e
try:
    super(B, 1)
except TypeError as e:
    print e
try:
    super(1, B())
except TypeError as e:
    print e
try:
    super(B, B()).nope
except AttributeError as e:
    print e
try:
    super(A, A()).f()
except AttributeError as e:
    print e
print super(B, B).f(B())
class C(A):
    def __init__(self):
        super(C, self).__init__()
        self.v = 1
    def __repr__(self):
        return 'C(' + super(C, self).__repr__()[:10] + ')'
print C().v, repr(C())
class L(list):
    def append(self, x):
        super(L, self).append(x * 2)
    def __getitem__(self, i):
        return 'L' + str(super(L, self).__getitem__(i))
l = L(); l.append(1); l.append(2); print l, l[0], list.__getitem__(l, 1)
class D(dict):
    def __getitem__(self, k):
        return super(D, self).__getitem__(k) * 10
    def get(self, k, d=None):
        return super(D, self).get(k, d)
d = D(a=1); print d['a'], d.get('a'), d.get('z', 0)
class Base1(object):
    def __init__(self):
        print 'Base1 init'
        super(Base1, self).__init__()
class Base2(object):
    def __init__(self):
        print 'Base2 init'
        super(Base2, self).__init__()
class Both(Base1, Base2):
    def __init__(self):
        print 'Both init'
        super(Both, self).__init__()
Both()
print [k.__name__ for k in Both.__mro__]
class S(str):
    def __new__(cls, v):
        return super(S, cls).__new__(cls, v.upper())
print S('abc'), type(S('abc'))
class Sup(object):
    def __getattr__(self, n): return 'ga ' + n
class SubSup(Sup):
    def t(self): return super(SubSup, self).missing
try:
    print SubSup().t()
except AttributeError as e:
    print 'AE', e
print super(B, B()).__class__, super(B, B()).__thisclass__, super(B, B()).__self__.__class__, super(B, B()).__self_class__
class Old: pass
try:
    super(Old, Old())
except TypeError as e:
    print e
