class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '%s makes a sound' % self.name
    def __str__(self):
        return 'Animal(%s)' % self.name
class Dog(Animal):
    def speak(self):
        return Animal.speak(self) + ': woof'
d = Dog('rex')
print d.speak(), str(d), d.kind, isinstance(d, Animal), issubclass(Dog, Animal)
print type(d).__name__, d.__class__.__name__, Dog.__name__, Dog.__bases__[0].__name__
print repr(d).startswith('<__main__.Dog instance at 0x'), repr(Dog).startswith('<class __main__.Dog at 0x')
print type(Dog).__name__, type(d) is type(Animal('x'))
class A:
    x = 'A'
class B(A):
    pass
class C(A):
    x = 'C'
class D(B, C):
    pass
print D().x
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + o.v)
    def __len__(self):
        return self.v
    def __getitem__(self, i):
        if i >= self.v:
            raise IndexError(i)
        return i * i
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return 'V(%d)' % self.v
print V(1) + V(2), len(V(3)), list(V(4)), V(2) == V(2)
class Err:
    pass
try:
    raise Err()
except Err as e:
    print 'caught classic', e.__class__.__name__
try:
    d.missing
except AttributeError as e:
    print e
class Mixed(Animal, object):
    pass
print type(Mixed).__name__, Mixed('m').speak()
class Del:
    def __del__(self):
        print 'classic del'
x = Del()
del x
print 'end'
def fin():
    try:
        raise Err()
    finally:
        print 'finally with classic'
try:
    fin()
except Err:
    print 'classic through finally'
