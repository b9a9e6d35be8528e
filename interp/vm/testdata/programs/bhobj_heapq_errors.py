# nsmallest and nlargest keep a private heap of n items; a comparison that fails while
# that heap is being sifted must leave each item in it exactly once (no item counted
# twice, none lost), whichever comparison it is and whichever heap (max or min).
import heapq

class Flaky(object):
    def __init__(self, v, limit):
        self.v = v
        self.limit = limit
    def __lt__(self, other):
        self.limit[0] -= 1
        if self.limit[0] == 0:
            raise ValueError('comparison %d failed' % self.v)
        return self.v < other.v
    def __repr__(self):
        return 'F%d' % self.v

ORDER = [5, 1, 4, 2, 8, 7, 3, 6, 0, 9]

def items(limit):
    for v in ORDER:
        yield Flaky(v, limit)

for select in (heapq.nsmallest, heapq.nlargest):
    for fail_at in range(1, 30):
        limit = [fail_at]
        try:
            got = select(6, items(limit))
        except ValueError as e:
            got = str(e)
        print select.__name__, fail_at, got
# Afterwards each selection still works.
print heapq.nsmallest(3, iter(ORDER)), heapq.nlargest(3, iter(ORDER))
