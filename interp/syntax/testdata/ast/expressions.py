x = a or b or c
x = a and b and c
x = a or b and c or d
x = not a
x = not not a
x = a if b else c
x = a if b else c if d else e
x = (a if b else c) if d else e
x = a < b
x = a < b < c
x = a == b != c <> d
x = a <= b >= c > d
x = a in b
x = a not in b
x = a is b
x = a is not b
x = not a in b
x = a | b ^ c & d
x = a << b >> c
x = a + b - c
x = a * b / c // d % e
x = a + b * c - d / e
x = a ** b ** c
x = -a ** b
x = (-a) ** b
x = a ** -b
x = -a
x = +a
x = ~a
x = - - a
x = -(-a)
x = a.b.c
x = a[b][c]
x = a(b)(c)
x = a.b(c)[d].e
x = (a).b
x = (a.b)(c)
x = "abc".upper()
x = 1 .real
x = 1.5.imag

f()
f(a)
f(a, b)
f(a, b,)
f(a, key=b)
f(key=a, other=b)
f(*args)
f(**kwargs)
f(*args, **kwargs)
f(a, *args)
f(a, key=1, *args)
f(a, key=1, *args, **kwargs)
f(*args, key=1)
f(*args, key=1, **kwargs)
f(x for x in y)
f(x for x in y if x for z in x)
f((x for x in y), 1)
f(a)(b)(c)

x = a[0]
x = a[-1]
x = a[i, j]
x = a[i,]
x = a[1:2]
x = a[1:]
x = a[:2]
x = a[:]
x = a[::]
x = a[::2]
x = a[1:2:3]
x = a[1:2:]
x = a[:, 1]
x = a[1:2, 3:4]
x = a[..., 1]
x = a[...]
x = a[. . .]
x = a[1:2, ...]

x = ()
x = (1,)
x = (1, 2)
x = (1, 2,)
x = 1,
x = 1, 2
x = []
x = [1]
x = [1, 2,]
x = {}
x = {1: 2}
x = {1: 2, 3: 4,}
x = {1}
x = {1, 2,}
x = [i for i in range(10)]
x = [i for i in range(10) if i % 2]
x = [i * j for i in range(3) for j in range(3) if i != j if j]
x = [i for i in 1, 2, 3]
x = [i for i in lambda: 1, lambda: 2]
x = [i for i in x if lambda: True]
x = [(i, j) for i, j in pairs]
x = [i for i, in singles]
x = (i for i in range(10))
x = (i for i in range(10) if i for j in i)
x = {i for i in range(10)}
x = {i: i * i for i in range(10) if i}
x = {k: v for k, v in items for w in v}
x = `a`
x = `a, b`
x = `1` + `2`

x = lambda: 0
x = lambda a: a
x = lambda a, b=1, *c, **d: a
x = lambda (a, b): a
x = lambda *a: a
x = lambda **k: k
x = lambda a, (b, c)=(1, 2): a
x = lambda: (yield)
x = lambda: lambda: 1
x = (lambda: 1)()

def g():
    x = (yield)
    x = (yield 1)
    y = f((yield))
    z = [(yield i) for i in range(3)]
    yield (yield)

x = (a)
x = ((a))
x = (a, (b, c))
x = ((a, b), c)
x = (
    1,
    2
)
x = [
    1,
    2,
]
