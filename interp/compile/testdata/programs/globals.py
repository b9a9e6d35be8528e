x = 1
def f():
    global x
    x = 2
    return x

def g():
    global y
    y = 3

y = 0
print x, y

def h():
    return x + z

z = 5

class C(object):
    global w
    w = 1
    v = 2
    def m(self):
        return v, w

def outer():
    q = 1
    def inner():
        global q
        q = 2
    def reader():
        return q
    return inner, reader
