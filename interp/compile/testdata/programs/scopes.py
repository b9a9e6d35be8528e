# Scoping corner cases: classes between functions, comprehension scopes, cells in
# comprehensions, names both free and bound in a class.
def f1(x):
    class C(object):
        x = x            # class-level name from the enclosing function
        y = [x for _ in range(2)]
        z = (x for _ in range(2))
        def m(self):
            return x     # the function's x, not the class attribute
    return C

def f2():
    v = 1
    class D(object):
        v = 2
        def get(self, v=v):
            return v
        w = lambda self: v
    return D

def f3(n):
    return [(lambda: i + n) for i in range(3)]

def f4(rows):
    return ((x for x in row if x > limit) for row in rows for limit in [1])

def f5(data):
    total = 0
    squares = {k: (lambda: k * total) for k in data}
    sets = {(lambda: x)() for x in data}
    return squares, sets

def f6():
    a = 1
    def g():
        b = a
        def h():
            return a + b
        class K(object):
            c = a
            def m(self):
                return b
        return h, K
    return g

class Top(object):
    items = [1, 2]
    total = sum(x for x in items)
    def method(self):
        return [items for items in self.items]
    exec "q = 1"
    from os import path

def f7(x):
    x = 2
    def g():
        return x
    del g
    return x

def f8():
    __private = 1
    class P(object):
        __attr = __private
        def m(self, __arg=__private):
            return self.__attr, __arg
    return P

def f9(*args, **kwargs):
    def g():
        return args, kwargs
    return g
