# print() of `from __future__ import print_function`: the default separator and line end
# are unicode when sep, end or an argument is; sys.stdout None prints nothing and a
# missing sys.stdout is an error; argument errors.
from __future__ import print_function
import sys


class Recorder(object):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append((type(s).__name__, s))


for kwargs, args in [({}, ("a", 1)), ({}, ("a", u"b")), ({"sep": u"|"}, ("a", None)),
                     ({"end": u"!"}, ("x",)), ({"sep": "-", "end": "."}, (u"u", "s")),
                     ({}, ()), ({"end": u""}, ()), ({"sep": None, "end": None}, (1, 2))]:
    r = Recorder()
    print(*args, file=r, **kwargs)
    print(kwargs, r.parts)

saved = sys.stdout
sys.stdout = None
print("not shown")
print()
sys.stdout = saved
print("stdout None printed nothing")
del sys.stdout
try:
    print("x")
except TypeError as e:
    sys.stdout = saved
    print("TypeError:", e)
sys.stdout = saved
for bad in [dict(sep=1), dict(end=2), dict(file=1), dict(foo=1), dict(sep=b"", end=[])]:
    try:
        print("z", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print("a", "b", sep=u"", end=u"\n")
print(repr(print(end="")))
