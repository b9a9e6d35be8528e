"""bisect: binary search in sorted lists and insertion that keeps them sorted."""


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    return lo, hi


def insort_right(a, x, lo=0, hi=None):
    """Insert x into the sorted list a after any items equal to it."""
    a.insert(bisect_right(a, x, lo, hi), x)

insort = insort_right


def bisect_right(a, x, lo=0, hi=None):
    """The position after the last item <= x in the sorted list a[lo:hi]."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo

bisect = bisect_right


def insort_left(a, x, lo=0, hi=None):
    """Insert x into the sorted list a before any items equal to it."""
    a.insert(bisect_left(a, x, lo, hi), x)


def bisect_left(a, x, lo=0, hi=None):
    """The position of the first item >= x in the sorted list a[lo:hi]."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


# The functions proper are in Go (_bisect), as CPython's are in C; the definitions above
# document the algorithm.
from _bisect import bisect_left, bisect_right, insort_left, insort_right
bisect = bisect_right
insort = insort_right
