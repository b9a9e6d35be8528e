# The character classes and case folding of unicode patterns, over stretches of the BMP and
# beyond: which code points \w, \d, \s and \b accept with UNICODE (and \w with LOCALE),
# and IGNORECASE|UNICODE on letters whose case mappings are not one to one.
import re
spans = [(0, 0x3400), (0xa000, 0xa100), (0xf900, 0x10000), (0x10300, 0x10500), (0x1d400, 0x1d420), (0x20000, 0x20010), (0x2f800, 0x2f810)]
def ranges(pred):
    out = []
    for lo, hi in spans:
        start = None
        for c in range(lo, hi):
            if pred(c):
                if start is None:
                    start = c
            elif start is not None:
                out.append((start, c - 1))
                start = None
        if start is not None:
            out.append((start, hi - 1))
    return out
for name, pat, flags in [('w', r'\w', re.U), ('d', r'\d', re.U), ('s', r'\s', re.U), ('wL', r'\w', re.L), ('W', r'\W', re.U)]:
    p = re.compile(pat, flags)
    r = ranges(lambda c: p.match(unichr(c)) is not None)
    print name, len(r), r[:6], r[-4:], sum(b - a + 1 for a, b in r)
p = re.compile(r'\b', re.U)
r = ranges(lambda c: p.search(u'a' + unichr(c), 1) is not None)
print 'b', len(r), r[:6], sum(b - a + 1 for a, b in r)
pi = re.compile(u'(?iu)[a-z\u00e0-\u00ff\u0370-\u03ff]')
r = ranges(lambda c: pi.match(unichr(c)) is not None)
print 'ci', len(r), r[:10], sum(b - a + 1 for a, b in r)
for c in [u'\u0130', u'\u212a', u'\u017f', u'\u1e9e', u'\xdf', u'\u03c2', u'\u01c5', u'\u0345', u'\u1fbe', u'\xb5', u'\U00010400', u'\U00010428']:
    print repr(c), [bool(re.match(x, c, f)) for x in [c.lower(), c.upper(), u'[%s]' % c.lower(), u'[%s]' % c.upper()] for f in [re.I, re.I | re.U]]
print [bool(re.match(u'(?iu)[\U00010400-\U00010410]', c)) for c in [u'\U00010400', u'\U00010428', u'\U00010438']]
print [bool(re.match(u'(?iu)[\U00010428-\U00010438]', c)) for c in [u'\U00010400', u'\U00010428', u'\U00010410']]
print re.findall(u'(?u)\w+', u'caf\xe9 na\xefve \u0441\u043b\u043e\u0432\u043e \u6f22\u5b57 x_1 \u0661\u0662'), re.findall(r'\w+', u'caf\xe9 x_1')
print re.sub(u'(?iu)stra\xdfe', u'X', u'STRASSE Stra\xdfe STRA\xdfE'), re.split(u'(?u)\s+', u'a\u3000b\xa0c\u2028d\x85e')
