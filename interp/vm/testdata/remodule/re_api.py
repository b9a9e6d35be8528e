# The re module's API: module functions, flags, pattern and match objects, scanners,
# templates, errors and their messages, and the reference counts the objects hold.
import re, sys

def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print '  ->', repr(r)
        return r
    except Exception as e:
        print '  !!', type(e).__name__, e

print 'flags', re.I, re.L, re.M, re.S, re.U, re.X, re.T, re.DEBUG, re.IGNORECASE, re.LOCALE, re.MULTILINE, re.DOTALL, re.UNICODE, re.VERBOSE, re.TEMPLATE
print sorted(re.__all__), re.__version__
print re.error.__name__, re.error.__module__, issubclass(re.error, Exception), re.error.__bases__

# compile and the cache
p = re.compile(r'(?P<word>\w+)\s*(?P<num>\d+)?', re.I)
print p.pattern, p.flags, p.groups, sorted(p.groupindex.items())
print re.compile(r'(?P<word>\w+)\s*(?P<num>\d+)?', re.I) is p, re.compile(p) is p
attempt(re.compile, p, re.I)
attempt(re.compile, 5)
attempt(re.compile, None)
attempt(re.compile, ['a'])
attempt(re.match, 'a', 'a', 'x')
print re.compile(u'(?P<n>a)').groupindex, type(re.compile(u'a').pattern), type(re.compile('a').pattern)
re.purge()
print re.compile('abc') is re.compile('abc'), re.compile('abc') is re.compile(u'abc')
print re.template('a.c').match('abc').group(), re.template('a').flags
attempt(re.template, 'a*')
print type(p).__name__, type(p.match('x 1')).__name__, type(p.scanner('x')).__name__, type(p.finditer('x')).__name__

