# str() and unicode() with keyword arguments, encodings and errors, objects with __str__,
# __repr__ and __unicode__ (returning str or unicode), str and unicode subclasses (their
# methods return plain strings), and formatting of subclass instances.
class S(str):
    def extra(self):
        return self.upper() + '!'
class U(unicode):
    pass
class WithUnicode(object):
    def __unicode__(self):
        return u'uni\xe9'
    def __str__(self):
        return 'plain'
class StrReturnsUnicode(object):
    def __str__(self):
        return u'from str'
class UnicodeReturnsStr(object):
    def __unicode__(self):
        return 'ascii str'
class UnicodeReturnsInt(object):
    def __unicode__(self):
        return 5
class OnlyRepr(object):
    def __repr__(self):
        return 'R()'
def t(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print label, repr(r), type(r).__name__
    except Exception as e:
        print label, type(e).__name__, e
t('str()', str)
t('str(5)', str, 5)
t('str(object=5)', str, object=5)
t('str(u"abc")', str, u'abc')
t('str(u"\\xe9")', str, u'\xe9')
t('str(S)', str, S('x'))
t('str(x=1)', str, x=1)
t('unicode()', unicode)
t('unicode(5)', unicode, 5)
t('unicode(1.5)', unicode, 1.5)
t('unicode([u"a"])', unicode, [u'a'])
t('unicode(string=...)', unicode, string='abc')
t('unicode(encoding only)', unicode, 'abc', encoding='utf-8')
t('unicode(errors only)', unicode, 'a\xff', errors='ignore')
t('unicode(both)', unicode, 'a\xc3\xa9', 'utf-8', 'strict')
t('unicode(by name and position)', unicode, 'a', 'ascii', encoding='ascii')
t('unicode(bad kw)', unicode, 'a', enc='ascii')
t('unicode(u, enc)', unicode, u'a', 'ascii')
t('unicode(5, enc)', unicode, 5, 'ascii')
t('unicode(S)', unicode, S('x'))
t('unicode(U)', unicode, U(u'x'))
t('unicode(WithUnicode)', unicode, WithUnicode())
t('str(WithUnicode)', str, WithUnicode())
t('unicode(StrReturnsUnicode)', unicode, StrReturnsUnicode())
t('str(StrReturnsUnicode)', str, StrReturnsUnicode())
t('unicode(UnicodeReturnsStr)', unicode, UnicodeReturnsStr())
t('unicode(UnicodeReturnsInt)', unicode, UnicodeReturnsInt())
t('unicode(OnlyRepr)', unicode, OnlyRepr())
t('"%s" % WithUnicode', lambda: '%s' % WithUnicode())
t('u"%s" % WithUnicode', lambda: u'%s' % WithUnicode())
t('"%s" % StrReturnsUnicode', lambda: '%s' % StrReturnsUnicode())
t('"{}".format(WithUnicode)', lambda: '{}'.format(WithUnicode()))
t('u"{}".format(WithUnicode)', lambda: u'{}'.format(WithUnicode()))
t('u"{!s}".format(WithUnicode)', lambda: u'{!s}'.format(WithUnicode()))
t('"{!s}".format(WithUnicode)', lambda: '{!s}'.format(WithUnicode()))
s = S('hello world')
for name in ['upper', 'lower', 'strip', 'title', 'capitalize', 'swapcase', 'zfill', 'center', 'ljust', 'rjust',
             'split', 'rsplit', 'partition', 'rpartition', 'replace', 'join', 'expandtabs', 'translate',
             'splitlines', 'encode', 'decode', 'format', 'lstrip', 'rstrip', '__getslice__', '__getitem__',
             '__add__', '__mul__', '__mod__', '__str__', '__repr__', '__format__']:
    args = {'zfill': (3,), 'center': (3,), 'ljust': (3,), 'rjust': (3,), 'partition': (' ',),
            'rpartition': ('o',), 'replace': ('o', '0'), 'join': (['a', 'b'],), 'translate': (None,),
            '__getslice__': (0, 5), '__getitem__': (slice(0, 20),), '__add__': ('!',), '__mul__': (2,),
            '__mod__': ((),), '__format__': ('',)}.get(name, ())
    t('S.' + name, getattr(s, name), *args)
t('S.extra', s.extra)
t('S + S', lambda: S('a') + S('b'))
t('S == str', lambda: S('a') == 'a')
t('hash(S)', lambda: hash(S('a')) == hash('a'))
t('S in dict', lambda: {'a': 1}[S('a')])
t('"%s" % S', lambda: '%s|%r' % (S('x'), S('y')))
t('"{}".format(S)', lambda: '{}|{!r}|{:>3}'.format(S('x'), S('y'), S('z')))
t('format(S)', format, S('x'), '^5')
t('S.join', ', '.join, [S('a'), S('b')])
t('len(S)', len, S('abc'))
t('list(S)', list, S('ab'))
t('sorted([S])', sorted, [S('b'), 'a'])
u = U(u'Hello')
for name in ['upper', 'strip', 'center', 'split', 'partition', 'encode', '__getslice__', '__str__', '__repr__', 'isdecimal']:
    args = {'center': (2,), 'partition': (u'l',), '__getslice__': (1, 3)}.get(name, ())
    t('U.' + name, getattr(u, name), *args)
t('unicode.upper(U)', unicode.upper, u)
t('str.upper(S)', str.upper, s)
t('map(str.strip)', map, str.strip, [' a ', S(' b ')])
t('map(unicode.lower)', map, unicode.lower, [u'A', U(u'B')])
