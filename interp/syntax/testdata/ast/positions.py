@dec
@dec2.x(1)
@dec3()
def f(a, (b, c), d=1, *e, **g):
    pass
if a:
    pass
elif  b:
    pass
else:
    pass
with  a as b, c:
    pass
x = a + b + c - d
x = a * b ** c ** d
x = -1 + - 2 - -(3) + -1.5 + -1j + ~1 + -0x10 + -9223372036854775808 + -9223372036854775809
x = (a).b, (a, b).c, "abc".join, [a for a in b], {a for a in b}, {a: b for a in c}
f(a for a in b)
x = a[1:2:], a[::], a[1, 2], a[1:2, 3], a[...]
for a, in b: pass
print >>x, 1,
lambda (a, b): 0
x = yield
