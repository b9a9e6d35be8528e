# gc in PyPy mode: a __del__ cycle is finalized one object per collection, gc.collect()
# returns 0, a weakref callback runs at the collection that finds its referent dead, and the
# gc module has PyPy's functions only. The expected output is pypy3's (run on this program,
# which is valid Python 2 and 3) with PyPy2's return value of gc.collect(), 0, for None.
from __future__ import print_function
import gc
import weakref


class Finalized(object):
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print('del', self.name)

x = Finalized('x')
y = Finalized('y')
x.other = y
y.other = x
del x, y
print('first collect:', gc.collect())
print('second collect:', gc.collect())
print('third collect:', gc.collect())


class Plain(object):
    pass

p = Plain()
p.me = p
r = weakref.ref(p, lambda ref: print('callback, dead:', ref() is None))
del p
print('alive before collect:', r() is not None)
gc.collect()
print('alive after collect:', r() is not None)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.garbage, hasattr(gc, 'get_threshold'), hasattr(gc, 'get_count'), hasattr(gc, 'is_tracked'))
item = Plain()
holder = [item]
print(any(o is holder for o in gc.get_referrers(item)), any(o is item for o in gc.get_referents(holder)))
