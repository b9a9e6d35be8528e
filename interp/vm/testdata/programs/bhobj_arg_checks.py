# Argument checks of itertools and builtins in CPython's order and words: islice's bounds
# (PyInt_AsSsize_t, stop first), repeat/combinations/product's 'n' arguments, permutations'
# r, product with repeat=0, reduce's 'arg 2 must support iteration', methodcaller with any
# name, enumerate's start before its iterable, sum's iterable before its start.
import itertools as it
class I(object):
    def __int__(self): return 2
    def __repr__(self): return 'I()'
class X(object):
    def __index__(self): return 2
    def __repr__(self): return 'X()'
for a in [(1.5,), ('a', 2), (2, 1.5), (-1,), (1, -2), (1, -1), (1, 2, 0), (None, None, None), (1, None, 2L), (True,), (I(),), (X(),), (None,), (0, 3, 1.9), (0, 3, 'x'), (2**70,), ('a', -5), (-1, 'b'), (1, 4, -1)]:
    try:
        print a, list(it.islice('abcdef', *a))
    except Exception as e:
        print a, type(e).__name__, e
try:
    it.islice(5, 'x')
except Exception as e:
    print type(e).__name__, e
try:
    it.islice(5, 2)
except Exception as e:
    print type(e).__name__, e
for args in [(1, None), (2, 1.5), ('a', 2), (1, -1), (1, 2L)]:
    try:
        print list(it.repeat(*args))[:3]
    except Exception as e:
        print type(e).__name__, e
for args in [((), 1.5), ('ab', None), ('ab', -1), ('abc', 2L), ('ab', 'x')]:
    try:
        print list(it.permutations(*args))[:3]
    except Exception as e:
        print type(e).__name__, e
for args in [('ab', 1.5), ('ab', -1), ('abc', 2L), ('ab', None)]:
    try:
        print list(it.combinations(*args))[:3]
    except Exception as e:
        print type(e).__name__, e
try:
    print list(it.product(True, repeat=0))
except Exception as e:
    print type(e).__name__, e
try:
    print list(it.product('ab', repeat=-1))
except Exception as e:
    print type(e).__name__, e
try:
    print list(it.product('ab', repeat=1.5))
except Exception as e:
    print type(e).__name__, e
import functools, operator, heapq
for args in [(operator.add, 5), (operator.add, [1, 2]), (operator.add, [], 0), (operator.add, []), (None, [1]), (operator.add, 'abc')]:
    try:
        print reduce(*args), functools.reduce(*args)
    except TypeError as e:
        print e
for name in [5, None, 'upper', u'upper']:
    try:
        print operator.methodcaller(name)('ab')
    except Exception as e:
        print type(e).__name__, e
for s in [1.5, 'a', None, 2L, True]:
    try:
        print list(enumerate('ab', s))
    except TypeError as e:
        print e
try:
    enumerate(5, 'x')
except TypeError as e:
    print e
for a in [(5, 'a'), ([1], 'a'), ([1], u'a'), ([], u''), (['a'], None)]:
    try:
        print sum(*a)
    except TypeError as e:
        print e
