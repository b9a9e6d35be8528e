@f(a.b=1)
def None():
    pass
