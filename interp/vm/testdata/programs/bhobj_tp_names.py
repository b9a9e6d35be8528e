# Errors name builtin types by their tp_name, which carries the module for types outside
# __builtin__ ('exceptions.ValueError', 'itertools.chain', 'functools.partial').
import itertools, functools, collections, operator
for f in [lambda: len(ValueError()), lambda: ValueError()(), lambda: ValueError().foo, lambda: itertools.chain().foo, lambda: len(itertools.count()), lambda: functools.partial(len)[0], lambda: list(functools.partial(len)), lambda: ValueError() + 1, lambda: -ValueError(), lambda: operator.itemgetter(1).x, lambda: {}[[]], lambda: abs(ValueError()), lambda: KeyError('k').msg, lambda: len(5), lambda: (5).foo, lambda: None(), lambda: iter(5), lambda: 5[0], lambda: object()[0], lambda: set()[0], lambda: hash([]), lambda: [] + 1, lambda: ~1.5]:
    try:
        f()
    except Exception as e:
        print type(e).__name__, e
class E(Exception): pass
try:
    E().foo
except AttributeError as e:
    print e
try:
    raise ValueError('bad')
except ValueError as e:
    try:
        print e.msg
    except AttributeError as e2:
        print e2
import itertools
for f in [lambda: ValueError.foo, lambda: itertools.chain.foo, lambda: setattr(ValueError, 'x', 1), lambda: setattr(int, 'x', 1), lambda: setattr(1, 'real', 2), lambda: setattr(itertools.chain(), 'x', 1), lambda: delattr(ValueError, 'args'), lambda: int.foo, lambda: object.x, lambda: setattr(KeyError('a'), 'args', 5)]:
    try:
        f()
        print 'ok'
    except Exception as e:
        print type(e).__name__, e
