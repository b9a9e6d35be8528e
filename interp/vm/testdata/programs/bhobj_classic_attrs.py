# Attributes of classic instances (instance_getattr, instance_setattr): the instance dict
# first and descriptors only read (a property's setter never runs), __dict__ and __class__
# assignment, __getattribute__ as an ordinary method; hex() and oct() of classic instances
# and int subclasses.
class P:
    def __init__(self): self._x = 1
    def getx(self): return self._x
    def setx(self, v): self._x = v * 10
    x = property(getx, setx)
    y = property(lambda self: self.missing)
    def __getattr__(self, n): return 'ga_' + n
p = P()
print p.x, p.y
p.x = 5
print p.x, p._x, sorted(p.__dict__.items())
del p.x
print p.x
try:
    del p.x
except AttributeError as e:
    print e
class Q:
    pass
q = Q()
q.__dict__ = {'a': 1}
print q.a
try:
    q.__dict__ = 5
except TypeError as e:
    print e
class R: pass
q.__class__ = R
print q.__class__.__name__, isinstance(q, R)
try:
    q.__class__ = int
except TypeError as e:
    print e
try:
    q.__class__ = 5
except TypeError as e:
    print e
try:
    del q.__dict__
except TypeError as e:
    print e
print Q.__dict__.get('x'), q.__dict__
class D(object):
    def __get__(self, o, t): return 'D.get'
    def __set__(self, o, v): print 'D.set'
class WithD:
    d = D()
w = WithD()
print w.d
w.d = 3
print w.d, w.__dict__
class GA:
    def __getattribute__(self, n):
        return 'never'
    x = 1
g = GA()
print g.x, g.__getattribute__('q')
class SA:
    def __setattr__(self, n, v):
        print 'SA.setattr', n
        self.__dict__[n] = v
    def __delattr__(self, n):
        print 'SA.delattr', n
sa = SA()
sa.k = 1
del sa.k
print sa.k
class I(int): pass
class L(long): pass
class H(object):
    def __hex__(self): return '0xH'
    def __oct__(self): return 5
class C:
    def __hex__(self): return 'c'
class E: pass
for v in [255, -8, 10L, True, I(17), L(9), H(), C(), E(), 1.5, 'a', None]:
    for f in (hex, oct):
        try:
            print f.__name__, repr(f(v))
        except Exception as e:
            print f.__name__, type(e).__name__, e
class Animal:
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return '...'
    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, self.name)
    def __str__(self):
        return self.name
class Dog(Animal):
    def speak(self):
        return 'Woof'
    def describe(self):
        return Animal.speak(self) + self.speak()
d = Dog('rex')
print d, repr(d), d.speak(), d.describe(), Animal.count, Dog.count, d.count
class P:
    def __init__(self): self._x = 1
    def getx(self): return self._x
    def setx(self, v): self._x = v * 10
    x = property(getx, setx)
p = P()
print p.x
p.x = 5
print p.x, p._x, p.__dict__
class Slotted:
    __slots__ = ['a']
s = Slotted()
s.b = 2
print s.b, s.__dict__
class Attrs:
    def __getattr__(self, name):
        return 'dyn_' + name
    def __setattr__(self, name, v):
        self.__dict__[name] = ('set', v)
a = Attrs()
a.q = 1
print a.q, a.zz, a.__dict__
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return self + o
    def __mul__(self, o): return Num(self.v * o)
    def __cmp__(self, o): return cmp(self.v, o.v if isinstance(o, Num) else o)
    def __hash__(self): return hash(self.v)
    def __repr__(self): return 'Num(%r)' % self.v
    def __len__(self): return abs(self.v)
    def __nonzero__(self): return self.v != 0
    def __getitem__(self, i):
        if i >= self.v: raise IndexError(i)
        return i
    def __call__(self, *a): return ('called', a)
    def __iter__(self): return iter(range(self.v))
    def __contains__(self, x): return x == 'magic'
    def __neg__(self): return Num(-self.v)
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
n = Num(3)
print n + 1, 1 + n, n + n, n * 2, sum([Num(1), Num(2)], Num(0)), -n, int(n), float(n)
print n == Num(3), n < 5, n > Num(1), sorted([Num(3), Num(1), Num(2)]), max(Num(1), Num(7)), {n: 'x'}[Num(3)]
print len(n), bool(Num(0)), list(n), n(1, 2), 'magic' in n, 2 in n, n[1]
class Pair:
    def __init__(self, a, b): self.a, self.b = a, b
    def __eq__(self, o): return (self.a, self.b) == (o.a, o.b)
    def __ne__(self, o): return not self == o
print Pair(1, 2) == Pair(1, 2), Pair(1, 2) != Pair(2, 1), Pair(1, 2) in [Pair(1, 2)]
class Base1:
    def who(self): return 'Base1'
class Base2:
    def who(self): return 'Base2'
    def only2(self): return 'only2'
class Multi(Base1, Base2):
    pass
m = Multi()
print m.who(), m.only2()
class Diamond0:
    def f(self): return 'D0'
class DA(Diamond0): pass
class DB(Diamond0):
    def f(self): return 'DB'
class DC(DA, DB): pass
print DC().f()
class NewFromOld(Animal, object):
    pass
nfo = NewFromOld('n')
print Animal.__dict__.keys().__len__() > 0, 'speak' in Animal.__dict__, Animal.__module__, Animal.__name__
print getattr(d, 'name'), hasattr(d, 'nope'), vars(d)
try:
    d.nope
except AttributeError as e:
    print e
try:
    Animal.nope
except AttributeError as e:
    print e
try:
    Animal()
except TypeError as e:
    print e
Dog.bark = lambda self: 'BARK'
print d.bark()
del Dog.bark
print hasattr(d, 'bark')
print Animal.speak, d.speak, Dog.speak.im_class
