# random: CPython 2.7's numbers after seeding, for every common function.
import random

for seed in (42, 0, 1, -7, 2**40 + 3, 12345678901234567890, 3.5, 'hello', (1, 2)):
    random.seed(seed)
    print seed, repr(random.random()), random.randint(1, 100), random.randrange(10),
    print random.randrange(5, 50, 5), random.choice('abcdefgh'), repr(random.uniform(1, 2))

random.seed(7)
lst = range(20)
random.shuffle(lst)
print lst
print random.sample(range(100), 10)
print random.sample(xrange(10 ** 6), 5)
print random.sample('abcdefg', 3), random.sample(set([1, 2, 3, 4]), 2)
print [repr(random.gauss(0, 1)) for i in range(5)]
print [repr(random.normalvariate(10, 2)) for i in range(3)]
print repr(random.expovariate(1.5)), repr(random.triangular(0, 10, 3))
print repr(random.gammavariate(2.5, 1.0)), repr(random.gammavariate(0.5, 2.0)), repr(random.gammavariate(1.0, 3.0))
# paretovariate and weibullvariate use the builtin pow(), whose float rounding is not this
# module's: they are compared to 12 digits.
print repr(random.betavariate(2, 3)), '%.12g' % random.paretovariate(3), '%.12g' % random.weibullvariate(1, 2)
print repr(random.lognormvariate(0, 1)), repr(random.vonmisesvariate(1, 2))
print random.getrandbits(1), random.getrandbits(32), random.getrandbits(100)
print random.randrange(2 ** 60), random.randint(-10 ** 20, 10 ** 20)

state = random.getstate()
a = [random.random() for i in range(3)]
random.setstate(state)
print a == [random.random() for i in range(3)]

r = random.Random(99)
print repr(r.random()), r.randint(0, 9), isinstance(r, random.Random)


class MyRandom(random.Random):
    def random(self):
        return 0.5

print MyRandom().randint(1, 10), MyRandom().choice([1, 2, 3])

for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
            lambda: random.randrange(1.5), lambda: random.choice([]), lambda: random.sample([1, 2], 3),
            lambda: random.getrandbits(0), lambda: random.randint(5, 1)]:
    try:
        bad()
    except Exception as e:
        print type(e).__name__, e

sr = random.SystemRandom()
x = sr.random()
print 0 <= x < 1, sr.randint(1, 6) in range(1, 7), 0 <= sr.getrandbits(10) < 1024, sr.seed(5), isinstance(sr, random.Random)
try:
    sr.getstate()
except NotImplementedError as e:
    print 'NotImplementedError', e

# The generator type itself.
import _random
r = _random.Random(5)
print r.random(), r.getrandbits(8), len(r.getstate())
r.seed(7); s = r.getstate(); a = r.random(); r.setstate(s); print a == r.random()
print type(r), _random.Random
