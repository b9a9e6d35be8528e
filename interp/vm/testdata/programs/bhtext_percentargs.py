# Argument conversions of % formatting that differ between str and unicode formats:
# unicode's %e/%f/%g pass PyFloat_AsDouble's own error on where str's say "float argument
# required"; unicode's %c truncates a float and refuses one beyond a C long with "%c
# requires int or char"; a complex where an int is wanted is "can't convert complex to
# int".
def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e


class Floaty(object):
    def __float__(self):
        return 2.5


class BadFloat(object):
    def __float__(self):
        raise ArithmeticError("no float")


class NotFloat(object):
    def __float__(self):
        return "x"


for v in [1j, None, [1], "1.5", u"1.5", True, 2**2000, Floaty(), BadFloat(), NotFloat(), 3L]:
    for fmt in ["%f", "%e", "%G"]:
        show(lambda: fmt % v)
        show(lambda: (u"" + fmt) % v)
for v in [65.0, 65.7, float("inf"), float("nan"), 1e22, -1.0, 2**70, -1, 0x110000, 1j,
          "ab", u"ab", "", None, [1], True, "\xe9", u"\xe9"]:
    show(lambda: u"%c" % v)
    show(lambda: "%c" % v)
show(lambda: "abc".center(1j))
show(lambda: "abc".expandtabs(1j))
show(lambda: u"abc".zfill(1j))
show(lambda: "abc".split(None, 1j))
show(lambda: "%*d" % (1j, 1))
