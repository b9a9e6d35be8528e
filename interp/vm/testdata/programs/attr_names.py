# Attribute name arguments: str, str subclasses and ASCII unicode are accepted; other types get
# CPython's messages, which name getattr/hasattr or the type given. object.__setattr__ and
# __delattr__ also work on objects that are not class instances.
class C(object): pass
class S(str): pass
c = C()
for f in [lambda: object.__getattribute__(c, 1), lambda: object.__setattr__(c, 1, 2), lambda: object.__delattr__(c, 1), lambda: getattr(c, 1), lambda: setattr(c, 1, 2), lambda: delattr(c, 1), lambda: hasattr(c, 1), lambda: object.__setattr__(c, S('x'), 2), lambda: object.__getattribute__(c, u'x'), lambda: object.__setattr__(c, u'y', 1), lambda: c.y, lambda: getattr(c, u'\xe9')]:
    try:
        print f()
    except Exception as e:
        print type(e).__name__, e
for f in [lambda: getattr(c, S('y')), lambda: setattr(c, S('z'), 3), lambda: c.z, lambda: hasattr(c, S('z')), lambda: delattr(c, S('z')), lambda: super(C, c).__getattribute__(1), lambda: super(C, c).__getattribute__(u'__class__')]:
    try:
        print f()
    except Exception as e:
        print type(e).__name__, e
def fn(): pass
for f in [lambda: object.__setattr__(fn, 'x', 5), lambda: fn.x, lambda: object.__delattr__(fn, 'x'), lambda: hasattr(fn, 'x')]:
    try:
        print f()
    except Exception as e:
        print type(e).__name__, e
