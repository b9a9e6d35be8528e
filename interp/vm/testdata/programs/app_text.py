# Text statistics over a literal passage
text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
lines = text.splitlines()
print len(lines), 'lines,', len(text.split()), 'words,', len(text), 'chars'
words = [w.strip('.,').lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, n in top:
    print '%-8s %3d %s' % (w, n, '*' * n)
print sorted(set(w for w in words if len(w) > 6))
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print k, sorted(lengths[k])
print ' '.join(w.capitalize() for w in words[:8])
print text.count('it was'), text.find('age'), text.rfind('of'), text.upper()[:20]
caps = [w for w in text.split() if w[0].isupper()]
print caps
print '|'.join('%s:%d' % (c, text.lower().count(c)) for c in 'aeiou')
acronym = ''.join(w[0] for w in 'portable network graphics'.split()).upper()
print acronym, 'madam'[::-1] == 'madam', 'Hello'.center(11, '*'), 'x'.zfill(4), '3'.rjust(3, '0')
table = [('alice', 93.5, 3), ('bob', 78.25, 12), ('carol', 88.0, 7)]
for name, score, rank in sorted(table, key=lambda r: r[1], reverse=True):
    print '{0:<8}|{1:>8.2f}|{2:^5d}|'.format(name, score, rank)
print '{:,}'.format(1234567), '{:.1%}'.format(0.256), '{0!r:>10}'.format('q'), '{name}-{0}'.format(1, name='n')
