# __slots__ and object lifetimes in CPython mode: slot values are owned references,
# released when the instance dies (its own slots in name order, then its bases', then
# the __dict__), traversed by the cycle collector, and weakref callbacks and __del__ see
# them as CPython does.
import gc
import sys
import weakref


class Noisy(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print 'del', self.name


class Base(object):
    __slots__ = ('zeta', 'alpha')


class Derived(Base):
    __slots__ = ('mid', 'beta', '__dict__')


d = Derived()
d.zeta, d.alpha = Noisy('base zeta'), Noisy('base alpha')
d.mid, d.beta = Noisy('own mid'), Noisy('own beta')
d.dictval = Noisy('dict value')
print 'dropping d'
del d
print 'dropped d'

# Rebinding and deleting a slot release the old value at once.
b = Base()
b.alpha = Noisy('first')
print 'rebinding'
b.alpha = Noisy('second')
print 'deleting'
del b.alpha
print 'setting via the descriptor'
b.zeta = Noisy('third')
Base.zeta.__set__(b, None)
print 'done'


# A class's own __del__ runs before its slots are released, and sees them.
class Owner(object):
    __slots__ = ('part', 'other')

    def __del__(self):
        print 'Owner.__del__ sees', self.part.name


o = Owner()
o.part = Noisy('part')
o.other = Noisy('other')
del o
print 'after Owner'

# Resurrection through a slot: __del__ stores the object somewhere, so it lives on.
saved = []


class Phoenix(object):
    __slots__ = ('keep', '__weakref__')

    def __del__(self):
        print 'Phoenix.__del__, keep =', getattr(self.keep, 'name', self.keep)
        saved.append(self)


ph = Phoenix()
ph.keep = Noisy('kept')
del ph
print 'resurrected:', saved[0].keep.name
saved[0].keep = None
del saved[:]
print 'gone for good'

# Reference counts: a slot holds one reference.
val = object()
before = sys.getrefcount(val)
holder = Base()
holder.alpha = val
print sys.getrefcount(val) - before
holder.zeta = val
print sys.getrefcount(val) - before
del holder.alpha
print sys.getrefcount(val) - before
del holder
print sys.getrefcount(val) - before

# Weak references to an instance with a __weakref__ slot: the callback runs when it dies,
# before its slots are released.


class Target(object):
    __slots__ = ('payload', '__weakref__')


t = Target()
t.payload = Noisy('payload')
r = weakref.ref(t, lambda ref: sys.stdout.write('callback, ref dead: %s\n' % (ref() is None)))
print r() is t, t.__weakref__ is r
del t
print 'after Target'

# The cycle collector traverses slots: gc.get_referents lists slot values, a cycle
# through slots is found and freed.


class Link(object):
    __slots__ = ('next', 'name')


print [type(x).__name__ for x in gc.get_referents(Link())]
# In CPython's order: the class's own slots in name order, its bases', the dict, the class.
dd = Derived()
dd.zeta, dd.alpha, dd.mid, dd.beta, dd.extra = 'zeta', 'alpha', 'mid', 'beta', 'extra'
print [x if isinstance(x, str) else type(x).__name__ for x in gc.get_referents(dd)]
del dd
a, b = Link(), Link()
a.name, b.name = 'a', 'b'
a.next, b.next = b, a
print sorted(x for x in gc.get_referents(a) if isinstance(x, str)), gc.get_referents(a)[0] is b or b in gc.get_referents(a)
print gc.is_tracked(a), gc.is_tracked(Link())
wa = weakref.ref(Link)
gc.collect()
del a, b
print 'collected', gc.collect()


class NoisyLink(object):
    __slots__ = ('next', 'tag', '__weakref__')


x, y = NoisyLink(), NoisyLink()
x.next, y.next = y, x
x.tag, y.tag = Noisy('x tag'), Noisy('y tag')
wx = weakref.ref(x, lambda ref: sys.stdout.write('x weakref callback\n'))
del x, y
print 'collecting the NoisyLink cycle'
print 'collected', gc.collect()
print wx()


# A cycle through slots whose objects have __del__ is uncollectable in CPython 2.7: it goes
# to gc.garbage.
class Stubborn(object):
    __slots__ = ('peer',)

    def __del__(self):
        print 'Stubborn.__del__, peer is', type(self.peer).__name__


s1, s2 = Stubborn(), Stubborn()
s1.peer, s2.peer = s2, s1
del s1, s2
print 'collected', gc.collect(), [type(g).__name__ for g in gc.garbage]
for g in gc.garbage:
    g.peer = None
del gc.garbage[:]
print 'garbage released'


# An instance referring to itself through a slot only.
class Self(object):
    __slots__ = ('me', 'tag')


me = Self()
me.me = me
me.tag = Noisy('self tag')
del me
print 'collecting the self cycle'
print 'collected', gc.collect()

# A class with slots is in a cycle with its member descriptors, as in CPython.


def make_class():
    class Temp(object):
        __slots__ = ('a',)
    return Temp


w = weakref.ref(make_class(), lambda ref: sys.stdout.write('class collected\n'))
print 'class alive:', w() is not None
gc.collect()
print 'class alive:', w() is not None

# copy.copy and copy.deepcopy copy the slot values.
import copy


class Point(object):
    __slots__ = ('x', 'y', '__p')

    def __init__(self, x, y):
        self.x, self.y = x, y


pt = Point([1], 2)
c1, c2 = copy.copy(pt), copy.deepcopy(pt)
print c1.x is pt.x, c2.x is pt.x, c2.x, c2.y, hasattr(c1, '_Point__p')
del pt, c1, c2
print 'end'
