"""weakref: weak references, proxies and the weak dictionaries.

ref, getweakrefcount and getweakrefs come from _weakref (Go). The proxies and the
dictionaries are built here on ref callbacks: an entry is removed by the callback of the
weak reference it holds, the moment its referent dies.
"""
from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceError", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet"]

_get = object.__getattribute__
_set = object.__setattr__


def _target(p):
    o = _get(p, '_ref')()
    if o is None:
        raise ReferenceError('weakly-referenced object no longer exists')
    return o


class weakproxy(object):
    """A proxy to an object through a weak reference."""
    __module__ = '__builtin__'

    def __init__(self, obj, callback=None):
        if callback is None:
            _set(self, '_ref', ref(obj))
        else:
            selfref = ref(self)

            def notify(r, selfref=selfref, callback=callback):
                p = selfref()
                if p is not None:
                    callback(p)
            _set(self, '_ref', ref(obj, notify))

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        o = _get(self, '_ref')()
        if o is None:
            return '<weakproxy at %#x; dead>' % id(self)
        return '<weakproxy at %#x to %s at %#x>' % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_target(self))

    def __unicode__(self):
        return unicode(_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakproxy'")

    def __nonzero__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def next(self):
        return _target(self).next()

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __getslice__(self, i, j):
        return _target(self)[i:j]

    def __eq__(self, other):
        return _target(self) == _unwrap(other)

    def __ne__(self, other):
        return _target(self) != _unwrap(other)

    def __lt__(self, other):
        return _target(self) < _unwrap(other)

    def __le__(self, other):
        return _target(self) <= _unwrap(other)

    def __gt__(self, other):
        return _target(self) > _unwrap(other)

    def __ge__(self, other):
        return _target(self) >= _unwrap(other)

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __abs__(self):
        return abs(_target(self))

    def __invert__(self):
        return ~_target(self)

    def __int__(self):
        return int(_target(self))

    def __long__(self):
        return long(_target(self))

    def __float__(self):
        return float(_target(self))

    def __index__(self):
        import operator
        return operator.index(_target(self))


def _unwrap(o):
    if isinstance(o, weakproxy):
        return _target(o)
    return o


def _binary(name, op):
    def forward(self, other):
        return op(_target(self), _unwrap(other))

    def reflected(self, other):
        return op(_unwrap(other), _target(self))
    forward.__name__ = '__%s__' % name
    reflected.__name__ = '__r%s__' % name
    setattr(weakproxy, '__%s__' % name, forward)
    setattr(weakproxy, '__r%s__' % name, reflected)


def _inplace(name, op):
    def inplace(self, other):
        o = _target(self)
        r = op(o, _unwrap(other))
        if r is not o:
            raise TypeError('in-place operation on a proxy must modify the referent')
        return self
    inplace.__name__ = '__i%s__' % name
    setattr(weakproxy, '__i%s__' % name, inplace)


def _install_operators():
    import operator
    for name in ('add', 'sub', 'mul', 'div', 'truediv', 'floordiv', 'mod', 'pow',
                 'lshift', 'rshift', 'and', 'or', 'xor'):
        fn = getattr(operator, '__%s__' % name)
        _binary(name, fn)
        _inplace(name, getattr(operator, '__i%s__' % name))
    weakproxy.__divmod__ = lambda self, other: divmod(_target(self), _unwrap(other))
    weakproxy.__rdivmod__ = lambda self, other: divmod(_unwrap(other), _target(self))

_install_operators()
del _install_operators


class weakcallableproxy(weakproxy):
    """A proxy to a callable object through a weak reference."""
    __module__ = '__builtin__'

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)

    def __repr__(self):
        o = _get(self, '_ref')()
        if o is None:
            return '<weakcallableproxy at %#x; dead>' % id(self)
        return '<weakcallableproxy at %#x to %s at %#x>' % (id(self), type(o).__name__, id(o))


ProxyType = weakproxy
CallableProxyType = weakcallableproxy
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """proxy(object[, callback]): a proxy that forwards to object while it lives."""
    ref(obj)  # raises TypeError for objects that cannot be weakly referenced
    if callable(obj):
        return weakcallableproxy(obj, callback)
    return weakproxy(obj, callback)


