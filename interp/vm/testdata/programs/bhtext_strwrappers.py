# The slot wrappers of str and unicode called directly: __add__ concatenates or fails
# (the other operand's __radd__ is for the + operator, not for the wrapper), __mul__ and
# __rmul__ read their argument as an index with wrap_indexargfunc's messages; unicode
# subscripts name no type in their error.
class RAdd(object):
    def __radd__(self, other):
        return "radd"

    def __rmul__(self, other):
        return "rmul"


class Index(object):
    def __index__(self):
        return 2


class S(str):
    pass


def show(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__, e


show(lambda: "a".__add__(RAdd()))
show(lambda: "a" + RAdd())
show(lambda: "a".__add__(1))
show(lambda: u"a".__add__(1))
show(lambda: u"a".__add__("b"))
show(lambda: "a".__add__(u"b"))
show(lambda: "a".__mul__(Index()))
show(lambda: "a" * RAdd())
show(lambda: "a".__mul__(RAdd()))
show(lambda: "a".__mul__(2**70))
show(lambda: "ab".__mul__(-1))
show(lambda: u"a".__rmul__(3))
show(lambda: "a".__rmul__(2.5))
show(lambda: "a".__mul__("b"))
show(lambda: S("a").__mul__("b"))
show(lambda: S("a") * "b")
show(lambda: "b" * S("a"))
show(lambda: "a".__add__())
show(lambda: "a".__add__(1, 2))
show(lambda: "a".__mul__(1, 2))
show(lambda: u"a".__mul__())
show(lambda: u"abc"[1.5])
show(lambda: u"abc"["x"])
show(lambda: "abc"[1.5])
show(lambda: u"abc".__getitem__(None))
