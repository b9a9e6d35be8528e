# heapq and bisect: the exact list layouts CPython produces, and their errors.
import heapq
import bisect

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heapq.heappush(h, x)
    print h
print [heapq.heappop(h) for i in range(4)], h
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(data)
print data
print heapq.heapreplace(data, 10), data
print heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data
print heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]), heapq.nsmallest(10, [2, 1])
print heapq.nlargest(2, ['bb', 'a', 'ccc', 'dd'], key=len), heapq.nsmallest(2, [(1, 'b'), (1, 'a'), (0, 'z')])
print list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9])), list(heapq.merge())
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'test'))
while tasks:
    print heapq.heappop(tasks)
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1),
            lambda: heapq.heapify(5)]:
    try:
        bad()
    except Exception as e:
        print type(e).__name__, e

a = [1, 2, 2, 2, 3, 5, 8]
print bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9)
print bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 4, hi=4)
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 2.0)
print a
grades = 'FDCBA'
print [grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]]
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print 'ValueError', e
print bisect.bisect_left(a=[1, 2, 3], x=2), bisect.bisect([1, 2, 3], 2, hi=1), bisect.bisect('acex', 'd')
t = (1, 3, 5)
print bisect.bisect(t, 4), bisect.bisect_left(xrange(0, 100, 10), 35)


class Seq(object):
    def __init__(self):
        self.items = [1, 5]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print 'insert', i, x
        self.items.insert(i, x)

sq = Seq()
bisect.insort(sq, 3)
print sq.items
for bad in [lambda: bisect.bisect(), lambda: bisect.bisect([1], 1, 0, 5, 6), lambda: bisect.insort((1,), 1),
            lambda: bisect.bisect([1], 1, 'a')]:
    try:
        bad()
    except Exception as e:
        print type(e).__name__, e
# keyword arguments bind as PyArg_ParseTupleAndKeywords binds them
print bisect.bisect(a=[1, 2], x=2, hi=1), bisect.bisect_left([1, 2, 3], hi=3, x=3, lo=1)
for bad in [lambda: bisect.bisect([1], 1, a=2), lambda: bisect.bisect([1], 1, 0, 1, 5), lambda: bisect.bisect([1], 1, 0, 1, hi=1),
            lambda: bisect.insort_left(x=1), lambda: bisect.insort([1], 1, 0, x=1)]:
    try:
        bad()
    except Exception as e:
        print type(e).__name__, e
