exec "x = 1"
exec "y = 2" in {}
exec "z = 3" in {}, {}
d = {}
exec compile("w = 4", "<s>", "exec") in d

def f():
    exec "a = 1" in {}
    return a

def g():
    exec "b = 2"
    return b

def h():
    from os import *
    return path

def k():
    exec "c = 3" in globals(), locals()
    return c
