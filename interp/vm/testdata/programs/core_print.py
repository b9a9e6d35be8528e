import sys
print 'a', 'b',
print 'c'
print 1, 2.5, None, [1, 'x'], (1,), {'k': 'v'}
print 'no newline',
print
print 'tab\t',
print 'after tab'
print >>sys.stderr, 'to stderr'
sys.stdout.write('written\n')
print 'x',
sys.stdout.write('y')
print 'z'
print '%s and %s' % ('this', 'that'), '%(a)s=%(b)d' % {'a': 'k', 'b': 3}
print `42`, `'s'`
class S(object):
    def __str__(self):
        return 'S!'
print S(), str([S()]).startswith("[<__main__.S object at 0x")
