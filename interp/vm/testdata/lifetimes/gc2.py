# The seed's gc2: the same, with a with statement.
from __future__ import print_function


def foo():
    with open('bar.txt', 'w') as f:
        f.write('hello world')


foo()
print(open('bar.txt').read())
