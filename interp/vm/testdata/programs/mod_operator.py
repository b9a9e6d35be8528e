# operator: the operator functions (plain and dunder names), itemgetter, attrgetter,
# methodcaller, and their errors.
import operator as op


class V(object):
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return V(self.x + other.x)

    def __lt__(self, other):
        return self.x < other.x

    def __repr__(self):
        return 'V(%r)' % self.x

print op.add(1, 2), op.sub(5, 7), op.mul('ab', 3), op.div(7, 2), op.truediv(7, 2), op.floordiv(-7, 2)
print op.mod(-7, 3), op.pow(2, 10), op.lshift(1, 5), op.rshift(64, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10)
print op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0), op.not_([]), op.truth([1]), op.index(7)
print op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'a'), op.gt(3, 2), op.ge(1, 2)
print op.__add__(V(1), V(2)), op.lt(V(1), V(2)), op.__lt__(V(3), V(2))
print op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c')
print op.concat([1], [2]), op.concat('a', 'b'), op.repeat([0], 3), op.sequenceIncludes((1,), 1)
lst = [1, 2, 3]
op.setitem(lst, 0, 'x')
op.delitem(lst, 1)
print lst, op.getitem(lst, 1), op.getitem('hello', slice(1, 3))
l2 = [1]
print op.iadd(l2, [2]) is l2, l2, op.iconcat(l2, [3]), op.imul([1], 2), op.ipow(2, 3), op.isub(5, 1)
print op.isCallable(len), op.isCallable(1), op.isSequenceType([]), op.isSequenceType({}), op.isMappingType({}), op.isNumberType(1.5), op.isNumberType('1')

data = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print sorted(data, key=op.itemgetter(1)), op.itemgetter(0, 2)(data[0]), op.itemgetter(1)('abc')
print map(op.itemgetter('k'), [{'k': 1}, {'k': 2}])


class P(object):
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner

    def greet(self, greeting, punct='!'):
        return greeting + ', ' + self.name + punct

p = P('outer', P('inner'))
print op.attrgetter('name')(p), op.attrgetter('inner.name')(p), op.attrgetter('name', 'inner.name')(p)
print op.methodcaller('greet', 'hi')(p), op.methodcaller('greet', 'hello', punct='?')(p)
print op.methodcaller('upper')('abc') if hasattr('abc', 'upper') else 'ABC'
print type(op.itemgetter(1)).__name__, type(op.attrgetter('a')).__name__, type(op.methodcaller('a')).__name__
print sorted([V(3), V(1), V(2)], key=op.attrgetter('x'))

for bad in [lambda: op.add(1), lambda: op.itemgetter(), lambda: op.itemgetter(5)([1]),
            lambda: op.attrgetter('nope')(p), lambda: op.attrgetter(1)(p), lambda: op.methodcaller(),
            lambda: op.indexOf([1], 2), lambda: op.concat(1, 2), lambda: op.neg('a'),
            lambda: op.index(1.5), lambda: op.itemgetter(1)(1, 2),
            lambda: op.itemgetter(0)([1], y=2), lambda: op.attrgetter('name')(p, y=2),
            lambda: op.methodcaller('greet')(p, y=2), lambda: op.methodcaller('greet')()]:
    try:
        bad()
    except Exception as e:
        print type(e).__name__, e
print repr(op.itemgetter(1)).split(' at ')[0], repr(op.attrgetter('a')).split(' at ')[0]
