# Random bytes decoded and random text encoded with every codec and error handler (inputs
# from a fixed linear congruential generator): UTF-8 error spans, surrogates, BOMs,
# charmaps, escapes, and the strict-only hex codec.
state = [2024]
def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n
interesting = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0, 0x8f, 0x90]
for i in range(1500):
    n = rand(7)
    data = ''.join(chr(interesting[rand(len(interesting))] if rand(3) else rand(256)) for k in range(n))
    row = []
    for enc in ['utf-8', 'ascii', 'utf-16', 'utf-16-be', 'utf-32-le', 'cp1252', 'unicode_escape', 'string_escape', 'hex']:
        for errors in ['strict', 'replace', 'ignore']:
            try:
                row.append(repr(data.decode(enc, errors)))
            except Exception as e:
                row.append(type(e).__name__ + ':' + str(e))
    print repr(data), row
    u = u''.join(unichr([0x41, 0xe9, 0x20ac, 0xd800, 0xdc00, 0x1f600, 0x7f, 0x100][rand(8)]) for k in range(rand(5)))
    row = []
    for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16-le', 'utf-32', 'cp1252', 'unicode_escape', 'rot13']:
        for errors in ['strict', 'replace', 'ignore', 'xmlcharrefreplace', 'backslashreplace']:
            try:
                row.append(repr(u.encode(enc, errors)))
            except Exception as e:
                row.append(type(e).__name__ + ':' + str(e))
    print repr(u), row
