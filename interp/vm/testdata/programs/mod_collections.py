# collections: namedtuple, deque, defaultdict, Counter and OrderedDict.
from collections import namedtuple, deque, defaultdict, Counter, OrderedDict

Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print p, p.x, p.y, p[0], p[-1], len(p), tuple(p), p == (1, 2), isinstance(p, tuple)
x, y = p
print x + y, Point._fields, Point._make([3, 4]), p._replace(x=9), p._asdict()
print Point.__name__, type(p).__name__, hash(p) == hash((1, 2)), Point(*p)
Color = namedtuple('Color', ['red', 'green', 'blue'])
print Color(1, 2, 3), sorted([Color(3, 0, 0), Color(1, 5, 5)])
R = namedtuple('R', 'a, b, a', rename=True)
print R._fields
Single = namedtuple('Single', 'only')
print Single(5), Single._make([6])
for bad in [lambda: namedtuple('Bad', 'a b a'), lambda: namedtuple('Bad', 'class x'),
            lambda: namedtuple('Bad', '_x'), lambda: namedtuple('1x', 'a'), lambda: Point(1),
            lambda: Point(1, 2, 3), lambda: Point._make([1]), lambda: p._replace(z=1),
            lambda: setattr(p, 'x', 5)]:
    try:
        bad()
    except Exception as e:
        print type(e).__name__, e

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print d, len(d), d[0], d[-1], 3 in d
print d.pop(), d.popleft(), d
d.extend('ab')
d.extendleft([8, 9])
print d
d.rotate(2)
print d
d.rotate(-3)
print d
d.reverse()
print d, d.count('a'), list(reversed(d))
d.remove('a')
d[0] = 'first'
del d[1]
print d, bool(d), bool(deque())
d.clear()
print d
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print bounded, bounded.maxlen
bounded.appendleft(-1)
print bounded
print deque('abc') == deque('abc'), deque([1]) != deque([2]), deque(range(5), 2)
q = deque()
for i in range(100):
    q.append(i)
total = 0
while q:
    total += q.popleft()
print total
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2),
            lambda: deque([1])[5], lambda: deque(maxlen=-1)]:
    try:
        bad()
    except Exception as e:
        print type(e).__name__, e

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print sorted(dd.items()), dd['missing'], len(dd)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print sorted(counts.items()), counts.default_factory
print defaultdict(None), defaultdict(list, {'k': [1]}), repr(defaultdict(int))
nodefault = defaultdict()
try:
    nodefault['x']
except KeyError as e:
    print 'KeyError', e
print isinstance(dd, dict), dd.get('zzz'), 'zzz' in dd
cp = counts.copy()
print type(cp).__name__, cp == counts
try:
    defaultdict(5)
except TypeError as e:
    print 'TypeError', e

c = Counter('abracadabra')
print c, c['a'], c['z'], c.most_common(2), sorted(c.elements())[:6]
c.update('aaz')
c.subtract({'b': 1})
print c.most_common(3), c['z']
print Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2)
print Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2)
print Counter(), Counter([1, 1, 2]), Counter({'x': 2})
words = 'the quick the lazy the end quick'.split() if hasattr('', 'split') else ['the', 'quick', 'the', 'lazy', 'the', 'end', 'quick']
print Counter(words).most_common(2)
del c['a']
del c['never']
print 'a' in c, len(c)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print 'NotImplementedError', e

od = OrderedDict()
od['z'] = 1
od['a'] = 2
od['m'] = 3
print od, od.keys(), od.values(), od.items()
od['a'] = 20
del od['z']
od['z'] = 100
print od, list(od), od.popitem(), od.popitem(last=False), od
od2 = OrderedDict([('x', 1), ('y', 2)])
print od2 == OrderedDict([('y', 2), ('x', 1)]), od2 == {'y': 2, 'x': 1}, OrderedDict()
print OrderedDict.fromkeys('abc', 0), od2.pop('x'), od2.setdefault('w', 5), od2
for bad in [lambda: OrderedDict().popitem(), lambda: OrderedDict().pop('k')]:
    try:
        bad()
    except Exception as e:
        print type(e).__name__, e


class Stack(deque):
    def append(self, x):
        deque.append(self, x * 10)

st = Stack([1])
st.append(2)
print st, type(st).__name__, len(st), list(st), st.pop()
dq = deque(range(5))
try:
    for x in dq:
        if x == 2:
            dq.append(99)
except RuntimeError as e:
    print 'RuntimeError', e, list(dq)
try:
    for x in dq:
        dq.append(1)
except RuntimeError as e:
    print 'RuntimeError', e
dq = deque('abc')
dq.extend(dq)
print dq, list(reversed(dq)), dq.count('a'), 'c' in dq, dq[-2]
print deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque.__hash__ is None
import copy as _copy
print _copy.copy(deque([1, [2]], 4)), deque(maxlen=0), len(deque('xyz'))

# `in` on a deque iterates and stops at the first equal item (2.7's deque has no __contains__)
class Eq(object):
    compared = 0
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        Eq.compared += 1
        return self.v == getattr(other, 'v', other)
dq = deque([Eq(1), Eq(2), Eq(3)])
print Eq(2) in dq, Eq.compared
