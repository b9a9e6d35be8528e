# The text methods of str and unicode over many strings and arguments: searching with
# bounds, counting, splitting, stripping, partitioning, replacing, padding, case
# mapping and the predicates, with the results of str and unicode compared line by line.
samples = ['', 'a', 'abc', 'aaa', 'a,b,,c', ' \t a b\n c \r\n', 'Hello World', 'hello world',
           'HELLO', 'Hello', 'hELLO wORLD', 'x1y2', '123', '12.5', '-42', '+7', 'a\tb\tc',
           'line1\nline2\r\nline3\rline4\n', 'mississippi', 'ab ab ab', "they're bill's",
           'Title Case Here', 'i', 'I', '1a', 'A1', '\x0b\x0c\x1c', 'a' * 3 + 'b' * 3,
           'abc\xe9', ' ']
subs = ['', 'a', 'b', 'ab', 'ss', 'xyz', ' ', ',', 'issi', 'l', '\n']
bounds = [(), (0,), (1,), (-1,), (2, 5), (-3, -1), (5, 2), (10,), (None, 3), (1, None), (0, 100), (-100,)]

def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print label, repr(r)

def result(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return type(e).__name__

def results(s, name, calls):
    # One line per string and method: the results of all the calls, for str and unicode.
    print repr(s), name, [result(getattr(s, name), *a) for a in calls]
    try:
        u = s.decode('latin-1')
    except Exception:
        return
    print repr(u), name, [result(getattr(u, name), *tuple(x.decode('latin-1') if isinstance(x, str) else x for x in a)) for a in calls]

def both(s, name, *args):
    show('%s.%s%r' % (repr(s), name, args), getattr(s, name), *args)
    try:
        u = s.decode('latin-1')
    except Exception:
        return
    uargs = tuple(a.decode('latin-1') if isinstance(a, str) else a for a in args)
    show('%s.%s%r' % (repr(u), name, uargs), getattr(u, name), *uargs)

for s in samples:
    for name in ['find', 'rfind', 'count', 'startswith', 'endswith', 'index', 'rindex']:
        results(s, name, [(sub,) + b for sub in subs for b in bounds[:4]])
    results(s, 'find', [('a',) + b for b in bounds])
    results(s, 'rfind', [('a',) + b for b in bounds])
    results(s, 'count', [('',) + b for b in bounds])
    results(s, 'startswith', [('',) + b for b in bounds])
    results(s, 'endswith', [(('c', 'a', ''),) + b for b in bounds])
    for name in ['split', 'rsplit']:
        results(s, name, [()] + [(sep, m) for sep in [None, ',', ' ', 'ss', 'a', 'ab', '\n'] for m in [-1, 0, 1, 2]])
    results(s, 'splitlines', [(), (True,)])
    for name in ['strip', 'lstrip', 'rstrip']:
        results(s, name, [(), (None,), ('',), ('a',), ('ab',), (' \n',), ('xyz',), ('ip',)])
    for name in ['partition', 'rpartition']:
        results(s, name, [(sep,) for sep in ['a', 'b', ',', 'ss', 'zz', ' ']])
    results(s, 'replace', [(old, new) + c for old, new in [('a', 'X'), ('', '-'), ('ss', ''), ('l', 'LL'), ('zz', 'y'), (' ', '')] for c in [(), (0,), (1,), (2,), (-1,)]])
    widths = [-1, 0, 2, 5, 6, 11, 12]
    results(s, 'center', [(w,) for w in widths] + [(w, '*') for w in widths])
    results(s, 'ljust', [(w, '.') for w in widths])
    results(s, 'rjust', [(w,) for w in widths])
    results(s, 'zfill', [(w,) for w in widths])
    results(s, 'expandtabs', [(), (0,), (1,), (4,), (-2,)])
    for name in ['lower', 'upper', 'swapcase', 'title', 'capitalize', 'isalnum', 'isalpha',
                 'isdigit', 'islower', 'isupper', 'istitle', 'isspace']:
        results(s, name, [()])
    print repr(s.translate(None, 'aeiou')), repr(s.translate(None)), repr(len(s)), repr(s[::-1]), repr(s[1:-1])

table = ''.join(chr(i) for i in range(256))
rot = table[:65] + table[78:91] + table[65:78] + table[91:97] + table[110:123] + table[97:110] + table[123:]
print 'Hello, World!'.translate(rot), 'Hello, World!'.translate(rot, 'lo')
print repr('abc'.translate(table, 'b')), repr(u'abc'.translate({ord('a'): u'xy', ord('b'): None, ord('c'): 0x263a}))
for bad in [{97: 'x'}, {97: -1}, {97: 0x110000}, {97: 1.5}, [1, 2]]:
    try:
        print repr(u'abc'.translate(bad))
    except Exception as e:
        print type(e).__name__, e
for bad in ['short', u'x' * 256]:
    try:
        print repr('abc'.translate(bad))
    except Exception as e:
        print type(e).__name__, e
try:
    'abc'.translate(table, u'a')
except Exception as e:
    print type(e).__name__, e
print repr(','.join(['a', 'b'])), repr(u','.join(['a', u'b'])), repr(''.join([])), repr(u''.join([]))
print repr(','.join(('x',))), repr(','.join(u'xy')), repr(','.join(iter(['p', 'q'])))
print repr(', '.join(map(str, range(5)))), repr('-'.join('abc'))
class S(str):
    pass
print repr(','.join([S('a'), 'b'])), type(''.join([S('z')])).__name__
print repr(u'\u01c5'.istitle()), repr(u'\u01c5'.isupper()), repr(u'\u01c4'.title()), repr(u'\u01c6'.capitalize())
print repr(u'\u0660\u0661'.isdecimal()), repr(u'\xb2'.isdigit()), repr(u'\xb2'.isdecimal()), repr(u'\u2155'.isnumeric()), repr(u'\u4e00'.isnumeric())
print repr(u'\u2028'.splitlines()), repr(u'a\x85b\x1cc'.splitlines(True)), repr('a\x0bb'.splitlines())
print repr(u'\u3000a\xa0'.split()), repr(u'\u3000a\xa0'.strip()), repr('\xa0a'.split())
print repr(u'stra\xdfe'.upper()), repr(u'\u0130'.lower()), repr(u'\xff'.upper()), repr(u'\u1e9e'.lower())
