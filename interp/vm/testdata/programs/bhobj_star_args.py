# f(*x) where making a tuple of x fails with a TypeError: 2.7.18's 'argument after * must be
# an iterable' (not for a generator's own TypeError).
def f(*a): return a
class P: pass
class G:
    def __getitem__(self, i):
        if i < 2: return i
        raise IndexError
class BadIter(object):
    def __iter__(self): raise TypeError('inner type error')
for star in [5, None, P(), G(), BadIter(), 'ab', {'k': 1}, xrange(2), set([1])]:
    try:
        print f(*star)
    except TypeError as e:
        print e
def gen():
    yield 1
    raise TypeError('from generator')
try:
    f(*gen())
except TypeError as e:
    print e
class K(object):
    def m(self, *a): return a
try:
    K().m(*5)
except TypeError as e:
    print e
try:
    len(*5)
except TypeError as e:
    print e
