# str and repr of classic classes (class_str is MODULE.NAME, class_repr names "?" for a
# module that is not a str) and of builtin methods: slot wrappers, method-wrappers, plain
# methods beside a slot (dict.__getitem__), and the __new__ of builtin types.
import re


def addr(s):
    return re.sub(r"0x[0-9a-f]+", "ADDR", s)


class Classic:
    pass


class NoModule:
    __module__ = 5


class NewStyle(object):
    pass


print Classic, str(Classic), "%s" % Classic, "{}".format(Classic), [str(Classic)]
print addr(repr(Classic)), addr(repr(NoModule)), str(NoModule)
print NewStyle, str(int), str(type), addr(repr(Classic()))[:28]
specs = """int.__add__ str.__len__ list.__iter__ dict.__getitem__ dict.__setitem__
dict.__contains__ object.__init__ object.__new__ type.__call__ list.append str.join
int.__hash__ object.__repr__ object.__format__ property.__init__ Exception.__str__
[].__len__ (1).__add__ 'a'.__mod__ {}.__getitem__ {}.__len__ iter([]).next [].append
{}.keys object().__str__ dict.__repr__ file.next int.__coerce__ dict.fromkeys
dict.__init__ list.__init__ list.__reversed__ int.__trunc__ str.__format__
(1.0).__hash__ property.__get__ staticmethod.__get__ xrange.__len__ int.__nonzero__
str.__getitem__ str.__contains__ list.__getitem__ list.__delitem__ set.__contains__
str.__eq__ str.__lt__ object.__setattr__ object.__getattribute__ dict.__iter__
file.__iter__ file.__enter__ str.__hash__ int.__new__ KeyError.__new__ str.__new__"""
for spec in specs.split():
    print spec, addr(repr(eval(spec)))
print addr(repr((x for x in []).next)), addr(repr((lambda: 0).__call__))


# super objects name their types by tp_name.
class Base(object):
    def supers(self):
        return repr(super(Base, self)), str(super(Base, type(self)))


class Both(Base, KeyError):
    pass


print Base().supers(), Both().supers(), repr(super(Base))
print super(int, 3), super(KeyError, KeyError()), super(Both, Both())


# A set subclass's repr and str name the subclass; an element whose repr fails makes the
# set's repr fail.
class SetSub(set):
    pass


class FrozenSub(frozenset):
    pass


class BadRepr(object):
    def __repr__(self):
        raise ValueError("no repr")

    def __hash__(self):
        return 1


for v in [SetSub([1]), FrozenSub([2]), SetSub(), [SetSub([3])], {FrozenSub([1]): SetSub()}]:
    print repr(v), str(v), "%s %r" % (v, v)
for v in [set([BadRepr()]), frozenset([BadRepr()]), SetSub([BadRepr()])]:
    for conv in [repr, str]:
        try:
            print conv(v)
        except ValueError as e:
            print "ValueError:", e
