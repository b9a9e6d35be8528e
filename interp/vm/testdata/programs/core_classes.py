# classes: new-style and classic, properties, descriptors, __slots__-free, super, MRO
class Base(object):
    count = 0
    def __init__(self, name):
        Base.count += 1
        self.name = name
    def greet(self):
        return 'base ' + self.name
    @classmethod
    def make(cls, n):
        return cls('made%d' % n)
    @staticmethod
    def helper(x):
        return x * 2
    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self.name)

class Child(Base):
    def greet(self):
        return 'child/' + super(Child, self).greet()

class Desc(object):
    def __get__(self, obj, typ):
        if obj is None:
            return 'class access'
        return 'instance access of %s' % obj.name
    def __set__(self, obj, value):
        obj.__dict__['_d'] = value * 10

class WithDesc(object):
    d = Desc()
    def __init__(self):
        self.name = 'wd'

c = Child('c')
print c.greet(), Child.make(3), Base.helper(21), Base.count
print repr(c), str(c), type(c), type(c).__mro__
print Child.greet, c.greet
w = WithDesc()
print w.d, WithDesc.d
w.d = 4
print w._d, w.__dict__
class Old:
    def __init__(self):
        self.v = 1
o = Old()
print type(o).__name__, o.v, isinstance(o, Old)
class A(object): pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print [k.__name__ for k in D.__mro__]
try:
    class E(object, object): pass
except TypeError as e:
    print 'TypeError', e
print hasattr(c, 'name'), getattr(c, 'nope', 'default'), vars(c)
del c.name
try:
    c.name
except AttributeError as e:
    print e
class P(object):
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError('negative')
        self._x = v
p = P()
p.x = 5
print p.x
try:
    p.x = -1
except ValueError as e:
    print 'ValueError:', e
class Slotless(object):
    __slots__ = ()
print isinstance(Slotless(), object)
class Meta(type):
    def __new__(mcs, name, bases, d):
        d['tag'] = name.lower()
        return type.__new__(mcs, name, bases, d)
class Tagged(object):
    __metaclass__ = Meta
print Tagged.tag, type(Tagged).__name__
print issubclass(D, A), issubclass(D, (int, C)), isinstance(3, (str, int))
