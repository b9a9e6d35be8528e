# Generators: throw()'s own checks and message, gi_running's type.
def one():
    yield 1
for bad in [1, 'str', (KeyError,), object, None]:
    try:
        one().throw(bad)
    except TypeError as e:
        print 'throw', repr(bad)[:20], e
g = one()
try:
    g.throw(KeyError('k'), 'v')
except TypeError as e:
    print e
class Classic:
    pass
try:
    one().throw(Classic)
except Classic as e:
    print 'classic thrown', type(e)
def running():
    yield r.gi_running
r = running()
print r.gi_running, type(r.gi_running).__name__, r.next()
