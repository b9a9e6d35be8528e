print >>f(a.b=1), \
    g(c.d=2)
