f = lambda a, b, a: 1
