def make_counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = make_counter()
print c(), c(), c()
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print outer(1)(2)(3)
funcs = [lambda: i for i in range(3)]
print [f() for f in funcs]
funcs = [lambda i=i: i for i in range(3)]
print [f() for f in funcs]
def deco(f):
    def wrapper(*a, **k):
        print 'calling', f.__name__, a, sorted(k.items())
        return f(*a, **k)
    return wrapper
@deco
def add(a, b=2, **kw):
    return a + b
print add(1), add(1, b=5, c=3)
def kwonly(a, *args, **kwargs):
    return a, args, sorted(kwargs.items())
print kwonly(1, 2, 3, x=4)
print kwonly(*[1, 2], **{'y': 5})
try:
    add()
except TypeError as e:
    print e
try:
    kwonly()
except TypeError as e:
    print e
def f(a, b):
    return a - b
try:
    f(1, 2, 3)
except TypeError as e:
    print e
try:
    f(1, a=2)
except TypeError as e:
    print e
try:
    f(1, c=2)
except TypeError as e:
    print e
x = 10
def g():
    global x
    x += 1
    return x
print g(), x
def h():
    y = 1
    def k():
        return y
    y = 2
    return k()
print h()
print (lambda *a: a)(1, 2), (lambda **k: sorted(k))(a=1, b=2)
print f.__name__, f.func_name, f.__defaults__, add.__name__
print map(lambda x: x * 2, [1, 2]), filter(None, [0, 1, '', 'a']), reduce(lambda a, b: a * b, [1, 2, 3, 4])
