# More random regular expressions (fixed linear congruential generator, so CPython and the
# VM see the same ones): escapes in and out of sets, inline flags, verbose patterns, case
# folding of non-ASCII letters, nested repeats of groups, templates and match accessors.
import re
state = [77]
def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n
def pick(seq):
    return seq[rand(len(seq))]
chars = ['a', 'b', 'A', 'B', 'k', 'K', 's', 'S', ' ', '\n', '\t', '1', '2', '\xe9', '\xc9', '\xdf', '\x00', '\\', '-']
uchars = [u'a', u'b', u'A', u'k', u'K', u'\u212a', u's', u'\u017f', u'S', u'\xb5', u'\u03bc', u'\u039c', u'\xe9',
          u'\xc9', u'\u0131', u'i', u'I', u'\u0130', u'1', u'\u0661', u'\n', u' ', u'\u2028', u'\x85', u'\xa0', u'\U00010400', u'\U00010428']
atoms = ['a', 'A', 'k', 'K', 's', 'S', 'i', 'I', '\\x41', '\\101', '\\0', '\\t', '\\n', '\\\\', '\\-', '[a-z]', '[A-Z]',
         '[^A-Z]', '[\\x41-\\x5a]', '[\\w\\s]', '[\\b]', '[\\1]', '[\\0101]', '[\\A\\Z\\B]', '[]a]', '[^]a]', '[a-]', '[-a]',
         '[k-s]', '[\\d-]', '\\xe9', '\\xc9', '[\\xe0-\\xff]', '[\\xc0-\\xde]', '\\w', '\\W', '\\s', '\\d', '\\b', '\\B',
         '.', '$', '^', '\\Z', '\\A', ' ', '#', '[ #]', '\\ ', '\\#', '[ab]', '[^\\W\\d]']
quants = ['*', '+', '?', '{2}', '{1,2}', '{,2}', '{2,}', '*?', '+?', '??', '{0,1}?', '{3}?', '{1,}?', '{', '{x}', '{1,x}']
def gen(depth, ngroups):
    parts = []
    for i in range(rand(4) + 1):
        k = rand(16)
        if k < 7 or depth > 2:
            p = pick(atoms)
        elif k < 10:
            ngroups[0] += 1
            p = '(' + gen(depth + 1, ngroups) + ')'
        elif k < 11:
            ngroups[0] += 1
            p = '(?P<n%d>' % ngroups[0] + gen(depth + 1, ngroups) + ')'
        elif k < 12:
            p = '(?:' + gen(depth + 1, ngroups) + '|' + gen(depth + 1, ngroups) + ')'
        elif k < 13 and ngroups[0]:
            g = rand(ngroups[0]) + 1
            p = pick(['\\%d' % g, '(?P=n%d)' % g, '(?(%d)a|b)' % g])
        elif k < 14:
            p = pick(['(?i)', '(?m)', '(?s)', '(?x)', '(?u)', '(?L)', '(?#c)'])
        elif k < 15:
            p = pick(['(?=', '(?!', '(?<=', '(?<!']) + gen(depth + 2, ngroups) + ')'
        else:
            p = pick(['(a|ab)', '(a*)', '(a|)', '(|a)', '(?:a|b)', '((a)|(b))', '(a?)', '([ab]?)'])
        if rand(3) == 0:
            p += pick(quants)
        parts.append(p)
    return ''.join(parts)
templates = ['\\1', '\\g<1>', '\\g<0>', '\\g<n1>', '\\g<name>', '\\n', '\\t\\\\', '\\0', '\\01', '\\101', '\\18', '\\2', '\\q',
             '<\\g<0>>', '\\g<-1>', '\\g<1', '\\g', '\\g<>', '\\g<1a>', '\\g< 1>', 'x\\', '\\8', '\\10', '&']
def subject(uni):
    if uni:
        return u''.join(pick(uchars) for i in range(rand(12)))
    return ''.join(pick(chars) for i in range(rand(12)))
def show(m):
    if m is None:
        return 'None'
    out = [m.span(), m.groups('-'), m.lastindex, m.lastgroup, m.regs]
    if m.re.groups:
        g = m.re.groups
        out.append(m.group(0, g))
        out.append((m.start(g), m.end(g), m.span(g)))
    return repr(out)
for i in range(400):
    pat = gen(0, [0])
    flags = 0
    for f in [re.I, re.M, re.S, re.U, re.X, re.L]:
        if rand(5) == 0:
            flags |= f
    if rand(4) == 0:
        pat = pat.decode('latin-1')
    try:
        p = re.compile(pat, flags)
    except Exception as e:
        print i, repr(pat), flags, 'compile', type(e).__name__, e
        continue
    print i, repr(pat), flags, p.flags, p.groups, sorted(p.groupindex.items())
    for j in range(3):
        s = subject(rand(2) == 0)
        out = [repr(s)]
        for f in [lambda: show(p.match(s)), lambda: show(p.search(s)), lambda: p.findall(s, 1),
                  lambda: show(p.search(s, rand(5), rand(14))), lambda: p.split(s, rand(3)),
                  lambda: [m.groupdict() for m in p.finditer(s)]]:
            try:
                out.append(repr(f()))
            except Exception as e:
                out.append('%s %s' % (type(e).__name__, e))
        t = pick(templates)
        if rand(2):
            t = t.decode('latin-1')
        try:
            out.append(repr(p.subn(t, s)))
        except Exception as e:
            out.append('%s %s' % (type(e).__name__, e))
        try:
            m = p.search(s)
            if m:
                out.append(repr(m.expand(t)))
        except Exception as e:
            out.append('%s %s' % (type(e).__name__, e))
        print '  ' + ' | '.join(out)
