f(a.b=
  g(c.d=2))
