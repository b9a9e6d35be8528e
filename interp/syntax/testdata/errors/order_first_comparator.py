x = (f(a.b=1) <
     g(c.d=2) <
     h(e.f=3))
