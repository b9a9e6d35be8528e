class A:
    pass

class B(object):
    "doc"
    x = 1
    def __init__(self, y):
        self.y = y
        self.__private = 2
        self.__dunder__ = 3

    def method(self):
        return self.__private + self.y

    def __secret(self):
        __local = 1
        return __local

class C(A, B):
    y = x = 2
    print x
    def m(self):
        return C

class __Under(object):
    __x = 1

class _(object):
    __y = 1

class Outer(object):
    class Inner(object):
        __z = 3
        def f(self):
            return self.__z
    def g(self):
        import __hidden
        from mod import __name2
        return __hidden, __name2

def make():
    class Local(object):
        def get(self):
            return Local
    return Local
