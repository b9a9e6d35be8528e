"""itertools: functions creating iterators for efficient looping.

The iterators are in Go (_itertools), as CPython's are in C; groupby and tee, whose
iterators share state, are written here.
"""

from _itertools import (count, repeat, cycle, chain, islice, imap, starmap, ifilter,
                        ifilterfalse, izip, izip_longest, compress, takewhile, dropwhile,
                        product, permutations, combinations, combinations_with_replacement)


class groupby(object):
    """groupby(iterable[, key]): (key, group) pairs for the runs of consecutive items with
    the same key; each group iterates over its run."""

    def __init__(self, iterable, key=None):
        if key is None:
            key = lambda x: x
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = object()
        self._marker = self._currkey

    def __iter__(self):
        return self

    def next(self):
        while self._currkey is self._marker or self._currkey == self._tgtkey:
            self._currvalue = self._it.next()
            self._currkey = self._keyfunc(self._currvalue)
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey))


class _grouper(object):
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def next(self):
        p = self._parent
        if p._tgtkey is not self._tgtkey:
            raise StopIteration
        if p._currkey is p._marker:
            p._currvalue = p._it.next()
            p._currkey = p._keyfunc(p._currvalue)
        if p._currkey != self._tgtkey:
            raise StopIteration
        r = p._currvalue
        p._currkey = p._marker
        return r


class _tee_buffer(object):
    def __init__(self, it):
        self.it = it
        self.values = []
        self.offset = 0   # index in the whole stream of values[0]
        self.readers = []


class _tee(object):
    def __init__(self, buf, pos):
        self._buf = buf
        self._pos = pos

    def __iter__(self):
        return self

    def next(self):
        b = self._buf
        i = self._pos - b.offset
        if i >= len(b.values):
            b.values.append(b.it.next())
        v = b.values[i]
        self._pos += 1
        return v

    def __copy__(self):
        return _tee(self._buf, self._pos)

_tee.__name__ = 'tee'


def tee(iterable, n=2):
    """tee(iterable, n=2): n iterators over the same items, each advancing on its own."""
    if not isinstance(n, (int, long)):
        raise TypeError("an integer is required")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    if isinstance(iterable, _tee):
        return tuple([iterable] + [iterable.__copy__() for i in xrange(n - 1)])
    buf = _tee_buffer(iter(iterable))
    return tuple([_tee(buf, 0) for i in xrange(n)])
