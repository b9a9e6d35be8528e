f(a.b=1).x += \
    g(c.d=2)