# pattern methods with keywords, pos and endpos
s = 'alpha 12 beta 345 gamma'
m = p.search(s)
print m.group(), m.groups(), m.groupdict(), m.span(), m.start('num'), m.end('word'), m.span('num')
print m.group(0, 1, 'num'), m.group('word', 2), m.lastindex, m.lastgroup, m.pos, m.endpos, m.re is p, m.string is s
print m.regs, m.regs is m.regs
m = p.search(string=s, pos=9, endpos=15)
print m.span(), m.groups(), m.pos, m.endpos
m = p.match(s, 6)
print m.group(), p.match(s, endpos=3).group()
print p.search(s, 100), p.search(s, 5, 2), p.match('', 0, 0), re.compile('').match('abc', 2, 1).span()
print p.findall(s), p.findall(s, 9), p.findall(source=s, endpos=10)
print re.findall(r'\d', s), re.findall(r'(\w)(\d)', 'a1b2c'), re.findall(r'(a)|b', 'ab')
print p.split(s), p.split(s, 2), re.split(r'\s+', s), re.split(r'(\s)+', s, maxsplit=1)
print re.split('x*', 'axbxc'), re.split('(?=b)', 'abc'), re.split(r'\b', 'a b'), re.split('a', '')
print [m.span() for m in re.finditer(r'\w+', s)], [m.group() for m in p.finditer(s, 9, 20)]
print re.sub(r'\d+', '#', s), re.sub(r'\d+', '#', s, 1), re.subn(r'\d+', '#', s), re.sub(r'\d+', '#', s, count=1)
print re.sub(r'(\w+) (\d+)', r'\2-\1', s), re.sub(r'(?P<w>\w+) (?P<n>\d+)', r'\g<n>-\g<w>-\g<0>', s)
print re.sub(r'\d+', lambda m: str(int(m.group()) * 2), s), re.sub('a', lambda m: None, 'banana')
print re.sub('x*', '-', 'abc'), re.sub('', '-', 'ab'), re.sub('(a)', r'\1\n\t\\\q\0', 'a'), repr(re.sub('(a)', r'\141\08\1', 'a'))
print repr(re.sub('a', u'\u00e9', 'xax')), repr(re.sub(u'a', 'b', u'xax')), repr(re.sub('a', 'b', u'xax'))
print re.subn('a', 'b', 'aaa', 2), p.subn(lambda m: '', s), p.sub(repl='_', string='a 1 b', count=1)
print re.sub(r'(a)|b', lambda m: repr(m.group(1)), 'ab')
print repr(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p\0q\xe9')), repr(re.escape(u'a.b\u1234\0')), repr(re.escape(''))
attempt(re.escape, ['a', '.'])
attempt(re.escape, 5)

print 'argument errors'
attempt(p.match)
attempt(p.match, 'a', 'x')
attempt(p.match, 'a', 1.5)
attempt(p.match, 'a', 0, 0, 0)
attempt(p.match, 'a', foo=1)
attempt(p.match, 'a', string='b')
attempt(p.match, 3)
attempt(p.search, None)
attempt(p.split)
attempt(p.split, 'a', 1, 2)
attempt(p.split, 'a', 'b')
attempt(p.sub)
attempt(p.sub, 'x')
attempt(p.sub, 'x', 'y', 1, 2)
attempt(p.sub, 3, 'x y 1')
attempt(p.sub, 3, 'zzz!')
attempt(p.sub, lambda m: 5, 'ab 1')
attempt(p.sub, lambda m: u'\xe9', 'ab 1')
attempt(p.sub, lambda m: 'x', u'ab 1')
attempt(p.finditer)
attempt(p.finditer, 'a', string='b')
attempt(p.scanner, 'a', 1, 2, 3)
attempt(p.findall, 'a', 1, 2, 3)
m = p.match('ab 12')
attempt(m.group, 3)
attempt(m.group, 'nope')
attempt(m.group, -1)
attempt(m.group, 1.0)
attempt(m.group, 1L)
attempt(m.group, True)
attempt(m.group, [1])
attempt(m.start, 1, 2)
attempt(m.start, x=1)
attempt(m.span, 'word')
attempt(m.groups, 1, 2)
attempt(m.groups, default=1, x=2)
attempt(m.groupdict, 'x')
print m.groups(), m.groups('-'), m.groupdict('?'), re.match('(a)(b)?', 'a').groups(default=0)
print m.expand(r'<\2:\1:\g<word>>'), repr(m.expand(u'\\1')), m.expand('\\n')
attempt(m.expand, r'\3')
attempt(m.expand, r'\g<bad>')
attempt(m.expand, 5)
attempt(re.match('(a)|(b)', 'b').expand, r'\1')
attempt(re.sub, '(a)|b', r'\1', 'b')
attempt(re.sub, 'a', r'\g<1>', 'a')
attempt(re.sub, 'a', r'\g<x>', 'b')
attempt(re.sub, 'a', r'\g<-1>', 'b')
attempt(re.sub, 'a', r'\g<1', 'b')
attempt(re.sub, 'a', r'\g<a-b>', 'b')
attempt(re.sub, 'a', 'x\\', 'b')
attempt(re.sub, 'a', r'\g', 'b')
import copy
attempt(copy.copy, p)
attempt(copy.deepcopy, p)
attempt(copy.copy, m)
attempt(copy.deepcopy, m)
attempt(type(p))
attempt(type(m))

print 'scanner'
sc = re.compile(r'\d+|(x)').scanner('12 x 345x', 1)
print [(x.span(), x.lastindex) for x in iter(sc.search, None)], sc.search(), sc.pattern.pattern
sc = re.compile(r'a*').scanner('aab')
print sc.match().span(), sc.match().span(), sc.match().span(), sc.match()
lex = re.Scanner([(r'\d+', lambda s, t: int(t)), (r'[a-z]+', lambda s, t: t.upper()), (r'\s+', None), (r'[+*]', lambda s, t: t)])
print lex.scan('12 + abc * 7 ?x'), lex.scan('')
for phrases in [[r'(a)(b)'], [r'(a)', r'b'], [r'(a)(b)', 'c'], [r'x(?P<n>a)'], ['(a)\\1'], ['(a)(b)(c)'], ['(a)(b)\\2']]:
    attempt(lambda: re.Scanner([(p, lambda s, t: t) for p in phrases]).scan('abc'))

print 'debug'
re.compile(r'a[^b-d\d]*?(?P<x>e|fg)(?:h)\1(?=i)(?<!j)^$\b.(?(1)k|l)[m]{2,3}', re.DEBUG)
re.compile(u'\u1234|\\Z', re.DEBUG | re.M)

print 'refcounts'
text = 'xx' + 'yy 12' * 3
base = sys.getrefcount(text)
m = re.search(r'(\d)(\d)', text)
print sys.getrefcount(text) - base, m.string is text
g = m.group(0, 1, 2)
del m, g
print sys.getrefcount(text) - base
l = re.findall(r'\w', text); l2 = re.split(r'\s', text); s2 = re.sub('y', 'z', text); it = re.finditer('y', text)
print sys.getrefcount(text) - base
del it
print sys.getrefcount(text) - base, sys.getrefcount(re.sub('q', 'z', text)) , re.sub('q', 'z', text) is text
pat = re.compile(r'(?P<a>q)(z)')
pbase = sys.getrefcount(pat)
ms = [pat.match('qz') for i in range(3)]
print sys.getrefcount(pat) - pbase
del ms
print sys.getrefcount(pat) - pbase
class Tracked(object):
    def __del__(self):
        print 'tracked dies'
def repl(m):
    Tracked()
    return '-'
print re.sub('a', repl, 'xax')

print 'gc'
import gc
p = re.compile('(a)'); m = p.match('a'); s = p.scanner('a'); it = p.finditer('a')
print gc.is_tracked(p), gc.is_tracked(m), gc.is_tracked(s), gc.is_tracked(it)

print 'nesting'
def deepest(pattern):
    re.purge()
    lo, hi = 1, 2000
    while lo < hi:
        n = (lo + hi + 1) // 2
        try:
            re.compile(pattern[0] * n + 'a' + pattern[1] * n)
            lo = n
        except RuntimeError as e:
            hi = n - 1
    return lo
def nested(k, pattern):
    if k:
        return nested(k - 1, pattern)
    return deepest(pattern)
print deepest(('(?:', ')')), nested(100, ('(?:', ')')), deepest(('(?=', ')')), nested(37, ('(?:', ')|b'))
try:
    re.compile('(?:' * 5000 + ')' * 5000)
except RuntimeError as e:
    print type(e).__name__, e

# the reprs of _sre's objects: the type's name and a hex address
for o in (re.compile('a'), re.match('a', 'a'), re.compile('a').scanner('a')):
    r = repr(o)
    print r.split(' at ')[0], re.match(r'<[\w.]+ object at 0x[0-9a-f]+>$', r) is not None
