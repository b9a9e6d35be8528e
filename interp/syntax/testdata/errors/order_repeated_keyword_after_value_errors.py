f(a=g(b.c=1), a=2)
