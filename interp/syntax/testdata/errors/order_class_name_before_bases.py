class None(f(a.b=1)):
    pass
