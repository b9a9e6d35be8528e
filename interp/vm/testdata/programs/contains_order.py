# Which side's __eq__ `in` asks first: the value searched for, as CPython 2.7 does (for list,
# tuple and the iteration fallback); list.index, count and remove ask the item first.
calls = []
class E(object):
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        calls.append((self.name, getattr(other, 'name', other)))
        return False
a, b = E('a'), E('b')
x = E('x')
print x in [a, b], calls
del calls[:]
print x in (a, b), calls
del calls[:]
class Seq(object):
    def __iter__(self):
        return iter([a, b])
print x in Seq(), calls
del calls[:]
class Old:
    def __getitem__(self, i):
        if i < 2:
            return [a, b][i]
        raise IndexError(i)
print x in Old(), calls
del calls[:]
print [a, b].count(x), calls
del calls[:]
try:
    [a, b].index(x)
except ValueError:
    print 'index: not found', calls
del calls[:]
try:
    [a, b].remove(x)
except ValueError:
    print 'remove: not found', calls
