f(a, *args, **kw).attr[1:2]
