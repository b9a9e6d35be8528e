# ** arguments: mappings that are not dicts, and how the call errors name the callable
# (PyEval_GetFuncName and PyEval_GetFuncDesc: 'type object', 'C constructor', 'C instance').
def f(**k): return sorted(k.items())
class M(object):
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k * 2
class NoGet(object):
    def keys(self): return ['a']
class BadKeys(object):
    def keys(self): return 5
    def __getitem__(self, k): return 1
import collections
for kw in [M(), NoGet(), BadKeys(), [('a', 1)], 5, None, collections.OrderedDict(z=1), {'a': 1}, collections.defaultdict(int, {'q': 2})]:
    try:
        print f(**kw)
    except Exception as e:
        print type(e).__name__, e
try:
    f(a=1, **M())
except TypeError as e:
    print e
def g(a, b): return a, b
print g(**M())
try:
    len(**{'x': 1})
except TypeError as e:
    print e
try:
    dict(**5)
except TypeError as e:
    print e
class Old:
    def __init__(self, **k): pass
    def __call__(self, **k): pass
class New(object):
    def __call__(self, **k): pass
class Meta(type): pass
class WithMeta(object):
    __metaclass__ = Meta
import operator
for fn in [Old, Old(), New(), New, WithMeta, list.append, len, [].append, operator.add, Old().__call__, New().__call__, lambda **k: 0]:
    try:
        fn(**5)
    except TypeError as e:
        print e
    try:
        fn(*5)
    except TypeError as e:
        print e
    try:
        fn(a=1, **{'a': 2})
    except TypeError as e:
        print e
