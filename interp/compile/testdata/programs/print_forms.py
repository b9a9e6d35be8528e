import sys
print
print 1
print 1, 2
print 1, 2,
print >>sys.stderr, "err"
print >>sys.stderr, "a", "b",
print >>sys.stderr
x = 5; print x; print x,
def f(out):
    print >>out, "in function", out
