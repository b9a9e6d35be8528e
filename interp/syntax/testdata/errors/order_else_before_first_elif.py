if a:
    pass
elif b:
    f() = 1
elif c:
    pass
else:
    g() = 2
