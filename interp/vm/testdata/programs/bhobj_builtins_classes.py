# Builtins with classes: pow with a modulus (ternary_op: only the first operand's __pow__),
# divmod's dispatch, callable() of classic instances, isinstance with classic classes and
# instances ('instance' and 'classobj' are subtypes of object, not of type).
for a in [(2, 3, 'x'), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ('a', 3, 5), (2, 'b', 5), (2L, 3, 5), (1j, 2, 3), (2, 3, None), (True, 2, 3), (2, -1, 5), (2, 3, 0), (None, None, None)]:
    try:
        print repr(pow(*a))
    except Exception as e:
        print type(e).__name__, e
class V(object):
    def __init__(self, v): self.v = v
    def __pow__(self, e, m=None): return ('pow', self.v, e, m)
    def __rpow__(self, b): return ('rpow', b, self.v)
class W(object):
    def __pow__(self, e, m=None): return NotImplemented
class C:
    def __pow__(self, e, m=None): return ('C.pow', e, m)
for a in [(V(2), 3, 5), (2, V(3), 5), (2, 3, V(5)), (W(), 1, 2), (C(), 1, 2), (V(1), 2), (2, V(1)), (C(), 2), (2, C())]:
    try:
        print repr(pow(*a))
    except Exception as e:
        print type(e).__name__, e
class P: pass
p = P()
print callable(p)
p.__call__ = lambda: 1
print callable(p)
class G:
    def __getattr__(self, n):
        if n == '__call__': return lambda: 'via getattr'
        raise AttributeError(n)
print callable(G()), G()()
class V(object):
    def __init__(self, v): self.v = v
    def __repr__(self): return 'V(%r)' % self.v
    def __divmod__(self, o): return ('divmod', self.v, o)
    def __rdivmod__(self, o): return ('rdivmod', o, self.v)
class W(V):
    def __rdivmod__(self, o): return ('W.rdivmod', o)
class NI(object):
    def __divmod__(self, o): return NotImplemented
class C:
    def __repr__(self): return 'C()'
    def __divmod__(self, o): return 'C.divmod'
    def __rdivmod__(self, o): return 'C.rdivmod'
class I(int): pass
for a, b in [(V(1), 2), (2, V(1)), (V(1), W(2)), (W(1), V(2)), (NI(), 1), (1, NI()), (C(), 1), (1, C()), (7, 2), (I(7), 2), (7.5, I(2)), ('a', 1), (1, 'a'), (V(1), C()), (C(), V(1))]:
    try:
        print divmod(a, b)
    except Exception as e:
        print type(e).__name__, e
import types
class P: pass
class Q(P): pass
class N(object): pass
p, q, n = P(), Q(), N()
for o in [p, q, n, P, Q, N, 1]:
    print [isinstance(o, c) for c in (P, Q, N, object, type, types.InstanceType, types.ClassType, (int, P))]
for c in [P, Q, N]:
    print [issubclass(c, d) for d in (P, Q, N, object, (N, P))]
try:
    issubclass(p, P)
except TypeError as e:
    print e
print type(p) is types.InstanceType, type(P) is types.ClassType, isinstance(p, (types.InstanceType,))
class P:
    pass
class Q:
    def __call__(self): pass
class N(object):
    pass
print callable(P), callable(P()), callable(Q()), callable(N), callable(N()), callable(None)
p = P()
p.__call__ = lambda: 1
print callable(p)
print map(lambda x, y: (x, y), [1, 2, 3], 'ab'), map(None, [1], [2, 3]), zip([1, 2, 3], 'ab')
it = iter([1, 2, 3, 4])
print zip(it, it), list(it)
print sorted([3, 1, 2], cmp=lambda a, b: b - a, key=lambda x: x * 2), sorted('bac', key=ord, reverse=True)
print min(1, 2, key=lambda x: -x), max('a', 'bb', 'c', key=len), max([], key=len) if False else '', min([(1, 'b'), (1, 'a')])
class V(object):
    def __init__(self, v): self.v = v
    def __pow__(self, e, m=None): return ('pow', self.v, e, m)
    def __rpow__(self, b): return ('rpow', b, self.v)
    def __divmod__(self, o): return ('divmod', self.v, o)
    def __rdivmod__(self, o): return ('rdivmod', o, self.v)
    def __float__(self): return 2.5
    def __abs__(self): return 'abs'
    def __reversed__(self): return iter('rev')
    def __index__(self): return 3
    def __trunc__(self): return 9
print pow(V(2), 3), pow(V(2), 3, 5), pow(2, V(3)), divmod(V(1), 2), divmod(2, V(1)), round(V(0)), abs(V(0)), list(reversed(V(0)))
print int(V(0)), bin(V(0)), [1, 2, 3, 4][V(0)]
class Sentinel(object):
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print list(iter(Sentinel(), 4))
try:
    iter(5, 1)
except TypeError as e:
    print e
print isinstance(P(), P), isinstance(P(), object), issubclass(P, object), isinstance(P, type), type(P).__name__
print getattr(P(), '__class__') is P, hasattr(P(), '__dict__'), vars(P()) if True else '', P.__dict__.keys()
print divmod(7, 2), divmod(-7, 2), divmod(7.0, -2), pow(2, -1), pow(-2, 0.5) if False else '', pow(3, 4, 5), pow(2L, 100, 7)
try:
    pow(2, 3.0, 5)
except TypeError as e:
    print e
try:
    pow(2, -1, 5)
except (TypeError, ValueError) as e:
    print type(e).__name__, e
print round(2.5), round(-2.5), round(0.15, 1), round(1234.5678, -2), round(5L), round(True)
print cmp(P(), P()) in (-1, 1), cmp(1, None), cmp('a', u'a'), cmp([], ()), cmp(1.0, 1)
print id(p) == id(p), hash(P) == hash(P), type(hash(p))
print all(x for x in [1, 2]), any([]), sum(xrange(5)), sum([[1], [2]], []), sum((0.5, 0.25))
print list(enumerate('ab', -2)), dict(enumerate('xy')), list(zip(*[(1, 'a'), (2, 'b')]))
print apply(lambda *a, **k: (a, k), (1,), {'z': 2})
print filter(lambda x: x % 2, xrange(6)), reduce(lambda a, b: a + b, 'abc'), reduce(lambda a, b: a * b, [], 1)
print unichr(65), chr(255) == '\xff', ord(u'\u20ac'), ord('\n')
try:
    ord('ab')
except TypeError as e:
    print e
try:
    chr(256)
except ValueError as e:
    print e
print oct(-8), hex(-255L), bin(-3), bin(0), int('-0b101', 0), int('0o17', 0), int('017', 0), long('0x1F', 16)
print format(1234567, ','), format(0.5, '%'), format('s', '^5'), format(True), format(None)
print slice(1, 10, 2).indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4)
