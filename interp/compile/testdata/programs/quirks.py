# CPython 2.7 quirks the compiler must reproduce.
f = lambda: 1; g = lambda: 1.0
h = lambda: 0; k = lambda: 0
same = (lambda x: x, lambda x: x)
a = 1.0; b = 1; c = 1L; d = 1j; e = -0.0; e2 = 0.0
t = (0.0, -0.0)
def consts_shared():
    return 1, 1.0, 1L, 'a', u'a', 0.0, -0.0, 0j, -0j

def gen_in_listcomp(y):
    l = [(yield x) for x in y]

def setcomp_yield(y):
    return {(yield x) for x in y}

a.b = c[0] = d = 1
x = y = z = []
(p, q), r = s = [(1, 2), 3]

try:
    import json
except ImportError:
    json = None

def deco(fn):
    return fn

class Meta(type):
    pass

class WithMeta(object):
    __metaclass__ = Meta

    @deco
    def m(self, *a, **k):
        def helper():
            return self, a, k
        return helper

lam = lambda *a, **k: (a, k)
lam_def = lambda a, (b, c)=(1, 2), *rest: a + b + c
