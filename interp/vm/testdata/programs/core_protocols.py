class V(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __ne__(self, o):
        return not self == o
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return 'V(%d, %d)' % (self.x, self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __neg__(self):
        return V(-self.x, -self.y)
    def __nonzero__(self):
        return bool(self.x or self.y)
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
a, b = V(1, 2), V(3, 4)
print a + b, 3 * a, a * 3, -a, sum([a, b]), a == V(1, 2), a != b, list(a), len(a)
c = a
c += b
print a, c is a, bool(V(0, 0)), {a: 'a'}[V(4, 6)], sorted([b, a, V(0, 9)])
print max([a, b]), min(b, a), a in [V(4, 6)]
class Dyn(object):
    def __getattr__(self, name):
        if name.startswith('x'):
            return name.upper()
        raise AttributeError(name)
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
d = Dyn()
d.v = 5
print d.xyz, d.v, hasattr(d, 'nope')
class Seq(object):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print list(Seq()), 20 in Seq(), [x for x in Seq()]
class Ctx(object):
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print 'enter'
        return self
    def __exit__(self, t, v, tb):
        print 'exit', t.__name__ if t else None, v
        return self.suppress
with Ctx(True):
    raise ValueError('suppressed')
try:
    with Ctx(False) as cc:
        raise KeyError('propagates')
except KeyError as e:
    print 'caught', e
def using():
    with Ctx(False):
        return 'returned from with'
print using()
for i in range(3):
    with Ctx(False):
        if i == 1:
            continue
        if i == 2:
            break
class Cmp(object):
    def __init__(self, v):
        self.v = v
    def __cmp__(self, o):
        return cmp(self.v, o.v)
print sorted([Cmp(3), Cmp(1), Cmp(2)], key=lambda c: c.v)[0].v, Cmp(1) < Cmp(2), Cmp(2) == Cmp(2)
print sorted([3, 1, 2], cmp=lambda x, y: y - x), sorted(['b', 'A', 'c'], key=str.lower), sorted([1, 2, 3], reverse=True)
class CallMe(object):
    def __call__(self, *a):
        return 'called with %r' % (a,)
print CallMe()(1, 2), callable(CallMe()), callable(3)
class It(object):
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def next(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print list(It()), dict(zip('abc', It()))
print 1 if [] else 2, [] or 'default', 0 and 1, not None
ns = {}
exec 'x = 5\ny = x * 2' in ns
print ns['y'], eval('x + y', ns), eval('1 + 2')
exec "print 'exec works'"
code = compile('a * 2', '<expr>', 'eval')
print eval(code, {'a': 21})
print getattr(3, '__add__')(4), (3).__add__(4), int.__add__(3, 4), str.upper('abc')
print type('Dynamic', (object,), {'k': 1})().k
print isinstance(True, int), bool.__mro__, type(None).__name__
