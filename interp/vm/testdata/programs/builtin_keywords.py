# Keyword arguments to builtin functions, methods and constructors. Most builtins take
# none and refuse a keyword call before they run, with the message of their kind (a
# function or method, a slot wrapper, a constructor); f(**{}) is not a keyword call. The
# ones that take keywords bind them by name like positional arguments, with CPython's
# errors for an unknown keyword, a value given twice and a missing argument. Functions
# written in Python count given arguments in their own way.
import gc, math, os, re, struct, sys, weakref, bisect, random, itertools, operator, functools


def show(label, f):
    try:
        r = f()
        print label, '->', repr(r)
    except Exception as e:
        print label, '!!', type(e).__name__, e


print '-- refused: functions and methods'
show('len', lambda: len([1], x=1))
show('len(**{})', lambda: len([1, 2], **{}))
show('abs', lambda: abs(-1, x=1))
show('getattr', lambda: getattr(1, 'real', default=0))
show('iter', lambda: iter([], sentinel=1))
show('sum', lambda: sum([1, 2], start=3))
show('range', lambda: range(3, step=1))
show('zip', lambda: zip([1], fill=0))
show('map', lambda: map(str, [1], x=1))
show('math.log', lambda: math.log(1, x=2))
show('math.sqrt', lambda: math.sqrt(x=4))
show('list.append', lambda: [].append(x=1))
show('list.pop', lambda: [1].pop(index=0))
show('list.index', lambda: [1].index(1, start=0))
show('dict.get', lambda: {}.get(1, default=2))
show('dict.pop', lambda: {1: 2}.pop(1, d=0))
show('dict.setdefault', lambda: {}.setdefault(1, default=2))
show('dict.fromkeys', lambda: dict.fromkeys([1], value=2))
show('set.add', lambda: set().add(x=1))
show('str.upper', lambda: 'a'.upper(x=1))
show('str.split', lambda: 'a b'.split(sep=' '))
show('str.replace', lambda: 'ab'.replace('a', 'b', count=1))
show('str.join', lambda: ','.join(iterable=['a']))
show('str.startswith', lambda: 'ab'.startswith(prefix='a'))
show('unicode.strip', lambda: u' a '.strip(chars=u' '))
show('unbound str.upper', lambda: str.upper('a', x=1))
show('int.bit_length', lambda: (5).bit_length(x=1))
show('float.hex', lambda: (1.5).hex(x=1))
show('float.is_integer', lambda: (1.0).is_integer(x=1))
show('tuple.index', lambda: (1,).index(1, start=0))
show('file.write', lambda: sys.stdout.write(str='x'))
show('gc.get_referents', lambda: gc.get_referents(objs=1))
show('gc.set_threshold', lambda: gc.set_threshold(threshold0=700))
show('sys.getrecursionlimit', lambda: sys.getrecursionlimit(x=1))
show('os.getcwd', lambda: os.getcwd(x=1))
show('struct.pack', lambda: struct.pack('b', v=1))
show('struct.calcsize', lambda: struct.calcsize(fmt='b'))
show('operator.add', lambda: operator.add(a=1, b=2))
show('re.Match.group', lambda: re.match('a', 'a').group(group=0))
show('re.Match.start', lambda: re.match('a', 'a').start(group=0))
show('generator.send', lambda: (x for x in [1]).send(value=None))
show('type.mro', lambda: int.mro(x=1))
show('int.__subclasses__', lambda: int.__subclasses__(x=1))
show('object.__reduce_ex__', lambda: object().__reduce_ex__(protocol=2))
show('object.__format__', lambda: object().__format__(format_spec=''))
show('int.__getnewargs__', lambda: (1).__getnewargs__(x=1))
show('repeat.__length_hint__', lambda: itertools.repeat(1, 3).__length_hint__(x=1))
show('heapq.heappush', lambda: __import__('heapq').heappush([], item=1))
show('itertools.chain.from_iterable', lambda: itertools.chain.from_iterable(iterable=[[1]]))
show('random.Random.random', lambda: random.Random(1).random(x=1))

