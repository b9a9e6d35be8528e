# Row 8: a file written and never closed: what is on disk after the program ends.
from __future__ import print_function


def write():
    f = open('data.txt', 'w')
    f.write('written, never closed\n')


write()
print('end of program')
