# isinstance asks an object whose class overrides __class__ (a proxy) for that attribute
# when the type test fails, as recursive_isinstance does; its errors are dropped.
class Target(object): pass
class Other(object): pass
class Proxy(object):
    def __init__(self, t): self._t = t
    @property
    def __class__(self):
        print 'class asked'
        return type(self._t)
p = Proxy(Target())
print isinstance(p, Target), isinstance(p, Proxy), isinstance(p, Other), isinstance(p, (Other, Target)), type(p).__name__
class Liar(object):
    __class__ = Other
print isinstance(Liar(), Other), isinstance(Liar(), Liar)
class BadClass(object):
    @property
    def __class__(self): raise AttributeError('no class')
print isinstance(BadClass(), Other), isinstance(BadClass(), BadClass)
class Err(object):
    @property
    def __class__(self): raise KeyError('boom')
try:
    print isinstance(Err(), Other)
except KeyError as e:
    print 'KeyError', e
class NotType(object):
    __class__ = 5
print isinstance(NotType(), int), isinstance(1, Target)
