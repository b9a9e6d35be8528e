# What abc.ABCMeta relies on: a metaclass's __instancecheck__ and __subclasscheck__ (after
# the exact-type test, before the subtype test), and __abstractmethods__ making a class
# abstract so that object.__new__ refuses it.
class M(type):
    def __instancecheck__(cls, inst):
        print 'instancecheck', cls.__name__, type(inst).__name__
        return inst == 1
    def __subclasscheck__(cls, sub):
        print 'subclasscheck', cls.__name__, sub.__name__
        return sub is int
class A(object):
    __metaclass__ = M
print isinstance(1, A), isinstance(2, A), isinstance(A(), A), issubclass(int, A), issubclass(str, A), issubclass(A, A)
print isinstance(1, (str, A)), issubclass(bool, (A, str))
try:
    A.__abstractmethods__
except AttributeError as e:
    print e
class B(object):
    def f(self): pass
B.__abstractmethods__ = frozenset(['f', 'g'])
try:
    B()
except TypeError as e:
    print e
print B.__abstractmethods__
B.__abstractmethods__ = frozenset()
print type(B())
B.__abstractmethods__ = ['x']
try:
    B()
except TypeError as e:
    print e
del B.__abstractmethods__
print type(B())
try:
    del B.__abstractmethods__
except AttributeError as e:
    print e
try:
    int.__abstractmethods__ = frozenset()
except TypeError as e:
    print e
class C(B): pass
B.__abstractmethods__ = frozenset(['z'])
print type(C())
