f(g(a.b=1),
  x for x in y)
