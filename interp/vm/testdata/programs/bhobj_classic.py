# Classic instances: truth, len and the unary operators look their methods up as
# attributes (so a missing one is an AttributeError), with classobject.c's checks and
# messages; binary operators and containment name the type 'instance'.
class P:
    pass
class L:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
class N:
    def __init__(self, v): self.v = v
    def __nonzero__(self): return self.v
class G:
    def __getattr__(self, name):
        if name == '__len__':
            return lambda: 4
        raise AttributeError(name)
class NL(object):
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
class I(object):
    def __int__(self): return 2
for k in (L, N, NL):
    for v in [3, 0, 3L, 2.5, True, -1, -1L, 2**70, I(), '3', None]:
        try:
            print k.__name__, repr(v)[:12], bool(k(v)),
            print len(k(v))
        except Exception as e:
            print type(e).__name__, e
p = P()
p.__len__ = lambda: 7
print len(p), bool(p), len(G()), bool(G()), bool(P())
for f in [lambda: len(P()), lambda: -P(), lambda: +P(), lambda: ~P(), lambda: abs(P()),
          lambda: P()(), lambda: 1 in P(), lambda: P() + 1, lambda: 1 - P(), lambda: [] + P(),
          lambda: () + P(), lambda: 'ab' + P(), lambda: [1] * P()]:
    try:
        print f()
    except Exception as e:
        print type(e).__name__, e
def setitem(): P()[0] = 1
def delitem(): del P()[0]
for f in (setitem, delitem):
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
class Neg:
    def __neg__(self): return 'neg'
    def __abs__(self): return 'abs'
    def __index__(self): return 2
print -Neg(), abs(Neg()), [1, 2] * Neg(), 'xy' * Neg()
class Idx(object):
    def __index__(self): return 3
print [0] * Idx(), (1,) * Idx()
