with f(a.b=1) as x, \
     g(c.d=2) as y:
    pass
