# __slots__: member descriptors and attribute access on slotted instances.


def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e


class P(object):
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x


p = P(1)
print p.x, type(P.x).__name__, repr(P.x), repr(P.y)
print P.x.__name__, P.x.__objclass__ is P, P.x.__doc__, type(P.x) is type(P.y)
print sorted(k for k in P.__dict__ if not k.startswith('__')), P.__slots__

# Unset slots: reading and deleting raise AttributeError with the bare name.
show(lambda: p.y)
show(lambda: delattr(p, 'y'))
p.y = [1, 2]
print p.y, getattr(p, 'y'), hasattr(p, 'y')
del p.y
print hasattr(p, 'y')
show(lambda: p.y)
p.x = 'again'
p.x = 'and again'
print p.x

# No __dict__, no other attributes, no weak references.
show(lambda: p.__dict__)
show(lambda: setattr(p, '__dict__', {}))
show(lambda: vars(p))
show(lambda: setattr(p, 'z', 1))
show(lambda: delattr(p, 'z'))
show(lambda: p.z)
show(lambda: p.__weakref__)
import weakref
show(lambda: weakref.ref(p))
show(lambda: weakref.proxy(p))
print hasattr(p, '__dict__'), hasattr(p, '__weakref__'), '__weakref__' in dir(p)

# The descriptor protocol by hand.
m = P.x
show(lambda: m.__get__(p))
show(lambda: m.__get__(p, P))
show(lambda: m.__get__(p, int))
show(lambda: m.__get__(None, P))
show(lambda: m.__get__(None))
show(lambda: m.__get__(None, None))
show(lambda: m.__get__())
show(lambda: m.__get__(p, P, 3))
show(lambda: m.__get__(3))
show(lambda: m.__get__(p, type=P))
show(lambda: m.__set__(p, 42))
print p.x
show(lambda: m.__set__(p))
show(lambda: m.__set__(p, 1, 2))
show(lambda: m.__set__('s', 1))
show(lambda: m.__set__(p, value=1))
show(lambda: m.__delete__(p))
show(lambda: m.__delete__(p))
show(lambda: m.__delete__())
show(lambda: m.__delete__(p, 1))
show(lambda: m.__delete__([]))
print hasattr(p, 'x')

# The descriptor's own attributes.
show(lambda: setattr(m, '__name__', 'q'))
show(lambda: setattr(m, '__objclass__', int))
show(lambda: delattr(m, '__name__'))
show(lambda: setattr(m, '__doc__', 'd'))
show(lambda: setattr(m, 'other', 1))
show(lambda: m.other)
show(lambda: type(m)())
print type(m).__name__, type(m).__module__, m == P.x, m != P.y, hash(m) == hash(P.x)
try:
    class Sub(type(m)):
        pass
except TypeError as e:
    print 'TypeError', e


# A descriptor of one class does not apply to another's instances.
class Q(object):
    __slots__ = 'x'


q = Q()
show(lambda: P.x.__get__(q))
show(lambda: P.x.__set__(q, 1))
show(lambda: Q.x.__get__(p))


# Slots hold any object; an instance can hold itself.
class Node(object):
    __slots__ = ['value', 'next']


a = Node()
a.value = u'\xe9t\xe9'
a.next = a
print repr(a.value), a.next is a, a.next.next.value == a.value

# Private names are mangled with the class name.


class Priv(object):
    __slots__ = ('__secret', '__dunder__', '_single')

    def __init__(self):
        self.__secret = 's'
        self.__dunder__ = 'd'
        self._single = 1

    def get(self):
        return self.__secret


pr = Priv()
print pr.get(), pr._Priv__secret, pr.__dunder__, pr._single, sorted(k for k in Priv.__dict__ if 'secret' in k)
show(lambda: pr.__secret)


class _Under(object):
    __slots__ = ('__a',)


print sorted(k for k in _Under.__dict__ if k.endswith('a'))
__ = type('__', (object,), {'__slots__': ('__a',)})
print sorted(k for k in __.__dict__ if k.endswith('a'))

# A class attribute of the same name wins over the slot (the member is not installed).


class R(object):
    __slots__ = ('x', 'y')
    x = 5


r = R()
print r.x, R.x, type(R.__dict__['y']).__name__
show(lambda: setattr(r, 'x', 3))
show(lambda: setattr(r, 'w', 3))
show(lambda: delattr(r, 'x'))
show(lambda: delattr(r, 'w'))


# Deleting what an instance does not have, with and without a dict: CPython words it by
# whether the instance has its dict yet.
class WithDict(object):
    x = 5


wd = WithDict()
show(lambda: delattr(wd, 'x'))
show(lambda: delattr(wd, 'b'))
wd.a = 1
show(lambda: delattr(wd, 'x'))
show(lambda: delattr(wd, 'b'))

# The slot descriptor is an ordinary class attribute: replacing it on the class hides the
# slot, and properties and other data descriptors of a subclass win over it.


class P2(P):
    __slots__ = ()

    @property
    def y(self):
        return 'property y'


p2 = P2(7)
print p2.x, p2.y
show(lambda: setattr(p2, 'y', 1))
show(lambda: P.y.__get__(p2, P2))
P.y.__set__(p2, 'stored')
print P.y.__get__(p2), p2.y

# __getattr__ is consulted for unset slots, __setattr__ hooks see slot names.


class Hooked(object):
    __slots__ = ('a', 'log')

    def __getattr__(self, name):
        return 'fallback ' + name

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value)


h = Hooked()
print h.a, h.b
h.a = 1
print h.a
show(lambda: setattr(h, 'nope', 1))
del h.a
print h.a
show(lambda: object.__delattr__(h, 'a'))
