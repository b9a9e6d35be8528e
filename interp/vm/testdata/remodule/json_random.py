# Random values through json.dumps with random options, and random (often broken) JSON
# documents through json.loads: the text, or the error (fixed linear congruential
# generator, so CPython and the VM see the same inputs). No None keys: hash(None) is an
# address in CPython, so dicts holding it iterate in an order of its own; no non-ASCII
# str keys: sort_keys would compare them with unicode ones, which the VM does not refuse.
import json
state = [31337]
def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n
def pick(seq):
    return seq[rand(len(seq))]
strs = ['', 'a', 'key', 'caf\xc3\xa9', '\xff', 'tab\there', 'q"uote', 'back\\slash', '\x00\x1f\x7f', '/', 'line\nbreak']
ustrs = [u'', u'x', u'\xe9', u'\u20ac', u'\U0001f600', u'\ud83d', u'\x00', u'"', u'\\', u'\u2028', u'key']
scalars = [None, True, False, 0, 1, -1, 2**31, -2**63, 2**64 + 1, 0.0, -0.0, 1.5, -2.25, 1e16, 1e-5, 1.0 / 3, 1e300,
           float('nan'), float('inf'), -float('inf'), 123456789012345678]
keys = ['a', 'b', 'zz', u'u', u'\xe9', 1, 2, -3, 1.5, True, False, (1, 2), 10**20]
def value(depth):
    k = rand(10)
    if depth > 3 or k < 4:
        return pick(scalars + strs + ustrs)
    if k < 6:
        return [value(depth + 1) for i in range(rand(4))]
    if k < 7:
        return tuple(value(depth + 1) for i in range(rand(3)))
    d = {}
    for i in range(rand(4)):
        d[pick(keys)] = value(depth + 1)
    return d
def options():
    kw = {}
    if rand(3) == 0:
        kw['indent'] = pick([0, 1, 2, 4])
    if rand(3) == 0:
        kw['sort_keys'] = True
    if rand(4) == 0:
        kw['separators'] = pick([(',', ':'), (', ', ': '), (u',', u': '), (' ,', ' : ')])
    if rand(4) == 0:
        kw['ensure_ascii'] = False
    if rand(4) == 0:
        kw['skipkeys'] = True
    if rand(5) == 0:
        kw['allow_nan'] = False
    if rand(6) == 0:
        kw['encoding'] = 'latin-1'
    if rand(6) == 0:
        kw['check_circular'] = False
    return kw
docs = []
for i in range(700):
    v = value(0)
    kw = options()
    try:
        s = json.dumps(v, **kw)
        print i, sorted(kw.items()), repr(s)
        docs.append(s)
    except Exception as e:
        print i, sorted(kw.items()), type(e).__name__, e
    if rand(4) == 0:
        try:
            print '  chunks', list(json.JSONEncoder(**kw).iterencode(v))
        except Exception as e:
            print '  chunks', type(e).__name__, e
pieces = ['[', ']', '{', '}', ',', ':', '"', '\\', 'u', '0', '1', '-', '.', 'e', ' ', '\n', 'true', 'null', 'x', '"a"', '1.5', 'NaN', '\xc3', '\x01']
for i in range(900):
    if docs and rand(3):
        d = pick(docs)
        pos = rand(len(d) + 1)
        k = rand(3)
        if k == 0:
            d = d[:pos]
        elif k == 1:
            piece = pick(pieces)
            if isinstance(d, unicode):
                piece = piece.decode('latin-1')
            d = d[:pos] + piece + d[pos:]
        else:
            d = d[:pos] + d[pos + 1:]
    else:
        d = ''.join(pick(pieces) for j in range(rand(8)))
    if rand(3) == 0 and isinstance(d, str):
        try:
            d = d.decode('utf-8')
        except UnicodeDecodeError:
            pass
    kw = {}
    if rand(5) == 0:
        kw['strict'] = False
    if rand(6) == 0:
        kw['parse_float'] = lambda s: 'F' + s
    if rand(6) == 0:
        kw['object_pairs_hook'] = lambda p: ('P', p)
    try:
        print 'L', repr(d), sorted(kw), repr(json.loads(d, **kw))
    except Exception as e:
        print 'L', repr(d), sorted(kw), type(e).__name__, e
