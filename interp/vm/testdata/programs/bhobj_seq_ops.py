# + and * between builtin sequences and other objects: the sequences' sq_concat and
# sq_repeat come after both sides' number methods, so the errors name what CPython names.
pairs = [('abc', [1]), ([1], 'abc'), ('ab', 2), (2, 'ab'), ([1], 2L), ((1,), [2]), (u'a', (1,)), ('a', 2.0), (None, 'a'), ('a', None), ([1], [2]), ((1,), (2,)), ('a', u'b'), (u'a', 'b'), ([1], (2,)), ((1,), [1]), ('a', 1), (1, 'a'), ([], {}), ({}, [])]
for a, b in pairs:
    for op in ('+', '*'):
        try:
            print repr(a), op, repr(b), '=', repr(eval('a %s b' % op))
        except TypeError as e:
            print repr(a), op, repr(b), e
class L(list): pass
class S(str): pass
class R(list):
    def __radd__(self, o): return 'R.radd'
    def __rmul__(self, o): return 'R.rmul'
for a, b in [(L([1]), [2]), ([2], L([1])), (S('a'), 'b'), ('b', S('a')), (S('a'), 3), (3, L([0])), ([1], R()), ('x', R()), (2, R())]:
    for op in ('+', '*'):
        try:
            r = eval('a %s b' % op)
            print repr(a), op, repr(b), '=', repr(r), type(r).__name__
        except TypeError as e:
            print repr(a), op, repr(b), e
x = [1]
x += 'ab'
x *= 2
print x
for n in [-10**30, 10**30, -5L, 3L, 2**40]:
    for s in ['ab', [1], (1,), u'x']:
        try:
            print repr(s * n)[:20], repr(n * s)[:20]
        except Exception as e:
            print type(e).__name__, e
