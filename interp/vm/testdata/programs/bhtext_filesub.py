# Subclasses of file: file.__new__ makes a closed file that __init__ opens (a subclass's
# __init__ calling file.__init__, reopening closes first), the methods work on subclass
# instances and return them where they return self, and print and writelines write to
# the file directly, not through an overridden write method.
import os, re
fn = "bh_filesub.txt"
class F(file):
    pass
class G(file):
    def __init__(self, name):
        file.__init__(self, name, "w")
        self.lines = 0
    def next(self):
        return "override"
f = F(fn, "w")
print type(f).__name__, isinstance(f, file), f.closed, f.name, f.mode, re.sub("0x[0-9a-f]+", "X", repr(f))
f.write("a\nb\n")
f.close()
print f.closed
f = F(fn)
print list(f), f.__enter__() is f, f.xreadlines() is f
f.close()
with F(fn) as h:
    print h.read()
print h.closed
g = G(fn)
print g.lines, g.mode, g.closed
g.write("x\n")
g.close()
print open(fn).read()
u = file.__new__(file)
print u.closed, u.name, u.mode, re.sub("0x[0-9a-f]+", "X", repr(u))
try:
    u.read()
except ValueError as e:
    print e
u.__init__(fn)
print u.closed, u.read()
u.__init__(fn, "a")
print u.mode, u.closed
u.close()
try:
    f.__init__(5)
except TypeError as e:
    print e
try:
    file.__init__(f)
except TypeError as e:
    print e
class H(file):
    def write(self, s):
        file.write(self, "[" + s + "]")
h = H(fn, "w")
h.write("q")
print >>h, "r",
h.writelines(["s"])
h.close()
print open(fn).read()
os.remove(fn)
# A file method called on something that is not a file names the method.
for meth, args in [(file.read, ()), (file.__iter__, ()), (file.__init__, ("x",)), (file.__exit__, (None, None, None)), (file.close, ())]:
    try:
        meth(5, *args)
    except TypeError as e:
        print e
