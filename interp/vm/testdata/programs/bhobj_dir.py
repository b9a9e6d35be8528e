# dir() as CPython lists it for classes, instances, functions and exceptions: object's
# __reduce__ and __subclasshook__, no __dict__ from object, a function's func_dict.
def f(): pass
f.attr = 1
print f.__dict__, f.func_dict, f.func_dict is f.__dict__
f.func_dict = {'z': 2}
print f.z, f.__dict__
try:
    del f.__dict__
except TypeError as e:
    print e
try:
    f.__dict__ = 1
except TypeError as e:
    print e
print dir(f)
class A(object): pass
a = A()
a.__dict__ = {'q': 1}
print a.q, dir(a)[-3:], vars(a)
print object.__subclasshook__(), A.__subclasshook__(int), dir(object)
print ValueError('a', 'b', 'c')[1:], Exception('x')[0]
class A(object):
    x = 1
    def m(self): pass
class B(A):
    __slots__ = ()
class Old:
    y = 2
    def n(self): pass
a = A(); a.z = 3
print dir(A)
print dir(a)
print dir(B)
print dir(Old)
print dir(Old())
print dir(object)
print dir(Exception)
print dir(ValueError('x'))
print dir(None)
print dir(lambda: 0)
def g(): yield 1
print dir(g())
print dir(super(B, B()))
class WithDir(object):
    def __dir__(self): return ['b', 'a']
print dir(WithDir())
print dir(type(None))
