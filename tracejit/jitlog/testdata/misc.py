# A program for real PyPy JIT logs with the whole "jit" log family (tracing, noopt, summary):
# a generator, string building, a dict, floats, exceptions and a generator expression.
import sys
def gen(n):
    for i in range(n):
        yield i * 2
def strings(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
    return ",".join(parts)
def dicts(n):
    d = {}
    for i in range(n):
        d[i % 100] = d.get(i % 100, 0) + 1
    return len(d)
def floats(n):
    x = 0.0
    for i in range(n):
        x += i * 0.5
        if x > 1e6:
            x = x / 3.0
    return x
def exc(n):
    c = 0
    for i in range(n):
        try:
            if i % 10 == 0:
                raise ValueError(i)
        except ValueError:
            c += 1
    return c
print(sum(gen(20000)), len(strings(20000)), dicts(50000), floats(30000), exc(30000))
print(sum(x*x for x in range(30000)))