print '-- refused: slot wrappers'
show("'a'.__len__", lambda: 'a'.__len__(x=1))
show("'a'.__getitem__", lambda: 'a'.__getitem__(0, x=1))
show('str.__len__', lambda: str.__len__('a', x=1))
show('(1).__add__', lambda: (1).__add__(1, x=1))
show('(1).__hex__', lambda: (1).__hex__(x=1))
show('(1).__index__', lambda: (1).__index__(x=1))
show('(1).__divmod__', lambda: (1).__divmod__(2, x=1))
show('object().__repr__', lambda: object().__repr__(x=1))
show('object().__hash__', lambda: object().__hash__(x=1))
show('object.__setattr__', lambda: object.__setattr__(object(), 'a', 1, x=1))
show('[].__iter__', lambda: [].__iter__(x=1))
show('iter([]).next', lambda: iter([]).next(x=1))
show('(1,).__contains__', lambda: (1,).__contains__(1, x=1))
show('ValueError().__str__', lambda: ValueError('v').__str__(x=1))
show('xrange(3).__len__', lambda: xrange(3).__len__(x=1))
# The methods CPython defines beside a slot of the same name are methods.
show('{}.__getitem__', lambda: {1: 2}.__getitem__(1, x=1))
show('{}.__contains__', lambda: {}.__contains__(1, x=1))
show('[].__getitem__', lambda: [1].__getitem__(0, x=1))
show('set().__contains__', lambda: set().__contains__(1, x=1))
show('frozenset().__contains__', lambda: frozenset().__contains__(1, x=1))

print '-- refused: constructors and their __init__'
show('set', lambda: set([1], x=1))
show('set.__init__', lambda: set.__init__(set(), [1], x=1))
show('frozenset', lambda: frozenset([1], x=1))
show('reversed', lambda: reversed([1], x=1))
show('slice', lambda: slice(1, x=1))
show('xrange', lambda: xrange(3, x=1))
show('super', lambda: super(int, 1, x=1))
show('staticmethod', lambda: staticmethod(len, x=1))
show('staticmethod no args', lambda: staticmethod(x=1))
show('classmethod', lambda: classmethod(len, x=1))
show('itertools.chain', lambda: itertools.chain([1], x=1))
show('itertools.islice', lambda: itertools.islice([1], 1, x=1))
show('operator.itemgetter', lambda: operator.itemgetter(1, x=1))
show('operator.attrgetter', lambda: operator.attrgetter('a', x=1))
show('itemgetter()', lambda: operator.itemgetter(0)([1], x=1))
show('methodcaller()', lambda: operator.methodcaller('upper')('a', x=1))
show('_random.Random', lambda: __import__('_random').Random(1, x=1))
show('random.Random', lambda: random.Random(1, y=1))
show('weakref.ref', lambda: weakref.ref(show, x=1))
show('weakref.ref()', lambda: weakref.ref(show)(x=1))
show('weakref.ref() positional', lambda: weakref.ref(show)(1))
show('ValueError', lambda: ValueError('v', x=1))
show('IOError', lambda: IOError(2, 'e', x=1))
show('SystemExit', lambda: SystemExit(1, x=1))


class MyError(ValueError):
    pass


show('MyError', lambda: MyError('v', x=1))
show('object', lambda: object(x=1))
show('type with keywords', lambda: type('X', (), {}, x=1))
show('type by name', lambda: type(name='X', bases=(), dict={}))
show('type(x, kw)', lambda: type(1, x=2))

print '-- accepted: builtin functions'
show('sorted', lambda: sorted([3, 1, 2], reverse=True))
show('sorted key', lambda: sorted(['bb', 'a', 'ccc'], key=len))
show('sorted cmp', lambda: sorted([1, 3, 2], cmp=lambda a, b: cmp(b, a)))
show('sorted all by name', lambda: sorted([2, 1], None, key=None, reverse=False))
show('sorted iterable=', lambda: sorted(iterable=[2, 1]))
show('sorted twice', lambda: sorted([2, 1], None, cmp=None))
show('sorted unknown', lambda: sorted([2, 1], bogus=1))
show('sorted too many', lambda: sorted([2, 1], None, None, True, 5))
show('sorted reverse=None', lambda: sorted([2, 1], reverse=None))
show('sorted reverse=1.5', lambda: sorted([2, 1], reverse=1.5))
show('sorted missing', lambda: sorted(reverse=True))
show('min key', lambda: min([3, -4, 2], key=abs))
show('max key', lambda: max(1, -5, 3, key=abs))
show('max unknown', lambda: max([1], default=0))
show('max key and more', lambda: max([1], key=abs, x=1))
show('min nothing', lambda: min(key=abs))
show('round', lambda: round(2.675, ndigits=2))
show('round by name', lambda: round(number=2.5))
show('round twice', lambda: round(1.5, number=2))
show('round unknown', lambda: round(1.5, digits=1))
show('round missing', lambda: round())
show('round too many', lambda: round(1, 2, 3))
show('compile', lambda: eval(compile(source='1 + 2', filename='<k>', mode='eval')))
show('compile flags', lambda: eval(compile('3', '<k>', 'eval', flags=0, dont_inherit=True)))
show('compile unknown', lambda: compile('1', '<k>', 'eval', optimize=1))
show('compile missing', lambda: compile('1', '<k>'))
show('__import__', lambda: __import__(name='os.path', fromlist=['join']).__name__)
show('__import__ level', lambda: __import__('os', level=0).__name__)
show('__import__ relative', lambda: __import__('os', globals(), level=1))
show('__import__ unknown', lambda: __import__('os', bogus=1))
show('__import__ bad level', lambda: __import__('os', level='x'))
show('__import__ bad name', lambda: __import__(name=1))
f = open(name='kw.txt', mode='w', buffering=0)
f.write('unbuffered')
print 'open buffering=0 on disk:', os.path.getsize('kw.txt')
f.close()
f = open('kw.txt', 'w')
f.write('buffered')
print 'open default on disk:', os.path.getsize('kw.txt')
f.close()
print 'after close:', os.path.getsize('kw.txt')
show('open read', lambda: open('kw.txt', mode='r').read())
show('open unknown', lambda: open('kw.txt', mod='r'))
show('open twice', lambda: open('kw.txt', 'r', mode='r'))
show('open missing', lambda: open(mode='r'))
show('open bad buffering', lambda: open('kw.txt', buffering='x'))
show('file by name', lambda: file(name='kw.txt').read())
os.remove('kw.txt')

