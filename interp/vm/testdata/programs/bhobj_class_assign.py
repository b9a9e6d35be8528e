# Assigning __class__ and __bases__: the layout checks of compatible_for_assignment, the
# new MROs of the class and its subclasses, classic classes' own rules; __base__ is the
# layout base.
class A(object): pass
class B(object): pass
class C(A): pass
class S1(object): __slots__ = ['x']
class S2(object): __slots__ = ['x']
class S3(object): __slots__ = ['y']
class S4(object): __slots__ = ['x', 'y']
class E(object): __slots__ = ()
class E2(object): __slots__ = ()
class W(object): __slots__ = ['__weakref__']
class D(object): __slots__ = ['__dict__']
class L1(list): pass
class L2(list): pass
class I1(int): pass
class Ex(Exception): pass
class Old: pass
pairs = [(A, B), (A, C), (C, A), (S1, S2), (S1, S3), (S1, S4), (E, E2), (A, E), (E, A), (W, D), (D, A), (A, D), (L1, L2), (L1, A), (I1, A), (Ex, A), (A, Ex), (A, int), (A, Old), (S1, A)]
for old, new in pairs:
    o = old()
    try:
        o.__class__ = new
        print old.__name__, '->', new.__name__, 'ok', type(o).__name__
    except TypeError as e:
        print old.__name__, '->', new.__name__, e
try:
    (1).__class__ = A
except TypeError as e:
    print e
try:
    A().__class__ = 5
except TypeError as e:
    print e
a = A()
try:
    del a.__class__
except TypeError as e:
    print e
print type(a).__name__
class A(object):
    def who(self): return 'A'
class B(object):
    def who(self): return 'B'
    def only_b(self): return 'only B'
class C(A):
    pass
class D(C):
    pass
d = D()
print d.who(), D.__mro__
C.__bases__ = (B,)
print d.who(), d.only_b(), C.__bases__, C.__base__, D.__mro__, isinstance(d, B), isinstance(d, A), issubclass(D, B)
print A.__subclasses__(), B.__subclasses__()
C.__bases__ = (A, B)
print d.who(), D.__mro__
for bad in [(), [A], (1,), (D,), (C,), (int,), (A, A)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print repr(bad)[:20], e
print C.__bases__
try:
    del C.__bases__
except TypeError as e:
    print e
try:
    int.__bases__ = (object,)
except TypeError as e:
    print e
class E(A): pass
try:
    E.__bases__ = (object,)
except TypeError as e:
    print e
class X(object): pass
class Y(X): pass
class Z(X): pass
try:
    X.__bases__ = (Y,)
except TypeError as e:
    print e
class O1:
    def f(self): return 'O1'
class O2:
    def f(self): return 'O2'
class OC(O1): pass
o = OC()
print o.f()
OC.__bases__ = (O2,)
print o.f(), OC.__bases__ == (O2,)
for bad in [[O1], (A,), (1,), (OC,)]:
    try:
        OC.__bases__ = bad
    except TypeError as e:
        print e
class I(int): pass
class J(I): pass
class K(int): pass
J.__bases__ = (K,)
print J.__mro__, J(5) + 1
print type('T', (A, int), {}).__base__, type('T', (int, A), {}).__base__
try:
    del A.__name__
except TypeError as e:
    print e
