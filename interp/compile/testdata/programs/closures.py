def outer():
    x = 1
    def inner():
        return x
    return inner

def counter():
    count = [0]
    def inc(n=1):
        count[0] += n
        return count[0]
    return inc

def nested():
    a = 1
    def level1():
        b = 2
        def level2():
            return a + b
        return level2
    return level1

def rebind():
    x = 1
    def get():
        return x
    x = 2
    return get

def shadow(x):
    def f(x):
        return x
    def g():
        return x
    return f, g

def only_passes():
    v = 1
    def mid():
        def deep():
            return v
        return deep
    return mid

class Cls(object):
    def method(self):
        y = 1
        class Inner(object):
            z = y
            def m(self):
                return y
        return Inner

def method_free_in_class():
    x = 1
    class C(object):
        x = 2
        def f(self):
            return x
    return C

def genexp_closure(n):
    return (i * n for i in range(10))

def lambda_closure(n):
    return lambda x: x + n

def cell_arg(a, b):
    def f():
        return a
    return f

def default_closure():
    x = 1
    def f(y=x):
        return y
    return f

def zeta_order():
    zeta = alpha = mid = beta = 1
    def g():
        return zeta, alpha, mid, beta
    return g
