def f():
    from os import *
    exec "x"
    def g(): return y
