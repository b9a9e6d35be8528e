# The string module: constants, maketrans, capwords, the function forms of the str
# methods, Template (substitute, safe_substitute, delimiters, errors) and Formatter.
import string
for name in ['whitespace', 'lowercase', 'uppercase', 'letters', 'ascii_lowercase', 'ascii_uppercase',
             'ascii_letters', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'printable']:
    print name, repr(getattr(string, name))
print sorted(k for k in dir(string) if not k.startswith('_') and k not in ('Template', 'Formatter'))
def t(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print repr(r)
    except Exception as e:
        print type(e).__name__, e
t(string.maketrans, 'abc', 'xyz')
t(string.maketrans, 'ab', 'c')
t(string.maketrans, 1, 'a')
t(string.maketrans, 'a')
t(string.maketrans, 'a', 2)
t(string.maketrans, u'ab', u'cd')
t(string.maketrans, u'\xe9', u'a')
tbl = string.maketrans('abc', 'ABC')
print 'aabbcc'.translate(tbl), string.translate('abcabc', tbl, 'b')
t(string.translate, u'abc', None)
t(string.translate, u'abc', string.maketrans('a', 'b'))
t(string.capwords, ' hello   world  ')
t(string.capwords, 'a-b-c', '-')
t(string.capwords, "they're bill's friends")
t(string.capwords, '')
t(string.atoi, '42')
t(string.atoi, 'ff', 16)
t(string.atoi, 'x')
t(string.atof, '1.5')
t(string.atol, '12345678901234567890')
t(string.zfill, 5, 3)
t(string.zfill, '-7', 4)
t(string.zfill, 1.5, 6)
t(string.join, ['a', 'b', 'c'])
t(string.join, ['a', 'b'], '-')
t(string.joinfields, ('x', 'y'), '')
t(string.split, 'a b  c')
t(string.split, 'a,b,c', ',', 1)
t(string.splitfields, 'a:b', ':')
t(string.rsplit, 'a,b,c', ',', 1)
t(string.strip, '  x  ')
t(string.lstrip, 'xxaxx', 'x')
t(string.rstrip, 'xxaxx', 'x')
t(string.lower, 'AbC')
t(string.upper, 'AbC')
t(string.swapcase, 'AbC')
t(string.capitalize, 'abC')
t(string.find, 'hello', 'l')
t(string.rfind, 'hello', 'l')
t(string.index, 'hello', 'z')
t(string.rindex, 'hello', 'l', 0, 3)
t(string.count, 'hello', 'l')
t(string.replace, 'aaa', 'a', 'b', 2)
t(string.replace, 'aaa', 'a', 'b')
t(string.ljust, 'a', 3, '*')
t(string.rjust, 'a', 3)
t(string.center, 'a', 4, '-')
t(string.expandtabs, 'a\tb', 4)
print string.index_error, string.atoi_error is ValueError
T = string.Template
s = T('$who likes $what, ${who}s and $$ money')
t(s.substitute, who='tim', what='kung pao')
t(s.substitute, {'who': 'tim'}, what=1)
t(s.substitute, {'who': 'tim'})
t(s.safe_substitute, {'who': 'tim'})
t(s.substitute, {}, {})
t(T('x $ y').substitute)
t(T('x $ y').safe_substitute)
t(T('ab\ncd$').substitute)
t(T('${a').substitute, a=1)
t(T('${a}b').substitute, a=1)
t(T('$a_1b $_ $1').safe_substitute, a_1b='X', _='U')
t(T('$A$b').substitute, A=1, b=2)
t(T('$$$a$$').substitute, a=0)
t(T(u'$a \xe9').substitute, a='x')
t(T('$a').substitute, a=u'\xe9')
t(T('').substitute)
print s.template, T.delimiter
class Pct(T):
    delimiter = '%'
t(Pct('%who is %% ${x} %{who}').substitute, who='me')
t(Pct('100%').substitute)
class Bad(T):
    idpattern = '[a-z]+'
t(Bad('$a').substitute, a=1)
f = string.Formatter()
t(f.format, '{0} and {x!r:>6}', 1, x='y')
t(f.format, '{0[1]}.{1.real}', [5, 6], 3)
t(f.format, '{}', 1)
t(f.format, '{0:{1}}', 'a', 4)
t(f.format, '{0!z}', 1)
t(f.format, '{1}', 1)
t(f.format, format_string='{a}', a=1)
t(f.format)
t(f.vformat, '{0}{k}', (1,), {'k': 2})
t(list, f.parse('a{0!r:x}b{{'))
t(f.get_field, '0.real', (5,), {})
t(f.convert_field, 5, 'r')
t(f.format_field, 5, '>3')
class Checked(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(range(len(args))) - used
        if unused:
            raise ValueError('unused: %s' % sorted(unused))
t(Checked().format, '{0}', 1, 2)
t(Checked().format, '{0}{1}', 1, 2)
class Dotted(T):
    idpattern = r'[_a-z][_a-z0-9.]*'
t(Dotted('$a.b and ${x.y}!').substitute, {'a.b': 1, 'x.y': 2})
class Digits(T):
    delimiter = '#'
    idpattern = '[0-9]+x?'
t(Digits('#12x #3 ##').substitute, {'12x': 'A', '3': 'B'})
class Neg(T):
    idpattern = r'[^ ]+'
t(Neg('$a,b c').substitute, {'a,b': 7})
t(T('$a').substitute, {'a': 1}, a=2)
t(T('$b').substitute, {'b': 1}, a=2)
