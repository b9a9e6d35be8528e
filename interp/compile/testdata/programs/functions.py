def f0():
    pass

def f1(a, b=1, *args, **kwargs):
    "docstring"
    return a, b, args, kwargs

def f2((a, b), c, (d, (e, f))=(1, (2, 3))):
    return a + b + c + d + e + f

def f3(*args):
    return args

def f4(**kw):
    return kw

def f5(a, b, c=None, d=[]):
    return f1(a, b, *c, **d)

def f6():
    return f1(1, 2, x=3, *[4], **{'y': 5})

def f7():
    f1(1)
    f1(a=1)
    f1(1, b=2)
    f1(*[1])
    f1(**{})
    f1(1, *[2])
    f1(1, b=2, **{})
    f1(1, 2, 3, b=1, c=2, d=3, *[], **{})

def f8():
    u"unicode docstring"

def f9():
    1
    "not a docstring"

def f10():
    return

def f11():
    global g1, g2
    g1 = 1
    del g2
    return g1

def f12(a):
    del a
    b = 1
    del b

lam = lambda: 0
lam2 = lambda x, y=1, *a, **k: x + y
lam3 = lambda (a, b): a + b
lam4 = lambda: (yield)
