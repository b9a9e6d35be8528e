# __slots__: declaration forms and their errors, inheritance, __dict__ and __weakref__
# slots, layout conflicts between bases, builtin bases, sizes.
import weakref


def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e


def members(cls):
    return sorted(k for k, v in cls.__dict__.items() if type(v).__name__ == 'member_descriptor')


def make(slots, bases=(object,), name='T'):
    return type(name, bases, {'__slots__': slots})


# Forms: one string, any iterable of strings, unicode converted with the default codec.
print members(make('abc')), members(make(['b', 'a'])), members(make(iter(('i', 'j'))))
print members(make({'k1': 1, 'k2': 2})), members(make(u'uni')), members(make((u'x', 'y')))
print members(make(())), members(make([])), make('abc').__slots__, make(['b', 'a']).__slots__
print type(make((u'x',)).__dict__['x'].__name__).__name__
show(lambda: make(1))
show(lambda: make(None))
show(lambda: make([1]))
show(lambda: make(['ok', 2.5]))
show(lambda: make([u'\xe9']))
show(lambda: make(['\xe9']))
show(lambda: make(['']))
show(lambda: make(['1a']))
show(lambda: make(['a b']))
show(lambda: make(['a-b']))
show(lambda: make(['a\0b']))
show(lambda: make(['_1', 'A_z9']).__name__)
show(lambda: members(make(['a', 'a'])))


def gen():
    yield 'g1'
    raise ValueError('from the iterable')


show(lambda: make(gen()))

# The same errors from a class statement carry build_class's prefix.
for decl in ['1', '[3]', "['no good']", "['__dict__', '__dict__']", "[u'\\xe9']"]:
    try:
        exec 'class C(object):\n    __slots__ = %s\n' % decl
    except Exception as e:
        print type(e).__name__, e

# __dict__ and __weakref__ slots.
WD = make(('a', '__dict__'))
w = WD()
w.a, w.other = 1, 2
print w.__dict__, members(WD), hasattr(w, '__weakref__')
show(lambda: weakref.ref(w))
WW = make(('__weakref__',))
ww = WW()
print ww.__weakref__
r = weakref.ref(ww)
print ww.__weakref__ is r, r() is ww, weakref.getweakrefcount(ww)
show(lambda: setattr(ww, 'x', 1))
show(lambda: make(('__dict__', '__dict__')))
show(lambda: make(('__weakref__', '__weakref__')))
show(lambda: make(('__dict__',), (WD,)))
show(lambda: make(('__weakref__',), (WW,)))
show(lambda: make(('__dict__',), (Exception,)))
show(lambda: make(('__weakref__',), (set,)))
show(lambda: make(('__weakref__',), (file,)).__name__)
print type(WD.__dict__['__dict__']).__name__, type(WW.__dict__['__weakref__']).__name__
print repr(WD.__dict__['__dict__']), repr(WW.__dict__['__weakref__'])
show(lambda: setattr(w, '__dict__', {'z': 26}))
print w.z, w.__dict__
show(lambda: setattr(w, '__dict__', [1]))
del w.__dict__
print w.__dict__, w.a


# Inheritance: a subclass without __slots__ gets a dict and weak references back; one
# with __slots__ adds its own; an empty __slots__ adds nothing.
class Base(object):
    __slots__ = ('a',)


class Plain(Base):
    pass


class More(Base):
    __slots__ = ('b',)


class Empty(Base):
    __slots__ = ()


pl = Plain()
pl.a, pl.z = 1, 2
print pl.a, pl.__dict__, weakref.ref(pl)() is pl, sorted(Plain.__dict__)
mo = More()
mo.a, mo.b = 'A', 'B'
print mo.a, mo.b, members(More), hasattr(mo, '__dict__')
show(lambda: setattr(mo, 'c', 1))
show(lambda: setattr(Empty(), 'c', 1))
print isinstance(mo, Base), issubclass(More, Base)


