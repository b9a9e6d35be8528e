# Classic instances find their special methods as attributes (instance dict and __getattr__
# count, so a delegating proxy works): items and slices, iteration, membership, calls,
# comparisons, and the number operators with __coerce__ (do_binop, half_binop). Builtin
# containers have the six comparison methods and builtin functions __call__.
class Proxy:
    def __init__(self, target):
        self.__dict__['target'] = target
    def __getattr__(self, name):
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
print len(p), p[0], list(p), 2 in p, p + [9], bool(p), p[1:], p[-2:], p[:-1]
p.append(5)
print p.target, sorted(p), p == [3, 1, 2, 5], p < [4], hash(Proxy('x')) == hash('x')
d = Proxy({'a': 1})
print d['a'], d.keys(), 'a' in d, len(d)
f = Proxy(len)
print f([1, 2])
class Inst:
    pass
i = Inst()
i.__len__ = lambda: 3
i.__getitem__ = lambda k: k * 2
i.__call__ = lambda *a: a
i.__repr__ = lambda: 'INST'
i.__add__ = lambda o: 'added'
print len(i), i[4], i(1, 2), i + 1
n = Proxy(5)
try:
    print n + 1, -n, abs(n), n * 2, 2 - n, n ** 2
except Exception as e:
    print type(e).__name__, e
class Seq:
    def __init__(self): self.data = range(5)
    def __getitem__(self, i):
        print 'getitem', i
        return self.data[i]
    def __len__(self): return 5
s = Seq()
print s[1:3], s[-2:], s[:], s[::2], list(s)[:2]
class SliceAware:
    def __getslice__(self, i, j): return ('getslice', i, j)
    def __setslice__(self, i, j, v): print 'setslice', i, j, v
    def __delslice__(self, i, j): print 'delslice', i, j
    def __len__(self): return 10
sa = SliceAware()
print sa[2:5], sa[-3:], sa[:]
sa[1:2] = 'x'
del sa[-1:]
class NoLen:
    def __getitem__(self, k): return k
try:
    print NoLen()[-1:]
except AttributeError as e:
    print e
print NoLen()[1:3], NoLen()['a':'b']
class SetDel:
    def __setitem__(self, k, v): print 'set', k, v
    def __delitem__(self, k): print 'del', k
sd = SetDel()
sd[1:3] = [0]
del sd[::2]
class Iter:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def next(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
print list(Iter()), 2 in Iter(), [x * 2 for x in Iter()]
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print e
class NoNext:
    def __iter__(self): return self
try:
    list(NoNext())
except TypeError as e:
    print e
class NotSeq: pass
try:
    iter(NotSeq())
except TypeError as e:
    print e
try:
    1 in NotSeq()
except TypeError as e:
    print e
class Contains:
    def __contains__(self, x): return x > 2
print 3 in Contains(), 1 in Contains(), 1 not in Contains()
class P:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print 'P.add', o
        return 'P+'
    def __radd__(self, o):
        print 'P.radd', o
        return '+P'
    def __repr__(self): return 'P(%r)' % self.v
class Q:
    def __repr__(self): return 'Q'
class N(object):
    def __add__(self, o):
        print 'N.add', o
        return NotImplemented
    def __radd__(self, o):
        print 'N.radd', o
        return 'N.radd'
    def __repr__(self): return 'N'
for a, b in [(P(1), 2), (2, P(1)), (P(1), P(2)), (Q(), 1), (1, Q()), (Q(), P(1)), (P(1), Q()), (N(), P(1)), (P(1), N()), (N(), Q()), (Q(), N()), ([1], Q()), (Q(), [1]), ('s', Q()), (Q(), 's')]:
    try:
        print repr(a), '+', repr(b), '=', a + b
    except TypeError as e:
        print e
class C:
    def __init__(self, v): self.v = v
    def __coerce__(self, o):
        print 'coerce', self.v, o
        if isinstance(o, (int, float)):
            return self.v, o
        return None
    def __repr__(self): return 'C(%r)' % self.v
print C(3) + 4, 4 + C(3), C(3) * 2.5, 2 ** C(3), C(10) - 1, C(1) + C(2) if False else ''
try:
    C(1) + 'x'
except TypeError as e:
    print e
class Self:
    def __coerce__(self, o): return self, o
    def __add__(self, o): return 'Self.add'
print Self() + 1, 1 + Self() if False else ''
class BadCoerce:
    def __coerce__(self, o): return 5
try:
    BadCoerce() + 1
except TypeError as e:
    print e
class IP:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        print 'IP.iadd', o
        self.items.append(o)
        return self
x = IP()
x += 1
x += [2]
print x.items
class OnlyAdd:
    def __add__(self, o): return 'OnlyAdd.add'
y = OnlyAdd()
y += 5
print y
l = [1]
class It:
    def __getitem__(self, i):
        if i > 1: raise IndexError
        return i
l += It()
print l
class Proxy:
    def __init__(self, t): self.__dict__['t'] = t
    def __getattr__(self, n): return getattr(self.t, n)
print Proxy([1]) + [2], Proxy(5) + 1, 1 + Proxy(5), Proxy(5) * 2, Proxy('ab') * 2, 3 * Proxy(4)
try:
    print Proxy(5) + 'x'
except TypeError as e:
    print e
for a, b in [([1], [2]), ([1], (1,)), ((1, 2), (1, 2)), ({1: 2}, {1: 2}), ({1: 2}, {1: 3}), (set([1]), set([1, 2])), (frozenset([1]), set([1])), (set(), []), ([1], 'a'), ({}, [])]:
    print [getattr(a, n)(b) for n in ('__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__')]
print {1: 2}.__cmp__({1: 3}), {}.__cmp__({}), {1: 1}.__cmp__({})
try:
    {}.__cmp__([])
except TypeError as e:
    print e
try:
    [].__eq__()
except TypeError as e:
    print e
class L(list): pass
print L([1]).__eq__([1]), [1].__eq__(L([1])), list.__lt__([1], [2])
