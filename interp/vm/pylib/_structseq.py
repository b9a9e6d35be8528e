"""Struct sequences: the read-only records time.struct_time and os.stat_result.

As in CPython they are not tuples, but behave like one (indexing, slicing, iteration,
comparison and hashing go through the tuple of their fields), and also name their fields.
"""


def _tuple_of(o):
    if isinstance(o, structseq):
        return object.__getattribute__(o, '_t')
    return o


class structseq(object):
    """Base of the struct sequence types made by make()."""

    _fields = ()
    _qualname = 'structseq'

    def __init__(self, seq, extra=None):
        t = tuple(seq)
        n = len(self._fields)
        if len(t) != n:
            raise TypeError("%s() takes a %d-sequence (%d-sequence given)" % (self._qualname, n, len(t)))
        object.__setattr__(self, '_t', t)
        object.__setattr__(self, '_extra', extra or {})

    def __setattr__(self, name, value):
        raise TypeError('readonly attribute')

    def __delattr__(self, name):
        raise TypeError('readonly attribute')

    def __getitem__(self, i):
        return self._t[i]

    def __getslice__(self, i, j):
        return self._t[i:j]

    def __len__(self):
        return len(self._t)

    def __iter__(self):
        return iter(self._t)

    def __contains__(self, item):
        return item in self._t

    def __hash__(self):
        return hash(self._t)

    def __eq__(self, other):
        return self._t == _tuple_of(other)

    def __ne__(self, other):
        return self._t != _tuple_of(other)

    def __lt__(self, other):
        return self._t < _tuple_of(other)

    def __le__(self, other):
        return self._t <= _tuple_of(other)

    def __gt__(self, other):
        return self._t > _tuple_of(other)

    def __ge__(self, other):
        return self._t >= _tuple_of(other)

    def __add__(self, other):
        return self._t + _tuple_of(other)

    def __mul__(self, n):
        return self._t * n

    __rmul__ = __mul__

    def __repr__(self):
        parts = ['%s=%r' % (name, value) for name, value in zip(self._fields, self._t)]
        return self._qualname + '(' + ', '.join(parts) + ')'

    __str__ = __repr__

    def __reduce__(self):
        return (type(self), (self._t,))


def _field(index, name):
    def get(self):
        extra = object.__getattribute__(self, '_extra')
        if name in extra:
            return extra[name]
        return object.__getattribute__(self, '_t')[index]
    return property(get)


def make(name, module, fields, doc):
    """A struct sequence class named module.name with the given field names."""
    ns = {'__doc__': doc, '__module__': module, '_fields': tuple(fields),
          '_qualname': module + '.' + name, 'n_fields': len(fields),
          'n_sequence_fields': len(fields), 'n_unnamed_fields': 0}
    for i, f in enumerate(fields):
        ns[f] = _field(i, f)
    return type(name, (structseq,), ns)
