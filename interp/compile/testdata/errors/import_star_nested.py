def f():
    def h():
        from os import *
        return y
