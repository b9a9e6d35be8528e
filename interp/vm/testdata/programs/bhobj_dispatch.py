# Operator dispatch details: in-place operators (a class's __iop__ before a list's in-place
# concatenation, classic instances' do_binop_inplace, pow's single in-place slot, *= never
# repeating the right operand for an instance), no subclass priority between classic
# instances, the default order of classic instances among numbers, list.__iadd__ and
# __imul__ returning the object, sequence __mul__ wrappers' index errors.
class P: pass
class N(object):
    def __int__(self): return 1
for v in [1, 1L, 1.0, True, 10**30, -5]:
    print repr(v), P() < v, P() > v, cmp(P(), v), N() < v, cmp(N(), v)
print cmp(P(), None), cmp(P(), 'a'), cmp(P(), []), cmp(N(), 'a'), cmp(N(), [])
class C0(object): pass
x = C0()
try:
    x += 1
except TypeError as e:
    print e
try:
    x -= 1
except TypeError as e:
    print e
y = 1
try:
    y += C0()
except TypeError as e:
    print e
try:
    y **= "a"
except TypeError as e:
    print e
class C: pass
z = C()
try:
    z += 1
except TypeError as e:
    print e
class C:
    def __iadd__(self, o): print 'iadd'; return NotImplemented
    def __add__(self, o): print 'add'; return NotImplemented
    def __radd__(self, o): print 'radd'; return NotImplemented
    def __ipow__(self, o): print 'ipow'; return NotImplemented
    def __pow__(self, o): print 'pow'; return NotImplemented
    def __imul__(self, o): print 'imul'; return NotImplemented
x = C()
for stmt in ['x += 1', 'x += C()', 'x **= 2', 'x *= 2', 'x *= "s"']:
    try:
        exec stmt
    except TypeError as e:
        print stmt, e
class R(object):
    def __radd__(self, o):
        print 'R.radd', o
        return 'R.radd'
    def __rmul__(self, o):
        print 'R.rmul', o
        return 'R.rmul'
    def __iter__(self): return iter([7])
x = [1]
x += R()
print x
x = [1]
x *= R()
print x
x = [1]
x += (2, 3)
x += 'ab'
x *= 2
print x
class L(list):
    pass
y = L([1])
z = y
y += [2]
y *= 2
print y, type(y).__name__, z is y
class L2(list):
    def __iadd__(self, o):
        print 'L2.iadd'
        return list.__iadd__(self, o)
w = L2([0])
w += [5]
print w, type(w).__name__
t = (1,)
t += (2,)
print t
s = 'a'
s += 'b'
s *= 2
print s
n = 2
n *= [1]
print n
try:
    q = (1,)
    q += [2]
except TypeError as e:
    print e
try:
    q = [1]
    q += 5
except TypeError as e:
    print e
class L3(list):
    def __imul__(self, n):
        print 'L3.imul', n
        return list.__imul__(self, n)
v = L3([1, 2])
v *= 2
print v, type(v).__name__
try:
    [].__imul__('x')
except TypeError as e:
    print e
print [1].__imul__(3), [1].__iadd__((2,))
for f in [lambda: [1].__mul__('a'), lambda: [1].__rmul__(2), lambda: (1,).__mul__(None), lambda: (1, 2).__rmul__(2), lambda: (1,).__mul__(2L), lambda: [1] * 'a', lambda: 'a' * [1]]:
    try:
        print f()
    except TypeError as e:
        print e
for a, b in [(1, "s"), (1.5, "s"), (1L, u"u"), (True, "s"), (1j, "s")]:
    try:
        a + b
    except TypeError as e:
        print e
    x = a
    try:
        x += b
    except TypeError as e:
        print e
class A:
    def __ge__(self, o): print 'A.ge'; return True
class B(A):
    def __le__(self, o): print 'B.le'; return True
print A() >= B(), B() <= A()
class N(object):
    def __init__(self): self.log = []
    def __ilshift__(self, o): print 'N.ilshift', o.__class__.__name__; return 'N.ilshift'
    def __lshift__(self, o): print 'N.lshift'; return 'N.lshift'
class Cl:
    def __rlshift__(self, o): print 'Cl.rlshift'; return 'Cl.rlshift'
x = N()
x <<= Cl()
print x
y = 5
y <<= Cl()
print y
