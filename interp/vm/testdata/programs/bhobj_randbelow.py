# random._randbelow as CPython 2.7 chooses: getrandbits when random() is the builtin or
# getrandbits was replaced too, otherwise random() alone.
import sys, os
sys.stderr = open(os.devnull, 'w')  # CPython warns about the huge ranges below
import random
class MyRandom(random.Random):
    def random(self):
        return 0.75
class MyBits(random.Random):
    def random(self):
        return 0.5
    def getrandbits(self, k):
        return 3
m = MyRandom(1)
print m.randrange(2**60), m.randrange(10, 2**70), m.randint(0, 2**55), m.choice(range(10))
b = MyBits(1)
print b.randrange(2**60), b.randrange(5), b.sample(range(10), 2)
r = random.Random(4)
print r.randrange(2**60), r.randrange(3**40, 3**41)
