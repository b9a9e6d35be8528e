# Error messages and edge results of builtins and operators, each caught and printed, then
# an uncaught exception with arguments (exit status 1, CPython's last stderr line).
import sys
def check(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__ + ':', e
check(lambda: int('x'))
check(lambda: [].pop())
check(lambda: {}.pop('a'))
check(lambda: 'a' + 1)
check(lambda: 1 + 'a')
check(lambda: None.x)
check(lambda: len(5))
check(lambda: (1, 2)[5])
check(lambda: 'abc'.index('z'))
check(lambda: float('nan') == float('nan'))
check(lambda: 2 ** 0.5)
check(lambda: (-8) ** (1.0 / 3))
check(lambda: 10 % 0)
check(lambda: 1.0 / 0)
check(lambda: int(1e100))
check(lambda: [1, 2].index(3))
check(lambda: iter(5))
check(lambda: next(iter([])))
check(lambda: object().__setattr__('a', 1))
check(lambda: ''.join([1]))
check(lambda: dict([(1, 2, 3)]))
check(lambda: sorted([1, 'a', None, 2.0, (1,), [1]]))
check(lambda: unichr(0x110000))
check(lambda: u'\xe9'.encode('ascii'))
check(lambda: '\xe9'.decode('ascii'))
check(lambda: str(u'\xe9'))
check(lambda: getattr(1, 'nope'))
check(lambda: setattr(1, 'x', 2))
check(lambda: type('X', (int, str), {}))
check(lambda: {[]: 1})
check(lambda: hash([]))
check(lambda: 'x' * -1)
check(lambda: [0] * 3 + [1])
check(lambda: range(0))
check(lambda: range(1, 10, 0))
check(lambda: chr(256))
check(lambda: '%d' % 'x')
check(lambda: '%s %s' % (1,))
check(lambda: '{0} {1}'.format(1))
check(lambda: int('10', 1))
check(lambda: long('123L'))
check(lambda: float('1e500'))
check(lambda: 7 // 0.0)
check(lambda: divmod(7.5, 2))
check(lambda: 1 << 70)
check(lambda: -1 >> 70)
check(lambda: ~5 & 0xff | 3 ^ 1)
check(lambda: 0.1 + 0.2)
check(lambda: 1e22)
check(lambda: 123456789.123456789)
check(lambda: str(1e22))
check(lambda: round(1234.5678, -2))
check(lambda: cmp([1, 2], [1, 3]))
check(lambda: [1, 2] < [1, 2, 0])
check(lambda: (1, 'a') < (1, 'b'))
check(lambda: None < 0)
check(lambda: {} < [])
check(lambda: 3 < 'a')
def rec(n): return rec(n + 1)
check(lambda: rec(0))
class E(Exception):
    def __init__(self, a, b):
        Exception.__init__(self, a, b)
check(lambda: (_ for _ in ()).throw(E(1, 2)))
def f():
    try:
        raise KeyError('k')
    finally:
        print 'finally runs'
check(f)
def g():
    try:
        return 'try'
    finally:
        print 'finally before return'
check(g)
def h():
    for i in range(3):
        try:
            continue
        finally:
            print 'fin', i
check(h)
check(lambda: zip([1], 'ab', 3))
check(lambda: map(None, [1], 2))
check(lambda: zip(*[[1], ()]))
print >>sys.stderr, 'to stderr'
print 'end',
print 'same line'
raise E('x', 'y')
