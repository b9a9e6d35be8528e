"""Module docstring."""

if a:
    pass
if a: pass
if a:
    x
elif b:
    y
elif c: z
else:
    w
if a:
    pass
else:
    if b:
        pass

while x:
    x -= 1
else:
    done = True
while 1: pass

for i in range(3):
    print i
for i, j in pairs:
    pass
for (i, j), k in nested:
    pass
else:
    print "else"
for i, in singles: pass
for x.attr in items: pass
for x[0] in items: pass

try:
    risky()
except:
    pass
try:
    risky()
except ValueError:
    pass
except (TypeError, KeyError), e:
    pass
except IndexError as e:
    pass
except Exception, (a, b):
    pass
else:
    ok()
try:
    risky()
finally:
    cleanup()
try:
    risky()
except E:
    handle()
else:
    ok()
finally:
    cleanup()
try:
    pass
except E:
    pass
finally:
    pass

with open("f") as f:
    data = f.read()
with lock:
    pass
with a as b, c as (d, e), f:
    pass
with a() as x.y: pass

def f():
    "docstring"
def f(a): pass
def f(a, b=1, *args, **kwargs):
    return a
def f(a, (b, c), ((d,)), (e, (f, g))=(1, (2, 3)), h=4):
    pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, b,): pass
def f((a)): pass

@decorator
def f(): pass

@dotted.decorator
@called()
@called_with(1, key=2)
@dotted.called(*args, **kwargs)
def f(
        a,
        b=2):
    def inner():
        return a
    return inner

class A: pass
class B(): pass
class C(A): pass
class D(A, B):
    """Class docstring."""
    attr = 1
    def method(self):
        return self.attr
    @staticmethod
    def static(): pass
    @classmethod
    def cls(cls): pass
    @property
    def prop(self): return 1
    class Nested(object):
        pass

@decorate
class E((A, B)): pass
class F(A,): pass
