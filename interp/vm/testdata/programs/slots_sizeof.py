# __slots__ and sys.getsizeof: an instance is as big as CPython's layout says, a word per
# slot, for the dict pointer and for the weakref list, after its builtin base's struct.
import sys


def make(slots, bases=(object,), name='T'):
    return type(name, bases, {'__slots__': slots})


class Base(object):
    __slots__ = ('a',)


class Plain(Base):
    pass


class More(Base):
    __slots__ = ('b',)


class Empty(Base):
    __slots__ = ()


class Again(Plain):
    __slots__ = ('c',)


class A1(object):
    __slots__ = ('x',)


class E1(object):
    __slots__ = ()


class D1(object):
    pass


class Mixed(A1, D1):
    __slots__ = ('m',)


class Classic:
    pass


class WithClassic(A1, Classic):
    __slots__ = ()


class LS(list):
    __slots__ = ('tag',)


class IS(int):
    __slots__ = ('unit',)


class DS(dict):
    __slots__ = ('default',)


class FS(frozenset):
    __slots__ = ()


WD = make(('a', '__dict__'))
WW = make(('__weakref__',))
# sys.getsizeof agrees with CPython's layout: a word per slot, dict and weakref list.
for cls in (Base, Plain, More, Empty, Again, A1, E1, D1, WD, WW, Mixed, WithClassic,
            make(('a', 'b', 'c')), make(('a', '__dict__', '__weakref__')), make(('a', 'a'))):
    print cls.__name__, sys.getsizeof(cls())
for cls, arg in ((LS, [1]), (IS, 5), (DS, {}), (FS, [1]), (type('LP', (list,), {}), [1]),
                 (type('LL', (long,), {}), 12345678901234567890), (type('TT', (tuple,), {}), (1, 2)),
                 (type('SP', (set,), {}), ()), (type('IOE', (IOError,), {}), ()),
                 (type('IOS', (IOError,), {'__slots__': ('a', 'b')}), ())):
    print cls.__name__, sys.getsizeof(cls(arg)) - sys.getsizeof(cls.__base__(arg))
print sys.getsizeof(IOError()), sys.getsizeof(SyntaxError()), sys.getsizeof(SystemExit())
print sys.getsizeof(UnicodeDecodeError('ascii', '', 0, 0, 'r'))


Base.__slots__ = ('a', 'b', 'c')
print sys.getsizeof(Base())
