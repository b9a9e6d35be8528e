# Row 3: a generator abandoned inside try/finally in a function's local variable.
from __future__ import print_function
import gc


def numbers():
    try:
        yield 1
        yield 2
    finally:
        print('finally of the generator')


def use():
    g = numbers()
    print('got', next(g))
    print('leaving use()')


use()
print('after use()')
gc.collect()
print('after collect')
