# itertools: every function, its laziness and its errors.
from itertools import *
import itertools

print list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(2.5), 3))
print count(5), count(1, 2), repeat('x', 3), repeat(7), [count(2.5)], '%s %r' % (count(), repeat(None, 0))
print repr(chain()).split(' at ')[0], repr(izip()).split(' at ')[0]
print list(repeat('ab', 3)), list(repeat(1, 0)), list(repeat(1, -2))
print list(islice(cycle('abc'), 8)), list(cycle([]))
print list(chain('ab', [1, 2], (3,))), list(chain()), list(chain.from_iterable(['xy', 'z']))
print list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)),
print list(islice('abcdefg', 0, None, 2)), list(islice(xrange(10), 1, 9, 3))
print list(imap(pow, (2, 3, 10), (5, 2, 3))), list(imap(None, 'ab', 'cd')), list(imap(abs, [-1, -2]))
print list(starmap(pow, [(2, 5), (3, 2)]))
print list(ifilter(lambda x: x % 2, range(10))), list(ifilter(None, [0, 1, '', 'a']))
print list(ifilterfalse(lambda x: x % 2, range(10))), list(ifilterfalse(None, [0, 1, '', 'a']))
print list(izip('ABCD', 'xy')), list(izip()), list(izip(count(), 'ab'))
print list(izip_longest('ABCD', 'xy', fillvalue='-')), list(izip_longest('ab', 'c'))
print list(compress('ABCDEF', [1, 0, 1, 0, 1, 1]))
print list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1]))
print [(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')]
print [k for k, g in groupby('AAAABBBCCD')]
print [(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], lambda x: x // 3)]
groups = groupby('aabbc')
k1, g1 = groups.next()
k2, g2 = groups.next()
print k1, list(g1), k2, list(g2)
a, b = tee(iter([1, 2, 3, 4]))
print list(a), list(b)
a, b, c = tee('xyz', 3)
print a.next(), b.next(), list(a), list(c)
print tee([1], 0)
print list(product('ab', range(2))), list(product(range(2), repeat=3))[:4], list(product())
print list(permutations('abc', 2)), len(list(permutations(range(5)))), list(permutations('ab', 3))
print list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('ab', 3))
print list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2))


def noisy(n):
    for i in range(n):
        print 'producing', i
        yield i

it = imap(lambda x: x * 10, noisy(3))
print 'imap made'
print it.next()
print list(islice(noisy(10), 2))

for bad in [lambda: islice('abc', -1), lambda: islice('abc', 1, 2, 0), lambda: imap(abs),
            lambda: list(starmap(pow, [[1, 2]])), lambda: izip(1), lambda: count('a'),
            lambda: list(permutations('abc', -1)), lambda: tee([], -1)]:
    try:
        bad()
    except Exception as e:
        print type(e).__name__, e

# Go iterators: laziness, cycles through iterators, more errors.
import gc
print list(chain.from_iterable([[1], (2, 3), 'ab'])), list(islice(count(0, 0.5), 3)), list(islice(count(2**62, 2**62), 3))
print list(imap(lambda *a: a, 'ab', 'cd', 'ef')), list(starmap(max, [[1, 5], (3, 2)]))
c = cycle('ab'); print [c.next() for i in range(5)]
print list(izip_longest('a', 'bcd', [1, 2], fillvalue=0)), list(compress(range(5), [0, 1, 1]))
print list(product([1, 2], 'ab', repeat=1)), len(list(product(range(3), repeat=4))), list(product([], [1]))
print list(permutations([])), list(permutations('ab', 0)), list(combinations([], 0)), list(combinations_with_replacement('ab', 0))
print list(permutations(range(4), 2))[:7], list(combinations('abcde', 3))[-3:]
it = izip(count(), 'xyz'); print it.next(), list(it), list(it)
class Node(object):
    pass
n = Node(); n.it = iter([n]); n.c = cycle([n]); del n
print gc.collect() > 0
t = takewhile(lambda x: x < 3, count()); print list(t), list(dropwhile(lambda x: x < 3, range(6)))
for f in [lambda: list(chain([1], 2)), lambda: islice([], 'a'), lambda: product(repeat=-1), lambda: list(product('ab', repeat=0)),
          lambda: permutations(), lambda: combinations('a'), lambda: combinations('a', -2), lambda: repeat(), lambda: count(1, 2, 3), lambda: izip_longest(x=1)]:
    try: print f()
    except Exception as e: print type(e).__name__, e
# keyword arguments bind as PyArg_ParseTupleAndKeywords binds them
print list(compress(data=[1, 2], selectors=[1, 0])), list(compress([1, 2], selectors=[0, 1]))
print list(islice(count(step=2, start=1), 3)), list(repeat(times=2, object='x'))
print list(permutations(r=1, iterable=[1, 2])), list(combinations(r=1, iterable=[1, 2])), list(combinations_with_replacement(r=1, iterable=[1, 2]))
for f in [lambda: compress([1]), lambda: compress([1], data=[2]), lambda: compress([1], [2], [3]), lambda: count(1, start=2),
          lambda: count(1, 2, step=3), lambda: repeat(1, 2, times=3), lambda: repeat(times=2), lambda: permutations([1, 2], 1, r=2),
          lambda: combinations([1, 2], 1, r=2), lambda: combinations([1])]:
    try: print f()
    except Exception as e: print type(e).__name__, e
for f in [lambda: product([1], foo=1), lambda: product([1], repeat=1, foo=2), lambda: izip_longest([1], fillvalue=1, foo=2)]:
    try: print f()
    except Exception as e: print type(e).__name__, e
