def f(a=g(b.c=1),
      d):
    pass
