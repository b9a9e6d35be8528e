def f():
    from os import *
    def g(): return x
