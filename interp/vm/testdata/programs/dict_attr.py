# The __dict__ attribute: replaced and deleted on instances (with and without __slots__)
# and on functions, with CPython 2.7's messages for what is refused.
class C(object): pass
c = C(); c.x = 1
try:
    del c.__dict__
    print c.__dict__
except Exception as e:
    print type(e).__name__, e
try:
    c.__dict__ = 3
except Exception as e:
    print type(e).__name__, e
c.__dict__ = {'z': 5}
print c.z
class S(object):
    __slots__ = ('__dict__',)
s = S(); s.y = 2
del s.__dict__
print s.__dict__
def f(): pass
f.__dict__ = {'a': 1}
print f.a, f.__dict__
for v in [3, None]:
    try:
        f.__dict__ = v
    except Exception as e:
        print type(e).__name__, e
try:
    del f.__dict__
except Exception as e:
    print type(e).__name__, e
print object.__dict__['__class__'] is not None
class T(object):
    __slots__ = ('a',)
t = T()
for act in [lambda: t.__dict__, lambda: setattr(t, '__dict__', {})]:
    try:
        print act()
    except Exception as e:
        print type(e).__name__, e
