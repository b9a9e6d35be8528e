for f() in \
    g(a.b=1):
    pass
