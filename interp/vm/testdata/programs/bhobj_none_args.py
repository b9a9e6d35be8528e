# A builtin that takes a string names None as "None" when given it, as CPython's
# argument parsing does (not "NoneType").
def show(f):
    try:
        f()
    except TypeError as e:
        print e

show(lambda: intern(None))
show(lambda: intern(3))
show(lambda: execfile(None))
show(lambda: compile('1', None, 'exec'))
show(lambda: compile('1', 'f', None))
show(lambda: compile('1', 'f', 2))
show(lambda: __import__(None))
