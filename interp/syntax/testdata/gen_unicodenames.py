# Writes the Unicode character names of CPython 2.7's unicodedata (Unicode 5.2.0) in the
# compact form unicodenames.go reads, so that \N{...} escapes decode as CPython decodes
# them. Run with CPython 2.7 (go test -update does): python gen_unicodenames.py OUT.
#
# Format, all integers unsigned LEB128 varints:
#   "UNAMES 1\n", the Unicode version line "5.2.0\n";
#   the words: a count, then each as length and bytes (most frequent first);
#   the names of all code points except the algorithmic ones: a count, then for each, in
#   code point order, the distance from the previous code point, the number of words and
#   the word indexes (names are words joined by single spaces);
#   the ranges of CJK unified ideographs: a count, then first and last of each;
#   the Hangul jamo short names for leading consonants, vowels and trailing consonants:
#   for each of the three, a count, then each as length and bytes.
import sys
import unicodedata


def varint(n):
    out = []
    while True:
        b = n & 0x7f
        n >>= 7
        if n:
            out.append(chr(b | 0x80))
        else:
            out.append(chr(b))
            return ''.join(out)


def text(s):
    return varint(len(s)) + s

names = []
cjk = []
for c in range(0x110000):
    try:
        name = unicodedata.name(unichr(c))
    except ValueError:
        continue
    if name.startswith('CJK UNIFIED IDEOGRAPH-'):
        if cjk and cjk[-1][1] == c - 1:
            cjk[-1][1] = c
        else:
            cjk.append([c, c])
        continue
    if name.startswith('HANGUL SYLLABLE '):
        continue
    names.append((c, name))

counts = {}
for c, name in names:
    for w in name.split(' '):
        counts[w] = counts.get(w, 0) + 1
words = sorted(counts, key=lambda w: (-counts[w], w))
index = dict((w, i) for i, w in enumerate(words))

out = ['UNAMES 1\n', unicodedata.unidata_version + '\n', varint(len(words))]
out.extend(text(w) for w in words)
out.append(varint(len(names)))
prev = 0
for c, name in names:
    ws = name.split(' ')
    out.append(varint(c - prev) + varint(len(ws)) + ''.join(varint(index[w]) for w in ws))
    prev = c
out.append(varint(len(cjk)))
for first, last in cjk:
    out.append(varint(first) + varint(last))

# The jamo short names, read back from the names of the syllables (S = 0xAC00 +
# (L * 21 + V) * 28 + T; L 11 is the silent consonant, V 0 is A, T 0 is no consonant).
def syllable(l, v, t):
    return unicodedata.name(unichr(0xAC00 + (l * 21 + v) * 28 + t))[len('HANGUL SYLLABLE '):]
leads = [syllable(l, 0, 0)[:-1] for l in range(19)]
vowels = [syllable(11, v, 0) for v in range(21)]
trails = [syllable(11, 0, t)[1:] for t in range(28)]
for column in (leads, vowels, trails):
    out.append(varint(len(column)))
    out.extend(text(s) for s in column)

open(sys.argv[1], 'wb').write(''.join(out))
