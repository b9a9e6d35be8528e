def f(None=g(a.b=1)):
    pass
