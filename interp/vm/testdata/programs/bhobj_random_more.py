# random beyond the basics: big ranges, getrandbits, seeds of every kind, getstate's longs,
# jumpahead (a key hashed from the argument and the state), subclasses overriding
# random(), the WichmannHill generator, the distributions and the errors.
import random
r = random.Random(123)
print [r.randrange(10**20) for _ in range(3)]
print [r.randrange(2**53 + 5) for _ in range(2)], r.randrange(1, 2**70, 3)
print r.getrandbits(100), r.getrandbits(1), r.getrandbits(64)
print [round(r.gauss(5, 2), 10) for _ in range(4)]
print r.triangular(0, 10, 3), r.triangular(5, 5), r.uniform(10, 1)
l = list('abcdefgh')
r.shuffle(l)
print l
r.shuffle(l, random=lambda: 0.5)
print l
print r.sample(xrange(10**9), 3), r.sample('abcdefghij', 10)
try:
    r.sample(set([1, 2, 3]), 2)
except TypeError as e:
    print 'TE', e
print r.sample({1: 'a', 2: 'b', 3: 'c'}, 2) if False else ''
print r.choice(xrange(100)), r.choice((1, 2)), r.choice('xyz')
for seed in [0, 1, -1, 2**64, 3.14, 'abc', u'abc', (1, 2), True, 10L]:
    random.seed(seed)
    print repr(seed), random.random(), random.randint(0, 1000)
random.seed(7)
s = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(s)
print a == [random.random() for _ in range(3)]
random.seed(1)
random.jumpahead(5)
print random.random()
class MyRandom(random.Random):
    def random(self):
        return 0.25
m = MyRandom()
print m.randint(1, 100), m.choice('abcd'), m.uniform(0, 8), m.randrange(0, 100, 10)
w = random.WichmannHill(42)
print w.random(), w.randint(1, 10)
random.seed(99)
print [random.expovariate(2.0) for _ in range(2)], random.vonmisesvariate(0, 0), random.paretovariate(1.5)
print [random.betavariate(0.5, 0.5) for _ in range(2)], random.gammavariate(0.5, 1), random.gammavariate(1, 2)
try:
    random.randrange(1, 10, 0)
except ValueError as e:
    print e
try:
    random.randrange(1.5)
except ValueError as e:
    print e
try:
    random.randint(5, 1)
except ValueError as e:
    print e
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print e
try:
    random.getrandbits(0)
except ValueError as e:
    print e
for n in [0, 1, 5, 623, 624, 10**30, -7, True, 3L]:
    random.seed(2)
    random.jumpahead(n)
    print n, random.random(), random.getrandbits(20)
try:
    random.jumpahead(1.5)
except TypeError as e:
    print e
w = random.WichmannHill('seed')
print w.random(), w.random(), w.getstate()[1], w.randint(1, 6), w.choice('abc')
w.jumpahead(10)
print w.random()
w.whseed(5)
print w.random()
s = w.getstate()
x = w.random()
w.setstate(s)
print x == w.random()
try:
    w.jumpahead(-1)
except ValueError as e:
    print e
print random.WichmannHill(12345).random(), random.WichmannHill(1.5).random(), random.WichmannHill(2**80).random()
r = random.Random(5)
r.jumpahead(3)
print r.random(), r.gauss(0, 1)
