def gen_with_finally(n):
    try:
        for i in range(n):
            yield i
    finally:
        print "cleanup"


def gen():
    try:
        yield 1
        yield 2
    finally:
        print "done"

for x in gen_with_finally(3):
    print x
g = gen()
print g.next()
del g
