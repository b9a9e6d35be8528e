# Which containers the cycle collector tracks, as CPython 2.7 decides it: dicts start
# untracked and are tracked when they get a container; tuples are tracked when made and
# untracked by a collection that finds all their items atomic; dicts of atomic values are
# untracked again only by a full collection.
import gc

gc.collect()
print 'new dicts', gc.is_tracked({}), gc.is_tracked({1: 2}), gc.is_tracked({'a': 'b'}), gc.is_tracked({1: []})
print 'dict()', gc.is_tracked(dict()), gc.is_tracked(dict(a=[])), gc.is_tracked(dict(a=1))


class D(dict):
    pass


class Plain(object):
    pass


print 'subclass', gc.is_tracked(D())
p = Plain()
print 'instance', gc.is_tracked(p), gc.is_tracked(p.__dict__)
p.items = []
print 'instance dict with a list', gc.is_tracked(p.__dict__)
p2 = Plain()
p2.n = 3
print 'instance dict with an int', gc.is_tracked(p2.__dict__)

x = {}
x.setdefault('k', [])
y = {}.fromkeys([1, 2])
z = {}
z.update({'q': [1]})
print 'methods', gc.is_tracked(x), gc.is_tracked(y), gc.is_tracked({'a': 1}.copy()), gc.is_tracked({'a': []}.copy()), gc.is_tracked(z)
print 'comprehensions', gc.is_tracked({i: i for i in range(3)}), gc.is_tracked({i: [i] for i in range(3)})
print 'sets', gc.is_tracked(frozenset([1])), gc.is_tracked(set())

# A dict that held a list stays tracked until a full collection.
d = {1: []}
del d[1]
d[2] = 3
print 'emptied', gc.is_tracked(d)
gc.collect(0)
print 'after collect(0)', gc.is_tracked(d)
gc.collect(1)
print 'after collect(1)', gc.is_tracked(d)
gc.collect()
print 'after collect()', gc.is_tracked(d)
d['again'] = {}
print 'given a dict', gc.is_tracked(d)
gc.collect()
print 'still holding a dict', gc.is_tracked(d)

# Tuples: made tracked; a collection untracks those of atomic items, inner ones after the
# outer one has been scanned (it is scanned first, while the inner one is still tracked).
tt = tuple([1, tuple([2, 3]), 'x', None, 2.5])
print 'made', gc.is_tracked(tt), gc.is_tracked(tt[1])
gc.collect(0)
print 'after collect(0)', gc.is_tracked(tt), gc.is_tracked(tt[1])
gc.collect(0)
print 'after another', gc.is_tracked(tt)
holding_list = tuple([1, []])
holding_dict = tuple([1, {}])
gc.collect()
print 'holding containers', gc.is_tracked(holding_list), gc.is_tracked(holding_dict)
pairs = [(i, str(i)) for i in range(3)]
gc.collect(0)
print 'pairs', [gc.is_tracked(t) for t in pairs]
keyed = {}
for i in range(3):
    keyed[(i, 'k')] = [i]
print 'tuple keys', gc.is_tracked(keyed), [gc.is_tracked(k) for k in sorted(keyed)]
gc.collect()
print 'tuple keys after collect', gc.is_tracked(keyed), [gc.is_tracked(k) for k in sorted(keyed)]


# A cycle through a dict that was untracked, then tracked again, is still collected.
class Node(object):
    def __init__(self, name):
        self.name = name


table = {'n': 1}
gc.collect()
print 'table', gc.is_tracked(table)
n = Node('a')
table['node'] = n
n.table = table
print 'table in a cycle', gc.is_tracked(table)
del n, table
print 'collected', gc.collect() > 0