class WeakValueDictionary(object):
    """A dict whose values are held weakly: an entry goes away when its value dies."""

    def __init__(self, *args, **kw):
        self._selfref = ref(self)
        self.data = {}
        if args or kw:
            self.update(*args, **kw)

    def _keyed_ref(self, value, key):
        # The callback removes the entry, if it still holds this very reference.
        def remove(wr, selfref=self._selfref, key=key):
            self = selfref()
            if self is not None and self.data.get(key) is wr:
                del self.data[key]
        return ref(value, remove)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def has_key(self, key):
        return key in self

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "<WeakValueDictionary at %s>" % id(self)

    def __setitem__(self, key, value):
        self.data[key] = self._keyed_ref(value, key)

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in self.data.items():
            o = wr()
            if o is not None:
                new[key] = o
        return new

    __copy__ = copy

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        if o is None:
            return default
        return o

    def items(self):
        out = []
        for key, wr in self.data.items():
            o = wr()
            if o is not None:
                out.append((key, o))
        return out

    def iteritems(self):
        for key, wr in self.data.items():
            o = wr()
            if o is not None:
                yield key, o

    def iterkeys(self):
        return iter(self.data.keys())

    def __iter__(self):
        return iter(self.data.keys())

    def itervaluerefs(self):
        return iter(self.data.values())

    def itervalues(self):
        for wr in self.data.values():
            o = wr()
            if o is not None:
                yield o

    def keys(self):
        return self.data.keys()

    def popitem(self):
        while 1:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            if args:
                return args[0]
            raise
        if o is None:
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            self.data[key] = self._keyed_ref(default, key)
            return default
        return wr()

    def update(self, dict=None, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, o in dict.items():
                d[key] = self._keyed_ref(o, key)
        if len(kwargs):
            self.update(kwargs)

    def valuerefs(self):
        return self.data.values()

    def values(self):
        out = []
        for wr in self.data.values():
            o = wr()
            if o is not None:
                out.append(o)
        return out


class WeakKeyDictionary(object):
    """A dict whose keys are held weakly: an entry goes away when its key dies."""

    def __init__(self, dict=None):
        # id(key) -> (weak reference to the key, value)
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                for i, entry in self.data.items():
                    if entry[0] is k:
                        del self.data[i]
                        break
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def _find(self, key):
        entry = self.data.get(id(key))
        if entry is None or entry[0]() is not key:
            return None
        return entry

    def __delitem__(self, key):
        if self._find(key) is None:
            raise KeyError(key)
        del self.data[id(key)]

    def __getitem__(self, key):
        entry = self._find(key)
        if entry is None:
            ref(key)
            raise KeyError(key)
        return entry[1]

    def __repr__(self):
        return "<WeakKeyDictionary at %s>" % id(self)

    def __setitem__(self, key, value):
        entry = self._find(key)
        if entry is None:
            self.data[id(key)] = (ref(key, self._remove), value)
        else:
            self.data[id(key)] = (entry[0], value)

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        try:
            ref(key)
        except TypeError:
            return False
        return self._find(key) is not None

    has_key = __contains__

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakKeyDictionary()
        for o, value in self.items():
            new[o] = value
        return new

    __copy__ = copy

    def get(self, key, default=None):
        entry = self._find(key)
        if entry is None:
            return default
        return entry[1]

    def items(self):
        out = []
        for wr, value in self.data.values():
            o = wr()
            if o is not None:
                out.append((o, value))
        return out

    def iteritems(self):
        return iter(self.items())

    def iterkeyrefs(self):
        return iter(self.keyrefs())

    def iterkeys(self):
        return iter(self.keys())

    __iter__ = iterkeys

    def itervalues(self):
        return iter(self.values())

    def keyrefs(self):
        return [entry[0] for entry in self.data.values()]

    def keys(self):
        return [o for o, value in self.items()]

    def values(self):
        return [value for o, value in self.items()]

    def popitem(self):
        while 1:
            i, (wr, value) = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        entry = self._find(key)
        if entry is None:
            if args:
                return args[0]
            raise KeyError(key)
        del self.data[id(key)]
        return entry[1]

    def setdefault(self, key, default=None):
        entry = self._find(key)
        if entry is None:
            self[key] = default
            return default
        return entry[1]

    def update(self, dict=None, **kwargs):
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if len(kwargs):
            self.update(kwargs)


class WeakSet(object):
    """A set of objects referenced weakly: an object leaves the set when it dies."""

    def __init__(self, data=None):
        self.data = {}

        def remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                for i, r in self.data.items():
                    if r is item:
                        del self.data[i]
                        break
        self._remove = remove
        if data is not None:
            for item in data:
                self.add(item)

    def __iter__(self):
        for r in self.data.values():
            o = r()
            if o is not None:
                yield o

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        r = self.data.get(id(item))
        return r is not None and r() is item

    def add(self, item):
        if item not in self:
            self.data[id(item)] = ref(item, self._remove)

    def discard(self, item):
        if item in self:
            del self.data[id(item)]

    def remove(self, item):
        if item not in self:
            raise KeyError(item)
        del self.data[id(item)]

    def clear(self):
        self.data.clear()

    def __repr__(self):
        return '<WeakSet at %#x>' % id(self)
