# Generators: a StopIteration raised in the body ends the consumer's iteration.
def stopper():
    yield 1
    raise StopIteration
    yield 2
print list(stopper()), [x for x in stopper()], sum(stopper()), tuple(stopper())
for v in stopper():
    print 'loop', v
def stop_with_value():
    yield 'a'
    raise StopIteration('ignored')
print list(stop_with_value()), sorted(stop_with_value()), dict.fromkeys(stop_with_value())
g = stopper()
print g.next()
try:
    g.next()
except StopIteration as e:
    print 'next raises', repr(e)
def delegate():
    for x in stopper():
        yield x * 10
    yield 'end'
print list(delegate())
