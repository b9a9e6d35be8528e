def g():
    if x:
        return 2
    yield 1
