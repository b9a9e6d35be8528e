class A:
    yield 3
