# Metaclasses: a metaclass's __call__ runs when its classes are called, type.__init__ takes
# a metaclass's arguments on, object.__new__ refuses builtin types, metaclass conflicts.
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['tag'] = name.lower()
        print 'Meta.__new__', mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__'))
        return super(Meta, mcs).__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print 'Meta.__init__', name
        super(Meta, cls).__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print 'Meta.__call__', cls.__name__, a
        return super(Meta, cls).__call__(*a, **k)
    def __repr__(cls):
        return '<M %s>' % cls.__name__
    def cmeth(cls):
        return 'cmeth of ' + cls.__name__
class Base(object):
    __metaclass__ = Meta
    def __init__(self, x): self.x = x
class Derived(Base):
    pass
d = Derived(3)
print d.x, Derived.tag, Base.tag, type(Derived), Derived, Derived.cmeth()
try:
    d.cmeth()
except AttributeError as e:
    print e
class Single(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super(Single, cls).__call__(*a)
        return cls._inst[cls]
class S(object):
    __metaclass__ = Single
print S() is S()
def func_meta(name, bases, ns):
    print 'func_meta', name
    return type(name, bases, ns)
class F(object):
    __metaclass__ = func_meta
    a = 1
print F, F.a, type(F)
class Reg(type):
    registry = []
    def __init__(cls, *a):
        type.__init__(cls, *a)
        Reg.registry.append(cls.__name__)
class R1(object): __metaclass__ = Reg
class R2(R1): pass
print Reg.registry
class New(object):
    def __new__(cls, *a, **k):
        print 'New.__new__', cls.__name__, a, k
        inst = super(New, cls).__new__(cls)
        inst.made = True
        return inst
    def __init__(self, v=0):
        print 'New.__init__', v
n = New(5)
print n.made
class NotInst(object):
    def __new__(cls):
        return 42
    def __init__(self):
        print 'never'
print NotInst()
class RetInit(object):
    def __init__(self):
        return 5
try:
    RetInit()
except TypeError as e:
    print e
try:
    object.__new__(int)
except TypeError as e:
    print e
try:
    object(1)
except TypeError as e:
    print e
class WithArgs(object):
    pass
try:
    WithArgs(1)
except TypeError as e:
    print e
class IntSub(int):
    def __new__(cls, v):
        return int.__new__(cls, v * 2)
print IntSub(4), type(IntSub(4)), IntSub(4) + 1, type(IntSub(4) + 1)
class StrSub(str):
    def shout(self): return self.upper() + '!'
s = StrSub('hey')
print s, s.shout(), s + 'x', type(s + 'x'), len(s), s[0], type(s[0]), repr(s)
class ListSub(list):
    def __init__(self, *a):
        list.__init__(self, a)
ls = ListSub(1, 2)
print ls, len(ls), ls + [3], type(ls + [3]), ls[:1], type(ls[:1])
class DictSub(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 2)
ds = DictSub(a=1)
ds['b'] = 2
ds.update(c=3)
print sorted(ds.items())
print type.__name__, type(Meta), Meta.__mro__, isinstance(Derived, type), issubclass(Meta, type)
X = Meta('X', (object,), {'q': 1})
print X.q, X.tag
try:
    class Conflict(Derived, IntSub): pass
except TypeError as e:
    print e
class M2(type): pass
class A2(object): __metaclass__ = M2
try:
    class C2(Derived, A2): pass
except TypeError as e:
    print e
print type('Z', (), {}).__bases__, type('Z', (object,), {}).__mro__[1:]
try:
    type('Z', (1,), {})
except TypeError as e:
    print e
try:
    type('Z', (), [])
except TypeError as e:
    print e
try:
    type(1, (), {})
except TypeError as e:
    print e
try:
    type('a', 'b')
except TypeError as e:
    print e
class M(type): pass
class A(object): __metaclass__ = M
class N(type): pass
class B(object): __metaclass__ = N
try:
    class C(A, B): pass
except TypeError as e:
    print e
try:
    class D(A, 1): pass
except TypeError as e:
    print e
import random
try:
    class E(random): pass
except TypeError as e:
    print e
class Ex(Exception): pass
for t in (int, str, Ex, dict):
    try:
        object.__new__(t)
    except TypeError as e:
        print e
print type(object.__new__(A))
class KwMeta(type):
    def __call__(cls, *a, **k):
        print 'KwMeta.__call__', a, sorted(k.items())
        return type.__call__(cls, *a, **k)
class Kw(object):
    __metaclass__ = KwMeta
    def __init__(self, a, b=2):
        self.a, self.b = a, b
k = Kw(1, b=3)
print k.a, k.b, type(k).__name__
class Plain(type):
    pass
class P(object):
    __metaclass__ = Plain
    def __init__(self, v):
        self.v = v
print P(4).v, type(P)
