# copy: shallow and deep copies of builtins and instances, __copy__, __deepcopy__ with the
# memo, __getstate__/__setstate__, shared and recursive structures.
import copy


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Custom(object):
    def __init__(self, data):
        self.data = data

    def __copy__(self):
        print '__copy__ called'
        return Custom(self.data)

    def __deepcopy__(self, memo):
        print '__deepcopy__ called, memo is a dict:', isinstance(memo, dict)
        return Custom(copy.deepcopy(self.data, memo))


class Stateful(object):
    def __init__(self):
        self.value = 1
        self.cache = 'big'

    def __getstate__(self):
        return {'value': self.value}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'

nested = [1, [2, 3], {'k': [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append('x')
nested[2]['k'].append('y')
print shallow, deep, shallow is nested, shallow[1] is nested[1], deep[1] is nested[1]
t = (1, 2, (3, 4))
print copy.copy(t) is t, copy.deepcopy(t) is t
tl = (1, [2])
dtl = copy.deepcopy(tl)
print dtl, dtl is tl, dtl[1] is tl[1]
print copy.copy(5), copy.copy('s'), copy.deepcopy(None), copy.copy(len) is len
d = {'a': [1], 'b': (2, [3])}
dd = copy.deepcopy(d)
d['a'].append(9)
print sorted(dd.items()), sorted(copy.copy(d).items())
s = set([1, 2])
print sorted(copy.copy(s)), copy.copy(s) is s

p = Point(1, [2])
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.y.append(3)
print p2, p3, p2.y is p.y, p3.y is p.y, type(p3).__name__

c = Custom([1, [2]])
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print c2.data is c.data, c3.data == c.data, c3.data is c.data

st = Stateful()
st2 = copy.copy(st)
print st2.value, st2.cache
st3 = copy.deepcopy(st)
print st3.value, st3.cache

shared = [0]
pair = [shared, shared]
dpair = copy.deepcopy(pair)
print dpair[0] is dpair[1], dpair[0] is shared

rec = [1]
rec.append(rec)
drec = copy.deepcopy(rec)
print drec[1] is drec, drec is rec

memo = {}
first = copy.deepcopy(shared, memo)
again = copy.deepcopy(shared, memo)
print first is again, first is shared


class Sub(list):
    pass

sl = Sub([1, [2]])
sl.tag = 'tagged'
sc = copy.deepcopy(sl)
print type(sc).__name__, sc, sc.tag, sc[1] is sl[1]

# __slots__ are copied too.

class S(object):
    __slots__ = ('a', 'b', '__p')
    def __init__(self):
        self.a = [1]
        self.__p = 'priv'
s = S()
c = copy.copy(s); d = copy.deepcopy(s)
print c.a is s.a, d.a is s.a, d.a, hasattr(d, 'b'), d._S__p
class T(S):
    __slots__ = ['c']
t = T(); t.c = 5
print copy.copy(t).c, copy.deepcopy(t).a
