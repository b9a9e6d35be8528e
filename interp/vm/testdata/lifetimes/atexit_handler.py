# Row 9: atexit handlers run in both.
from __future__ import print_function
import atexit


def goodbye(who):
    print('goodbye from', who)


atexit.register(goodbye, 'atexit')
print('end of program')
