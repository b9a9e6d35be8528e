import sys
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RuntimeError as e:
    print 'RuntimeError:', e
l = []
for i in range(100000):
    l = [l]
try:
    print len(repr(l))
except RuntimeError as e:
    print 'repr:', e
a = []
a.append(a)
print a, {1: a}
d = {}
d['self'] = d
print d
class R(object):
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RuntimeError as e:
    print 'R:', e
t = ()
for i in range(50000):
    t = (t,)
try:
    hash(t)
    print 'hashed'
except RuntimeError as e:
    print 'hash:', e
x = [[]] * 3
x[0].append(1)
print x
print sys.getrecursionlimit()
def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)
print deep(990)
