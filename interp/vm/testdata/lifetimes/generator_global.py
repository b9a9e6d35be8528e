# Row 4: a generator suspended inside try/finally, held by a global until the end.
from __future__ import print_function
import gc


def numbers():
    try:
        yield 1
        yield 2
    finally:
        print('finally of the global generator')


g = numbers()
print('got', next(g))
gc.collect()
print('end of program')
