# Number operators that have no meaning for the operands (a float in a bitwise operation)
# raise TypeError instead of returning NotImplemented; map(None, S) is list(S); map hides
# any error of iter() behind its own message; slices are unhashable.
for expr in ['0 | -0.0', '3L & 1.5', '1.5 ^ 2', '1 << 2.0', '2.0 >> 1', '~1.5', '1 | True', '2.5 % 0', 'x |= 1.0']:
    x = 1
    try:
        exec expr
        print expr, eval(expr) if '=' not in expr else x
    except Exception as e:
        print expr, type(e).__name__, e
for a in [1, 2.5, None, 'ab', [1]]:
    try:
        print map(None, a)
    except TypeError as e:
        print e
    try:
        print map(None, a, [1])
    except TypeError as e:
        print e
    try:
        print map(len, a)
    except TypeError as e:
        print e
class BadIter(object):
    def __iter__(self): raise ValueError('boom')
try:
    map(None, [1], BadIter())
except Exception as e:
    print type(e).__name__, e
try:
    map(None, BadIter())
except Exception as e:
    print type(e).__name__, e
for s in [slice(1), slice(1, 2, 3)]:
    try:
        hash(s)
    except TypeError as e:
        print e
    try:
        {}[s]
    except TypeError as e:
        print e
try:
    {}[1:2]
except TypeError as e:
    print e
try:
    set([slice(1)])
except TypeError as e:
    print e
