try:
    pass
except f(a.b=1), g():
    pass
