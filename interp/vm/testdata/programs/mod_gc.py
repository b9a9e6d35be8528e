# gc: collect's return value, cycles with and without __del__, gc.garbage, thresholds,
# counts, enable/disable, tracking and referents.
import gc


class Node(object):
    def __init__(self, name):
        self.name = name
        self.other = None


class Finalized(object):
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print 'del', self.name

gc.collect()
print 'nothing to collect:', gc.collect()

a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
print 'two-node cycle:', gc.collect()

lst = []
lst.append(lst)
del lst
print 'self-referencing list:', gc.collect()

x = Finalized('x')
y = Finalized('y')
x.other = y
y.other = x
del x, y
print 'cycle with __del__:', gc.collect()
print 'garbage:', sorted(o.name for o in gc.garbage)
for o in gc.garbage:
    o.other = None
del gc.garbage[:]
print 'after breaking:', gc.collect()

print gc.isenabled()
gc.disable()
print gc.isenabled()
gc.enable()
print gc.isenabled()

print gc.get_threshold()
gc.set_threshold(500)
print gc.get_threshold()
gc.set_threshold(700, 5, 5)
print gc.get_threshold()
gc.set_threshold(700, 10, 10)

gc.collect()
before = gc.get_count()[0]
junk = [Node(i) for i in range(10)]
print 'count grew:', gc.get_count()[0] > before
del junk

print gc.is_tracked([]), gc.is_tracked(Node('t')), gc.is_tracked(1), gc.is_tracked('s')
container = [1, 'two', None]
print sorted(gc.get_referents(container))
holder = {'k': container}
print any(r is holder for r in gc.get_referrers(container))
print type(gc.get_objects()) is list, len(gc.get_objects()) > 10

for bad in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect('a'),
            lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4),
            lambda: gc.is_tracked(), lambda: gc.enable(1)]:
    try:
        bad()
    except Exception as e:
        print type(e).__name__, e

for gen in (0, 1, 2):
    c = [None]
    c[0] = c
    del c
    print 'generation', gen, gc.collect(gen)
print gc.collect(generation=2)
