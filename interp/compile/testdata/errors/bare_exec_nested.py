def f():
    y = 1
    def h():
        exec "x"
        return y
