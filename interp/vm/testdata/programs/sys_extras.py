# sys beyond the core: getsizeof as CPython 2.7 on x86-64 gives it (lists grow by
# list_resize's rule), the struct sequences, the hooks (a replaced excepthook reports the
# uncaught exception that ends the program).
import sys
def s(l): return sys.getsizeof(l)
l = []
out = []
for i in range(40):
    l.append(i); out.append(s(l))
print out
out = []
while l:
    l.pop(); out.append(s(l))
print out
print s(list([1,2])), s(list((1,2,3))), s(list(x for x in range(3))), s(list(x for x in range(20))), s(list(xrange(7))), s(list('abcdefghij')), s(list({1:2})), s(list(set([1,2,3])))
l = [1,2,3]; l.extend([4,5]); print s(l)
l.extend(iter([6])); print s(l)
l.insert(0, 9); print s(l)
l.remove(9); print s(l)
del l[1:4]; print s(l)
l[1:1] = range(30); print s(l)
l[:] = []; print s(l)
print s([i for i in range(10)]), s([i for i in range(100)]), s(range(100)), s([0]*10), s([1,2]+[3])
l = list(range(10)); l += [1]; print s(l)
l = [1]; l *= 20; print s(l)
import collections, weakref
class A(object): pass
class S(object): __slots__ = ('a','b')
class S0(object): __slots__ = ()
class SD(object): __slots__ = ('a', '__dict__')
class L(list): pass
class I(int): pass
class E(Exception): pass
class B: pass
class Z(object):
    def __sizeof__(self): return 1000
class N(object):
    def __sizeof__(self): return -1
def g(): yield 1
def f(): pass
o = A()
l = []
for i in range(5): l.append(i)
vals = [1, 1L, 0L, 10**30, -10**30, 1.0, 1j, True, None, '', 'abc', u'', u'abc', (), (1,), (1,2,3), [], [1,2], range(10), {}, dict.fromkeys(range(5)), dict.fromkeys(range(6)), dict.fromkeys(range(100)),
  set(), set(range(5)), set(range(6)), frozenset([1]), object(), A(), S(), S0(), SD(), L(), L([1,2]), I(5), E(), E(1,2), B(), Z(), ValueError(), ValueError('x'),
  f, g(), len, [].append, xrange(3), iter([]), iter(()), iter({}), enumerate([]), slice(1,2), property(), staticmethod(f), classmethod(f), sys, weakref.ref(o), A, int, B, Exception, Ellipsis, NotImplemented]
for v in vals:
    print type(v).__name__, sys.getsizeof(v)
try:
    sys.getsizeof(N(), 'dflt')
except ValueError as e:
    print 'ValueError with a default too:', e
print sys.getsizeof(B, 'unused'), s(sorted([3, 1, 2])), s([1, 2, 3][::2]), s(map(str, range(5))), s(zip([1], [2]))
try:
    sys.getsizeof(N())
except ValueError as e:
    print 'ValueError', e
print sys.flags.division_new, sys.flags[0], sys.float_info.max, sys.float_info.epsilon, sys.long_info
print type(sys.flags).__name__, sys.float_info.dig, len(sys.float_info)
print sys.getcheckinterval(), sys.float_repr_style, sys.gettrace(), sys.getprofile(), sys.settrace(None)
for f in [lambda: sys.gettrace(1), lambda: sys.getprofile(1, 2)]:
    try: f()
    except TypeError as e: print e
print sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__
print sys.call_tracing(max, (3, 7))
def myhook(t, v, tb):
    print 'hook:', t.__name__, v, tb.tb_lineno
sys.excepthook = myhook
raise KeyError('k')
