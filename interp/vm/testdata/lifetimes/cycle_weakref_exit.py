# Row 7: a cycle without __del__ holding a weakref target with a callback, left for exit.
from __future__ import print_function
import weakref


class Node(object):
    pass


def callback(ref):
    print('callback at exit')


a = Node()
b = Node()
a.other = b
b.other = a
w = weakref.ref(a, callback)
del a, b
print('end of program')
