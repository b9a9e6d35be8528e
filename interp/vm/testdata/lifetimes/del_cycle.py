# Row 6: two objects with __del__ that refer to each other, then gc.collect() twice.
from __future__ import print_function
import gc


class Node(object):
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print('__del__ of', self.name)


a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
print('first collect')
gc.collect()
print('second collect')
gc.collect()
print('garbage:', sorted(n.name for n in gc.garbage))
