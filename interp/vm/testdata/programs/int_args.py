# How builtins and methods convert their integer arguments, and what they say when they
# cannot. chr, unichr, list.insert and list.pop parse C integers ("l", "i", "n"): __int__
# counts, __index__ alone does not, floats are refused with their own message. slice.indices
# and bin take indexes (__index__, not __int__), and slices clip indexes too big to fit.
class I(object):
    def __index__(self): return 65

class N(object):
    def __int__(self): return 66

class Big(object):
    def __index__(self): return 2**70

def show(name, f, a):
    try:
        r = f(a)
        print name, type(a).__name__, "ok", repr(r)
    except Exception as e:
        print name, type(a).__name__, type(e).__name__, e

values = [I(), N(), Big(), 2**70, -2**70, 2**40, 1.5, "a", True]
cases = [
    ("chr", lambda x: chr(x)),
    ("unichr", lambda x: unichr(x)),
    ("insert", lambda x: [].insert(x, 0)),
    ("pop", lambda x: [1].pop(x)),
    ("pop-empty", lambda x: [].pop(x)),
    ("indices", lambda x: slice(1).indices(x)),
    ("bin", lambda x: bin(x)),
    ("slice", lambda x: [1, 2, 3][x:]),
    ("slice-stop", lambda x: [1, 2, 3][1:x]),
    ("extslice", lambda x: [1, 2, 3][x::-1]),
]
for name, f in cases:
    for a in values:
        show(name, f, a)

# Bounds beyond either end are clipped by insert, index() and simple slices.
l = [1, 2, 3]
l.insert(-10, 0)
l.insert(10, 9)
l.insert(-1, 7)
print l
print [1, 2, 3, 2].index(2, -2), [1, 2, 3].index(3, -100, 100)
print [1, 2, 3, 4][-10:2], [1, 2, 3, 4][3:1], (1, 2, 3)[-2:], "abcd"[1:-1], "abcd"[-100:100]
