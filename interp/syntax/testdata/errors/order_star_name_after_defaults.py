def f(a=g(b.c=1), *None):
    pass