print '-- accepted: print'
pf = getattr(__import__('__builtin__'), 'print')
pf('a', 'b', sep='-', end='!\n')
pf('to', 'stdout', file=sys.stdout)
pf('default', 'sep', sep=None, end=None)
show('print unknown', lambda: pf('x', flush=True))
show('print too many', lambda: pf(sep='', end='', file=None, x=1))
show('print bad sep', lambda: pf('x', sep=1))

print '-- accepted: constructors'
show('int', lambda: int('ff', base=16))
show('int by name', lambda: int(x='10', base=2))
show('int x=', lambda: int(x=5.5))
show('int twice', lambda: int('10', x=1))
show('int unknown', lambda: int('10', bas=16))
show('int base only', lambda: int(base=10))
show('int bad base', lambda: int('10', base=1.5))
show('int base range', lambda: int('5', base=99))
show('int non-string', lambda: int(5, base=99))
show('long', lambda: long(x='10', base=8))
show('long base only', lambda: long(base=2))
show('float', lambda: float(x='1.5'))
show('float unknown', lambda: float(y=1))
show('float too many', lambda: float(1, x=2))
show('bool', lambda: bool(x=[]))
show('bool unknown', lambda: bool(y=1))
show('complex', lambda: complex(real=1, imag=2))
show('complex imag', lambda: complex(imag=3))
show('complex twice', lambda: complex(1, real=2))
show('str', lambda: str(object=5))
show('str unknown', lambda: str(obj=5))
show('str too many', lambda: str(5, object=5))
show('unicode', lambda: unicode(string='abc', encoding='ascii', errors='strict'))
show('unicode unknown', lambda: unicode('a', encodin='ascii'))
show('tuple', lambda: tuple(sequence=[1, 2]))
show('tuple unknown', lambda: tuple(seq=[1]))
show('list', lambda: list(sequence='ab'))
show('list unknown', lambda: list(seq='ab'))
l = [9]
list.__init__(l, sequence=[1, 2])
print 'list.__init__', l
show('dict', lambda: sorted(dict([(1, 2)], a=1).items()))
d = {}
d.update(b=2)
print 'dict.update', d
show('enumerate', lambda: list(enumerate(sequence='ab', start=5)))
show('enumerate start', lambda: list(enumerate('ab', start=1)))
show('enumerate unknown', lambda: enumerate('ab', begin=1))
show('enumerate missing', lambda: enumerate(start=1))
p = property(fget=lambda self: 1, doc='the doc')
print 'property', p.__doc__, p.fget is not None, p.fset
show('property unknown', lambda: property(get=len))
show('property twice', lambda: property(len, fget=len))
p2 = property(len)
property.__init__(p2, fset=len)
print 'property.__init__', p2.fget, p2.fset is len
sm = staticmethod(len)
staticmethod.__init__(sm, abs)
print 'staticmethod.__init__', sm.__func__ is abs
m = type(sys)(name='kwmod', doc='kw doc')
print 'module', m.__name__, m.__doc__
show('module unknown', lambda: type(sys)('m', docs='x'))
show('module bad name', lambda: type(sys)(name=1))
show('struct.Struct', lambda: struct.Struct(format='<h').size)
show('struct.Struct missing', lambda: struct.Struct())

