a, b, c = 1, 2, 3
x = a < b
y = a < b < c
z = a < b <= c == 4 != 5 > 6 >= 7
w = a is b, a is not b, a in b, a not in b
v = not a is b
u = not a in b
t = a in [1, 2, 3], a not in [4, 5], a in (1, 2), a in []
if a < b < c:
    print "chain"
if not a == b:
    print "ne"
