"""itertools: functions creating iterators for efficient looping."""

import sys as _sys

_maxint = _sys.maxint


class count(object):
    """count(start=0, step=1) --> count object"""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, long, float, complex)):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def next(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class repeat(object):
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly.
    """

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            if not isinstance(times, (int, long)):
                raise TypeError("an integer is required")
            times = max(times, 0)
        self._times = times

    def __iter__(self):
        return self

    def next(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


class _gen_iterator(object):
    """Base of the iterators below: next() advances a generator made by _run."""

    def __iter__(self):
        return self

    def next(self):
        return self._it.next()


class cycle(_gen_iterator):
    """cycle(iterable) --> cycle object"""

    def __init__(self, iterable):
        self._it = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        while saved:
            for element in saved:
                yield element


class chain(_gen_iterator):
    """chain(*iterables) --> chain object"""

    def __init__(self, *iterables):
        self._it = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for it in sources:
            for element in it:
                yield element

    @classmethod
    def from_iterable(cls, iterable):
        """chain.from_iterable(iterable) --> chain object"""
        self = cls.__new__(cls)
        self._it = cls._run(iter(iterable))
        return self


def _check_islice_arg(v, what):
    if v is None:
        return None
    if not isinstance(v, (int, long)) or v < 0 or v > _maxint:
        raise ValueError(what)
    return v


class islice(_gen_iterator):
    """islice(iterable, [start,] stop [, step]) --> islice object"""

    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
            stop = _check_islice_arg(stop, "Stop argument for islice() must be None or an integer: 0 <= x <= maxint.")
        elif 2 <= len(args) <= 3:
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
            start = _check_islice_arg(start, "Indices for islice() must be None or an integer: 0 <= x <= maxint.")
            stop = _check_islice_arg(stop, "Stop argument for islice() must be None or an integer: 0 <= x <= maxint.")
        elif not args:
            raise TypeError("islice expected at least 2 arguments, got 1")
        else:
            raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
        if start is None:
            start = 0
        if step is None:
            step = 1
        elif not isinstance(step, (int, long)) or step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = self._run(iter(iterable), start, stop, step)

    @staticmethod
    def _run(it, start, stop, step):
        nexti = start
        i = 0
        while stop is None or nexti < stop:
            try:
                element = it.next()
            except StopIteration:
                return
            if i == nexti:
                yield element
                nexti += step
            i += 1


class imap(_gen_iterator):
    """imap(func, *iterables) --> imap object"""

    def __init__(self, function, *iterables):
        if not iterables:
            raise TypeError("imap() must have at least two arguments.")
        self._it = self._run(function, [iter(i) for i in iterables])

    @staticmethod
    def _run(function, iterators):
        while True:
            args = tuple([it.next() for it in iterators])
            if function is None:
                yield args
            else:
                yield function(*args)


class starmap(_gen_iterator):
    """starmap(function, sequence) --> starmap object"""

    def __init__(self, function, iterable):
        self._it = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        for args in it:
            yield function(*args)


class ifilter(_gen_iterator):
    """ifilter(function or None, sequence) --> ifilter object"""

    def __init__(self, predicate, iterable):
        self._it = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        if predicate is None:
            predicate = bool
        for x in it:
            if predicate(x):
                yield x


class ifilterfalse(_gen_iterator):
    """ifilterfalse(function or None, sequence) --> ifilterfalse object"""

    def __init__(self, predicate, iterable):
        self._it = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        if predicate is None:
            predicate = bool
        for x in it:
            if not predicate(x):
                yield x


class izip(_gen_iterator):
    """izip(iter1 [,iter2 [...]]) --> izip object"""

    def __init__(self, *iterables):
        its = []
        for i, x in enumerate(iterables):
            try:
                its.append(iter(x))
            except TypeError:
                raise TypeError("izip argument #%d must support iteration" % (i + 1))
        self._it = self._run(its)

    @staticmethod
    def _run(iterators):
        if not iterators:
            return
        while True:
            yield tuple([it.next() for it in iterators])


class izip_longest(_gen_iterator):
    """izip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> izip_longest object"""

    def __init__(self, *iterables, **kwds):
        fillvalue = kwds.pop('fillvalue', None)
        if kwds:
            raise TypeError("izip_longest() got an unexpected keyword argument")
        its = []
        for i, x in enumerate(iterables):
            try:
                its.append(iter(x))
            except TypeError:
                raise TypeError("izip_longest argument #%d must support iteration" % (i + 1))
        self._it = self._run(its, fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        active = len(iterators)
        if not active:
            return
        iterators = list(iterators)
        while True:
            values = []
            for i, it in enumerate(iterators):
                if it is None:
                    values.append(fillvalue)
                    continue
                try:
                    values.append(it.next())
                except StopIteration:
                    active -= 1
                    if not active:
                        return
                    iterators[i] = None
                    values.append(fillvalue)
            yield tuple(values)


class compress(_gen_iterator):
    """compress(data, selectors) --> iterator over selected data"""

    def __init__(self, data, selectors):
        self._it = (d for d, s in izip(data, selectors) if s)


class takewhile(_gen_iterator):
    """takewhile(predicate, iterable) --> takewhile object"""

    def __init__(self, predicate, iterable):
        self._it = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


class dropwhile(_gen_iterator):
    """dropwhile(predicate, iterable) --> dropwhile object"""

    def __init__(self, predicate, iterable):
        self._it = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x


class groupby(object):
    """groupby(iterable[, keyfunc]) -> create an iterator which returns
    (key, sub-iterator) grouped by each value of key(value).
    """

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
    """tee(iterable, n=2) --> tuple of n independent iterators."""
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


class product(_gen_iterator):
    """product(*iterables, repeat=1) --> product object"""

    def __init__(self, *args, **kwds):
        repeat = kwds.pop('repeat', 1)
        if kwds:
            raise TypeError("product() got an unexpected keyword argument")
        pools = [tuple(pool) for pool in args] * repeat
        self._it = self._run(pools)

    @staticmethod
    def _run(pools):
        result = [[]]
        for pool in pools:
            result = [x + [y] for x in result for y in pool]
        for prod in result:
            yield tuple(prod)


class permutations(_gen_iterator):
    """permutations(iterable[, r]) --> permutations object"""

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        r = n if r is None else r
        if r < 0:
            raise ValueError("r must be non-negative")
        self._it = self._run(pool, n, r)

    @staticmethod
    def _run(pool, n, r):
        if r > n:
            return
        indices = range(n)
        cycles = range(n, n - r, -1)
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_gen_iterator):
    """combinations(iterable, r) --> combinations object"""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._it = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = range(r)
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_gen_iterator):
    """combinations_with_replacement(iterable, r) --> combinations_with_replacement object"""

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        if r < 0:
            raise ValueError("r must be non-negative")
        self._it = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)

