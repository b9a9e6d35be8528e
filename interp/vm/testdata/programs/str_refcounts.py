# Reference counts around string operations: formatting, joining, splitting, codecs and
# the string methods must not keep or drop references to their arguments, and objects
# used by them die when their last reference goes (__del__ runs at once).
import sys
class Obj(object):
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print 'del', self.name
    def __str__(self):
        return 'str-' + self.name
    def __repr__(self):
        return 'repr-' + self.name
    def __format__(self, spec):
        return 'fmt-' + self.name + '-' + spec
    def __getitem__(self, key):
        return key
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __index__(self):
        return 2
    def __len__(self):
        return 3

o = Obj('o')
base = sys.getrefcount(o)
results = []
results.append('%s %r %d %x %f' % (o, o, o, o, o))
results.append('%(a)s %(b)s' % o)
results.append('{0} {0!r} {0!s} {0:>5} {x}'.format(o, x=o))
results.append(u'{0} {0!r}'.format(o))
results.append(format(o, 'spec'))
results.append(','.join([str(o), repr(o)]))
results.append('ab'.center(o) if False else 'x')
results.append('abc'[o])
results.append('abcdef'.find('c', o))
results.append('a,b,c'.split(',', o))
results.append('abc' * o)
results.append(u'%s|%r' % (o, o))
print results
print 'delta', sys.getrefcount(o) - base
del o
print 'after del'

def make(name):
    return Obj(name)
print '%s' % make('a')
print '{}'.format(make('b'))
print '{0.name}'.format(make('c'))
print '{0[k]}'.format(make('d'))
print format(make('e'), 'x')
print '%(k)s' % make('f')
print u'%s' % make('g')
print 'x' * make('h')
print 'abcdef'[make('i'):]
print '-'.join(str(make(n)) for n in 'jk')
print 'end'
s = 'some string'
u = u'unicode text'
sb, ub = sys.getrefcount(s), sys.getrefcount(u)
for i in range(100):
    s.split(); s.upper(); s.strip(); s.partition(' '); s.replace('s', 't'); s + s; s * 2
    s.encode('utf-8'); s.decode('ascii'); '%s' % s; '{}'.format(s); s.center(20); s.zfill(3)
    u.split(); u.upper(); u.strip(); u.partition(u' '); u.replace(u't', u'x'); u.encode('utf-8')
    '%s' % u; u'{}'.format(u); u.center(30); u.translate({116: None}); s.startswith((s, u))
    str(s); unicode(u); unicode(s); s.__getnewargs__(); u.__getnewargs__(); s[:]; u[:]
print 'string deltas', sys.getrefcount(s) - sb, sys.getrefcount(u) - ub
