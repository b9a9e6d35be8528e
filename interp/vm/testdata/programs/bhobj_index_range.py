# Indexing an object without __getitem__ (PySequence_GetItem's message for classes and sets),
# and range()/xrange() arguments read as PyArg_ParseTuple's 'l' and handle_range_longs read them.
class Plain(object): pass
class Ix(object):
    def __index__(self): return 0
for o in [Plain(), set([1]), frozenset(), object(), 5, None]:
    for k in [0, 'a', 1L, True, Ix(), 1.5]:
        try:
            o[k]
        except TypeError as e:
            print type(o).__name__, repr(k)[:8], e
class N(object):
    def __int__(self): return 3
class I(object):
    def __index__(self): return 2
class Old:
    def __int__(self): return 4
for args in [(N(),), (I(),), (1.5,), ('a',), (1, 'a'), (1, 3, 0.5), (N(), 5, N()), (True,), (1, I()), (N(), 'a'), (Old(),), (5L,), (1, 10, 3L), (None,), (2**70,)]:
    for f in (range, xrange):
        try:
            print f.__name__, repr(f(*args))[:40]
        except Exception as e:
            print f.__name__, type(e).__name__, e
class Bad(object):
    def __int__(self): return 'x'
for args in [(Bad(),), (1, Bad()), (Bad(), 'a'), ('a', Bad()), (1, 2, 'q'), ('a', 1.5), (I(), 2, 'x')]:
    for f in (range, xrange):
        try:
            print f.__name__, repr(f(*args))[:40]
        except Exception as e:
            print f.__name__, type(e).__name__, e
