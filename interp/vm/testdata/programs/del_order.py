import sys
class N(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        sys.stdout.write('del %s\n' % self.name)

def handler():
    try:
        local = N('local-in-try')
        raise ValueError
    except ValueError:
        print 'in handler'
    print 'after handler, exc_info set:', sys.exc_info()[0] is not None
handler()
print 'after handler()'

class HN(N):
    def __hash__(self):
        return int(self.name[1:])
d = {HN('k1'): N('v1'), HN('k2'): N('v2')}
print 'clearing dict'
d.clear()
print 'dict cleared'

l = [N('a'), N('b'), N('c')]
print 'deleting slice'
del l[0:2]
print 'rebinding list'
l = None

t = (N('t1'), N('t2'))
print 'dropping tuple'
t = None

class Holder(object):
    pass
h = Holder()
h.a = N('attr-a')
h.b = N('attr-b')
print 'dropping holder'
del h

x = [N('comp%d' % i) for i in range(2)]
print 'list comp var leaks:', i
x = None

def gen():
    g_local = N('gen-local')
    try:
        yield 1
    finally:
        print 'gen finally'
g = gen()
next(g)
print 'dropping generator'
g = None

a = N('cyc-a')
b = N('cyc-b')
a.other = b
b.other = a
del a, b
import gc
print 'collect', gc.collect()
print 'garbage', [n.name for n in gc.garbage]
del gc.garbage[:]

def temp():
    return N('temp')
temp().name
print 'after temp expression'
print N('in-print').name
print 'end'
