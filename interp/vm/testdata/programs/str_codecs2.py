# The utf-16 and utf-32 codecs (byte order marks, surrogate pairs, truncated and illegal
# input under each error handler) and the charmap codecs cp1252 and rot13.
def t(label, f, *args):
    try:
        print label, repr(f(*args))
    except Exception as e:
        print label, type(e).__name__, e
text = u'a\u20ac\U0001f600\xe9'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf_16le', 'UTF16', 'utf-32', 'utf-32-le', 'utf-32-be', 'u32']:
    t(enc, text.encode, enc)
    t(enc + ' round trip', lambda e: text.encode(e).decode(e) == text, enc)
    t(enc + ' empty', u''.encode, enc)
    t(enc + ' lone surrogate', u'\ud800x'.encode, enc)
bad16 = ['a', '\xff\xfea', '\xfe\xff\x00a', '\x00\xd8a\x00', '\x00\xdc', '\x00\xd8', '\x00\xd8\x00',
         '\x3d\xd8\x00\xde', 'a\x00\x00\xdcb\x00', '\x00\xd8\x00\xd8\x00\xdc']
for data in bad16:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be']:
        for errors in ['strict', 'replace', 'ignore']:
            t('%r.decode(%r, %r)' % (data, enc, errors), data.decode, enc, errors)
bad32 = ['ab', '\xff\xfe\x00\x00a\x00\x00\x00', '\x00\x00\xfe\xff\x00\x00\x00a', '\x00\x00\x11\x00',
         'a\x00\x00\x00b', '\x00\xd8\x00\x00']
for data in bad32:
    for enc in ['utf-32', 'utf-32-le', 'utf-32-be']:
        for errors in ['strict', 'replace']:
            t('%r.decode(%r, %r)' % (data, enc, errors), data.decode, enc, errors)
for enc in ['cp1252', 'windows-1252', 'rot13', 'rot_13']:
    t(enc + ' all bytes', lambda e: ''.join(chr(i) for i in range(256)).decode(e, 'replace'), enc)
    t(enc + ' strict', ''.join(chr(i) for i in range(256)).decode, enc)
    t(enc + ' text', u'Hello \u20ac\u2019s \xe9'.encode, enc)
    t(enc + ' replace', u'x\u20ac\u0100\u0101y'.encode, enc, 'replace')
    t(enc + ' xml', u'x\u0100y'.encode, enc, 'xmlcharrefreplace')
    t(enc + ' str', 'Hello'.encode, enc)
    t(enc + ' str non-ascii', '\xe9'.encode, enc)
t('rot13 decode', 'Uryyb'.decode, 'rot13')
t('unknown', 'x'.decode, 'utf-8-sig-nope')
# base64 (a str-to-str codec): lines of 76 characters, lenient decoding, binascii.Error.
for s in ['YWJj', 'YWJ', 'YW Jj\n', 'Y', '@@@', 'YWJj====', '', 'YQ==YWJj', 'YWJjZA', 'YW=Jj', 'YWI=\n', 'Y=WJj', 'YWJ=j']:
    try:
        print repr(s), repr(s.decode('base64'))
    except Exception as e:
        print repr(s), type(e).__name__, type(e).__module__, e
print repr(('x' * 100).encode('base64')), repr(''.encode('base64')), repr(u'ab'.encode('base64')), repr(u'YWI='.decode('base64'))
print repr(''.join(chr(i) for i in range(256)).encode('base64'))
print repr(('\xff' * 200).encode('base64').decode('base64') == '\xff' * 200), repr('abc'.encode('base_64'))
