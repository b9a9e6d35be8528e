# filter over a unicode string gives a unicode string, over a tuple or str subclass the
# base type, with the items the subclass's __getitem__ gives.
print repr(filter(None, u'ab')), repr(filter(unicode.isalpha, u'a1b\xe92')), repr(filter(lambda c: c != u'a', u'banana'))
print repr(filter(None, ())), repr(filter(None, (0, 1, None, 2))), repr(filter(str.isdigit, 'a1b2'))
class T(tuple):
    def __getitem__(self, i): return tuple.__getitem__(self, i) * 10
print repr(filter(None, T((0, 1, 2)))), type(filter(None, T((1,))))
class S(str):
    def __getitem__(self, i): return str.__getitem__(self, i).upper()
print repr(filter(None, S('abc'))), type(filter(None, S('x')))
class U(unicode): pass
print repr(filter(lambda c: c > u'a', U(u'abc'))), type(filter(None, U(u'x')))
class Bad(str):
    def __getitem__(self, i): return 5
try:
    filter(None, Bad('ab'))
except TypeError as e:
    print e
class Long(str):
    def __getitem__(self, i): return 'xy'
print repr(filter(None, Long('ab')))
print repr(filter(None, [u'', u'a'])), repr(filter(len, 'ab'))
