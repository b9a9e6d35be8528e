x = lambda a=f(b.c=1): \
    g(d.e=2)
