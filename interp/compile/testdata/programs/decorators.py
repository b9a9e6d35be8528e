def deco(f):
    return f

def deco_args(*a):
    return deco

@deco
def f():
    pass

@deco
@deco_args(1, 2)
@deco
def g(x):
    return x


class K(object):
    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        return cls

    @property
    def p(self):
        return 1

    @p.setter
    def p(self, v):
        pass

@deco
class Decorated(object):
    pass
