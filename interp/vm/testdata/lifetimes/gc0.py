# The seed's gc0: a file written in a function and never closed, then read back.
from __future__ import print_function


def foo():
    f = open('bar.txt', 'w')
    f.write('hello world')


foo()
print(open('bar.txt').read())
