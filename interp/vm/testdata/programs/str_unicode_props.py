# Unicode character properties as the unicode methods see them (CPython 2.7's Unicode 5.2
# database): per block of code points, which characters are alpha, decimal, digit,
# numeric, lower, upper, title or space, and a checksum of their case mappings.
def props(lo, hi, step):
    flags = []
    mapsum = 0
    for c in xrange(lo, hi, step):
        u = unichr(c)
        f = 0
        if u.isalpha(): f |= 1
        if u.isdecimal(): f |= 2
        if u.isdigit(): f |= 4
        if u.isnumeric(): f |= 8
        if u.islower(): f |= 16
        if u.isupper(): f |= 32
        if u.isspace(): f |= 64
        if u.istitle(): f |= 128
        flags.append(f)
        mapsum = (mapsum * 31 + ord(u.upper()[0]) * 7 + ord(u.lower()[0]) * 3 + ord(u.title()[0])) % 1000000007
    counts = [sum(1 for f in flags if f & bit) for bit in (1, 2, 4, 8, 16, 32, 64, 128)]
    return counts, mapsum

for lo in range(0, 0x3400, 0x200):
    print '%05x' % lo, props(lo, lo + 0x200, 1)
for lo, hi, step in [(0x3400, 0xa000, 13), (0xa000, 0x10000, 7), (0x10000, 0x20000, 11),
                     (0x20000, 0x30000, 101), (0x30000, 0x110000, 997)]:
    print '%05x-%05x/%d' % (lo, hi, step), props(lo, hi, step)
print u'\u0661\u0662'.isdecimal(), u'\u00bd'.isnumeric(), u'\u00bd'.isdigit()
