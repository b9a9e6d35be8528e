def f():
    exec "x"
    def g(): return x
