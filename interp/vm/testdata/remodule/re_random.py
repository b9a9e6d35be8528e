# Random regular expressions and subjects (from a fixed linear congruential generator, so
# CPython and the VM see the same ones): every operation's results, or the error it raises.
import re
state = [20251126]
def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n
def pick(seq):
    return seq[rand(len(seq))]
chars = ['a', 'b', 'c', 'A', 'B', '_', '1', ' ', '\n', '-', '\xe9', '.']
uchars = [u'a', u'b', u'A', u'\xe9', u'\xc9', u'\u0661', u'\u3000', u'\n', u'_', u'\u017f', u's', u'S', u'K', u'\u212a', u'1']
atoms = ['a', 'b', 'c', 'A', '.', '\\d', '\\w', '\\s', '\\W', '\\D', '[ab]', '[^a]', '[a-c]', '[\\w-]', '\\n', '\\.', '\\xe9', '[A-z]', '[\\s\\d]', '_', '1', '\xe9', '\\S', '[^\\n]', '[B-b]']
anchors = ['^', '$', '\\b', '\\B', '\\A', '\\Z']
quants = ['*', '+', '?', '{2}', '{1,2}', '{,2}', '{2,}', '*?', '+?', '??', '{1,3}?', '{0}']
def gen(depth, ngroups):
    n = rand(4) + 1
    parts = []
    for i in range(n):
        k = rand(20)
        if k < 8 or depth > 2:
            p = pick(atoms)
        elif k < 10:
            p = pick(anchors)
        elif k < 13:
            ngroups[0] += 1
            p = '(' + gen(depth + 1, ngroups) + ')'
        elif k < 14:
            ngroups[0] += 1
            p = '(?P<g%d>' % ngroups[0] + gen(depth + 1, ngroups) + ')'
        elif k < 15:
            p = '(?:' + gen(depth + 1, ngroups) + ')'
        elif k < 16:
            p = gen(depth + 1, ngroups) + '|' + gen(depth + 1, ngroups)
        elif k < 17 and ngroups[0]:
            p = '\\%d' % (rand(ngroups[0]) + 1)
        elif k < 18:
            p = pick(['(?=', '(?!', '(?<=', '(?<!']) + pick(['a', 'b', '\\w', '[ab]', 'ab', '\\d']) + ')'
        elif k < 19 and ngroups[0]:
            p = '(?(%d)' % (rand(ngroups[0]) + 1) + gen(depth + 1, ngroups) + '|' + gen(depth + 1, ngroups) + ')'
        else:
            p = pick(atoms)
        if rand(3) == 0:
            p += pick(quants)
        parts.append(p)
    return ''.join(parts)
def junk():
    return ''.join(pick(['(', ')', '[', ']', '*', '+', '?', '{', '}', '\\', 'a', '|', '^', '$', '(?', '(?P', '<', '>', '=', '!', ':', '-', '1', ',', '#', 'x']) for i in range(rand(7) + 1))
def subject(uni):
    if uni:
        return u''.join(pick(uchars) for i in range(rand(10)))
    return ''.join(pick(chars) for i in range(rand(10)))
def show(m):
    if m is None:
        return 'None'
    return '%r %r %r %r %r' % (m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)
def rep(m):
    return '<%s>' % (m.group(0),)
for i in range(600):
    if rand(10) == 0:
        pat = junk()
    else:
        pat = gen(0, [0])
    flags = 0
    for f in [re.I, re.M, re.S, re.U, re.X, re.L]:
        if rand(5) == 0:
            flags |= f
    upat = rand(4) == 0
    if upat:
        pat = pat.decode('latin-1')
    try:
        p = re.compile(pat, flags)
    except Exception as e:
        print i, repr(pat), flags, 'compile', type(e).__name__, e
        continue
    print i, repr(pat), flags, p.groups, sorted(p.groupindex.items())
    for j in range(3):
        s = subject(rand(3) == 0)
        out = [repr(s)]
        try:
            out.append(show(p.match(s)))
            out.append(show(p.search(s)))
            pos, endpos = rand(4), rand(12)
            out.append(show(p.search(s, pos, endpos)))
            out.append(show(p.match(s, pos)))
            out.append(repr(p.findall(s)))
            out.append(repr(p.split(s)))
            out.append(repr(p.split(s, 1)))
            out.append(repr([m.span() for m in p.finditer(s)]))
            out.append(repr(p.subn(rep, s)))
            out.append(repr(p.sub('-', s, 2)))
        except Exception as e:
            out.append('%s %s' % (type(e).__name__, e))
        try:
            if p.groups:
                out.append(repr(p.sub(r'[\1]', s)))
            else:
                out.append(repr(p.sub(r'[\g<0>]', s)))
        except Exception as e:
            out.append('%s %s' % (type(e).__name__, e))
        print '  ' + ' | '.join(out)
