def outer():
    global q
    q = 1
    def inner(code):
        exec code in {}
        return q
    return inner

class K:
    global r
    def m(self, code):
        exec code in {}
        return r

def outer2():
    global s
    class L:
        def m(self, code):
            exec code in {}
            return s
    return L
def main():
    global g
    g = 1

class C:
    def m(self, code):
        exec code in {}
        return g

def f(code):
    exec code in {}
    return g
