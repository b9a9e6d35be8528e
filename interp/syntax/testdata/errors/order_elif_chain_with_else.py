if a:
    f() = 1
elif b:
    pass
elif c:
    g() = 2
else:
    h() = 3
