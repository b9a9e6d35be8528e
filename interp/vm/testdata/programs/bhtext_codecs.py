# The codecs beyond ascii/latin-1/utf-8/utf-16/utf-32: every single-byte codec of the
# encodings package (decoding all 256 bytes, encoding a sample of characters with each
# error handler, the error of a strict encode or decode, and their aliases),
# raw_unicode_escape, utf-8-sig, unicode_internal, and unicode.encode('string_escape').
names = """cp037 cp1006 cp1026 cp1140 cp1250 cp1251 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258
cp424 cp437 cp500 cp720 cp737 cp775 cp850 cp852 cp855 cp856 cp857 cp858 cp860 cp861 cp862
cp863 cp864 cp865 cp866 cp869 cp874 cp875 iso8859_10 iso8859_11 iso8859_13 iso8859_14
iso8859_15 iso8859_16 iso8859_2 iso8859_3 iso8859_4 iso8859_5 iso8859_6 iso8859_7 iso8859_8
iso8859_9 koi8_r koi8_u mac_arabic mac_centeuro mac_croatian mac_cyrillic mac_farsi
mac_greek mac_iceland mac_roman mac_romanian mac_turkish tis_620""".split()
allbytes = "".join(chr(i) for i in range(256))
sample = u"".join(unichr(c) for c in range(0, 0x600, 3)) + u"\u20ac\u2500\u2591\u0e01\ufe8e\U0001f600"


def checksum(text):
    h = 0
    for c in text:
        h = (h * 131 + ord(c)) % 1000000007
    return h


for name in names:
    dec = allbytes.decode(name, "replace")
    line = [name, len(dec), checksum(dec)]
    for errors in ["replace", "ignore", "xmlcharrefreplace", "backslashreplace"]:
        enc = sample.encode(name, errors)
        line.append(checksum(enc))
    try:
        sample.encode(name)
    except UnicodeEncodeError as e:
        line.append((e.start, e.end, str(e)[:60]))
    try:
        allbytes.decode(name)
        line.append("decodes all")
    except UnicodeDecodeError as e:
        line.append((e.start, e.end, e.reason))
    print line
for alias in ["IBM437", "437", "koi8-r", "KOI8_U", "latin2", "ISO-8859-2", "iso_8859-15", "L9",
              "macroman", "mac-cyrillic", "maccyrillic", "windows-1251", "cyrillic", "greek", "hebrew",
              "arabic", "thai", "tis620", "ebcdic-cp-us", "cp1140", "csibm500", "latin10", "850"]:
    print alias, repr(u"\xe9\u0410".encode(alias, "replace")), repr("\xe9\xc1".decode(alias, "replace"))
print repr(u" !()".encode("mac_arabic")), repr(u"\x1a".encode("cp875")), repr(u"\ufe8e".encode("cp1006"))
for s in [u"plain", u"caf\xe9", u"\u20ac\U0001f600", u"back\\slash\\u1234"]:
    e = s.encode("raw_unicode_escape")
    print repr(e), repr(e.decode("raw_unicode_escape")) if "\\u1234" not in s else ""
for s in ["a\\u00e9", "\\\\u00e9", "\\\\\\u00e9", "\\U0001F600", "\\u12", "\\u12zz", "x\\", "\\U00110000",
          "\\x41", "\\n", "\xe9\\u20ac", "\\\\\\\\u12345"]:
    for errors in ["strict", "replace", "ignore"]:
        try:
            print repr(s), errors, repr(s.decode("raw_unicode_escape", errors))
        except UnicodeDecodeError as e:
            print repr(s), errors, "UnicodeDecodeError:", e
for s in ["\xef\xbb\xbfabc", "abc", "\xef\xbb\xbf", "\xef\xbb\xbf\xff", "\xef\xbb", "x\xef\xbb\xbf"]:
    try:
        print repr(s.decode("utf-8-sig")), repr(s.decode("utf_8_sig", "replace"))
    except UnicodeDecodeError as e:
        print "UnicodeDecodeError:", e, e.start, repr(e.object)
print repr(u"\xe9".encode("utf-8-sig")), repr("ab".encode("utf_8-sig")), repr(u"".encode("UTF-8-SIG"))
print repr(u"a\xe9\U0001f600".encode("unicode_internal")), repr("abc".encode("unicode_internal"))
for s in ["a\x00\x00\x00", "a\x00\x00", "\xff\xff\xff\xff", "a\x00\x00\x00b"]:
    for errors in ["strict", "replace", "ignore"]:
        try:
            print repr(s), errors, repr(s.decode("unicode_internal", errors))
        except UnicodeDecodeError as e:
            print repr(s), errors, "UnicodeDecodeError:", e
print repr(u"\xe9a".encode("charmap", "replace")), repr("\xe9".decode("charmap"))
try:
    u"x".encode("string_escape")
except TypeError as e:
    print "TypeError:", e
print repr(u"x".decode("string_escape")), repr(u"616263".decode("hex")), repr(u"abc".encode("hex"))
# The encoding and errors arguments may be instances of str or unicode subclasses.
class U(unicode): pass
class S(str): pass
print repr("abc".encode(U("ascii"))), repr("abc".decode(S("ascii"), U("strict")))
print repr(u"abc".encode(encoding=U("utf-8"))), repr(unicode("abc", U("ascii"), S("strict")))
