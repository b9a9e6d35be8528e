def f(a, b):
    a, b = b, a
    a, b, c = b, c, a
    (a,) = (b,)
    x = a, b = 1, 2
    if not a:
        pass
    if not a is b:
        pass
    while not a:
        pass
    return a and b or c

def g(x):
    if x and (x or 3):
        return 1
    if x or (x and 3):
        return 2
    return x in [1, 2, 3] or x not in ['a', 'b']

def h():
    if x:
        if y:
            pass
    else:
        pass
    for i in x:
        if i:
            continue
    return None

def none_consts():
    a = None
    return a

def none_late():
    return 1, None

x = 1 if 0 else 2
y = (1, 2) + (3,)
z = '%d items' % 3, '%s' % None, '%5.2f|' % 3.14159, '%r' % 'q', '%x' % 255, '%-4d|' % 7
w = ((1, 2), 3)
