a = {}
b = {1: 2}
c = {'a': 1, 'b': 2, 'c': 3}
d = {1, 2, 3}
e = {x: y for x, y in c.items()}
f = {(1, 2): [3], None: {4}}
g = dict(a=1, b=2)
h = set()
i = {1: {2: {3: 4}}}
