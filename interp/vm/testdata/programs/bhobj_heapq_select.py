# heapq.nlargest and nsmallest as CPython 2.7 runs them: min/max for one item, sorted when
# n covers the input, else items decorated with their position (and key) selected by
# _heapq's heap; so results, comparison counts and errors agree.
import heapq, random
random.seed(8)
class K(object):
    lt = eq = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.lt += 1
        return self.v < o.v
    def __eq__(self, o):
        K.eq += 1
        return self.v == o.v
    def __repr__(self): return 'K%d' % self.v
data = [K(random.randint(0, 50)) for _ in range(40)]
for n in [0, 1, 2, 3, 5, 10, 39, 40, 41, -1]:
    for f in (heapq.nlargest, heapq.nsmallest):
        K.lt = K.eq = 0
        r = f(n, data)
        print f.__name__, n, r, K.lt, K.eq
        K.lt = K.eq = 0
        r = f(n, iter(data), key=lambda k: -k.v)
        print f.__name__, n, 'key', r, K.lt, K.eq
print heapq.nlargest(3, 'hello world'), heapq.nsmallest(2, [(1, 'b'), (1, 'a')]), heapq.nlargest(2, xrange(10)), heapq.nsmallest(3, set([5, 1, 3, 2]))
for args in [(None, [1, 2]), ('a', [1, 2]), (2, 5), (2.5, [1, 2, 3]), (2, None)]:
    for f in (heapq.nlargest, heapq.nsmallest):
        try:
            print f.__name__, f(*args)
        except TypeError as e:
            print f.__name__, e
