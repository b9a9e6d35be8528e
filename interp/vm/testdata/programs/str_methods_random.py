# Random calls of the str and unicode methods (inputs from a fixed linear congruential
# generator, so CPython and the VM see the same ones), over strings mixing whitespace,
# punctuation, non-ASCII bytes, Unicode spaces, line breaks, titlecase and digit characters.
state = [4242]
def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n
def pick(seq):
    return seq[rand(len(seq))]
alphabet = ['a', 'b', 'A', 'B', ' ', '\t', '\n', '\r', ',', '-', '0', '1', 'x', '\xe9', '_', '.', '$', '{', '}', '%']
ualphabet = [u'a', u'B', u' ', u'\u3000', u'\u2028', u'\xe9', u'\xc9', u'\u01c5', u'1', u'\u0661', u'\xb2', u'\x85', u',', u'\u1e9e', u'\xdf', u'\x1c']
def rstr():
    return ''.join(pick(alphabet) for i in range(rand(8)))
def ustr():
    return u''.join(pick(ualphabet) for i in range(rand(8)))
def rint():
    return pick([-100, -5, -1, 0, 1, 2, 3, 5, 8, 100, None])
methods = {
    'find': 'sii', 'rfind': 'sii', 'index': 'sii', 'rindex': 'sii', 'count': 'sii', 'startswith': 'sii', 'endswith': 'sii',
    'split': 'sn', 'rsplit': 'sn', 'splitlines': 'b', 'strip': 's', 'lstrip': 's', 'rstrip': 's', 'partition': 's',
    'rpartition': 's', 'replace': 'ssn', 'center': 'nc', 'ljust': 'nc', 'rjust': 'nc', 'zfill': 'n', 'expandtabs': 'n',
    'lower': '', 'upper': '', 'title': '', 'capitalize': '', 'swapcase': '', 'isalpha': '', 'isdigit': '', 'isalnum': '',
    'isspace': '', 'islower': '', 'isupper': '', 'istitle': '', 'join': 'l',
}
names = sorted(methods)
for i in range(3000):
    uni = rand(2) == 0
    s = ustr() if uni else rstr()
    name = pick(names)
    args = []
    for kind in methods[name][:rand(len(methods[name]) + 1)]:
        if kind == 's':
            a = ustr() if uni and rand(2) else rstr()
            if a == '' and rand(2):
                a = None
        elif kind == 'i':
            a = rint()
        elif kind == 'n':
            a = pick([-1, 0, 1, 2, 3, 10])
        elif kind == 'b':
            a = pick([True, False])
        elif kind == 'c':
            a = pick(['*', u'*', '-'])
        elif kind == 'l':
            a = [rstr() for k in range(rand(4))]
        args.append(a)
    try:
        r = repr(getattr(s, name)(*args))
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print repr(s), name, repr(args), r
