"""copy: shallow and deep copies of Python objects.

copy(x) and deepcopy(x[, memo]) honour __copy__, __deepcopy__(memo), __getinitargs__,
__getstate__ and __setstate__; deepcopy keeps a memo (id -> copy) so that shared and
recursive structures are copied once."""
import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass
error = Error

def _is_atomic(x):
    return isinstance(x, (type(None), int, long, float, bool, complex, str, unicode,
                          type, xrange, types.BuiltinFunctionType, types.FunctionType,
                          types.ClassType, types.CodeType)) or x is Ellipsis


def copy(x):
    """A shallow copy of x: a new container holding the same items."""
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is tuple or cls is frozenset:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is None and isinstance(x, types.InstanceType):
        copier = getattr(x, '__copy__', None)
        if copier is not None:
            return copier()
    elif copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: its items are copied too, each once, as the memo records."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple may have been copied while its items were (a recursive structure).
        if d in memo:
            return memo[d]
        for i, j in zip(x, items):
            if i is not j:
                y = tuple(items)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.iteritems():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    memo[d] = y
    _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The memo holds the originals too, so that their ids cannot be reused while it lives.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


class _EmptyClass:
    pass


def _new_like(x):
    cls = x.__class__
    if isinstance(x, types.InstanceType):
        if hasattr(x, '__getinitargs__'):
            return cls(*x.__getinitargs__()), True
        y = _EmptyClass()
        y.__class__ = cls
        return y, False
    return cls.__new__(cls), False


def _reconstruct(x, memo):
    deep = memo is not None
    y, initialized = _new_like(x)
    if deep:
        memo[id(x)] = y
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for key, value in x.iteritems():
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    slotstate = None
    if hasattr(x, '__getstate__'):
        state = x.__getstate__()
    else:
        state = getattr(x, '__dict__', None)
        slotstate = _slot_values(x)
    if state:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    if slotstate:
        for name, value in slotstate:
            setattr(y, name, deepcopy(value, memo) if deep else value)
    return y


def _slot_values(x):
    # The values of the __slots__ of x's classes that are set, as (name, value) pairs.
    out = []
    for cls in type(x).__mro__:
        slots = cls.__dict__.get('__slots__', ())
        if isinstance(slots, basestring):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (cls.__name__.lstrip('_'), name)
            try:
                out.append((name, getattr(x, name)))
            except AttributeError:
                pass
    return out
