# UnicodeDecodeError, UnicodeEncodeError and UnicodeTranslateError made by a program: their
# __init__ parses the fields as CPython's does, and their str is the codec's message.
e = UnicodeDecodeError('ascii', 'ab\xff', 2, 3, 'bad'); print e, e.args, e.start, e.encoding, repr(e), repr(e.message)
e = UnicodeEncodeError('ascii', u'ab\xe9', 2, 3, 'bad'); print e, repr(e.object)
e = UnicodeDecodeError('ascii', 'ab\xff', 0, 3, 'bad'); print e
e = UnicodeEncodeError('ascii', u'\u1234\U00012345', 1, 2, 'bad'); print e
e = UnicodeEncodeError('ascii', u'\u1234\U00012345', 0, 1, 'bad'); print e
print UnicodeTranslateError(u'abc', 1, 2, 'r'), '|', UnicodeTranslateError(u'abc', 1, 3, 'r')
for a in [('x',), ('a', 'b', 1, 2, 'r'), (1, 'b', 1, 2, 'r'), ('a', u'b', 1, 2, 'r'), ('a','b','x',2,'r'), ('a', 'b', 1.5, 2, 'r'), ('a', 'b', 1L, 2, 'r')]:
    try:
        print repr(UnicodeDecodeError(*a))
    except TypeError as e:
        print e
e = UnicodeDecodeError('ascii', 'ab\xff', 2, 3, 'bad'); e.start = 0; e.reason = 'other'; print e
e = UnicodeDecodeError('ascii', 'ab\xff', 5, 9, 'bad'); print e
e = UnicodeDecodeError('ascii', 'ab\xff', -5, 0, 'bad'); print e
e = UnicodeDecodeError('ascii', '', 0, 1, 'bad'); print e
print UnicodeError('x'), UnicodeError('a', 'b')
try:
    UnicodeTranslateError('a')
except TypeError as e:
    print e
e = UnicodeDecodeError('ascii', 'ab\xff', 2, 3, 'bad'); e.encoding = 5; print e
class MyDecode(UnicodeDecodeError):
    pass
print MyDecode('utf-8', '\xc3', 0, 1, 'unexpected end of data')
try:
    raise UnicodeDecodeError('ascii', 'x\x80', 1, 2, 'ordinal not in range(128)')
except UnicodeError as e:
    print 'caught', e, e.end, e.reason
try:
    'caf\xc3\xa9'.decode('ascii')
except UnicodeDecodeError as e:
    print str(e), e.start, e.end, e.reason
raise UnicodeEncodeError('latin-1', u'\u20ac', 0, 1, 'ordinal not in range(256)')
