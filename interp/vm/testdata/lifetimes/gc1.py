# The seed's gc1: the same, closing the file explicitly.
from __future__ import print_function


def foo():
    f = open('bar.txt', 'w')
    f.write('hello world')
    f.close()


foo()
print(open('bar.txt').read())
