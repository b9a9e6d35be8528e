def f(x):
    if x:
        return 1
    else:
        return 2
    print "unreachable"

def g(x):
    while x:
        return x
    return None

def h(x):
    try:
        return x
    except:
        return 0

def k(x):
    if x:
        pass
    elif x > 1:
        pass

x = (1 +
     2 +
     3)
y = [
    1,
    2,
]
z = f(1,
      2)
w = {
    'a': 1,
    'b': 2,
}
def multi(a,
          b):
    return (a
            + b)
s = """line one
line two"""
t = s; u = t
