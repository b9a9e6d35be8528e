import gc

class Box(object):
    def __init__(self, v):
        self.v = v
        self.junk = [[i] for i in range(20)]

def key(b):
    gc.collect()
    [Box(i) for i in range(5)]
    return -b.v

def gen(n):
    for i in range(n):
        [Box(j) for j in range(5)]
        yield Box(i)

boxes = sorted([Box(i) for i in range(30)], key=key)
print [b.v for b in boxes][:5]
print [b.v for b in list(gen(40))][-3:]
print sum(b.v for b in map(lambda i: Box(i * 2), range(50)))
a, b, c = gen(3)
print a.v, b.v, c.v
d = dict((i, Box(i)) for i in range(40))
print sorted(d)[-1], d[39].v
print sum(len(b.junk) for b in filter(lambda b: gc.collect() or b.v % 2, gen(20)))
