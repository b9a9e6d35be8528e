# The eval loop's inline fast paths (int and float arithmetic, list and tuple items, loads
# run back to back) must give exactly what the general paths give, errors, reflected
# methods of subclasses and release order included.
import sys


def arith():
    big = sys.maxint
    print big + 1, type(big + 1).__name__          # int overflow: a long, never a float
    print -big - 2, type(-big - 2).__name__
    print big * 2, 7 / 2, -7 / 2, 7 // -2
    print 1.5 + 2, 2 - 0.25, 3 * 0.5, 7 / 2.0, 1 / 3.0
    print repr(0.1 + 0.2), repr(1e308 * 10), repr(-1e308 * 10)
    x = 10
    x += 2.5
    x -= 1
    x *= 2
    x /= 4
    print repr(x)
    f = float('nan')
    print f != f, repr(f + 1)
    print repr(2 ** 53 + 1.0), repr(float(2 ** 53 + 1))
    for a, b in [(1.0, 0), (1, 0.0), (0.0, 0.0)]:
        try:
            a / b
        except ZeroDivisionError as e:
            print 'ZeroDivisionError', e
    try:
        1.0 + 'x'
    except TypeError as e:
        print 'TypeError', e
    try:
        x = 5.0
        x /= 0
    except ZeroDivisionError as e:
        print 'ZeroDivisionError', e
    print repr(5 % 3.0), repr(-5 // 2.0), repr(2.0 ** 0.5)


class Num(float):
    def __add__(self, other):
        return 'Num.__add__'

    def __radd__(self, other):
        return 'Num.__radd__'


class Plain(float):
    pass


def number_methods():
    # A number's own methods take only operands of their kind or lower; the other side's
    # reflected method answers the rest.
    print Num(1) + 1.0, 1.0 + Num(1), 2 + Num(3), 2L + Num(3), 2 + Plain(3), 2 * Plain(1.5)
    print (2).__add__(3.0), (2).__add__(3L), (2L).__add__(3), (2L).__add__(3.0)
    print (2.0).__add__(3), (2.0).__add__(3L), (2.0).__add__(1j), (1j).__add__(2.0)
    print (2).__radd__(3.0), (2.0).__rsub__(5), (2).__and__(1.0)
    print hasattr(1.5, '__lshift__'), hasattr(1L, '__lshift__'), hasattr(1, '__rxor__'), hasattr(1j, '__and__')


class Items(list):
    def __getitem__(self, i):
        return 'Items[%r]' % (i,)

    def __setitem__(self, i, v):
        print 'Items[%r] = %r' % (i, v)


class Chars(str):
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return 'c%d' % i


def subscripts():
    l = [10, 20, 30]
    t = (1, 2, 3)
    print l[0], l[-1], l[2], t[-3], t[1], l[True]
    for bad in (3, -4, 2 ** 70):
        for seq in (l, t):
            try:
                seq[bad]
            except IndexError as e:
                print type(seq).__name__, 'IndexError', e
    try:
        l['a']
    except TypeError as e:
        print 'TypeError', e
    l[1] = 'x'
    l[-1] = 'y'
    print l
    for bad in (3, -4):
        try:
            l[bad] = 0
        except IndexError as e:
            print 'IndexError', e
    r = range(5)
    r[2] = 'two'
    print r, r[-2]
    i = Items([1, 2])
    print i[0], i[-1]
    i[0] = 'z'
    # A list subclass that overrides only __getitem__ still iterates its items; a str
    # subclass iterates through its __getitem__.
    print list(i), [x for x in i], sorted(i), tuple(i)
    print list(Chars('abcdef'))


class Dies(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print 'del', self.name


def lifetimes():
    # list_ass_item puts the new item in place before it releases the old one.
    l = [Dies('a'), Dies('b')]
    print 'store 0'
    l[0] = Dies('c')
    print 'store -1'
    l[-1] = None
    print 'end', len(l)
    del l
    a, b, c = 1, 2.5, 'three'
    print a, b, c, a, c, b


def with_defaults(a, b=[], c='c'):
    b.append(a)
    return a, b, c


class Counter(object):
    def __init__(self, start=10):
        self.n = start

    def add(self, k=1, times=1):
        self.n += k * times
        return self.n


def calls():
    # Calls that leave parameters to their defaults run in the eval loop too; the
    # defaults are bound after the arguments, and a mutable default is shared.
    print with_defaults(1), with_defaults(2), with_defaults(3, [0]), with_defaults(4, [], 'x')
    c = Counter()
    print c.add(), c.add(5), c.add(2, 3), Counter(1).add(), Counter.add(c, 100)
    for bad in [lambda: with_defaults(), lambda: with_defaults(1, 2, 3, 4), lambda: c.add(1, 2, 3)]:
        try:
            bad()
        except TypeError as e:
            print 'TypeError', e

    def recurse(n, acc=0):
        if n == 0:
            return acc
        return recurse(n - 1, acc + n)
    print recurse(100)


arith()
calls()
number_methods()
subscripts()
lifetimes()
