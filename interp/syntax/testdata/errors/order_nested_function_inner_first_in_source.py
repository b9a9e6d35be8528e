def f():
    def g():
        h() = 1
    k() = 2
