d = {}
for w in 'the quick brown fox jumps over the lazy dog'.split():
    d[w] = d.get(w, 0) + 1
print d
print sorted(d.items())
d2 = dict(a=1, b=2, c=3)
print d2, d2.keys(), d2.values(), d2.items()
big = dict((i, i * i) for i in range(20))
print big
print {1: 'a', 'x': 2, (1, 2): 3, 2.5: 4, None: 5}
s = set('abracadabra')
print s, sorted(s), len(s)
print set([1, 2, 3]) | set([3, 4]), set([1, 2, 3]) & set([2, 3, 4]), set([1, 2]) - set([2]), set([1, 2]) ^ set([2, 3])
print frozenset([3, 1, 2]), {1, 2, 3}, {x % 3 for x in range(10)}
e = {}
for i in range(10):
    e[str(i)] = i
del e['3']
e['x'] = 99
print e
print e.pop('5'), e.pop('nope', 'default'), e.setdefault('y', []), e
print dict.fromkeys('abc', 0), dict([('a', 1), ('b', 2)])
c = d2.copy()
c.update({'d': 4}, e=5)
print c
print 'a' in d2, 'z' not in d2, d2.has_key('b')
while big:
    k, v = big.popitem()
    if k < 15:
        break
print k, v, len(big)
print {'b': 1, 'a': 2} == {'a': 2, 'b': 1}, sorted({'x': 1}.iteritems())
words = ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape']
index = {}
for w in words:
    index.setdefault(len(w), []).append(w)
print index
