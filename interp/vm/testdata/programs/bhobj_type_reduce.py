# type(name, bases, dict) takes __module__ from the caller's globals; exceptions reduce to
# (type, args[, dict]) and take a state dict back.
class A(object):
    def m(self): return 1
T = type('T', (A,), {'y': 2})
print T, T.__module__, T().m(), repr(T())[:20]
U = type('U', (object,), {'__module__': 'elsewhere'})
print U, U.__module__
def make():
    return type('Inner', (), {})
print make(), make().__name__
e = Exception('x')
print e.__reduce__()
e.code = 5
r = e.__reduce__()
print r[0], r[1], r[2]
n = ValueError()
n.__setstate__({'a': 1})
n.__setstate__(None)
print n.a
try:
    n.__setstate__(5)
except TypeError as ex:
    print ex
class MyErr(Exception):
    def __init__(self, code):
        Exception.__init__(self, 'code %d' % code)
        self.code = code
m = MyErr(3)
print m.__reduce__()[1], m.__reduce__()[2]
