# list.sort and sorted are CPython's timsort: the same comparisons in the same order (so
# counting them gives CPython's counts), the same stable results with key, cmp and reverse,
# and after a comparison fails the list is left as CPython leaves it.
import random
random.seed(42)
class K(object):
    count = 0
    fail_at = -1
    def __init__(self, v, i): self.v, self.i = v, i
    def __lt__(self, o):
        K.count += 1
        if K.count == K.fail_at:
            raise ValueError('fail at %d' % K.count)
        return self.v < o.v
    def __repr__(self): return '%d.%d' % (self.v, self.i)
def make(n, kind):
    if kind == 'random':
        vals = [random.randint(0, n) for _ in range(n)]
    elif kind == 'dups':
        vals = [random.randint(0, 3) for _ in range(n)]
    elif kind == 'sorted':
        vals = range(n)
    elif kind == 'reversed':
        vals = range(n, 0, -1)
    elif kind == 'runs':
        vals = []
        while len(vals) < n:
            r = random.randint(1, 40)
            base = random.randint(0, 1000)
            seg = range(base, base + r)
            if random.random() < 0.5:
                seg.reverse()
            vals.extend(seg)
        vals = vals[:n]
    else:
        vals = [i % 7 for i in range(n)]
    return [K(v, i) for i, v in enumerate(vals)]
for n in [0, 1, 2, 5, 31, 32, 33, 63, 64, 65, 100, 200, 500, 1000, 3000]:
    for kind in ['random', 'dups', 'sorted', 'reversed', 'runs', 'saw']:
        xs = make(n, kind)
        K.count = 0
        K.fail_at = -1
        s = sorted(xs)
        c = K.count
        K.count = 0
        r = sorted(xs, reverse=True)
        c2 = K.count
        print n, kind, c, c2, hash(tuple((x.v, x.i) for x in s)), hash(tuple((x.v, x.i) for x in r))
        if n >= 64:
            ys = list(xs)
            K.count = 0
            K.fail_at = c // 2
            try:
                ys.sort()
            except ValueError as e:
                print e, hash(tuple((x.v, x.i) for x in ys))
print sorted([3, 1, 2], cmp=lambda a, b: b - a), sorted(range(100), key=lambda x: x % 10)[:12]
try:
    sorted([1, 2, 3], cmp=lambda a, b: 1L)
except TypeError as e:
    print e
print sorted([1, 2, 3], cmp=lambda a, b: True), sorted([3, 2, 1], cmp=lambda a, b: -1 if a < b else 1)
import random
random.seed(5)
for trial in range(30):
    data = [(random.randint(0, 5), random.choice('abc'), i) for i in range(random.randint(0, 30))]
    a = sorted(data, key=lambda t: t[0])
    b = sorted(data, key=lambda t: t[0], reverse=True)
    c = sorted(data, cmp=lambda x, y: cmp(x[1], y[1]))
    d = sorted(data, cmp=lambda x, y: cmp(x[1], y[1]), reverse=True)
    e = sorted(data, key=lambda t: t[1], cmp=lambda x, y: cmp(y, x))
    f = sorted(data, key=lambda t: (t[0] % 2, t[1]), reverse=True)
    l = list(data); l.sort(key=lambda t: -t[0]); l.reverse()
    print [t[2] for t in a], [t[2] for t in b], [t[2] for t in c], [t[2] for t in d], [t[2] for t in e], [t[2] for t in f], [t[2] for t in l]
class Noisy(object):
    calls = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Noisy.calls += 1
        return self.v < o.v
xs = [Noisy(random.randint(0, 100)) for _ in range(50)]
sorted(xs)
print Noisy.calls
Noisy.calls = 0
sorted(xs, reverse=True)
print Noisy.calls
Noisy.calls = 0
max(xs); min(xs)
print Noisy.calls
class NoisyCmp(object):
    calls = 0
    def __init__(self, v): self.v = v
    def __cmp__(self, o):
        NoisyCmp.calls += 1
        return cmp(self.v, o.v)
ys = [NoisyCmp(random.randint(0, 100)) for _ in range(50)]
sorted(ys)
print NoisyCmp.calls
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.append(1))
except ValueError as e:
    print e
print l
