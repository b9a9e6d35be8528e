def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print 'got', x
g = gen(3)
print next(g), g.send('hello'), next(g)
try:
    next(g)
except StopIteration:
    print 'stop'
def squares():
    i = 0
    while True:
        yield i * i
        i += 1
s = squares()
print [next(s) for _ in range(5)]
print sum(x for x in range(10) if x % 2)
def chain(*its):
    for it in its:
        for x in it:
            yield x
print list(chain([1, 2], (3,), 'ab'))
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print 'closing'
        raise
    finally:
        print 'finally'
c = closer()
next(c)
c.close()
print 'closed'
def thrower():
    try:
        yield 1
    except ValueError as e:
        print 'caught', e
        yield 'after'
t = thrower()
next(t)
print t.throw(ValueError('boom'))
g2 = (i * 2 for i in range(3))
print list(g2), list(g2)
def fib():
    a, b = 0, 1
    while 1:
        yield a
        a, b = b, a + b
import itertools
print list(itertools.islice(fib(), 10))
def g3():
    yield 1
    return
print list(g3())
gen_obj = gen(1)
print type(gen_obj).__name__, gen_obj.__name__