class Again(Plain):
    __slots__ = ('c',)


ag = Again()
ag.a, ag.c, ag.d = 1, 2, 3
print ag.a, ag.c, ag.__dict__, weakref.ref(ag)() is ag
show(lambda: make(('__dict__',), (Plain,)))
show(lambda: make(('__weakref__',), (Plain,)))


# Layout conflicts: two bases that both add slots cannot be combined; empty slots and
# dict-only additions can.
class A1(object):
    __slots__ = ('x',)


class A2(object):
    __slots__ = ('y',)


class E1(object):
    __slots__ = ()


class D1(object):
    pass


show(lambda: make((), (A1, A2)))
show(lambda: make(('z',), (A1, A2)))


def combine(*bases):
    # The class made from bases, and whether its layout still conflicts with A2's (which
    # tells which base it extends).
    try:
        cls = type('C', bases, {})
    except TypeError as e:
        return 'TypeError %s' % e
    try:
        type('D', (cls, A2), {})
        return 'extends object'
    except TypeError:
        return 'extends a layout with slots'


print combine(A1, A2)
show(lambda: make(('z',), (A1, A2)))
print combine(A1, E1), combine(E1, A1), combine(D1, A1), combine(E1, D1), combine(D1, E1)
print combine(A1, list), combine(list, E1), combine(int, E1), combine(int, float)
print combine(KeyError, IOError), combine(IOError, KeyError), combine(IOError, SyntaxError)
print combine(type('S1', (str,), {}), type('S2', (str,), {})), combine(type('S3', (str,), {}), str)
WR = make(('__weakref__',))
DI = make(('__dict__',), (WR,))
AD1 = make(('__dict__',))
AX = make(('x',), (A1,))
print combine(DI, E1), combine(DI, A1), combine(AD1, A1), combine(A1, AX), combine(AX, A1)


# A secondary base may bring the dict or the weakref list.
class Mixed(A1, D1):
    __slots__ = ('m',)


mx = Mixed()
mx.x, mx.m, mx.free = 1, 2, 3
print mx.__dict__, weakref.ref(mx)() is mx, sorted(Mixed.__dict__)


class Classic:
    pass


class WithClassic(A1, Classic):
    __slots__ = ()


wc = WithClassic()
wc.extra = 1
print wc.__dict__, weakref.ref(wc)() is wc
show(lambda: type('OnlyClassic', (Classic,), {'__slots__': ()}))

# Builtin bases: no nonempty __slots__ on the variable-sized types.
for B in (long, str, tuple, type):
    show(lambda: make(('a',), (B,)))
    show(lambda: make((), (B,)).__name__)
    show(lambda: make(('__dict__',), (B,)))
SL = type('SL', (str,), {})
show(lambda: make(('a',), (SL,)))


class LS(list):
    __slots__ = ('tag',)


ls = LS([1, 2])
ls.tag = 't'
print ls, ls.tag, len(ls), hasattr(ls, '__dict__')
show(lambda: weakref.ref(ls))
show(lambda: setattr(ls, 'other', 1))


class IS(int):
    __slots__ = ('unit',)


i = IS(5)
i.unit = 'kg'
print i + 1, i.unit, repr(i)


class DS(dict):
    __slots__ = ('default',)

    def __missing__(self, key):
        return self.default


ds = DS(a=1)
ds.default = 0
print ds['a'], ds['b'], ds


class FS(frozenset):
    __slots__ = ()


print sorted(FS([1]) | FS([2])), weakref.ref(FS([3])) is not None


class ES(Exception):
    __slots__ = ('code',)


try:
    e = ES('boom')
    e.code = 3
    e.extra = 4
    raise e
except ES as caught:
    print caught, caught.code, caught.extra, caught.args, caught.__dict__

# Changing __slots__ after the class exists changes nothing.
Base.__slots__ = ('a', 'b', 'c')
print members(Base)
show(lambda: setattr(Base(), 'b', 1))
