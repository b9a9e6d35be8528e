def g1():
    yield

def g2(n):
    for i in range(n):
        x = yield i
        print x

def g3():
    a = (yield 1) + (yield 2)
    yield a

def g4():
    try:
        yield 1
    except GeneratorExit:
        pass
    return

def g5():
    with open('f') as fh:
        yield fh

def g6():
    yield 1
    return
