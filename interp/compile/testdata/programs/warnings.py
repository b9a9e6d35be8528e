x = 1
global x

def f():
    y = 1
    print z
    global y, z

def g(a):
    assert (a, "message")
    assert ()
    from os import *
    return a

class C:
    from os import *
    global w
    w = 2
