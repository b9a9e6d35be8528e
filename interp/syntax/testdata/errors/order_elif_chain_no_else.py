if a:
    f() = 1
elif b:
    g() = 2
elif c:
    h() = 3
