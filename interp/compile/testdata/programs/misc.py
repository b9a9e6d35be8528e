"""Module docstring."""
import sys
x = None
y = x is None
z = None
def f(a=None):
    return None
del x
a, b = 1, 2
a, b = b, a
a, b, c = c, b, a = 1, 2, 3
[d, e] = 4, 5
(f1, (g1, h1)) = 1, (2, 3)
t = ()
t1 = (1,)
t2 = (1, 2, (3, 4))
l = [1, 2, (3, 4)]
s = 'single' "double" '''triple'''
u = u'unicode \xe9 \u1234 \U0001f600'
r = r'raw\n'
bs = 'escape \t\n\r\x00\x7f\xff \' "'
q1 = "it's"
q2 = 'say "hi"'
q3 = 'both \' and "'
n = -1, -1.5, -1j, 1.5j, 0j, 1e100, 1e-100, 0.1, 1/3.0
big = 99999999999999999999999999999999
neg = -9223372036854775808
pos = 9223372036854775807
bigger = 9223372036854775808
rep = `1 + 2`
pass
if __name__ == '__main__':
    pass
elif x:
    pass
else:
    pass
if 0:
    print "dead"
if 1:
    print "live"
if "":
    print "dead str"
if __debug__:
    print "debug"
