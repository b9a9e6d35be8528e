# weakref: ref with and without callbacks, counts and lists, proxies, and the weak
# dictionaries and set.
import weakref
import gc


class Obj(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Obj(%s)' % self.name

    def method(self):
        return 'method of ' + self.name


def report(r):
    print 'callback, ref dead:', r() is None

a = Obj('a')
r1 = weakref.ref(a)
r2 = weakref.ref(a)
r3 = weakref.ref(a, report)
print r1 is r2, r1 is r3, r1() is a
print weakref.getweakrefcount(a), len(weakref.getweakrefs(a))
print weakref.getweakrefcount(1), weakref.getweakrefs(1)
print type(r1) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType
del a
print r1(), r3()

try:
    weakref.ref(1)
except TypeError as e:
    print 'TypeError', e
try:
    weakref.ref([])
except TypeError as e:
    print 'TypeError', e

# proxies
b = Obj('b')
p = weakref.proxy(b)
print p.name, p.method(), type(p) is weakref.ProxyType
p.name = 'renamed'
print b.name
print isinstance(p, weakref.ProxyTypes)


def f(x):
    return x * 2

pf = weakref.proxy(f)
print pf(21), type(pf) is weakref.CallableProxyType
del b
try:
    p.name
except ReferenceError as e:
    print 'ReferenceError', e

c = [Obj('list item')]
lp = weakref.proxy(Obj('tmp'))
try:
    lp.name
except ReferenceError as e:
    print 'ReferenceError', e

# WeakValueDictionary: entries vanish with their values.
cache = weakref.WeakValueDictionary()
k1, k2 = Obj('v1'), Obj('v2')
cache['one'] = k1
cache['two'] = k2
print sorted(cache.keys()), len(cache), 'one' in cache, cache['one']
del k1
print sorted(cache.keys()), len(cache), 'one' in cache, cache.get('one', 'gone')
try:
    cache['one']
except KeyError as e:
    print 'KeyError', e
print cache.values(), cache.items()
print cache.pop('two'), len(cache)
cache.update({'three': c[0]})
print cache.items()
print cache.setdefault('three', None), len(cache.copy())

# WeakKeyDictionary: entries vanish with their keys.
meta = weakref.WeakKeyDictionary()
x, y = Obj('x'), Obj('y')
meta[x] = 1
meta[y] = 2
print len(meta), meta[x], x in meta, meta.get(y)
del x
print len(meta), sorted(meta.values()), meta.keys()
meta[y] = 5
print meta.items()
try:
    meta[Obj('other')]
except KeyError:
    print 'KeyError for a missing key'

# WeakSet
s = weakref.WeakSet()
m, n = Obj('m'), Obj('n')
s.add(m)
s.add(n)
s.add(m)
print len(s), m in s
del m
print len(s), list(s)

# a callback that removes a cache entry, in a cycle collected by gc
registry = {}


def make(name):
    o = Obj(name)
    o.self = o

    def gone(r, name=name):
        print 'collected', name
        del registry[name]
    registry[name] = weakref.ref(o, gone)
    return o

make('cyclic')
print sorted(registry)
gc.collect()
print sorted(registry)
