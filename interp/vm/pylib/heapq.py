"""heapq: lists used as binary heaps (priority queues).

A heap is a list with a[k] <= a[2*k+1] and a[k] <= a[2*k+2]; a[0] is its smallest item.
The operations leave the items in exactly the order CPython's do, since a program may
print the list."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check(heap):
    if not isinstance(heap, list):
        raise TypeError("heap argument must be a list")


def heappush(heap, item):
    """Add item to the heap."""
    _check(heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Remove and return the smallest item of the heap."""
    _check(heap)
    if not heap:
        raise IndexError("index out of range")
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    """Remove and return the smallest item, then add item (the heap must not be empty)."""
    _check(heap)
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Add item, then remove and return the smallest item, in one step."""
    _check(heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Rearrange the list x into a heap, in linear time."""
    if not isinstance(x, list):
        raise TypeError("heap argument must be a list")
    n = len(x)
    for i in reversed(xrange(n // 2)):
        _siftup(x, i)


def _siftdown(heap, startpos, pos):
    # Move the item at pos up towards startpos until its parent is not larger.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    # Move the smaller child up until a leaf is reached, then sift the item down into
    # place from there (fewer comparisons than stopping early, as CPython does).
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


# The heap operations proper are in Go (_heapq), as CPython's are in C; the Python
# definitions above document the algorithm and serve no other purpose once replaced.
from _heapq import heappush, heappop, heapreplace, heappushpop, heapify
from _heapq import nlargest as _nlargest, nsmallest as _nsmallest
from itertools import islice as _islice, chain as _chain, count as _count, izip as _izip
from itertools import imap as _imap, tee as _tee
from operator import itemgetter as _itemgetter


def merge(*iterables):
    """Iterate over several sorted iterables as one sorted sequence."""
    h = []
    for itnum, it in enumerate(map(iter, iterables)):
        try:
            nxt = it.next
            h.append([nxt(), itnum, nxt])
        except StopIteration:
            pass
    heapify(h)
    while 1:
        try:
            while 1:
                v, itnum, nxt = s = h[0]
                yield v
                s[0] = nxt()
                heapreplace(h, s)
        except StopIteration:
            heappop(h)
        except IndexError:
            return


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable (by key), smallest first: what
    sorted(iterable, key=key)[:n] gives, found with a heap of n items."""
    if n == 1:
        # One item: min() of what there is.
        it = iter(iterable)
        head = list(_islice(it, 1))
        if not head:
            return []
        if key is None:
            return [min(_chain(head, it))]
        return [min(_chain(head, it), key=key)]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    # Items are decorated with their position (and key) so that ties keep their order
    # and the items themselves are compared only through the key.
    if key is None:
        return map(_itemgetter(0), _nsmallest(n, _izip(iterable, _count())))
    in1, in2 = _tee(iterable)
    return map(_itemgetter(2), _nsmallest(n, _izip(_imap(key, in1), _count(), in2)))


def nlargest(n, iterable, key=None):
    """The n largest items of iterable (by key), largest first: what
    sorted(iterable, key=key, reverse=True)[:n] gives, found with a heap of n items."""
    if n == 1:
        it = iter(iterable)
        head = list(_islice(it, 1))
        if not head:
            return []
        if key is None:
            return [max(_chain(head, it))]
        return [max(_chain(head, it), key=key)]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    # Positions count down, so that among equal items the earliest ranks highest.
    if key is None:
        return map(_itemgetter(0), _nlargest(n, _izip(iterable, _count(0, -1))))
    in1, in2 = _tee(iterable)
    return map(_itemgetter(2), _nlargest(n, _izip(_imap(key, in1), _count(0, -1), in2)))
