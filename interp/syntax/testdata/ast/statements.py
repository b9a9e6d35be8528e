# Every simple statement of Python 2.7.
import os
import os.path
import os.path as osp, sys as system
from os import path
from os import (path, sep as separator,)
from os.path import *
from . import sibling
from .. import parent as p
from .package.module import name
from ... import x, y as z

print
print 1
print 1, 2,
print "a", ("b"),
print >>sys.stderr
print >>sys.stderr, "x"
print >>sys.stderr, "x", "y",
print (1, 2)
print()

del x
del x, y
del x[0], x.attr, (a, b), [c, d]
del (x,)

pass; pass;
x = 1; y = 2
x = y = z = 0
a, b = b, a
(a, b), [c, d] = t
a, = t
[a] = t
x[0] = x.y = x[1:2] = x[::2] = 3
x = yield_value = None

x += 1
x -= 1
x *= 2
x /= 2
x //= 2
x %= 3
x **= 2
x >>= 1
x <<= 1
x &= 7
x |= 8
x ^= 9
x.attr += 1
x[0] += 1
x[1:] += [2]

global g
global g1, g2
exec "code"
exec code in ns
exec code in globals_, locals_
exec(code)
assert x
assert x, "message"
assert (x, "always true")

def generator():
    yield
    yield 1
    yield 1, 2
    x = yield
    x = yield 1
    return

def flow():
    for i in range(10):
        if i:
            continue
        break
    while True:
        break
    return 1, 2
    return (1)
    raise
    raise E
    raise E, "message"
    raise E, "message", tb
    raise E("x")
exec(code, ns)
exec(code, g, l)
exec((code, ns))
exec(code,)
exec (code, ns) in other
exec(a, b, c, d)
