# atexit: handlers run last-registered first at exit, with their arguments; errors are
# reported and the others still run; sys.exitfunc runs after them.
import atexit
import sys


def goodbye(name, punct='.'):
    print 'goodbye', name + punct


def failing():
    print 'failing handler'
    raise ValueError('handler failed')


@atexit.register
def decorated():
    print 'decorated handler'

print atexit.register(goodbye, 'first') is goodbye
atexit.register(failing)
atexit.register(goodbye, 'second', punct='!')
print decorated.__name__


def exitfunc():
    print 'sys.exitfunc'
sys.exitfunc = exitfunc
try:
    atexit.register()
except TypeError as e:
    print 'TypeError', e
print 'main done'
