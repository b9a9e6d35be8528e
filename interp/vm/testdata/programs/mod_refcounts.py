# Reference counts around the Go-implemented module functions: an object passed through
# them, stored and dropped again must end with the count it started with (a leak would keep
# objects alive in CPython mode; an extra release would free them early). A collection runs
# before the second count, since CPython's OrderedDict, for one, is a cycle.
import sys
import gc
import weakref
import operator
import itertools
import heapq
import bisect
import collections
import struct
import random
import math
import copy


class Thing(object):
    def __init__(self, n=0):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __eq__(self, other):
        return isinstance(other, Thing) and self.n == other.n

    def __hash__(self):
        return self.n

x = Thing(1)
y = Thing(2)


def delta(label, f):
    before = sys.getrefcount(x), sys.getrefcount(y)
    f()
    gc.collect()
    after = sys.getrefcount(x), sys.getrefcount(y)
    print label, after[0] - before[0], after[1] - before[1]

delta('itemgetter', lambda: operator.itemgetter(0, 1)([x, y]))
delta('attrgetter', lambda: operator.attrgetter('n')(x))
delta('methodcaller', lambda: operator.methodcaller('__lt__', y)(x))
delta('operator.add list', lambda: operator.add([x], [y]))
delta('operator.contains', lambda: operator.contains([x], y))
delta('countOf', lambda: operator.countOf([x, y, x], x))
delta('chain', lambda: list(itertools.chain([x], (y,))))
delta('izip', lambda: list(itertools.izip([x, y], [y, x])))
delta('izip_longest', lambda: list(itertools.izip_longest([x], [y, y], fillvalue=x)))
delta('imap', lambda: list(itertools.imap(lambda a, b: (a, b), [x], [y])))
delta('islice', lambda: list(itertools.islice([x, y, x, y], 1, None, 2)))
delta('cycle', lambda: list(itertools.islice(itertools.cycle([x, y]), 5)))
delta('repeat', lambda: list(itertools.repeat(x, 3)))
delta('count', lambda: list(itertools.islice(itertools.count(), 3)))
delta('product', lambda: list(itertools.product([x], [y], repeat=2)))
delta('permutations', lambda: list(itertools.permutations([x, y])))
delta('combinations', lambda: list(itertools.combinations([x, y, x], 2)))
delta('groupby', lambda: [list(g) for k, g in itertools.groupby([x, x, y], lambda t: t.n)])
delta('tee', lambda: [list(t) for t in itertools.tee([x, y])])
delta('takewhile', lambda: list(itertools.takewhile(lambda t: True, [x, y])))
delta('ifilter', lambda: list(itertools.ifilter(None, [x, y])))
delta('starmap', lambda: list(itertools.starmap(lambda a, b: a, [(x, y)])))
delta('abandoned iterators', lambda: [itertools.izip([x], [y]).next(), itertools.chain([x], [y]).next()])


def heap_ops():
    h = []
    heapq.heappush(h, y)
    heapq.heappush(h, x)
    heapq.heappushpop(h, y)
    heapq.heapreplace(h, x)
    heapq.heapify(h)
    while h:
        heapq.heappop(h)
delta('heapq', heap_ops)


def bisect_ops():
    a = [Thing(0), Thing(5)]
    bisect.insort(a, x)
    bisect.bisect_left(a, y)
delta('bisect', bisect_ops)


def deque_ops():
    d = collections.deque([x], maxlen=3)
    d.append(y)
    d.appendleft(x)
    d.append(y)
    d.rotate(1)
    d.remove(y)
    d.popleft()
    d.pop()
    d.extend([x, y])
    list(d)
    d.clear()
delta('deque', deque_ops)
delta('deque dropped whole', lambda: collections.deque([x, y, x]))
delta('Counter', lambda: collections.Counter([x, y, x]))
delta('defaultdict', lambda: collections.defaultdict(list, {x: [y]}))
delta('OrderedDict', lambda: collections.OrderedDict([(x, y)]))
delta('namedtuple', lambda: collections.namedtuple('P', 'a b')(x, y))
delta('weakref', lambda: (weakref.ref(x), weakref.getweakrefs(x), weakref.proxy(y).n))
delta('WeakValueDictionary', lambda: weakref.WeakValueDictionary({1: x, 2: y}).items())
delta('WeakKeyDictionary', lambda: weakref.WeakKeyDictionary({x: 1, y: 2}).items())
delta('copy', lambda: (copy.copy([x, y]), copy.deepcopy([x, y])))
delta('random', lambda: (random.choice([x, y]), random.sample([x, y], 2), random.shuffle([x, y])))
delta('gc', lambda: (gc.get_referents([x]), len(gc.get_referrers(x)) > 0, gc.is_tracked(x)))
delta('struct', lambda: struct.pack('i', 5))
delta('math', lambda: math.fsum([1.0, 2.0]))
gc.collect()
print 'done'
