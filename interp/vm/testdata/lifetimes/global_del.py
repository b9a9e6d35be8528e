# Row 5: a global object with __del__ at exit (its __del__ only uses its own attributes).
from __future__ import print_function


class Resource(object):
    def __init__(self, name, out):
        self.name = name
        self.out = out

    def __del__(self):
        self.out.write('__del__ of %s at exit\n' % self.name)


import sys
res = Resource('res', sys.stdout)
print('end of program')
