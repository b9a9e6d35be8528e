# Random format strings for str.format and unicode.format built from braces, escapes,
# field names, indexes, attributes, conversions and nested specs (a fixed linear
# congruential generator makes them), with positional and keyword arguments.
state = [77]
def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n
def pick(seq):
    return seq[rand(len(seq))]
class A(object):
    x = 5
    y = [1, 2]
    def __getitem__(self, k): return 'item%r' % (k,)
    def __repr__(self): return 'A()'
tokens = ['{', '}', '{{', '}}', '0', '1', '2', 'a', 'b', 'x', '.', '[', ']', '!', 'r', 's', ':', '>', '5', ',', 'd', 'x', 'f', ' ', '{}', '{0}', '{a}', '{1.x}', '{a[k]}', '{0!r}', '{:>{1}}', 'txt', '\xe9', '{2[0]}', '{1.y[1]}', '{0:{a}}', '%']
for i in range(2500):
    f = ''.join(pick(tokens) for k in range(rand(6)))
    if rand(5) == 0:
        f = f.decode('latin-1')
    try:
        r = repr(f.format('zero', A(), [7, 8], a=3, b=u'\xe9'))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print repr(f), r