print '-- accepted: methods'
l = [3, 1, 2]
l.sort(reverse=True)
print 'list.sort reverse', l
l.sort(key=lambda x: -x, reverse=True)
print 'list.sort key', l
l.sort(cmp=lambda a, b: cmp(b, a))
print 'list.sort cmp', l
show('list.sort unknown', lambda: [1].sort(rev=True))
show('list.sort twice', lambda: [1].sort(None, cmp=None))
show('list.sort too many', lambda: [1].sort(None, None, True, 1))
show('str.encode', lambda: u'caf\xe9'.encode(encoding='utf-8'))
show('str.encode errors', lambda: u'caf\xe9'.encode('ascii', errors='replace'))
show('str.decode', lambda: 'caf\xc3\xa9'.decode(encoding='utf-8'))
show('str.decode twice', lambda: 'a'.decode('ascii', encoding='ascii'))
show('str.encode unknown', lambda: 'a'.encode(codec='ascii'))
show('str.encode too many', lambda: 'a'.encode('ascii', 'strict', errors='x'))
show('str.format', lambda: '{0} {name}'.format(1, name='n'))
show('unicode.format', lambda: u'{x}'.format(x=2))
pat = re.compile('(a)(b)?')
show('re match', lambda: pat.match(string='xab', pos=1).group())
show('re match old name', lambda: pat.match(pattern='ab').group())
show('re search', lambda: pat.search('xxab', pos=1, endpos=3).group())
show('re findall', lambda: re.compile('a').findall(string='aXa'))
show('re split', lambda: re.compile(',').split(string='a,b,c', maxsplit=1))
show('re sub', lambda: re.compile('a').sub(repl='b', string='aaa', count=2))
show('re subn', lambda: re.compile('a').subn('b', string='aa'))
show('re sub missing', lambda: re.compile('a').sub(string='aa'))
show('re sub unknown', lambda: re.compile('a').sub('b', 'a', cnt=1))
show('re groups', lambda: pat.match('a').groups(default='-'))
show('re groupdict', lambda: re.match('(?P<k>a)(?P<j>b)?', 'a').groupdict(default='-'))
show('re groups unknown', lambda: pat.match('a').groups(dflt=1))
show('struct.unpack_from', lambda: struct.unpack_from('b', 'ab', offset=1))
show('struct.unpack_from by name', lambda: struct.unpack_from('b', buffer='ab'))
show('struct.unpack_from twice', lambda: struct.unpack_from('b', 'ab', buffer='x'))
show('struct.unpack_from too many', lambda: struct.unpack_from('b', 'ab', 1, 2))
show('struct.unpack_from None', lambda: struct.unpack_from('b', None))
show('struct.unpack_from no format', lambda: struct.unpack_from(fmt='b', buffer='ab'))
show('Struct.unpack_from', lambda: struct.Struct('b').unpack_from(buffer='ab', offset=1))
show('Struct.unpack_from missing', lambda: struct.Struct('b').unpack_from(offset=1))
show('gc.collect', lambda: gc.collect(generation=2) >= 0)
show('gc.collect unknown', lambda: gc.collect(gen=2))
show('gc.collect bad', lambda: gc.collect(generation=5))
show('sys.getsizeof', lambda: sys.getsizeof(object=1))
show('sys.getsizeof default', lambda: sys.getsizeof(1, default=0))
show('sys.getsizeof unknown', lambda: sys.getsizeof(obj=1))
show('bisect.bisect_left', lambda: bisect.bisect_left(a=[1, 2, 3], x=2))
show('bisect.bisect_right hi', lambda: bisect.bisect_right([1, 2, 2, 3], 2, lo=0, hi=2))
show('bisect.bisect missing', lambda: bisect.bisect(x=2))
l = [1, 3]
bisect.insort(l, x=2)
print 'bisect.insort', l
show('object.__init__', lambda: object.__init__(object(), x=1))
show('object.__new__', lambda: object.__new__(object, x=1))
show('function.__call__', lambda: (lambda a, b=0: a - b).__call__(5, b=2))
show('type.__call__', lambda: int.__call__('11', base=2))
show('functools.partial', lambda: functools.partial(int, base=2)('101'))
show('partial call keywords', lambda: functools.partial(int)('101', base=2))
show('methodcaller', lambda: operator.methodcaller('split', ',', 1)('a,b,c'))

print '-- accepted: Python modules'
random.seed(7)
show('random.sample', lambda: random.sample(population=range(10), k=3))
show('random.randint', lambda: random.randint(a=1, b=1))
show('random.sample unknown', lambda: random.sample(range(3), n=1))

print '-- Python functions: arguments counted'


def f0():
    pass


def f1(a):
    pass


def f2(a, b=1):
    pass


def f3(a, b, *c):
    pass


def fk(**k):
    pass


show('f0(b=1)', lambda: f0(b=1))
show('f0(1, b=1)', lambda: f0(1, b=1))
show('f1(1, 2, b=3)', lambda: f1(1, 2, b=3))
show('f1(b=2)', lambda: f1(b=2))
show('f2(b=2)', lambda: f2(b=2))
show('f2(1, 2, 3, c=1)', lambda: f2(1, 2, 3, c=1))
show('f3(1, c=1)', lambda: f3(1, c=1))
show('f3(b=1)', lambda: f3(b=1))
show('f1()', lambda: f1())
show('fk(1)', lambda: fk(1))
show('f2(**{})', lambda: f2(1, **{}))
