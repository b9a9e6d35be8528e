# The json module: dumps and loads with their options, the two encoder paths and their
# messages, decoder errors with positions, hooks, subclasses, dump and load on file-like
# objects, and the module's names.
import json, collections, sys

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print repr(r)
        return r
    except Exception as e:
        print type(e).__name__, e

class Thing(object):
    def __repr__(self):
        return '<Thing>'

print sorted(json.__all__), json.__version__
print 'dumps'
t(json.dumps, {True: 1, False: 2, None: 3, 1.5: 4, 2: 5, 10**20: 6})
t(json.dumps, {True: 1, False: 2, None: 3, 1.5: 4, 2: 5}, sort_keys=True)
t(json.dumps, {True: 1}, indent=1)
t(json.dumps, {(1, 2): 1})
t(json.dumps, {(1, 2): 1}, indent=2)
t(json.dumps, {(1, 2): 1, 'a': 2}, skipkeys=True)
t(json.dumps, {(1, 2): 1, 'a': 2}, skipkeys=True, indent=1)
t(json.dumps, [float('nan'), float('inf'), -float('inf')])
t(json.dumps, [float('nan')], allow_nan=False)
t(json.dumps, [float('nan')], allow_nan=False, indent=1)
t(json.dumps, {float('inf'): 1}, allow_nan=False)
t(json.dumps, {'a': [1, 2, {'b': None}], 'c': []}, indent=2)
t(json.dumps, {'a': [1, 2, {'b': None}], 'c': {}}, indent=0)
t(json.dumps, [1, [2, [3]]], indent=3, separators=(',', ': '))
t(json.dumps, [1, 2], separators=(',', ':'))
t(json.dumps, {'a': 1, 'b': [1, 2]}, separators=(',', ':'), sort_keys=True)
t(json.dumps, 'caf\xc3\xa9')
t(json.dumps, u'caf\xe9 \U0001f600 \x01 "q" \\ \n\t\b\f\r/ \x7f')
t(json.dumps, u'caf\xe9', ensure_ascii=False)
t(json.dumps, 'caf\xc3\xa9', ensure_ascii=False)
t(json.dumps, ['caf\xc3\xa9', u'x'], ensure_ascii=False)
t(json.dumps, [u'x', 'caf\xc3\xa9'], ensure_ascii=False)
t(json.dumps, [u'x', 'caf\xc3\xa9'], ensure_ascii=False, indent=1)
t(json.dumps, {u'\u20ac': 'a\x01'}, ensure_ascii=False)
t(json.dumps, 'caf\xe9', encoding='latin-1')
t(json.dumps, ['caf\xe9'], encoding='latin-1')
t(json.dumps, ['caf\xe9'], encoding='latin-1', ensure_ascii=False)
t(json.dumps, '\xff')
t(json.dumps, ['\xff'])
t(json.dumps, Thing())
t(json.dumps, [1, Thing()], default=repr)
t(json.dumps, {'k': Thing()}, default=repr, indent=1)
t(json.dumps, set([1]), default=sorted)
a = []
a.append(a)
t(json.dumps, a)
t(json.dumps, a, indent=1)
t(json.dumps, a, check_circular=False)
d = {}
d['x'] = d
t(json.dumps, d)
t(json.dumps, d, indent=1)
t(json.dumps, [Thing()], default=lambda o: o)
t(json.dumps, [Thing()], default=lambda o: [o])
t(json.dumps, (1, 2.5, 1e16, 1.0 / 3, -0.0, 10**30, True, 1e-7, 123456789.0, 1e22))
t(json.dumps, collections.OrderedDict([('z', 1), ('a', 2)]))
t(json.dumps, collections.OrderedDict([('z', 1), ('a', 2)]), indent=1)
class F(float):
    def __repr__(self):
        return 'F!'
class I(int):
    def __str__(self):
        return 'I!'
class L(list):
    def __iter__(self):
        return iter([9])
