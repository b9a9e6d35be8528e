# Row 2: a weakref with a callback to an object with __del__, when the object dies.
from __future__ import print_function
import gc
import weakref


class Target(object):
    def __del__(self):
        print('__del__ of target')


def callback(ref):
    print('callback, referent now', ref())


t = Target()
w = weakref.ref(t, callback)
del t
print('after del: alive?', w() is not None)
gc.collect()
print('after 1st collect: alive?', w() is not None)
gc.collect()
print('after 2nd collect: alive?', w() is not None)
