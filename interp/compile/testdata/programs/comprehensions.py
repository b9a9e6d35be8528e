data = range(10)
a = [x for x in data]
b = [x * y for x in data for y in data if x if y > 2]
c = [(x, y) for x in data if x % 2 for y in data]
d = (x for x in data)
e = (x for x in data if x for y in x)
f = {x for x in data}
g = {x: x * 2 for x in data if x}
h = {k: v for k, v in [(1, 2)] for z in v}
i = sum(x for x in data)
j = list((y for y in data), )

def fn(n):
    l = [x + n for x in range(n)]
    s = {x + n for x in range(n)}
    dd = {x: n for x in range(n)}
    gg = (x + n for x in range(n))
    nested = [[y for y in range(x)] for x in range(n)]
    ng = ((y for y in range(x)) for x in range(n))
    return l, s, dd, gg, nested, ng

class InClass(object):
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    gen = list(j for j in items)
