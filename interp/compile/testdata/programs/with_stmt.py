def with_stmt(path):
    with open(path) as f:
        data = f.read()
    return data

def nested_with(a, b):
    with a as x:
        with b:
            pass
    with a as (p, q):
        return p + q

class Ctx(object):
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False

with Ctx() as c:
    print c
with Ctx():
    print 1
