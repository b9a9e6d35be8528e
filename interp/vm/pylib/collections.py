"""collections: high-performance container datatypes.

namedtuple, deque, defaultdict, Counter and OrderedDict, with CPython 2.7's behaviour
(names, reprs, error messages).
"""

__all__ = ['Counter', 'deque', 'defaultdict', 'namedtuple', 'OrderedDict']

from operator import itemgetter as _itemgetter
from keyword import iskeyword as _iskeyword
import sys as _sys
import heapq as _heapq
from _collections import ring as _ring


################################################################################
### deque
################################################################################

class deque(object):
    """deque([iterable[, maxlen]]): a sequence with fast appends and pops at both ends,
    optionally bounded (appending to a full deque drops an item from the other end)."""

    # The items live in a _collections.ring (Go). For plain deques its methods are bound
    # straight onto the instance, so that append and popleft cost a single builtin call;
    # subclasses go through the methods below, which they may override.

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and not isinstance(maxlen, (int, long)):
            raise TypeError("an integer is required")
        r = _ring(maxlen)
        object.__setattr__(self, '_r', r)
        if type(self) is deque:
            for name in ('append', 'appendleft', 'pop', 'popleft', 'extend', 'extendleft'):
                object.__setattr__(self, name, getattr(r, name))
        r.extend(iterable)

    @property
    def maxlen(self):
        """The bound given to the deque, or None."""
        return self._r.maxlen()

    def append(self, x):
        """Add x at the right end."""
        self._r.append(x)

    def appendleft(self, x):
        """Add x at the left end."""
        self._r.appendleft(x)

    def pop(self):
        """Remove and return the rightmost item."""
        return self._r.pop()

    def popleft(self):
        """Remove and return the leftmost item."""
        return self._r.popleft()

    def extend(self, iterable):
        """Append the items of iterable at the right end."""
        self._r.extend(iterable._r if isinstance(iterable, deque) and iterable is self else iterable)

    def extendleft(self, iterable):
        """Append the items of iterable at the left end, one by one (so they end reversed)."""
        self._r.extendleft(iterable._r if isinstance(iterable, deque) and iterable is self else iterable)

    def clear(self):
        """Remove every item."""
        self._r.clear()

    def count(self, value):
        """How many items equal value."""
        return self._r.count(value)

    def remove(self, value):
        """Remove the first item equal to value."""
        self._r.remove(value)

    def reverse(self):
        """Reverse the items in place."""
        self._r.reverse()

    def rotate(self, n=1):
        """Move n items from the right end to the left end (n < 0 goes the other way)."""
        self._r.rotate(n)

    def __len__(self):
        return len(self._r)

    def __iter__(self):
        return self._r.iter(False)

    def __reversed__(self):
        return self._r.iter(True)

    def __getitem__(self, i):
        return self._r.get(i)

    def __setitem__(self, i, value):
        self._r.set(i, value)

    def __delitem__(self, i):
        self._r.delete(i)

    # No __contains__: as in CPython 2.7, `in` iterates and stops at the first equal item.

    def __repr__(self):
        if _repr_running(self):
            return '[...]'
        try:
            items = repr(self._r.items())
        finally:
            _repr_done(self)
        maxlen = self._r.maxlen()
        if maxlen is None:
            return 'deque(%s)' % items
        return 'deque(%s, maxlen=%d)' % (items, maxlen)

    def __copy__(self):
        return self.__class__(self, self._r.maxlen())

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __reduce__(self):
        return type(self), (self._r.items(), self._r.maxlen())

    __hash__ = None

    def _cmp_list(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return other._r.items()

    def __eq__(self, other):
        o = self._cmp_list(other)
        return o if o is NotImplemented else self._r.items() == o

    def __ne__(self, other):
        o = self._cmp_list(other)
        return o if o is NotImplemented else self._r.items() != o

    def __lt__(self, other):
        o = self._cmp_list(other)
        return o if o is NotImplemented else self._r.items() < o

    def __le__(self, other):
        o = self._cmp_list(other)
        return o if o is NotImplemented else self._r.items() <= o

    def __gt__(self, other):
        o = self._cmp_list(other)
        return o if o is NotImplemented else self._r.items() > o

    def __ge__(self, other):
        o = self._cmp_list(other)
        return o if o is NotImplemented else self._r.items() >= o


_repr_active = set()


def _repr_running(obj):
    key = id(obj)
    if key in _repr_active:
        return True
    _repr_active.add(key)
    return False


def _repr_done(obj):
    _repr_active.discard(id(obj))


################################################################################
### defaultdict
################################################################################

class defaultdict(dict):
    """defaultdict(default_factory[, ...]): a dict that makes a missing key's value by
    calling default_factory() when the key is looked up with []."""

    def __init__(*args, **kwds):
        self = args[0]
        args = args[1:]
        factory = None
        if args:
            factory = args[0]
            args = args[1:]
            if factory is not None and not callable(factory):
                raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwds)
        self.default_factory = factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        if _repr_running(self):
            return '...'
        try:
            if self.default_factory is None:
                f = 'None'
            elif self.default_factory is self:
                f = '...'
            else:
                f = repr(self.default_factory)
            return 'defaultdict(%s, %s)' % (f, dict.__repr__(self))
        finally:
            _repr_done(self)

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, self.iteritems()


