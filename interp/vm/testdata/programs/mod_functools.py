# functools: partial, reduce, wraps and update_wrapper, total_ordering, cmp_to_key.
import functools
from functools import partial, reduce, wraps, update_wrapper, total_ordering, cmp_to_key

base2 = partial(int, base=2)
print base2('1010'), base2('11', base=3), base2.func is int, base2.args, base2.keywords
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print add3(3), add3.args, add3.keywords
p2 = partial(add3, 10)
print p2()
print reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 'start'), functools.reduce is reduce
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print 'TypeError', e
for bad in [lambda: partial(), lambda: partial(5)]:
    try:
        bad()
    except TypeError as e:
        print 'TypeError', e


def deco(f):
    @wraps(f)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return f(*args, **kwargs) * 2
    return wrapper


@deco
def double_me(x):
    """Return x (doubled by the decorator)."""
    return x

print double_me(21), double_me.__name__, double_me.__doc__, double_me.__module__


def plain():
    pass
plain.custom = 'attr'


def other():
    """other doc"""
update_wrapper(other, plain)
print other.__name__, other.__doc__, other.custom
print functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES


@total_ordering
class Version(object):
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n

    def __repr__(self):
        return 'V%d' % self.n

a, b = Version(1), Version(2)
print a < b, a <= b, a > b, a >= b, b >= a, a <= a, sorted([b, a]), max(a, b)


@total_ordering
class Rev(object):
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n

print Rev(1) < Rev(2), Rev(3) <= Rev(3), Rev(2) >= Rev(5)
try:
    total_ordering(type('NoOrder', (object,), {}))
except ValueError as e:
    print 'ValueError', e


def numeric_desc(x, y):
    return y - x

print sorted([3, 1, 2], key=cmp_to_key(numeric_desc)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda x, y: len(x) - len(y)))
k = cmp_to_key(cmp)
print k(1) < k(2), k(2) == k(2), k(3) > k(1)

# partial is a type: attributes, subclasses, nesting.

p = functools.partial(max, 3, key=abs)
print p(-5, 2), p.keywords, p.args, p.func, type(p), repr(p).split(' at ')[0], callable(p)
class MyPartial(functools.partial):
    def describe(self):
        return 'partial of %s' % self.func.__name__
mp = MyPartial(min, 4)
print mp(9), mp.describe(), isinstance(mp, functools.partial), mp.args
print functools.partial(functools.partial(pow, 2), 10)(), functools.partial(int, '10', base=2)()
try:
    functools.partial(int, 'x')(base=10)
except ValueError as e:
    print 'ValueError', e
