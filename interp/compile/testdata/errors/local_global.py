def f(a):
    x = 1
    global a
