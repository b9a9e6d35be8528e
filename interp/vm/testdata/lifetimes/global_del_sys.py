# Row 5, the classic trap: a global object whose __del__ uses the global sys at exit.
from __future__ import print_function
import sys


class Logger(object):
    def __del__(self):
        sys.stdout.write('__del__ of the logger\n')


logger = Logger()
print('end of program')
