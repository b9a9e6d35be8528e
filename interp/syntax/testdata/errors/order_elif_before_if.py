if x:
    f() = 1
elif y:
    g() = 2
