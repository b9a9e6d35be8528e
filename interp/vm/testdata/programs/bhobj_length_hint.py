# list(), tuple(), sorted, list.extend, map, filter and zip ask a class for its length
# (__len__, then __length_hint__) as _PyObject_LengthHint does, after (zip: before) making
# the iterator; TypeError and AttributeError from them are ignored, other errors are not.
class C(object):
    def __iter__(self):
        print 'iter'
        return iter([1, 2])
    def __len__(self):
        print 'len'
        return 2
print list(C())
print tuple(C())
print sorted(C())
print set(C())
print dict.fromkeys(C())
print [x for x in C()]
print map(None, C())
print zip(C(), C())
print filter(None, C())
print ''.join(str(x) for x in C())
l = [0]; l.extend(C()); print l
print sum(C()), min(C()), max(C())
print enumerate(C()).next()
class Bad(object):
    def __iter__(self): return iter([1])
    def __len__(self): raise ValueError('len fails')
try:
    print list(Bad())
except ValueError as e:
    print 'VE', e
class BadT(object):
    def __iter__(self): return iter([1])
    def __len__(self): raise TypeError('len type')
print list(BadT()), tuple(BadT())
class Hint(object):
    def __iter__(self): return iter([1, 2, 3])
    def __length_hint__(self):
        print 'hint'
        return 3
print list(Hint()), tuple(Hint())
