# Row 1 of the CPython-vs-PyPy table: `del` of the last reference to an object with __del__.
from __future__ import print_function
import gc
import sys


class Tmp(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)
        sys.stdout.flush()


tmp = Tmp('tmp')
print('before del')
del tmp
print('after del')
gc.collect()
print('after collect')