################################################################################
### namedtuple
################################################################################

def _make_property(index, doc):
    return property(_itemgetter(index), doc=doc)


def namedtuple(typename, field_names, verbose=False, rename=False):
    """A tuple subclass named typename whose items are also attributes named by field_names
    (a sequence of names, or one string of names separated by spaces or commas)."""
    if isinstance(field_names, basestring):
        field_names = field_names.replace(',', ' ').split()
    field_names = map(str, field_names)
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not all(c.isalnum() or c == '_' for c in name)
                    or _iskeyword(name)
                    or not name
                    or name[0].isdigit()
                    or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) != str:
            raise TypeError('Type names and field names must be strings')
        if not all(c.isalnum() or c == '_' for c in name):
            raise ValueError('Type names and field names can only contain '
                             'alphanumeric characters and underscores: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % name)
        if name[0].isdigit():
            raise ValueError('Type names and field names cannot start with '
                             'a number: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)

    fields = tuple(field_names)
    nfields = len(fields)
    arglist = ', '.join(fields)
    repr_fmt = '(' + ', '.join('%s=%%r' % name for name in fields) + ')'

    # __new__ is compiled so that it has the fields as its named parameters (keyword
    # arguments and the error messages for missing ones work as for any function).
    ns = {'_tuple_new': tuple.__new__}
    exec ('def __new__(_cls, %s):\n'
          '    return _tuple_new(_cls, (%s))\n' % (arglist, arglist + (',' if nfields == 1 else ''))) in ns
    new = ns['__new__']
    new.__doc__ = 'Create new instance of %s(%s)' % (typename, arglist)

    def _make(cls, iterable, new=tuple.__new__, len=len):
        result = new(cls, iterable)
        if len(result) != nfields:
            raise TypeError('Expected %d arguments, got %d' % (nfields, len(result)))
        return result

    def __repr__(self):
        return typename + repr_fmt % tuple(self)

    def _asdict(self):
        return OrderedDict(zip(self._fields, self))

    def _replace(_self, **kwds):
        result = _self._make(map(kwds.pop, fields, _self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % kwds.keys())
        return result

    def __getnewargs__(self):
        return tuple(self)

    def __getstate__(self):
        pass

    namespace = {
        '__doc__': '%s(%s)' % (typename, arglist),
        '__slots__': (),
        '_fields': fields,
        '__new__': new,
        '_make': classmethod(_make),
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__dict__': property(_asdict),
        '_replace': _replace,
        '__getnewargs__': __getnewargs__,
        '__getstate__': __getstate__,
    }
    for index, name in enumerate(fields):
        namespace[name] = _make_property(index, 'Alias for field number %d' % index)
    try:
        namespace['__module__'] = _sys._getframe(1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        namespace['__module__'] = '__main__'
    result = type(typename, (tuple,), namespace)
    if verbose:
        print 'class %s(tuple): fields %s' % (typename, fields)
    return result


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    """A dict that iterates over its keys in the order they were first inserted."""

    # The order is kept in a list of keys beside the dict; deletions are O(n), which
    # keeps the code simple and the common operations (insert, lookup, iterate) fast.

    def __init__(*args, **kwds):
        if not args:
            raise TypeError("descriptor '__init__' of 'OrderedDict' object needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        try:
            self.__keys
        except AttributeError:
            self.__keys = []
        self.update(*args, **kwds)

    def __setitem__(self, key, value, dict_setitem=dict.__setitem__):
        if key not in self:
            self.__keys.append(key)
        dict_setitem(self, key, value)

    def __delitem__(self, key, dict_delitem=dict.__delitem__):
        dict_delitem(self, key)
        keys = self.__keys
        for i, k in enumerate(keys):
            if k is key or k == key:
                del keys[i]
                break

    def __iter__(self):
        return iter(list(self.__keys))

    def __reversed__(self):
        return iter(self.__keys[::-1])

    def clear(self):
        del self.__keys[:]
        dict.clear(self)

    def keys(self):
        return list(self.__keys)

    def values(self):
        return [self[key] for key in self.__keys]

    def items(self):
        return [(key, self[key]) for key in self.__keys]

    def iterkeys(self):
        return iter(self)

    def itervalues(self):
        for k in self:
            yield self[k]

    def iteritems(self):
        for k in self:
            yield (k, self[k])

    def update(*args, **kwds):
        if not args:
            raise TypeError("descriptor 'update' of 'OrderedDict' object needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('update() takes at most 2 positional arguments (%d given)' % (len(args) + 1,))
        if args:
            other = args[0]
            if isinstance(other, dict) or hasattr(other, 'keys'):
                for key in other.keys() if not isinstance(other, OrderedDict) else other:
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
        for key, value in kwds.items():
            self[key] = value

    __marker = object()

    def pop(self, key, default=__marker):
        if key in self:
            result = self[key]
            del self[key]
            return result
        if default is self.__marker:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = self.__keys[-1] if last else self.__keys[0]
        value = self.pop(key)
        return key, value

    def __repr__(self):
        if _repr_running(self):
            return '...'
        try:
            if not self:
                return '%s()' % (self.__class__.__name__,)
            return '%s(%r)' % (self.__class__.__name__, self.items())
        finally:
            _repr_done(self)

    def __reduce__(self):
        return (self.__class__, (self.items(),))

    def copy(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return len(self) == len(other) and self.items() == other.items()
        if isinstance(other, dict):
            return dict(self) == other
        return NotImplemented

    def __ne__(self, other):
        return not self == other

    def viewkeys(self):
        return self.keys()

    def viewvalues(self):
        return self.values()

    def viewitems(self):
        return self.items()


################################################################################
### Counter
################################################################################

class Counter(dict):
    """A dict that counts things: Counter('abca')['a'] == 2, and a missing key counts 0."""

    def __init__(*args, **kwds):
        if not args:
            raise TypeError("descriptor '__init__' of 'Counter' object needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        dict.__init__(self)
        self.update(*args, **kwds)

    def __missing__(self, key):
        """A key not counted yet has count 0."""
        return 0

    def most_common(self, n=None):
        """The (item, count) pairs from the most common down, all of them or the first n."""
        if n is None:
            return sorted(self.iteritems(), key=_itemgetter(1), reverse=True)
        return _heapq.nlargest(n, self.iteritems(), key=_itemgetter(1))

    def elements(self):
        """Each item repeated as many times as its count."""
        for elem, count in self.iteritems():
            for i in xrange(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(*args, **kwds):
        """Add the counts of a mapping or the items of an iterable (and of the keywords)."""
        if not args:
            raise TypeError("descriptor 'update' of 'Counter' object needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        iterable = args[0] if args else None
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    self_get = self.get
                    for elem, count in iterable.iteritems():
                        self[elem] = self_get(elem, 0) + count
                else:
                    dict.update(self, iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(*args, **kwds):
        """Subtract the counts of a mapping or the items of an iterable (and of the keywords)."""
        if not args:
            raise TypeError("descriptor 'subtract' of 'Counter' object needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        iterable = args[0] if args else None
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A new Counter with the same counts."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Forget elem's count; a missing elem is no error."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        items = ', '.join(map('%r: %r'.__mod__, self.most_common()))
        return '%s({%s})' % (self.__class__.__name__, items)

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result
