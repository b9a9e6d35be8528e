for f() in x:
    pass
else:
    g() = 1
