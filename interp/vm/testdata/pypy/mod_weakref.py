# weakref in PyPy mode: a dead object's weakrefs are cleared and their callbacks run only
# when a collection finds it dead; an object with __del__ has __del__ run at the first
# collection and its callbacks at the second; WeakValueDictionary entries go with them.
# The expected output is pypy3's on this program (valid Python 2 and 3).
from __future__ import print_function
import gc
import weakref


class Obj(object):
    def __init__(self, name):
        self.name = name


class WithDel(object):
    def __del__(self):
        print('__del__ ran')


def cb(r):
    print('callback ran')

a = Obj('a')
r = weakref.ref(a, cb)
del a
print('after del, alive:', r() is not None)
gc.collect()
print('after collect, alive:', r() is not None)

d = WithDel()
rd = weakref.ref(d, cb)
del d
print('collect 1')
gc.collect()
print('collect 2')
gc.collect()
print('collect 3')
gc.collect()

cache = weakref.WeakValueDictionary()
v = Obj('v')
cache['k'] = v
print(len(cache), 'k' in cache)
del v
gc.collect()
print(len(cache), 'k' in cache)
p = weakref.proxy(Obj('temp'))
gc.collect()
try:
    p.name
except ReferenceError:
    print('ReferenceError')