class D(dict):
    def iteritems(self):
        return iter([('only', 1)])
t(json.dumps, [F(1.5), I(3), L([1, 2]), D(a=1)])
t(json.dumps, [F(1.5), I(3), L([1, 2]), D(a=1)], indent=1)
t(json.dumps, {F(1.5): 1, I(3): 2})
t(json.dumps, "x", indent=2)
t(json.dumps, [], indent=2)
t(json.dumps, {}, indent=2)
t(json.dumps, 5, sort_keys=True)
t(json.dumps, {'a': 1}, indent='  ')
t(json.dumps, [[1]], indent=True)
t(json.dumps, [[1]], indent=-1)
t(json.dumps, {'a': 1}, foo=1)
t(json.dumps, [1, 2], separators=(u',', u':'))
t(json.dumps, {'a': 'b'}, separators=(u',', u':'))
t(json.dumps, ['a'], separators=(u',', u':'), indent=1)
t(json.dumps, {'b': 1, 'a': 2, 3: 4}, sort_keys=True)
t(json.dumps, {u'b': 1, 'a': 2}, sort_keys=True)
t(json.dumps, [None, True, False, 0, -1, 2**63, -2**63 - 1, 0.1, 1e100])
print 'encoder objects'
print list(json.JSONEncoder().iterencode({'a': [1, 2]}))
print list(json.JSONEncoder(indent=1).iterencode([1, {'b': 2}, 'x', [], None]))
print list(json.JSONEncoder(sort_keys=True).iterencode({'b': [True], 'a': {'c': 1.5}}))
print json.JSONEncoder().iterencode([1], _one_shot=True)
print json.JSONEncoder().encode([1]), json.JSONEncoder().item_separator, repr(json.JSONEncoder().key_separator)
e = json.JSONEncoder(separators=(';', '='), indent=4, sort_keys=True, skipkeys=True, ensure_ascii=False, check_circular=False, allow_nan=False, encoding='latin-1')
print e.item_separator, e.key_separator, e.indent, e.sort_keys, e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan, e.encoding
gen = json.JSONEncoder().iterencode([1, Thing()])
print type(gen).__name__, gen.next(), gen.next()
t(gen.next)
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return json.JSONEncoder.default(self, o)
t(E().encode, [1j])
t(E().encode, [Thing])
t(json.dumps, 1j, cls=E)
t(json.dumps, {'c': 2j}, cls=E, indent=2, sort_keys=True)
class Chunky(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        return iter(['<', str(o), '>'])
t(Chunky().encode, [1])
t(json.dumps, 'text', cls=Chunky)
t(json.dumps, [[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]])

print 'loads'
docs = ['', ' ', '[1,2', '[1 2]', '{"a" 1}', '{"a":1,}', '{a:1}', '[1,]', '"abc', '"a\\qb"', '"\\u12"',
        '[1] x', 'nul', '{"a":1 "b":2}', '"\x01"', '[', '{', '{"a":', '-', '1.5e', 'NaN', '[-Infinity]',
        '01', '"\\ud83d\\ude00"', '"\\ud83d"', '"\\ud83d\\u0041"', '"\\ud83d\\uzzzz"', '{"a":1}\n\n  x', '\xff',
        '"\xc3\xa9"', u'"\xe9"', '[1,\n2,\n3 4]', '{"a":[}', ' [1, {"a": 2 }, 3]  ', '"\\u00e9\\n\\/\\b\\f\\r\\t\\"\\\\"',
        '1e400', '-0', '-0.0', '12345678901234567890', '-12345678901234567890', '[true, false, null]',
        'true x', 'tru', '1.', '.5', '1e', '1e+', '1E-2', '0.5e1', '[1.5e3, -2E-2]', '"\\u1234', '"\\u123',
        '  \t\n\r 7 \n', '{"a": {"b": {"c": []}}}', '{"a": 1, "a": 2}', '[1, 2, 3,]', '"\\', '"x\\"',
        'Infinity', '-Infinity', '-Inf', 'nan', u'{"\u20ac": "\u20ac"}', '"\xe9"', '"\xc3"', '[\n\n  1\n,\n2\n\n ]',
        u'[1 2]', u'{"a" 1}', u'{a:1}', u'{"a":1 "b":2}', u'[1,2', u'"\\x"', u'"\x01"', u'{"a":1,}']
for doc in docs:
    print repr(doc),
    t(json.loads, doc)
t(json.loads, 5)
t(json.loads, None)
t(json.loads, '"\xe9"', encoding='latin-1')
t(json.loads, '"\xe9\\u00e9"', encoding='latin-1')
t(json.loads, '"\x01\t"', strict=False)
t(json.loads, '{"b": 1, "a": [2]}', object_pairs_hook=lambda pairs: pairs)
t(json.loads, '{"b": 1, "a": {"c": 3}}', object_hook=lambda d: sorted(d.items()))
t(json.loads, '{"b": 1}', object_hook=lambda d: 1, object_pairs_hook=lambda p: 2)
t(json.loads, '{"x": [1.5, 2, NaN, Infinity]}', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s, parse_constant=lambda s: 'C' + s)
t(json.loads, u'{"x": [1.5, 2, -Infinity]}', parse_float=lambda s: (type(s).__name__, s), parse_int=lambda s: (type(s).__name__, s), parse_constant=lambda s: (type(s).__name__, s))
t(json.loads, '[1, 2]', parse_int=float)
t(json.loads, '{}', foo=1)
t(json.loads, '[]', cls=json.JSONDecoder)
r = json.loads('{"key": ["value", 1]}')
print type(r.keys()[0]).__name__, type(r['key'][0]).__name__
dec = json.JSONDecoder()
print dec.raw_decode('[1, 2] tail'), dec.raw_decode('xx{"a": 1}', 2)
t(dec.raw_decode, ' [1]')
t(dec.decode, '[1] [2]')
print dec.scan_once('"abc" rest', 0), dec.scan_once(u'[null]', 0), dec.parse_float is float, dec.parse_int is int, dec.strict, dec.encoding
t(dec.scan_once, 'x', 0)
t(dec.scan_once, '', 0)
t(dec.scan_once, 'x', -1)
t(dec.scan_once, 5, 0)
print repr(json.JSONDecoder(encoding='latin-1').decode('"\xe9"'))
class Pairs(json.JSONDecoder):
    def __init__(self, **kw):
        kw['object_pairs_hook'] = collections.OrderedDict
        json.JSONDecoder.__init__(self, **kw)
print json.loads('{"z": 1, "a": 2, "m": 3}', cls=Pairs)

print 'files'
class Sink(object):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
class Source(object):
    def __init__(self, text):
        self.text = text
    def read(self):
        return self.text
sink = Sink()
json.dump({'a': [1, 2, {'b': 'c'}]}, sink)
print sink.parts
sink = Sink()
json.dump([1, 2], sink, indent=2, separators=(',', ': '))
print sink.parts
sink = Sink()
t(json.dump, [1, {'a': Thing()}], sink)
print sink.parts
print json.load(Source('{"a": [1, 2.5, "x"]}')), json.load(Source('[1]'), parse_int=str)
t(json.load, Source('[1, 2'))

print 'round trips'
values = [None, True, False, 0, 1, -1, 3.25, u'', u'text', [], {}, [1, [2, [3, []]]], {u'a': {u'b': [None, 1.5]}},
          u'\u20ac\U0001f600\x00\x1f"\\', 2**70, -0.5, 1e-300]
for v in values:
    for kw in [{}, {'indent': 2}, {'sort_keys': True}, {'ensure_ascii': False}, {'separators': (',', ':')}]:
        s = json.dumps(v, **kw)
        back = json.loads(s)
        print back == v, repr(s)[:60]
