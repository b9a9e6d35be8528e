x = [f(a.b=1)
     for g() in y]
