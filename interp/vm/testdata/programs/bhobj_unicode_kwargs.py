# Unicode keyword names passed with ** (from unicode_literals, or json's dicts): matched to parameters
# by ==, kept as unicode in **kwargs.
from __future__ import unicode_literals
def f(a, b=2, **kw):
    return a, b, kw
print f(**{'a': 1}), f(1, **{'b': 3, 'c': 4}), f(**dict(a=1, z=2))
data = dict(a=5, b=6, extra=7)  # unicode keys under unicode_literals, as json gives
data = dict((k.decode('ascii') if isinstance(k, bytes) else k, v) for k, v in data.items())
print f(**data)
class P(object):
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(**{'x': 1, 'y': 2})
print p.x, p.y
try:
    f(1, **{'a': 2})
except TypeError as e:
    print e
def g(a): return a
try:
    g(**{'zz': 1})
except TypeError as e:
    print e
def h(**kw): return kw
print h(**{'q': 1, str('r'): 2})
try:
    h(q=1, **{'q': 2})
except TypeError as e:
    print e
print dict(**{u'a': 1}), dict(x=1, **{u'y': 2})
def k(**kw): return kw
print k(**{u'a': 1, u'\xe9': 2}).keys()
try:
    k(**{1: 2})
except TypeError as e:
    print e
def m(a): return a
try:
    m(**{u'\xe9': 1})
except TypeError as e:
    print type(e).__name__
except UnicodeEncodeError as e:
    print 'UEE'
